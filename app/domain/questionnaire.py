"""Questionnaire → Section → Question, one model per question kind."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, FiniteFloat, StringConstraints, model_validator

from app.domain.problems import RuleError
from app.domain.sources import OwnOrSources
from app.domain.text import LocalizedText
from app.i18n import N_

QuestionId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*\.[a-z0-9_.]+$")]
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$")]


class Option(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    value: Ident
    label: LocalizedText
    help: LocalizedText | None = None


class _QuestionBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: QuestionId
    prompt: LocalizedText
    short: LocalizedText | None = None
    """A short name for tables and charts (required for competencies)."""
    help: LocalizedText | None = None
    required: bool = False
    sources: OwnOrSources

    @property
    def section_id(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.id.split(".", 1)[1]


class TextQuestion(_QuestionBase):
    kind: Literal["text"]
    max_length: int = Field(default=200, ge=1, le=10_000)


class NumberQuestion(_QuestionBase):
    kind: Literal["number"]
    min: FiniteFloat
    max: FiniteFloat
    step: FiniteFloat = Field(default=1, gt=0)
    decimals: int = Field(default=0, ge=0, le=3)
    unit: LocalizedText | None = None
    not_above: QuestionId | None = None
    """Cross-field rule: the value may not exceed the answer to this question."""

    @model_validator(mode="after")
    def _range(self) -> NumberQuestion:
        if self.min > self.max:
            raise RuleError(N_("min is above max"))
        return self


class KeyEntry(BaseModel):
    """How the sources judge one response to a scenario, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    credit: Literal[0, 1, 2]
    """2: what the sources advise; 1: partly (right aim, wrong way or time); 0: what they warn against."""
    why: LocalizedText


class ScenarioKey(BaseModel):
    """The key of a situational-judgement item: which competencies it gives evidence on and
    how the sources judge each response."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    competencies: Annotated[list[Ident], Field(min_length=1)]
    options: dict[Ident, KeyEntry]

    @model_validator(mode="after")
    def _best(self) -> ScenarioKey:
        if not any(entry.credit == 2 for entry in self.options.values()):
            raise RuleError(N_("no response has credit 2 (what the sources advise)"))
        return self


class SingleChoiceQuestion(_QuestionBase):
    kind: Literal["single_choice"]
    options: Annotated[list[Option], Field(min_length=2)]
    key: ScenarioKey | None = None
    """Only for scenarios: the options are then shown in a random order."""

    @model_validator(mode="after")
    def _keyed(self) -> SingleChoiceQuestion:
        if self.key is not None:
            values = [o.value for o in self.options]
            if sorted(self.key.options) != sorted(values):
                raise RuleError(
                    N_("key.options must name exactly the options: {options}"), options=", ".join(values)
                )
        return self


class MultiChoiceQuestion(_QuestionBase):
    kind: Literal["multi_choice"]
    options: Annotated[list[Option], Field(min_length=2)]


class LikertQuestion(_QuestionBase):
    kind: Literal["likert"]
    levels: Annotated[list[LocalizedText], Field(min_length=5, max_length=5)]
    """What level 1…5 looks like at work, lowest first."""


class RankQuestion(_QuestionBase):
    kind: Literal["rank"]
    options: Annotated[list[Option], Field(min_length=2)]
    choose: int = Field(default=3, ge=1)
    expert_order: list[Ident] = []
    """The experts' own ranking of these options, most important first (if the sources give one)."""
    expert_less_important: list[Ident] = []
    """Options the experts rated less important (S4), shown after the ranking."""
    after_answer: LocalizedText | None = None
    """Shown only once the ranking is complete, never before (so it cannot prime the answer):
    `{expert}` and `{less}` are filled with the option labels."""

    @model_validator(mode="after")
    def _choose(self) -> RankQuestion:
        if self.choose > len(self.options):
            raise RuleError(N_("choose is larger than the number of options"))
        values = {o.value for o in self.options}
        unknown = [v for v in [*self.expert_order, *self.expert_less_important] if v not in values]
        if unknown:
            raise RuleError(N_("expert_order names unknown options: {options}"), options=", ".join(unknown))
        return self


Question = Annotated[
    TextQuestion
    | NumberQuestion
    | SingleChoiceQuestion
    | MultiChoiceQuestion
    | LikertQuestion
    | RankQuestion,
    Field(discriminator="kind"),
]


class Page(BaseModel):
    """A themed part of a long section, shown as one wizard page (ids stay the section's)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Ident
    title: LocalizedText
    questions: Annotated[list[QuestionId], Field(min_length=1)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Ident
    title: LocalizedText
    intro: LocalizedText | None = None
    questions: Annotated[list[Question], Field(min_length=1)]
    pages: list[Page] = []
    """How the wizard splits a long section; empty: the whole section is one page."""

    def page_questions(self) -> list[tuple[Page | None, list[Question]]]:
        """The section's wizard pages in order, each with its questions."""
        if not self.pages:
            return [(None, list(self.questions))]
        index = {q.id: q for q in self.questions}
        return [(page, [index[qid] for qid in page.questions if qid in index]) for page in self.pages]


class Questionnaire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["questionnaire"]
    version: int = 1
    id: Ident
    title: LocalizedText
    sections: Annotated[list[Section], Field(min_length=1)]
    retired: list[QuestionId] = []
    """Ids no longer asked: an answer file holding one still loads; the answer is ignored with a note."""

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, question_id: str) -> Question | None:
        return self.index().get(question_id)

    def index(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions()}

    def scenarios(self) -> list[SingleChoiceQuestion]:
        """The situational-judgement items: single-choice questions with a key."""
        return [q for q in self.questions() if isinstance(q, SingleChoiceQuestion) and q.key is not None]

    def competency_ids(self) -> list[str]:
        """Competency ids (without the `competency.` prefix) in questionnaire order."""
        return [q.name for q in self.questions() if q.section_id == "competency"]
