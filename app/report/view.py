"""The development plan's view-model: every text and number the template shows, ready to print.

Built from the answer file, its `Analysis` and the content; the template only lays it out.
User text (name, notes) is passed through as plain strings: jinja2 escapes it.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from app.analysis.result import AfterStep, Analysis, Benchmark, CompetencyGap, PlanStep
from app.analysis.scoring import education_rank
from app.content import Content
from app.domain.answers import AnswerFile
from app.domain.text import Language, LocalizedText
from app.i18n import N_, Translator, translator
from app.languages import LOCALES
from app.report.calibration_view import CalibrationView, build_calibration
from app.report.charts import RadarSeries, radar_svg
from app.report.glyphs import printable

TOP_N = 5
STRENGTH_LEVEL = 3
"""A self-rating from this level up can be a strength (the middle of the 1–5 scale)."""
EXPERIENCED_YEARS = 8
"""From this many years of work, the support for experienced people is named."""
BENCHMARK_NAMES: dict[str, str] = {
    "total_years": N_("Years of work"),
    "online_marketing_years": N_("Years in online marketing"),
    "education_level": N_("Level of education"),
    "education_field": N_("Field of study"),
}
STEP_KINDS: dict[str, str] = {
    "degree": N_("Degree"),
    "course": N_("Course"),
    "on_the_job": N_("On the job"),
    "network": N_("Network"),
    "mentoring": N_("Mentoring"),
    "self_study": N_("Self-study"),
    "programme": N_("Programme"),
    "placement": N_("Practical experience"),
}
STUDY_MODES: dict[str, str] = {
    "full_time": N_("Full-time"),
    "part_time": N_("Part-time"),
}
WEIGHTS: dict[int, str] = {
    1: N_("useful"),
    2: N_("important"),
    3: N_("essential"),
}
"""How much a competency counts for the role (1–3)."""
BENCHMARK_ORDER = ("total_years", "online_marketing_years", "education_level", "education_field")


@dataclass(frozen=True)
class ProgressData:
    """An earlier analysis of the same person, shown as a third radar series and a line."""

    previous: Analysis
    taken_on: dt.date | None = None


@dataclass(frozen=True)
class SourceRef:
    short: str
    title: str
    publisher: str
    language: str
    summary: str
    publisher_known: bool = True


@dataclass(frozen=True)
class CompetencyRow:
    name: str
    rating: str
    target: int
    gap: int
    weight: str
    priority: int
    missing: bool
    observer: str = ""
    """The observer's rating ("" without one)."""
    flagged: bool = False
    """The evidence does not bear the rating out (see the calibration section)."""
    checked: int = 0
    gap_checked: int = 0
    priority_checked: int = 0
    """The gap and priority from the checked rating: what the plan works on."""


@dataclass(frozen=True)
class BenchmarkRow:
    label: str
    value: str
    target: str
    status: str
    met: bool


@dataclass(frozen=True)
class StepView:
    title: str
    kind: str
    span: str
    hours: str
    description: str
    first_step: str
    done_when: str
    closes: list[str]
    why: list[str]
    """Reasons in words, one sentence each."""
    sources: list[str]
    left_pct: float
    width_pct: float


@dataclass(frozen=True)
class AfterView:
    title: str
    kind: str
    length: str
    hours: str
    closes: list[str]
    fits_with: str
    """What would make it fit: the weekly hours it needs, or more time."""


@dataclass(frozen=True)
class EducationRow:
    route: str
    study: str
    length: str


@dataclass(frozen=True)
class EducationView:
    advice: str
    """"none", "course", "programme" or "degree"."""
    text: str
    rows: list[EducationRow]
    guidance: list[str]
    """The product's own guidance for the person's country (routes, funding, benefits)."""


@dataclass(frozen=True)
class NamedText:
    name: str
    text: str


@dataclass(frozen=True)
class NextStep:
    """What to do first: the plan's first step (its title, months and first action)."""

    title: str
    span: str
    first_step: str


