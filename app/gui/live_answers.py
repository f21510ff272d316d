"""The AnswerFile being filled in, with a signal on every change (pages write through to it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.content import Content
from app.domain.answers import AnswerFile, Observer
from app.domain.text import Language


class LiveAnswers(QObject):
    """Holds the domain AnswerFile; widgets never keep answers of their own."""

    changed = Signal(str)
    """A question id whose answer changed (or "" for the respondent or language)."""

    def __init__(self, content: Content, answer_file: AnswerFile, parent: QObject | None = None):
        super().__init__(parent)
        self.content = content
        self.answer_file = answer_file

    def get(self, question_id: str) -> Any:
        return self.answer_file.answers.get(question_id)

    def set(self, question_id: str, value: Any) -> None:
        """Store an answer (None removes it), keeping questionnaire order in the file."""
        answers = self.answer_file.answers
        if answers.get(question_id) == value and (value is not None) == (question_id in answers):
            return
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = value
            order = list(self.content.questionnaire.index())
            self.answer_file.answers = dict(
                sorted(answers.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
            )
        self.changed.emit(question_id)

    def set_page(self, key: str) -> None:
        """Remember the page the person is on (a resumed assessment opens there)."""
        if self.answer_file.page != key:
            self.answer_file.page = key
            self.changed.emit("")

    def set_finished(self) -> None:
        """The person reached the results: from now on the assessment opens on them."""
        if self.answer_file.finished_at is None:
            self.answer_file.finished_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
            self.changed.emit("")

    def set_observer(self, observer: Observer | None) -> None:
        """An observer's ratings of the same competencies (None removes them)."""
        if self.answer_file.observer != observer:
            self.answer_file.observer = observer
            self.changed.emit("")

    def set_language(self, lang: Language) -> None:
        if self.answer_file.language != lang:
            self.answer_file.language = lang
            self.changed.emit("")
