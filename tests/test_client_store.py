"""The client store on real SQLite files: round trips, search, migration, broken files."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.answers import AnswerFile, CounsellorNotes
from app.storage.client_store import STORE_NAME, ClientStore, StoreError, UnknownClient
from tests.store_access import PASSPHRASE

FIXTURE_V1 = Path(__file__).parent / "data" / "client_store_v1.sqlite3"


def answer_file(name: str, seo: int, *, notes: CounsellorNotes | None = None) -> AnswerFile:
    return AnswerFile(
        language="sv",
        respondent={"name": name},
        answers={"competency.seo": seo, "goals.target_role": "social_media_manager"},
        counsellor=notes,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_clients_and_assessments_survive_closing_and_reopening(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        anna = store.add_client("Anna Berg", email="anna@example.se", phone="070-123 45 67")
        later = store.add_assessment(
            anna, answer_file("Anna Berg", 4), taken_at=dt.datetime(2026, 9, 1, 10, tzinfo=dt.UTC)
        )
        first = store.add_assessment(
            anna,
            answer_file(
                "Anna Berg",
                2,
                notes=CounsellorNotes(
                    notes="Wants to move from PR.",
                    gap_notes={"seo": "Take the short course"},
                    next_meeting=dt.date(2026, 9, 1),
                ),
            ),
            taken_at=dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC),
        )
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        summary = store.client(anna)
        assert (summary.name, summary.email, summary.phone, summary.assessments) == (
            "Anna Berg",
            "anna@example.se",
            "070-123 45 67",
            2,
        )
        rows = store.assessments(anna)
        assert [a.id for a in rows] == [first, later]  # oldest first, whatever the insert order
        assert rows[0].answer_data["answers"]["competency.seo"] == 2
        assert rows[0].notes == "Wants to move from PR."
        assert rows[0].gap_notes == {"seo": "Take the short course"}
        assert summary.next_meeting == dt.date(2026, 9, 1)
        restored = rows[0].answer_file()
        assert restored.respondent.name == "Anna Berg"
        assert restored.counsellor is not None and restored.counsellor.gap_notes == {
            "seo": "Take the short course"
        }


def test_notes_are_replaced_and_blank_gap_notes_dropped(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client("Bo")
        aid = store.add_assessment(cid, answer_file("Bo", 3))
        store.set_notes(
            aid,
            notes="Second talk",
            gap_notes={"seo": "  ", "networking": "Join a meetup"},
            next_meeting=dt.date(2027, 1, 15),
        )
        got = store.assessment(aid)
        assert (got.notes, got.gap_notes, got.next_meeting) == (
            "Second talk",
            {"networking": "Join a meetup"},
            dt.date(2027, 1, 15),
        )
        store.set_notes(aid, notes="", gap_notes={})
        got = store.assessment(aid)
        assert (got.notes, got.gap_notes, got.next_meeting) == ("", {}, None)


def test_search_ignores_case_and_accents_and_treats_wildcards_literally(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        store.add_client("Åsa Öström")
        store.add_client("Pieter de Vries", email="pieter@example.nl")
        store.add_client("100% Kim_B")
        store.add_client("Kim B")
        assert [c.name for c in store.clients(search="ostrom")] == ["Åsa Öström"]
        assert [c.name for c in store.clients(search="ÖSTRÖM")] == ["Åsa Öström"]
        assert [c.name for c in store.clients(search="example.nl")] == ["Pieter de Vries"]
        assert [c.name for c in store.clients(search="0%")] == ["100% Kim_B"]
        assert [c.name for c in store.clients(search="m_b")] == ["100% Kim_B"]
        assert [c.name for c in store.clients()] == ["100% Kim_B", "Åsa Öström", "Kim B", "Pieter de Vries"]


def test_unknown_ids_and_empty_names_are_refused_with_a_message(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        with pytest.raises(UnknownClient, match="no client with id 41"):
            store.add_assessment(41, answer_file("X", 1))
        with pytest.raises(StoreError, match="needs a name"):
            store.add_client("   ")
        with pytest.raises(StoreError, match="at most 200 characters"):
            store.add_client("x" * 201)
        cid = store.add_client("Ok")
        aid = store.add_assessment(cid, answer_file("Ok", 1))
        with pytest.raises(StoreError, match="at most 20000 characters"):
            store.set_notes(aid, notes="n" * 20_001)
        assert store.assessment(aid).notes == ""
        store.erase_client(cid)
        assert store.clients() == []


def test_erased_client_ids_are_never_reused(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        store.add_client("A")
        last = store.add_client("B")
        store.erase_client(last)
        assert store.add_client("C") > last


def test_the_store_is_wal_with_foreign_keys(tmp_path: Path) -> None:
    """Erasing a client takes their assessments with them: the store's foreign keys cascade.

    (That no byte of an erased client is left, secure_delete's work, is in test_client_store_erasure.)"""
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client("Cleo")
        store.add_assessment(cid, answer_file("Cleo", 2))
        kept = store.add_client("Kim")
        store.add_assessment(kept, answer_file("Kim", 3))
        store.erase_client(cid)
    check = sqlite3.connect(tmp_path / STORE_NAME)
    assert check.execute("SELECT client_id FROM assessments").fetchall() == [(kept,)]
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert check.execute("PRAGMA user_version").fetchone()[0] == 3
    check.close()


def test_a_version_1_store_is_migrated_and_encrypted_without_a_plaintext_copy(tmp_path: Path) -> None:
    """Its first opening with a passphrase migrates and encrypts it in one transaction; the
    original is the fallback until the commit, so no plaintext backup is written."""
    shutil.copy(FIXTURE_V1, tmp_path / STORE_NAME)
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        clients = {c.name: c for c in store.clients()}
        assert set(clients) == {"Åsa Öström", "Pieter de Vries"}
        asa, pieter = clients["Åsa Öström"], clients["Pieter de Vries"]
        assert (asa.email, asa.phone, asa.assessments) == ("asa.ostrom@example.se", "", 2)
        assert (pieter.email, pieter.phone, pieter.assessments) == ("", "+31 6 1234 5678", 1)
        assert asa.created_at == dt.datetime(2025, 3, 1, 9, tzinfo=dt.UTC)
        history = store.assessments(asa.id)
        assert [a.notes for a in history] == ["Första mötet.", ""]
        assert history[1].answer_data["answers"]["competency.strategy_planning"] == 4
        assert [c.name for c in store.clients(search="ostrom")] == ["Åsa Öström"]
        aid = history[1].id
        store.set_notes(aid, notes="Nytt", gap_notes={"seo": "Kurs"})  # the new table works
        new = store.add_client("Ny")
        assert new == 3
    assert not (tmp_path / "backups").exists()
    with ClientStore.open(tmp_path, PASSPHRASE) as store:  # a second open migrates nothing
        assert len(store.clients()) == 3
    assert not (tmp_path / "backups").exists()


def test_garbage_bytes_are_refused_and_left_untouched(tmp_path: Path) -> None:
    garbage = bytes(range(256)) * 40
    (tmp_path / STORE_NAME).write_bytes(garbage)
    before = snapshot(tmp_path)
    with pytest.raises(StoreError) as caught:
        ClientStore.open(tmp_path, PASSPHRASE)
    message = str(caught.value)
    assert "\n" not in message
    assert STORE_NAME in message and "not a client database" in message
    assert "ingen klientdatabas" in caught.value.message("sv")
    assert "geen cliëntendatabase" in caught.value.message("nl")
    assert snapshot(tmp_path) == before


def test_a_truncated_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        for i in range(300):
            cid = store.add_client(f"Client {i}", email=f"c{i}@example.org")
            store.add_assessment(cid, answer_file(f"Client {i}", 1 + i % 5))
    path = tmp_path / STORE_NAME
    data = path.read_bytes()
    assert len(data) > 64 * 1024
    path.write_bytes(data[: len(data) // 2])
    before = snapshot(tmp_path)
    with pytest.raises(StoreError) as caught:
        ClientStore.open(tmp_path, PASSPHRASE)
    message = str(caught.value)
    assert "\n" not in message
    assert "damaged" in message or "integrity check" in message
    assert "left as it is" in message
    assert snapshot(tmp_path) == before


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        store.add_client("Dana")
    conn = sqlite3.connect(tmp_path / STORE_NAME)
    conn.execute("PRAGMA user_version = 9")
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="newer version"):
        ClientStore.open(tmp_path, PASSPHRASE)
    assert snapshot(tmp_path) == before


def test_another_sqlite_file_is_not_taken_for_a_store(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / STORE_NAME)
    conn.execute("CREATE TABLE recipes (title TEXT)")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="not a client store"):
        ClientStore.open(tmp_path, PASSPHRASE)
    assert snapshot(tmp_path) == before


def test_the_wizard_can_replace_answers_while_notes_and_date_stay(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client("Eva")
        day = dt.datetime(2026, 5, 4, 9, tzinfo=dt.UTC)
        aid = store.add_assessment(cid, answer_file("Eva", 1), taken_at=day)
        store.set_notes(aid, notes="Keep", gap_notes={"seo": "Course"})
        store.update_answers(aid, answer_file("Eva", 4))
        got = store.assessment(aid)
        assert got.answer_data["answers"]["competency.seo"] == 4
        assert (got.notes, got.gap_notes, got.taken_at) == ("Keep", {"seo": "Course"}, day)
        with pytest.raises(StoreError, match="no assessment with id 99"):
            store.update_answers(99, answer_file("Eva", 2))