@dataclass
class PlanView:
    lang: Language
    title: str
    page_parts: tuple[str, str, str]
    """"Page {page} of {pages}" split around the two numbers (the footer fills them in)."""
    name: str
    footer_name: str
    """The name cut to fit the footer: CSS's ellipsis would map one glyph to all the cut text."""
    date: str
    role_title: str
    role_description: str
    timeframe: str
    readiness: str
    readiness_value: int
    best_fit: list[NamedText]
    strengths: list[str]
    top_gaps: list[NamedText]
    rated_note: str
    """When too few competencies are rated: how many, and that the rest count as level 1."""
    in_short: list[str]
    """Two or three sentences: where the person stands, what the plan does first, when to apply."""
    next_step: NextStep | None
    missing: list[str]
    radar_uri: str
    radar_alt: str
    competencies: list[CompetencyRow]
    gap_rows: list[CompetencyRow]
    benchmarks: list[BenchmarkRow]
    benchmark_note: str
    benchmark_basis: str
    benchmark_sources: list[SourceRef]
    your_top3: list[str]
    expert_top3: list[str]
    overlap: str
    factor_ratings: list[NamedText]
    success_sources: list[SourceRef]
    months: list[tuple[int, str]]
    """(month, label): every month gets a cell, long plans label only every few months."""
    timeframe_months: int
    plan_status: str
    steps: list[StepView]
    after: list[AfterView]
    plan_intro: str
    timeline_legend: str
    after_intro: str
    too_few: str
    education: EducationView
    uncovered: list[str]
    expert_less: str
    sources: list[SourceRef]
    notes: list[str] = field(default_factory=list)
    gap_notes: list[NamedText] = field(default_factory=list)
    next_meeting: str = ""
    note_by: str = ""
    """The counsellor's name the notes are printed under ('' when the store has none)."""
    progress: str = ""
    for_session: bool = False
    """The answer file has a counsellor block: the plan gets a page for the session."""
    milestones: list[NamedText] = field(default_factory=list)
    """(when, what) for the session page: the end of each step."""
    calibration: CalibrationView | None = None
    has_observer: bool = False
    any_flagged: bool = False


class _Format:
    """Numbers and dates for the reader's locale (Babel)."""

    def __init__(self, lang: Language) -> None:
        self.locale = LOCALES[lang]

    def number(self, value: float) -> str:
        return format_decimal(round(value, 1), format="#,##0.#", locale=self.locale)

    def percent(self, value: int) -> str:
        return format_percent(value / 100, locale=self.locale)

    def hours(self, value: float, _: Translator) -> str:
        return _("1 h a week") if value == 1 else _("{hours} h a week", hours=self.number(value))

    def years(self, value: float, _: Translator) -> str:
        return _("{n} year", n=self.number(value)) if value == 1 else _("{n} years", n=self.number(value))

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)


class _Labels:
    """Names of content ids in one language, falling back to the id for unknown ones."""

    def __init__(self, content: Content, lang: Language) -> None:
        self.content, self.lang = content, lang
        self._questions = content.questionnaire.index()

    def competency(self, cid: str) -> str:
        question = self._questions.get(f"competency.{cid}")
        if question is None:
            return cid
        text = question.short or question.prompt
        return text.get(self.lang)

    def question(self, qid: str) -> str:
        """A short name for any question id (competencies by their own short name)."""
        if qid.startswith("competency."):
            return self.competency(qid.split(".", 1)[1])
        question = self._questions.get(qid)
        if question is None:
            return qid
        return (question.short or question.prompt).get(self.lang)

    def option(self, qid: str, value: str) -> str:
        for option in getattr(self._questions.get(qid), "options", None) or []:
            if option.value == value:
                return str(option.label.get(self.lang))
        return value

    def factor(self, fid: str) -> str:
        return self.option("success_factors.top3", fid)

    def role(self, pid: str) -> str:
        profile = self.content.profiles.get(pid)
        return profile.title.get(self.lang) if profile else pid

    def _language_name(self, code: str) -> str:
        return str(Locale.parse(LOCALES[self.lang]).languages.get(code, code))

    def _publisher(self, publisher: LocalizedText | None) -> str:
        if publisher is None:
            return translator(self.lang).gettext("not stated")
        return publisher.get(self.lang)

    def sources(self, ids: Sequence[str]) -> list[SourceRef]:
        out = []
        for sid in dict.fromkeys(ids):
            article = self.content.sources.get(sid)
            if article is not None:
                out.append(
                    SourceRef(
                        article.short,
                        article.title,
                        self._publisher(article.publisher),
                        self._language_name(article.language),
                        article.summary.get(self.lang),
                        article.publisher is not None,
                    )
                )
        return sorted(out, key=lambda s: int(s.short[1:]))


