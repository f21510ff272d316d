"""Rule 5, second half: a timeline for the chosen paths within the person's months and hours.

Months are counted from now: `start_month` 0 is the first month, `end_month` = start + length.
Steps run side by side while their hours per week fit the person's weekly budget, otherwise
one after another. A path that asks for more hours per week than the person has runs alone
at the person's pace and takes proportionally longer (the same total hours). Steps are placed
in the order they were chosen, each at the earliest month where it fits and ends within the
timeframe. A step that cannot end within it is marked `later` (kept in the plan, never dropped)
and placed after that, shortest first, so that a long degree does not push a one-month course
years away.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.analysis.pace import hours_used, months_needed
from app.analysis.path_choice import Choice
from app.analysis.result import PlanStep

_EPS = 1e-9


def schedule(choices: Sequence[Choice], timeframe_months: int, budget: float) -> list[PlanStep]:
    used: list[float] = []

    def fits(start: int, months: int, hours: float) -> bool:
        return all(used[m] + hours <= budget + _EPS for m in range(start, min(start + months, len(used))))

    def earliest(months: int, hours: float, horizon: int | None) -> int | None:
        start = 0
        while horizon is None or start + months <= horizon:
            if fits(start, months, hours):
                return start
            start += 1
        return None

    def book(start: int, months: int, hours: float) -> None:
        used.extend([0.0] * max(0, start + months - len(used)))
        for m in range(start, start + months):
            used[m] += hours

    placed: list[tuple[Choice, int, int, float]] = []
    deferred: list[Choice] = []
    for choice in choices:
        months, hours = months_needed(choice.path, budget), hours_used(choice.path, budget)
        start = earliest(months, hours, timeframe_months)
        if start is None:
            deferred.append(choice)
            continue
        book(start, months, hours)
        placed.append((choice, start, months, hours))
    for choice in sorted(deferred, key=lambda c: months_needed(c.path, budget)):
        months, hours = months_needed(choice.path, budget), hours_used(choice.path, budget)
        start = earliest(months, hours, None)
        assert start is not None  # without a horizon every step fits somewhere
        book(start, months, hours)
        placed.append((choice, start, months, hours))

    steps = [
        PlanStep(
            path=choice.path.id,
            kind=choice.path.kind,
            closes=list(choice.closes),
            benchmarks=list(choice.benchmarks),
            start_month=start,
            end_month=start + months,
            hours_per_week=hours,
            later=start + months > timeframe_months,
            priority=choice.priority,
            reason=choice.reason,
            sources=list(choice.path.sources),
        )
        for choice, start, months, hours in placed
    ]
    return sorted(steps, key=lambda s: (s.later, s.start_month, -s.priority, s.path))
