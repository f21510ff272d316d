"""The shipped catalogue: sources, role profiles and learning paths.

Checks what the analysis and the report rely on (ids, kinds, benchmarks, coverage) and that
no text was copied from the source articles. The articles themselves are not part of the
repository; `tests/data/seed_fingerprints.txt` holds a hash of every 8-word window of each
article, so the copy check runs on a fresh clone. Regenerate it with
`python tests/test_content_catalogue.py SEED_DIR` when the seeds change.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from app import paths
from app.content import Content, shipped

WINDOW = 8
FINGERPRINTS = Path(__file__).parent / "data" / "seed_fingerprints.txt"
SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"

SEEDS = {
    "S0": "000_063c86f94835940e.txt",
    "S1": "001_5114ec0e854c59e4.txt",
    "S2": "002_7128716d7aea676e.txt",
    "S3": "003_cc26a6b60f59819e.txt",
    "S4": "004_7286c6452518ce04.txt",
}
# The 20 competency ids of DOMAIN.md (the contract every answer file speaks).
COMPETENCIES = {
    "marketing_communication", "customer_service", "technical_platforms", "seo", "psychology",
    "community_building", "data_analytics", "business_strategy", "networking", "crisis_management",
    "judgement", "industry_knowledge", "audience_insight", "collaboration", "content_creation",
    "strategy_planning", "trend_monitoring", "roi_measurement", "stakeholder_mobilisation",
    "training_others",
}  # fmt: skip
PROFILES = {"social_media_manager", "social_media_strategist", "community_manager", "digital_communicator"}


def catalogue_files() -> list[Path]:
    base = paths.QUESTIONNAIRES
    return [base / "sources.yaml", base / "learning_paths.yaml", *sorted((base / "profiles").glob("*.yaml"))]


@pytest.fixture(scope="module")
def content() -> Content:
    return shipped()


# ---- copy check ---------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def window_hashes(text: str) -> set[str]:
    tokens = words(text)
    return {
        hashlib.blake2b(" ".join(tokens[i : i + WINDOW]).encode(), digest_size=8).hexdigest()
        for i in range(len(tokens) - WINDOW + 1)
    }


def fingerprint_lines(seed_dir: Path) -> list[str]:
    lines: list[str] = []
    for seed in sorted(SEEDS.values()):
        lines.append(f"# {seed}")
        lines += sorted(window_hashes((seed_dir / seed).read_text(encoding="utf-8")))
    return lines


def read_fingerprints() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    current = ""
    for line in FINGERPRINTS.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            current = line[2:]
            out[current] = set()
        elif line:
            out[current].add(line)
    return out


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def copied_windows(text: str, fingerprints: dict[str, set[str]]) -> list[str]:
    """Which seeds share an 8-word window with `text`."""
    mine = window_hashes(text)
    return [seed for seed, hashes in fingerprints.items() if mine & hashes]


def test_fingerprints_cover_all_five_seeds() -> None:
    fingerprints = read_fingerprints()
    assert set(fingerprints) == set(SEEDS.values())
    # Each article runs to several hundred words, so each has hundreds of windows.
    assert all(len(hashes) > 300 for hashes in fingerprints.values())


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="the seed articles are not next to this checkout")
def test_fingerprints_match_the_seed_articles() -> None:
    assert FINGERPRINTS.read_text(encoding="utf-8").splitlines() == fingerprint_lines(SEED_DIR)


def test_copy_check_catches_a_sentence_taken_from_an_article() -> None:
    # Ten words as they stand in S4, with different case and punctuation.
    lifted = "Profile: de GEMIDDELDE social media strateeg heeft ruim 13 jaar werkervaring, waarvan"
    assert copied_windows(lifted, read_fingerprints()) == [SEEDS["S4"]]
    assert copied_windows("De gemiddelde strateeg werkt al meer dan dertien jaar.", read_fingerprints()) == []


@pytest.mark.parametrize("file", catalogue_files(), ids=lambda p: p.name)
def test_no_eight_words_in_a_row_from_any_article(file: Path) -> None:
    fingerprints = read_fingerprints()
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    copied = {text: seeds for text in strings(data) if (seeds := copied_windows(text, fingerprints))}
    assert copied == {}


# ---- sources ------------------------------------------------------------------------------------


def test_every_seed_article_is_described_once_with_its_shorthand(content: Content) -> None:
    assert {a.id: a.short for a in content.sources.values()} == {v: k for k, v in SEEDS.items()}
    languages = {a.short: a.language for a in content.sources.values()}
    assert languages == {"S0": "sv", "S1": "sv", "S2": "sv", "S3": "sv", "S4": "nl"}


def test_source_summaries_differ_per_language(content: Content) -> None:
    for article in content.sources.values():
        texts = {article.summary.sv, article.summary.nl, article.summary.en}
        assert len(texts) == 3, article.id


# ---- role profiles ------------------------------------------------------------------------------


def test_the_four_profiles_each_rate_all_twenty_competencies(content: Content) -> None:
    assert set(content.profiles) == PROFILES
    assert set(content.competency_ids()) == COMPETENCIES
    for profile in content.profiles.values():
        assert set(profile.competencies) == COMPETENCIES, profile.id


def test_strategist_benchmarks_are_the_survey_figures(content: Content) -> None:
    bench = content.profiles["social_media_strategist"].benchmarks
    assert (bench.total_years, bench.online_marketing_years, bench.education_level) == (13, 3, "bachelor")
    assert set(bench.education_fields) == {"marketing", "communication"}
    assert SEEDS["S4"] in bench.sources
    assert bench.note is not None and "13" in bench.note.en and "13" in bench.note.sv


def test_other_profiles_ask_less_experience_than_the_strategist(content: Content) -> None:
    strategist = content.profiles["social_media_strategist"].benchmarks
    for pid in PROFILES - {"social_media_strategist"}:
        bench = content.profiles[pid].benchmarks
        assert bench.total_years is not None and strategist.total_years is not None
        assert bench.total_years < strategist.total_years, pid
        assert bench.note is not None, pid
        assert "communication" in bench.education_fields, pid  # S0: communication is the base


def essential(content: Content, pid: str) -> set[str]:
    return {cid for cid, t in content.profiles[pid].competencies.items() if t.weight == 3}


def test_profiles_put_their_weight_where_the_articles_do(content: Content) -> None:
    assert {"community_building", "customer_service", "psychology"} <= essential(content, "community_manager")
    strategist = {"strategy_planning", "stakeholder_mobilisation", "roi_measurement", "business_strategy"}
    assert strategist <= essential(content, "social_media_strategist")
    assert "content_creation" in essential(content, "digital_communicator")
    assert {"customer_service", "judgement"} <= essential(content, "social_media_manager")
    sets = [frozenset(essential(content, pid)) for pid in PROFILES]
    assert len(set(sets)) == len(PROFILES)


def test_profiles_differ_in_targets(content: Content) -> None:
    def targets(pid: str) -> tuple[int, ...]:
        comps = content.profiles[pid].competencies
        return tuple(comps[c].target for c in sorted(COMPETENCIES))

    vectors = {pid: targets(pid) for pid in PROFILES}
    for a in PROFILES:
        for b in PROFILES - {a}:
            differing = sum(x != y for x, y in zip(vectors[a], vectors[b], strict=True))
            assert differing >= 5, (a, b)
    community = content.profiles["community_manager"].competencies
    strategist = content.profiles["social_media_strategist"].competencies
    assert community["community_building"].target > strategist["community_building"].target
    assert strategist["strategy_planning"].target > community["strategy_planning"].target


@pytest.mark.parametrize("pid", sorted(PROFILES))
def test_every_essential_competency_carries_a_source_comment(pid: str) -> None:
    """A weight-3 line has a comment citing an article (S0–S4) on it or just above it."""
    lines = (paths.QUESTIONNAIRES / "profiles" / f"{pid}.yaml").read_text(encoding="utf-8").splitlines()
    uncited = []
    for i, line in enumerate(lines):
        if re.search(r"weight:\s*3", line):
            above = []
            j = i - 1
            while j >= 0 and lines[j].strip().startswith("#"):
                above.append(lines[j])
                j -= 1
            if not re.search(r"\bS[0-4]\b", line + " ".join(above)):
                uncited.append(line.strip())
    assert uncited == []


# ---- learning paths -----------------------------------------------------------------------------


def test_every_competency_is_closed_by_some_path(content: Content) -> None:
    closed = {cid for path in content.paths.values() for cid in path.closes}
    assert closed >= COMPETENCIES
    assert len(content.paths) >= 20


EDUCATION = {"education_level", "education_field"}


@pytest.mark.parametrize(
    ("pid", "kind", "degree", "addresses", "sources"),
    [
        ("communication_degree", "degree", ("bachelor", "communication"), EDUCATION, {"S0", "S4"}),
        ("marketing_degree", "degree", ("bachelor", "marketing"), EDUCATION, {"S4"}),
        ("social_media_programme", "programme", None, {"education_field"}, {"S0"}),
        ("communication_course", "course", None, {"education_field"}, {"S0", "S4"}),
        ("customer_service_rotation", "on_the_job", None, set(), {"S1", "S3"}),
        ("online_marketing_role", "on_the_job", None, {"online_marketing_years"}, {"S4"}),
        ("network_building", "network", None, set(), {"S2"}),
        ("mentoring", "mentoring", None, set(), set()),
        ("ambassador_programme", "on_the_job", None, set(), {"S3", "S4"}),
        ("internal_training_project", "on_the_job", None, set(), {"S4"}),
        ("platform_api_self_study", "self_study", None, set(), set()),
        ("industry_immersion", "on_the_job", None, set(), {"S3"}),
        ("freelance_basics", "course", None, set(), {"S0"}),
    ],
)  # fmt: skip
def test_named_paths_the_analysis_relies_on(
    content: Content,
    pid: str,
    kind: str,
    degree: tuple[str, str] | None,
    addresses: set[str],
    sources: set[str],
) -> None:
    path = content.paths[pid]
    assert path.kind == kind
    assert ((path.degree.level, path.degree.field) if path.degree else None) == degree
    assert set(path.addresses) == addresses
    assert {SEEDS[s] for s in sources} <= set(path.sources)


def test_named_paths_close_what_their_names_promise(content: Content) -> None:
    promises = {
        "seo_course": "seo",
        "analytics_course": "data_analytics",
        "crisis_communication_course": "crisis_management",
        "network_building": "networking",
        "ambassador_programme": "stakeholder_mobilisation",
        "internal_training_project": "training_others",
        "platform_api_self_study": "technical_platforms",
        "psychology_course": "psychology",
        "community_practice": "community_building",
        "content_creation_course": "content_creation",
        "strategy_plan_project": "strategy_planning",
        "trend_monitoring_routine": "trend_monitoring",
        "roi_measurement_project": "roi_measurement",
        "industry_immersion": "industry_knowledge",
        "customer_service_rotation": "customer_service",
    }
    assert {pid: cid for pid, cid in promises.items() if cid not in content.paths[pid].closes} == {}
    assert "crisis_management" in content.paths["customer_service_rotation"].closes
    assert "collaboration" in content.paths["ambassador_programme"].closes
    assert "audience_insight" in content.paths["industry_immersion"].closes


def test_every_path_says_what_to_do_first_and_what_done_looks_like(content: Content) -> None:
    """Each step of a plan tells the reader what to do this week and what the finished step shows."""
    raw = yaml.safe_load((paths.QUESTIONNAIRES / "learning_paths.yaml").read_text(encoding="utf-8"))
    missing = [
        (entry["id"], field, lang)
        for entry in raw["paths"]
        for field in ("first_step", "done_when")
        for lang in ("sv", "nl", "en")
        if not str((entry.get(field) or {}).get(lang, "")).strip()
    ]
    assert missing == []
    for path in content.paths.values():
        for lang in ("sv", "nl", "en"):
            assert path.first_step.get(lang) != path.done_when.get(lang), (path.id, lang)


def test_customer_service_rotation_is_not_offered_to_customer_service_staff(content: Content) -> None:
    assert content.paths["customer_service_rotation"].not_for_prior_fields == ["customer_service"]


def test_only_degrees_grant_a_degree_and_they_take_years(content: Content) -> None:
    degrees = {pid for pid, p in content.paths.items() if p.kind == "degree"}
    assert degrees == {pid for pid, p in content.paths.items() if p.degree is not None}
    for pid in degrees:
        path = content.paths[pid]
        assert path.duration_months >= 24 and path.hours_per_week >= 30, pid

    def total_hours(pid: str) -> float:
        return content.paths[pid].duration_months * content.paths[pid].hours_per_week

    # The shorter programme and the course are real alternatives: a fraction of a degree's load.
    assert total_hours("social_media_programme") < total_hours("communication_degree") / 4
    assert total_hours("communication_course") < total_hours("social_media_programme")


if __name__ == "__main__":
    seed_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED_DIR
    FINGERPRINTS.write_text("\n".join(fingerprint_lines(seed_dir)) + "\n", encoding="utf-8")
    print(f"wrote {FINGERPRINTS}")
