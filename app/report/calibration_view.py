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
from app.report.glyphs import printable
from app.report.strings import Catalogue


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


def observer_line(answer_file: AnswerFile, t: Catalogue) -> str:
    observer = answer_file.observer
    if observer is None:
        return ""
    role = t(f"role_{observer.role}")
    name = printable(observer.name.strip())
    return t("cal_observer", name=name, role=role) if name else t("cal_observer_unnamed", role=role)


def build_calibration(
    answer_file: AnswerFile,
    analysis: Analysis,
    content: Content,
    lang: Language,
    t: Catalogue,
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
            item = t("cal_item_observer", name=name_of(gap.id), you=gap.rating, observer=seen)
        else:
            item = t("cal_item", name=name_of(gap.id), you=gap.rating, checked=gap.rating_checked)
        items.setdefault(flag.reason, []).append(item)
    groups = [FlagGroup(items[r], t(f"flag_{r}")) for r in get_args(FlagReason) if r in items]
    lowered = sum(1 for g in analysis.competencies if g.rating_checked < g.rating)
    if lowered == 0:
        higher = any(f.reason == "observer_higher" for f in analysis.calibration.flags)
        difference = t("cal_same_higher") if higher else t("cal_same")
    elif analysis.readiness_checked == analysis.readiness:
        difference = t("cal_same_above")
    else:
        difference = t("cal_lower_one") if lowered == 1 else t("cal_lower", n=lowered)
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
                t(f"verdict_{entry.credit}"),
                entry.why.get(lang),
                best.label.get(lang),
            )
        )
    return CalibrationView(
        readiness_own=percent(analysis.readiness),
        readiness_checked=percent(analysis.readiness_checked),
        difference=difference,
        lowered=lowered,
        scenarios=t(
            "cal_scenarios",
            answered=summary.answered,
            total=len(scenarios),
            score=percent(summary.score),
        )
        if summary.score is not None
        else t("cal_no_scenarios"),
        observer=observer_line(answer_file, t),
        groups=groups,
        scenario_rows=scenario_rows,
    )
