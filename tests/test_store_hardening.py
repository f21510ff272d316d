"""The client store under attack (issue #14 items 1, 8, 9, 10, 12, 13, 14, 17): nothing lost,
every message true, one line each."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from app import paths
from app.content import shipped
from app.domain.answers import AnswerFile
from app.storage import client_store
from app.storage.atomic import write_atomic
from app.storage.autosave import list_autosaves
from app.storage.client_store import PENDING_ERASURES, STORE_NAME, ClientStore, StoreError
from tests.store_access import PASSPHRASE
from tests.test_cli_clients import ELIN, EXAMPLES, english, run  # noqa: F401 (english: autouse)
from tests.test_client_store_erasure import FIXTURE_V1, answer_file, traces, write_autosave

# -- item 1: an erasure that fails half-way is finished later ---------------------------------


def test_an_interrupted_erasure_is_finished_by_erasing_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_store, "BUSY_TIMEOUT_MS", 50)
    name = "Noor Jansen"
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client(name, email="noor@example.nl")
        store.add_assessment(cid, answer_file(name, f"{name} talks fast"))
        store.add_client("Karin Lund")
    write_autosave(tmp_path, name, cid, "draft")
    reader = sqlite3.connect(tmp_path / STORE_NAME)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM clients").fetchone()  # a read transaction held open

    code, _, err = run(capsys, tmp_path, "delete", str(cid))
    assert code == 2 and err.count("\n") == 1
    assert "another program holds the client database open" in err
    assert f"run 'smm-career clients delete {cid}' again" in err
    assert json.loads((tmp_path / PENDING_ERASURES).read_text()) == [cid]

    reader.rollback()
    reader.close()
    code, _, err = run(capsys, tmp_path, "delete", str(cid))
    assert code == 0 and err.startswith(f"finished erasing client {cid}, whose records an earlier")
    assert not (tmp_path / PENDING_ERASURES).exists()
    assert traces(tmp_path, [name, "noor@example.nl"]) == []
    code, out, _ = run(capsys, tmp_path, "list")
    assert out.splitlines() == ["2\tKaren Lund\t0".replace("Karen", "Karin")]


def test_a_pending_erasure_is_finished_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_store, "BUSY_TIMEOUT_MS", 50)
    name = "Pieter Bakker"
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client(name)
        store.add_assessment(cid, answer_file(name, "note"))
    reader = sqlite3.connect(tmp_path / STORE_NAME)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM clients").fetchone()
    with ClientStore.open(tmp_path, PASSPHRASE) as store, pytest.raises(StoreError) as info:
        store.erase_client(cid)
    assert info.value.code == "erase_pending"
    reader.rollback()
    reader.close()
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        assert store.pending_erasures() == []
        assert store.clients() == []
    assert traces(tmp_path, [name]) == []


# -- item 8: private files, item 9: leftovers of killed writes --------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_store_backups_and_autosaves_are_private(tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    ClientStore.open(data, PASSPHRASE).close()
    shutil.copy(FIXTURE_V1, data / STORE_NAME)  # a store of an older version: opening encrypts it
    with ClientStore.open(data, PASSPHRASE) as store:
        cid = store.add_client("Noor")
        store.add_assessment(cid, answer_file("Noor", "x"))
        store.backup(tmp_path / "copy.sqlite3")
    ClientStore.restore(data, tmp_path / "copy.sqlite3", PASSPHRASE)  # keeps the store in backups/
    assert mode(tmp_path / "copy.sqlite3") == 0o600
    write_atomic(data / "autosave" / "a.json", b"{}")
    write_atomic(data / "autosave" / "a.json", b'{"version": 1}')
    assert mode(tmp_path / "new") == 0o700 and mode(data) == 0o700
    files = [p for p in data.rglob("*")]
    assert {p.name for p in files} >= {STORE_NAME, "backups", "autosave", "a.json", "a.json.bak"}
    for path in files:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_an_older_open_data_folder_is_tightened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.delenv("SMM_CAREER_DATA_DIR")
    monkeypatch.setattr(paths, "default_data_dir", lambda: data)  # the platform's folder: the app's own
    with ClientStore.open(None, PASSPHRASE):
        pass
    data.chmod(0o755)
    (data / STORE_NAME).chmod(0o644)
    with ClientStore.open(None, PASSPHRASE):
        pass
    assert (mode(data), mode(data / STORE_NAME)) == (0o700, 0o600)


def test_an_existing_folder_named_as_data_folder_keeps_its_mode(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    with ClientStore.open(data, PASSPHRASE):
        pass
    (data / STORE_NAME).chmod(0o644)
    with ClientStore.open(data, PASSPHRASE):
        pass
    assert (mode(data), mode(data / STORE_NAME)) == (0o755, 0o600)


def test_leftovers_of_killed_saves_are_removed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    autosave = data / "autosave"
    autosave.mkdir(parents=True)
    torn = autosave / ".x.json.abcd.tmp"
    torn.write_text('{"version": 1, "respondent": {"name": "Noor Jan', encoding="utf-8")
    fresh = autosave / ".y.json.efgh.tmp"
    fresh.write_text("{", encoding="utf-8")
    os.utime(torn, (1_000_000_000, 1_000_000_000))  # long ago: no write in progress
    list_autosaves(data, shipped())
    assert not torn.exists() and fresh.exists()  # a write in progress is left alone
    with ClientStore.open(data, PASSPHRASE) as store:
        cid = store.add_client("Noor Jansen")
        store.erase_client(cid)
    assert not fresh.exists()  # erasure takes every leftover: none can be attributed


# -- item 10: one transaction per operation ----------------------------------------------------


def test_a_failed_import_leaves_no_client(tmp_path: Path) -> None:
    broken = AnswerFile(respondent={"name": "Orphan"}, answers={"background.current_role": "a\ud800"})
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        with pytest.raises(StoreError) as info:
            store.import_answers(broken)
        assert "text that is not valid Unicode" in str(info.value)
        assert store.clients() == []


# -- items 12, 13: true messages for a read-only folder, changed tables and odd rows ----------


def test_changed_tables_and_odd_rows_give_one_true_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client("Noor")
        store.add_assessment(cid, answer_file("Noor", "x"))
    conn = sqlite3.connect(tmp_path / STORE_NAME)
    conn.execute("UPDATE clients SET created_at = 'yesterday'")
    conn.commit()
    code, _, err = run(capsys, tmp_path, "list")
    assert code == 2 and err.count("\n") == 1
    assert "client 1: created_at holds 'yesterday', which smm-career does not write" in err
    conn.execute("UPDATE clients SET created_at = '2026-01-01T00:00:00+00:00'")
    conn.execute("UPDATE assessments SET answer_json = '{broken'")
    conn.commit()
    code, _, err = run(capsys, tmp_path, "export", "1")
    assert code == 2 and "assessment 1: answer_json is not sealed with this store's key" in err
    conn.execute("ALTER TABLE clients RENAME COLUMN phone TO telephone")
    conn.commit()
    code, _, err = run(capsys, tmp_path, "list")
    assert (code, err.count("\n")) == (2, 1)
    assert "tables were changed outside smm-career (table clients: columns phone)" in err
    conn.execute("ALTER TABLE clients RENAME COLUMN telephone TO phone")
    conn.execute("DROP TABLE notes")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, tmp_path, "list")
    assert "(no table notes)" in err and "damaged" not in err


# -- item 14: ids beyond SQLite's -------------------------------------------------------------


@pytest.mark.parametrize("action", [["export"], ["delete"], ["report", "-o", "x.pdf"]])
def test_huge_and_odd_ids_are_refused_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], action: list[str]
) -> None:
    for bad in (str(2**63), "-1", "0", "1" * 5000, "x"):
        code, _, err = run(capsys, tmp_path, action[0], bad, *action[1:])
        assert code == 2 and err.count("\n") == 1 and len(err) < 300
        assert "is not a client id (a whole number from 1 to 9223372036854775807)" in err
    code, _, err = run(capsys, tmp_path, "import", str(ELIN), "--client", str(2**64))
    assert code == 2 and "is not a client id" in err


# -- item 17: first use from two processes at once --------------------------------------------


def test_a_store_created_by_another_process_meanwhile_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race window: this process found no store, another one created it just after."""
    with ClientStore.open(tmp_path, PASSPHRASE) as first:
        first.add_client("Made by the other process")
    monkeypatch.setattr(client_store, "check_file", lambda path: 0)
    with ClientStore.open(tmp_path, PASSPHRASE) as second:
        assert [c.name for c in second.clients()] == ["Made by the other process"]
