"""The report's part on self-ratings checked against evidence (the calibration issue).

Built from the Analysis (flags, checked ratings, observer ratings, scenario score) and the
scenario keys in the questionnaire: which ratings the evidence does not bear out, in plain
words with what to talk about, and how each work situation was answered against the key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import get_args

from app.analysis.result import Analysis, FlagReason
from app.content import Content
from app.domain.answers import AnswerFile
from app.domain.text import Language
from app.i18n import N_, Translator
from app.report.glyphs import printable

OBSERVER_ROLES: dict[str, str] = {
    "counsellor": N_("counsellor"),
    "colleague": N_("colleague"),
    "manager": N_("manager"),
}
FLAG_TEXTS: dict[str, str] = {
    "no_social_media_work": N_(
        "You have not yet worked with social media for an employer or client, and the articles warn that knowing the platforms privately is not the same as running them for an organisation (S1, S3). Talk about where you have done it; show an account you ran for a club, a business or a project."
    ),
    "no_customer_service_work": N_(
        "You have no years in customer service, where handling complaints is learnt (S1, S3). Talk about times you calmed an unhappy customer or sorted out a complaint, and what came of it."
    ),
    "small_network": N_(
        "Your network in social media is small, and one article sees a large network, grown from long engagement, in everyone good at this work (S2). Talk about whom you turn to with questions and how you could grow your network, ethically."
    ),
    "little_work_experience": N_(
        "You have under two years of work, and leading across an organisation is mostly learnt at work (S1, S4). Talk about where you have done it anyway – in a club, at school or in a project – and what others would say about it."
    ),
    "scenario": N_(
        "In the work situations on these competencies, you chose what the articles advise against (see the situations below). Go through them together: what would you do, and why?"
    ),
    "observer_lower": N_(
        "Your observer rated these two or more levels below you. Ask for the examples behind both ratings."
    ),
    "observer_higher": N_(
        "Your observer rated these two or more levels above you: you may be selling yourself short. Your plan still uses your own ratings."
    ),
    "no_online_marketing": N_(
        "You have no years in online marketing, where search, customer data and measuring results are practised (S4 puts about three such years in the typical strategist's career; S1 names SEO and data among the skills). Talk about where you have done it – for a club, a business or a project – and show the figures."
    ),
    "little_work_no_studies": N_(
        "You have under two years of work and no studies after school yet, and the articles warn that knowing the platforms privately is not knowing an organisation's audiences and communication (S1, S0). Talk about where you have done it – in a club, at school or in a project – and what others would say about it."
    ),
}
VERDICTS: dict[int, str] = {
    1: N_("partly"),
    0: N_("what the articles advise against"),
}
"""A response short of the best one: credit 1 or 0."""


@dataclass(frozen=True)
class FlagGroup:
    """One reason, said once, with the ratings it concerns."""

    items: list[str]
    """"Name (5 → 3)": the self-rating and what the evidence supports (or the observer's rating)."""
    note: str
    """What to discuss, or how to show evidence."""


@dataclass(frozen=True)
class ScenarioRow:
    """A situation where the chosen response is not what the articles advise."""

    title: str
    verdict: str
    why: str
    """What the articles say about the chosen response."""
    advised: str
    """The response they do advise."""


@dataclass(frozen=True)
class CalibrationView:
    readiness_own: str
    readiness_checked: str
    difference: str
    """One sentence on why the two readiness figures differ (or that they do not)."""
    scenarios: str
    observer: str
    groups: list[FlagGroup]
    scenario_rows: list[ScenarioRow]
    lowered: int = 0
    """How many ratings the evidence lowers (0: the flags only say an observer sees more)."""


def observer_line(answer_file: AnswerFile, _: Translator) -> str:
    observer = answer_file.observer
    if observer is None:
        return ""
    role = _(OBSERVER_ROLES[observer.role])
    name = printable(observer.name.strip())
    return (
        _("Observer: {name} ({role}), rating the same competencies.", name=name, role=role)
        if name
        else _("Observer: a {role}, rating the same competencies.", role=role)
    )


def build_calibration(
    answer_file: AnswerFile,
    analysis: Analysis,
    content: Content,
    lang: Language,
    _: Translator,
    name_of: Callable[[str], str],
    percent: Callable[[int], str],
) -> CalibrationView:
    by_id = {g.id: g for g in analysis.competencies}
    items: dict[str, list[str]] = {}
    for flag in analysis.calibration.flags:
        gap = by_id.get(flag.competency)
        if gap is None:
            continue
        seen = gap.observer_rating
        if flag.reason in ("observer_lower", "observer_higher") and seen is not None:
            item = _(
                "{name} (you {you}, observer {observer})", name=name_of(gap.id), you=gap.rating, observer=seen
            )
        else:
            item = _(
                "{name} ({you} → {checked})", name=name_of(gap.id), you=gap.rating, checked=gap.rating_checked
            )
        items.setdefault(flag.reason, []).append(item)
    groups = [FlagGroup(items[r], _(FLAG_TEXTS[r])) for r in get_args(FlagReason) if r in items]
    lowered = sum(1 for g in analysis.competencies if g.rating_checked < g.rating)
    if lowered == 0:
        higher = any(f.reason == "observer_higher" for f in analysis.calibration.flags)
        difference = (
            _(
                "Both figures are the same: nothing in your answers goes against your own ratings, and where your observer differs, they rate you higher."
            )
            if higher
            else _("Both figures are the same: nothing in your answers goes against your own ratings.")
        )
    elif analysis.readiness_checked == analysis.readiness:
        difference = _(
            "Both figures are the same: the ratings your other answers do not bear out are above the target level anyway."
        )
    else:
        difference = (
            _(
                "The second figure is lower because one of your ratings is higher than your other answers support; your plan is built from the checked rating."
            )
            if lowered == 1
            else _(
                "The second figure is lower because {n} of your ratings are higher than your other answers support; your plan is built from the checked ratings.",
                n=lowered,
            )
        )
    scenarios = content.questionnaire.scenarios()
    summary = analysis.calibration.scenarios
    scenario_rows = []
    for question in scenarios:
        assert question.key is not None
        chosen = answer_file.answers.get(question.id)
        entry = question.key.options.get(chosen) if isinstance(chosen, str) else None
        if entry is None or entry.credit == 2:
            continue
        best = next(o for o in question.options if question.key.options[o.value].credit == 2)
        scenario_rows.append(
            ScenarioRow(
                (question.short or question.prompt).get(lang),
                _(VERDICTS[entry.credit]),
                entry.why.get(lang),
                best.label.get(lang),
            )
        )
    return CalibrationView(
        readiness_own=percent(analysis.readiness),
        readiness_checked=percent(analysis.readiness_checked),
        difference=difference,
        lowered=lowered,
        scenarios=_(
            "Work situations: you answered {answered} of {total}; measured against what the articles advise, your choices scored {score}.",
            answered=summary.answered,
            total=len(scenarios),
            score=percent(summary.score),
        )
        if summary.score is not None
        else _("You did not answer the work situations, so they say nothing here."),
        observer=observer_line(answer_file, _),
        groups=groups,
        scenario_rows=scenario_rows,
    )
