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
from app.languages import LOCALES
from app.report.calibration_view import CalibrationView, build_calibration
from app.report.charts import RadarSeries, radar_svg
from app.report.glyphs import printable
from app.report.strings import Catalogue

TOP_N = 5
STRENGTH_LEVEL = 3
"""A self-rating from this level up can be a strength (the middle of the 1–5 scale)."""
EXPERIENCED_YEARS = 8
"""From this many years of work, the support for experienced people is named."""
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
    t: Catalogue
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

    def hours(self, value: float, t: Catalogue) -> str:
        return t("hours_week_one") if value == 1 else t("hours_week", hours=self.number(value))

    def years(self, value: float, t: Catalogue) -> str:
        return t("years_one" if value == 1 else "years", n=self.number(value))

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
            return Catalogue(self.lang)("publisher_unknown")
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


def _benchmark_rows(analysis: Analysis, labels: _Labels, fmt: _Format, t: Catalogue) -> list[BenchmarkRow]:
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
                return fmt.years(float(value), t)
            return labels.option(qid, str(value))

        if bench.target is None or bench.target == []:
            status = t("no_benchmark")
        elif bench.value is None:
            status = t("not_answered")
        elif bench.met:
            status = t("met")
        elif numeric and bench.gap:
            below = t("below_typical") if bench.basis == "survey_average" else t("not_met")
            status = f"{below} ({t('years_short', years=fmt.years(bench.gap, t))})"
        else:
            status = t("not_usual") if bench.basis == "survey_average" else t("not_met")
        value = show(bench.value) if bench.value is not None else t("not_answered")
        rows.append(BenchmarkRow(t(f"bm_{bid}"), value, show(bench.target), status, bench.met))
    return rows


def _names(items: Sequence[str]) -> str:
    return ", ".join(items)


def _months(n: int, t: Catalogue) -> str:
    return t("months_count_one") if n == 1 else t("months_count", n=n)


def _why(step: PlanStep, top_gap: str | None, labels: _Labels, t: Catalogue) -> list[str]:
    if "job_seeking" in step.why:
        return [t("why_job_seeking")]
    if "first_role" in step.why:
        return [t("why_first_role")]
    others = _names([labels.competency(c) for c in step.closes if c != top_gap])
    if "top_gap" in step.why and top_gap is not None:
        out = [t("why_top_gap", names=labels.competency(top_gap))]
        if others:
            out.append(t("why_also", names=others))
    else:
        out = [t("why_gaps", names=others)]
    if step.benchmarks:
        out.append(t("why_benchmark", names=_names([t(f"bm_{b}") for b in step.benchmarks])))
    return out


def _step_view(
    step: PlanStep,
    top_gap: str | None,
    content: Content,
    labels: _Labels,
    fmt: _Format,
    t: Catalogue,
    horizon: int,
) -> StepView:
    path = content.paths.get(step.path)
    lang = labels.lang
    start, end = step.start_month + 1, step.end_month
    span = t("month_single", start=start) if end <= start else t("months_span", start=start, end=end)
    return StepView(
        title=path.title.get(lang) if path else step.path,
        kind=t(f"kind_{step.kind}"),
        span=span,
        hours=fmt.hours(step.hours_per_week, t),
        description=path.description.get(lang) if path else "",
        first_step=path.first_step.get(lang) if path and path.first_step else "",
        done_when=path.done_when.get(lang) if path and path.done_when else "",
        closes=[labels.competency(c) for c in step.closes],
        why=_why(step, top_gap, labels, t),
        sources=[s.short for s in labels.sources(step.sources)],
        left_pct=100 * step.start_month / horizon,
        width_pct=100 * max(step.end_month - step.start_month, 1) / horizon,
    )


def _after_view(step: AfterStep, content: Content, labels: _Labels, fmt: _Format, t: Catalogue) -> AfterView:
    path = content.paths.get(step.path)
    return AfterView(
        title=path.title.get(labels.lang) if path else step.path,
        kind=t(f"kind_{step.kind}"),
        length=_months(step.months, t),
        hours=fmt.hours(step.hours_per_week, t),
        closes=[labels.competency(c) for c in step.closes],
        fits_with=t("after_needs_hours", hours=fmt.number(step.needs_hours_per_week))
        if step.needs_hours_per_week
        else t("after_fits_with"),
    )


