"""The assessment wizard: a page per questionnaire section, then the results.

Built from a Content and an AnswerFile; every change goes into the AnswerFile at once and
is handed to `saver` within a second (debounced). The saver decides where it goes: the
autosave folder for a job seeker, the client store for a counsellor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)

from app.content import Content
from app.domain.answers import AnswerFile
from app.domain.os_reasons import reason_text
from app.domain.text import LANGUAGES
from app.gui.i18n import LANGUAGE_NAMES, current_language, set_language
from app.gui.live_answers import LiveAnswers
from app.gui.results_page import ResultsPage
from app.gui.retranslate import Retranslating
from app.gui.section_page import SectionPage
from app.gui.sources_dialog import SourcesDialog

ANSWERS_SUFFIX = ".smm-career.json"
SAVE_DELAY_MS = 400
"""Autosave runs at most this long after a change (the promise is: within a second)."""

Saver = Callable[[AnswerFile], None]
STANDARD_BUTTONS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.FinishButton: "&Finish",
}
"""The ModernStyle texts, as QWizard itself names them in Qt's translations."""


class AssessmentWizard(Retranslating, QWizard):
    saved = Signal(str)
    """After each save: "" when it worked, else a one-line reason."""
    openRequested = Signal()
    """“Open answers…”: the window asks for a file and opens it instead of these answers."""
    savedAs = Signal(str)
    """After “Save answers as…”: the file written."""

    def __init__(
        self,
        content: Content,
        answer_file: AnswerFile,
        saver: Saver,
        parent: QWidget | None = None,
        remover: Callable[[], None] | None = None,
        for_client: bool = False,
    ):
        super().__init__(parent)
        self.content = content
        self.answers = LiveAnswers(content, answer_file, self)
        self._resume_at = answer_file.page
        """The page the person was on; read before showing the wizard moves to its first page."""
        self.saver = saver
        self.remover = remover
        """Erases the saved answers from this computer (None: they are not ours to erase)."""
        self.for_client = for_client
        """A counsellor's session: the answers go to the client's record, not the start page's list."""
        self.removed = False
        self.exported = False
        """Saved as a file or a PDF in this session: leaving then offers to remove the answers here."""
        self.last_error = ""
        self.leave_box: QMessageBox | None = None
        self.setObjectName("assessment_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton3, True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.answers.changed.connect(self._schedule_save)

        self.section_pages: list[SectionPage] = []
        for section in content.questionnaire.sections:
            for page, _questions in section.page_questions():
                section_page = SectionPage(content, section, self.answers, page)
                self.addPage(section_page)
                self.section_pages.append(section_page)
        total = sum(len(p.questions) for p in self.section_pages)
        first = 1
        for i, section_page in enumerate(self.section_pages):
            section_page.set_progress(first, total, self.section_pages[i:])
            first += len(section_page.questions)
        self.results_page = ResultsPage(content, self.answers)
        self.addPage(self.results_page)
        self.results_page.export.finished.connect(lambda pdf: self._mark_exported(bool(pdf)))
        self.currentIdChanged.connect(self._page_changed)
        self.recovered = QLabel()
        self.recovered.setObjectName("recovered_note")
        self.recovered.setWordWrap(True)
        self.recovered.setTextFormat(Qt.TextFormat.PlainText)
        self.recovered.setStyleSheet("background: #e8f1fb; color: #0b3a66; padding: 6px;")
        self.recovered.hide()
        self._recovered_at: dt.datetime | None = None

        self.language_button = QPushButton()
        self.language_button.setObjectName("language_button")
        menu = QMenu(self.language_button)
        group = QActionGroup(menu)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = menu.addAction(LANGUAGE_NAMES[lang])
            action.setCheckable(True)
            action.setChecked(lang == current_language())
            action.triggered.connect(lambda _checked=False, lang=lang: self.switch_language(lang))
            group.addAction(action)
            self.language_actions[lang] = action
        self.language_button.setMenu(menu)
        self.setButton(QWizard.WizardButton.CustomButton1, self.language_button)

        self.file_button = QPushButton()
        self.file_button.setObjectName("answers_button")
        file_menu = QMenu(self.file_button)
        self.save_as_action = file_menu.addAction("")
        self.save_as_action.setObjectName("save_answers_as")
        self.save_as_action.triggered.connect(self.ask_and_save_as)
        self.open_action = file_menu.addAction("")
        self.open_action.setObjectName("open_answers")
        self.open_action.triggered.connect(self.openRequested.emit)
        file_menu.addSeparator()
        self.compare_action = file_menu.addAction("")
        self.compare_action.setObjectName("compare_with_earlier")
        self.compare_action.triggered.connect(self.ask_and_compare)
        self.file_button.setMenu(file_menu)
        self.setButton(QWizard.WizardButton.CustomButton2, self.file_button)
        self.sources_button = QPushButton()
        self.sources_button.setObjectName("sources_button")
        self.sources_button.clicked.connect(self.show_sources)
        self.setButton(QWizard.WizardButton.CustomButton3, self.sources_button)
        self.sources_dialog: SourcesDialog | None = None
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.CustomButton2,
                QWizard.WizardButton.CustomButton3,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.retranslate()
        self.resize(860, 680)

    def start(self) -> None:
        """Open on the page the person was on (or the results), as restart() would on the first."""
        target = self.resume_page_id()
        self.restart()
        while self.currentId() != target and self.currentId() != -1:
            before = self.currentId()
            super().next()  # no validation on the way: the person was already past these pages
            if self.currentId() == before:
                break

    @property
    def answer_file(self) -> AnswerFile:
        return self.answers.answer_file

    # -- where the person is
    def resume_page_id(self) -> int:
        """The page to open on: the results when finished, else the page last shown, else the first."""
        every_question = self.content.questionnaire.index().keys()
        if self.answer_file.finished_at is not None or every_question <= self.answer_file.answers.keys():
            return self.pageIds()[-1]
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, SectionPage) and page.key == self._resume_at:
                return page_id
        return self.pageIds()[0]

    def show_recovered(self, saved_at: dt.datetime | None) -> None:
        """Say, above the page, that these answers were recovered (and from when)."""
        self._recovered_at = saved_at
        self._retranslate_recovered()

    def _retranslate_recovered(self) -> None:
        when = self._recovered_at
        if when is None:
            self.recovered.hide()
            return
        text = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime(), QLocale.FormatType.ShortFormat
        )
        self.recovered.setText(self.tr("Your answers from {when} were recovered.").format(when=text))
        self.recovered.show()

    def _page_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, SectionPage):
            self.answers.set_page(page.key)
        elif page is self.results_page:
            self.answers.set_finished()

    def switch_language(self, lang: str) -> None:
        """Relabel everything in `lang`; answers are untouched (they live in the AnswerFile)."""
        if lang not in LANGUAGES:
            return
        self.answers.set_language(lang)
        set_language(lang)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return goes on (Next, or Finish on the results) wherever the wizard sits: embedded in
        the main window, QDialog finds no default button and Return did nothing."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
                button = self.button(which)
                if button.isVisible() and button.isEnabled():
                    button.click()
                    event.accept()
                    return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.content.questionnaire.title.get(lang))
        self.setButtonText(
            QWizard.WizardButton.CustomButton1,
            self.tr("Language: {name}").format(name=LANGUAGE_NAMES[lang]),
        )
        self.language_button.setAccessibleName(self.tr("Language"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Answers"))
        self.save_as_action.setText(self.tr("&Save answers as…"))
        self.open_action.setText(self.tr("&Open answers…"))
        self.compare_action.setText(self.tr("&Compare with earlier answers…"))
        self.setButtonText(QWizard.WizardButton.CustomButton3, self.tr("S&ources…"))
        self.sources_button.setToolTip(self.tr("What the questions rest on: the source articles"))
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
        # QWizard picks its button texts once; ask Qt's own catalogue (qtbase_xx) again.
        for which, text in STANDARD_BUTTONS.items():
            self.setButtonText(which, QCoreApplication.translate("QWizard", text))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Your answers are saved; you can continue later.")
        )
        self._retranslate_recovered()

    # -- saving
    def _schedule_save(self) -> None:
        """Save SAVE_DELAY_MS after the first unsaved change; later changes ride along, so
        steady typing cannot put the save off."""
        if not self._timer.isActive():
            self._timer.start()

    def save_now(self) -> None:
        """Hand the AnswerFile to the saver now (also called on close and before export)."""
        self._timer.stop()
        if self.removed:
            return
        try:
            self.saver(self.answer_file)
        except Exception as exc:  # any saver (file, client store): report it, keep the answers
            self.last_error = _failure_reason(exc)
        else:
            self.last_error = ""
        self.saved.emit(self.last_error)

    # -- sources
    def show_sources(self) -> SourcesDialog:
        """The sources dialog, on the first source of the question that has focus (or of this page)."""
        if self.sources_dialog is None:
            self.sources_dialog = SourcesDialog(list(self.content.sources.values()), self)
        page = self.currentPage()
        if isinstance(page, SectionPage) and page.questions:
            focused = QApplication.focusWidget()
            blocks = list(page.blocks.values())
            block = next((b for b in blocks if focused is not None and b.isAncestorOf(focused)), blocks[0])
            articles = block.articles()
            if articles:
                self.sources_dialog.select(articles[0].short)
        self.sources_dialog.open()
        return self.sources_dialog

    # -- a copy the person keeps
    def suggested_file(self) -> Path:
        """NAME.smm-career.json in the home folder (DOMAIN.md: every reader takes any name)."""
        name = self.answer_file.respondent.name.strip() or self.tr("my-answers")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()[:80] or "answers"
        return Path.home() / f"{safe}{ANSWERS_SUFFIX}"

    def ask_and_save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save answers as"), str(self.suggested_file()), self.tr("Answer files (*.json)")
        )
        if name:
            self.save_as(Path(name if name.lower().endswith(".json") else name + ANSWERS_SUFFIX))

    def save_as(self, path: Path) -> bool:
        """Write the answers to a file of the person's choosing; say plainly when that fails."""
        from app.storage.answer_files import save_answer_file

        self.save_now()
        try:
            save_answer_file(path, self.answer_file.model_copy(deep=True))
        except OSError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.windowTitle(),
                self.tr("The answers could not be saved as {path}: {reason}").format(
                    path=path, reason=reason_text(exc, current_language())
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("save_as_error")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        self._mark_exported(True)
        self.savedAs.emit(str(path))
        return True

    def _mark_exported(self, done: bool) -> None:
        self.exported = self.exported or done

    # -- progress at home
    def ask_and_compare(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Compare with earlier answers"), str(Path.home()), self.tr("Answer files (*.json)")
        )
        if name:
            self.compare_with(Path(name))

    def compare_with(self, path: Path) -> QDialog:
        """What changed since an earlier answer file: the counsellors' progress view, for oneself."""
        from app.gui.progress_dialog import ProgressDialog
        from app.storage.answer_files import AnswerFileError, read_answer_file

        try:
            earlier = read_answer_file(path, self.content)
        except AnswerFileError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.windowTitle(),
                "\n".join(exc.lines(current_language())),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("compare_error")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return box
        when = earlier.finished_at or earlier.saved_at
        day = when.date() if when else dt.date.fromtimestamp(path.stat().st_mtime)
        dialog = ProgressDialog(self.content, earlier, day, self.answer_file, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- leaving: Finish, Close and Escape all ask first, and say what happens to the answers
    def accept(self) -> None:
        self.ask_to_leave(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        self.ask_to_leave(QDialog.DialogCode.Rejected)

    def ask_to_leave(self, result: QDialog.DialogCode) -> None:
        """Ask before leaving; a finished assessment may also be removed from this computer."""
        if self.leave_box is not None:
            return
        self.save_now()
        finished = self.answer_file.finished_at is not None
        removable = (finished or self.exported) and self.remover is not None
        box = QMessageBox(
            QMessageBox.Icon.Question, self.windowTitle(), "", QMessageBox.StandardButton.NoButton, self
        )
        box.setObjectName("leave_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Close your results?") if finished else self.tr("Leave the assessment?"))
        if self.last_error:
            info = self.tr("Your latest answers could not be saved: {reason}").format(reason=self.last_error)
        elif self.for_client and finished:
            info = self.tr("The assessment is kept in the client's record.")
        elif self.for_client:
            info = self.tr(
                "The answers are kept in the client's record: select this assessment there and "
                "choose “Continue selected” to go on later."
            )
        else:
            info = self.tr(
                "Your answers are kept on this computer: choose “Continue a saved assessment” "
                "on the start page to go on later."
            )
        remove = None
        if removable:
            info += "\n\n" + self.tr(
                "On a shared computer you can remove them instead. To keep a copy, "
                "use “Save answers as…” first."
            )
            remove = box.addButton(
                self.tr("&Remove my answers and close"), QMessageBox.ButtonRole.DestructiveRole
            )
            remove.setObjectName("remove_and_leave")
        box.setInformativeText(info)
        leave = box.addButton(
            self.tr("&Leave") if not finished else self.tr("C&lose"), QMessageBox.ButtonRole.AcceptRole
        )
        leave.setObjectName("leave")
        stay = box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("stay")
        box.setDefaultButton(leave)
        box.setEscapeButton(stay)
        self.leave_box = box

        def answered() -> None:
            clicked = box.clickedButton()
            self.leave_box = None
            box.deleteLater()
            if clicked is remove:
                self.remove_from_computer()
            if clicked in (leave, remove):
                self.done(int(result))

        box.finished.connect(lambda _code: answered())
        box.open()

    def remove_from_computer(self) -> None:
        """Erase the saved answers (autosave and its backup); nothing is saved after this."""
        if self.remover is None:
            return
        self._timer.stop()
        self.remover()
        self.removed = True

    def done(self, result: int) -> None:
        self.save_now()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)


def _failure_reason(exc: Exception) -> str:
    """Why a save failed, in the UI's language (the system's and the store's reasons included)."""
    from app.storage.client_messages import StoreError

    if isinstance(exc, OSError):
        return reason_text(exc, current_language())
    if isinstance(exc, StoreError):
        return exc.message(current_language())
    return str(exc)
