"""The Notes tab as a list of notes (issue #13): each shared or internal, the counsellor's or
from the client's answer file; added, edited, switched and deleted in the window; never lost
on a switch; each saved compare-and-set against another window or the command line; and the
idle lock over a client's wizard."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import content
from app.content import Content
from app.domain.answers import AnswerFile
from app.gui.counsellor import CounsellorView
from app.gui.counsellor.dialogs import NoteConflictDialog
from app.gui.i18n import show_date
from app.storage.client_store import Assessment, ClientStore
from tests.gui.test_counsellor import (
    EXAMPLES,
    LEFT,
    answer_box,
    cell,
    enter_counsellor_mode,
    fill_store,
    make_view,
)
from tests.gui.test_counsellor_records import (
    ROOT,
    WAIT_MS,
    counsellor_view,
    on_modal,
    open_window,
    text_of,
    type_notes,
)
from tests.store_access import PASSPHRASE


@pytest.fixture(scope="module")
def shipped() -> Content:
    return content.shipped()


def latest(folder: Path, client_id: int) -> Assessment:
    with ClientStore.open(folder, PASSPHRASE) as store:
        return store.assessments(client_id)[-1]


def general(assessment: Assessment) -> list[tuple[str, bool]]:
    """The assessment's notes that are not about one gap: (text, internal), oldest first."""
    return [(n.text, n.internal) for n in assessment.note_rows if not n.competency]


def listed(view: CounsellorView) -> list[str]:
    return [view.notes.list.item(row).text() for row in range(view.notes.list.count())]


def replace_text(qtbot: QtBot, view: CounsellorView, text: str) -> None:
    view.tabs.setCurrentWidget(view.notes)
    view.notes.editor.selectAll()
    qtbot.keyClicks(view.notes.editor, text)


