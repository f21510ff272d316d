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


class Benchmark(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: float | str | None
    """The person's answer (None when unanswered)."""
    target: float | str | list[str] | None
    """The profile's benchmark (education_field: the accepted fields)."""
    met: bool
    gap: float | None = None
    """For the numeric benchmarks: how many years are still missing (0 when met)."""
    sources: list[str]


class SuccessFactors(BaseModel):
    model_config = ConfigDict(frozen=True)

    top3: list[str]
    expert_top3: list[str]
    overlap: int = Field(ge=0, le=3)
    shared: list[str]
    ratings: dict[str, int | None]
    """Self-ratings (1–5) on the experts' three factors; None when unanswered."""
    sources: list[str]


class PlanStep(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    kind: PathKind
    closes: list[str]
    """Competency ids with a gap that this step works on."""
    benchmarks: list[BenchmarkId] = []
    """Unmet benchmarks this step helps to meet."""
    start_month: int = Field(ge=0)
    end_month: int = Field(ge=0)
    hours_per_week: float
    later: bool = False
    """True when the step does not fit the chosen timeframe and hours; kept, never dropped."""
    priority: int = 0
    """Sum of the priorities of the gaps it closes: why it is in the plan, and in this order."""
    reason: Literal["education", "gaps"] = "gaps"
    """"education": the degree or programme step for a missing communication/marketing degree
    (S0, S4); "gaps": chosen for the competency gaps and unmet benchmarks it works on."""
    sources: list[str]


class Analysis(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: int = 1
    profile: str
    readiness: int = Field(ge=0, le=100)
    competencies: list[CompetencyGap]
    benchmarks: dict[BenchmarkId, Benchmark]
    success_factors: SuccessFactors
    strengths: list[str]
    role_fit: dict[str, int]
    best_fit: list[str]
    """Role-profile ids, best first."""
    plan: list[PlanStep]
    uncovered: list[str] = []
    """Competencies with a gap that no learning path in the catalogue works on."""
    timeframe_months: int
    hours_per_week: float
    missing: list[str]
    """Question ids that were unanswered and assumed (ratings at the lowest level)."""
