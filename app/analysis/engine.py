"""`analyze`: one answer set against one role profile, plus the fit to every other profile."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.analysis.path_choice import choose_paths
from app.analysis.person import DEFAULT_PROFILE, Person, read_person
from app.analysis.result import Analysis
from app.analysis.schedule import schedule
from app.analysis.scoring import benchmarks, competency_gaps, readiness
from app.analysis.success_factors import success_factors
from app.content import Content
from app.domain.profiles import RoleProfile


class UnknownProfileError(ValueError):
    """The requested role profile is not in the content."""

    def __init__(self, profile_id: str, known: list[str]):
        super().__init__(f"unknown role profile '{profile_id}'; known: {', '.join(known)}")
        self.profile_id = profile_id
        self.known = known


def _readiness(profile: RoleProfile, person: Person, competency_ids: list[str]) -> int:
    return readiness(competency_gaps(profile, person, competency_ids), benchmarks(profile, person))


def analyze(answers: Mapping[str, Any], content: Content, profile_id: str | None = None) -> Analysis:
    """The analysis of validated answers (question id → value) against a role profile.

    The profile is `profile_id`, else the answer to goals.target_role, else social_media_manager.
    Pure and deterministic: the same answers and content always give the same result.
    """
    person = read_person(answers)
    chosen = profile_id or person.target_role or DEFAULT_PROFILE
    profile = content.profiles.get(chosen)
    if profile is None:
        raise UnknownProfileError(chosen, sorted(content.profiles))
    competency_ids = content.competency_ids()
    gaps = competency_gaps(profile, person, competency_ids)
    marks = benchmarks(profile, person)
    fit = {pid: _readiness(p, person, competency_ids) for pid, p in sorted(content.profiles.items())}
    fit[profile.id] = readiness(gaps, marks)
    choices, uncovered = choose_paths(profile, person, gaps, marks, content.paths)
    return Analysis(
        profile=profile.id,
        readiness=fit[profile.id],
        competencies=gaps,
        benchmarks=marks,
        success_factors=success_factors(content.questionnaire, person),
        strengths=[g.id for g in gaps if g.rating >= g.target],
        role_fit=fit,
        best_fit=sorted(fit, key=lambda pid: (-fit[pid], pid)),
        plan=schedule(choices, person.timeframe_months, person.hours_per_week),
        uncovered=uncovered,
        timeframe_months=person.timeframe_months,
        hours_per_week=person.hours_per_week,
        missing=[f"competency.{g.id}" for g in gaps if g.missing],
    )
