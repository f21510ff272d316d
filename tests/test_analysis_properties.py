"""Property tests: the analysis is deterministic, monotone and its plan keeps its promises."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis import Analysis, analyze
from app.analysis.path_choice import background, holds
from app.analysis.person import read_person
from app.content import Content, shipped
from app.domain.answers import check_answers
from app.domain.questionnaire import (
    LikertQuestion,
    MultiChoiceQuestion,
    NumberQuestion,
    Question,
    RankQuestion,
    SingleChoiceQuestion,
    TextQuestion,
)

CONTENT: Content = shipped()
PROFILES = sorted(CONTENT.profiles)
COMPETENCIES = CONTENT.competency_ids()


def _value(question: Question) -> st.SearchStrategy[Any]:
    if isinstance(question, NumberQuestion):
        whole = st.integers(int(question.min), int(question.max))
        if question.decimals == 0:
            return whole
        return st.one_of(
            whole, st.floats(question.min, question.max).map(lambda v: round(v, question.decimals))
        )
    if isinstance(question, LikertQuestion):
        return st.integers(1, 5)
    if isinstance(question, TextQuestion):
        return st.text(max_size=20)
    values = [o.value for o in question.options]
    if isinstance(question, SingleChoiceQuestion):
        return st.sampled_from(values)
    if isinstance(question, RankQuestion):
        return st.permutations(values).map(lambda v: v[: question.choose])
    assert isinstance(question, MultiChoiceQuestion)
    return st.lists(st.sampled_from(values), unique=True)


@st.composite
def answer_sets(draw: st.DrawFn) -> dict[str, Any]:
    """Valid answer sets: any subset of the questions, cross-field rules kept."""
    answers: dict[str, Any] = {}
    questions = CONTENT.questionnaire.questions()
    for question in questions:
        if draw(st.integers(0, 9)) == 0:  # one in ten left unanswered
            continue
        answers[question.id] = draw(_value(question))
    for question in questions:
        limit = getattr(question, "not_above", None)
        if question.id in answers and limit in answers:
            answers[question.id] = min(answers[question.id], answers[limit])
    assert check_answers(CONTENT.questionnaire, answers) == []
    return answers


profiles = st.sampled_from([None, *PROFILES])


@settings(max_examples=60, deadline=None)
@given(answer_sets(), profiles)
def test_same_answers_give_the_same_analysis(answers: dict[str, Any], profile: str | None) -> None:
    first = analyze(answers, CONTENT, profile)
    assert analyze(answers, CONTENT, profile) == first
    shuffled = dict(reversed(list(answers.items())))
    assert analyze(shuffled, CONTENT, profile).model_dump() == first.model_dump()


@settings(max_examples=80, deadline=None)
@given(answer_sets(), profiles, st.sampled_from(COMPETENCIES), st.integers(1, 4))
def test_raising_one_rating_never_raises_a_gap_nor_lowers_readiness(
    answers: dict[str, Any], profile: str | None, competency: str, step: int
) -> None:
    qid = f"competency.{competency}"
    before = analyze(answers, CONTENT, profile)
    old = answers.get(qid, 1)
    raised = answers | {qid: min(5, old + step)}
    after = analyze(raised, CONTENT, profile)
    for was, now in zip(before.competencies, after.competencies, strict=True):
        assert now.gap <= was.gap
    assert after.readiness >= before.readiness
    assert all(after.role_fit[p] >= before.role_fit[p] for p in PROFILES)


def _plan_promises(result: Analysis) -> None:
    budget, timeframe = result.hours_per_week, result.timeframe_months
    for step in result.plan:
        assert 0 <= step.start_month < step.end_month
        assert step.later == (step.end_month > timeframe)
        assert 0 < step.hours_per_week <= budget
    for month in range(max((s.end_month for s in result.plan), default=0)):
        busy = sum(s.hours_per_week for s in result.plan if s.start_month <= month < s.end_month)
        assert busy <= budget + 1e-9


@settings(max_examples=80, deadline=None)
@given(answer_sets(), profiles)
def test_every_step_fits_the_timeframe_or_is_later_and_hours_fit(
    answers: dict[str, Any], profile: str | None
) -> None:
    _plan_promises(analyze(answers, CONTENT, profile))


@settings(max_examples=80, deadline=None)
@given(answer_sets(), profiles)
def test_every_gap_is_closed_by_a_step_or_uncovered(answers: dict[str, Any], profile: str | None) -> None:
    result = analyze(answers, CONTENT, profile)
    closed = {c for s in result.plan for c in s.closes}
    for gap in result.competencies:
        if gap.gap > 0:
            assert (gap.id in closed) != (gap.id in result.uncovered)
        else:
            assert gap.id not in closed and gap.id not in result.uncovered
    assert len({s.path for s in result.plan}) == len(result.plan)
    # "uncovered" is honest: no path the person may take (degrees only come by the education rule)
    own = background(read_person(answers))
    for competency in result.uncovered:
        assert not [
            p.id
            for p in CONTENT.paths.values()
            if competency in p.closes and p.degree is None and not own & set(p.not_for_prior_fields)
        ]


@settings(max_examples=80, deadline=None)
@given(answer_sets(), profiles)
def test_no_held_degree_and_no_repeated_background(answers: dict[str, Any], profile: str | None) -> None:
    person = read_person(answers)
    result = analyze(answers, CONTENT, profile)
    own = background(person)
    for step in result.plan:
        path = CONTENT.paths[step.path]
        assert path.degree is None or not holds(person, path.degree)
        assert not own & set(path.not_for_prior_fields)


@settings(max_examples=60, deadline=None)
@given(answer_sets(), profiles)
def test_readiness_is_100_exactly_when_everything_is_met(
    answers: dict[str, Any], profile: str | None
) -> None:
    result = analyze(answers, CONTENT, profile)
    everything = all(g.gap == 0 for g in result.competencies) and all(
        b.met for b in result.benchmarks.values()
    )
    assert (result.readiness == 100) == everything
    assert result.best_fit == sorted(result.role_fit, key=lambda p: (-result.role_fit[p], p))


@pytest.mark.parametrize("profile", PROFILES)
def test_someone_at_every_target_scores_100_and_needs_no_plan(profile: str) -> None:
    role = CONTENT.profiles[profile]
    marks = role.benchmarks
    answers: dict[str, Any] = {f"competency.{c}": t.target for c, t in role.competencies.items()}
    answers |= {
        "experience.total_years": marks.total_years or 0,
        "experience.online_marketing_years": marks.online_marketing_years or 0,
        "education.level": marks.education_level or "bachelor",
        "education.field": (marks.education_fields or ["communication"])[0],
    }
    result = analyze(answers, CONTENT, profile)
    assert result.readiness == 100 and result.plan == [] and result.missing == []
    assert result.strengths == [c.id for c in result.competencies]