def _benchmark_rows(analysis: Analysis, labels: _Labels, fmt: _Format, _: Translator) -> list[BenchmarkRow]:
    rows = []
    for bid in BENCHMARK_ORDER:
        bench: Benchmark | None = analysis.benchmarks.get(bid)  # type: ignore[call-overload]
        if bench is None:
            continue
        numeric = bid.endswith("_years")
        qid = f"education.{bid.split('_', 1)[1]}" if not numeric else ""

        def show(value: object, *, numeric: bool = numeric, qid: str = qid) -> str:
            if value is None:
                return ""
            if isinstance(value, list):
                return ", ".join(labels.option(qid, str(v)) for v in value)
            if numeric and isinstance(value, int | float):
                return fmt.years(float(value), _)
            return labels.option(qid, str(value))

        if bench.target is None or bench.target == []:
            status = _("no benchmark")
        elif bench.value is None:
            status = _("not answered")
        elif bench.met:
            status = _("met")
        elif numeric and bench.gap:
            below = _("below the typical figure") if bench.basis == "survey_average" else _("not met")
            short = _("{years} short", years=fmt.years(bench.gap, _))
            status = f"{below} ({short})"
        else:
            status = _("not the usual one") if bench.basis == "survey_average" else _("not met")
        value = show(bench.value) if bench.value is not None else _("not answered")
        rows.append(BenchmarkRow(_(BENCHMARK_NAMES[bid]), value, show(bench.target), status, bench.met))
    return rows


def _names(items: Sequence[str]) -> str:
    return ", ".join(items)


def _months(n: int, _: Translator) -> str:
    return _.ngettext("{n} month", "{n} months", n)


def _why(step: PlanStep, top_gap: str | None, labels: _Labels, _: Translator) -> list[str]:
    if "job_seeking" in step.why:
        return [
            _(
                "You are looking for work: the search runs from the first month to the last, beside the learning steps."
            )
        ]
    if "first_role" in step.why:
        return [
            _(
                "It is your way into a first job in the field, planned for the end, when you have most to show."
            )
        ]
    others = _names([labels.competency(c) for c in step.closes if c != top_gap])
    if "top_gap" in step.why and top_gap is not None:
        out = [_("Why: it narrows your largest gap, {names}.", names=labels.competency(top_gap))]
        if others:
            out.append(_("It also trains {names}.", names=others))
    else:
        out = [_("Why: it works on {names}, where you are below the target.", names=others)]
    if step.benchmarks:
        out.append(
            _(
                "It also helps you reach the benchmark: {names}.",
                names=_names([_(BENCHMARK_NAMES[b]) for b in step.benchmarks]),
            )
        )
    return out


def _step_view(
    step: PlanStep,
    top_gap: str | None,
    content: Content,
    labels: _Labels,
    fmt: _Format,
    _: Translator,
    horizon: int,
) -> StepView:
    path = content.paths.get(step.path)
    lang = labels.lang
    start, end = step.start_month + 1, step.end_month
    span = (
        _("month {start}", start=start) if end <= start else _("months {start}–{end}", start=start, end=end)
    )
    return StepView(
        title=path.title.get(lang) if path else step.path,
        kind=_(STEP_KINDS[step.kind]),
        span=span,
        hours=fmt.hours(step.hours_per_week, _),
        description=path.description.get(lang) if path else "",
        first_step=path.first_step.get(lang) if path and path.first_step else "",
        done_when=path.done_when.get(lang) if path and path.done_when else "",
        closes=[labels.competency(c) for c in step.closes],
        why=_why(step, top_gap, labels, _),
        sources=[s.short for s in labels.sources(step.sources)],
        left_pct=100 * step.start_month / horizon,
        width_pct=100 * max(step.end_month - step.start_month, 1) / horizon,
    )


