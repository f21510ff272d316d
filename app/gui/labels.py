"""How a competency is named in the UI: its question's short name, in the UI language."""

from __future__ import annotations

from app.content import Content
from app.domain.questionnaire import Question
from app.domain.text import Language
from app.gui.i18n import current_language


def question_label(question: Question, lang: Language | None = None) -> str:
    """The short name of a question (its prompt when it has none)."""
    return (question.short or question.prompt).get(lang or current_language())


def competency_label(content: Content, cid: str, lang: Language | None = None) -> str:
    """A competency id (`seo`) as its label ("SEO"); an id the questionnaire lacks stays as it is."""
    question = content.questionnaire.index().get(f"competency.{cid}")
    return question_label(question, lang) if question is not None else cid
