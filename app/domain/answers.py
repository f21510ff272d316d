"""The answer file (DOMAIN.md's format) and the rules an answer set must keep."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, TypeGuard

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from app.domain.controls import control_problem
from app.domain.problems import Problem
from app.domain.questionnaire import (
    LikertQuestion,
    MultiChoiceQuestion,
    NumberQuestion,
    Question,
    Questionnaire,
    RankQuestion,
    SingleChoiceQuestion,
    TextQuestion,
)
from app.domain.text import Language

ANSWER_FILE_VERSION = 1
NAME_MAX = 200
"""Longest name of the person or of an observer (DOMAIN.md: free text, at most 200 characters)."""


class Respondent(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: Annotated[str, Field(max_length=NAME_MAX)] = ""


class CounsellorNotes(BaseModel):
    """Optional notes a counsellor adds to one assessment; shown in the report."""

    model_config = ConfigDict(extra="forbid")

    notes: Annotated[str, Field(max_length=20_000)] = ""
    gap_notes: dict[str, Annotated[str, Field(max_length=5_000)]] = {}
    next_meeting: dt.date | None = None
    author: Annotated[str, Field(max_length=NAME_MAX)] = ""
    """Who wrote the notes (the counsellor's name from the client store); the PDF says "Notes by …"."""


ObserverRole = Literal["counsellor", "colleague", "manager"]
Rating = Annotated[int, Field(ge=1, le=5, strict=True)]


class Observer(BaseModel):
    """Someone who knows the person's work rates the same competencies (DOMAIN.md)."""

    model_config = ConfigDict(extra="forbid")

    role: ObserverRole
    name: Annotated[str, Field(max_length=NAME_MAX)] = ""
    ratings: dict[Annotated[str, Field(pattern=r"^competency\.[a-z0-9_]+$")], Rating] = {}

    def competency_ratings(self) -> dict[str, int]:
        """Bare competency id → rating."""
        return {qid.removeprefix("competency."): value for qid, value in self.ratings.items()}


class AnswerFile(BaseModel):
    """What the wizard autosaves and the command line reads. Extra keys are kept."""

    model_config = ConfigDict(extra="allow")

    version: Literal[1] = 1
    language: Language = "en"
    respondent: Respondent = Respondent()
    answers: dict[str, Any] = {}
    counsellor: CounsellorNotes | None = None
    observer: Observer | None = None
    saved_at: dt.datetime | None = None
    page: str | None = None
    """The wizard page the person was on (a section id, or `section.page`): resume opens there."""
    finished_at: dt.datetime | None = None
    """When the person pressed Finish (or reached the results); such an assessment opens on them."""
    _notes: list[Problem] = PrivateAttr(default_factory=list)

    @property
    def load_notes(self) -> list[Problem]:
        """What was ignored when the file was read (answers to retired questions); never saved."""
        return list(self._notes)

    def set_load_notes(self, notes: list[Problem]) -> None:
        self._notes = list(notes)

    @field_validator("saved_at")
    @classmethod
    def _utc_when_unzoned(cls, value: dt.datetime | None) -> dt.datetime | None:
        """A time without a zone (an older or hand-made file) is taken as UTC, so saves sort."""
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value


def _is_number(value: object) -> TypeGuard[int | float]:
    """An int or float (not a bool) that fits a float: a 400-digit integer is no answer."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:
        float(value)
    except OverflowError:
        return False
    return True


def _fmt(value: float) -> str:
    number = float(value)
    if abs(number) >= 1e15:
        return f"{number:g}"
    return str(int(number)) if number.is_integer() else str(number)


def normalize(question: Question, value: object) -> object:
    """Coerce harmless variants (e.g. 12 for the option "12") to the canonical value."""
    if isinstance(question, SingleChoiceQuestion) and _is_number(value):
        text = _fmt(float(value))
        if text in {o.value for o in question.options}:
            return text
    return value


def check_value(question: Question, value: object) -> list[Problem]:
    """Type and range of one answer, without looking at other answers."""
    if isinstance(question, NumberQuestion):
        return _check_number(question, value)
    if isinstance(question, TextQuestion):
        return _check_text(question, value)
    if isinstance(question, LikertQuestion):
        return _check_likert(question, value)
    if isinstance(question, SingleChoiceQuestion):
        return _check_single_choice(question, value)
    return _check_choices(question, value)


def _check_number(question: NumberQuestion, value: object) -> list[Problem]:
    qid = question.id
    if not _is_number(value):
        return [Problem("wrong_type", qid, {"expected": "number", "got": describe_json(value)})]
    number = float(value)
    if number != number or not question.min <= number <= question.max:  # NaN fails too
        return [
            Problem(
                "out_of_range",
                qid,
                {"value": _fmt(number), "min": _fmt(question.min), "max": _fmt(question.max)},
            )
        ]
    if round(number, question.decimals) != number:
        return [Problem("too_many_decimals", qid, {"value": _fmt(number), "decimals": question.decimals})]
    return []


def _check_text(question: TextQuestion, value: object) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem("wrong_type", question.id, {"expected": "text", "got": describe_json(value)})]
    if len(value) > question.max_length:
        return [Problem("too_long", question.id, {"max": question.max_length})]
    problem = control_problem(value, question.id)
    return [problem] if problem else []


def _check_likert(question: LikertQuestion, value: object) -> list[Problem]:
    if not _is_number(value) or not float(value).is_integer():
        return [Problem("wrong_type", question.id, {"expected": "likert", "got": describe_json(value)})]
    if not 1 <= int(value) <= 5:
        return [Problem("out_of_range", question.id, {"value": _fmt(value), "min": 1, "max": 5})]
    return []


def _check_single_choice(question: SingleChoiceQuestion, value: object) -> list[Problem]:
    allowed = [o.value for o in question.options]
    value = normalize(question, value)
    if not isinstance(value, str):
        return [Problem("wrong_type", question.id, {"expected": "choice", "got": describe_json(value)})]
    if value not in allowed:
        return [Problem("unknown_option", question.id, {"value": value, "allowed": ", ".join(allowed)})]
    return []


def _check_choices(question: MultiChoiceQuestion | RankQuestion, value: object) -> list[Problem]:
    """A list of options: multiple choice, or a ranking of `choose` options."""
    qid = question.id
    allowed = [o.value for o in question.options]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [Problem("wrong_type", qid, {"expected": "list", "got": describe_json(value)})]
    problems = [
        Problem("unknown_option", qid, {"value": v, "allowed": ", ".join(allowed)})
        for v in value
        if v not in allowed
    ]
    duplicates = sorted({v for i, v in enumerate(value) if v in value[:i]})
    problems += [Problem("duplicate_option", qid, {"value": v}) for v in duplicates]
    if isinstance(question, RankQuestion) and len(value) != question.choose:
        problems.append(Problem("rank_count", qid, {"n": question.choose, "got": len(value)}))
    return problems


def check_cross_fields(questionnaire: Questionnaire, answers: dict[str, Any]) -> list[Problem]:
    """Rules between answers, e.g. online-marketing years may not exceed total years."""
    problems: list[Problem] = []
    for question in questionnaire.questions():
        if not isinstance(question, NumberQuestion) or question.not_above is None:
            continue
        value, limit = answers.get(question.id), answers.get(question.not_above)
        if _is_number(value) and _is_number(limit) and float(value) > float(limit):
            problems.append(
                Problem(
                    "above_other",
                    question.id,
                    {
                        "value": _fmt(value),
                        "other": question.not_above,
                        "other_value": _fmt(limit),
                    },
                )
            )
    return problems


def retired_answers(questionnaire: Questionnaire, answers: dict[str, Any]) -> list[Problem]:
    """Notes (not problems) for answers to retired questions: they are ignored, never refused."""
    retired = set(questionnaire.retired)
    return [Problem("retired_question", qid) for qid in answers if qid in retired]


def check_typed_text(answer_file: AnswerFile) -> list[Problem]:
    """Names and notes hold no control character (notes may hold line breaks and tabs): what
    is refused here never reaches a PDF or a terminal line (`app.domain.controls`)."""
    fields: list[tuple[str, str, bool]] = [("respondent.name", answer_file.respondent.name, False)]
    if answer_file.observer is not None:
        fields.append(("observer.name", answer_file.observer.name, False))
    if (notes := answer_file.counsellor) is not None:
        fields += [("counsellor.author", notes.author, False), ("counsellor.notes", notes.notes, True)]
        fields += [(f"counsellor.gap_notes.{key}", text, True) for key, text in notes.gap_notes.items()]
    found = (control_problem(text, where, multiline=multiline) for where, text, multiline in fields)
    return [problem for problem in found if problem is not None]


def check_observer(questionnaire: Questionnaire, observer: Observer) -> list[Problem]:
    """An observer rates competencies of this questionnaire only."""
    known = {f"competency.{c}" for c in questionnaire.competency_ids()}
    return [
        Problem("unknown_question", f"observer.ratings.{qid}") for qid in observer.ratings if qid not in known
    ]


def check_answers(questionnaire: Questionnaire, answers: dict[str, Any]) -> list[Problem]:
    """Every problem of an answer set: unknown ids, types, ranges and cross-field rules.

    Answers to retired questions are no problem (see `retired_answers`)."""
    index = questionnaire.index()
    retired = set(questionnaire.retired)
    problems: list[Problem] = []
    valid: dict[str, Any] = {}
    for qid, value in answers.items():
        question = index.get(qid)
        if question is None and qid in retired:
            continue
        if question is None:
            problems.append(Problem("unknown_question", qid))
            continue
        found = check_value(question, value)
        problems += found
        if not found:
            valid[qid] = normalize(question, value)
    return problems + check_cross_fields(questionnaire, valid)


def missing_required(questionnaire: Questionnaire, answers: dict[str, Any]) -> list[Problem]:
    return [
        Problem("required", q.id) for q in questionnaire.questions() if q.required and q.id not in answers
    ]


def normalized_answers(questionnaire: Questionnaire, answers: dict[str, Any]) -> dict[str, Any]:
    """Answers with canonical values, in questionnaire order (call after check_answers);
    answers to retired questions are left out."""
    index = questionnaire.index()
    return {q: normalize(index[q], answers[q]) for q in index if q in answers}


def describe_json(value: object) -> str:
    """A JSON value as a message shows what was found: JSON's own words, never Python's."""
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
