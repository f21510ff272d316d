"""Small dialogs of the counsellor view: a note saved in two places, and a report's language."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.gui.i18n import LANGUAGE_NAMES
from app.languages import LANGUAGES, Language

Choice = Literal["mine", "theirs", "both", "cancel"]


class NoteConflictDialog(QDialog):
    """Both texts of one note side by side; keep mine, keep theirs, or keep both: as two notes,
    or (`two_notes` False: a gap's one note) mine below theirs in the one note."""

    def __init__(self, mine: str, theirs: str, *, two_notes: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("note_conflict")
        self.setWindowTitle(self.tr("Note changed in another window"))
        self.choice: Choice = "cancel"
        intro = QLabel(
            self.tr(
                "While you were writing, this note was saved in another window or from the "
                "command line. Nothing is lost yet: choose what to keep."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(intro, 0, 0, 1, 2)
        for column, (title, text, name) in enumerate(
            ((self.tr("Yours"), mine, "mine_text"), (self.tr("Saved elsewhere"), theirs, "theirs_text"))
        ):
            label = QLabel(title)
            shown = QPlainTextEdit(text)
            shown.setObjectName(name)
            shown.setReadOnly(True)
            label.setBuddy(shown)
            grid.addWidget(label, 1, column)
            grid.addWidget(shown, 2, column)
        buttons = QDialogButtonBox()
        self.keep_mine = self._button(buttons, self.tr("Keep mine"), "keep_mine", "mine")
        self.keep_theirs = self._button(buttons, self.tr("Keep theirs"), "keep_theirs", "theirs")
        both = self.tr("Keep both as two notes") if two_notes else self.tr("Keep both (mine below theirs)")
        self.keep_both = self._button(buttons, both, "keep_both", "both")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, 3, 0, 1, 2)
        self.keep_both.setDefault(True)
        self.resize(760, 420)

    def _button(self, buttons: QDialogButtonBox, text: str, name: str, choice: Choice) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


class ReportDialog(QDialog):
    """The language a client's report is written in, chosen for each report."""

    def __init__(self, proposed: Language, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Progress report (PDF)…"))
        self.languages = QComboBox()
        self.languages.setObjectName("report_language")
        for lang in LANGUAGES:
            self.languages.addItem(LANGUAGE_NAMES[lang], lang)
        self.languages.setCurrentIndex(LANGUAGES.index(proposed))
        form = QFormLayout(self)
        form.addRow(self.tr("Language of the report:"), self.languages)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def language(self) -> Language:
        lang = self.languages.currentData()
        return lang if lang in LANGUAGES else LANGUAGES[0]