def test_the_notes_show_as_a_list_marked_shared_internal_or_the_clients(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    data = json.loads((EXAMPLES / "en_journalist_no_degree_partial.json").read_text(encoding="utf-8"))
    data["counsellor"] = {"notes": "I would like a job near home."}
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        client = store.import_answers(AnswerFile.model_validate(data))
        [assessment] = store.assessments(client)
        store.add_note(assessment.id, "Practise SEO weekly.", internal=False, author="Eva Lind")
        store.add_note(assessment.id, "Going through a divorce.", internal=True, author="Eva Lind")
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(client)
    view.tabs.setCurrentWidget(view.notes)
    today = show_date(dt.date.today(), long=True)
    assert [row.split("\n") for row in listed(view)] == [  # newest last
        [f"{today} · From the client's answer file: never printed", "I would like a job near home."],
        [f"{today} · Eva Lind · Shared: printed in the client's PDF", "Practise SEO weekly."],
        [f"{today} · Eva Lind · Internal: only for you, never printed", "Going through a divorce."],
    ]
    notes = view.notes
    assert notes.editor.toPlainText() == "Going through a divorce." and notes.internal.isChecked()
    notes.list.setCurrentRow(0)  # the client's own words: read, never edited as the counsellor's
    assert notes.editor.toPlainText() == "I would like a job near home."
    assert notes.editor.isReadOnly() and not notes.internal.isEnabled()
    assert "never printed as yours" in notes.origin.text()
    assert cell(view.history, 0, 3).text() == "Going through a divorce."


def test_a_new_note_is_internal_until_shared_and_saves_itself(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    view.tabs.setCurrentWidget(view.notes)
    qtbot.mouseClick(view.notes.new, LEFT)
    assert view.notes.internal.isChecked()
    qtbot.keyClicks(view.notes.editor, "Has two children.")
    qtbot.waitUntil(lambda: general(latest(tmp_path, ids["Sam Carter"])) == [("Has two children.", True)])
    qtbot.mouseClick(view.notes.new, LEFT)
    assert view.notes.editor.toPlainText() == "" and view.notes.internal.isChecked()
    qtbot.keyClicks(view.notes.editor, "Practise SEO.")
    view.notes.internal.setChecked(False)
    qtbot.waitUntil(lambda: view.notes.status.text() == "Notes saved." and not view.notes.dirty)
    stored = latest(tmp_path, ids["Sam Carter"])
    assert general(stored) == [("Has two children.", True), ("Practise SEO.", False)]
    printed = stored.answer_file().counsellor
    assert printed is not None and printed.notes == "Practise SEO."  # the internal one never
    assert len(listed(view)) == 2 and "Shared" in listed(view)[1]


def test_editing_switching_and_deleting_a_note(qtbot: QtBot, tmp_path: Path, shipped: Content) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Åsa Öström"])
    view.history.selectRow(1)  # the intake, with its shared note
    notes = view.notes
    assert notes.editor.toPlainText() == "Intake with Åsa Öström" and not notes.internal.isChecked()
    type_notes(qtbot, view, ", moved to May.")
    notes.internal.setChecked(True)
    qtbot.mouseClick(notes.save, LEFT)
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        intake = store.assessments(ids["Åsa Öström"])[0]
        assert general(intake) == [("Intake with Åsa Öström, moved to May.", True)]
        assert intake.answer_file().counsellor.notes == ""  # type: ignore[union-attr]
    assert "Internal" in listed(view)[0]

    seen: list[str] = []
    QTimer.singleShot(0, answer_box(qtbot, QMessageBox.StandardButton.Cancel, seen))
    qtbot.mouseClick(notes.delete, LEFT)
    assert seen == ["Delete this note? This cannot be undone.\n[Cancel]"] and len(listed(view)) == 1
    QTimer.singleShot(0, answer_box(qtbot, QMessageBox.StandardButton.Yes, seen))
    qtbot.mouseClick(notes.delete, LEFT)
    assert seen[1].endswith("[Delete]")  # the button says what it does, not "Yes"
    assert listed(view) == [] and notes.editor.toPlainText() == ""
    assert notes.status.text() == "Note deleted."
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        assert general(store.assessments(ids["Åsa Öström"])[0]) == []


def test_typed_text_is_there_after_switching_client_and_coming_back(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    type_notes(qtbot, view, "Typed, then another client.")
    assert view.notes.pause.isActive()  # not saved yet when the client changes
    view.select_client(ids["Åsa Öström"])
    assert view.name.text() == "Åsa Öström" and view.notes.editor.toPlainText() == ""
    view.select_client(ids["Sam Carter"])
    view.tabs.setCurrentWidget(view.notes)
    assert view.notes.editor.toPlainText() == "Typed, then another client."
    assert general(latest(tmp_path, ids["Sam Carter"])) == [("Typed, then another client.", True)]


def test_choosing_another_note_saves_the_one_typed_in(qtbot: QtBot, tmp_path: Path, shipped: Content) -> None:
    ids = fill_store(tmp_path, shipped)
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        aid = store.assessments(ids["Sam Carter"])[-1].id
        store.add_note(aid, "First.", internal=True, author="")
        store.add_note(aid, "Second.", internal=False, author="")
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    type_notes(qtbot, view, " More.")  # the newest note is in the editor
    view.notes.list.setCurrentRow(0)
    assert view.notes.editor.toPlainText() == "First." and view.notes.internal.isChecked()
    assert view.notes.list.currentRow() == 0
    assert general(latest(tmp_path, ids["Sam Carter"])) == [("First.", True), ("Second. More.", False)]


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("keep_mine", ["Mine."]),
        ("keep_theirs", ["Theirs."]),
        ("keep_both", ["Theirs.", "Mine."]),
    ],
)
def test_a_note_edited_in_two_windows_is_never_silently_overwritten(
    qtbot: QtBot, tmp_path: Path, shipped: Content, button: str, expected: list[str]
) -> None:
    ids = fill_store(tmp_path, shipped)
    with ClientStore.open(tmp_path, PASSPHRASE) as other:
        aid = other.assessments(ids["Sam Carter"])[-1].id
        note = other.add_note(aid, "First draft.", internal=False, author="")
        view = make_view(qtbot, tmp_path, shipped)
        view.watch.stop()  # the other save lands while this window is still typing
        view.select_client(ids["Sam Carter"])
        replace_text(qtbot, view, "Mine.")
        other.update_note(note, "Theirs.", expected_revision=1)
    seen: list[tuple[str, str]] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NoteConflictDialog)
        seen.append((text_of(dialog, "mine_text"), text_of(dialog, "theirs_text")))
        chosen = dialog.findChild(QPushButton, button)
        assert chosen is not None
        qtbot.mouseClick(chosen, LEFT)

    on_modal(qtbot, choose)
    assert view.save_notes()
    assert seen == [("Mine.", "Theirs.")]
    assert [text for text, _ in general(latest(tmp_path, ids["Sam Carter"]))] == expected
    assert [row.split("\n")[1] for row in listed(view)] == expected
    assert view.notes.editor.toPlainText() == ("Theirs." if button == "keep_theirs" else "Mine.")
    assert not view.notes.dirty


