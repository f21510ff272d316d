"""A wizard page built from one questionnaire Section: a block per question, rules at the field."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.content import Content
from app.domain.questionnaire import NumberQuestion, Question, RankQuestion, Section
from app.gui.i18n import current_language
from app.gui.live_answers import LiveAnswers
from app.gui.question_widgets import QuestionInput, make_input

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
        articles = [self.content.sources[s] for s in q.sources if s in self.content.sources]
        shorts = ", ".join(a.short for a in articles)
        self.source.setText(self.tr("Source: {sources}").format(sources=shorts) if articles else "")
        self.source.setToolTip(
            "\n".join(
                f"{a.short}: {a.title}" + (f" ({a.publisher.get(lang)})" if a.publisher else "")
                for a in articles
            )
        )
        self.source.setVisible(bool(articles))
        name = q.prompt.get(lang)
        self.input.set_accessible(name)
        self.input.setAccessibleDescription(q.help.get(lang) if q.help else "")
        self.input.retranslate()

    def show_error(self, message: str) -> None:
        self._message = message
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.input.focus_widget().setAccessibleDescription(message)

    @property
    def message(self) -> str:
        return self._message


class SectionPage(QWizardPage):
    """One section: inputs write through to LiveAnswers; Next is refused with a plain message."""

    def __init__(
        self,
        content: Content,
        section: Section,
        number: int,
        total: int,
        answers: LiveAnswers,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.content = content
        self.section = section
        self.number = number
        self.total = total
        self.answers = answers
        self.setObjectName(f"section:{section.id}")
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
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area)
        self._checked = False
        self.retranslate()

    @property
    def blocks(self) -> dict[str, QuestionBlock]:
        """The question blocks, made when first needed (most pages are not seen at start-up)."""
        if self._blocks is None:
            self._blocks = {}
            for question in self.section.questions:
                block = QuestionBlock(self.content, question)
                block.input.set_value(self.answers.get(question.id))
                block.input.changed.connect(lambda q=question, b=block: self._changed(q, b))
                self.body_layout.addWidget(block)
                self._blocks[question.id] = block
            self.body_layout.addStretch()
        return self._blocks

    # -- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.setTitle(self.section.title.get(lang))
        self.setSubTitle(self.tr("Section {k} of {n}").format(k=self.number, n=self.total))
        intro = self.section.intro.get(lang) if self.section.intro else ""
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

    def cleanupPage(self) -> None:
        """Going Back keeps every answer (the default would reset registered fields)."""

    def _changed(self, question: Question, block: QuestionBlock) -> None:
        self.answers.set(question.id, block.input.value())
        self._show_problems(everything=self._checked)

    def problems(self) -> dict[str, str]:
        """Question id → a plain message, for every answer on this page that blocks Next."""
        out: dict[str, str] = {}
        for qid, block in self.blocks.items():
            message = self._problem(block.question, self.answers.get(qid))
            if message:
                out[qid] = message
        return out

    def _problem(self, q: Question, value: Any) -> str:
        if value is None:
            return self.tr("Please answer this question.") if q.required else ""
        if isinstance(q, RankQuestion) and len(value) != q.choose:
            return self.tr("Choose exactly {n}, in order of importance.").format(n=q.choose)
        if isinstance(q, NumberQuestion) and q.not_above:
            limit = self.answers.get(q.not_above)
            other = self.content.questionnaire.question(q.not_above)
            if isinstance(limit, int | float) and value > limit and other is not None:
                lang = current_language()
                return self.tr("This cannot be more than your answer to “{other}” ({limit}).").format(
                    other=other.prompt.get(lang), limit=limit
                )
        return ""

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
            first.input.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._checked = False
        return True
