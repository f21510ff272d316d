"""The answers the analysis reads, as typed values with the documented defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, get_args

from app.domain.profiles import Country, Situation, Training, WorkMode
from app.domain.text import Language

DEFAULT_PROFILE = "social_media_manager"
DEFAULT_TIMEFRAME_MONTHS = 12
DEFAULT_HOURS_PER_WEEK = 5.0
FACTOR_RATING_PREFIX = "success_factors.rating."
TOP3_QUESTION = "success_factors.top3"
SCENARIO_PREFIX = "scenario."
COUNTRY_OF_LANGUAGE: dict[Language, Country] = {"sv": "se", "nl": "nl", "en": "other"}
FIRST_ROLE_BELOW_YEARS = 2.0
"""Under two years of social-media work, the person is looking for a first role in the field."""


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
    situation: Situation | None = None
    work_mode: WorkMode | None = None
    country: Country = "other"
    """Where the person will study and work; unanswered: from the answer file's language."""
    social_media_training: Training | None = None
    social_media_work_years: float | None = None
    network_size: str | None = None
    choices: Mapping[str, str] = field(default_factory=dict)
    """Scenario id (`scenario.<id>`) → the response chosen, only the answered ones."""

    @property
    def has_employer(self) -> bool:
        """Only someone employed has an employer (self-employed people have clients)."""
        return self.situation == "employed"

    @property
    def first_role(self) -> bool:
        """Looking for a first job in the field: under two years of social-media work (unanswered
        is not assumed to be none)."""
        return (
            self.social_media_work_years is not None and self.social_media_work_years < FIRST_ROLE_BELOW_YEARS
        )

    @property
    def looking_for_work(self) -> bool:
        """Out of work, or looking for a first role in the field: the job search is for them."""
        return self.situation == "job_seeking" or self.first_role

    @property
    def work_modes(self) -> frozenset[str]:
        """The ways the person works or may work: self-employed people freelance."""
        modes = {self.work_mode} if self.work_mode else set()
        if self.situation == "self_employed":
            modes.add("freelance")
        return frozenset(modes)


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


def _choice(value: Any, allowed: Any) -> Any:
    return value if isinstance(value, str) and value in get_args(allowed) else None


def read_person(answers: Mapping[str, Any], language: Language | None = None) -> Person:
    """Pick out what the analysis needs from validated answers (question id → value).

    `language` is the answer file's; it gives the country when background.country is unanswered.
    """
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
        situation=_choice(answers.get("background.situation"), Situation),
        work_mode=_choice(answers.get("background.work_mode"), WorkMode),
        country=_choice(answers.get("background.country"), Country)
        or COUNTRY_OF_LANGUAGE.get(language or "en", "other"),
        social_media_training=_choice(answers.get("education.social_media_training"), Training),
        social_media_work_years=_number(answers.get("experience.social_media_work_years")),
        network_size=_text(answers.get("background.network_size")),
        choices={q: v for q, v in answers.items() if q.startswith(SCENARIO_PREFIX) and isinstance(v, str)},
    )
