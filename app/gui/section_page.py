"""A wizard page built from one questionnaire Section: a block per question, rules at the field."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.content import Content
from app.domain.answers import check_cross_fields, check_value, missing_required
from app.domain.problems import Problem
from app.domain.questionnaire import NumberQuestion, Page, Question, Section
from app.domain.sources import SourceArticle
from app.domain.text import Language
from app.domain.timing import WORDS_PER_MINUTE, count_words, question_seconds, section_words
from app.gui.i18n import current_language
from app.gui.live_answers import LiveAnswers
from app.gui.question_widgets import QuestionInput, format_number, make_input
from app.gui.retranslate import Retranslating
from app.gui.sources_dialog import source_title

ERROR_STYLE = "color: #a4000f;"


class QuestionBlock(QFrame):
    """Prompt, sources, help, the input and a message line for one question."""

    def __init__(self, content: Content, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.question = question
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.source = QLabel()
        font = self.source.font()
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.source.setFont(font)
        self.source.setWordWrap(True)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.input: QuestionInput = make_input(question)
        self.prompt.setBuddy(self.input.focus_widget())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName("")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.setSpacing(4)
        for widget in (self.prompt, self.source, self.help, self.input, self.error):
            layout.addWidget(widget)
        self.help.setVisible(question.help is not None)
        self._message = ""
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        q = self.question
        text = f"<b>{html.escape(q.prompt.get(lang))}</b>"
        if q.required:
            required = self.tr("required")
            text += f" ({html.escape(required)})"
        self.prompt.setText(text)
        if q.help is not None:
            self.help.setText(q.help.get(lang))
        articles = self.articles()
        shorts = "; ".join(f"{source_title(a)} ({a.short})" for a in articles)
        label = self.tr("Sources: {sources}") if len(articles) > 1 else self.tr("Source: {sources}")
        self.source.setText(label.format(sources=shorts) if articles else "")
        self.source.setToolTip(self.tr("“Sources…” below shows what each article says."))
        self.source.setVisible(bool(articles))
        name = q.prompt.get(lang)
        self.input.set_accessible(name)
        self.input.setAccessibleDescription(q.help.get(lang) if q.help else "")
        self.input.retranslate()

    def articles(self) -> list[SourceArticle]:
        return [self.content.sources[s] for s in self.question.sources if s in self.content.sources]

    def show_error(self, message: str) -> None:
        self._message = message
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.input.focus_widget().setAccessibleDescription(message)

    @property
    def message(self) -> str:
        return self._message


class SectionPage(Retranslating, QWizardPage):
    """One wizard page: a section, or one themed page of a long section (Section.pages).

    Inputs write through to LiveAnswers; Next is refused with a plain message. The subtitle
    says which questions these are of how many, and about how many minutes are left.
    """

    def __init__(
        self,
        content: Content,
        section: Section,
        answers: LiveAnswers,
        page: Page | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.content = content
        self.section = section
        self.page = page
        self.questions: list[Question] = next(qs for p, qs in section.page_questions() if p == page)
        self.answers = answers
        self.key = f"{section.id}.{page.id}" if page else section.id
        """Names this page in the answer file, so a resumed assessment opens here."""
        self.first_number = 1
        self.total_questions = len(self.questions)
        self.later_pages: list[SectionPage] = [self]
        self.setObjectName(f"section:{self.key}")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.banner.setContentsMargins(9, 6, 9, 0)
        self.banner.hide()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addWidget(self.intro)
        self._blocks: dict[str, QuestionBlock] | None = None
        self.scroll_area = QScrollArea()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus moves between questions; it follows
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area)
        self._checked = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    def set_progress(self, first_number: int, total_questions: int, later_pages: list[SectionPage]) -> None:
        """Where this page stands: its first question's number, the total, and the pages from here on."""
        self.first_number = first_number
        self.total_questions = total_questions
        self.later_pages = later_pages
        self.retranslate()

    def seconds(self, lang: Language) -> float:
        """DOMAIN.md's time to finish this page: words shown ÷ 230 a minute + 5 s an answer."""
        heading = (
            section_words(self.section, lang)
            if self.page is None or self.page == self.section.pages[0]
            else 0
        )
        if self.page is not None:
            heading += count_words(self.page.title.get(lang))
        return heading * 60 / WORDS_PER_MINUTE + sum(question_seconds(q, lang) for q in self.questions)

    def progress_text(self, lang: Language) -> str:
        last = self.first_number + len(self.questions) - 1
        if last == self.first_number:
            where = self.tr("Question {k} of {n}").format(k=self.first_number, n=self.total_questions)
        else:
            where = self.tr("Questions {k}–{last} of {n}").format(
                k=self.first_number, last=last, n=self.total_questions
            )
        minutes = math.ceil(sum(p.seconds(lang) for p in self.later_pages) / 60)
        left = (
            self.tr("about {m} minutes left").format(m=minutes)
            if minutes > 1
            else self.tr("about a minute left")
        )
        return f"{where} · {left}"

    @property
    def blocks(self) -> dict[str, QuestionBlock]:
        """The question blocks, made when first needed (most pages are not seen at start-up)."""
        if self._blocks is None:
            self._blocks = {}
            for question in self.questions:
                block = QuestionBlock(self.content, question)
                block.input.set_value(self.answers.get(question.id))
                block.input.changed.connect(lambda q=question, b=block: self._changed(q, b))
                self.body_layout.addWidget(block)
                self._blocks[question.id] = block
            self.body_layout.addStretch()
        return self._blocks

    # -- language
    def retranslate(self) -> None:
        lang = current_language()
        title = self.section.title.get(lang)
        if self.page is not None:
            title = self.tr("{section}: {page}").format(section=title, page=self.page.title.get(lang))
        self.setTitle(title)
        self.setSubTitle(self.progress_text(lang))
        first_of_section = self.page is None or self.page == self.section.pages[0]
        intro = self.section.intro.get(lang) if self.section.intro and first_of_section else ""
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        if self._blocks is not None:
            for block in self._blocks.values():
                block.retranslate()
            self._show_problems(everything=self._checked)

    # -- answers
    def initializePage(self) -> None:
        """Show what the AnswerFile holds (it may have been changed elsewhere, e.g. on resume)."""
        for qid, block in self.blocks.items():
            if block.input.value() != self.answers.get(qid):
                block.input.set_value(self.answers.get(qid))
        self._show_problems(everything=self._checked)
        self.scroll_area.verticalScrollBar().setValue(0)
        # QWizard focuses its Next button after this returns: put the first question first.
        QTimer.singleShot(0, self.focus_first_question)

    def focus_first_question(self) -> None:
        if self.wizard() is not None and self.wizard().currentPage() is not self:
            return
        first = next(iter(self.blocks.values()), None)
        if first is not None:  # a keyboard reason, so the style draws the focus frame there
            first.input.focus_widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the focused question fully into view (its prompt and every level description)."""
        if new is None or self._blocks is None or not self.body.isAncestorOf(new):
            return
        block = next((b for b in self._blocks.values() if b.isAncestorOf(new)), None)
        if block is None:
            return
        viewport = self.scroll_area.viewport().height()
        if block.height() <= viewport:
            self.scroll_area.ensureWidgetVisible(block, 0, 0)
        else:  # taller than the window (large fonts): the input with its descriptions, then the focus
            self.scroll_area.ensureWidgetVisible(block.input, 0, 0)
            self.scroll_area.ensureWidgetVisible(new, 0, 0)

    def cleanupPage(self) -> None:
        """Going Back keeps every answer (the default would reset registered fields)."""

    def _changed(self, question: Question, block: QuestionBlock) -> None:
        self.answers.set(question.id, block.input.value())
        self._show_problems(everything=self._checked)

    def problems(self) -> dict[str, str]:
        """Question id → a plain message, for every answer on this page that blocks Next.

        The rules are the domain's (`app.domain.answers`: each answer's type and range, the
        cross-field rules, required answers), the same the command line applies to a file;
        only their wording here is the wizard's.
        """
        questionnaire = self.content.questionnaire
        answers = self.answers.answer_file.answers
        found: dict[str, Problem] = {}
        for qid, block in self.blocks.items():
            value = answers.get(qid)
            if value is not None and (wrong := check_value(block.question, value)):
                found[qid] = wrong[0]
        for problem in check_cross_fields(questionnaire, answers) + missing_required(questionnaire, answers):
            if problem.where in self.blocks:
                found.setdefault(problem.where, problem)
        return {qid: self._message(found[qid]) for qid in self.blocks if qid in found}

    def _message(self, problem: Problem) -> str:
        """The wizard's wording of a domain problem (the command line words it for a file)."""
        if problem.code == "required":
            return self.tr("Please answer this question.")
        if problem.code == "rank_count":
            return self.tr("Choose exactly {n}, in order of importance.").format(n=problem.params["n"])
        lang = current_language()
        if problem.code == "above_other":
            other_id = str(problem.params["other"])
            other = self.content.questionnaire.question(other_id)
            limit = self.answers.get(other_id)
            return self.tr("This cannot be more than your answer to “{other}” ({limit}).").format(
                other=other.prompt.get(lang) if other is not None else other_id, limit=format_number(limit)
            )
        return problem.message(lang)  # the inputs keep to the ranges and options: not seen in use

    def _show_problems(self, *, everything: bool) -> None:
        """Cross-field rules show at once; missing answers only after Next was tried."""
        problems = self.problems()
        for qid, block in self.blocks.items():
            message = problems.get(qid, "")
            is_rule = (
                isinstance(block.question, NumberQuestion)
                and message != ""
                and self.answers.get(qid) is not None
            )
            block.show_error(message if everything or is_rule else "")
        if everything and problems:
            self.banner.setText(
                self.tr("Some answers on this page need attention (marked in red) before you can go on.")
            )
        self.banner.setVisible(everything and bool(problems))

    def validatePage(self) -> bool:
        self._checked = True
        problems = self.problems()
        self._show_problems(everything=True)
        if problems:
            first = self.blocks[next(iter(problems))]
            self.scroll_area.ensureWidgetVisible(first)
            first.input.focus_widget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            return False
        self._checked = False
        return True
