"""Role profiles (what a role asks for) and learning paths (how to get there)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.domain.problems import RuleError
from app.domain.questionnaire import Ident
from app.domain.sources import Sources
from app.domain.text import LocalizedText
from app.i18n import N_

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
PathKind = Literal[
    "degree", "programme", "course", "on_the_job", "placement", "network", "mentoring", "self_study"
]
Situation = Literal["employed", "self_employed", "studying", "job_seeking", "other"]
WorkMode = Literal["employed", "freelance", "undecided"]
Country = Literal["se", "nl", "other"]
Training = Literal["none", "short_course", "certificate", "programme"]


class CompetencyTarget(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    target: int = Field(ge=1, le=5)
    weight: int = Field(ge=1, le=3)
    """1 = useful, 2 = important, 3 = essential for the role."""


class Benchmarks(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    basis: Literal["survey_average", "our_assumption"] = "our_assumption"
    """survey_average: the figures are averages an article reports (typical, not required);
    our_assumption: the product's own estimate for the role, shown as such."""

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


class CountryMonths(BaseModel):
    """Typical months of study in each country the guidance knows (the product's own figures)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    se: int = Field(gt=0, le=120)
    nl: int = Field(gt=0, le=120)
    other: int = Field(gt=0, le=120)

    def get(self, country: Country) -> int:
        return int(getattr(self, country))


class StudyLength(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    full_time: CountryMonths
    part_time: CountryMonths | None = None


class LearningPath(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Ident
    kind: PathKind
    title: LocalizedText
    description: LocalizedText
    first_step: LocalizedText
    """What to do first, concretely (this week)."""
    done_when: LocalizedText
    """What "done" looks like: an outcome someone else could see."""
    closes: list[Ident]
    """Competency ids this path raises (none only for the job search, which teaches nothing)."""
    duration_months: float = Field(gt=0, le=60)
    hours_per_week: float = Field(gt=0, le=40)
    fixed_pace: bool = False
    """A course or programme runs at its own pace: it needs its hours per week and is never
    stretched over more months. Other steps may run slower at fewer hours (same total hours)."""
    start_levels: tuple[int, int] = (1, 5)
    """The self-rating range (checked) a competency must be in for this step to work on it:
    an introductory course is for levels 1–3, writing the organisation's guidelines for 3–5."""
    raises: int = Field(default=1, ge=1, le=3)
    """How many levels a competency is expected to rise by this step."""
    needs_employer: bool = False
    """Only someone employed (background.situation = employed) can take this step."""
    situations: list[Situation] = []
    """Only for these situations (empty: for everyone); an unanswered situation counts as other."""
    work_modes: list[WorkMode] = []
    """Only for people who work, or may work, in these modes (empty: for everyone)."""
    job_search: bool = False
    """The way into work: for someone out of work (all through the plan) or looking for a first
    job in the field (under a year of social-media work; in the plan's last months)."""
    shortest_months: float | None = Field(default=None, gt=0, le=60)
    """An ongoing step (mentoring, a network, a routine) may be shortened to this many months
    to fit the time that is left."""
    skip_if_training: list[Training] = []
    """Not for someone who has already done this social-media training."""
    degree: DegreeGrant | None = None
    """For degree paths: the level and field one holds after it."""
    study: StudyLength | None = None
    """For education options (degree, programme): typical full- and part-time length by country."""
    addresses: list[BenchmarkId] = []
    """Benchmarks this path helps to meet."""
    not_for_prior_fields: list[Ident] = []
    """Backgrounds that already bring what this path teaches (e.g. a customer-service rotation)."""
    sources: Sources

    @model_validator(mode="after")
    def _levels_in_order(self) -> LearningPath:
        low, high = self.start_levels
        if not 1 <= low <= high <= 5:
            raise RuleError(N_("start_levels must be two levels from 1 to 5, the lower first"))
        if not self.closes and not self.job_search:
            raise RuleError(N_("closes: at least one competency (only the job search closes none)"))
        return self


class EducationRoute(BaseModel):
    """The product's own guidance on studying in one country (no article says this)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    degree: LocalizedText
    """The degree route and its length."""
    alternatives: LocalizedText
    """The shorter routes that exist and where they are listed."""
    funding: LocalizedText
    """Student finance for everyone (with its age limits)."""
    experienced: LocalizedText
    """Support for people who have worked a long time (shown from EXPERIENCED_YEARS on)."""
    employer: LocalizedText
    """What to ask an employer (shown to the employed only)."""
    job_seekers: LocalizedText
    """What someone on unemployment benefits must check before studying."""


class EducationRoutes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    se: EducationRoute
    nl: EducationRoute
    other: EducationRoute

    def get(self, country: Country) -> EducationRoute:
        route: EducationRoute = getattr(self, country)
        return route


class LearningPathCatalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["learning_paths"]
    version: int = 1
    paths: Annotated[list[LearningPath], Field(min_length=1)]
    education_routes: EducationRoutes | None = None
    """Where and how long to study by country; without it the report names no routes."""
