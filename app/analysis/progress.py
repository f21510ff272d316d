"""A client's progress over their assessments: which ones count, and what changed.

`progress_over` is the one rule the counsellor view, the progress PDF and `clients report`
share: an assessment counts when its answers passed the checks (the caller reads and checks
them, and passes the problems of those that did not) and it is complete (enough answers for a
plan: `plan_status == "ok"`, the store's `complete`); the rest are skipped and named (an
unfinished one as unfinished), never refused and never dropped silently. Every counted session is analysed against ONE role profile
(the latest session's goal unless the caller names one) so the numbers can be compared;
`compute_progress` compares the latest with the first and the previous one, per competency
and in readiness.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.analysis.engine import analyze_file
from app.analysis.result import Analysis
from app.domain.answers import AnswerFile
from app.domain.content import Content


@dataclass(frozen=True)
class Assessed:
    """One assessment as read: its checked answer file, or the problems that keep it out."""

    taken_on: dt.date
    answer_file: AnswerFile | None
    problems: tuple[str, ...] = ()
    key: int | None = None
    """The caller's id for it (the store's assessment id), handed back in Session and Skipped."""


@dataclass(frozen=True)
class Session:
    """One counted assessment, analysed."""

    taken_on: dt.date
    analysis: Analysis
    answer_file: AnswerFile
    key: int | None = None


@dataclass(frozen=True)
class Skipped:
    """An assessment left out of the progress, with why (one line per problem)."""

    taken_on: dt.date
    problems: tuple[str, ...]
    key: int | None = None
    unfinished: bool = False
    """Valid answers, but too few for a plan: never scored, charted or compared."""


@dataclass(frozen=True)
class CompetencyChange:
    id: str
    target: int
    first: int
    previous: int
    latest: int
    gap_first: int
    gap_latest: int

    @property
    def since_first(self) -> int:
        return self.latest - self.first

    @property
    def since_previous(self) -> int:
        return self.latest - self.previous


@dataclass(frozen=True)
class Progress:
    profile: str
    sessions: list[Session]
    """Oldest first; the last one is the latest."""
    changes: list[CompetencyChange]
    """In questionnaire order."""

    @property
    def first(self) -> Session:
        return self.sessions[0]

    @property
    def previous(self) -> Session:
        return self.sessions[-2] if len(self.sessions) > 1 else self.sessions[0]

    @property
    def latest(self) -> Session:
        return self.sessions[-1]

    @property
    def readiness(self) -> list[int]:
        return [s.analysis.readiness for s in self.sessions]

    @property
    def readiness_since_first(self) -> int:
        return self.latest.analysis.readiness - self.first.analysis.readiness

    @property
    def readiness_since_previous(self) -> int:
        return self.latest.analysis.readiness - self.previous.analysis.readiness


@dataclass(frozen=True)
class Track:
    """What `progress_over` gives: the counted sessions (oldest first) and the skipped ones."""

    sessions: list[Session]
    skipped: list[Skipped]

    @property
    def progress(self) -> Progress | None:
        """The changes over the counted sessions; None when none counts."""
        return compute_progress(self.sessions) if self.sessions else None


def progress_over(assessed: Sequence[Assessed], content: Content, profile_id: str | None = None) -> Track:
    """Count the assessments whose answers passed the checks, analyse them against one profile,
    and name the others (oldest first in both lists)."""
    ordered = sorted(assessed, key=lambda a: a.taken_on)
    skipped = [Skipped(a.taken_on, a.problems, a.key) for a in ordered if a.answer_file is None or a.problems]
    valid = [a for a in ordered if a.answer_file is not None and not a.problems]
    complete = {id(a) for a in valid if a.answer_file is not None and is_complete(a.answer_file, content)}
    skipped += [Skipped(a.taken_on, (), a.key, unfinished=True) for a in valid if id(a) not in complete]
    skipped.sort(key=lambda s: s.taken_on)
    counted = [a for a in valid if id(a) in complete]
    dated = [(a.taken_on, a.answer_file) for a in counted if a.answer_file is not None]
    sessions = analyse_sessions(dated, content, profile_id) if dated else []
    keyed = [
        Session(s.taken_on, s.analysis, s.answer_file, a.key) for s, a in zip(sessions, counted, strict=True)
    ]
    return Track(keyed, skipped)


def is_complete(answer_file: AnswerFile, content: Content) -> bool:
    """Enough answers for a plan: the rule an assessment's status follows."""
    return analyze_file(answer_file, content).plan_status == "ok"


def analyse_sessions(
    sessions: Sequence[tuple[dt.date, AnswerFile]], content: Content, profile_id: str | None = None
) -> list[Session]:
    """Analyse each (date, checked answer file), oldest first, against one profile."""
    ordered = sorted(sessions, key=lambda s: s[0])
    if not ordered:
        raise ValueError("no assessments")
    latest = analyze_file(ordered[-1][1], content, profile_id)
    out = [Session(day, analyze_file(f, content, latest.profile), f) for day, f in ordered[:-1]]
    return [*out, Session(ordered[-1][0], latest, ordered[-1][1])]


def compute_progress(sessions: Sequence[Session]) -> Progress:
    """Changes of the latest session against the first and the previous one."""
    if not sessions:
        raise ValueError("no assessments")
    first, latest = sessions[0].analysis, sessions[-1].analysis
    previous = sessions[-2].analysis if len(sessions) > 1 else first
    before = {c.id: c for c in first.competencies}
    last_time = {c.id: c for c in previous.competencies}
    changes = []
    for now in latest.competencies:
        then = before.get(now.id, now)
        changes.append(
            CompetencyChange(
                id=now.id,
                target=now.target,
                first=then.rating,
                previous=last_time.get(now.id, now).rating,
                latest=now.rating,
                gap_first=then.gap,
                gap_latest=now.gap,
            )
        )
    return Progress(latest.profile, list(sessions), changes)
