"""The report section on a client's progress, and the progress PDF.

The numbers come from `app.analysis.progress` (the same as the counsellor view and the CLI);
`progress_view` turns them into the sentences of `_progress.html.j2` in sv/nl/en, with the
readiness-over-time chart from `app.report.charts`.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_percent

from app.analysis.progress import Progress, Session, compute_progress
from app.content import Content
from app.domain.text import Language
from app.i18n import translator
from app.languages import LOCALES
from app.report.charts import readiness_svg
from app.report.glyphs import printable
from app.report.render import pdf_bytes
from app.report.templates import MAIN_TEMPLATE, environment, translations
from app.report.view import ProgressData, build_view
from app.storage.atomic import write_atomic

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
    by: str = ""
    """"Notes by …" (the counsellor's name), or ''."""


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
    not_counted: str = ""
    """Names the unfinished assessments left out (never scored, charted or compared)."""


def _date(day: dt.date, lang: Language, fmt: str = "long") -> str:
    return format_date(day, format=fmt, locale=LOCALES[lang])


def progress_view(
    progress: Progress, content: Content, lang: Language, unfinished: Sequence[dt.date] = ()
) -> ProgressView:
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
    svg = readiness_svg(
        [s.taken_on for s in progress.sessions], progress.readiness, lang, title=_("Readiness over time")
    )
    earlier = []
    for session in reversed(progress.sessions[:-1]):
        notes = session.answer_file.counsellor
        if notes is None or not (notes.notes.strip() or notes.gap_notes or notes.next_meeting):
            continue
        earlier.append(
            EarlierNote(
                heading=_("Session of {date}", date=_date(session.taken_on, lang)),
                paragraphs=[printable(p) for p in notes.notes.split("\n\n") if p.strip()],
                gap_notes=[(name(cid), printable(n)) for cid, n in notes.gap_notes.items() if n.strip()],
                next_meeting=_date(notes.next_meeting, lang) if notes.next_meeting else "",
                by=_("Notes by {name}", name=printable(notes.author)) if notes.author else "",
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
        not_counted=_.ngettext(
            "Not counted: the assessment of {dates} is unfinished (too few answers for a plan).",
            "Not counted: the assessments of {dates} are unfinished (too few answers for a plan).",
            len(unfinished),
            dates=", ".join(_date(d, lang) for d in unfinished),
        )
        if unfinished
        else "",
    )


# -- the PDF ---------------------------------------------------------------------------------


def progress_html(
    sessions: Sequence[Session],
    content: Content,
    lang: Language | None = None,
    *,
    name: str | None = None,
    today: dt.date | None = None,
    unfinished: Sequence[dt.date] = (),
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
    section = progress_view(progress, content, lang, unfinished)
    return (
        environment()
        .get_template(MAIN_TEMPLATE)
        .render(v=view, client_progress=section, **translations(lang))
    )


def render_progress_pdf(
    sessions: Sequence[Session],
    content: Content,
    out: Path,
    *,
    lang: Language | None = None,
    name: str | None = None,
    unfinished: Sequence[dt.date] = (),
) -> None:
    """Write the progress report (naming the `unfinished` assessments left out); the old file
    stays intact until the new one is whole."""
    write_atomic(
        out, pdf_bytes(progress_html(sessions, content, lang, name=name, unfinished=unfinished)), backup=False
    )
