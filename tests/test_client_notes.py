"""Each note a row saved compare-and-set (issue #13): editing, switching shared/internal and
deleting a note another store changed meanwhile is refused with both texts; one shared note
per gap; the next meeting on its own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.domain.answers import AnswerFile
from app.storage.client_store import ClientStore, NoteConflict, StoreError
from tests.store_access import PASSPHRASE

ELIN = Path(__file__).resolve().parent.parent / "examples" / "sv_career_changer_customer_service.json"


def two_stores(folder: Path) -> tuple[ClientStore, ClientStore, int]:
    first, second = ClientStore.open(folder, PASSPHRASE), ClientStore.open(folder, PASSPHRASE)
    client = first.add_client("Elin Sjöberg")
    answers = AnswerFile.model_validate(json.loads(ELIN.read_text(encoding="utf-8")))
    return first, second, first.add_assessment(client, answers)


def test_switching_shared_and_internal_is_compare_and_set(tmp_path: Path) -> None:
    first, second, aid = two_stores(tmp_path)
    with first, second:
        note = first.add_note(aid, "Practise SEO.", internal=True, author="Eva")
        assert first.update_note(note, "Practise SEO.", expected_revision=1, internal=False) == 2
        [shared] = second.notes(aid)
        assert (shared.internal, shared.printable, shared.revision) == (False, True, 2)
        printed = second.assessment(aid).answer_file().counsellor
        assert printed is not None and printed.notes == "Practise SEO."
        with pytest.raises(NoteConflict) as conflict:
            second.update_note(note, "Practise SEO.", expected_revision=1, internal=True)
        assert conflict.value.theirs == "Practise SEO." and not second.notes(aid)[0].internal


def test_the_same_text_saved_in_two_places_is_no_conflict(tmp_path: Path) -> None:
    first, second, aid = two_stores(tmp_path)
    with first, second:
        note = first.add_note(aid, "Call back.", internal=True, author="")
        assert second.update_note(note, "Call back on Monday.", expected_revision=1) == 2
        assert first.update_note(note, "Call back on Monday.", expected_revision=1) == 2


def test_a_note_changed_elsewhere_is_not_deleted_unseen(tmp_path: Path) -> None:
    first, second, aid = two_stores(tmp_path)
    with first, second:
        note = first.add_note(aid, "Draft.", internal=True, author="")
        second.update_note(note, "Draft, then more.", expected_revision=1)
        with pytest.raises(NoteConflict) as conflict:
            first.delete_note(note, expected_revision=1)
        assert conflict.value.theirs == "Draft, then more."
        assert [n.text for n in first.notes(aid)] == ["Draft, then more."]
        first.delete_note(note, expected_revision=2)
        assert second.notes(aid) == []
        with pytest.raises(StoreError) as gone:
            first.delete_note(note, expected_revision=2)
        assert gone.value.code == "no_note"


def test_one_shared_note_per_gap(tmp_path: Path) -> None:
    first, second, aid = two_stores(tmp_path)
    with first, second:
        first.add_note(aid, "Short course.", internal=False, author="", competency="seo")
        with pytest.raises(NoteConflict) as conflict:
            second.add_note(aid, "Read a book.", internal=False, author="", competency="seo")
        assert (conflict.value.mine, conflict.value.theirs) == ("Read a book.", "Short course.")
        assert second.assessment(aid).gap_notes == {"seo": "Short course."}
        second.add_note(aid, "Costs too much for her.", internal=True, author="", competency="seo")
        assert len(second.notes(aid)) == 2  # an internal note on the gap is no second printed one


def test_the_next_meeting_is_set_on_its_own(tmp_path: Path) -> None:
    first, second, aid = two_stores(tmp_path)
    with first, second:
        first.add_note(aid, "Kept.", internal=False, author="")
        first.set_next_meeting(aid, dt.date(2027, 1, 12))
        got = second.assessment(aid)
        assert (got.next_meeting, got.notes) == (dt.date(2027, 1, 12), "Kept.")
        second.set_next_meeting(aid, None)
        assert first.assessment(aid).next_meeting is None
        with pytest.raises(StoreError) as unknown:
            first.set_next_meeting(aid + 1, None)
        assert unknown.value.code == "no_assessment"