def _after_view(step: AfterStep, content: Content, labels: _Labels, fmt: _Format, _: Translator) -> AfterView:
    path = content.paths.get(step.path)
    return AfterView(
        title=path.title.get(labels.lang) if path else step.path,
        kind=_(STEP_KINDS[step.kind]),
        length=_months(step.months, _),
        hours=fmt.hours(step.hours_per_week, _),
        closes=[labels.competency(c) for c in step.closes],
        fits_with=_("needs at least {hours} hours a week", hours=fmt.number(step.needs_hours_per_week))
        if step.needs_hours_per_week
        else _("fits if you have more time or more hours a week"),
    )


def _education_text(
    analysis: Analysis, answers: Mapping[str, object], content: Content, _: Translator
) -> str:
    """Why this education advice, in the words that fit the person."""
    education = analysis.education
    profile = content.profiles.get(analysis.profile)
    below_degree = bool(
        profile
        and profile.benchmarks.education_level
        and education_rank(profile.benchmarks.education_level) < education_rank("bachelor")
    )
    advice = {
        "none": N_(
            "Your degree is in another field than the usual ones. With your experience no further study is needed: people come to this job from many backgrounds (S0)."
        )
        if not analysis.benchmarks["education_field"].met
        else N_(
            "Your education already meets the role's education benchmark: no further study is needed for it."
        ),
        "course": N_(
            "You hold a degree in another field. A course in communication and marketing gives you the basics that the usual background brings; it does not change your degree."
        )
        if analysis.benchmarks["education_level"].met
        else N_(
            "With your experience, a course is enough for the education benchmark; a degree would cost years your experience already makes up for."
        ),
        "programme": N_(
            "In our judgement a vocational qualification is enough for this role: a programme aimed at the job, full- or part-time, meets it. No degree is needed."
        )
        if below_degree
        else N_(
            "Since you have already worked a few years, we suggest a shorter programme aimed at the job; a degree part-time is the longer alternative."
        ),
        "degree": N_(
            "We suggest a degree: you have little work experience yet, and a communication degree is described as a good base for the job (S0). The shorter routes below are full alternatives."
        ),
    }[education.advice]
    unknown = education.advice != "none" and not {"education.level", "experience.total_years"} <= set(answers)
    parts = [
        _(
            "Your education or years of work are not answered yet, so the routes below are a first guess: answer those questions for advice that fits you."
        )
        if unknown
        else _(advice)
    ]
    if education.advice in ("degree", "programme") and answers.get("education.level") == "compulsory":
        parts.append(
            _(
                "First finish upper secondary school (adults can do so at komvux or a similar school): it is the entry requirement for these routes."
            )
        )
    if education.advice != "none" and answers.get("background.situation") == "studying":
        parts.append(_("If you are already studying towards this, finishing that is the next step."))
    if education.benchmarks:
        parts.append(
            _(
                "This counts towards: {names}.",
                names=_names([_(BENCHMARK_NAMES[b]) for b in education.benchmarks]),
            )
        )
    return " ".join(parts)


def _education_view(
    analysis: Analysis, answers: Mapping[str, object], content: Content, labels: _Labels, _: Translator
) -> EducationView:
    lang = labels.lang
    education = analysis.education
    rows = []
    for option in education.options:
        path = content.paths.get(option.path)
        rows.append(
            EducationRow(
                route=path.title.get(lang) if path else option.path,
                study=_(STUDY_MODES[option.study]),
                length=_months(option.months, _),
            )
        )
    guidance: list[str] = []
    routes = content.education_routes.get(education.country) if content.education_routes else None
    if routes is not None and education.advice != "none":
        situation, years = answers.get("background.situation"), answers.get("experience.total_years")
        guidance = [routes.degree.get(lang), routes.alternatives.get(lang), routes.funding.get(lang)]
        if isinstance(years, int | float) and years >= EXPERIENCED_YEARS:
            guidance.append(routes.experienced.get(lang))
        if situation == "employed":
            guidance.append(routes.employer.get(lang))
        if situation == "job_seeking":
            guidance.append(routes.job_seekers.get(lang))
    return EducationView(
        advice=education.advice,
        text=_education_text(analysis, answers, content, _),
        rows=rows,
        guidance=guidance,
    )


def _first_step(plan: Sequence[PlanStep]) -> PlanStep | None:
    """The step the plan starts with: the earliest, and among those the one for the top gap."""
    if not plan:
        return None
    earliest = min(step.start_month for step in plan)
    starting = [step for step in plan if step.start_month == earliest]
    return next((step for step in starting if "top_gap" in step.why), starting[0])


