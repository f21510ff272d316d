"""Small dialogs of the counsellor view: a note saved in two places, and a report's language."""

from __future__ import annotations

from collections.abc import Callable
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

from app.gui.counsellor.store_access import SessionNotes
from app.gui.i18n import LANGUAGE_NAMES
from app.languages import LANGUAGES, Language

Choice = Literal["mine", "theirs", "both", "cancel"]


class NoteConflictDialog(QDialog):
    """Both texts side by side; keep mine, keep theirs, or keep both (mine added below theirs)."""

    def __init__(
        self,
        mine: SessionNotes,
        theirs: SessionNotes,
        name_of: Callable[[str], str] = str,
        parent: QWidget | None = None,
    ):
        """`name_of` names a competency by its id (for the gap notes)."""
        super().__init__(parent)
        self.setObjectName("note_conflict")
        self.setWindowTitle(self.tr("Notes changed in another window"))
        self.choice: Choice = "cancel"
        intro = QLabel(
            self.tr(
                "While you were writing, these notes were saved in another window or from the "
                "command line. Nothing is lost yet: choose what to keep."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(intro, 0, 0, 1, 2)
        for column, (title, notes, name) in enumerate(
            ((self.tr("Yours"), mine, "mine_text"), (self.tr("Saved elsewhere"), theirs, "theirs_text"))
        ):
            label = QLabel(title)
            text = QPlainTextEdit(shown(notes, name_of))
            text.setObjectName(name)
            text.setReadOnly(True)
            label.setBuddy(text)
            grid.addWidget(label, 1, column)
            grid.addWidget(text, 2, column)
        buttons = QDialogButtonBox()
        self.keep_mine = self._button(buttons, self.tr("Keep mine"), "keep_mine", "mine")
        self.keep_theirs = self._button(buttons, self.tr("Keep theirs"), "keep_theirs", "theirs")
        self.keep_both = self._button(buttons, self.tr("Keep both (mine below theirs)"), "keep_both", "both")
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


def shown(notes: SessionNotes, name_of: Callable[[str], str] = str) -> str:
    """The session notes, then each gap note on a line of its own."""
    lines = [notes.notes.strip()]
    lines += [f"{name_of(cid)}: {text}" for cid, text in sorted(notes.gap_notes.items())]
    if notes.next_meeting:
        lines.append(f"→ {notes.next_meeting.isoformat()}")
    return "\n\n".join(line for line in lines if line)


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
