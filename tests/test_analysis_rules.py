"""One test per analysis rule, each naming the article the rule comes from.

The content here is built small and on purpose, so each test shows exactly which data drives
the rule; test_analysis_examples.py runs the same rules over the shipped content.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.analysis import Analysis, UnknownProfileError, analyze
from app.content import Content
from app.domain.profiles import LearningPath, RoleProfile
from app.domain.questionnaire import Questionnaire

S0, S1, S3, S4 = (
    "000_063c86f94835940e.txt",
    "001_5114ec0e854c59e4.txt",
    "003_cc26a6b60f59819e.txt",
    "004_7286c6452518ce04.txt",
)
FACTORS = ["multidisciplinary", "risk_taking", "stakeholder_mobilisation", "passion", "customer_focus"]
COMPETENCIES = ["marketing_communication", "customer_service", "seo", "strategy_planning"]


def text(s: str) -> dict[str, str]:
    return {"sv": s, "nl": s, "en": s}


def questionnaire(expert: list[str] | None = None) -> Questionnaire:
    likert = [
        {
            "id": f"competency.{c}",
            "kind": "likert",
            "prompt": text(c),
            "short": text(c),
            "levels": [text(str(i)) for i in range(1, 6)],
            "sources": [S1],
        }
        for c in COMPETENCIES
    ]
    rank = {
        "id": "success_factors.top3",
        "kind": "rank",
        "prompt": text("top 3"),
        "options": [{"value": f, "label": text(f)} for f in FACTORS],
        "choose": 3,
        "expert_order": expert if expert is not None else FACTORS[:3],
        "sources": [S4],
    }
    return Questionnaire.model_validate(
        {
            "type": "questionnaire",
            "id": "test",
            "title": text("t"),
            "sections": [
                {"id": "competency", "title": text("c"), "questions": likert},
                {"id": "success_factors", "title": text("s"), "questions": [rank]},
            ],
        }
    )


def profile(pid: str, targets: dict[str, tuple[int, int]], **bench: Any) -> RoleProfile:
    return RoleProfile.model_validate(
        {
            "type": "role_profile",
            "id": pid,
            "title": text(pid),
            "description": text(pid),
            "competencies": {c: {"target": t, "weight": w} for c, (t, w) in targets.items()},
            "benchmarks": {"sources": [S4], **bench},
            "sources": [S0],
        }
    )


def path(pid: str, closes: list[str], months: float = 3, hours: float = 4, **extra: Any) -> LearningPath:
    return LearningPath.model_validate(
        {
            "id": pid,
            "kind": extra.pop("kind", "course"),
            "title": text(pid),
            "description": text(pid),
            "first_step": text(f"{pid}: first"),
            "done_when": text(f"{pid}: done"),
            "closes": closes,
            "duration_months": months,
            "hours_per_week": hours,
            "sources": [S0],
            **extra,
        }
    )


MANAGER = profile(
    "social_media_manager",
    {
        "marketing_communication": (4, 3),
        "customer_service": (4, 2),
        "seo": (3, 1),
        "strategy_planning": (3, 2),
    },
    total_years=5,
    online_marketing_years=2,
    education_level="bachelor",
    education_fields=["communication", "marketing"],
)
STRATEGIST = profile(
    "social_media_strategist",
    {
        "marketing_communication": (4, 2),
        "customer_service": (2, 1),
        "seo": (2, 1),
        "strategy_planning": (5, 3),
    },
    total_years=13,
    online_marketing_years=3,
    education_level="bachelor",
    education_fields=["marketing", "communication"],
)
PATHS = [
    path(
        "communication_degree",
        ["marketing_communication", "strategy_planning"],
        36,
        40,
        kind="degree",
        degree={"level": "bachelor", "field": "communication"},
        addresses=["education_level", "education_field"],
        study={
            "full_time": {"se": 36, "nl": 48, "other": 36},
            "part_time": {"se": 72, "nl": 60, "other": 72},
        },
    ),
    path(
        "marketing_degree",
        ["marketing_communication"],
        36,
        40,
        kind="degree",
        degree={"level": "bachelor", "field": "marketing"},
        addresses=["education_level", "education_field"],
        study={
            "full_time": {"se": 36, "nl": 48, "other": 36},
            "part_time": {"se": 72, "nl": 60, "other": 72},
        },
    ),
    path(
        "social_media_programme",
        ["strategy_planning", "seo"],
        12,
        15,
        kind="programme",
        addresses=["education_field"],
        skip_if_training=["certificate", "programme"],
        study={
            "full_time": {"se": 18, "nl": 24, "other": 12},
            "part_time": {"se": 36, "nl": 36, "other": 24},
        },
    ),
    path("communication_course", ["marketing_communication"], 4, 6, addresses=["education_field"]),
    path(
        "customer_service_rotation",
        ["customer_service"],
        6,
        8,
        kind="on_the_job",
        needs_employer=True,
        not_for_prior_fields=["customer_service"],
    ),
    path("shared_role_rota", ["customer_service"], 3, 3, kind="on_the_job", needs_employer=True),
    path("seo_course", ["seo"], 2, 5),
    path(
        "online_marketing_role",
        ["seo"],
        12,
        8,
        kind="on_the_job",
        needs_employer=True,
        addresses=["online_marketing_years"],
    ),
]


def content(
    profiles: list[RoleProfile] | None = None,
    paths: list[LearningPath] | None = None,
    expert: list[str] | None = None,
) -> Content:
    return Content(
        questionnaire=questionnaire(expert),
        profiles={p.id: p for p in (profiles or [MANAGER, STRATEGIST])},
        paths={p.id: p for p in (paths if paths is not None else PATHS)},
        sources={},
        files={},
    )


def rated(*levels: int, **answers: Any) -> dict[str, Any]:
    """Answers with the four competency ratings in COMPETENCIES order (0 = leave out)."""
    out = {f"competency.{c}": r for c, r in zip(COMPETENCIES, levels, strict=True) if r}
    return out | {k.replace("__", "."): v for k, v in answers.items()}


AT_TARGET: dict[str, Any] = rated(
    4,
    4,
    3,
    3,
    experience__total_years=6,
    experience__online_marketing_years=2,
    education__level="bachelor",
    education__field="communication",
)


def steps(result: Analysis) -> list[str]:
    return [s.path for s in result.plan]


# Rule 1 — per competency (S1 names the skill mix, S4 the strategist's tasks)


def test_gap_and_priority_per_competency_s1_s4() -> None:
    result = analyze(rated(2, 5, 1, 3), content())
    by_id = {c.id: c for c in result.competencies}
    assert [c.id for c in result.competencies] == COMPETENCIES
    assert (by_id["marketing_communication"].gap, by_id["marketing_communication"].priority) == (2, 6)
    assert (by_id["customer_service"].gap, by_id["customer_service"].priority) == (
        0,
        0,
    )  # above target: no gap
    assert (by_id["seo"].gap, by_id["seo"].priority) == (2, 2)
    assert by_id["strategy_planning"].gap == 0


def test_missing_rating_counts_as_lowest_and_is_listed_s1() -> None:
    result = analyze(rated(0, 4, 0, 3), content())
    by_id = {c.id: c for c in result.competencies}
    assert by_id["marketing_communication"].rating == 1 and by_id["marketing_communication"].missing
    assert by_id["marketing_communication"].gap == 3
    assert result.missing == ["competency.marketing_communication", "competency.seo"]
    assert not by_id["customer_service"].missing


# Rule 2 — benchmarks (S4: 13 years, 3 in online marketing, a bachelor's in marketing or communication)


def test_strategist_benchmarks_from_s4() -> None:
    answers = rated(
        4, 4, 3, 3,
        experience__total_years=10,
        experience__online_marketing_years=4,
        education__level="master",
        education__field="business",
    )  # fmt: skip
    marks = analyze(answers, content(), "social_media_strategist").benchmarks
    assert marks["total_years"].model_dump(include={"value", "target", "met", "gap"}) == {
        "value": 10,
        "target": 13,
        "met": False,
        "gap": 3,
    }
    assert marks["online_marketing_years"].met and marks["online_marketing_years"].gap == 0
    assert marks["education_level"].met  # a master's is at least a bachelor's
    assert not marks["education_field"].met
    assert marks["education_field"].target == ["marketing", "communication"]
    assert marks["total_years"].sources == [S4]


def test_unanswered_benchmarks_are_not_met_s4() -> None:
    marks = analyze(rated(4, 4, 3, 3), content(), "social_media_strategist").benchmarks
    assert marks["total_years"].value is None and marks["total_years"].gap == 13
    assert not marks["education_level"].met and not marks["education_field"].met


# Rule 3 — success factors (S4: multidisciplinary, risk-taking, mobilising stakeholders)


def test_success_factor_overlap_and_ratings_s4() -> None:
    answers = rated(
        4, 4, 3, 3,
        success_factors__top3=["passion", "stakeholder_mobilisation", "multidisciplinary"],
        **{"success_factors.rating.risk_taking": 2},
    )  # fmt: skip
    factors = analyze(answers, content()).success_factors
    assert factors.expert_top3 == ["multidisciplinary", "risk_taking", "stakeholder_mobilisation"]
    assert factors.overlap == 2
    assert factors.shared == ["multidisciplinary", "stakeholder_mobilisation"]
    # The factor ratings are retired (they fed nothing and asked stakeholders twice): ignored.
    assert factors.ratings == {}
    assert factors.sources == [S4]


def test_expert_order_comes_from_the_questionnaire_data_s4() -> None:
    answers = rated(4, 4, 3, 3, success_factors__top3=["passion", "customer_focus", "risk_taking"])
    assert analyze(answers, content()).success_factors.overlap == 1
    other = content(expert=["passion", "customer_focus", "risk_taking"])
    assert analyze(answers, other).success_factors.overlap == 3


# Rule 4 — strengths, readiness and fit (targets and benchmarks from S0, S1, S3, S4)


def test_strengths_are_ratings_at_or_above_target_s1() -> None:
    result = analyze(rated(4, 5, 2, 1), content())
    assert result.strengths == ["marketing_communication", "customer_service"]


def test_readiness_is_100_only_when_every_target_and_benchmark_is_met_s4() -> None:
    assert analyze(AT_TARGET, content()).readiness == 100
    short_of_years = AT_TARGET | {"experience.total_years": 4.9, "experience.online_marketing_years": 2}
    assert analyze(short_of_years, content()).readiness == 99
    one_level_short = AT_TARGET | {"competency.seo": 2}  # weight 1 of 29 weighted levels
    assert analyze(one_level_short, content()).readiness == int(100 * (0.75 * 28 / 29 + 0.25))
    wrong_field = AT_TARGET | {"education.field": "it"}
    assert analyze(wrong_field, content()).readiness == int(100 * (0.75 + 0.25 * 3 / 4))


def test_readiness_follows_its_definition() -> None:
    # competencies: weights 3,2,1,2 × min(rating, target) = 3·2 + 2·4 + 1·1 + 2·3 = 21 of 3·4+2·4+1·3+2·3 = 29
    # benchmarks: 1/5 years + 0 online marketing + level met + field not met = 1.2 / 4
    answers = rated(
        2, 5, 1, 3,
        experience__total_years=1,
        experience__online_marketing_years=0,
        education__level="bachelor",
        education__field="other",
    )  # fmt: skip
    assert analyze(answers, content()).readiness == int(100 * (0.75 * 21 / 29 + 0.25 * 1.2 / 4))


def test_role_fit_is_readiness_for_every_profile_s0_s4() -> None:
    result = analyze(AT_TARGET, content())
    assert set(result.role_fit) == {"social_media_manager", "social_media_strategist"}
    assert result.role_fit["social_media_manager"] == result.readiness == 100
    assert result.role_fit["social_media_strategist"] < 100


def test_best_fit_follows_strong_points_not_the_lowest_bar_s4() -> None:
    """Strategy strong, customer service weak: the strategist's distinctive demand; the reverse
    points to the manager."""
    strategic = analyze(rated(3, 1, 2, 5, experience__total_years=14, education__level="bachelor"), content())
    service = analyze(rated(3, 5, 2, 1, experience__total_years=2, education__level="bachelor"), content())
    assert strategic.best_fit[0] == "social_media_strategist"
    assert service.best_fit[0] == "social_media_manager"


def test_unknown_profile_is_a_clear_value_error() -> None:
    with pytest.raises(UnknownProfileError, match=r"'head_of_social'.*social_media_manager") as err:
        analyze(AT_TARGET, content(), "head_of_social")
    assert isinstance(err.value, ValueError)
    with pytest.raises(UnknownProfileError):
        analyze(AT_TARGET | {"goals.target_role": "nobody"}, content())


def test_profile_defaults_to_target_role_then_social_media_manager() -> None:
    assert analyze(AT_TARGET, content()).profile == "social_media_manager"
    chosen = AT_TARGET | {"goals.target_role": "social_media_strategist"}
    assert analyze(chosen, content()).profile == "social_media_strategist"
    assert analyze(chosen, content(), "social_media_manager").profile == "social_media_manager"


# Rule 5 — education as a decision (S0, S4), never a timeline step


def test_little_experience_without_degree_is_pointed_to_communication_degree_s0() -> None:
    answers = rated(2, 2, 1, 1, experience__total_years=2, education__level="upper_secondary")
    result = analyze(answers, content())
    assert result.education.advice == "degree"
    assert result.education.benchmarks == ["education_level", "education_field"]
    assert [(o.path, o.study, o.months) for o in result.education.options] == [
        ("communication_degree", "full_time", 36),
        ("communication_degree", "part_time", 72),
        ("social_media_programme", "full_time", 12),
        ("social_media_programme", "part_time", 24),
    ]
    assert not {"communication_degree", "marketing_degree", "social_media_programme"} & set(steps(result))


def test_country_gives_the_study_lengths() -> None:
    answers = rated(2, 2, 1, 1, experience__total_years=2, education__level="upper_secondary")
    dutch = analyze(answers | {"background.country": "nl"}, content()).education
    assert dutch.country == "nl" and dutch.options[0].months == 48
    assert analyze(answers, content(), language="nl").education.country == "nl"
    assert analyze(answers, content(), language="sv").education.options[0].months == 36


def test_long_experience_without_degree_gets_shorter_programme_or_course_s0_s4() -> None:
    answers = rated(3, 2, 1, 1, education__level="upper_secondary")
    middle = analyze(answers | {"experience.total_years": 5}, content()).education
    assert middle.advice == "programme" and middle.options[0].path == "social_media_programme"
    long = analyze(answers | {"experience.total_years": 12}, content())
    assert long.education.advice == "course" and long.education.options[0].path == "communication_course"
    assert "communication_degree" not in {o.path for o in long.education.options}


def test_degree_in_another_field_gets_a_course_early_and_nothing_later_s0_s4() -> None:
    early = rated(2, 2, 1, 1, experience__total_years=2, education__level="bachelor", education__field="it")
    result = analyze(early, content())
    assert result.education.advice == "course"
    assert result.education.benchmarks == ["education_field"]
    assert [o.path for o in result.education.options] == ["communication_course"]
    # later in a working life, or with a master's, the other field is a background to build on
    for answers in (early | {"experience.total_years": 6}, early | {"education.level": "master"}):
        later = analyze(answers, content()).education
        assert later.advice == "none" and later.options == [] and later.benchmarks == []


def test_nobody_is_sent_to_a_degree_they_hold_s0() -> None:
    for level in ("bachelor", "master", "doctorate"):
        answers = rated(
            1, 1, 1, 1, experience__total_years=1, education__level=level, education__field="communication"
        )
        result = analyze(answers, content(), "social_media_strategist")
        assert result.education.advice == "none" and result.education.options == []
    # a profile asking for a master's: the bachelor they hold is not offered again
    master = profile(
        "social_media_manager", {"seo": (3, 1)}, education_level="master", education_fields=["communication"]
    )
    answers = rated(
        1, 1, 1, 1, experience__total_years=1, education__level="bachelor", education__field="communication"
    )
    result = analyze(answers, content([master]))
    assert "communication_degree" not in {o.path for o in result.education.options}


def test_completed_social_media_programme_is_not_offered_again_s0() -> None:
    answers = rated(
        2, 2, 1, 1, experience__total_years=4, education__level="upper_secondary",
        education__social_media_training="programme",
    )  # fmt: skip
    result = analyze(answers, content())
    assert "social_media_programme" not in {o.path for o in result.education.options}
    assert result.education.advice == "course"


# Rule 6 — the plan: background (S3), situation (S0), gaps, calendar


@pytest.mark.parametrize(
    "background",
    [{"background.prior_fields": ["customer_service"]}, {"experience.customer_service_years": 1}],
)
def test_customer_service_background_is_built_on_not_repeated_s3(background: dict[str, Any]) -> None:
    rotation = path(
        "customer_service_rotation", ["customer_service"], 2, 2, not_for_prior_fields=["customer_service"]
    )
    catalogue = [rotation, path("shared_role_rota", ["customer_service"], 3, 3)]
    answers = AT_TARGET | {"competency.customer_service": 1}
    assert "customer_service_rotation" in steps(analyze(answers, content(paths=catalogue)))
    # the same gap, with the background: still worked on, by a path that does not repeat the basics
    assert steps(analyze(answers | background, content(paths=catalogue))) == ["shared_role_rota"]


@pytest.mark.parametrize("situation", [None, "self_employed", "studying", "job_seeking", "other"])
def test_only_someone_employed_gets_steps_that_need_an_employer_s0(situation: str | None) -> None:
    catalogue = [
        path("rota", ["customer_service"], 3, 3, kind="on_the_job", needs_employer=True),
        path("volunteering", ["customer_service"], 3, 3, kind="placement"),
    ]
    answers = AT_TARGET | {"competency.customer_service": 2, "experience.social_media_work_years": 3}
    employed = analyze(answers | {"background.situation": "employed"}, content(paths=catalogue))
    assert steps(employed) == ["rota", "volunteering"]  # the job first (alphabetical ties aside)
    other = answers | ({"background.situation": situation} if situation else {})
    result = analyze(other, content(paths=catalogue))
    assert steps(result) == ["volunteering"] and not result.plan[0].needs_employer


def test_steps_are_pitched_at_the_persons_level() -> None:
    catalogue = [
        path("intro_course", ["strategy_planning"], 2, 3, start_levels=[1, 3]),
        path("write_the_strategy", ["strategy_planning"], 2, 3, start_levels=[3, 5]),
    ]
    beginner = analyze(
        AT_TARGET | {"competency.strategy_planning": 1},
        content([STRATEGIST], catalogue),
        "social_media_strategist",
    )
    # level 1 → the course (to 2); 2 is still below the project's level: nothing more
    assert steps(beginner) == ["intro_course"] and beginner.after_plan == []
    middle = analyze(
        AT_TARGET | {"competency.strategy_planning": 2},
        content([STRATEGIST], catalogue),
        "social_media_strategist",
    )
    # level 2 → the course to 3, then the project, after the course
    by_path = {s.path: s for s in middle.plan}
    assert set(by_path) == {"intro_course", "write_the_strategy"}
    assert by_path["write_the_strategy"].start_month >= by_path["intro_course"].end_month
    expert = analyze(
        AT_TARGET | {"competency.strategy_planning": 4},
        content([STRATEGIST], catalogue),
        "social_media_strategist",
    )
    assert steps(expert) == ["write_the_strategy"]


def test_each_step_names_its_gaps_sources_and_reasons_s1() -> None:
    result = analyze(AT_TARGET | {"competency.seo": 1}, content())
    [step] = result.plan
    assert step.path == "seo_course" and step.closes == ["seo"] and step.priority == 2
    assert step.why == ["top_gap", "gap"] and step.kind == "course" and not step.needs_employer
    assert step.sources == [S0] and (step.start_month, step.end_month) == (0, 2)


def test_unmet_benchmark_adds_its_reason_to_a_step_that_works_on_gaps_s4() -> None:
    answers = AT_TARGET | {
        "experience.online_marketing_years": 0,
        "competency.seo": 2,
        "background.situation": "employed",
    }
    result = analyze(answers | {"goals.hours_per_week": 8}, content())
    by_path = {s.path: s for s in result.plan}
    assert "benchmark:online_marketing_years" in by_path["online_marketing_role"].why
    assert all(s.closes for s in result.plan)


def test_gap_that_no_path_works_on_is_listed_as_uncovered() -> None:
    result = analyze(rated(4, 4, 1, 1), content(paths=[path("seo_course", ["seo"])]))
    assert steps(result) == ["seo_course"]
    assert result.uncovered == ["strategy_planning"]


def test_steps_run_in_parallel_while_hours_fit_then_one_after_another() -> None:
    catalogue = [path("seo_course", ["seo"], 2, 3), path("strategy_course", ["strategy_planning"], 4, 3)]
    answers = rated(4, 4, 1, 1, goals__hours_per_week=6)
    both = {s.path: (s.start_month, s.end_month) for s in analyze(answers, content(paths=catalogue)).plan}
    assert both == {"strategy_course": (0, 4), "seo_course": (0, 2)}
    answers["goals.hours_per_week"] = 5
    serial = {s.path: (s.start_month, s.end_month) for s in analyze(answers, content(paths=catalogue)).plan}
    assert serial == {"strategy_course": (0, 4), "seo_course": (4, 6)}


def test_practice_runs_slower_at_the_persons_pace_a_course_keeps_its_own() -> None:
    practice = [path("seo_practice", ["seo"], 2, 10, kind="self_study")]
    [step] = analyze(rated(4, 4, 1, 3, goals__hours_per_week=5), content(paths=practice)).plan
    assert (step.start_month, step.end_month, step.hours_per_week) == (0, 4, 5)
    course = [path("seo_course", ["seo"], 2, 10, fixed_pace=True)]
    result = analyze(rated(4, 4, 1, 3, goals__hours_per_week=5), content(paths=course))
    assert result.plan == []
    [later] = result.after_plan
    assert (later.path, later.months, later.needs_hours_per_week) == ("seo_course", 2, 10)


def test_the_largest_gap_is_served_first_and_what_does_not_fit_comes_after_the_plan() -> None:
    catalogue = [path("strategy_course", ["strategy_planning"], 8, 4), path("seo_course", ["seo"], 4, 4)]
    answers = rated(4, 4, 1, 1, goals__timeframe_months="6", goals__hours_per_week=4)
    result = analyze(answers, content([STRATEGIST], catalogue), "social_media_strategist")
    assert result.timeframe_months == 6
    # strategy (priority 12) does not fit 6 months; SEO (1) does: it is planned, strategy follows
    assert steps(result) == ["seo_course"]
    assert [(a.path, a.months) for a in result.after_plan] == [("strategy_course", 8)]
    longer = analyze(
        answers | {"goals.timeframe_months": "12"},
        content([STRATEGIST], catalogue),
        "social_media_strategist",
    )
    assert longer.plan[0].path == "strategy_course" and longer.plan[0].start_month == 0


def test_too_few_ratings_give_no_plan() -> None:
    result = analyze(rated(2, 2, 2, 0), content())
    assert result.plan_status == "too_few_answers" and result.plan == []
    assert result.missing == ["competency.strategy_planning"]


def test_goal_defaults_are_12_months_and_5_hours() -> None:
    result = analyze(AT_TARGET, content())
    assert (result.timeframe_months, result.hours_per_week) == (12, 5)


def test_unvalidated_ratings_are_kept_in_range_not_fatal() -> None:
    result = analyze(
        rated(9, 0, 3, 3) | {"competency.customer_service": -2, "goals.hours_per_week": 0}, content()
    )
    by_id = {c.id: c for c in result.competencies}
    assert by_id["marketing_communication"].rating == 5 and by_id["customer_service"].rating == 1
    assert result.hours_per_week == 5


def test_a_course_that_works_on_no_gap_is_never_the_education_advice_s0() -> None:
    """The field course teaches marketing and communication; someone already at that target
    with a degree in another field early in their career is not sent to it."""
    answers = rated(4, 2, 1, 1, experience__total_years=1, education__level="bachelor", education__field="it")
    result = analyze(answers, content())
    assert result.education.advice == "none" and result.education.options == []
    assert "communication_course" not in steps(result)