def _in_short(
    analysis: Analysis, role: str, first: StepView | None, fmt: _Format, _: Translator
) -> list[str]:
    """Where the person stands, what the plan does first, roughly when they could apply.

    Each sentence says only what the analysis holds: ratings against the role's targets (the
    checked ones beside the person's own where the evidence bears out less), the plan's months,
    and the job search step when the plan has one."""
    comps = analysis.competencies
    months, hours = fmt.number(analysis.timeframe_months), fmt.number(analysis.hours_per_week)
    if analysis.plan_status == "too_few_answers":
        return [
            _(
                "Too few competencies are rated to say where you stand for the role of {role}; the plan starts once the open questions are answered.",
                role=role,
            )
        ]
    met = sum(1 for c in comps if c.gap_checked == 0 and not c.missing)
    readiness = fmt.percent(analysis.readiness)
    if analysis.readiness_checked < analysis.readiness:  # some ratings are more than the evidence bears
        checked = fmt.percent(analysis.readiness_checked)
        stand = _(
            "For the role of {role} you are {readiness} ready by your own ratings and {checked} with the ratings the evidence supports; with those, {met} of the {total} competencies are at the level the role asks for.",
            role=role,
            readiness=readiness,
            checked=checked,
            met=met,
            total=len(comps),
        )
    else:
        stand = _(
            "For the role of {role} you are {readiness} ready: by your own ratings, {met} of the {total} competencies are at the level the role asks for.",
            role=role,
            readiness=readiness,
            met=met,
            total=len(comps),
        )
    out = [stand]
    if first is not None:
        out.append(_("The plan starts with “{step}” ({span}).", step=first.title, span=first.span))
    elif analysis.after_plan:
        out.append(
            _(
                "Nothing fits into {months} months at {hours} hours a week; begin with the first step under “After this plan”.",
                months=months,
                hours=hours,
            )
        )
    search = next((s for s in analysis.plan if {"job_seeking", "first_role"} & set(s.why)), None)
    if met == len(comps) and not analysis.after_plan:
        out.append(_("Your own ratings already meet the role's targets, so you could start applying now."))
    elif search is not None and "job_seeking" in search.why:
        out.append(
            _(
                "You are looking for work: the plan keeps your job search going from month 1, beside the other steps."
            )
        )
    elif search is not None:
        out.append(
            _(
                "You could start applying from month {month}, when the plan's job search begins.",
                month=search.start_month + 1,
            )
        )
    elif analysis.plan:
        end = max(s.end_month for s in analysis.plan)
        out.append(
            _(
                "The plan's steps end in month {month}, a sensible time to start applying; the steps under “After this plan” can go on beside your search.",
                month=end,
            )
            if analysis.after_plan
            else _(
                "The plan's steps end in month {month}; that is a sensible time to start applying.", month=end
            )
        )
    return out


def _strengths(comps: Sequence[CompetencyGap], labels: _Labels, _: Translator) -> list[str]:
    """What the person does best: the highest self-ratings (3 or more), whatever the target,
    leaving out those the evidence does not bear out (their checked rating is lower)."""
    rated = [
        c for c in comps if not c.missing and c.rating >= STRENGTH_LEVEL and c.rating_checked == c.rating
    ]
    best = sorted(rated, key=lambda c: (-c.rating, -(c.rating - c.target), -c.weight, c.id))[:TOP_N]
    return [
        _(
            "{name}: {rating} (the role: {target})",
            name=labels.competency(c.id),
            rating=c.rating,
            target=c.target,
        )
        for c in best
    ]


def _tick_step(horizon: int) -> int:
    """Label every month up to a year, then every 2, 3, 6 or 12 so numbers never collide."""
    return (
        next(step for limit, step in ((12, 1), (24, 2), (36, 3), (72, 6)) if horizon <= limit)
        if horizon <= 72
        else 12
    )


FOOTER_NAME_MAX = 40
"""Characters of the name in the footer: 40 of the widest still fit its 120 mm."""


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _page_parts(_: Translator) -> tuple[str, str, str]:
    before, rest = _("Page {page} of {pages}", page="\x00", pages="\x01").split("\x00")
    middle, after = rest.split("\x01")
    return before, middle, after


