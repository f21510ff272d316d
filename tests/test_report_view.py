"""The report's view-model: locale formats, progress (the sentences: tests/test_gettext_catalogues.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import content
from app.analysis import analyze, analyze_file
from app.domain.text import LANGUAGES
from app.report import ProgressData, html_for
from app.report.view import build_view
from app.storage.answer_files import read_answer_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@pytest.fixture(scope="module")
def shipped() -> content.Content:
    return content.shipped()


def test_numbers_and_dates_follow_the_locale(shipped: content.Content) -> None:
    answer_file = read_answer_file(ROOT / "examples" / "en_communication_graduate_community.json", shipped)
    analysis = analyze(answer_file.answers, shipped)
    day = dt.date(2027, 3, 5)
    sv = build_view(answer_file, analysis, shipped, "sv", today=day)
    nl = build_view(answer_file, analysis, shipped, "nl", today=day)
    en = build_view(answer_file, analysis, shipped, "en", today=day)
    assert (sv.date, nl.date, en.date) == ("5 mars 2027", "5 maart 2027", "5 March 2027")
    assert sv.readiness == f"{analysis.readiness}\xa0%"
    assert en.readiness == f"{analysis.readiness}%"
    years = {row.label: row.value for row in sv.benchmarks}
    assert years["År i arbetslivet"] == "1,5 år"
    assert {row.label: row.value for row in en.benchmarks}["Years of work"] == "1.5 years"
    assert sv.page_parts == ("Sida ", " av ", "")
    assert nl.page_parts == ("Pagina ", " van ", "")


def test_the_plan_is_drawn_on_the_timeframe_and_the_rest_comes_after(shipped: content.Content) -> None:
    for example in EXAMPLES:
        answer_file = read_answer_file(example, shipped)
        analysis = analyze(answer_file.answers, shipped, language=answer_file.language)
        view = build_view(answer_file, analysis, shipped, "en", today=dt.date(2027, 1, 1))
        assert len(view.steps) == len(analysis.plan) and len(view.after) == len(analysis.after_plan)
        assert len(view.months) == analysis.timeframe_months  # the axis is the timeframe, no further
        assert all(s.left_pct >= 0 and s.left_pct + s.width_pct <= 100 + 1e-9 for s in view.steps)
        labelled = [m for m, label in view.months if label]
        assert labelled[0] == 1 and len(labelled) <= 13  # month numbers never crowd the header
        for step in view.steps:
            assert step.why and not any(char.isdigit() for char in " ".join(step.why))  # words, not sums


def test_too_few_answers_ask_for_the_missing_ratings_instead_of_a_plan(shipped: content.Content) -> None:
    journalist = next(e for e in EXAMPLES if "journalist" in e.name)
    answer_file = read_answer_file(journalist, shipped)
    analysis = analyze(answer_file.answers, shipped, language=answer_file.language)
    assert analysis.plan_status == "too_few_answers"
    html = html_for(answer_file, shipped, lang="en", today=dt.date(2026, 6, 1))
    assert "Not enough answers for a plan yet" in html and "Rate these first: " in html
    assert "SEO" in html.split("Rate these first: ")[1].split(".")[0]


def test_education_names_lengths_and_our_own_guidance_for_the_country(shipped: content.Content) -> None:
    answer_file = read_answer_file(next(e for e in EXAMPLES if e.name.startswith("sv_")), shipped)
    analysis = analyze(answer_file.answers, shipped, language=answer_file.language)
    assert analysis.education.country == "se"
    view = build_view(answer_file, analysis, shipped, "sv", today=dt.date(2027, 1, 1))
    assert view.education.advice == "programme"
    assert any(row.length == "72 månader" and row.study == "Deltid" for row in view.education.rows)
    assert any("CSN" in para for para in view.education.guidance)
    assert any("antagning.se" in para for para in view.education.guidance)
    html = html_for(answer_file, shipped, lang="sv", today=dt.date(2027, 1, 1))
    assert "Vår egen vägledning (inte från artiklarna)" in html


def test_progress_adds_the_earlier_series_and_a_readiness_line(shipped: content.Content) -> None:
    answer_file = read_answer_file(EXAMPLES[0], shipped)
    earlier_answers = dict(answer_file.answers)
    for key in [k for k in earlier_answers if k.startswith("competency.")][:4]:
        earlier_answers[key] = 1
    earlier = analyze(earlier_answers, shipped)
    html = html_for(
        answer_file,
        shipped,
        lang="en",
        progress=ProgressData(earlier, dt.date(2026, 1, 15)),
        today=dt.date(2026, 6, 1),
    )
    now = analyze(answer_file.answers, shipped)
    assert f"Readiness {earlier.readiness}% on 15 January 2026, now {now.readiness}%." in html
    without = html_for(answer_file, shipped, lang="en", today=dt.date(2026, 6, 1))
    assert "Readiness" in without and "on 15 January 2026" not in without
    # The earlier series is drawn into the radar chart (the chart is a data: URL in the img).
    import base64
    import re

    def chart(page: str) -> str:
        match = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', page)
        assert match
        return base64.b64decode(match.group(1)).decode("utf-8")

    assert ">Earlier</text>" in chart(html)
    assert ">Earlier</text>" not in chart(without)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_in_short_says_where_one_stands_what_comes_first_and_when_to_apply(
    shipped: content.Content, example: Path, lang: str
) -> None:
    answer_file = read_answer_file(example, shipped)
    analysis = analyze(answer_file.answers, shipped)
    view = build_view(answer_file, analysis, shipped, lang, today=dt.date(2027, 3, 5))  # type: ignore[arg-type]
    assert 1 <= len(view.in_short) <= 3
    assert view.role_title in view.in_short[0]
    if analysis.plan_status == "ok":
        assert view.readiness in view.in_short[0]
        assert len(view.in_short) >= 2
    if analysis.plan:
        first = view.next_step
        assert first is not None and first.title in view.in_short[1]
        # The cover's next step is the plan's earliest step.
        earliest = min(step.start_month for step in analysis.plan)
        assert any(
            v.title == first.title
            for v, s in zip(view.steps, analysis.plan, strict=True)
            if s.start_month == earliest
        )


def test_top_strengths_are_the_highest_ratings_not_the_easiest_targets(shipped: content.Content) -> None:
    answer_file = read_answer_file(ROOT / "examples" / "sv_career_changer_customer_service.json", shipped)
    answers = dict(answer_file.answers)
    answers["competency.psychology"] = 5
    answer_file = answer_file.model_copy(update={"answers": answers})
    analysis = analyze(answer_file.answers, shipped)
    view = build_view(answer_file, analysis, shipped, "en", today=dt.date(2027, 3, 5))
    names = {c.id: row.name for c, row in zip(analysis.competencies, view.competencies, strict=True)}
    # Psychology rated 5 (nothing in the answers goes against it) is among what the person does
    # best, whatever its target.
    assert any(s.startswith(f"{names['psychology']}: 5") for s in view.strengths), view.strengths
    ratings = [int(s.split(": ", 1)[1][0]) for s in view.strengths]
    assert ratings == sorted(ratings, reverse=True) and ratings[0] == 5
    # A rating of 1 or 2 is never shown as a strength, even where it meets a low target.
    assert min(ratings) >= 3


def test_a_file_with_a_counsellor_block_gets_a_session_page(shipped: content.Content) -> None:
    """Printed from counsellor mode (the file has a counsellor block, even an empty one): a page
    with the milestones to tick, room for notes and the next meeting. A person's own file: none."""
    from app.domain.answers import CounsellorNotes

    answer_file = read_answer_file(ROOT / "examples" / "sv_career_changer_customer_service.json", shipped)
    assert answer_file.counsellor is None
    assert 'id="notes"' not in html_for(answer_file, shipped, lang="en")
    with_block = answer_file.model_copy(update={"counsellor": CounsellorNotes()})
    html = html_for(with_block, shipped, lang="en")
    assert 'id="notes"' in html
    session = html[html.index('id="notes"') : html.index('id="sources"')]
    analysis = analyze(with_block.answers, shipped)
    view = build_view(with_block, analysis, shipped, "en", today=dt.date(2027, 3, 5))
    assert view.for_session and len(view.milestones) == len(analysis.plan)
    for item in view.milestones:
        assert item.text in session
    assert "Milestones" in session and "Notes from this session" in session and "Next meeting" in session


