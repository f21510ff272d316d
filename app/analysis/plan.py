"""The development plan: which steps, when, chosen with the calendar in view.

A counsellor plans like this, and so does this module:

1. Only steps the person can take. A step that needs an employer is for someone employed
   (S0: one works employed or freelance); for everyone else the same kind of experience comes
   from a placement (an internship, volunteering, a real account for a local business). The
   freelancing course is for people who freelance or may; the job search is for someone
   looking for a first role in the field; nobody is sent to training they have done or to what
   their background already brings (S3: customer-service people bring customer handling).
   Degrees and programmes are education decisions (education.py), never timeline steps.
2. Steps pitched at the person's level. A step is for someone at least at its lowest start
   level in every skill it uses, and works on a gap only up to its highest: an introductory
   course for levels 1–3, writing the organisation's guidelines or training colleagues for 3–5. After a step the
   competency is expected `raises` levels higher, so the next step for it can follow, later.
3. The largest gaps first, with the calendar. The open gap with the highest checked priority
   (gap × weight) gets the step that fits the timeframe and weekly hours and does the most for
   the person's gaps; then the next largest, and so on. Steps run side by side while the
   weekly hours allow. A course keeps its own pace (it needs its weekly hours); practice and
   self-study may run slower at fewer hours, taking the same total hours.
4. What does not fit goes to `after_plan`, in the order of the gaps it works on, with its
   length and, for a fixed-pace course, the weekly hours it needs.

Months count from 0; `end_month` is exclusive and never past the timeframe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from math import ceil

from app.analysis.person import Person
from app.analysis.result import AfterStep, Benchmark, CompetencyGap, PlanStep
from app.domain.profiles import BenchmarkId, LearningPath

BENCHMARK_PRIORITY = 3
"""What working towards an unmet benchmark is worth, like a one-level gap on an essential
competency."""
EDUCATION_KINDS = frozenset({"degree", "programme"})
CUSTOMER_SERVICE = "customer_service"
MIN_HOURS = 1.0
"""A step at fewer hours than this a week is not worth planning."""
SEARCH_SHARE = 0.25
"""Someone looking for work searches all through the plan, with up to a quarter of the hours."""
_EPS = 1e-9


def background(person: Person) -> frozenset[str]:
    """Prior fields, with customer service added for anyone with a year or more of it (S3)."""
    if (person.customer_service_years or 0) >= 1:
        return person.prior_fields | {CUSTOMER_SERVICE}
    return person.prior_fields


def can_take(path: LearningPath, person: Person) -> bool:
    """Rule 1: whether this person, in their situation, can and should take this step."""
    if path.kind in EDUCATION_KINDS or path.degree is not None:
        return False
    if path.needs_employer and not person.has_employer:
        return False
    if path.situations and (person.situation or "other") not in path.situations:
        return False
    if path.work_modes and not person.work_modes & set(path.work_modes):
        return False
    if path.job_search and not person.looking_for_work:
        return False
    if person.social_media_training in path.skip_if_training:
        return False
    return not background(person) & set(path.not_for_prior_fields)


def own_pace(path: LearningPath) -> tuple[int, float]:
    """(months, hours per week) at the step's own pace."""
    return max(1, ceil(path.duration_months - _EPS)), path.hours_per_week


def least_hours(path: LearningPath) -> float:
    """The fewest weekly hours the step can run at: its own for a fixed-pace course, half of
    them otherwise (over twice the months; slower than that it is no longer the same step)."""
    return path.hours_per_week if path.fixed_pace else max(MIN_HOURS, path.hours_per_week / 2)


def paces(path: LearningPath, budget: float) -> list[tuple[int, float]]:
    """The (months, hours per week) the step may take within the weekly budget, best first.

    A fixed-pace course keeps its own hours. Anything else runs at its own hours or, if the
    person has fewer, at theirs, down to half its own over longer (the same total hours); and
    also at half its hours beside other steps. An ongoing step (`shortest_months`: mentoring,
    a network, a routine) may also be shortened to fit the months that are left.
    """
    options: list[float] = [min(path.hours_per_week, budget)]
    if not path.fixed_pace:
        options.append(least_hours(path))
    out: list[tuple[int, float]] = []
    for hours in dict.fromkeys(options):
        if hours < least_hours(path) - _EPS or hours > budget + _EPS:
            continue
        months = max(1, ceil(path.duration_months * path.hours_per_week / hours - _EPS))
        shortest = ceil(path.shortest_months - _EPS) if path.shortest_months else months
        out += [(m, hours) for m in range(months, min(shortest, months) - 1, -1)]
    return out


@dataclass
class _Calendar:
    timeframe: int
    budget: float
    used: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.used = [0.0] * self.timeframe

    def _free(self, start: int, months: int, hours: float) -> bool:
        return all(self.used[m] + hours <= self.budget + _EPS for m in range(start, start + months))

    def place(self, months: int, hours: float, not_before: int, late: bool) -> int | None:
        """The earliest (or, with `late`, the latest) start that fits, or None."""
        if hours > self.budget + _EPS:
            return None
        starts = range(not_before, self.timeframe - months + 1)
        for start in reversed(starts) if late else starts:
            if self._free(start, months, hours):
                return start
        return None

    def book(self, start: int, months: int, hours: float) -> None:
        for m in range(start, start + months):
            self.used[m] += hours


