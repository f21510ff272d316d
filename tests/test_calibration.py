"""Self-ratings checked against evidence (the calibration issue): experience rules, the
scenario key and an observer, as a career counsellor would read the result."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.analysis import Analysis, analyze
from app.analysis.calibration import EXPERIENCE_RULES
from app.content import Content, shipped
from app.domain.answers import AnswerFile, Observer, Respondent
from app.report import html_for

BEST = {  # what the articles advise in each situation
    "scenario.evening_complaint": "acknowledge",
    "scenario.private_tone": "rewrite_together",
    "scenario.fast_crisis": "acknowledge_and_alert",
    "scenario.private_network": "learn_and_keep_apart",
    "scenario.what_it_brought": "engagement_sentiment_traffic",
    "scenario.product_feedback": "themes_with_examples",
    "scenario.ambassadors": "find_ambassadors",
}
CONSUMER = {  # what someone who knows the platforms only privately tends to pick
    "scenario.evening_complaint": "hide",
    "scenario.private_tone": "post_it",
    "scenario.fast_crisis": "reply_to_each",
    "scenario.private_network": "show_followers",
    "scenario.what_it_brought": "followers",
    "scenario.product_feedback": "forward_each",
    "scenario.ambassadors": "post_more",
}


@pytest.fixture(scope="module")
def content() -> Content:
    return shipped()


def answers(ratings: dict[str, int], base: int = 3, **rest: Any) -> dict[str, Any]:
    out: dict[str, Any] = {f"competency.{c}": base for c in shipped().competency_ids()}
    out |= {f"competency.{c}": r for c, r in ratings.items()}
    return out | {k.replace("__", "."): v for k, v in rest.items()}


def school_leaver(**extra: Any) -> dict[str, Any]:
    """Half a year in a shop, no social-media work, 'knows the platforms' and rates that at 5."""
    return answers(
        {"technical_platforms": 5, "content_creation": 5, "trend_monitoring": 5, "community_building": 5,
         "judgement": 5, "audience_insight": 5, "customer_service": 4, "crisis_management": 4,
         "marketing_communication": 4, "networking": 4},
        experience__total_years=0.5, experience__online_marketing_years=0,
        experience__customer_service_years=0, experience__social_media_work_years=0,
        background__network_size="medium", education__level="upper_secondary",
        goals__target_role="social_media_manager",
    ) | CONSUMER | extra  # fmt: skip


def flagged(a: Analysis) -> dict[str, list[str]]:
    return {c.id: list(c.flags) for c in a.competencies if c.flags}


def test_the_over_rating_school_leaver_is_flagged_and_checked_readiness_falls_well_below(
    content: Content,
) -> None:
    a = analyze(school_leaver(), content)
    flags = flagged(a)
    for cid in ("technical_platforms", "content_creation", "trend_monitoring", "community_building"):
        assert "above_experience" in flags[cid], cid
    assert "scenario" in flags["judgement"] and "scenario" in flags["customer_service"]
    assert a.readiness_checked <= a.readiness - 10, (a.readiness, a.readiness_checked)
    assert a.calibration.scenarios.answered == 7
    assert a.calibration.scenarios.score is not None and a.calibration.scenarios.score < 50
    platforms = next(c for c in a.competencies if c.id == "technical_platforms")
    assert (platforms.rating, platforms.rating_checked) == (5, 3)
    # The plan works on what the evidence supports, not on the self-rating.
    assert platforms.gap == 0 and platforms.gap_checked == 1


def test_an_honest_experienced_person_is_not_flagged(content: Content) -> None:
    a = analyze(
        answers(
            {"marketing_communication": 5, "strategy_planning": 4, "business_strategy": 4, "content_creation": 4,
             "networking": 4, "seo": 2, "data_analytics": 3},
            experience__total_years=14, experience__online_marketing_years=4,
            experience__customer_service_years=1, experience__social_media_work_years=4,
            background__network_size="large", education__level="bachelor", education__field="marketing",
            goals__target_role="social_media_strategist",
        ) | BEST,
        content,
        observer=Observer(role="manager", ratings={"competency.marketing_communication": 4, "competency.seo": 3}),
    )  # fmt: skip
    assert a.calibration.flags == []
    assert a.readiness_checked == a.readiness
    assert a.calibration.scenarios.score == 100
    assert all(c.rating_checked == c.rating for c in a.competencies)


def test_an_honest_career_changer_without_social_media_work_is_not_flagged(content: Content) -> None:
    """Self-taught people are many (S0): ratings up to 3 need no social-media job behind them."""
    a = analyze(
        answers(
            {"customer_service": 5, "technical_platforms": 3, "content_creation": 3, "crisis_management": 3,
             "strategy_planning": 2, "roi_measurement": 2},
            base=2, experience__total_years=8, experience__customer_service_years=6,
            experience__social_media_work_years=0, experience__online_marketing_years=0,
            background__network_size="small",
        ) | BEST,
        content,
    )  # fmt: skip
    assert a.calibration.flags == []
    assert a.readiness_checked == a.readiness


@pytest.mark.parametrize("rule", EXPERIENCE_RULES, ids=lambda r: r.reason)
def test_every_experience_rule_flags_a_rating_above_its_cap_with_its_reason(
    content: Content, rule: Any
) -> None:
    by_reason: dict[str, dict[str, Any]] = {
        "no_social_media_work": {"experience.social_media_work_years": 0, "experience.total_years": 10},
        "no_customer_service_work": {"experience.customer_service_years": 0, "experience.total_years": 10},
        "small_network": {"background.network_size": "small"},
        "little_work_experience": {"experience.total_years": 1},
        "no_online_marketing": {"experience.online_marketing_years": 0, "experience.total_years": 10},
        "little_work_no_studies": {"experience.total_years": 1, "education.level": "upper_secondary"},
    }
    facts = by_reason[rule.reason]
    cid = rule.competencies[0]
    a = analyze(answers({cid: rule.cap + 1}) | facts, content)
    assert {"competency": cid, "reason": rule.reason} in a.calibration.model_dump()["flags"]
    at_cap = analyze(answers({cid: rule.cap}) | facts, content)
    assert cid not in flagged(at_cap)
    unanswered = analyze(answers({cid: 5}), content)  # no facts given: nothing is assumed
    assert unanswered.calibration.flags == []


@pytest.mark.parametrize(("own", "seen", "reason"), [(5, 3, "observer_lower"), (2, 4, "observer_higher")])
def test_an_observer_two_levels_apart_is_flagged(content: Content, own: int, seen: int, reason: str) -> None:
    observer = Observer(role="counsellor", name="Eva Holm", ratings={"competency.seo": seen})
    a = analyze(answers({"seo": own}), content, observer=observer)
    seo = next(c for c in a.competencies if c.id == "seo")
    assert seo.observer_rating == seen and seo.flags == ["observer"]
    assert a.calibration.model_dump()["flags"] == [{"competency": "seo", "reason": reason}]
    assert seo.rating_checked == min(own, seen + 1)
    one_apart = analyze(answers({"seo": own}), content, observer=Observer(role="colleague", ratings={
        "competency.seo": seen + (1 if own > seen else -1)}))  # fmt: skip
    assert one_apart.calibration.flags == []


def test_the_scenario_score_counts_the_keys_credit(content: Content) -> None:
    half = dict(list(BEST.items())[:2]) | {
        "scenario.fast_crisis": "delete_and_wait",
        "scenario.ambassadors": "post_more",
    }
    a = analyze(answers({}) | half, content)
    assert a.calibration.scenarios.answered == 4
    assert a.calibration.scenarios.score == round(100 * (2 + 2 + 0 + 1) / 8)
    none = analyze(answers({}), content)
    assert none.calibration.scenarios.model_dump() == {"answered": 0, "score": None}


def test_one_situation_answered_against_the_sources_caps_at_three_not_two(content: Content) -> None:
    """A single choice is a question to discuss, not a pattern (the key's competencies for
    `what_it_brought` are measured by that one situation)."""
    one_miss = BEST | {"scenario.what_it_brought": "best_post"}
    a = analyze(answers({"roi_measurement": 5}, experience__online_marketing_years=4) | one_miss, content)
    roi = next(c for c in a.competencies if c.id == "roi_measurement")
    assert roi.rating_checked == 3 and "scenario" in roi.flags


def test_an_observer_who_agrees_outweighs_a_scenario_answer(content: Content) -> None:
    one_miss = BEST | {"scenario.what_it_brought": "best_post"}
    observer = Observer(role="manager", name="Tom Reid", ratings={"competency.roi_measurement": 5})
    a = analyze(
        answers({"roi_measurement": 5}, experience__online_marketing_years=4) | one_miss,
        content,
        observer=observer,
    )
    roi = next(c for c in a.competencies if c.id == "roi_measurement")
    assert roi.rating_checked == 5 and roi.flags == []


def test_an_observer_who_sees_more_never_makes_the_summary_say_you_over_rate(content: Content) -> None:
    observer = Observer(
        role="manager", name="Tom Reid", ratings={"competency.seo": 5, "competency.judgement": 5}
    )
    answer_file = AnswerFile(
        language="en",
        respondent=Respondent(name="Priya Nair"),
        answers=answers({"seo": 2, "judgement": 3}, experience__online_marketing_years=8) | BEST,
        observer=observer,
    )
    a = analyze(answer_file.answers, content, observer=observer)
    assert a.readiness_checked == a.readiness and {f.reason for f in a.calibration.flags} == {
        "observer_higher"
    }
    html = html_for(answer_file, content, lang="en", today=dt.date(2027, 1, 1))
    assert "higher than your other answers support" not in html
    assert "Your observer sees more in some competencies than you rate yourself" in html
    assert "where your observer differs, they rate you higher" in html
