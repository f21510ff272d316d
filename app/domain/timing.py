"""How long a questionnaire takes: words shown in one language ÷ 230 per minute + 5 s per answer.

DOMAIN.md fixes the rule so that independent checks agree; the wizard shows the minutes
left from it, and a test keeps the whole questionnaire within 15 minutes in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.questionnaire import (
    LikertQuestion,
    MultiChoiceQuestion,
    Question,
    Questionnaire,
    RankQuestion,
    Section,
    SingleChoiceQuestion,
)
from app.domain.text import Language, LocalizedText

WORDS_PER_MINUTE = 230
SECONDS_PER_ANSWER = 5
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _texts(question: Question) -> Iterable[LocalizedText | None]:
    yield question.prompt
    yield question.help
    if isinstance(question, SingleChoiceQuestion | MultiChoiceQuestion | RankQuestion):
        for option in question.options:
            yield option.label
            yield option.help
    if isinstance(question, LikertQuestion):
        yield from question.levels
    if isinstance(question, RankQuestion):
        yield question.after_answer  # shown once the ranking is complete


def question_words(question: Question, lang: Language) -> int:
    """Words a person reads to answer `question`: prompt, help, options or level descriptions."""
    return sum(count_words(t.get(lang)) for t in _texts(question) if t is not None)


def section_words(section: Section, lang: Language) -> int:
    """Words on a section's own headings and introduction (shown once)."""
    texts = [section.title, section.intro, *(page.title for page in section.pages)]
    return sum(count_words(t.get(lang)) for t in texts if t is not None)


def question_seconds(question: Question, lang: Language) -> float:
    return question_words(question, lang) * 60 / WORDS_PER_MINUTE + SECONDS_PER_ANSWER


def questionnaire_seconds(questionnaire: Questionnaire, lang: Language) -> float:
    """The whole questionnaire, start to finish, in `lang`."""
    return sum(
        section_words(s, lang) * 60 / WORDS_PER_MINUTE + sum(question_seconds(q, lang) for q in s.questions)
        for s in questionnaire.sections
    )