def test_cancelling_a_conflict_keeps_the_text_on_screen_unsaved(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.watch.stop()
    view.select_client(ids["Åsa Öström"])
    view.history.selectRow(1)
    replace_text(qtbot, view, "Mine.")
    with ClientStore.open(tmp_path, PASSPHRASE) as other:
        [note] = [n for n in other.assessments(ids["Åsa Öström"])[0].note_rows if not n.competency]
        other.update_note(note.id, "Theirs.", expected_revision=note.revision)
    on_modal(qtbot, lambda dialog: dialog.reject())
    assert not view.save_notes()
    assert view.notes.status.text() == "Not saved: this note was changed in another window."
    assert view.notes.editor.toPlainText() == "Mine." and view.notes.dirty
    with ClientStore.open(tmp_path, PASSPHRASE) as other:
        assert general(other.assessments(ids["Åsa Öström"])[0]) == [("Theirs.", False)]


def test_a_gap_note_written_in_two_windows_keeps_both_texts_in_the_one_note(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.watch.stop()
    view.select_client(ids["Sam Carter"])
    notes = view.notes
    row = 0
    cid = str(cell(notes.gaps, row, 0).data(0x0100))
    cell(notes.gaps, row, 2).setText("Mine.")
    with ClientStore.open(tmp_path, PASSPHRASE) as other:
        aid = other.assessments(ids["Sam Carter"])[-1].id
        other.add_note(aid, "Theirs.", internal=False, author="", competency=cid)
    seen: list[str] = []

    def keep_both(dialog: QDialog) -> None:
        assert isinstance(dialog, NoteConflictDialog)
        seen.append(dialog.keep_both.text())
        qtbot.mouseClick(dialog.keep_both, LEFT)

    on_modal(qtbot, keep_both)
    assert view.save_notes()
    assert seen == ["Keep both (mine below theirs)"]
    assert latest(tmp_path, ids["Sam Carter"]).gap_notes == {cid: "Theirs.\n\nMine."}
    assert cell(notes.gaps, row, 2).text() == "Theirs.\n\nMine."


def test_a_note_saved_elsewhere_shows_when_nothing_is_being_typed(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Åsa Öström"])
    view.history.selectRow(1)
    view.tabs.setCurrentWidget(view.notes)
    with ClientStore.open(tmp_path, PASSPHRASE) as other:
        [note] = [n for n in other.assessments(ids["Åsa Öström"])[0].note_rows if not n.competency]
        other.update_note(note.id, "Rewritten in the other window.", expected_revision=note.revision)
        qtbot.waitUntil(
            lambda: view.notes.editor.toPlainText() == "Rewritten in the other window.", timeout=WAIT_MS
        )
        other.add_note(note.assessment_id, "Added in the other window.", internal=True, author="")
    qtbot.waitUntil(lambda: len(listed(view)) == 2, timeout=WAIT_MS)
    assert listed(view)[1].endswith("\nAdded in the other window.")
    assert view.notes.editor.toPlainText() == "Rewritten in the other window."  # still the one chosen
    assert view.tabs.currentWidget() is view.notes


def test_a_note_added_from_the_command_line_appears_beside_the_one_being_typed(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.select_client(ids["Sam Carter"])
    type_notes(qtbot, view, "Typed in the window.")
    env = {**os.environ, "SMM_CAREER_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "app", "clients", "note", str(ids["Sam Carter"]), "Added from the command line.",
         "--internal", "--data-dir", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: len(listed(view)) == 2, timeout=WAIT_MS)
    texts = [row.split("\n")[1] for row in listed(view)]
    assert sorted(texts) == ["Added from the command line.", "Typed in the window."]
    assert view.notes.editor.toPlainText() == "Typed in the window."
    stored = general(latest(tmp_path, ids["Sam Carter"]))
    assert sorted(stored) == [("Added from the command line.", True), ("Typed in the window.", True)]


def test_the_idle_lock_covers_a_clients_wizard_and_returns_to_its_page(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    window = open_window(qtbot, tmp_path, shipped)
    enter_counsellor_mode(qtbot, window)
    view = counsellor_view(window)
    mode = window.counsellor_mode
    assert mode is not None
    view.select_client(ids["Åsa Öström"])
    qtbot.mouseClick(view.new_assessment, LEFT)
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.next()
    wizard.next()
    page = wizard.currentId()
    wizard.answers.set("competency.seo", 4)
    holder = window.stack.currentWidget()
    assert mode.idle.isActive()  # the idle time runs while the client answers
    mode.idle.start(50)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is mode.page, timeout=WAIT_MS)
    assert not wizard.isVisible()
    assert latest(tmp_path, ids["Åsa Öström"]).answer_data["answers"] == {"competency.seo": 4}
    assert mode.page is not None
    qtbot.keyClicks(mode.page.passphrase, PASSPHRASE)
    qtbot.mouseClick(mode.page.unlock, LEFT)
    assert window.stack.currentWidget() is holder and window.wizard is wizard
    assert wizard.currentId() == page and wizard.answers.get("competency.seo") == 4
    assert mode.idle.isActive()
    wizard.answers.set("competency.networking", 5)
    wizard.done(int(QDialog.DialogCode.Rejected))  # closed: back to the client list
    assert counsellor_view(window) is view
    assert latest(tmp_path, ids["Åsa Öström"]).answer_data["answers"] == {
        "competency.seo": 4,
        "competency.networking": 5,
    }


def test_leaving_from_the_lock_closes_the_wizard_with_its_answers_saved(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    window = open_window(qtbot, tmp_path, shipped)
    enter_counsellor_mode(qtbot, window)
    view = counsellor_view(window)
    mode = window.counsellor_mode
    assert mode is not None
    view.select_client(ids["Sam Carter"])
    qtbot.mouseClick(view.new_assessment, LEFT)
    wizard = window.wizard
    assert wizard is not None
    wizard.answers.set("competency.seo", 3)
    mode.lock()
    assert mode.page is not None and window.stack.currentWidget() is mode.page
    qtbot.mouseClick(mode.page.back, LEFT)
    assert window.stack.currentWidget() is window.start_page
    assert window.wizard is None and mode.view is None  # no client's answers left on screen
    assert latest(tmp_path, ids["Sam Carter"]).answer_data["answers"] == {"competency.seo": 3}


def test_keeping_my_text_keeps_a_note_made_internal_elsewhere_internal(
    qtbot: QtBot, tmp_path: Path, shipped: Content
) -> None:
    ids = fill_store(tmp_path, shipped)
    view = make_view(qtbot, tmp_path, shipped)
    view.watch.stop()
    view.select_client(ids["Åsa Öström"])
    view.history.selectRow(1)  # the intake's shared note
    replace_text(qtbot, view, "Mine.")
    with ClientStore.open(tmp_path, PASSPHRASE) as other:
        [note] = [n for n in other.assessments(ids["Åsa Öström"])[0].note_rows if not n.competency]
        other.update_note(note.id, note.text, expected_revision=note.revision, internal=True)
    on_modal(qtbot, lambda dialog: qtbot.mouseClick(dialog.findChild(QPushButton, "keep_mine"), LEFT))
    assert view.save_notes()
    with ClientStore.open(tmp_path, PASSPHRASE) as other:
        assert general(other.assessments(ids["Åsa Öström"])[0]) == [("Mine.", True)]
    assert view.notes.internal.isChecked()