def build_view(
    answer_file: AnswerFile,
    analysis: Analysis,
    content: Content,
    lang: Language,
    *,
    today: dt.date,
    progress: ProgressData | None = None,
) -> PlanView:
    _ = translator(lang)
    fmt = _Format(lang)
    labels = _Labels(content, lang)
    profile = content.profiles.get(analysis.profile)
    role = labels.role(analysis.profile)
    comps = analysis.competencies
    rows = [
        CompetencyRow(
            name=labels.competency(c.id),
            rating=_("not rated") if c.missing else str(c.rating),
            target=c.target,
            gap=c.gap,
            weight=_(WEIGHTS[c.weight]),
            priority=c.priority,
            missing=c.missing,
            observer="" if c.observer_rating is None else str(c.observer_rating),
            flagged=c.rating_checked < c.rating,
            checked=c.rating_checked,
            gap_checked=c.gap_checked,
            priority_checked=c.priority_checked,
        )
        for c in comps
    ]
    # Gaps as the plan sees them: from the ratings the evidence supports.
    by_priority = sorted(
        (r for r in rows if r.gap_checked > 0),
        key=lambda r: (-r.priority_checked, -r.gap_checked, r.name),
    )

    series = [
        RadarSeries(_("Target"), [c.target for c in comps], "target"),
        RadarSeries(_("You"), [c.rating for c in comps], "rating"),
    ]
    has_observer = answer_file.observer is not None
    if has_observer:
        series.append(RadarSeries(_("Observer"), [c.observer_rating or 0 for c in comps], "observer"))
    progress_line = ""
    if progress is not None:
        earlier = {c.id: c.rating for c in progress.previous.competencies}
        series.append(RadarSeries(_("Earlier"), [earlier.get(c.id, 0) for c in comps], "previous"))
        before, now = fmt.percent(progress.previous.readiness), fmt.percent(analysis.readiness)
        progress_line = (
            _(
                "Readiness {before} on {date}, now {now}.",
                before=before,
                now=now,
                date=fmt.date(progress.taken_on),
            )
            if progress.taken_on
            else _("Readiness earlier {before}, now {now}.", before=before, now=now)
        )
    svg = radar_svg(
        [labels.competency(c.id) for c in comps],
        series,
        title=_("Your ratings against the target"),
        scale=_("Scale: 1 = not at all, 5 = expert."),
    )
    radar_uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")

    horizon = analysis.timeframe_months
    top = max(comps, key=lambda c: (c.priority_checked, c.weight), default=None)
    top_gap = top.id if top is not None and top.priority_checked > 0 else None
    steps = [_step_view(s, top_gap, content, labels, fmt, _, horizon) for s in analysis.plan]
    first_plan_step = _first_step(analysis.plan)
    first = steps[analysis.plan.index(first_plan_step)] if first_plan_step is not None else None
    months_text = fmt.number(analysis.timeframe_months)
    hours_text = fmt.number(analysis.hours_per_week)
    hours_phrase = fmt.hours(analysis.hours_per_week, _)

    sf = analysis.success_factors
    counsellor = answer_file.counsellor
    notes = [printable(p) for p in (counsellor.notes.split("\n\n") if counsellor else []) if p.strip()]
    gap_notes = [
        NamedText(printable(labels.question(cid if "." in cid else f"competency.{cid}")), printable(text))
        for cid, text in (counsellor.gap_notes.items() if counsellor else [])
        if text.strip()
    ]
    missing = [labels.question(m) for m in analysis.missing]
    return PlanView(
        lang=lang,
        title=_("Development plan"),
        page_parts=_page_parts(_),
        name=printable(answer_file.respondent.name.strip()),
        footer_name=_cut(printable(answer_file.respondent.name.strip()), FOOTER_NAME_MAX),
        date=fmt.date(today),
        role_title=role,
        role_description=profile.description.get(lang) if profile else "",
        timeframe=_("{months} months, {hours} hours a week", months=months_text, hours=hours_text),
        readiness=fmt.percent(analysis.readiness),
        readiness_value=analysis.readiness,
        best_fit=[
            NamedText(labels.role(pid), fmt.percent(analysis.role_fit.get(pid, 0)))
            for pid in analysis.best_fit
        ],
        strengths=_strengths(comps, labels, _),
        top_gaps=[NamedText(r.name, str(r.gap_checked)) for r in by_priority if not r.missing][:TOP_N],
        rated_note=_(
            "Only {n} of {total} competencies are rated; the others count as level 1 in these figures.",
            n=len(comps) - len(analysis.missing),
            total=len(comps),
        )
        if analysis.plan_status == "too_few_answers"
        else "",
        in_short=_in_short(analysis, role, first, fmt, _),
        next_step=NextStep(first.title, first.span, first.first_step) if first is not None else None,
        missing=missing,
        radar_uri=radar_uri,
        radar_alt=_(
            "Radar chart of your self-ratings (1–5) and your observer's ratings against the targets for {role}; the same numbers are in the table.",
            role=role,
        )
        if has_observer
        else _(
            "Radar chart of your self-ratings (1–5) against the targets for {role}; the same numbers are in the table.",
            role=role,
        ),
        competencies=rows,
        gap_rows=by_priority,
        benchmarks=_benchmark_rows(analysis, labels, fmt, _),
        benchmark_note=profile.benchmarks.note.get(lang) if profile and profile.benchmarks.note else "",
        benchmark_basis=_(
            "The targets are typical figures: averages from a survey of strategists (S4), not requirements."
        )
        if profile and profile.benchmarks.basis == "survey_average"
        else _("The targets are our own assumption for the role, not figures from the articles."),
        benchmark_sources=labels.sources(profile.benchmarks.sources if profile else []),
        your_top3=[labels.factor(f) for f in sf.top3],
        expert_top3=[labels.factor(f) for f in sf.expert_top3],
        overlap=_("Overlap with the experts' top 3: {n} of your 3 factors.", n=sf.overlap),
        factor_ratings=[
            NamedText(labels.factor(f), _("not rated") if r is None else str(r))
            for f, r in sf.ratings.items()
        ],
        success_sources=labels.sources(sf.sources),
        months=[(m, str(m) if (m - 1) % _tick_step(horizon) == 0 else "") for m in range(1, horizon + 1)],
        timeframe_months=analysis.timeframe_months,
        plan_status=analysis.plan_status,
        steps=steps,
        after=[_after_view(a, content, labels, fmt, _) for a in analysis.after_plan],
        plan_intro=_(
            "Fitted to {months} months at {hours}: your largest gaps first, steps side by side while your hours allow.",
            months=months_text,
            hours=hours_phrase,
        )
        if analysis.plan
        else _(
            "Nothing fits into {months} months at {hours}. The steps below are where to start when you have more time.",
            months=months_text,
            hours=hours_phrase,
        )
        if analysis.after_plan
        else _("No learning steps are needed for this role."),
        timeline_legend=_("Each bar is one step; the axis shows your {months} months.", months=months_text),
        after_intro=_(
            "Worth doing next, in this order. They do not fit into {months} months at {hours}.",
            months=months_text,
            hours=hours_phrase,
        ),
        too_few=_(
            "Too few competencies are rated for a plan worth following. Rate these first: {names}.",
            names=_names(missing),
        ),
        education=_education_view(analysis, answer_file.answers, content, labels, _),
        uncovered=[labels.competency(c) for c in analysis.uncovered],
        expert_less=_(
            "Rated less important by the experts: {names}. The author doubts this finding (S4).",
            names=_names([labels.factor(f) for f in sf.expert_less_important]),
        )
        if sf.expert_less_important
        else "",
        sources=labels.sources(list(content.sources)),
        notes=notes,
        gap_notes=gap_notes,
        next_meeting=fmt.date(counsellor.next_meeting) if counsellor and counsellor.next_meeting else "",
        note_by=printable(counsellor.author) if counsellor and (notes or gap_notes) else "",
        progress=progress_line,
        for_session=counsellor is not None,
        milestones=[
            NamedText(_("End of month {month}", month=step.end_month), view.title)
            for step, view in sorted(zip(analysis.plan, steps, strict=True), key=lambda sv: sv[0].end_month)
        ],
        calibration=build_calibration(
            answer_file, analysis, content, lang, _, labels.competency, fmt.percent
        ),
        has_observer=has_observer,
        any_flagged=any(r.flagged for r in rows),
    )