def test_the_job_search_says_why_in_words_for_someone_out_of_work(shipped: content.Content) -> None:
    answer_file = read_answer_file(next(e for e in EXAMPLES if e.name.startswith("sv_")), shipped)
    answers = dict(answer_file.answers) | {"background.situation": "job_seeking"}
    seeker = answer_file.model_copy(update={"answers": answers})
    analysis = analyze(seeker.answers, shipped, language="sv")
    view = build_view(seeker, analysis, shipped, "en", today=dt.date(2027, 1, 1))
    search = next(s for s in view.steps if s.title == "Look for a social media job")
    assert search.why == [
        "You are looking for work: the search runs from the first month to the last, beside the learning steps."
    ]
    assert search.span == f"months 1–{analysis.timeframe_months}"


def test_the_over_rating_school_leaver_sees_what_to_talk_about_and_the_honest_changer_does_not() -> None:
    examples = Path(__file__).resolve().parent.parent / "examples"
    shipped = content.shipped()
    views = {}
    for name in ("sv_school_leaver_overrating", "sv_career_changer_customer_service"):
        answer_file = read_answer_file(examples / f"{name}.json", shipped)
        views[name] = build_view(
            answer_file, analyze_file(answer_file, shipped), shipped, "en", today=dt.date(2026, 11, 23)
        )
    leaver = views["sv_school_leaver_overrating"].calibration
    assert leaver is not None and leaver.readiness_checked != leaver.readiness_own
    assert "The second figure is lower because" in leaver.difference
    notes = " ".join(g.note for g in leaver.groups)
    assert "knowing the platforms privately" in notes and "observer rated these" in notes
    assert any("Platforms and tech (5 → 3)" in item for g in leaver.groups for item in g.items)
    assert views["sv_school_leaver_overrating"].has_observer
    changer = views["sv_career_changer_customer_service"].calibration
    assert changer is not None and changer.groups == []
    assert changer.difference.startswith("Both figures are the same")
    assert all(row.verdict == "partly" for row in changer.scenario_rows)  # only what to learn from


