"""Correcting a client's record in the counsellor window (issue #13): the client's details, an
assessment moved to another client, re-dated or deleted, consent, and the retention period's
review mark. Real widgets offscreen and a real store; every refused correction changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app import content
from app.content import Content
from app.gui.counsellor import CounsellorView
from app.gui.counsellor.client_dialogs import (
    AssessmentDateDialog,
    ClientDetailsDialog,
    MoveAssessmentDialog,
    RecordSettingsDialog,
)
from app.gui.i18n import set_language, show_date
from app.storage.client_store import ClientStore
from tests.gui.test_accessibility import unnamed_controls
from tests.gui.test_counsellor import LEFT, answer_box, cell, fill_store, make_view
from tests.gui.test_counsellor_records import on_modal
from tests.store_access import PASSPHRASE


@pytest.fixture(scope="module")
def shipped() -> Content:
    return content.shipped()


def shown_names(view: CounsellorView) -> list[str]:
    """The client list as the counsellor sees it, top to bottom."""
    return [str(view.proxy.index(row, 0).data()) for row in range(view.proxy.rowCount())]


def shown_dates(view: CounsellorView) -> list[str]:
    return [cell(view.history, row, 0).text() for row in range(view.history.rowCount())]


def stored_dates(folder: Path, client_id: int) -> list[dt.date]:
    with ClientStore.open(folder, PASSPHRASE) as store:
        return [a.taken_at.date() for a in store.assessments(client_id)]


def long_date(day: dt.date) -> str:
    return show_date(day, long=True)


# -- the client's details ------------------------------------------------------------------


def test_edited_details_resort_the_list_and_keep_the_client_selected(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    assert shown_names(view) == ["Åsa Öström", "Pieter de Vries", "Sam Carter"]
    prefilled: list[tuple[str, str, bool]] = []

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, ClientDetailsDialog)
        prefilled.append((dialog.name.text(), dialog.email.text(), dialog.ok.isEnabled()))
        dialog.name.clear()
        prefilled.append(("", "", dialog.ok.isEnabled()))  # no name: no OK
        qtbot.keyClicks(dialog.name, "Aaron Carter")
        qtbot.keyClicks(dialog.phone, "070-123 45 67")
        qtbot.mouseClick(dialog.ok, LEFT)

    on_modal(qtbot, correct)
    qtbot.mouseClick(view.records.edit_client, LEFT)
    assert prefilled == [("Sam Carter", "sam@example.org", True), ("", "", False)]
    assert shown_names(view) == ["Aaron Carter", "Åsa Öström", "Pieter de Vries"]
    assert view.current_client_id() == ids["Sam Carter"]
    assert view.name.text() == "Aaron Carter"
    assert "070-123 45 67" in view.contact.text()
    assert view.status.text() == "Aaron Carter’s details are saved."

    assert not view.records.save_details("   ", "", "")  # refused by the store: nothing changes
    assert view.status.text() == "a client needs a name"
    assert view.name.text() == "Aaron Carter"
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        client = store.client(ids["Sam Carter"])
        assert (client.name, client.email, client.phone) == (
            "Aaron Carter",
            "sam@example.org",
            "070-123 45 67",
        )


def test_a_renamed_client_stays_selected_when_the_search_no_longer_matches(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    qtbot.keyClicks(view.search, "sam")
    view.select_client(ids["Sam Carter"])
    assert view.records.save_details("Samira Carter", "", "")
    assert view.current_client_id() == ids["Sam Carter"]  # "sam" still matches
    assert view.records.save_details("Ruth Carter", "", "")
    assert view.current_client_id() == ids["Sam Carter"]
    assert view.search.text() == "" and view.name.text() == "Ruth Carter"


# -- one assessment ------------------------------------------------------------------------


def test_an_assessment_moves_to_a_client_picked_from_a_search(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    assert shown_dates(view) == [long_date(dt.date(2026, 8, 1)), long_date(dt.date(2026, 2, 1))]
    moved = view.selected_assessment_id()
    listed: list[list[str]] = []

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveAssessmentDialog)
        listed.append([str(dialog.proxy.index(r, 0).data()) for r in range(dialog.proxy.rowCount())])
        assert not dialog.ok.isEnabled()  # nobody is chosen until the counsellor chooses
        qtbot.keyClicks(dialog.search, "piet")
        assert dialog.chosen() == ids["Pieter de Vries"]
        qtbot.mouseClick(dialog.ok, LEFT)

    on_modal(qtbot, pick)
    qtbot.mouseClick(view.records.move, LEFT)
    assert listed == [["Åsa Öström", "Pieter de Vries"]]  # not the client it belongs to
    assert shown_dates(view) == [long_date(dt.date(2026, 2, 1))]
    assert view.status.text().startswith(f"The assessment of {long_date(dt.date(2026, 8, 1))} (")
    assert view.status.text().endswith(") was moved to Pieter de Vries.")

    view.select_client(ids["Pieter de Vries"])
    assert view.history.rowCount() == 3
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        assert moved in [a.id for a in store.assessments(ids["Pieter de Vries"])]
        assert len(store.assessments(ids["Sam Carter"])) == 1


def test_moving_to_the_client_it_belongs_to_changes_nothing(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    assessment = view.selected_assessment_id()
    assert assessment is not None
    assert not view.records.move_assessment(assessment, ids["Sam Carter"])
    assert view.status.text() == "The assessment already belongs to Sam Carter; nothing was moved."
    assert view.history.rowCount() == 2
    assert stored_dates(tmp_path, ids["Sam Carter"]) == [dt.date(2026, 2, 1), dt.date(2026, 8, 1)]


def test_the_date_changes_and_a_future_date_is_refused(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    latest = view.selected_assessment_id()
    assert latest is not None
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    seen: list[tuple[bool, bool]] = []

    def redate(dialog: QDialog) -> None:
        assert isinstance(dialog, AssessmentDateDialog)
        assert dialog.day() == dt.date(2026, 8, 1)  # it opens on the assessment's own day
        dialog.date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        seen.append((dialog.ok.isEnabled(), dialog.refused.isVisibleTo(dialog)))
        dialog.date.setDate(QDate(2026, 1, 15))
        seen.append((dialog.ok.isEnabled(), dialog.refused.isVisibleTo(dialog)))
        qtbot.mouseClick(dialog.ok, LEFT)

    on_modal(qtbot, redate)
    qtbot.mouseClick(view.records.change_date, LEFT)
    assert seen == [(False, True), (True, False)]
    # Now the older of the two: the rows re-sort, and it stays selected.
    assert shown_dates(view) == [long_date(dt.date(2026, 2, 1)), long_date(dt.date(2026, 1, 15))]
    assert view.selected_assessment_id() == latest
    assert view.status.text() == f"The assessment is now dated {long_date(dt.date(2026, 1, 15))}."

    assert not view.records.set_date(latest, tomorrow)
    assert view.status.text().startswith(f"{long_date(tomorrow)} is in the future")
    assert shown_dates(view) == [long_date(dt.date(2026, 2, 1)), long_date(dt.date(2026, 1, 15))]
    assert stored_dates(tmp_path, ids["Sam Carter"]) == [dt.date(2026, 1, 15), dt.date(2026, 2, 1)]


def test_delete_asks_what_goes_with_it_and_erases_the_assessment(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    assert [a.text() for a in view.history.actions()] == [
        "Move to another client…",
        "Change date…",
        "Delete assessment…",
    ]
    assert view.history.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    view.history.selectRow(1)  # the intake, with a session note and a gap note
    intake = view.selected_assessment_id()
    view.activateWindow()
    view.history.setFocus()
    qtbot.waitUntil(view.history.hasFocus)
    seen: list[str] = []
    QTimer.singleShot(0, answer_box(qtbot, QMessageBox.StandardButton.Cancel, seen))
    qtbot.keyClick(view.history, Qt.Key.Key_Delete)
    assert len(seen) == 1
    assert f"the assessment of {long_date(dt.date(2026, 2, 1))}" in seen[0]
    assert "without a trace" in seen[0] and "2 notes" in seen[0] and "cannot be undone" in seen[0]
    assert view.history.rowCount() == 2  # cancelled: nothing happened

    QTimer.singleShot(0, answer_box(qtbot, QMessageBox.StandardButton.Yes, seen))
    qtbot.mouseClick(view.records.delete, LEFT)
    assert shown_dates(view) == [long_date(dt.date(2026, 8, 1))]
    assert view.status.text().startswith(f"The assessment of {long_date(dt.date(2026, 2, 1))} (")
    assert view.status.text().endswith(") was deleted.")
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        [left] = store.assessments(ids["Sam Carter"])
        assert left.id != intake and left.taken_at.date() == dt.date(2026, 8, 1)
        assert "Intake with Sam Carter" not in left.notes


def test_a_client_without_assessments_offers_no_assessment_action(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    view = make_view(qtbot, tmp_path, shipped)
    client = view.create_client("Noor Haddad")
    assert client is not None and view.current_client_id() == client
    for control in (view.records.move, view.records.change_date, view.records.delete):
        assert not control.isEnabled(), control.objectName()
    assert not view.records.delete_action.isEnabled()


# -- consent and retention -----------------------------------------------------------------


def test_consent_is_shown_and_recorded_today(qtbot: QtBot, tmp_path: Path, shipped: Content) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Åsa Öström"])
    assert view.records.consent_line.text() == "Consent: not recorded"
    qtbot.mouseClick(view.records.record_consent, LEFT)
    today = dt.date.today()
    assert view.records.consent_line.text() == f"Consent recorded on {long_date(today)}"
    assert view.status.text() == f"Consent recorded on {long_date(today)}."
    assert not view.records.record_consent.isEnabled()  # recorded today already
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        assert store.client(ids["Åsa Öström"]).consent_at == today
        assert store.client(ids["Sam Carter"]).consent_at is None
    view.select_client(ids["Sam Carter"])
    assert view.records.consent_line.text() == "Consent: not recorded"


def test_the_retention_period_marks_clients_due_for_review(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        old = store.add_client("Olle Gammal", created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    view = make_view(qtbot, tmp_path, shipped)

    def marked() -> list[str]:
        return [
            str(view.proxy.index(row, 0).data())
            for row in range(view.proxy.rowCount())
            if view.proxy.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
        ]

    assert marked() == []
    opened_with: list[str] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordSettingsDialog)
        opened_with.append(dialog.months.text())
        dialog.months.setValue(24)
        dialog.accept()

    on_modal(qtbot, choose)
    qtbot.mouseClick(view.records.settings, LEFT)
    assert opened_with == ["Not set"]
    assert marked() == ["Olle Gammal"]
    assert view.status.text() == "Clients with nothing new for more than 24 months are marked for review."
    row = shown_names(view).index("Olle Gammal")
    assert "Due for review" in str(view.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    view.select_client(old)
    assert view.records.review_line.isVisibleTo(view)
    assert (
        view.records.review_line.text() == "Due for review or erasure: nothing new for more than 24 months."
    )
    view.select_client(ids["Sam Carter"])
    assert not view.records.review_line.isVisibleTo(view)

    assert view.records.set_retention(None)
    assert marked() == []
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        assert store.retention_months is None


def test_the_corrections_take_the_keyboard_and_speak_swedish(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    assert unnamed_controls(view) == []
    records = view.records
    for button in (
        records.edit_client,
        records.record_consent,
        records.move,
        records.change_date,
        records.delete,
        records.settings,
    ):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.objectName()
    set_language("sv")
    assert records.delete.text() == "Radera kartläggning…"
    assert records.consent_line.text() == "Samtycke: inte registrerat"


def test_the_counsellors_name_that_signs_the_notes_is_set_in_the_window(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    """Shared notes print "Notes by …" in PDFs: the window sets the name (before, only the
    command line could, so a window-only counsellor's notes were never signed)."""
    fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)

    def name(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordSettingsDialog)
        dialog.name.setText("  Karin   Ek ")
        dialog.accept()

    on_modal(qtbot, name)
    qtbot.mouseClick(view.records.settings, LEFT)
    assert view.status.text() == "Your shared notes are signed “Karin Ek” in PDFs."
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        assert store.counsellor_name == "Karin Ek" and store.retention_months is None
