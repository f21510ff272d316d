"""The analysis result: what `smm-career analyze` prints and what the report and GUI show."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.profiles import BenchmarkId, PathKind


class CompetencyGap(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    rating: int = Field(ge=1, le=5)
    target: int = Field(ge=1, le=5)
    weight: int = Field(ge=1, le=3)
    gap: int = Field(ge=0)
    priority: int = Field(ge=0)
    missing: bool = False
    """True when the person gave no rating (counted as the lowest level)."""
    rating_checked: int = Field(ge=1, le=5)
    """The self-rating, lowered to what the evidence supports (never above `rating`)."""
    gap_checked: int = Field(ge=0)
    priority_checked: int = Field(ge=0)
    """gap_checked × weight: what the plan is built from."""
    observer_rating: int | None = Field(default=None, ge=1, le=5)
    """The observer's rating of the same competency (None without an observer or rating)."""
    flags: list[Literal["above_experience", "scenario", "observer"]] = []
    """Why the self-rating is worth a conversation (calibration.flags gives the reasons)."""


class Benchmark(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: float | str | None
    """The person's answer (None when unanswered)."""
    target: float | str | list[str] | None
    """The profile's benchmark (education_field: the accepted fields)."""
    met: bool
    gap: float | None = None
    """For the numeric benchmarks: how many years are still missing (0 when met)."""
    basis: Literal["survey_average", "our_assumption"] = "our_assumption"
    """survey_average: a typical figure an article reports, not a requirement."""
    sources: list[str]


class SuccessFactors(BaseModel):
    model_config = ConfigDict(frozen=True)

    top3: list[str]
    expert_top3: list[str]
    expert_less_important: list[str] = []
    """What the experts rated less important (S4)."""
    overlap: int = Field(ge=0, le=3)
    shared: list[str]
    ratings: dict[str, int | None]
    """Self-ratings (1–5) on the experts' three factors; None when unanswered."""
    sources: list[str]


FlagReason = Literal[
    "no_social_media_work",
    "no_customer_service_work",
    "small_network",
    "little_work_experience",
    "scenario",
    "observer_lower",
    "observer_higher",
]


class CalibrationFlag(BaseModel):
    model_config = ConfigDict(frozen=True)

    competency: str
    reason: FlagReason


class ScenarioSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    answered: int = Field(ge=0)
    score: int | None = Field(ge=0, le=100)
    """The share of the credit the chosen responses earned (the key's 0–2 per item); None: none answered."""


class Calibration(BaseModel):
    """Self-ratings checked against experience, scenarios and an observer."""

    model_config = ConfigDict(frozen=True)

    flags: list[CalibrationFlag]
    scenarios: ScenarioSummary
    observer_role: Literal["counsellor", "colleague", "manager"] | None = None


class PlanStep(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    kind: PathKind
    closes: list[str]
    """Competency ids with a gap that this step works on; empty only for the job search, which
    is there because the person needs work, not for a gap."""
    benchmarks: list[BenchmarkId] = []
    """Unmet benchmarks this step helps to meet."""
    start_month: int = Field(ge=0)
    end_month: int = Field(ge=1)
    """Exclusive: the step runs in months start_month … end_month − 1, inside the timeframe."""
    hours_per_week: float
    needs_employer: bool
    why: list[str]
    """Codes: "gap" (works on a gap), "top_gap" (on the largest one), "benchmark:<id>",
    "first_role" (a way into a first job in the field, at the end), "job_seeking" (the search for
    work, all through the plan)."""
    priority: int = 0
    """The largest checked priority among the gaps it works on."""
    sources: list[str]


class AfterStep(BaseModel):
    """A step worth doing that does not fit the timeframe at the person's hours."""

    model_config = ConfigDict(frozen=True)

    path: str
    kind: PathKind
    closes: list[str]
    months: int = Field(ge=1)
    hours_per_week: float
    needs_hours_per_week: float | None = None
    """The weekly hours it needs at the least (a course with a fixed pace), when more than the
    person has; otherwise None."""
    sources: list[str]


EducationAdvice = Literal["none", "course", "programme", "degree"]


class EducationOption(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    study: Literal["full_time", "part_time"]
    months: int = Field(ge=1)


class Education(BaseModel):
    """Whether the person needs a degree, a programme, a course or nothing for the role's
    education benchmarks: a decision with options, never a timeline step."""

    model_config = ConfigDict(frozen=True)

    advice: EducationAdvice
    benchmarks: list[BenchmarkId]
    """The unmet education benchmarks, exactly those, that the advice answers."""
    options: list[EducationOption]
    country: Literal["se", "nl", "other"]
    """Whose routes, lengths and funding the options are given for."""


class Analysis(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: int = 1
    profile: str
    readiness: int = Field(ge=0, le=100)
    readiness_checked: int = Field(ge=0, le=100)
    """Readiness with every rating at what the evidence supports; never above `readiness`."""
    competencies: list[CompetencyGap]
    calibration: Calibration
    benchmarks: dict[BenchmarkId, Benchmark]
    success_factors: SuccessFactors
    strengths: list[str]
    """Competencies rated at or above their target (an unrated one is no strength)."""
    role_fit: dict[str, int]
    best_fit: list[str]
    """Role-profile ids, best first: how well the person's strong points match what sets each
    role apart (fit.py), not which role asks least."""
    plan_status: Literal["ok", "too_few_answers"]
    plan: list[PlanStep]
    """Steps inside the timeframe only, by start month."""
    after_plan: list[AfterStep]
    """Worth doing but not fitting the timeframe at the person's hours, in the order to follow."""
    education: Education
    uncovered: list[str] = []
    """Competencies with a gap that no learning path for the person's level and situation works on."""
    timeframe_months: int
    hours_per_week: float
    missing: list[str]
    """Question ids that were unanswered and assumed (ratings at the lowest level)."""
