"""Privacy: export one client, and erase them so no byte of them is left in the data folder."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.answers import AnswerFile, CounsellorNotes
from app.storage.client_store import STORE_NAME, ClientStore, UnknownClient
from tests.store_access import PASSPHRASE

FIXTURE_V1 = Path(__file__).parent / "data" / "client_store_v1.sqlite3"


def answer_file(name: str, note: str) -> AnswerFile:
    return AnswerFile(
        language="nl",
        respondent={"name": name},
        answers={"competency.seo": 2, "background.current_role": f"assistant to {name}"},
        counsellor=CounsellorNotes(notes=note, gap_notes={"seo": f"{name} should read up"}),
    )


def traces(folder: Path, needles: list[str]) -> list[str]:
    """Every (file, needle, encoding) where a needle's bytes occur under the folder."""
    found = []
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = file.read_bytes()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if needle.encode(encoding) in data:
                    found.append(f"{file.relative_to(folder)}: {needle!r} ({encoding})")
    return found


def write_autosave(folder: Path, name: str, client_id: int | None, stem: str) -> None:
    data = answer_file(name, "draft").model_dump(mode="json")
    if client_id is not None:
        data["client_id"] = client_id
    autosave = folder / "autosave"
    autosave.mkdir(parents=True, exist_ok=True)
    (autosave / f"{stem}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (autosave / f"{stem}.json.bak").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def keep_copy(store: ClientStore, folder: Path) -> None:
    """A copy of the store in `backups/`, as `clients restore` keeps the store it replaces."""
    outside = folder.parent / f"{folder.name}-copy.sqlite3"  # backups are written outside the data folder
    store.backup(outside)
    (folder / "backups").mkdir(mode=0o700)
    outside.rename(folder / "backups" / "clients-before-restore-20260101T000000Z.sqlite3")


def test_export_holds_everything_about_the_client(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client("Noor Jansen", email="noor@example.nl")
        other = store.add_client("Someone Else")
        store.add_assessment(cid, answer_file("Noor Jansen", "eerste gesprek"))
        store.add_assessment(other, answer_file("Someone Else", "x"))
        write_autosave(tmp_path, "Noor Jansen", cid, "unfinished")
        exported = store.export_client(cid)
    text = json.dumps(exported, ensure_ascii=False)
    assert "Someone Else" not in text
    assert exported["client"]["name"] == "Noor Jansen"
    assert exported["client"]["email"] == "noor@example.nl"
    [assessment] = exported["assessments"]
    notes = [(n["competency"], n["text"], n["visibility"], n["origin"]) for n in assessment["notes"]]
    assert notes == [
        ("", "eerste gesprek", "shared", "counsellor"),
        ("seo", "Noor Jansen should read up", "shared", "counsellor"),
    ]
    assert assessment["answer_file"]["respondent"]["name"] == "Noor Jansen"
    assert len(exported["unfinished_autosaves"]) == 2  # the autosave and its .bak


def test_after_erasure_no_byte_of_the_name_is_left_under_the_data_folder(tmp_path: Path) -> None:
    # A migrated store, and a copy of it in backups/ (as a restore keeps it), holding the client too.
    shutil.copy(FIXTURE_V1, tmp_path / STORE_NAME)
    name, email = "Åsa Öström", "asa.ostrom@example.se"
    store = ClientStore.open(tmp_path, PASSPHRASE)
    keep_copy(store, tmp_path)
    asa = next(c.id for c in store.clients() if c.name == name)
    keep = store.add_client("Karin Lund", email="karin@example.se")
    for i in range(3):
        store.add_assessment(asa, answer_file(name, f"session {i} with {name}"))
        store.add_assessment(keep, answer_file("Karin Lund", f"session {i}"))
    store.set_notes(store.assessments(asa)[0].id, notes=f"{name} prefers mornings", gap_notes={"seo": name})
    write_autosave(tmp_path, name, asa, "a1")
    write_autosave(tmp_path, "Karin Lund", keep, "k1")
    write_autosave(tmp_path, "Anonymous", None, "n1")
    # A second reader keeps the WAL from being checkpointed on close: the worst case.
    reader = sqlite3.connect(tmp_path / STORE_NAME)
    reader.execute("SELECT count(*) FROM clients").fetchone()
    needles = [name, email, name.casefold(), "asa ostrom"]
    assert traces(tmp_path, needles), "the test must see the client before erasure"

    erasure = store.erase_client(asa)
    reader.close()

    assert erasure.assessments == 5
    assert sorted(p.name for p in erasure.autosaves_removed) == ["a1.json", "a1.json.bak"]
    assert len(erasure.backups_rewritten) == 1 and erasure.backups_removed == []
    assert traces(tmp_path, needles) == []
    # Everyone else is still there, in the store, the autosaves and the backup.
    assert [c.name for c in store.clients()] == ["Karin Lund", "Pieter de Vries"]
    assert len(store.assessments(keep)) == 3
    assert store.assessments(keep)[0].notes == "session 0"
    assert sorted(p.name for p in (tmp_path / "autosave").iterdir()) == [
        "k1.json",
        "k1.json.bak",
        "n1.json",
        "n1.json.bak",
    ]
    elsewhere = tmp_path.parent / f"{tmp_path.name}-backup-opened"
    elsewhere.mkdir()
    shutil.copy(erasure.backups_rewritten[0], elsewhere / STORE_NAME)
    with ClientStore.open(elsewhere, PASSPHRASE) as backup:
        [pieter] = backup.clients()
        assert (pieter.name, pieter.assessments) == ("Pieter de Vries", 1)
    with pytest.raises(UnknownClient):
        store.client(asa)
    store.close()
    assert traces(tmp_path, needles) == []


def test_a_backup_that_cannot_be_cleaned_is_removed(tmp_path: Path) -> None:
    shutil.copy(FIXTURE_V1, tmp_path / STORE_NAME)
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        keep_copy(store, tmp_path)
        [backup] = list((tmp_path / "backups").iterdir())
        backup.write_bytes(backup.read_bytes()[:1024])  # damaged, still holding the name
        erasure = store.erase_client(1)
    assert erasure.backups_removed == [backup]
    assert not backup.exists()
    assert traces(tmp_path, ["Åsa Öström"]) == []
