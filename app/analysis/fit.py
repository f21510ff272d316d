"""Which title suits the person best: their strong points against what sets each role apart.

Readiness per role (`role_fit`) rewards the role that asks least. Fit asks another question:
where is this person stronger than their own average, and which role leans most on exactly
that? Each role's demand for a competency (target × weight) is taken relative to the average
demand of all roles, so that only what is distinctive about the role counts; the person's
ratings are taken relative to their own mean. The match is the cosine of the two (−1 … 1).
Experience and education count through the role's benchmarks, again relative to the average
over roles: someone far below a role's typical years of work or of online marketing (S4:
strategists average 13+ and about 3) fits it less; more years than typical are no penalty.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from math import log, sqrt

from app.analysis.person import Person
from app.analysis.result import Benchmark, CompetencyGap
from app.domain.profiles import BenchmarkId, RoleProfile

EXPERIENCE_WEIGHT = 0.3
"""How much falling short of the role's typical years of work counts against it, beside the
competencies' match (which runs from −1 to 1). More years than typical cost nothing."""
EDUCATION_WEIGHT = 0.2
"""How much meeting the role's education benchmarks counts, likewise."""


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    norm = sqrt(sum(x * x for x in a)) * sqrt(sum(y * y for y in b))
    return sum(x * y for x, y in zip(a, b, strict=True)) / norm if norm else 0.0


def _centred(values: Mapping[str, float]) -> dict[str, float]:
    mean = sum(values.values()) / len(values) if values else 0.0
    return {k: v - mean for k, v in values.items()}


def best_fit(
    profiles: Mapping[str, RoleProfile],
    gaps: Sequence[CompetencyGap],
    person: Person,
    marks: Mapping[str, Mapping[BenchmarkId, Benchmark]],
    readiness: Mapping[str, int],
) -> list[str]:
    """Role ids, best match first (ties: higher readiness, then id)."""
    ids = sorted(profiles)
    competencies = [g.id for g in gaps]
    level = [float(g.rating_checked) for g in gaps]
    mean_level = sum(level) / len(level) if level else 0.0
    strong_points = [x - mean_level for x in level]

    def demand(pid: str) -> list[float]:
        need = profiles[pid].competencies
        return [float(need[c].target * need[c].weight) if c in need else 0.0 for c in competencies]

    demands = {pid: demand(pid) for pid in ids}
    average = [sum(demands[pid][i] for pid in ids) / len(ids) for i in range(len(competencies))]
    match = {
        pid: _cosine([d - a for d, a in zip(demands[pid], average, strict=True)], strong_points)
        for pid in ids
    }

    def shortfall(pid: str) -> float:
        """How far below the role's typical years of work and of online marketing (log scale)."""
        b = profiles[pid].benchmarks
        out = 0.0
        for have, typical in (
            (person.total_years, b.total_years),
            (person.online_marketing_years, b.online_marketing_years),
        ):
            if have is not None:
                out += max(0.0, log(((typical or 0.0) + 1) / (have + 1)))
        return out

    experience = _centred({pid: -shortfall(pid) for pid in ids})
    schooling = _centred(
        {pid: sum(marks[pid][b].met for b in ("education_level", "education_field")) / 2 for pid in ids}
    )
    score = {
        pid: match[pid] + EXPERIENCE_WEIGHT * experience[pid] + EDUCATION_WEIGHT * schooling[pid]
        for pid in ids
    }
    return sorted(ids, key=lambda pid: (-round(score[pid], 9), -readiness[pid], pid))
