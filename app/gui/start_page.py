"""The first screen: language, a new assessment, resuming an autosave, opening an answer file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QMetaMethod, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import LANGUAGE_NAMES, current_language
from app.gui.plain_line import plain_line
from app.gui.retranslate import Retranslating
from app.languages import LANGUAGES

if TYPE_CHECKING:  # loaded after the first paint (see app.gui.main.run_gui)
    from app.content import Content
    from app.storage.autosave import AutosaveEntry


class StartPage(Retranslating, QWidget):
    languageChosen = Signal(str)
    newRequested = Signal(str)
    """The person's name (may be empty)."""
    resumeRequested = Signal(str)
    """Path of the autosave to continue."""
    fileChosen = Signal(str)
    """Path of an answer file the user picked."""
    counsellorRequested = Signal()
    """Counsellor mode; its button shows only while something is connected to this signal."""

    def __init__(self, content: Content | None, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_page")
        self.content = content
        self.data_dir = data_dir
        self.entries: list[AutosaveEntry] = []

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))
        self.language.currentIndexChanged.connect(
            lambda i: self.languageChosen.emit(self.language.itemData(i))
        )
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch()

        self.show_saved_button = QPushButton()
        self.show_saved_button.setObjectName("show_saved")
        self.show_saved_button.setCheckable(True)
        self.show_saved_button.toggled.connect(self._show_saved)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_file")
        self.open_button.clicked.connect(self._open_file)

        self.new_box = QGroupBox()
        self.name = plain_line(QLineEdit())
        self.name.setObjectName("name")
        self.name.setMaxLength(200)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.start_button = QPushButton()
        self.start_button.setObjectName("start_new")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.newRequested.emit(self.name.text().strip()))
        self.name.returnPressed.connect(self.start_button.click)
        form = QFormLayout(self.new_box)
        form.addRow(self.name_label, self.name)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch()
        form.addRow("", start_row)

        self.resume_box = QGroupBox()
        self.saved = QListWidget()
        self.saved.setObjectName("saved_list")
        self.saved.setMinimumHeight(self.saved.fontMetrics().height() * 6)
        # A long name is elided in the middle (keeping the date and count), never widening the window.
        self.saved.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.saved.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saved_label = QLabel()
        self.saved_label.setBuddy(self.saved)
        self.saved_problem = QLabel()
        self.saved_problem.setWordWrap(True)
        self.saved_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_problem.hide()
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resume")
        self.resume_button.clicked.connect(self._resume_selected)
        self.saved.itemActivated.connect(lambda _item: self._resume_selected())
        self.saved.currentRowChanged.connect(lambda _row: self._selection_changed())
        resume_layout = QVBoxLayout(self.resume_box)
        resume_layout.addWidget(self.saved_label)
        resume_layout.addWidget(self.saved)
        resume_layout.addWidget(self.saved_problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addStretch()
        resume_layout.addLayout(buttons)
        self.resume_box.hide()  # someone else's answers stay out of sight until asked for
        other_row = QHBoxLayout()
        other_row.addWidget(self.show_saved_button)
        other_row.addWidget(self.open_button)
        other_row.addStretch()

        self.counsellor_button = QPushButton()
        self.counsellor_button.setObjectName("counsellor_mode")
        self.counsellor_button.clicked.connect(self.counsellorRequested.emit)
        self.counsellor_button.hide()
        counsellor_row = QHBoxLayout()
        counsellor_row.addStretch()
        counsellor_row.addWidget(self.counsellor_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(language_row)
        layout.addWidget(self.new_box)
        layout.addLayout(other_row)
        layout.addWidget(self.resume_box)
        layout.addStretch()
        layout.addLayout(counsellor_row)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: focus starts on the language
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setTabOrder(self.language, self.name)
        self.setTabOrder(self.name, self.start_button)
        self.setTabOrder(self.start_button, self.show_saved_button)
        self.setTabOrder(self.show_saved_button, self.open_button)
        self.setTabOrder(self.open_button, self.saved)
        self.retranslate()
        self.refresh()

    def set_content(self, content: Content) -> None:
        """Called once the questionnaire has loaded: enables starting and lists the saved ones."""
        self.content = content
        self.retranslate()
        self.refresh()

    # -- language
    def retranslate(self) -> None:
        lang = current_language()
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(lang))
        self.language.blockSignals(False)
        self.heading.setText(self.content.questionnaire.title.get(lang) if self.content else "")
        for button in (self.start_button, self.open_button, self.name, self.show_saved_button):
            button.setEnabled(self.content is not None)
        self.intro.setText(
            self.tr(
                "Find out where you stand as a social media manager and what to learn next. "
                "Answer the questions; your answers are saved as you go, and at the end you get "
                "a development plan as a PDF."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.new_box.setTitle(self.tr("New assessment"))
        self.name_label.setText(self.tr("Your &name:"))
        self.name.setPlaceholderText(self.tr("for example Anna Berg"))
        self.start_button.setText(self.tr("&Start"))
        self.resume_box.setTitle(self.tr("Saved on this computer"))
        self.show_saved_button.setText(self.tr("&Continue a saved assessment…"))
        self.saved_label.setText(self.tr("Sa&ved assessments (newest first):"))
        self.resume_button.setText(self.tr("C&ontinue the selected one"))
        self.open_button.setText(self.tr("Open &answers…"))
        self.open_button.setToolTip(self.tr("Open answers saved to a file (*.smm-career.json or any .json)"))
        self.counsellor_button.setText(self.tr("Counsellor mode…"))
        self._fill_list()

    # -- the saved assessments
    def refresh(self) -> None:
        """List the saved assessments again and hide them: the next person starts blank."""
        self.name.clear()
        self.show_saved_button.setChecked(False)
        if self.content is None:
            return
        from app.storage.autosave import list_autosaves

        self.entries = list_autosaves(self.data_dir, self.content, current_language())
        self._fill_list()

    def _describe(self, entry: AutosaveEntry) -> str:
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(entry.saved_at.timestamp())).toLocalTime(),
            QLocale.FormatType.ShortFormat,
        )
        if entry.broken:
            return self.tr("⚠ Cannot be opened: {file} ({when})").format(file=entry.path.name, when=when)
        name = entry.name or self.tr("(no name)")
        answered = len(entry.answer_file.answers) if entry.answer_file else 0
        text = self.tr("{name} — {when} — {n} answers").format(name=name, when=when, n=answered)
        if entry.from_backup:
            text += " " + self.tr("(from the backup copy)")
        return text

    def _fill_list(self) -> None:
        self.saved.clear()
        for entry in self.entries:
            text = self._describe(entry)
            item = QListWidgetItem(text)
            item.setToolTip("\n".join([text, *entry.problems]))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.saved.addItem(item)
        if self.entries:
            self.saved.setCurrentRow(0)
        self._selection_changed()

    def _show_saved(self, shown: bool) -> None:
        """The saved assessments, only when the person asks for them (a shared computer)."""
        self.resume_box.setVisible(shown)
        if shown:
            if not self.entries:
                self.saved_problem.setText(self.tr("No assessment is saved on this computer."))
                self.saved_problem.show()
            self.saved.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected(self) -> AutosaveEntry | None:
        row = self.saved.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _selection_changed(self) -> None:
        entry = self._selected()
        self.resume_button.setEnabled(entry is not None and not entry.broken)
        problems = entry.problems if entry is not None and entry.broken else []
        self.saved_problem.setText("\n".join(problems))
        self.saved_problem.setVisible(bool(problems))

    def _resume_selected(self) -> None:
        entry = self._selected()
        if entry is not None and not entry.broken:
            self.resumeRequested.emit(str(entry.path))

    def _open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open answers"), str(Path.home()), self.tr("Answer files (*.json)")
        )
        if name:
            self.fileChosen.emit(name)

    def showEvent(self, event: QShowEvent) -> None:
        connected = self.isSignalConnected(QMetaMethod.fromSignal(self.counsellorRequested))
        self.counsellor_button.setVisible(connected)
        super().showEvent(event)