def test_in_short_gives_the_checked_readiness_beside_ones_own_when_they_differ(
    shipped: content.Content,
) -> None:
    """The over-rating school leaver: 'where you stand' does not rest on the self-ratings alone."""
    answer_file = read_answer_file(ROOT / "examples" / "sv_school_leaver_overrating.json", shipped)
    view = build_view(
        answer_file, analyze_file(answer_file, shipped), shipped, "en", today=dt.date(2027, 3, 5)
    )
    analysis = analyze_file(answer_file, shipped)
    assert analysis.readiness_checked < analysis.readiness
    assert (
        f"{analysis.readiness_checked}%" in view.in_short[0] and f"{analysis.readiness}%" in view.in_short[0]
    )
    met = sum(1 for c in analysis.competencies if c.gap_checked == 0 and not c.missing)
    assert f"{met} of the {len(analysis.competencies)}" in view.in_short[0]


def test_education_advice_does_not_claim_what_was_not_answered(shipped: content.Content) -> None:
    answer_file = read_answer_file(ROOT / "examples" / "sv_career_changer_customer_service.json", shipped)
    answers = {k: v for k, v in answer_file.answers.items() if k != "experience.total_years"}
    unanswered = answer_file.model_copy(update={"answers": answers})
    analysis = analyze(unanswered.answers, shipped, language="sv")
    assert analysis.education.advice != "none"
    view = build_view(unanswered, analysis, shipped, "en", today=dt.date(2027, 1, 1))
    assert view.education.text.startswith("Your education or years of work are not answered yet")
    assert "Since you have already worked" not in view.education.text
