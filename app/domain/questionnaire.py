"""Questionnaire → Section → Question, one model per question kind."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, FiniteFloat, StringConstraints, model_validator

from app.domain.sources import Sources
from app.domain.text import LocalizedText

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
    sources: Sources

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
            raise ValueError("min is above max")
        return self


class SingleChoiceQuestion(_QuestionBase):
    kind: Literal["single_choice"]
    options: Annotated[list[Option], Field(min_length=2)]


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

    @model_validator(mode="after")
    def _choose(self) -> RankQuestion:
        if self.choose > len(self.options):
            raise ValueError("choose is larger than the number of options")
        values = {o.value for o in self.options}
        unknown = [v for v in self.expert_order if v not in values]
        if unknown:
            raise ValueError(f"expert_order names unknown options: {', '.join(unknown)}")
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
ChoiceQuestion = SingleChoiceQuestion | MultiChoiceQuestion | RankQuestion


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Ident
    title: LocalizedText
    intro: LocalizedText | None = None
    questions: Annotated[list[Question], Field(min_length=1)]


class Questionnaire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["questionnaire"]
    version: int = 1
    id: Ident
    title: LocalizedText
    sections: Annotated[list[Section], Field(min_length=1)]

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, question_id: str) -> Question | None:
        return self.index().get(question_id)

    def index(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions()}

    def competency_ids(self) -> list[str]:
        """Competency ids (without the `competency.` prefix) in questionnaire order."""
        return [q.name for q in self.questions() if q.section_id == "competency"]