@dataclass(frozen=True)
class Plan:
    steps: list[PlanStep]
    after: list[AfterStep]
    uncovered: list[str]


class _Planner:
    """The state of one planning run: expected levels, the calendar and the steps taken."""

    def __init__(
        self,
        person: Person,
        gaps: Sequence[CompetencyGap],
        open_marks: set[BenchmarkId],
        usable: list[LearningPath],
    ) -> None:
        self.order = {g.id: i for i, g in enumerate(gaps)}
        self.weight = {g.id: g.weight for g in gaps}
        self.level = {g.id: g.rating_checked for g in gaps}
        self.target = {g.id: g.target for g in gaps}
        self.reached = {c: [(level, 0)] for c, level in self.level.items()}
        """Per competency, (expected level, month from which it is reached), rising."""
        self.open_marks = open_marks
        self.usable = usable
        self.calendar = _Calendar(person.timeframe_months, person.hours_per_week)
        self.taken: set[str] = set()
        self.steps: list[PlanStep] = []
        top = max(gaps, key=lambda g: (g.priority_checked, g.weight, -self.order[g.id]), default=None)
        self.top_gap = top.id if top is not None and top.priority_checked > 0 else None
        self.job_seeking = person.situation == "job_seeking"

    def remaining(self, cid: str) -> int:
        return max(0, self.target[cid] - self.level[cid])

    def open_gaps(self) -> list[str]:
        """Competencies still short of their target, the highest priority first."""
        return sorted(
            (c for c in self.level if self.remaining(c) > 0),
            key=lambda c: (-self.weight[c] * self.remaining(c), -self.weight[c], self.order[c]),
        )

    def works_on(self, path: LearningPath) -> list[str]:
        """The gaps this step would work on now: none unless the person is at least at its lowest
        start level in every skill it uses, and only the gaps not above its highest."""
        low, high = path.start_levels
        used = [c for c in path.closes if c in self.level]
        if any(self.level[c] < low for c in used):
            return []
        return sorted(
            (c for c in used if self.remaining(c) > 0 and self.level[c] <= high), key=self.order.__getitem__
        )

    def candidates(self, gap_id: str) -> list[LearningPath]:
        return [p for p in self.usable if p.id not in self.taken and gap_id in self.works_on(p)]

    def gain(self, path: LearningPath) -> int:
        closes = sum(self.weight[c] * min(path.raises, self.remaining(c)) for c in self.works_on(path))
        return closes + BENCHMARK_PRIORITY * len(self.open_marks.intersection(path.addresses))

    def slot(self, path: LearningPath) -> tuple[int, int, float] | None:
        """(start, months, hours) for the step at the first pace that fits (see `paces`), or None."""
        low = path.start_levels[0]
        not_before = max(
            (
                min(month for level, month in self.reached[c] if level >= low)
                for c in path.closes
                if c in self.level
            ),
            default=0,
        )
        budget = self.calendar.budget
        always_free = budget - min(self.calendar.used, default=0.0)
        """The hours free in every month (less than the budget beside a job search)."""
        options = (
            paces(path, budget) + paces(path, always_free) if always_free < budget else paces(path, budget)
        )
        for months, hours in dict.fromkeys(options):
            start = self.calendar.place(months, hours, not_before, late=path.job_search)
            if start is not None:
                return start, months, hours
        return None

    def take(self, path: LearningPath, start: int, months: int, hours: float) -> PlanStep:
        """Book the step. The job search shows what the person can do but teaches nothing new, so
        it raises no expected level."""
        closes = [] if path.job_search else self.works_on(path)
        addressed = [b for b in path.addresses if b in self.open_marks]
        why = (["top_gap"] if self.top_gap in closes else []) + (["gap"] if closes else [])
        why += [f"benchmark:{b}" for b in addressed]
        if path.job_search:
            why.append("job_seeking" if self.job_seeking else "first_role")
        self.calendar.book(start, months, hours)
        step = PlanStep(
            path=path.id,
            kind=path.kind,
            closes=closes,
            benchmarks=addressed,
            start_month=start,
            end_month=start + months,
            hours_per_week=hours,
            needs_employer=path.needs_employer,
            why=why,
            priority=max((self.weight[c] * self.remaining(c) for c in closes), default=0),
            sources=list(path.sources),
        )
        self.steps.append(step)
        if not path.job_search:
            for c in closes:
                self.level[c] = min(self.target[c], self.level[c] + path.raises)
                self.reached[c].append((self.level[c], start + months))
        self.open_marks.difference_update(addressed)
        self.taken.add(path.id)
        return step

    def state(self) -> tuple[object, ...]:
        """What booking changes, to go back to (see `fill`)."""
        return (
            dict(self.level),
            {c: list(r) for c, r in self.reached.items()},
            list(self.calendar.used),
            list(self.steps),
            set(self.taken),
            set(self.open_marks),
        )

    def restore(self, state: tuple[object, ...]) -> None:
        level, reached, used, steps, taken, marks = state
        self.level, self.reached = level, reached  # type: ignore[assignment]
        self.calendar.used, self.steps = used, steps  # type: ignore[assignment]
        self.taken, self.open_marks = taken, marks  # type: ignore[assignment]

    def best_for(self, gap_id: str) -> bool:
        """Book the step that does most for this gap among those that fit (on a tie the shorter
        one, so that more can follow); False if none fits."""
        fitting = [(p, w) for p in self.candidates(gap_id) if (w := self.slot(p)) is not None]
        if not fitting:
            return False
        path, (start, months, hours) = min(
            fitting, key=lambda pw: (-self.gain(pw[0]), pw[1][1], pw[1][1] * pw[1][2], pw[1][0], pw[0].id)
        )
        self.take(path, start, months, hours)
        return True

    def job_search(self) -> PlanStep | None:
        """The way into work. Someone looking for a first role in the field searches in the last
        months, when the other steps give most to show; someone out of work searches from the
        first month to the last (benefits usually require it), with at most a quarter of the
        weekly hours. It works on no gap: it is there because the person needs a job."""
        for path in self.usable:
            if not path.job_search or path.id in self.taken:
                continue
            if self.job_seeking:
                timeframe, budget = self.calendar.timeframe, self.calendar.budget
                hours = max(MIN_HOURS, min(path.hours_per_week, round(2 * SEARCH_SHARE * budget) / 2))
                if self.calendar.place(timeframe, hours, 0, late=False) == 0:
                    return self.take(path, 0, timeframe, hours)
            elif (where := self.slot(path)) is not None:
                return self.take(path, *where)
        return None

    def placement(self) -> None:
        """Without an employer, the placement with the most hands-on time that fits: experience
        is what someone looking for a first role lacks most."""
        placements = [
            (p, w)
            for p in self.usable
            if p.kind == "placement" and p.id not in self.taken and self.works_on(p)
            if (w := self.slot(p)) is not None
        ]
        if placements:
            path, where = min(placements, key=lambda pw: (-pw[1][1] * pw[1][2], -self.gain(pw[0]), pw[0].id))
            self.take(path, *where)

    def way_in(self, person: Person) -> None:
        """The job search for someone looking for work or a first role and, for a first role
        without an employer, a placement."""
        if person.looking_for_work:
            self.job_search()
        if person.first_role and not person.has_employer:
            self.placement()

    def fill(self, person: Person) -> None:
        """Rule 3: the largest open gap that some step can still fit gets the best such step.

        Someone out of work searches first, from the first month (benefits usually require it):
        the learning steps get the hours that remain. For anyone else the way into work is
        booked first too, but the largest gap comes before it: if the way in would leave no room
        for that gap, the gap is served first and the way in after.
        """
        if self.job_seeking:
            self.job_search()
        before = self.state()
        top = self.open_gaps()[:1]
        self.way_in(person)
        if top and not self.best_for(top[0]):
            self.restore(before)
            self.best_for(top[0])
            self.way_in(person)
        while any(self.best_for(gap_id) for gap_id in self.open_gaps()):
            pass

    def after_plan(self) -> tuple[list[AfterStep], set[str]]:
        """Rule 4: for every gap still open, largest first, the best step that did not fit."""
        after: list[AfterStep] = []
        covered: set[str] = set()
        budget = self.calendar.budget
        for gap_id in self.open_gaps():
            candidates = self.candidates(gap_id)
            if not candidates:
                continue
            covered.add(gap_id)
            path = min(candidates, key=lambda p: (-self.gain(p), p.duration_months * p.hours_per_week, p.id))
            if any(a.path == path.id for a in after):
                continue
            fitting = paces(path, budget)
            months, hours = fitting[0] if fitting else own_pace(path)
            after.append(
                AfterStep(
                    path=path.id,
                    kind=path.kind,
                    closes=self.works_on(path),
                    months=months,
                    hours_per_week=hours,
                    needs_hours_per_week=None if fitting else least_hours(path),
                    sources=list(path.sources),
                )
            )
        return after, covered


def build_plan(
    person: Person,
    gaps: Sequence[CompetencyGap],
    marks: Mapping[BenchmarkId, Benchmark],
    paths: Mapping[str, LearningPath],
    timeline_benchmarks: Sequence[BenchmarkId],
) -> Plan:
    """Choose and schedule together (rules 1–4 above).

    `timeline_benchmarks` are the unmet benchmarks that steps on the timeline may work towards
    (the education decision says which: a course for the field, never a degree).
    """
    usable = [p for _, p in sorted(paths.items()) if can_take(p, person)]
    planner = _Planner(person, gaps, {b for b in timeline_benchmarks if not marks[b].met}, usable)
    planner.fill(person)
    after, covered = planner.after_plan()
    steps = sorted(planner.steps, key=lambda s: (s.start_month, -s.priority, s.path))
    worked_on = covered.union(*(s.closes for s in steps))
    uncovered = [c for c in planner.open_gaps() if c not in worked_on]
    return Plan(steps, after, sorted(uncovered, key=planner.order.__getitem__))
