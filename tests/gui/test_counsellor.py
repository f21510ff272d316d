"""Counsellor mode through pytest-qt: real widgets offscreen, a real client store on disk."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from app import content
from app.content import Content
from app.domain.answers import AnswerFile
from app.gui.counsellor import CounsellorMode, CounsellorView
from app.gui.i18n import set_language, show_date
from app.gui.main import MainWindow
from app.storage.answer_files import read_answer_file
from app.storage.client_store import STORE_NAME, ClientStore
from tests.store_access import PASSPHRASE, raw_access

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LEFT = Qt.MouseButton.LeftButton


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item


@pytest.fixture(scope="module")
def shipped() -> Content:
    return content.shipped()


def session(shipped: Content, example: str, **ratings: int) -> AnswerFile:
    answer_file = read_answer_file(EXAMPLES / example, shipped)
    answer_file.answers.update({f"competency.{cid}": value for cid, value in ratings.items()})
    return answer_file


def fill_store(folder: Path, shipped: Content) -> dict[str, int]:
    """Three clients with two sessions each, as a counsellor would have after a few months."""
    ids = {}
    with ClientStore.open(folder, PASSPHRASE) as store:
        for name, example, seo in (
            ("Åsa Öström", "sv_career_changer_customer_service.json", 1),
            ("Pieter de Vries", "nl_marketing_veteran_strategist.json", 2),
            ("Sam Carter", "en_communication_graduate_community.json", 2),
        ):
            cid = store.add_client(name, email=f"{name.split()[0].lower()}@example.org")
            first = store.add_assessment(
                cid, session(shipped, example, seo=seo), taken_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
            )
            store.set_notes(first, notes=f"Intake with {name}", gap_notes={"seo": "Start the SEO course"})
            store.add_assessment(
                cid, session(shipped, example, seo=seo + 2), taken_at=dt.datetime(2026, 8, 1, tzinfo=dt.UTC)
            )
            ids[name] = cid
    return ids


def make_view(qtbot: QtBot, folder: Path, shipped: Content) -> CounsellorView:
    view = CounsellorView(ClientStore.open(folder, PASSPHRASE), shipped)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def enter_counsellor_mode(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Click "Counsellor mode…" and give the passphrase (chosen twice on first use)."""
    qtbot.mouseClick(window.start_page.counsellor_button, LEFT)
    mode = window.counsellor_mode
    assert mode is not None and mode.page is not None
    page = mode.page
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.passphrase, passphrase)
    if page.creating:
        qtbot.keyClicks(page.repeat, passphrase)
    qtbot.mouseClick(page.unlock, LEFT)


