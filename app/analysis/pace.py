"""How long a learning path takes at the hours a person has per week."""

from __future__ import annotations

from math import ceil

from app.domain.profiles import LearningPath

_EPS = 1e-9


def hours_used(path: LearningPath, budget: float) -> float:
    """Hours per week the step takes: its own, or all the person has when that is less."""
    return min(path.hours_per_week, budget)


def months_needed(path: LearningPath, budget: float) -> int:
    """Whole months; a path asking more hours than the budget runs slower (same total hours)."""
    pace = max(1.0, path.hours_per_week / budget)
    return max(1, ceil(path.duration_months * pace - _EPS))
