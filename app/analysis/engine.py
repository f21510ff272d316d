"""`analyze`: one answer set against one role profile, plus the fit to every other profile."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.analysis.calibration import Evidence, calibrate
from app.analysis.education import education
from app.analysis.fit import best_fit
from app.analysis.person import DEFAULT_PROFILE, read_person
from app.analysis.plan import Plan, build_plan
from app.analysis.result import Analysis, Calibration, CalibrationFlag, ScenarioSummary
from app.analysis.scoring import benchmarks, competency_gaps, readiness
from app.analysis.success_factors import success_factors
from app.domain.answers import AnswerFile, Observer
from app.domain.content import Content
from app.domain.profiles import BenchmarkId
from app.domain.text import Language

MIN_RATED_FOR_PLAN = 15
"""With fewer competencies rated than this (of 20), a plan would be invented: ask instead."""
EXPERIENCE_BENCHMARKS: tuple[BenchmarkId, ...] = ("total_years", "online_marketing_years")
TIMELINE_EDUCATION: dict[str, tuple[BenchmarkId, ...]] = {"course": ("education_field",)}
"""Which unmet education benchmarks timeline steps may work towards, by the education advice:
with a course as the advice, a course on the timeline works towards the field; a degree or
programme is a decision of its own, never a step."""


class UnknownProfileError(ValueError):
    """The requested role profile is not in the content."""

    def __init__(self, profile_id: str, known: list[str]):
        super().__init__(f"unknown role profile '{profile_id}'; known: {', '.join(known)}")
        self.profile_id = profile_id
        self.known = known


def analyze(
    answers: Mapping[str, Any],
    content: Content,
    profile_id: str | None = None,
    language: Language | None = None,
    observer: Observer | None = None,
) -> Analysis:
    """The analysis of validated answers (question id → value) against a role profile.

    The profile is `profile_id`, else the answer to goals.target_role, else social_media_manager.
    `language` is the answer file's (it gives the country when that is unanswered); `observer`
    is the answer file's observer block, whose ratings the self-ratings are checked against.
    Pure and deterministic: the same answers and content always give the same result.
    """
    person = read_person(answers, language)
    chosen = profile_id or person.target_role or DEFAULT_PROFILE
    profile = content.profiles.get(chosen)
    if profile is None:
        raise UnknownProfileError(chosen, sorted(content.profiles))
    competency_ids = content.competency_ids()
    evidence = calibrate(
        person,
        content.questionnaire,
        competency_ids,
        observer.competency_ratings() if observer is not None else None,
    )
    all_gaps = {
        pid: competency_gaps(p, person, competency_ids, evidence)
        for pid, p in sorted(content.profiles.items())
    }
    all_marks = {pid: benchmarks(p, person) for pid, p in sorted(content.profiles.items())}
    fit = {pid: readiness(all_gaps[pid], all_marks[pid]) for pid in all_gaps}
    gaps, marks = all_gaps[profile.id], all_marks[profile.id]
    study = education(profile, person, marks, content.paths, [g.id for g in gaps if g.gap_checked > 0])
    missing = [f"competency.{g.id}" for g in gaps if g.missing]
    enough = len(gaps) - len(missing) >= min(MIN_RATED_FOR_PLAN, len(gaps))
    plan = (
        build_plan(
            person,
            gaps,
            marks,
            content.paths,
            EXPERIENCE_BENCHMARKS + TIMELINE_EDUCATION.get(study.advice, ()),
        )
        if enough
        else Plan([], [], [])
    )
    return Analysis(
        profile=profile.id,
        readiness=fit[profile.id],
        readiness_checked=readiness(gaps, marks, checked=True),
        competencies=gaps,
        calibration=_calibration(evidence, observer),
        benchmarks=marks,
        success_factors=success_factors(content.questionnaire, person),
        strengths=[g.id for g in gaps if g.rating >= g.target and not g.missing],
        role_fit=fit,
        best_fit=best_fit(content.profiles, gaps, person, all_marks, fit),
        plan_status="ok" if enough else "too_few_answers",
        plan=plan.steps,
        after_plan=plan.after,
        education=study,
        uncovered=plan.uncovered,
        timeframe_months=person.timeframe_months,
        hours_per_week=person.hours_per_week,
        missing=missing,
    )


def analyze_file(answer_file: AnswerFile, content: Content, profile_id: str | None = None) -> Analysis:
    """`analyze` of a loaded answer file: its answers, language and observer."""
    return analyze(answer_file.answers, content, profile_id, answer_file.language, answer_file.observer)


def _calibration(evidence: Evidence, observer: Observer | None) -> Calibration:
    return Calibration(
        flags=[CalibrationFlag(competency=f.competency, reason=f.reason) for f in evidence.flags],
        scenarios=ScenarioSummary(answered=evidence.scenarios_answered, score=evidence.scenario_score),
        observer_role=observer.role if observer is not None else None,
    )
