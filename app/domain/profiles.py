"""Role profiles (what a role asks for) and learning paths (how to get there)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.questionnaire import Ident
from app.domain.sources import Sources
from app.domain.text import LocalizedText

EducationLevel = Literal["compulsory", "upper_secondary", "vocational", "bachelor", "master", "doctorate"]
EDUCATION_ORDER: tuple[EducationLevel, ...] = (
    "compulsory",
    "upper_secondary",
    "vocational",
    "bachelor",
    "master",
    "doctorate",
)
BenchmarkId = Literal["total_years", "online_marketing_years", "education_level", "education_field"]
PathKind = Literal["degree", "course", "on_the_job", "network", "mentoring", "self_study"]


class CompetencyTarget(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    target: int = Field(ge=1, le=5)
    weight: int = Field(ge=1, le=3)
    """1 = useful, 2 = important, 3 = essential for the role."""


class Benchmarks(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    total_years: float | None = Field(default=None, ge=0, le=60)
    online_marketing_years: float | None = Field(default=None, ge=0, le=60)
    education_level: EducationLevel | None = None
    education_fields: list[Ident] = []
    note: LocalizedText | None = None
    """Where the numbers come from, in the reader's words."""
    sources: Sources


class RoleProfile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["role_profile"]
    version: int = 1
    id: Ident
    title: LocalizedText
    description: LocalizedText
    competencies: dict[Ident, CompetencyTarget]
    benchmarks: Benchmarks
    sources: Sources


class DegreeGrant(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    level: EducationLevel
    field: Ident


class LearningPath(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Ident
    kind: PathKind
    title: LocalizedText
    description: LocalizedText
    closes: Annotated[list[Ident], Field(min_length=1)]
    """Competency ids this path raises."""
    duration_months: float = Field(gt=0, le=60)
    hours_per_week: float = Field(gt=0, le=40)
    degree: DegreeGrant | None = None
    """For degree paths: the level and field one holds after it."""
    addresses: list[BenchmarkId] = []
    """Benchmarks this path helps to meet."""
    not_for_prior_fields: list[Ident] = []
    """Backgrounds that already bring what this path teaches (e.g. a customer-service rotation)."""
    sources: Sources


class LearningPathCatalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["learning_paths"]
    version: int = 1
    paths: Annotated[list[LearningPath], Field(min_length=1)]
