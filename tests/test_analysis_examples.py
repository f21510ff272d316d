"""The shipped example answer files, analysed with the shipped content: advice a counsellor would give."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis import Analysis, analyze
from app.content import shipped
from app.domain.answers import AnswerFile
from app.storage.answer_files import read_answer_file

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CAREER_CHANGER = "sv_career_changer_customer_service.json"
VETERAN = "nl_marketing_veteran_strategist.json"
GRADUATE = "en_communication_graduate_community.json"
JOURNALIST = "en_journalist_no_degree_partial.json"
DEGREES = {"communication_degree", "marketing_degree"}


def load(name: str) -> AnswerFile:
    return read_answer_file(EXAMPLES / name, shipped())


def result(name: str) -> Analysis:
    return analyze(load(name).answers, shipped())


def paths(analysis: Analysis) -> list[str]:
    return [s.path for s in analysis.plan]


def education(analysis: Analysis) -> list[str]:
    return [s.path for s in analysis.plan if s.reason == "education"]


def test_examples_are_valid_and_varied() -> None:
    files = sorted(EXAMPLES.glob("*.json"))
    assert len(files) >= 3
    loaded = [read_answer_file(f, shipped()) for f in files]
    assert {f.language for f in loaded} == {"sv", "nl", "en"}
    assert len({f.answers["goals.target_role"] for f in loaded}) >= 3
    noted = [f for f in loaded if f.counsellor is not None]
    assert noted and all(n.counsellor and n.counsellor.next_meeting for n in noted)


@pytest.mark.parametrize("name", [CAREER_CHANGER, VETERAN, GRADUATE, JOURNALIST])
@pytest.mark.parametrize("profile", sorted(shipped().profiles))
def test_every_example_analyses_against_every_profile(name: str, profile: str) -> None:
    analysis = analyze(load(name).answers, shipped(), profile)
    assert analysis.profile == profile and 0 <= analysis.readiness < 100
    assert analysis.role_fit[profile] == analysis.readiness


def test_career_changer_from_customer_service_s0_s3() -> None:
    analysis = result(CAREER_CHANGER)
    # S0: little experience and no degree → the communication degree, as the long-term step
    assert education(analysis) == ["communication_degree"]
    # S3: customer service is built on: it is a strength and no rotation teaches it again
    assert "customer_service" in analysis.strengths
    assert "customer_service_rotation" not in paths(analysis)
    # S4 benchmark on online-marketing years is worked on by an online-marketing role
    assert "online_marketing_role" in paths(analysis)
    assert [s for s in analysis.plan if not s.later]  # something to start on within the timeframe


def test_marketing_veteran_aiming_at_strategist_s4() -> None:
    analysis = result(VETERAN)
    assert all(mark.met for mark in analysis.benchmarks.values())  # 14 years, 4 online, bachelor marketing
    assert not DEGREES & set(paths(analysis)) and education(analysis) == []
    top = max(c.priority for c in analysis.competencies)
    biggest = {c.id for c in analysis.competencies if c.priority == top}
    assert biggest <= {
        "stakeholder_mobilisation",
        "roi_measurement",
        "strategy_planning",
        "business_strategy",
    }
    assert biggest & set(analysis.plan[0].closes)  # the first step works on the largest gap
    assert analysis.success_factors.overlap == 2
    assert 0 < analysis.readiness < 100


def test_young_communication_graduate_aiming_at_community_manager_s0_s1() -> None:
    analysis = result(GRADUATE)
    assert not DEGREES & set(paths(analysis))  # already holds the bachelor in communication
    assert not analysis.benchmarks["total_years"].met  # 1.5 of 3 years
    top = max(analysis.competencies, key=lambda c: c.priority)
    assert top.id == "customer_service"  # S1/S3: the service side of the role, not the platforms
    assert "customer_service_rotation" in paths(analysis)  # no customer-service background to build on
    assert (
        analysis.best_fit[0] == "digital_communicator"
    )  # S0: the route straight from a communication degree


def test_experienced_journalist_without_degree_gets_a_course_s0_s4() -> None:
    analysis = result(JOURNALIST)
    steps = education(analysis)
    assert steps and not DEGREES & set(paths(analysis))  # 11 years: a shorter route, not a degree
    assert "competency.seo" in analysis.missing
    seo = next(c for c in analysis.competencies if c.id == "seo")
    assert seo.missing and seo.rating == 1