def _education_text(analysis: Analysis, answers: Mapping[str, object], content: Content, t: Catalogue) -> str:
    """Why this education advice, in the words that fit the person."""
    education = analysis.education
    profile = content.profiles.get(analysis.profile)
    below_degree = bool(
        profile
        and profile.benchmarks.education_level
        and education_rank(profile.benchmarks.education_level) < education_rank("bachelor")
    )
    key = {
        "none": "edu_none_field" if not analysis.benchmarks["education_field"].met else "edu_none",
        "course": "edu_course_field" if analysis.benchmarks["education_level"].met else "edu_course",
        "programme": "edu_programme_vocational" if below_degree else "edu_programme",
        "degree": "edu_degree",
    }[education.advice]
    unknown = education.advice != "none" and not {"education.level", "experience.total_years"} <= set(answers)
    parts = [t("edu_unanswered" if unknown else key)]
    if education.advice in ("degree", "programme") and answers.get("education.level") == "compulsory":
        parts.append(t("edu_entry"))
    if education.advice != "none" and answers.get("background.situation") == "studying":
        parts.append(t("edu_studying"))
    if education.benchmarks:
        parts.append(t("edu_answers", names=_names([t(f"bm_{b}") for b in education.benchmarks])))
    return " ".join(parts)


def _education_view(
    analysis: Analysis, answers: Mapping[str, object], content: Content, labels: _Labels, t: Catalogue
) -> EducationView:
    lang = labels.lang
    education = analysis.education
    rows = []
    for option in education.options:
        path = content.paths.get(option.path)
        rows.append(
            EducationRow(
                route=path.title.get(lang) if path else option.path,
                study=t(option.study),
                length=_months(option.months, t),
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
        text=_education_text(analysis, answers, content, t),
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


def _in_short(analysis: Analysis, role: str, first: StepView | None, fmt: _Format, t: Catalogue) -> list[str]:
    """Where the person stands, what the plan does first, roughly when they could apply.

    Each sentence says only what the analysis holds: ratings against the role's targets (the
    checked ones beside the person's own where the evidence bears out less), the plan's months,
    and the job search step when the plan has one."""
    comps = analysis.competencies
    months, hours = fmt.number(analysis.timeframe_months), fmt.number(analysis.hours_per_week)
    if analysis.plan_status == "too_few_answers":
        return [t("short_too_few", role=role)]
    met = sum(1 for c in comps if c.gap_checked == 0 and not c.missing)
    readiness = fmt.percent(analysis.readiness)
    if analysis.readiness_checked < analysis.readiness:  # some ratings are more than the evidence bears
        checked = fmt.percent(analysis.readiness_checked)
        stand = t(
            "short_stand_checked", role=role, readiness=readiness, checked=checked, met=met, total=len(comps)
        )
    else:
        stand = t("short_stand", role=role, readiness=readiness, met=met, total=len(comps))
    out = [stand]
    if first is not None:
        out.append(t("short_first", step=first.title, span=first.span))
    elif analysis.after_plan:
        out.append(t("short_nothing_fits", months=months, hours=hours))
    search = next((s for s in analysis.plan if {"job_seeking", "first_role"} & set(s.why)), None)
    if met == len(comps) and not analysis.after_plan:
        out.append(t("short_apply_now"))
    elif search is not None and "job_seeking" in search.why:
        out.append(t("short_apply_searching"))
    elif search is not None:
        out.append(t("short_apply_from", month=search.start_month + 1))
    elif analysis.plan:
        end = max(s.end_month for s in analysis.plan)
        out.append(t("short_apply_end_more" if analysis.after_plan else "short_apply_end", month=end))
    return out


def _strengths(comps: Sequence[CompetencyGap], labels: _Labels, t: Catalogue) -> list[str]:
    """What the person does best: the highest self-ratings (3 or more), whatever the target,
    leaving out those the evidence does not bear out (their checked rating is lower)."""
    rated = [
        c for c in comps if not c.missing and c.rating >= STRENGTH_LEVEL and c.rating_checked == c.rating
    ]
    best = sorted(rated, key=lambda c: (-c.rating, -(c.rating - c.target), -c.weight, c.id))[:TOP_N]
    return [t("strength_item", name=labels.competency(c.id), rating=c.rating, target=c.target) for c in best]


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


def _page_parts(t: Catalogue) -> tuple[str, str, str]:
    before, rest = t("page_of", page="\x00", pages="\x01").split("\x00")
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
    t = Catalogue(lang)
    fmt = _Format(lang)
    labels = _Labels(content, lang)
    profile = content.profiles.get(analysis.profile)
    role = labels.role(analysis.profile)
    comps = analysis.competencies
    rows = [
        CompetencyRow(
            name=labels.competency(c.id),
            rating=t("not_rated") if c.missing else str(c.rating),
            target=c.target,
            gap=c.gap,
            weight=t(f"weight_{c.weight}"),
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
        RadarSeries(t("series_target"), [c.target for c in comps], "target"),
        RadarSeries(t("series_rating"), [c.rating for c in comps], "rating"),
    ]
    has_observer = answer_file.observer is not None
    if has_observer:
        series.append(
            RadarSeries(t("series_observer"), [c.observer_rating or 0 for c in comps], "observer")
        )
    progress_line = ""
    if progress is not None:
        earlier = {c.id: c.rating for c in progress.previous.competencies}
        series.append(RadarSeries(t("series_previous"), [earlier.get(c.id, 0) for c in comps], "previous"))
        before, now = fmt.percent(progress.previous.readiness), fmt.percent(analysis.readiness)
        progress_line = (
            t("progress_readiness", before=before, now=now, date=fmt.date(progress.taken_on))
            if progress.taken_on
            else t("progress_readiness_undated", before=before, now=now)
        )
    svg = radar_svg(
        [labels.competency(c.id) for c in comps], series, title=t("radar_title"), scale=t("scale_note")
    )
    radar_uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")

    horizon = analysis.timeframe_months
    top = max(comps, key=lambda c: (c.priority_checked, c.weight), default=None)
    top_gap = top.id if top is not None and top.priority_checked > 0 else None
    steps = [_step_view(s, top_gap, content, labels, fmt, t, horizon) for s in analysis.plan]
    first_plan_step = _first_step(analysis.plan)
    first = steps[analysis.plan.index(first_plan_step)] if first_plan_step is not None else None
    months_text = fmt.number(analysis.timeframe_months)
    hours_text = fmt.number(analysis.hours_per_week)
    hours_phrase = fmt.hours(analysis.hours_per_week, t)

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
        t=t,
        title=t("doc_title"),
        page_parts=_page_parts(t),
        name=printable(answer_file.respondent.name.strip()),
        footer_name=_cut(printable(answer_file.respondent.name.strip()), FOOTER_NAME_MAX),
        date=fmt.date(today),
        role_title=role,
        role_description=profile.description.get(lang) if profile else "",
        timeframe=t("timeframe_value", months=months_text, hours=hours_text),
        readiness=fmt.percent(analysis.readiness),
        readiness_value=analysis.readiness,
        best_fit=[
            NamedText(labels.role(pid), fmt.percent(analysis.role_fit.get(pid, 0)))
            for pid in analysis.best_fit
        ],
        strengths=_strengths(comps, labels, t),
        top_gaps=[NamedText(r.name, str(r.gap_checked)) for r in by_priority if not r.missing][:TOP_N],
        rated_note=t("rated_note", n=len(comps) - len(analysis.missing), total=len(comps))
        if analysis.plan_status == "too_few_answers"
        else "",
        in_short=_in_short(analysis, role, first, fmt, t),
        next_step=NextStep(first.title, first.span, first.first_step) if first is not None else None,
        missing=missing,
        radar_uri=radar_uri,
        radar_alt=t("radar_alt_observer" if has_observer else "radar_alt", role=role),
        competencies=rows,
        gap_rows=by_priority,
        benchmarks=_benchmark_rows(analysis, labels, fmt, t),
        benchmark_note=profile.benchmarks.note.get(lang) if profile and profile.benchmarks.note else "",
        benchmark_basis=t(
            "bm_typical" if profile and profile.benchmarks.basis == "survey_average" else "bm_assumed"
        ),
        benchmark_sources=labels.sources(profile.benchmarks.sources if profile else []),
        your_top3=[labels.factor(f) for f in sf.top3],
        expert_top3=[labels.factor(f) for f in sf.expert_top3],
        overlap=t("overlap", n=sf.overlap),
        factor_ratings=[
            NamedText(labels.factor(f), t("not_rated") if r is None else str(r))
            for f, r in sf.ratings.items()
        ],
        success_sources=labels.sources(sf.sources),
        months=[(m, str(m) if (m - 1) % _tick_step(horizon) == 0 else "") for m in range(1, horizon + 1)],
        timeframe_months=analysis.timeframe_months,
        plan_status=analysis.plan_status,
        steps=steps,
        after=[_after_view(a, content, labels, fmt, t) for a in analysis.after_plan],
        plan_intro=t("plan_fits", months=months_text, hours=hours_phrase)
        if analysis.plan
        else t("nothing_fits", months=months_text, hours=hours_phrase)
        if analysis.after_plan
        else t("no_plan"),
        timeline_legend=t("timeline_legend", months=months_text),
        after_intro=t("after_intro", months=months_text, hours=hours_phrase),
        too_few=t("too_few", names=_names(missing)),
        education=_education_view(analysis, answer_file.answers, content, labels, t),
        uncovered=[labels.competency(c) for c in analysis.uncovered],
        expert_less=t("expert_less", names=_names([labels.factor(f) for f in sf.expert_less_important]))
        if sf.expert_less_important
        else "",
        sources=labels.sources(list(content.sources)),
        notes=notes,
        gap_notes=gap_notes,
        next_meeting=fmt.date(counsellor.next_meeting) if counsellor and counsellor.next_meeting else "",
        progress=progress_line,
        for_session=counsellor is not None,
        milestones=[
            NamedText(t("milestone_when", month=step.end_month), view.title)
            for step, view in sorted(zip(analysis.plan, steps, strict=True), key=lambda sv: sv[0].end_month)
        ],
        calibration=build_calibration(
            answer_file, analysis, content, lang, t, labels.competency, fmt.percent
        ),
        has_observer=has_observer,
        any_flagged=any(r.flagged for r in rows),
    )
