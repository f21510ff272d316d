"""The shipped core questionnaire against DOMAIN.md's contract.

The expected ids, kinds, option values and sources below are written out from DOMAIN.md by
hand, not read from the YAML: answer files, the analysis and the report all speak these ids,
so a renamed id or a dropped option must fail here. The copy check uses
`tests/data/seed_fingerprints.txt` (hashes of every 8-word window of each source article),
so it runs on a fresh clone without the articles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from app import content, paths
from app.domain.questionnaire import (
    LikertQuestion,
    NumberQuestion,
    Questionnaire,
    RankQuestion,
)
from app.domain.text import LANGUAGES

CORE = paths.QUESTIONNAIRES / "core.yaml"
FINGERPRINTS = Path(__file__).parent / "data" / "seed_fingerprints.txt"
WINDOW = 8

S0, S1, S2, S3, S4 = (
    "000_063c86f94835940e.txt",
    "001_5114ec0e854c59e4.txt",
    "002_7128716d7aea676e.txt",
    "003_cc26a6b60f59819e.txt",
    "004_7286c6452518ce04.txt",
)

SECTIONS = ["background", "experience", "education", "competency", "scenario", "success_factors", "goals"]

# DOMAIN.md, in its order.
COMPETENCIES: dict[str, set[str]] = {
    "marketing_communication": {S1, S4},
    "customer_service": {S1, S3},
    "technical_platforms": {S1},
    "seo": {S1},
    "psychology": {S1},
    "community_building": {S1},
    "data_analytics": {S1, S4},
    "business_strategy": {S1},
    "networking": {S2},
    "crisis_management": {S2, S3},
    "judgement": {S2, S3},
    "industry_knowledge": {S3},
    "audience_insight": {S3},
    "collaboration": {S3, S4},
    "content_creation": {S0, S3},
    "strategy_planning": {S4},
    "trend_monitoring": {S4},
    "roi_measurement": {S4},
    "stakeholder_mobilisation": {S4},
    "training_others": {S4},
}
FACTORS = [
    "multidisciplinary", "risk_taking", "stakeholder_mobilisation", "social_media_experience",
    "long_term_vision", "roi_communication", "large_network", "customer_focus", "technical_skill",
    "passion",
]  # fmt: skip
EXPERT_TOP3 = ["multidisciplinary", "risk_taking", "stakeholder_mobilisation"]

# id → (kind, option values in order or None, sources DOMAIN.md names (at least these)).
# Where DOMAIN.md says "—" the closest article is cited: titles vary (S0, S4); time and hours (S0).
CHOICE_AND_OTHER: dict[str, tuple[str, list[str] | None, set[str]]] = {
    "background.prior_fields": (
        "multi_choice",
        ["marketing", "pr", "communication", "customer_service", "journalism", "sales", "it", "other"],
        {S3, S0},
    ),
    "background.network_size": ("single_choice", ["small", "medium", "large", "very_large"], {S2}),
    "background.work_mode": ("single_choice", ["employed", "freelance", "undecided"], {S0}),
    "background.situation": (
        "single_choice",
        ["employed", "self_employed", "studying", "job_seeking", "other"],
        {S0},
    ),
    "background.country": ("single_choice", ["se", "nl", "other"], {S0, S4}),
    "experience.total_years": ("number", None, {S4}),
    "experience.online_marketing_years": ("number", None, {S4}),
    "experience.customer_service_years": ("number", None, {S1, S3}),
    "experience.social_media_work_years": ("number", None, {S2}),
    "education.level": (
        "single_choice",
        ["compulsory", "upper_secondary", "vocational", "bachelor", "master", "doctorate"],
        {S4},
    ),
    "education.field": (
        "single_choice",
        ["communication", "marketing", "journalism", "business", "behavioural_science", "it", "other"],
        {S0, S4},
    ),
    "education.social_media_training": (
        "single_choice",
        ["none", "short_course", "certificate", "programme"],
        {S0},
    ),
    "success_factors.top3": ("rank", FACTORS, {S4, S2, S1, S3}),
    "goals.target_role": (
        "single_choice",
        ["social_media_manager", "social_media_strategist", "community_manager", "digital_communicator"],
        {S0, S4},
    ),
    "goals.timeframe_months": ("single_choice", ["6", "12", "24"], set()),
    "goals.hours_per_week": ("number", None, set()),
}
# The calibration issue's situations, each from the articles it names.
SCENARIOS: dict[str, set[str]] = {
    "evening_complaint": {S1, S3},
    "private_tone": {S3, S2},
    "fast_crisis": {S2, S3},
    "private_network": {S2},
    "what_it_brought": {S4},
    "product_feedback": {S1, S4},
    "ambassadors": {S3, S4},
}
RETIRED = [
    "background.current_role",
    "background.platforms",
    "success_factors.rating.multidisciplinary",
    "success_factors.rating.risk_taking",
    "success_factors.rating.stakeholder_mobilisation",
]
EXPECTED: dict[str, tuple[str, list[str] | None, set[str]]] = {
    **{k: v for k, v in CHOICE_AND_OTHER.items() if not k.startswith(("success_factors", "goals"))},
    **{f"competency.{cid}": ("likert", None, srcs) for cid, srcs in COMPETENCIES.items()},
    **{f"scenario.{sid}": ("single_choice", None, srcs) for sid, srcs in SCENARIOS.items()},
    **{k: v for k, v in CHOICE_AND_OTHER.items() if k.startswith(("success_factors", "goals"))},
}
REQUIRED = {
    "experience.total_years",
    "education.level",
    "success_factors.top3",
    "goals.target_role",
    "goals.timeframe_months",
    "goals.hours_per_week",
}


@pytest.fixture(scope="module")
def core() -> Questionnaire:
    model, problems = content.parse_file(CORE)
    assert problems == []
    assert isinstance(model, Questionnaire)
    return model


def likerts(q: Questionnaire) -> list[LikertQuestion]:
    return [x for x in q.questions() if isinstance(x, LikertQuestion)]


# ---- the contract ---------------------------------------------------------------------------------


def test_the_shipped_content_uses_this_questionnaire(core: Questionnaire) -> None:
    assert content.shipped().questionnaire == core
    assert core.id == "core"


def test_sections_come_in_domain_order(core: Questionnaire) -> None:
    assert [s.id for s in core.sections] == SECTIONS


def test_every_domain_id_is_there_in_order_and_nothing_else(core: Questionnaire) -> None:
    assert [q.id for q in core.questions()] == list(EXPECTED)


@pytest.mark.parametrize("qid", list(EXPECTED))
def test_kind_options_and_sources_match_domain(core: Questionnaire, qid: str) -> None:
    kind, options, sources = EXPECTED[qid]
    question = core.question(qid)
    assert question is not None
    assert question.kind == kind
    if not qid.startswith("scenario."):
        assert [o.value for o in getattr(question, "options", [])] == (options or [])
    assert sources <= set(question.sources), f"{qid} should cite {sorted(sources - set(question.sources))}"


@pytest.mark.parametrize("qid", ["goals.timeframe_months", "goals.hours_per_week"])
def test_questions_no_article_speaks_to_cite_none(core: Questionnaire, qid: str) -> None:
    question = core.question(qid)
    assert question is not None and question.sources == []


def test_competencies_are_the_twenty_of_domain_in_its_order(core: Questionnaire) -> None:
    assert core.competency_ids() == list(COMPETENCIES)


def test_the_questionnaire_stays_under_45_items(core: Questionnaire) -> None:
    assert len(core.questions()) == 43
    assert len(core.questions()) < content.MAX_ITEMS


def test_required_questions(core: Questionnaire) -> None:
    assert {q.id for q in core.questions() if q.required} == REQUIRED


def test_years_take_halves_up_to_sixty_and_never_exceed_the_total(core: Questionnaire) -> None:
    years = [q for q in core.questions() if q.section_id == "experience"]
    assert all(isinstance(q, NumberQuestion) for q in years)
    for q in years:
        assert isinstance(q, NumberQuestion)
        assert (q.min, q.max, q.step, q.decimals) == (0, 60, 0.5, 1)
        assert q.unit is not None and q.unit.en == "years"
        expected_limit = None if q.id == "experience.total_years" else "experience.total_years"
        assert q.not_above == expected_limit


def test_hours_per_week_is_a_whole_number_from_1_to_40(core: Questionnaire) -> None:
    hours = core.question("goals.hours_per_week")
    assert isinstance(hours, NumberQuestion)
    assert (hours.min, hours.max, hours.step, hours.decimals) == (1, 40, 1, 0)
    assert hours.unit is not None and hours.unit.en == "hours per week"


def test_retired_ids_are_listed_and_no_longer_asked(core: Questionnaire) -> None:
    assert core.retired == RETIRED
    assert not set(RETIRED) & set(core.index())


def test_network_size_labels_show_the_ranges(core: Questionnaire) -> None:
    question = core.question("background.network_size")
    labels = {o.value: o.label for o in getattr(question, "options", [])}
    for lang in LANGUAGES:
        assert "200" in labels["small"].get(lang)
        assert "200" in labels["medium"].get(lang) and "1" in labels["medium"].get(lang)
        assert re.search(r"10[ .,]000", labels["very_large"].get(lang))


def test_freelancers_are_told_they_pick_their_title_and_do_their_own_admin(core: Questionnaire) -> None:
    work_mode = core.question("background.work_mode")
    assert work_mode is not None and work_mode.help is not None
    assert re.search(r"title.*(invoice|paperwork|admin)", work_mode.help.en)


def test_success_factors_rank_three_of_ten_with_the_experts_order(core: Questionnaire) -> None:
    rank = core.question("success_factors.top3")
    assert isinstance(rank, RankQuestion)
    assert rank.choose == 3
    assert rank.expert_order == EXPERT_TOP3
    assert rank.after_answer is not None
    # Unprimed: nothing shown before the answer names the experts' choice.
    shown = [core.sections[-2].intro, rank.prompt, rank.help]
    for lang in LANGUAGES:
        for text in shown:
            assert text is None or not any(o.label.get(lang) in text.get(lang) for o in rank.options)
    assert not [q.id for q in core.questions() if q.id.startswith("success_factors.rating.")]


# ---- level descriptors ----------------------------------------------------------------------------


def test_every_likert_has_five_distinct_descriptors_per_language(core: Questionnaire) -> None:
    assert len(likerts(core)) == 20
    for question in likerts(core):
        assert question.short is not None, question.id
        for lang in LANGUAGES:
            texts = [level.get(lang) for level in question.levels]
            assert len(texts) == 5
            assert len(set(texts)) == 5, f"{question.id} repeats a {lang} descriptor"
            assert all(len(t.split()) >= 6 for t in texts), f"{question.id}: a {lang} descriptor is too thin"


def test_competency_prompts_ask_how_well_and_short_names_fit_a_chart(core: Questionnaire) -> None:
    for question in likerts(core):
        assert question.prompt.en.startswith("How well do you"), question.id
        assert (
            question.prompt.en.endswith("?")
            and question.prompt.sv.endswith("?")
            and question.prompt.nl.endswith("?")
        )
        assert question.short is not None
        for lang in LANGUAGES:
            assert 1 <= len(question.short.get(lang).split()) <= 3, f"{question.id} short name ({lang})"


_NEVER = {"en": r"\b(not|no)\b", "sv": r"\b(inte|inget|ingen)\b", "nl": r"\b(niet|geen|niets)\b"}
_TEACHES = {
    "en": r"\b(teach|train|coach|mentor|advise|help|support)",
    "sv": r"\b(lär|undervisar|utbildar|coachar|handleder|hjälper|stöttar|ger .*råd)",
    "nl": r"\b(leer|leert|geeft les|leidt .* op|brengt .* bij|coacht|begeleidt|adviseert|helpt)",
}


@pytest.mark.parametrize("cid", list(COMPETENCIES))
def test_competency_scale_runs_from_never_done_to_teaching_others(core: Questionnaire, cid: str) -> None:
    question = core.question(f"competency.{cid}")
    assert isinstance(question, LikertQuestion)
    for lang in LANGUAGES:
        first, last = question.levels[0].get(lang), question.levels[4].get(lang)
        assert re.search(_NEVER[lang], first.lower()), (
            f"level 1 ({lang}) should say it is not done yet: {first}"
        )
        assert re.search(_TEACHES[lang], last.lower()), f"level 5 ({lang}) should pass the skill on: {last}"


def test_running_text_is_really_translated(core: Questionnaire) -> None:
    """Prompts, help, intros and descriptors differ per language (no English left in sv or nl)."""
    texts = [s.intro for s in core.sections if s.intro] + [s.title for s in core.sections]
    for question in core.questions():
        texts += [question.prompt, *([question.help] if question.help else [])]
        texts += getattr(question, "levels", [])
    for text in texts:
        assert len({text.sv, text.nl, text.en}) == 3, text.en


def test_every_question_rests_on_a_known_source(core: Questionnaire) -> None:
    known = set(content.shipped().sources)
    own = {"goals.timeframe_months", "goals.hours_per_week"}  # no article speaks to these
    for question in core.questions():
        assert question.sources or question.id in own, question.id
        assert set(question.sources) <= known, question.id


# ---- what is never asked --------------------------------------------------------------------------

_GENDER = re.compile(
    r"\b(gender|male|female|woman|women|kön|kvinna|kvinnor|geslacht|vrouw|vrouwen)\b", re.IGNORECASE
)


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _raw() -> Any:
    return yaml.safe_load(CORE.read_text(encoding="utf-8"))


def test_nothing_asks_about_gender() -> None:
    assert [s for s in _strings(_raw()) if _GENDER.search(s)] == []


def test_the_gender_check_would_notice_such_a_question() -> None:
    assert _GENDER.search("Vilket kön har du?") and _GENDER.search("What is your gender?")
    assert not _GENDER.search("Inom sex månader")  # Swedish "six"


# ---- own words ------------------------------------------------------------------------------------


def _window_hashes(text: str) -> set[str]:
    tokens = re.findall(r"\w+", text.lower())
    return {
        hashlib.blake2b(" ".join(tokens[i : i + WINDOW]).encode(), digest_size=8).hexdigest()
        for i in range(len(tokens) - WINDOW + 1)
    }


def _seed_fingerprints() -> set[str]:
    lines = FINGERPRINTS.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def test_no_eight_words_in_a_row_from_any_article() -> None:
    seeds = _seed_fingerprints()
    copied = [text for text in _strings(_raw()) if _window_hashes(text) & seeds]
    assert copied == []


def test_the_copy_check_would_notice_a_lifted_sentence() -> None:
    seeds = _seed_fingerprints()
    # Eight words as they stand in S3 and S0, in different case and punctuation.
    assert _window_hashes("Personer på KUNDSERVICE är oftast sociala, och är vana att hantera") & seeds
    assert _window_hashes("det är trots allt kommunikation som arbetet med sociala medier") & seeds
    assert not _window_hashes("Du tar hand om de flesta klagomål själv och lugnar kunder") & seeds
