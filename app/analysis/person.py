"""The answers the analysis reads, as typed values with the documented defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_PROFILE = "social_media_manager"
DEFAULT_TIMEFRAME_MONTHS = 12
DEFAULT_HOURS_PER_WEEK = 5.0
FACTOR_RATING_PREFIX = "success_factors.rating."
TOP3_QUESTION = "success_factors.top3"


@dataclass(frozen=True)
class Person:
    """One answer set, read once; unanswered values are None (or empty)."""

    ratings: Mapping[str, int]
    """Competency id → self-rating 1–5, only the answered ones."""
    total_years: float | None
    online_marketing_years: float | None
    customer_service_years: float | None
    education_level: str | None
    education_field: str | None
    prior_fields: frozenset[str]
    target_role: str | None
    timeframe_months: int
    hours_per_week: float
    top3: tuple[str, ...]
    factor_ratings: Mapping[str, int]
    """Success-factor id → self-rating 1–5, only the answered ones."""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _rating(number: float) -> int:
    """Validated answers hold 1–5; anything else (a half-edited form) is kept in range, not fatal."""
    return min(5, max(1, int(number)))


def read_person(answers: Mapping[str, Any]) -> Person:
    """Pick out what the analysis needs from validated answers (question id → value)."""
    ratings: dict[str, int] = {}
    factor_ratings: dict[str, int] = {}
    for qid, value in answers.items():
        if qid.startswith("competency.") and (number := _number(value)) is not None:
            ratings[qid.removeprefix("competency.")] = _rating(number)
        elif qid.startswith(FACTOR_RATING_PREFIX) and (number := _number(value)) is not None:
            factor_ratings[qid.removeprefix(FACTOR_RATING_PREFIX)] = _rating(number)
    timeframe = _number(answers.get("goals.timeframe_months"))
    hours = _number(answers.get("goals.hours_per_week"))
    return Person(
        ratings=ratings,
        total_years=_number(answers.get("experience.total_years")),
        online_marketing_years=_number(answers.get("experience.online_marketing_years")),
        customer_service_years=_number(answers.get("experience.customer_service_years")),
        education_level=_text(answers.get("education.level")),
        education_field=_text(answers.get("education.field")),
        prior_fields=frozenset(_strings(answers.get("background.prior_fields"))),
        target_role=_text(answers.get("goals.target_role")),
        timeframe_months=int(timeframe) if timeframe and timeframe > 0 else DEFAULT_TIMEFRAME_MONTHS,
        hours_per_week=hours if hours and hours > 0 else DEFAULT_HOURS_PER_WEEK,
        top3=_strings(answers.get(TOP3_QUESTION)),
        factor_ratings=factor_ratings,
    )
