"""Competency gaps, benchmarks and the readiness score of one person against one role profile."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from math import floor
from typing import Literal

from app.analysis.calibration import Evidence
from app.analysis.person import Person
from app.analysis.result import Benchmark, CompetencyGap
from app.domain.profiles import EDUCATION_ORDER, BenchmarkId, RoleProfile

Basis = Literal["survey_average", "our_assumption"]

LOWEST_RATING = 1
COMPETENCY_SHARE = Fraction(3, 4)
"""How much of readiness the competencies carry; the benchmarks carry the rest.

The sources put the mix of skills first (S1, S3) and say many practitioners are self-taught
from all kinds of backgrounds (S0), so years and diplomas count, but for a quarter only.
"""


def education_rank(level: str | None) -> int:
    """Position in EDUCATION_ORDER; -1 when unanswered."""
    return EDUCATION_ORDER.index(level) if level in EDUCATION_ORDER else -1


def competency_gaps(
    profile: RoleProfile, person: Person, competency_ids: Sequence[str], evidence: Evidence | None = None
) -> list[CompetencyGap]:
    """Rule 1: gap = max(0, target − rating), priority = gap × weight; unrated counts as 1.

    The checked columns use the rating lowered to what the evidence supports (calibration.py).
    """
    evidence = evidence or Evidence()
    out = []
    for cid in competency_ids:
        need = profile.competencies.get(cid)
        if need is None:
            continue
        rating = person.ratings.get(cid)
        level = LOWEST_RATING if rating is None else rating
        gap = max(0, need.target - level)
        checked = evidence.checked(cid, level)
        gap_checked = max(0, need.target - checked)
        out.append(
            CompetencyGap(
                id=cid,
                rating=level,
                target=need.target,
                weight=need.weight,
                gap=gap,
                priority=gap * need.weight,
                missing=rating is None,
                rating_checked=checked,
                gap_checked=gap_checked,
                priority_checked=gap_checked * need.weight,
                observer_rating=evidence.observer.get(cid),
                flags=list(evidence.codes.get(cid, [])),
            )
        )
    return out


def _years(value: float | None, target: float | None, sources: list[str], basis: Basis) -> Benchmark:
    if target is None:
        return Benchmark(value=value, target=None, met=True, gap=0.0, basis=basis, sources=sources)
    have = value or 0.0
    return Benchmark(
        value=value,
        target=target,
        met=have >= target,
        gap=round(max(0.0, target - have), 2),
        basis=basis,
        sources=sources,
    )


def benchmarks(profile: RoleProfile, person: Person) -> dict[BenchmarkId, Benchmark]:
    """Rule 2: years of work and of online marketing, education level and field.

    A benchmark the profile does not set counts as met (target None). An unanswered number
    counts as 0 years; an unanswered level or field does not meet a set target.
    """
    b = profile.benchmarks
    sources, basis = list(b.sources), b.basis
    level_met = b.education_level is None or education_rank(person.education_level) >= education_rank(
        b.education_level
    )
    field_met = not b.education_fields or person.education_field in b.education_fields
    return {
        "total_years": _years(person.total_years, b.total_years, sources, basis),
        "online_marketing_years": _years(
            person.online_marketing_years, b.online_marketing_years, sources, basis
        ),
        "education_level": Benchmark(
            value=person.education_level,
            target=b.education_level,
            met=level_met,
            basis=basis,
            sources=sources,
        ),
        "education_field": Benchmark(
            value=person.education_field,
            target=list(b.education_fields) or None,
            met=field_met,
            basis=basis,
            sources=sources,
        ),
    }


def _benchmark_credit(bench: Benchmark) -> Fraction | None:
    """Share of one benchmark reached (None when the profile does not set it)."""
    if bench.target is None:
        return None
    if isinstance(bench.target, float | int) and not isinstance(bench.target, bool):
        if bench.target <= 0 or bench.met:
            return Fraction(1)
        return min(Fraction(1), Fraction(bench.value or 0.0) / Fraction(bench.target))
    return Fraction(1) if bench.met else Fraction(0)


def readiness(
    gaps: Sequence[CompetencyGap], marks: dict[BenchmarkId, Benchmark], *, checked: bool = False
) -> int:
    """Readiness 0–100 for one role profile.

    competencies = Σ weight × min(rating, target) / Σ weight × target  (weighted share of the
    target levels reached); benchmarks = mean over the benchmarks the profile sets, where a
    number of years earns value/target (capped at 1) and education earns 1 when met, else 0.
    readiness = floor(100 × (¾ × competencies + ¼ × benchmarks)), computed exactly.

    So it is 100 exactly when every target and every benchmark is met (floor keeps 99.9 at 99),
    and raising a rating can only raise it. A profile without benchmarks uses competencies alone.
    `checked` uses each rating as the evidence supports it (rating_checked) instead.
    """
    reached = sum(g.weight * min(g.rating_checked if checked else g.rating, g.target) for g in gaps)
    wanted = sum(g.weight * g.target for g in gaps)
    competency = Fraction(reached, wanted) if wanted else Fraction(1)
    credits = [c for c in map(_benchmark_credit, marks.values()) if c is not None]
    if not credits:
        return floor(100 * competency)
    bench = sum(credits, Fraction(0)) / len(credits)
    return floor(100 * (COMPETENCY_SHARE * competency + (1 - COMPETENCY_SHARE) * bench))
