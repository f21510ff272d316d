"""The assessment wizard: a page per questionnaire section, then the results.

Built from a Content and an AnswerFile; every change goes into the AnswerFile at once and
is handed to `saver` within a second (debounced). The saver decides where it goes: the
autosave folder for a job seeker, the client store for a counsellor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget, QWizard

from app.content import Content
from app.domain.answers import AnswerFile
from app.domain.text import LANGUAGES
from app.gui.i18n import LANGUAGE_NAMES, current_language, set_language
from app.gui.live_answers import LiveAnswers
from app.gui.results_page import ResultsPage
from app.gui.section_page import SectionPage

SAVE_DELAY_MS = 400
"""Autosave runs at most this long after a change (the promise is: within a second)."""

Saver = Callable[[AnswerFile], None]
STANDARD_BUTTONS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.FinishButton: "&Finish",
}
"""The ModernStyle texts, as QWizard itself names them in Qt's translations."""


class AssessmentWizard(QWizard):
    saved = Signal(str)
    """After each save: "" when it worked, else a one-line reason."""

    def __init__(self, content: Content, answer_file: AnswerFile, saver: Saver,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.answers = LiveAnswers(content, answer_file, self)
        self.saver = saver
        self.last_error = ""
        self.setObjectName("assessment_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.answers.changed.connect(self._schedule_save)

        sections = content.questionnaire.sections
        self.section_pages: list[SectionPage] = []
        for number, section in enumerate(sections, start=1):
            page = SectionPage(content, section, number, len(sections), self.answers)
            self.addPage(page)
            self.section_pages.append(page)
        self.results_page = ResultsPage(content, self.answers)
        self.addPage(self.results_page)

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
        self.setButtonLayout([
            QWizard.WizardButton.CustomButton1,
            QWizard.WizardButton.Stretch,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ])
        self.retranslate()
        self.resize(860, 680)

    @property
    def answer_file(self) -> AnswerFile:
        return self.answers.answer_file

    def switch_language(self, lang: str) -> None:
        """Relabel everything in `lang`; answers are untouched (they live in the AnswerFile)."""
        if lang not in LANGUAGES:
            return
        self.answers.set_language(lang)
        set_language(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.content.questionnaire.title.get(lang))
        self.setButtonText(
            QWizard.WizardButton.CustomButton1,
            self.tr("Language: {name}").format(name=LANGUAGE_NAMES[lang]),
        )
        self.language_button.setAccessibleName(self.tr("Language"))
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
        # QWizard picks its button texts once; ask Qt's own catalogue (qtbase_xx) again.
        for which, text in STANDARD_BUTTONS.items():
            self.setButtonText(which, QCoreApplication.translate("QWizard", text))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Your answers are saved; you can continue later.")
        )

    # -- saving
    def _schedule_save(self) -> None:
        """Save SAVE_DELAY_MS after the first unsaved change; later changes ride along, so
        steady typing cannot put the save off."""
        if not self._timer.isActive():
            self._timer.start()

    def save_now(self) -> None:
        """Hand the AnswerFile to the saver now (also called on close and before export)."""
        self._timer.stop()
        try:
            self.saver(self.answer_file)
        except Exception as exc:  # any saver (file, client store): report it, keep the answers
            self.last_error = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        else:
            self.last_error = ""
        self.saved.emit(self.last_error)

    def has_pending_save(self) -> bool:
        return self._timer.isActive()

    def done(self, result: int) -> None:
        self.save_now()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)
