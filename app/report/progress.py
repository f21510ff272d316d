"""A client's progress over their assessments: the numbers, and the report section that shows them.

`compute_progress` compares the latest assessment with the first and the previous one,
per competency and in readiness. Every session is analysed against ONE role profile (the
latest session's goal unless the caller names one) so the numbers can be compared.
`progress_view` turns that into the sentences of `_progress.html.j2` in sv/nl/en, and
`readiness_svg` draws readiness over time for the PDF and the counsellor view alike
(SVG Tiny: QtSvg reads it too).
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import format_percent

from app.analysis import analyze_file
from app.analysis.result import Analysis
from app.content import Content
from app.domain.answers import AnswerFile
from app.domain.text import Language
from app.i18n import translator
from app.languages import LOCALES
from app.report.render import pdf_bytes
from app.report.templates import MAIN_TEMPLATE, environment, translations
from app.report.view import ProgressData, build_view
from app.storage.atomic import write_atomic

_FONT = "Liberation Sans, Arial, Helvetica, sans-serif"


@dataclass(frozen=True)
class Session:
    """One assessment, analysed."""

    taken_on: dt.date
    analysis: Analysis
    answer_file: AnswerFile


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


def analyse_sessions(
    sessions: Sequence[tuple[dt.date, AnswerFile]], content: Content, profile_id: str | None = None
) -> list[Session]:
    """Analyse each (date, checked answer file), oldest first, against one profile."""
    ordered = sorted(sessions, key=lambda s: s[0])
    if not ordered:
        raise ValueError("no assessments")
    latest = analyze_file(ordered[-1][1], content, profile_id)
    out = [
        Session(day, analyze_file(f, content, latest.profile), f) for day, f in ordered[:-1]
    ]
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


# -- the report section ----------------------------------------------------------------------

def signed(value: int) -> str:
    """+2, −1 (a real minus sign), 0."""
    return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"


@dataclass(frozen=True)
class ChangeRow:
    name: str
    first: int
    previous: int
    latest: int
    target: int
    since_first: str
    since_previous: str
    trend: str
    """"up", "down" or "same" since the first assessment (for a CSS class)."""


@dataclass(frozen=True)
class EarlierNote:
    heading: str
    paragraphs: list[str]
    gap_notes: list[tuple[str, str]]
    next_meeting: str


@dataclass(frozen=True)
class ProgressView:
    """What `_progress.html.j2` shows (its fixed sentences are in the template)."""

    lang: Language
    title: str
    intro: str
    only_one: bool
    show_previous: bool
    """False with two assessments, where "first" and "previous" are the same one."""
    readiness_lines: list[str]
    chart_uri: str
    chart_alt: str
    rows: list[ChangeRow]
    earlier_notes: list[EarlierNote]


def _date(day: dt.date, lang: Language, fmt: str = "long") -> str:
    return format_date(day, format=fmt, locale=LOCALES[lang])


def readiness_svg(days: Sequence[dt.date], values: Sequence[int], lang: Language, *, width: int = 480) -> str:
    """Readiness (0–100) per assessment as a line with labelled points."""
    height, left, right, top, bottom = 180, 56, 44, 22, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    count = len(values)

    def x(i: int) -> float:
        return left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    def y(value: float) -> float:
        return top + plot_h * (1 - value / 100)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{escape(translator(lang).gettext('Readiness over time'))}</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    for level in (0, 25, 50, 75, 100):
        out.append(
            f'<line x1="{left}" y1="{y(level):.1f}" x2="{width - right}" y2="{y(level):.1f}" '
            f'stroke="#d0d0d0" stroke-width="0.6"/>'
            f'<text x="{left - 5}" y="{y(level) + 3:.1f}" font-family="{_FONT}" font-size="10" '
            f'fill="#606060" text-anchor="end">{level}</text>'
        )
    if count > 1:
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        out.append(f'<polyline points="{points}" fill="none" stroke="#1f4e79" stroke-width="2"/>')
    for i, (day, value) in enumerate(zip(days, values, strict=True)):
        out.append(
            f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3.5" fill="#1f4e79"/>'
            f'<text x="{x(i):.1f}" y="{y(value) - 8:.1f}" font-family="{_FONT}" font-size="12" '
            f'fill="#000000" text-anchor="middle">{value}</text>'
            f'<text x="{x(i):.1f}" y="{height - 10}" font-family="{_FONT}" font-size="10" '
            f'fill="#404040" text-anchor="middle">{escape(_date(day, lang, "short"))}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def progress_view(progress: Progress, content: Content, lang: Language) -> ProgressView:
    _ = translator(lang)
    questions = content.questionnaire.index()

    def name(cid: str) -> str:
        question = questions.get(f"competency.{cid}")
        if question is None:
            return cid
        return (question.short or question.prompt).get(lang)

    def pct(value: int) -> str:
        return format_percent(value / 100, locale=LOCALES[lang])

    profile = content.profiles.get(progress.profile)
    role = profile.title.get(lang) if profile else progress.profile
    latest = progress.latest.analysis.readiness
    lines = []
    if len(progress.sessions) > 1:
        lines.append(
            _(
                "Readiness since the first assessment ({date}): {before} → {now} ({delta} points).",
                date=_date(progress.first.taken_on, lang),
                before=pct(progress.first.analysis.readiness),
                now=pct(latest),
                delta=signed(progress.readiness_since_first),
            )
        )
    if len(progress.sessions) > 2:
        lines.append(
            _(
                "Readiness since the previous assessment ({date}): {before} → {now} ({delta} points).",
                date=_date(progress.previous.taken_on, lang),
                before=pct(progress.previous.analysis.readiness),
                now=pct(latest),
                delta=signed(progress.readiness_since_previous),
            )
        )
    svg = readiness_svg([s.taken_on for s in progress.sessions], progress.readiness, lang)
    earlier = []
    for session in reversed(progress.sessions[:-1]):
        notes = session.answer_file.counsellor
        if notes is None or not (notes.notes.strip() or notes.gap_notes or notes.next_meeting):
            continue
        earlier.append(
            EarlierNote(
                heading=_("Session of {date}", date=_date(session.taken_on, lang)),
                paragraphs=[p for p in notes.notes.split("\n\n") if p.strip()],
                gap_notes=[(name(cid), note) for cid, note in notes.gap_notes.items() if note.strip()],
                next_meeting=_date(notes.next_meeting, lang) if notes.next_meeting else "",
            )
        )
    return ProgressView(
        lang=lang,
        title=_("Progress"),
        intro=_(
            "{n} assessments from {first} to {latest}, all compared with the role {role}.",
            n=len(progress.sessions),
            first=_date(progress.first.taken_on, lang),
            latest=_date(progress.latest.taken_on, lang),
            role=role,
        ),
        only_one=len(progress.sessions) == 1,
        show_previous=len(progress.sessions) > 2,
        readiness_lines=lines,
        chart_uri="data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii"),
        chart_alt=_("Readiness over time") + ": " + ", ".join(str(v) for v in progress.readiness),
        rows=[
            ChangeRow(
                name=name(c.id),
                first=c.first,
                previous=c.previous,
                latest=c.latest,
                target=c.target,
                since_first=signed(c.since_first),
                since_previous=signed(c.since_previous),
                trend="up" if c.since_first > 0 else "down" if c.since_first < 0 else "same",
            )
            for c in progress.changes
        ],
        earlier_notes=earlier,
    )


# -- the PDF ---------------------------------------------------------------------------------


def progress_html(
    sessions: Sequence[Session],
    content: Content,
    lang: Language | None = None,
    *,
    name: str | None = None,
    today: dt.date | None = None,
) -> str:
    """The development plan of the latest session, with the previous one on the radar and the
    progress section (`_progress.html.j2`) before the notes.

    `name` (the client's name in the store) replaces the name in the answer file, which
    may be empty or spelled otherwise.
    """
    progress = compute_progress(sessions)
    latest = progress.latest
    lang = lang or latest.answer_file.language
    answer_file = latest.answer_file
    if name is not None:
        answer_file = answer_file.model_copy(deep=True)
        answer_file.respondent.name = name
    earlier = (
        ProgressData(previous=progress.previous.analysis, taken_on=progress.previous.taken_on)
        if len(progress.sessions) > 1
        else None
    )
    view = build_view(
        answer_file, latest.analysis, content, lang, today=today or dt.date.today(), progress=earlier
    )
    section = progress_view(progress, content, lang)
    return environment().get_template(MAIN_TEMPLATE).render(v=view, client_progress=section, **translations(lang))


def render_progress_pdf(
    sessions: Sequence[Session],
    content: Content,
    out: Path,
    *,
    lang: Language | None = None,
    name: str | None = None,
) -> None:
    """Write the progress report; the old file stays intact until the new one is whole."""
    write_atomic(out, pdf_bytes(progress_html(sessions, content, lang, name=name)), backup=False)