def answer_box(qtbot: QtBot, button: QMessageBox.StandardButton, seen: list[str]) -> Callable[[], None]:
    """Click `button` on the modal box that is about to open (and note its text)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()}\n[{box.button(button).text()}]")
        qtbot.mouseClick(box.button(button), LEFT)

    return click


def test_search_filters_the_list_ignoring_case_and_accents(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    assert view.proxy.rowCount() == 3 and view.count.text() == "3 of 3 clients"
    qtbot.keyClicks(view.search, "OSTROM")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data() == "Åsa Öström"
    assert view.count.text() == "1 of 3 clients"
    view.search.clear()
    qtbot.keyClicks(view.search, "example.org")
    assert view.proxy.rowCount() == 3


def test_progress_view_overlays_earlier_and_latest_and_lists_changes(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    with ClientStore.open(tmp_path, PASSPHRASE) as store:  # a third session: first and previous now differ
        store.add_assessment(
            ids["Åsa Öström"],
            session(shipped, "sv_career_changer_customer_service.json", seo=5, networking=4),
            taken_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
        )
    view = make_view(qtbot, tmp_path, shipped)
    assert view.select_client(ids["Åsa Öström"])
    assert view.name.text() == "Åsa Öström"
    assert view.history.rowCount() == 3
    view.tabs.setCurrentWidget(view.progress)
    panel = view.progress
    assert panel.radar.isVisible() and panel.readiness.isVisible()
    assert not panel.info.isVisible()

    def changes() -> dict[str, tuple[str, str, str]]:
        table = panel.changes
        return {
            cell(table, r, 0).text(): (
                cell(table, r, 1).text(),
                cell(table, r, 2).text(),
                cell(table, r, 3).text(),
            )
            for r in range(table.rowCount())
        }

    assert panel.compare.currentText() == "the previous assessment"
    assert changes()["SEO"] == ("3", "5", "+2")
    assert changes()["Networking"][2] == "+2"
    panel.compare.setCurrentIndex(panel.compare.findText("the first assessment"))
    assert changes()["SEO"] == ("1", "5", "+4")
    assert len(changes()) == len(shipped.competency_ids())
    # The radar holds three series: target, earlier and latest (with their dates in the legend).
    readiness = panel.progress.readiness if panel.progress else []
    assert len(readiness) == 3 and readiness[0] <= readiness[2]
    view.grab().save(str(tmp_path / "progress.png"))


def test_an_assessment_that_fails_the_checks_is_left_out_of_the_progress_and_named(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    invalid = session(shipped, "sv_career_changer_customer_service.json")
    invalid.answers.update({"experience.total_years": 2, "experience.online_marketing_years": 9})
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        store.add_assessment(ids["Sam Carter"], invalid, taken_at=dt.datetime(2026, 5, 3, tzinfo=dt.UTC))
    view = make_view(qtbot, tmp_path, shipped)
    assert view.select_client(ids["Sam Carter"])
    assert view.history.rowCount() == 3
    assert [s.taken_on for s in view.sessions] == [dt.date(2026, 2, 1), dt.date(2026, 8, 1)]
    view.tabs.setCurrentWidget(view.progress)
    panel = view.progress
    assert panel.info.isVisible() and panel.radar.isVisible()
    assert "Not counted" in panel.info.text()
    assert show_date(dt.date(2026, 5, 3)) in panel.info.text()
    assert panel.progress is not None and len(panel.progress.readiness) == 2


def test_a_client_with_one_session_is_told_progress_comes_later(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client("Noor")
        store.add_assessment(cid, session(shipped, "en_journalist_no_degree_partial.json"))
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(cid)
    view.tabs.setCurrentWidget(view.progress)
    assert view.progress.info.isVisible()
    assert "two assessments" in view.progress.info.text()
    assert not view.progress.radar.isVisible()


def test_notes_are_saved_per_assessment(qtbot: QtBot, tmp_path: Path, shipped: Content) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    view.tabs.setCurrentWidget(view.notes)
    notes = view.notes
    assert "Intake" not in notes.editor.toPlainText()  # the latest session is selected, not the intake
    qtbot.keyClicks(notes.editor, "Wants a mentor in a big company.")
    notes.internal.setChecked(False)  # shared: printed in the client's PDF
    gap_rows = {cell(notes.gaps, r, 0).text(): r for r in range(notes.gaps.rowCount())}
    assert gap_rows, "the latest session has gaps to note"
    row = next(iter(gap_rows.values()))
    cell(notes.gaps, row, 2).setText("Ask about the course fee")
    notes.meeting_check.setChecked(True)
    notes.meeting.setDate(notes.meeting.date().fromString("2027-01-20", "yyyy-MM-dd"))
    qtbot.mouseClick(notes.save, LEFT)
    assert notes.status.text() == "Notes saved."
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        latest = store.assessments(ids["Sam Carter"])[-1]
        assert latest.notes == "Wants a mentor in a big company."
        assert list(latest.gap_notes.values()) == ["Ask about the course fee"]
        assert latest.next_meeting == dt.date(2027, 1, 20)
        assert store.client(ids["Sam Carter"]).next_meeting == dt.date(2027, 1, 20)
    assert view.model.data(view.model.index(view.model.row_of(ids["Sam Carter"]) or 0, 3)) != ""


def test_erasing_asks_first_and_then_leaves_no_trace(qtbot: QtBot, tmp_path: Path, shipped: Content) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Pieter de Vries"])
    seen: list[str] = []
    QTimer.singleShot(0, answer_box(qtbot, QMessageBox.StandardButton.Cancel, seen))
    qtbot.mouseClick(view.erase, LEFT)
    assert "Pieter de Vries" in seen[0] and "cannot be undone" in seen[0]
    # it promises only what it does: what it cannot reach is said, not "nothing left on this computer"
    assert "It cannot reach files saved elsewhere" in seen[0] and "nothing" not in seen[0].lower()
    assert view.model.rowCount() == 3  # cancelled: nothing happened

    QTimer.singleShot(0, answer_box(qtbot, QMessageBox.StandardButton.Yes, seen))
    qtbot.mouseClick(view.erase, LEFT)
    assert seen[1].endswith("[Erase]")  # the button says what it does, not "Yes"
    assert [view.model.client(r).name for r in range(view.model.rowCount())] == ["Åsa Öström", "Sam Carter"]
    assert view.status.text() == "Pieter de Vries was erased."
    view.store.close()
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and b"Pieter de Vries" in p.read_bytes()]
    assert leftovers == []


def test_a_new_assessment_runs_the_wizard_and_lands_in_the_store(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    window = MainWindow(shipped, tmp_path)
    qtbot.addWidget(window)
    window.offer_counsellor_mode()
    window.show()
    assert window.start_page.counsellor_button.isVisible()
    enter_counsellor_mode(qtbot, window)
    mode = window.counsellor_mode
    assert isinstance(mode, CounsellorMode)
    view = mode.view
    assert view is not None and window.stack.currentWidget() is view
    view.select_client(ids["Åsa Öström"])
    qtbot.mouseClick(view.new_assessment, LEFT)
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.answer_file.respondent.name == "Åsa Öström"
    wizard.save_now()  # nothing answered yet: no empty assessment
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        assert store.client(ids["Åsa Öström"]).assessments == 2
    wizard.answers.set("competency.seo", 4)
    wizard.save_now()
    wizard.answers.set("competency.networking", 5)
    wizard.reject()  # "Close": asks, saves and returns
    assert wizard.leave_box is not None
    # where the answers went, for the counsellor: the record, not the job seeker's start page
    said = wizard.leave_box.informativeText()
    assert "client's record" in said and "Continue selected" in said and "start page" not in said
    leave = wizard.leave_box.findChild(QPushButton, "leave")
    assert leave is not None
    leave.click()
    assert window.stack.currentWidget() is view
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        history = store.assessments(ids["Åsa Öström"])
        assert len(history) == 3
        assert history[-1].answer_data["answers"] == {"competency.seo": 4, "competency.networking": 5}
        assert "client_id" not in history[-1].answer_data
    assert view.history.rowCount() == 3
    assert cell(view.history, 0, 1).text() == "unfinished"  # two answers: never scored (issue #13)


def test_a_damaged_store_is_reported_and_left_alone(qtbot: QtBot, tmp_path: Path, shipped: Content) -> None:
    (tmp_path / STORE_NAME).write_bytes(b"\x00garbage" * 500)
    before = (tmp_path / STORE_NAME).read_bytes()
    window = MainWindow(shipped, tmp_path)
    qtbot.addWidget(window)
    window.offer_counsellor_mode()
    window.show()
    enter_counsellor_mode(qtbot, window)
    mode = window.counsellor_mode
    assert mode is not None and mode.view is None and mode.page is not None
    assert window.stack.currentWidget() is mode.page  # still asking; the reason on the page
    assert "not a client database" in mode.page.error.text()
    assert (tmp_path / STORE_NAME).read_bytes() == before


def test_the_view_speaks_swedish_and_dutch(qtbot: QtBot, tmp_path: Path, shipped: Content) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    set_language("sv")
    assert view.erase.text() == "Radera klient…"
    assert view.tabs.tabText(2) == "Framsteg"
    assert view.count.text() == "3 av 3 klienter"
    set_language("nl")
    assert view.erase.text() == "Cliënt wissen…"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Naam"


def test_the_progress_report_is_made_in_the_background(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    from pypdf import PdfReader

    ids = fill_store(tmp_path / "data", shipped)
    view = make_view(qtbot, tmp_path / "data", shipped)
    view.select_client(ids["Pieter de Vries"])
    out = tmp_path / "pieter.pdf"
    with qtbot.waitSignal(view.reportFinished, timeout=120_000) as finished:
        view.report_to(out)  # what "Progress report (PDF)…" calls after the file dialog
        assert not view.report.isEnabled()  # busy while the worker renders
    assert finished.args == [str(out)]
    assert view.report.isEnabled() and str(out) in view.status.text()
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(out).pages).split())
    assert "Pieter de Vries" in text and "Progress" in text and "Intake with Pieter de Vries" in text


def test_hostile_names_stay_plain_text_on_one_line(qtbot: QtBot, tmp_path: Path, shipped: Content) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:  # line breaks: as an older version stored them
        cid = store.add_client("Eve")
        conn, seal = raw_access(store)
        conn.execute("UPDATE clients SET name = ?", (seal("Eve\nNew\tline <b>bold</b> <img src=x>"),))
    view = make_view(qtbot, tmp_path, shipped)
    assert view.proxy.index(0, 0).data() == "Eve New line <b>bold</b> <img src=x>"
    view.select_client(cid)
    assert view.name.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b>" in view.name.text()


def test_a_client_whose_stored_answers_were_changed_outside_is_said_not_a_traceback(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    conn = sqlite3.connect(tmp_path / STORE_NAME)
    with conn:
        conn.execute(
            "UPDATE assessments SET answer_json = 'not sealed' WHERE client_id = ?", (ids["Sam Carter"],)
        )
    conn.close()
    view = make_view(qtbot, tmp_path, shipped)
    assert view.select_client(ids["Sam Carter"])  # pytest-qt fails the test on an exception in a slot
    assert view.assessments == [] and "outside smm-career" in view.status.text()


def test_continuing_a_complete_assessment_adds_a_new_one_and_keeps_history(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        before = [a.answer_data for a in store.assessments(ids["Sam Carter"])]
    window = MainWindow(shipped, tmp_path)
    qtbot.addWidget(window)
    window.offer_counsellor_mode()
    window.show()
    enter_counsellor_mode(qtbot, window)
    view = window.counsellor_mode.view if isinstance(window.counsellor_mode, CounsellorMode) else None
    assert view is not None
    view.select_client(ids["Sam Carter"])
    view.history.selectRow(0)  # the newest, complete
    qtbot.mouseClick(view.continue_assessment, LEFT)
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.save_now()  # opened, nothing changed: nothing new
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        assert len(store.assessments(ids["Sam Carter"])) == 2
    wizard.answers.set("competency.seo", 5)
    wizard.save_now()
    wizard.answers.set("competency.networking", 1)
    wizard.save_now()
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        history = store.assessments(ids["Sam Carter"])
    assert [a.answer_data for a in history[:2]] == before  # the past is as it was
    assert len(history) == 3 and history[2].answer_data["answers"]["competency.networking"] == 1
    assert history[2].status == "complete"
