"""Rule 5, first half: which learning paths go into the plan, and why.

1. Education (S0, S4). Someone who does not meet the profile's education benchmarks (a degree
   at its level in one of its fields, by default a bachelor's in communication or marketing)
   gets one education step:
   - with little work experience (< EXPERIENCED_YEARS) and no degree at the required level:
     a degree path in an accepted field, communication first (S0: a communication degree is
     the good base, "the work is largely communication");
   - otherwise (long experience, or already a degree at that level in another field): a
     programme or course that addresses the education benchmarks, preferring one that ends
     within the timeframe at the person's hours, then the one working on most of their gaps
     (S0: more and more programmes focus on social media; S4: strategists have 13+ years but
     only ~3 in online marketing, so working life counts).
   Nobody is sent to a degree they hold (same field, same or higher level).
2. Background (S3). A path whose `not_for_prior_fields` matches the person's background is
   skipped: what they bring is built on, not taught again. A customer-service background is
   `prior_fields` containing customer_service or at least one year of customer service.
3. Gaps and benchmarks. Then, greedily, the path that works on the most remaining priority
   (gap × weight of the competencies it closes, plus BENCHMARK_PRIORITY for every unmet
   benchmark it addresses) until every gap is covered or no path helps. Degree paths are
   only chosen by rule 1: a three-year degree is never a way to fix one skill.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from app.analysis.pace import months_needed
from app.analysis.person import Person
from app.analysis.result import Benchmark, CompetencyGap
from app.analysis.scoring import education_rank
from app.domain.profiles import BenchmarkId, DegreeGrant, LearningPath, RoleProfile

EXPERIENCED_YEARS = 5.0
"""From this many years of work on, a degree is not the advice: a bachelor's takes about three
years, which would be a large share of such a working life so far, and the sources value that
experience (S4) and note that many in the field are self-taught (S0)."""
BENCHMARK_PRIORITY = 3
"""What addressing one unmet benchmark is worth, like a one-level gap on an essential competency."""
PREFERRED_DEGREE_FIELD = "communication"
DEFAULT_DEGREE_LEVEL = "bachelor"
EDUCATION_BENCHMARKS: frozenset[BenchmarkId] = frozenset({"education_level", "education_field"})
CUSTOMER_SERVICE = "customer_service"

Reason = Literal["education", "gaps"]


@dataclass(frozen=True)
class Choice:
    path: LearningPath
    closes: tuple[str, ...]
    benchmarks: tuple[BenchmarkId, ...]
    priority: int
    reason: Reason


def background(person: Person) -> frozenset[str]:
    """Prior fields, with customer service added for anyone with a year or more of it (S3)."""
    if (person.customer_service_years or 0) >= 1:
        return person.prior_fields | {CUSTOMER_SERVICE}
    return person.prior_fields


def holds(person: Person, degree: DegreeGrant) -> bool:
    """True when the person already has this degree: same field, same or higher level."""
    return person.education_field == degree.field and education_rank(
        person.education_level
    ) >= education_rank(degree.level)


def _effort(path: LearningPath) -> float:
    return path.duration_months * path.hours_per_week


def _education_path(
    profile: RoleProfile,
    person: Person,
    marks: Mapping[BenchmarkId, Benchmark],
    usable: Sequence[LearningPath],
    priority: Mapping[str, int],
) -> LearningPath | None:
    if all(marks[b].met for b in EDUCATION_BENCHMARKS):
        return None
    required = profile.benchmarks.education_level or DEFAULT_DEGREE_LEVEL
    accepted = profile.benchmarks.education_fields or [PREFERRED_DEGREE_FIELD]
    degrees = [
        p
        for p in usable
        if p.degree is not None
        and p.degree.field in accepted
        and education_rank(p.degree.level) >= education_rank(required)
        and not holds(person, p.degree)
    ]
    little_experience = (person.total_years or 0.0) < EXPERIENCED_YEARS
    has_level = education_rank(person.education_level) >= education_rank(required)
    if little_experience and not has_level and degrees:
        return min(
            degrees,
            key=lambda p: (p.degree is None or p.degree.field != PREFERRED_DEGREE_FIELD, _effort(p), p.id),
        )
    short = [p for p in usable if p.degree is None and EDUCATION_BENCHMARKS & set(p.addresses)]
    if not short:
        return None

    def too_long(path: LearningPath) -> bool:
        return months_needed(path, person.hours_per_week) > person.timeframe_months

    return min(
        short, key=lambda p: (too_long(p), -sum(priority.get(c, 0) for c in p.closes), _effort(p), p.id)
    )


def choose_paths(
    profile: RoleProfile,
    person: Person,
    gaps: Sequence[CompetencyGap],
    marks: Mapping[BenchmarkId, Benchmark],
    paths: Mapping[str, LearningPath],
) -> tuple[list[Choice], list[str]]:
    """The chosen paths in the order they were chosen, and the gap competencies none works on."""
    priority = {g.id: g.priority for g in gaps if g.gap > 0}
    order = [g.id for g in gaps]
    unmet = {b for b, mark in marks.items() if not mark.met}
    own = background(person)
    usable = [p for _, p in sorted(paths.items()) if not own & set(p.not_for_prior_fields)]
    open_gaps, open_marks = set(priority), set(unmet)
    chosen: list[Choice] = []

    def take(path: LearningPath, reason: Reason) -> None:
        closes = tuple(c for c in order if c in priority and c in path.closes)
        addressed = tuple(b for b in path.addresses if b in unmet)
        chosen.append(Choice(path, closes, addressed, sum(priority[c] for c in closes), reason))
        open_gaps.difference_update(closes)
        open_marks.difference_update(addressed)

    def gain(path: LearningPath) -> int:
        closes = sum(priority[c] for c in path.closes if c in open_gaps)
        return closes + BENCHMARK_PRIORITY * len(open_marks.intersection(path.addresses))

    education = _education_path(profile, person, marks, usable, priority)
    if education is not None:
        take(education, "education")
    candidates = [p for p in usable if p.degree is None and p is not education]
    while candidates and (open_gaps or open_marks):
        best = min(candidates, key=lambda p: (-gain(p), _effort(p), p.id))
        if gain(best) <= 0:
            break
        take(best, "gaps")
        candidates = [p for p in candidates if p is not best]
    return chosen, [c for c in order if c in open_gaps]
