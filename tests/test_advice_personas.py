"""Advice a career counsellor would sign: one realistic person per test.

Each test first says, in plain words, what a good career counsellor would advise this person;
the assertions then hold the engine to exactly that. The people are ours (not from any
review); the shipped content is used, so a change in paths or profiles that turns the advice
into something a counsellor would cross out fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.analysis import Analysis, analyze
from app.content import Content, shipped
from app.domain.text import Language

COMPETENCIES = [
    "marketing_communication", "customer_service", "technical_platforms", "seo", "psychology",
    "community_building", "data_analytics", "business_strategy", "networking", "crisis_management",
    "judgement", "industry_knowledge", "audience_insight", "collaboration", "content_creation",
    "strategy_planning", "trend_monitoring", "roi_measurement", "stakeholder_mobilisation",
    "training_others",
]  # fmt: skip
ADVANCED_STEPS = {
    "guidelines_project",
    "internal_training_project",
    "workshop_for_others",
    "ambassador_programme",
}
"""Level-5 work (writing the organisation's rules, teaching others): never for beginners."""


@pytest.fixture(scope="module")
def content() -> Content:
    return shipped()


def person(base: int, ratings: dict[str, int] | None = None, **answers: Any) -> dict[str, Any]:
    """An answer set: every competency at `base` except `ratings`, plus the given answers
    (keys with `__` for the dot: experience__total_years → experience.total_years)."""
    out: dict[str, Any] = {f"competency.{c}": base for c in COMPETENCIES}
    out |= {f"competency.{c}": r for c, r in (ratings or {}).items()}
    out |= {k.replace("__", "."): v for k, v in answers.items()}
    return out


def run(content: Content, answers: dict[str, Any], language: Language = "en") -> Analysis:
    return analyze(answers, content, language=language)


def paths_of(a: Analysis) -> list[str]:
    return [s.path for s in a.plan]


def check_plan_is_sound(a: Analysis, *, employed: bool) -> None:
    """What every plan must be, whoever it is for."""
    tf, budget = a.timeframe_months, a.hours_per_week
    for step in a.plan:
        assert 0 <= step.start_month < step.end_month <= tf, step
        assert bool(step.closes) != (step.path == "job_search"), f"{step.path}: closes {step.closes}"
        assert step.kind not in ("degree", "programme"), f"{step.path} is an education decision, not a step"
        assert employed or not step.needs_employer, f"{step.path} needs an employer"
    for month in range(tf):
        load = sum(s.hours_per_week for s in a.plan if s.start_month <= month < s.end_month)
        assert load <= budget + 1e-9, f"month {month}: {load} h a week of {budget}"
    top = max(a.competencies, key=lambda g: (g.priority_checked, g.weight))
    if top.priority_checked and a.plan_status == "ok":
        assert any(top.id in s.closes for s in a.plan) or any(top.id in s.closes for s in a.after_plan)


def test_school_leaver_looking_for_work_gets_a_degree_decision_and_a_way_in(content: Content) -> None:
    """Ella, 19, left upper secondary school last spring, half a year in a shop, no job now,
    10 hours a week for a year, wants to become a social media manager in Sweden.

    A counsellor: "Your main decision is whether to study: a bachelor's in communication is
    three years full-time (CSN funds it) — or a shorter yrkeshögskola programme. Alongside,
    get real experience without an employer: volunteer for a club, run an account for a local
    business; and keep applying all year, under all the job titles. Nothing at work, you have
    no employer; nothing advanced like writing company guidelines."
    """
    a = run(
        content,
        person(
            2,
            {"content_creation": 3, "technical_platforms": 3},
            background__situation="job_seeking",
            background__work_mode="undecided",
            experience__total_years=0.5,
            experience__social_media_work_years=0,
            education__level="upper_secondary",
            education__field="other",
            education__social_media_training="none",
            goals__target_role="social_media_manager",
            goals__timeframe_months="12",
            goals__hours_per_week=10,
        ),
        "sv",
    )
    check_plan_is_sound(a, employed=False)
    assert a.education.advice == "degree"
    assert set(a.education.benchmarks) == {"education_level", "education_field"}
    degree = [o for o in a.education.options if o.path == "communication_degree"]
    assert {(o.study, o.months) for o in degree} == {("full_time", 36), ("part_time", 72)}
    assert any(o.path == "social_media_programme" for o in a.education.options)
    kinds = {s.kind for s in a.plan}
    assert "placement" in kinds
    assert not kinds & {"on_the_job"}
    search = next(s for s in a.plan if s.path == "job_search")
    assert (search.start_month, search.end_month) == (0, 12) and "job_seeking" in search.why
    assert not set(paths_of(a)) & ADVANCED_STEPS


def test_pupil_going_on_to_full_time_study_does_small_steps_beside_school(content: Content) -> None:
    """Sam, 18, still at upper secondary school, 5 hours a week, a year, community manager.

    A counsellor: "Study comes first: community managers are typically asked for a vocational
    qualification, so a programme such as a yrkeshögskola or mbo-4 route — no degree needed —
    and first you finish school. Beside school, at 5 hours a week: volunteer for a club's
    channels. An internship needs more hours than you have now — that is for later. No
    freelancing course: you have not said you want to freelance."
    """
    a = run(
        content,
        person(
            2,
            {"community_building": 3},
            background__situation="studying",
            experience__total_years=0,
            education__level="compulsory",
            goals__target_role="community_manager",
            goals__timeframe_months="12",
            goals__hours_per_week=5,
        ),
    )
    check_plan_is_sound(a, employed=False)
    assert a.education.advice == "programme"
    assert "communication_degree" not in {o.path for o in a.education.options}
    assert "volunteer_social_media" in paths_of(a)
    assert "traineeship" not in paths_of(a)
    later = {s.path: s for s in a.after_plan}
    assert later["traineeship"].needs_hours_per_week == 16
    assert "freelance_basics" not in paths_of(a)
    assert all(s.hours_per_week <= 5 for s in a.plan)


def test_job_seeking_masters_graduate_needs_experience_not_more_school(content: Content) -> None:
    """Noor, 26, master's in communication, half a year of work, looking for a job, 25 hours a
    week for 6 months, social media manager.

    A counsellor: "No more studying — your degree is exactly what the role asks. You need
    experience: an internship or traineeship now, a portfolio project, and apply from month 4.
    Nothing that assumes you have an employer."
    """
    a = run(
        content,
        person(
            3,
            {"marketing_communication": 4, "psychology": 4, "data_analytics": 2, "roi_measurement": 2},
            background__situation="job_seeking",
            experience__total_years=0.5,
            experience__social_media_work_years=0.5,
            education__level="master",
            education__field="communication",
            education__social_media_training="short_course",
            goals__timeframe_months="6",
            goals__hours_per_week=25,
        ),
    )
    check_plan_is_sound(a, employed=False)
    assert a.education.advice == "none" and a.education.options == []
    assert {"traineeship", "job_search"} <= set(paths_of(a))
    assert not any(s.needs_employer for s in a.plan)
    assert not any(s.kind == "course" and s.path == "communication_course" for s in a.plan)


def test_freelancer_gets_client_work_and_a_course_not_colleagues(content: Content) -> None:
    """Mira, self-employed for six years with a business degree, 8 hours a week for a year,
    social media manager.

    A counsellor: "You have clients, not colleagues: build the skills on client work (a real
    account, measured). Your business degree and six years are a background to build on: no
    more study, never a second degree. Six years in business: no course on starting as a
    freelancer."
    """
    a = run(
        content,
        person(
            3,
            {"business_strategy": 2, "customer_service": 2, "crisis_management": 2, "content_creation": 4},
            background__situation="self_employed",
            background__work_mode="freelance",
            experience__total_years=6,
            experience__social_media_work_years=2,
            education__level="bachelor",
            education__field="business",
            goals__timeframe_months="12",
            goals__hours_per_week=8,
        ),
    )
    check_plan_is_sound(a, employed=False)
    assert a.education.advice == "none" and a.education.options == []
    assert "freelance_basics" not in paths_of(a)
    assert "client_account_project" in paths_of(a)
    assert not any(s.needs_employer for s in a.plan)
    assert "job_search" not in paths_of(a)  # two years in the field: no first-role search


def test_customer_service_agent_builds_on_customer_service_and_starts_with_community(
    content: Content,
) -> None:
    """Elin, 3 years in customer service at an energy company (employed), upper secondary
    school, 10 hours a week for two years, aiming at community manager.

    A counsellor: "Your customer service is the strength the role needs most (S3) — no course
    in it. Start with the community work, your largest gap, in the first months, at work.
    The role typically asks for a vocational qualification: a one- to two-year programme, full-
    or part-time, answers it; no degree is needed."
    """
    a = run(
        content,
        person(
            2,
            {
                "customer_service": 5,
                "psychology": 3,
                "judgement": 3,
                "industry_knowledge": 4,
                "community_building": 1,
            },
            background__situation="employed",
            background__work_mode="employed",
            background__prior_fields=["customer_service"],
            experience__total_years=3,
            experience__customer_service_years=3,
            experience__social_media_work_years=0,
            education__level="upper_secondary",
            education__field="other",
            goals__target_role="community_manager",
            goals__timeframe_months="24",
            goals__hours_per_week=10,
        ),
        "sv",
    )
    check_plan_is_sound(a, employed=True)
    assert "customer_service_rotation" not in paths_of(a)
    community = [s for s in a.plan if "community_building" in s.closes]
    assert community and min(s.start_month for s in community) == 0
    assert "top_gap" in community[0].why
    assert a.education.advice == "programme"
    assert a.education.options[0].path == "social_media_programme"
    assert {(o.path, o.study) for o in a.education.options} == {
        ("social_media_programme", "full_time"),
        ("social_media_programme", "part_time"),
    }


def test_journalist_moving_into_digital_communication_needs_a_course_not_a_degree(content: Content) -> None:
    """Jonas, 10 years as a journalist, bachelor's in journalism, employed, 6 hours a week for
    a year, digital communications specialist.

    A counsellor: "You write and judge better than most. Ten years and a journalism degree are
    a background to build on: no more study. Work on SEO and the platforms at your own
    newsroom."
    """
    a = run(
        content,
        person(
            3,
            {
                "content_creation": 5,
                "judgement": 4,
                "seo": 1,
                "technical_platforms": 2,
                "marketing_communication": 3,
            },
            background__situation="employed",
            background__prior_fields=["journalism"],
            experience__total_years=10,
            experience__social_media_work_years=1,
            education__level="bachelor",
            education__field="journalism",
            goals__target_role="digital_communicator",
            goals__timeframe_months="12",
            goals__hours_per_week=6,
        ),
    )
    check_plan_is_sound(a, employed=True)
    assert a.education.advice == "none"
    assert "seo" in {c for s in a.plan for c in s.closes}
    assert "content_creation_course" not in paths_of(a)


def test_it_developer_is_not_taught_the_platforms_again(content: Content) -> None:
    """Ali, 8 years as a developer, bachelor's in IT, employed, 5 hours a week, social media
    manager.

    A counsellor: "The technical side is yours already. Start with customer communication and
    crisis handling. Your IT degree and eight years are enough schooling."
    """
    a = run(
        content,
        person(
            2,
            {"technical_platforms": 5, "data_analytics": 4, "seo": 4},
            background__situation="employed",
            background__prior_fields=["it"],
            experience__total_years=8,
            experience__social_media_work_years=0,
            education__level="bachelor",
            education__field="it",
            goals__timeframe_months="12",
            goals__hours_per_week=5,
        ),
    )
    check_plan_is_sound(a, employed=True)
    assert "platform_api_self_study" not in paths_of(a)
    assert "technical_platforms" not in {c for s in a.plan for c in s.closes}
    assert a.education.advice == "none"


def test_experienced_marketer_without_a_degree_is_not_sent_back_to_university(content: Content) -> None:
    """Karin, 15 years in marketing, upper secondary school only, employed, 6 hours a week
    for a year, social media manager.

    A counsellor: "Fifteen years count for more than a diploma here. A course, if anything,
    for the education benchmark; spend your hours on the social-media skills."
    """
    a = run(
        content,
        person(
            2,
            {
                "marketing_communication": 5,
                "business_strategy": 4,
                "strategy_planning": 4,
                "collaboration": 4,
            },
            background__situation="employed",
            background__prior_fields=["marketing"],
            experience__total_years=15,
            experience__online_marketing_years=4,
            experience__social_media_work_years=1,
            education__level="upper_secondary",
            education__field="marketing",
            goals__timeframe_months="12",
            goals__hours_per_week=6,
        ),
        "sv",
    )
    check_plan_is_sound(a, employed=True)
    assert a.education.advice == "course"
    assert a.education.benchmarks == ["education_level"]
    assert all(o.study == "part_time" for o in a.education.options)
    assert "communication_degree" not in {o.path for o in a.education.options}


def test_senior_pr_head_is_told_strategist_and_gets_a_short_focused_plan(content: Content) -> None:
    """Birgitta, 56, head of PR for 30 years, master's in communication, employed, 4 hours a
    week for a year, aiming at social media strategist.

    A counsellor: "Strategist is your title, not digital communicator. No education needed.
    At 4 hours a week: the measurement of social media and data first, on the job; nothing
    introductory for what you already do well."
    """
    a = run(
        content,
        person(
            4,
            {
                "strategy_planning": 5,
                "stakeholder_mobilisation": 5,
                "business_strategy": 5,
                "collaboration": 5,
                "networking": 5,
                "judgement": 5,
                "crisis_management": 5,
                "data_analytics": 2,
                "roi_measurement": 2,
                "technical_platforms": 2,
                "seo": 1,
                "content_creation": 3,
                "trend_monitoring": 3,
                "customer_service": 3,
            },
            background__situation="employed",
            background__prior_fields=["pr", "communication"],
            experience__total_years=30,
            experience__online_marketing_years=2,
            experience__social_media_work_years=3,
            education__level="master",
            education__field="communication",
            goals__target_role="social_media_strategist",
            goals__timeframe_months="12",
            goals__hours_per_week=4,
        ),
    )
    check_plan_is_sound(a, employed=True)
    assert a.best_fit[0] == "social_media_strategist"
    assert a.education.advice == "none"
    assert "roi_measurement" in a.plan[0].closes or any(
        "roi_measurement" in s.closes and s.start_month == 0 for s in a.plan
    )
    rated_high = {g.id for g in a.competencies if g.rating >= 4}
    assert not any(s.kind == "course" and set(s.closes) & rated_high for s in a.plan), (
        "no introductory course for what she already does well"
    )


def test_dutch_hbo_graduate_looking_for_work(content: Content) -> None:
    """Daan, hbo bachelor in communication, one year of work, looking for work in the
    Netherlands, 20 hours a week for a year, social media manager.

    A counsellor: "Your degree is right. Get experience: a traineeship, a portfolio project,
    apply at the end. Nothing that needs an employer."
    """
    a = run(
        content,
        person(
            3,
            {"data_analytics": 2, "roi_measurement": 1, "crisis_management": 2},
            background__situation="job_seeking",
            experience__total_years=1,
            experience__social_media_work_years=0.5,
            education__level="bachelor",
            education__field="communication",
            goals__timeframe_months="12",
            goals__hours_per_week=20,
        ),
        "nl",
    )
    check_plan_is_sound(a, employed=False)
    assert a.education.advice == "none"
    assert a.education.country == "nl"
    assert {"traineeship", "job_search"} <= set(paths_of(a))


def test_dutch_mbo_graduate_gets_dutch_lengths_and_the_associate_degree(content: Content) -> None:
    """Sanne, mbo-4 in marketing, two years employed, 8 hours a week for two years, social
    media manager in the Netherlands.

    A counsellor: "With two years of work, an hbo bachelor is worth it: four years full-time,
    about five part-time — or the two-year Associate degree. Meanwhile, grow at work."
    """
    a = run(
        content,
        person(
            2,
            {"marketing_communication": 3, "content_creation": 3},
            background__situation="employed",
            background__country="nl",
            experience__total_years=2,
            experience__social_media_work_years=1,
            education__level="vocational",
            education__field="marketing",
            goals__timeframe_months="24",
            goals__hours_per_week=8,
        ),
        "nl",
    )
    check_plan_is_sound(a, employed=True)
    assert a.education.advice == "degree"
    months = {(o.path, o.study): o.months for o in a.education.options}
    assert months[("communication_degree", "full_time")] == 48
    assert months[("social_media_programme", "full_time")] == 24
    assert any(s.kind == "on_the_job" for s in a.plan)


def test_someone_who_answered_little_is_asked_for_answers_not_given_a_plan(content: Content) -> None:
    """Alex answered the target role and four ratings, nothing else.

    A counsellor: "I can't advise on four answers. Please rate the other competencies first."
    """
    answers = {
        "goals.target_role": "social_media_manager",
        "competency.seo": 2,
        "competency.judgement": 3,
        "competency.networking": 2,
        "competency.content_creation": 4,
    }
    a = run(content, answers)
    assert a.plan_status == "too_few_answers"
    assert a.plan == [] and a.after_plan == []
    assert len(a.missing) == 16 and "competency.customer_service" in a.missing


def test_employed_communicator_with_only_a_business_gap_is_not_sent_to_freelancing(content: Content) -> None:
    """Lena, communicator at a municipality, bachelor's in communication, 7 years, employed;
    everything at target except business sense.

    A counsellor: "Learn how the organisation's goals and budget work — a course, or a mentor.
    Freelancing has nothing to do with it."
    """
    a = run(
        content,
        person(
            4,
            {"business_strategy": 1},
            background__situation="employed",
            background__work_mode="employed",
            experience__total_years=7,
            experience__online_marketing_years=3,
            experience__social_media_work_years=3,
            education__level="bachelor",
            education__field="communication",
            goals__timeframe_months="12",
            goals__hours_per_week=5,
        ),
    )
    check_plan_is_sound(a, employed=True)
    assert "freelance_basics" not in paths_of(a)
    assert a.plan and all("business_strategy" in s.closes for s in a.plan)
    assert a.plan[0].start_month == 0


def test_the_degree_decision_has_no_cliff_around_the_experience_thresholds(content: Content) -> None:
    """Just below and just above three years of work, both routes are on the table."""
    base = dict(
        background__situation="employed",
        education__level="upper_secondary",
        education__field="other",
        goals__hours_per_week=5,
    )
    below = run(content, person(2, experience__total_years=2.9, **base))  # type: ignore[arg-type]
    above = run(content, person(2, experience__total_years=3.1, **base))  # type: ignore[arg-type]
    assert below.education.advice == "degree" and above.education.advice == "programme"
    for a in (below, above):
        routes = {o.path for o in a.education.options}
        assert {"communication_degree", "social_media_programme"} <= routes
