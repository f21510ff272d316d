"""The results page shows what `smm-career analyze` prints; the export worker writes a real PDF."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.analysis import analyze
from app.cli import main as cli_main
from app.content import Content, shipped
from app.gui.main import MainWindow
from app.gui.question_widgets import LikertInput
from app.gui.results_page import SORT_ROLE
from app.gui.wizard import AssessmentWizard
from app.report import html_for
from tests.gui.gui_driver import click_back, click_box, click_next, input_of
from tests.test_attacks_second_round import blank_pdf

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
COMPLETE = sorted(p for p in EXAMPLES.glob("*.json") if "partial" not in p.name)


@pytest.fixture(scope="module")
def content() -> Content:
    return shipped()


def open_example(
    qtbot: QtBot, content: Content, data_dir: Path, example: Path
) -> tuple[MainWindow, AssessmentWizard]:
    window = MainWindow(content, data_dir)
    qtbot.addWidget(window)
    window.show()
    window.open_answer_file(example)
    assert window.wizard is not None
    return window, window.wizard


def go_to_results(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    for _ in wizard.section_pages:
        click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.results_page


def table_rows(wizard: AssessmentWizard) -> list[tuple[str, int, int, int, int]]:
    proxy = wizard.results_page.gap_proxy
    return [
        (proxy.index(r, 0).data(), *(proxy.index(r, c).data(SORT_ROLE) for c in (1, 2, 3, 5)))
        for r in range(proxy.rowCount())
    ]


@pytest.mark.parametrize("example", COMPLETE, ids=lambda p: p.stem)
def test_results_page_equals_cli_analyze(
    qtbot: QtBot,
    content: Content,
    isolated_user_folders: Path,
    example: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli_main(["analyze", str(example)]) == 0
    cli = json.loads(capsys.readouterr().out)
    _window, wizard = open_example(qtbot, content, isolated_user_folders, example)
    go_to_results(qtbot, wizard)
    page = wizard.results_page
    lang = wizard.answer_file.language

    assert page.readiness_bar.value() == cli["readiness"]
    assert page.analysis is not None and page.analysis.model_dump(mode="json") == cli
    questions = content.questionnaire.index()
    expected = sorted(
        (
            questions[f"competency.{c['id']}"].short.get(lang),  # type: ignore[union-attr]
            0 if c["missing"] else c["rating"],
            c["target"],
            c["gap_checked"],
            c["priority_checked"],
        )
        for c in cli["competencies"]
    )
    shown = table_rows(wizard)
    assert sorted(shown) == expected
    assert [row[4] for row in shown] == sorted((row[4] for row in shown), reverse=True)  # by priority
    best = [content.profiles[p].title.get(lang) for p in cli["best_fit"][:3]]
    fit_text = page.fit.text()
    assert [fit_text.index(title) for title in best] == sorted(fit_text.index(title) for title in best)
    # the radar is the PDF's own SVG
    assert page.view is not None and page.view.radar_uri in html_for(wizard.answer_file, content)
    assert page.radar.renderer().isValid()
    svg = base64.b64decode(page.view.radar_uri.split(",", 1)[1]).decode("utf-8")
    family = re.search(r'font-family="([^"]+)"', svg)
    assert family is not None and "liberation sans" in QFont.substitutes(family.group(1))


def test_file_without_a_required_answer_stops_at_it(
    qtbot: QtBot, content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    raw = json.loads((EXAMPLES / "en_journalist_no_degree_partial.json").read_text("utf-8"))
    del raw["answers"]["goals.target_role"]
    example = tmp_path / "no_target.json"
    example.write_text(json.dumps(raw), "utf-8")
    _window, wizard = open_example(qtbot, content, isolated_user_folders, example)
    for _ in wizard.section_pages:
        click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert page is wizard.section_pages[-1]
    assert page.blocks["goals.target_role"].error.isVisible()
    assert page.banner.isVisible()


def test_going_back_and_changing_an_answer_updates_the_results(
    qtbot: QtBot, content: Content, isolated_user_folders: Path
) -> None:
    _window, wizard = open_example(qtbot, content, isolated_user_folders, COMPLETE[0])
    go_to_results(qtbot, wizard)
    page = wizard.results_page
    assert page.analysis is not None
    gap = max(page.analysis.competencies, key=lambda c: c.priority)
    before = page.analysis.readiness
    competency_page = next(p for p in wizard.section_pages if f"competency.{gap.id}" in p.blocks)
    while wizard.currentPage() is not competency_page:
        click_back(qtbot, wizard)
    likert = input_of(competency_page, f"competency.{gap.id}", LikertInput)
    click_box(qtbot, likert.buttons[4])
    while wizard.currentPage() is not page:
        click_next(qtbot, wizard)
    now = analyze(wizard.answer_file.answers, content)
    assert wizard.answer_file.answers[f"competency.{gap.id}"] == 5
    assert page.analysis == now
    assert page.readiness_bar.value() == now.readiness > before
    # The table shows the checked priority (as the plan): 0, unless the evidence caps the new 5.
    raised = next(c for c in now.competencies if c.id == gap.id)
    assert raised.priority == 0
    name = likert.question.short.get(wizard.answer_file.language)  # type: ignore[union-attr]
    assert [row[4] for row in table_rows(wizard) if row[0] == name] == [raised.priority_checked]


def test_export_worker_writes_a_pdf_while_the_window_stays_responsive(
    qtbot: QtBot, content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    _window, wizard = open_example(qtbot, content, isolated_user_folders, COMPLETE[0])
    go_to_results(qtbot, wizard)
    panel = wizard.results_page.export
    out = tmp_path / "plan.pdf"
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with qtbot.waitSignal(panel.finished, timeout=180_000) as finished:
        panel.export_to(out)
        assert panel.busy.isVisible() and not panel.button.isEnabled()
    timer.stop()
    assert finished.args == [str(out)]
    assert len(ticks) >= 3  # the event loop kept running during the render
    assert out.read_bytes().startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert wizard.answer_file.respondent.name in text
    assert panel.button.isEnabled() and not panel.busy.isVisible()
    [box] = [b for b in panel.findChildren(QMessageBox) if b.objectName() == "pdf_saved_box"]
    assert str(out) in box.text()
    box.button(QMessageBox.StandardButton.Close).click()


def test_export_refuses_to_overwrite_a_file_that_is_not_a_pdf(
    qtbot: QtBot, content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    """As `smm-career report -o` does: a thesis saved as plan.pdf stays as it is, and the user is told."""
    _window, wizard = open_example(qtbot, content, isolated_user_folders, COMPLETE[0])
    go_to_results(qtbot, wizard)
    panel = wizard.results_page.export
    precious = tmp_path / "plan.pdf"
    precious.write_bytes(b"my thesis")
    with qtbot.waitSignal(panel.finished, timeout=60_000) as finished:
        panel.export_to(precious)
    assert finished.args == [""]
    assert precious.read_bytes() == b"my thesis"
    [box] = [b for b in panel.findChildren(QMessageBox) if b.objectName() == "pdf_error_box"]
    assert box.isVisible() and "is not a PDF" in box.text() and str(precious) in box.text()
    assert panel.status.toolTip() == "No PDF was made." and panel.button.isEnabled()


def test_export_replaces_an_earlier_pdf(
    qtbot: QtBot, content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    _window, wizard = open_example(qtbot, content, isolated_user_folders, COMPLETE[0])
    go_to_results(qtbot, wizard)
    panel = wizard.results_page.export
    out = tmp_path / "plan.pdf"
    out.write_bytes(blank_pdf() + b"%an older plan\n")  # a whole PDF (see app.report.output)
    with qtbot.waitSignal(panel.finished, timeout=180_000) as finished:
        panel.export_to(out)
    assert finished.args == [str(out)]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert wizard.answer_file.respondent.name in text and "an older plan" not in out.read_bytes().decode(
        "latin-1"
    )


def test_weasyprint_is_not_imported_until_the_first_export(tmp_path: Path) -> None:
    script = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.content import shipped
from app.gui.main import MainWindow
window = MainWindow(shipped(), Path({str(tmp_path)!r}))
window.show()
window.open_answer_file(Path({str(COMPLETE[0])!r}))
wizard = window.wizard
for _ in wizard.section_pages:
    wizard.next()
assert wizard.currentPage() is wizard.results_page, wizard.currentPage().title()
print("weasyprint" in sys.modules)
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_missing_pango_shows_the_install_hint_and_keeps_the_answers(
    qtbot: QtBot,
    content: Content,
    isolated_user_folders: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pango cannot be removed from this machine, so only the check's answer is replaced:
    everything after it (worker, dialog, autosave) is the real code."""
    import app.report

    hint = app.report.pango.INSTALL_HINTS["debian"]
    monkeypatch.setattr(app.report, "pdf_engine_problem", lambda lang="en": f"No Pango. {hint}")
    _window, wizard = open_example(qtbot, content, isolated_user_folders, COMPLETE[0])
    go_to_results(qtbot, wizard)
    wizard.save_now()
    [autosave] = list((isolated_user_folders / "autosave").glob("*.json"))
    saved = autosave.read_bytes()
    panel = wizard.results_page.export
    with qtbot.waitSignal(panel.finished, timeout=60_000) as finished:
        panel.export_to(tmp_path / "plan.pdf")
    assert finished.args == [""]
    [box] = [b for b in panel.findChildren(QMessageBox) if b.objectName() == "pdf_error_box"]
    assert box.isVisible() and hint in box.text() and "answers are saved" in box.text()
    assert not (tmp_path / "plan.pdf").exists()
    assert autosave.read_bytes() == saved
    assert panel.button.isEnabled()


def test_results_open_with_plain_words_above_the_numbers(
    qtbot: QtBot, content: Content, isolated_user_folders: Path
) -> None:
    """Two or three sentences come first: where one stands, what the plan does first, when to apply."""
    _window, wizard = open_example(qtbot, content, isolated_user_folders, COMPLETE[-1])
    go_to_results(qtbot, wizard)
    page = wizard.results_page
    assert page.view is not None and 2 <= len(page.view.in_short) <= 3
    shown = page.short.text()
    assert page.view.role_title in shown and page.view.readiness in shown
    scrolled = page.scroll_area.widget()
    body = scrolled.layout() if scrolled is not None else None
    assert body is not None
    assert body.indexOf(page.short) < body.indexOf(page.gap_table)
    assert page.short.isVisibleTo(page)
