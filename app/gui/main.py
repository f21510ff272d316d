"""The desktop app: a start page, then the assessment wizard, in one window."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.domain.os_reasons import reason_text
from app.gui.i18n import current_language, set_language
from app.gui.retranslate import Retranslating
from app.gui.start_page import StartPage
from app.languages import LANGUAGES
from app.locale_pick import system_language

if TYPE_CHECKING:
    # The content, its pydantic models and the wizard's pages load after the first paint
    # (run_gui) or when the first assessment opens: they cost more than Qt's own start.
    from app.content import Content
    from app.domain.answers import AnswerFile
    from app.gui.counsellor import CounsellorMode, CounsellorView
    from app.gui.wizard import AssessmentWizard, Saver


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, content: Content | None, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self._content = content
        self.data_dir = data_dir
        self.wizard: AssessmentWizard | None = None
        self.counsellor_mode: CounsellorMode | None = None
        self._save_failing = False
        self.stack = QStackedWidget()
        self.start_page = StartPage(content, data_dir)
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.start_page.languageChosen.connect(self._language_chosen)
        self.start_page.newRequested.connect(self.start_new)
        self.start_page.resumeRequested.connect(lambda p: self.resume(Path(p)))
        self.start_page.fileChosen.connect(lambda p: self.open_answer_file(Path(p)))
        self.statusBar()  # there from the start: a first "saved" message must not shrink the page
        self.retranslate()
        self._fit_to_screen(QSize(900, 720))

    @property
    def content(self) -> Content:
        assert self._content is not None, "set_content() runs before any assessment opens"
        return self._content

    def set_content(self, content: Content) -> None:
        self._content = content
        self.start_page.set_content(content)
        self.retranslate()

    def _fit_to_screen(self, wanted: QSize) -> None:
        """Open at a comfortable size, but never larger than the screen (e.g. at 200 % scaling)."""
        screen = self.screen().availableGeometry()
        self.resize(
            min(wanted.width(), int(screen.width() * 0.95)), min(wanted.height(), int(screen.height() * 0.9))
        )

    def retranslate(self) -> None:
        title = self._content.questionnaire.title.get(current_language()) if self._content else ""
        self.setWindowTitle(title or "smm-career")

    def _language_chosen(self, lang: str) -> None:
        if lang in LANGUAGES:
            set_language(lang)

    # -- counsellor mode
    def offer_counsellor_mode(self) -> None:
        """Show the start page's counsellor button, when counsellor mode is shipped.

        The mode is imported on the button's first click: its client store and report views
        would otherwise add a quarter of a second to every start.
        """
        if importlib.util.find_spec("app.gui.counsellor") is not None:
            self.start_page.counsellorRequested.connect(self.show_counsellor_mode)

    def show_counsellor_mode(self) -> CounsellorView | None:
        """The client list in this window (None when the client store cannot be opened)."""
        if self.counsellor_mode is None:
            from app.gui.counsellor import CounsellorMode

            self.counsellor_mode = CounsellorMode(self, self)
        return self.counsellor_mode.show_view()

    # -- starting an assessment
    def start_new(self, name: str) -> None:
        from app.domain.answers import AnswerFile, Respondent
        from app.storage.answer_files import save_answer_file
        from app.storage.autosave import autosave_remover, file_saver, new_autosave_path

        answer_file = AnswerFile(language=current_language(), respondent=Respondent(name=name))
        path = new_autosave_path(self.data_dir)
        saver = file_saver(path)
        try:
            save_answer_file(path, answer_file)
        except OSError as exc:
            self.warn(
                self.tr("Your answers cannot be saved in {folder}: {reason}").format(
                    folder=path.parent, reason=reason_text(exc, current_language())
                )
            )
        self.open_wizard(answer_file, saver, remover=autosave_remover(path))

    def resume(self, path: Path) -> None:
        """Continue an autosave where the person was, saying from when the answers are; a torn
        one continues from its backup copy, as the list offered."""
        from app.storage.autosave import autosave_remover, file_saver, read_entry

        entry = read_entry(path, self.content, current_language())
        if entry.answer_file is None:
            self.warn("\n".join(entry.problems))
            self.start_page.refresh()
            return
        answer_file = entry.answer_file
        wizard = self.open_wizard(answer_file, file_saver(path), remover=autosave_remover(path))
        wizard.show_recovered(answer_file.saved_at)

    def open_answer_file(self, path: Path) -> None:
        """Open a file the user chose; its answers continue in a new autosave (the file is not touched)."""
        from app.storage.answer_files import AnswerFileError, read_answer_file
        from app.storage.autosave import autosave_remover, file_saver, new_autosave_path

        try:
            answer_file = read_answer_file(path, self.content)
        except AnswerFileError as exc:
            self.warn("\n".join(exc.lines(current_language())))
            return
        autosave = new_autosave_path(self.data_dir)
        wizard = self.open_wizard(answer_file, file_saver(autosave), remover=autosave_remover(autosave))
        wizard.save_now()
        if retired := [note.where for note in answer_file.load_notes]:  # never refused, but said
            self.statusBar().showMessage(
                self.tr("Answers to questions no longer asked were left out: {ids}").format(
                    ids=", ".join(retired)
                )
            )

    def ask_for_answer_file(self) -> None:
        """“Open answers…”: pick a saved answer file and open it in the wizard."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open answers"), str(Path.home()), self.tr("Answer files (*.json)")
        )
        if name:
            self.open_answer_file(Path(name))

    def open_wizard(
        self,
        answer_file: AnswerFile,
        saver: Saver,
        remover: Callable[[], None] | None = None,
        *,
        for_client: bool = False,
    ) -> AssessmentWizard:
        """Show the wizard for `answer_file` in this window (also for counsellor mode), on the
        page the person was on, or on the results when the assessment is finished."""
        from app.gui.wizard import AssessmentWizard

        self.close_wizard()
        if answer_file.language in LANGUAGES and answer_file.language != current_language():
            set_language(answer_file.language)
        wizard = AssessmentWizard(self.content, answer_file, saver, remover=remover, for_client=for_client)
        wizard.setWindowFlags(Qt.WindowType.Widget)
        wizard.saved.connect(self._saved)
        wizard.finished.connect(lambda _result: self.close_wizard())
        wizard.openRequested.connect(self.ask_for_answer_file)
        wizard.savedAs.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Your answers were saved as {path}").format(path=path)
            )
        )
        holder = QWidget()
        holder.setObjectName("wizard_holder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(wizard.recovered)
        layout.addWidget(wizard, 1)
        self.stack.addWidget(holder)
        self.stack.setCurrentWidget(holder)
        self.wizard = wizard
        wizard.show()
        wizard.start()
        return wizard

    def close_wizard(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.save_now()
            holder = wizard.parentWidget()
            assert holder is not None
            self.stack.removeWidget(holder)
            holder.deleteLater()
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.refresh()
        self.start_page.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, error: str) -> None:
        failing_before = self._save_failing
        self._save_failing = bool(error)
        if error:
            text = self.tr("Could not save your answers: {reason}").format(reason=error)
            self.statusBar().showMessage(text)
            if not failing_before:  # once per failing streak, not every second
                self.warn(text + "\n" + self.tr("Your answers stay in this window; saving is tried again."))
        else:
            self.statusBar().showMessage(self.tr("All answers saved."), 4000)

    def warn(self, text: str) -> None:
        """A warning box over the window (plain text; it does not block)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("warning_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.counsellor_mode is not None and not self.counsellor_mode.close():
            event.ignore()  # the counsellor's notes could not be saved: they stay on screen
            return
        if self.wizard is not None:
            self.wizard.save_now()
            if self.wizard.last_error and not self._keep_unsaved(self.wizard):
                event.ignore()
                return
        super().closeEvent(event)

    def _keep_unsaved(self, wizard: AssessmentWizard) -> bool:
        """The last save failed: offer to save elsewhere. True when the window may close."""
        while True:
            choice = self.ask_unsaved(wizard.last_error)
            if choice == "close":
                return True
            if choice == "cancel":
                return False
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save answers as"),
                str(Path.home() / "answers.smm-career.json"),
                self.tr("Answer files (*.json)"),
            )
            if not name:
                continue
            from app.storage.answer_files import save_answer_file

            try:
                save_answer_file(Path(name), wizard.answer_file)
            except OSError as exc:
                wizard.last_error = reason_text(exc, current_language())
                continue
            return True

    def ask_unsaved(self, reason: str) -> str:
        """ "save", "close" (without saving) or "cancel" (keep the window open)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), "", parent=self)
        box.setObjectName("unsaved_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Your latest answers could not be saved: {reason}").format(reason=reason))
        box.setInformativeText(self.tr("Save them in another place before closing?"))
        save = box.addButton(self.tr("Save elsewhere…"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "close" if clicked is close else "cancel"


def run_gui(data_dir: str | None, answer_file: Path | None = None) -> int:
    """The desktop app; `answer_file` (smm-career FILE) opens in the wizard once content has loaded."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("smm-career")
    # Ties the window to the installed desktop entry (its name and icon on Wayland).
    app.setDesktopFileName("smm-career")
    app.setWindowIcon(QIcon(str(paths.RESOURCES / "icons" / "smm-career.svg")))
    set_language(system_language())
    window = MainWindow(None, paths.data_dir(data_dir))
    window.offer_counsellor_mode()

    def load() -> None:
        if _load_content(window) and answer_file is not None:
            window.open_answer_file(answer_file)

    loader = _AfterFirstPaint(window, load)
    window.show()
    result = app.exec()
    del loader
    return result


class _AfterFirstPaint(QObject):
    """Runs `callback` once, right after `window` first paints (or after a short wait).

    Qt runs zero-timers before the first expose, so a plain singleShot(0) would still keep
    the window blank until the questionnaire had loaded.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int = 500):
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        self._app = QApplication.instance()
        assert self._app is not None
        self._app.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            assert self._app is not None
            self._app.removeEventFilter(self)
            callback()


def _load_content(window: MainWindow) -> bool:
    """Load the questionnaire once the start page is on screen; a broken install says why."""
    from app.content import ContentError, shipped

    try:
        window.set_content(shipped())
    except ContentError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "smm-career", "\n".join(str(p) for p in exc.problems))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        QApplication.exit(1)
        return False
    return True
