"""The client store encrypted, locked and backed up (issue #13, points 4, 5 and 7): real SQLite
files, the real command line, and real second processes where another program matters."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.domain.answers import AnswerFile, CounsellorNotes
from app.storage import local_disk
from app.storage.client_store import STORE_NAME, ClientStore, StoreError
from app.storage.client_store import sole_user as local_disk_sole_user
from tests.store_access import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_V1 = ROOT / "tests" / "data" / "client_store_v1.sqlite3"
ELIN = ROOT / "examples" / "sv_career_changer_customer_service.json"

NAME, EMAIL, PHONE = "Birgitta Ångström", "birgitta.angstrom@example.se", "070-123 45 67"
NOTE, GAP_NOTE, ROLE = (
    "Hon vill byta bana till våren",
    "Läser Googles SEO-guide",
    "Kundtjänstlärling på Åhléns",
)
SECRETS = [
    NAME,
    EMAIL,
    PHONE,
    NOTE,
    GAP_NOTE,
    ROLE,
    "Elin Sjöberg",
    "Åsa Öström",
    "Pieter de Vries",
    "Raderad Person",
]


def readable(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    """(file, needle) for every needle readable in any raw file under `folder`, in UTF-8 or UTF-16."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            if any(needle.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be")):
                found.append((path.name, needle))
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["clients", *args, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def smm(*args: str | Path, env: dict[str, str | None] | None = None) -> subprocess.CompletedProcess[str]:
    """The command line in its own process, without a terminal."""
    environ = {**os.environ, "LC_ALL": "C.UTF-8"}
    for key, value in (env or {}).items():
        if value is None:
            environ.pop(key, None)
        else:
            environ[key] = value
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=environ,
        stdin=subprocess.DEVNULL,
    )


def full_client(store: ClientStore) -> int:
    cid = store.add_client(NAME, email=EMAIL, phone=PHONE)
    answers = AnswerFile.model_validate(
        {
            "language": "sv",
            "respondent": {"name": NAME},
            "answers": {"background.current_role": ROLE, "competency.seo": 2},
            "counsellor": CounsellorNotes(notes=NOTE, gap_notes={"seo": GAP_NOTE}).model_dump(mode="json"),
        }
    )
    store.add_assessment(cid, answers)
    return cid


V2_SCHEMA = """
CREATE TABLE clients (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, search_key TEXT NOT NULL);
CREATE TABLE assessments (id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE, taken_at TEXT NOT NULL,
    answer_json TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', next_meeting TEXT);
CREATE TABLE gap_notes (assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    competency TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (assessment_id, competency)) WITHOUT ROWID;
CREATE INDEX assessments_by_client ON assessments(client_id, taken_at);
"""


def plaintext_v2_store(folder: Path) -> None:
    """A store as the release before encryption wrote it, with a deleted client in its free pages."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / STORE_NAME)
    conn.execute("PRAGMA secure_delete = OFF")
    conn.executescript(V2_SCHEMA)
    answers = json.dumps({"version": 1, "language": "sv", "respondent": {"name": NAME},
                          "answers": {"background.current_role": ROLE}}, ensure_ascii=False)  # fmt: skip
    conn.execute(
        "INSERT INTO clients VALUES (1, ?, ?, ?, '2026-01-05T10:00:00+00:00', ?)",
        (NAME, EMAIL, PHONE, NAME.lower()),
    )
    conn.execute(
        "INSERT INTO assessments VALUES (1, 1, '2026-01-05T10:00:00+00:00', ?, ?, '2026-02-01')",
        (answers, NOTE),
    )
    conn.execute("INSERT INTO gap_notes VALUES (1, 'seo', ?)", (GAP_NOTE,))
    conn.execute(
        "INSERT INTO clients VALUES (2, 'Raderad Person', '', '', '2026-01-05T10:00:00+00:00', 'raderad')"
    )
    conn.commit()
    conn.execute("DELETE FROM clients WHERE id = 2")  # secure_delete off: the bytes stay in a free page
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


# -- no readable personal data ---------------------------------------------------------------


def test_no_personal_data_is_readable_in_any_file_after_import_notes_and_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert run(capsys, data, "import", str(ELIN))[0] == 0
    with ClientStore.open(data, PASSPHRASE) as store:
        cid = full_client(store)
        store.set_notes(store.assessments(cid)[0].id, notes=NOTE + " igen", gap_notes={"seo": GAP_NOTE})
        reader = sqlite3.connect(data / STORE_NAME)  # keeps the WAL from being checkpointed
        reader.execute("SELECT count(*) FROM clients").fetchone()
        (tmp_path / "usb").mkdir(mode=0o700)
        store.backup(tmp_path / "usb" / "copy.sqlite3")
        assert readable(tmp_path, SECRETS) == []  # database, WAL and the backup while open
        reader.close()
    code, out, _ = run(capsys, data, "list")
    assert code == 0 and "Elin Sjöberg" in out and NAME in out  # …and all there for the passphrase
    code, out, _ = run(capsys, data, "export", str(cid))
    assert NOTE in out and GAP_NOTE in out and ROLE in out and PHONE in out
    assert readable(data, SECRETS) == []


def test_a_plaintext_v2_store_is_encrypted_on_first_opening_with_nothing_left_readable(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    plaintext_v2_store(data)
    (data / "backups").mkdir()
    conn = sqlite3.connect(data / STORE_NAME)  # a migration backup an earlier release left, plaintext
    conn.backup(backup := sqlite3.connect(data / "backups" / "clients-v1-20260101T000000Z.sqlite3"))
    backup.close()
    conn.close()
    assert {needle for _, needle in readable(data, SECRETS)} >= {
        NAME,
        EMAIL,
        NOTE,
        GAP_NOTE,
        "Raderad Person",
    }
    with ClientStore.open(data, PASSPHRASE) as store:
        assert store.passphrase_set
        [client] = store.clients(search="angstrom")
        assert (client.name, client.email, client.phone) == (NAME, EMAIL, PHONE)
        [assessment] = store.assessments(client.id)
        assert (assessment.notes, assessment.gap_notes) == (NOTE, {"seo": GAP_NOTE})
        assert assessment.answer_data["answers"]["background.current_role"] == ROLE
        assert str(assessment.next_meeting) == "2026-02-01"
    assert readable(data, SECRETS) == []
    assert not list((data / "backups").iterdir())  # the plaintext copy was overwritten and removed
    columns = [row[1] for row in sqlite3.connect(data / STORE_NAME).execute("PRAGMA table_info(clients)")]
    assert "search_key" not in columns
    with ClientStore.open(data, PASSPHRASE) as store:  # a second opening only unlocks
        assert not store.passphrase_set and len(store.clients()) == 1


def test_a_v1_store_is_migrated_and_encrypted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / STORE_NAME).write_bytes(FIXTURE_V1.read_bytes())
    with ClientStore.open(data, PASSPHRASE) as store:
        assert sorted(c.name for c in store.clients()) == ["Pieter de Vries", "Åsa Öström"]
    assert readable(data, ["Åsa Öström", "Pieter de Vries", "asa.ostrom@example.se", "Första mötet"]) == []


# -- the passphrase ----------------------------------------------------------------------------


def test_a_wrong_passphrase_is_refused_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        full_client(store)
    before = snapshot(data)
    with pytest.raises(StoreError) as caught:
        ClientStore.open(data, "not the passphrase")
    assert caught.value.code == "wrong_passphrase"
    assert "fel lösenfras" in caught.value.message(
        "sv"
    ) and "verkeerde wachtwoordzin" in caught.value.message("nl")
    key = tmp_path / "key.txt"
    key.write_text("not the passphrase\n", encoding="utf-8")
    code, out, err = run(capsys, data, "list", "--passphrase-file", str(key))
    assert (code, out) == (2, "") and err == "wrong passphrase for the client store; nothing was changed\n"
    assert snapshot(data) == before


def test_the_passphrase_is_changed_and_the_store_reopens_with_the_new_one_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        full_client(store)
        store.backup(tmp_path / "before.sqlite3")
    monkeypatch.delenv("SMM_CAREER_PASSPHRASE")
    old, new, short = tmp_path / "old", tmp_path / "new", tmp_path / "short"
    old.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new.write_text("a much better passphrase\r\n", encoding="utf-8")
    short.write_text("kort\n", encoding="utf-8")
    code, _, err = run(
        capsys, data, "passphrase", "--passphrase-file", str(old), "--new-passphrase-file", str(short)
    )
    assert code == 2 and "at least 8 characters" in err
    assert "Keep this passphrase safe" not in err  # no advice about a passphrase that was refused
    code, _, err = run(
        capsys, data, "passphrase", "--passphrase-file", str(old), "--new-passphrase-file", str(new)
    )
    assert code == 0 and "Keep this passphrase safe" in err and "clients backup" in err
    with pytest.raises(StoreError, match="wrong passphrase"):
        ClientStore.open(data, PASSPHRASE)
    with ClientStore.open(data, "a much better passphrase") as store:
        assert [c.name for c in store.clients()] == [NAME]
    assert run(capsys, data, "list", "--passphrase-file", str(new))[1] == f"1\t{NAME}\t1\n"
    assert readable(data, [*SECRETS, PASSPHRASE, "a much better passphrase"]) == []
    # A backup made before opens with the passphrase it was made with.
    other = tmp_path / "other"
    ClientStore.restore(other, tmp_path / "before.sqlite3", PASSPHRASE)


def test_without_a_terminal_and_without_a_passphrase_a_store_command_exits_2(tmp_path: Path) -> None:
    done = smm("clients", "list", "--data-dir", tmp_path / "data", env={"SMM_CAREER_PASSPHRASE": None})
    assert done.returncode == 2 and done.stdout == ""
    assert (
        done.stderr.count("\n") == 1
        and "--passphrase-file" in done.stderr
        and "SMM_CAREER_PASSPHRASE" in done.stderr
    )
    assert not (tmp_path / "data" / STORE_NAME).exists()


def test_first_use_from_a_passphrase_file_sets_it_and_warns(tmp_path: Path) -> None:
    key = tmp_path / "key"
    key.write_text("första lösenfrasen\n", encoding="utf-8")
    data = tmp_path / "data"
    done = smm("clients", "import", ELIN, "--data-dir", data, "--passphrase-file", key,
               env={"SMM_CAREER_PASSPHRASE": None})  # fmt: skip
    assert done.returncode == 0 and done.stdout == "1\n"
    assert "Keep this passphrase safe" in done.stderr and "smm-career clients backup" in done.stderr
    assert ClientStore.exists(data)
    with ClientStore.open(data, "första lösenfrasen") as store:
        assert [c.name for c in store.clients()] == ["Elin Sjöberg"]


def test_exists_tells_a_store_with_a_passphrase_from_none_or_one_before_encryption(tmp_path: Path) -> None:
    assert not ClientStore.exists(tmp_path / "none")
    plaintext_v2_store(tmp_path / "old")
    assert not ClientStore.exists(tmp_path / "old")  # its passphrase is still to be chosen
    ClientStore.open(tmp_path / "new", PASSPHRASE).close()
    assert ClientStore.exists(tmp_path / "new")


# -- backup and restore ------------------------------------------------------------------------

HOLDER = """
import sys
from app.storage.client_store import ClientStore
store = ClientStore.open(sys.argv[1], sys.argv[2])
store.add_client("Written By The Holder")
print("ready", flush=True)
sys.stdin.readline()
store.close()
"""


def test_a_backup_is_consistent_while_another_process_holds_the_store_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        full_client(store)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        out = tmp_path / "backup.sqlite3"
        done = smm("clients", "backup", out, "--data-dir", data)
        assert done.returncode == 0, done.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)
    assert (out.stat().st_mode & 0o777) == 0o600
    assert readable(tmp_path, ["Written By The Holder", *SECRETS]) == []
    fresh = tmp_path / "fresh"
    assert ClientStore.restore(fresh, out, PASSPHRASE) is None  # nothing to keep there
    with ClientStore.open(fresh, PASSPHRASE) as store:
        assert sorted(c.name for c in store.clients()) == [NAME, "Written By The Holder"]
    done = smm("clients", "backup", out, "--data-dir", data)  # an earlier backup may be replaced
    assert done.returncode == 0, done.stderr
    precious = tmp_path / "thesis.docx"
    precious.write_bytes(b"my thesis")
    done = smm("clients", "backup", precious, "--data-dir", data)
    assert done.returncode == 2 and "not overwritten" in done.stderr and precious.read_bytes() == b"my thesis"


def test_restore_keeps_the_current_store_then_replaces_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        full_client(store)
        store.backup(tmp_path / "monday.sqlite3")
        store.add_client("Added On Tuesday")
    code, _, err = run(capsys, data, "restore", str(tmp_path / "monday.sqlite3"))
    assert code == 0 and "restored the client store from" in err
    [kept] = list((data / "backups").iterdir())
    assert f"kept in {kept}" in err and (kept.stat().st_mode & 0o777) == 0o600
    assert run(capsys, data, "list")[1] == f"1\t{NAME}\t1\n"
    other = tmp_path / "kept"
    ClientStore.restore(other, kept, PASSPHRASE)
    with ClientStore.open(other, PASSPHRASE) as store:
        assert sorted(c.name for c in store.clients()) == ["Added On Tuesday", NAME]


def test_restore_refuses_what_is_no_store_it_can_open_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        full_client(store)
        store.backup(tmp_path / "good.sqlite3")
    foreign = tmp_path / "recipes.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE recipes (title TEXT)")
    conn.commit()
    conn.close()
    empty_db = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty_db).execute("PRAGMA user_version = 0").connection.close()
    old = tmp_path / "old"
    plaintext_v2_store(old)
    cases = {
        tmp_path / "random.bin": (os.urandom(5000), "not a client database"),
        tmp_path / "zero.sqlite3": (b"", "empty file (0 bytes)"),
        foreign: (None, "not a client store"),
        empty_db: (None, "not a client store"),
        old / STORE_NAME: (None, "from before encryption"),
        tmp_path / "missing.sqlite3": (None, "no such file or folder"),
    }
    for file, (content, _) in cases.items():
        if content is not None:
            file.write_bytes(content)
    before, sources = snapshot(data), {f: f.read_bytes() for f in cases if f.exists()}
    for file, (_, reason) in cases.items():
        code, out, err = run(capsys, data, "restore", str(file))
        assert (code, out, err.count("\n")) == (2, "", 1), (file, err)
        assert reason in err, (file, err)
    key = tmp_path / "wrong"
    key.write_text("some other passphrase\n", encoding="utf-8")
    code, _, err = run(capsys, data, "restore", str(tmp_path / "good.sqlite3"), "--passphrase-file", str(key))
    assert code == 2 and "wrong passphrase" in err
    assert snapshot(data) == before
    assert {f: f.read_bytes() for f in sources} == sources


def test_restore_is_refused_while_another_program_has_the_store_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        full_client(store)
        store.backup(tmp_path / "good.sqlite3")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        before = snapshot(data)
        with pytest.raises(StoreError, match="another program has the client store open"):
            ClientStore.restore(data, tmp_path / "good.sqlite3", PASSPHRASE)
        assert snapshot(data) == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)


def test_restore_is_refused_even_where_the_holder_lost_its_lock_on_the_shm_file(tmp_path: Path) -> None:
    """POSIX drops all of a process's locks on a file when any descriptor of it closes: a
    window that opened and closed the -shm (a file dialog sniffing the folder, say) no longer
    shows in `sole_user`. SQLite itself still knows the file is open, so restore asks it too
    (found by an outside counsellor: a restore went through under an open window)."""
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        full_client(store)
        store.backup(tmp_path / "good.sqlite3")
    careless = HOLDER.replace(
        'print("ready"',
        'import os; os.close(os.open(store.path.with_name(store.path.name + "-shm"), os.O_RDWR))\nprint("ready"',
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", careless, str(data), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        assert local_disk_sole_user(data / STORE_NAME)  # the lock the first check relies on is gone
        before = snapshot(data)
        with pytest.raises(StoreError, match="another program has the client store open"):
            ClientStore.restore(data, tmp_path / "good.sqlite3", PASSPHRASE)
        after = snapshot(data)
        del before[STORE_NAME + "-shm"], after[STORE_NAME + "-shm"]  # SQLite's shared memory, not data
        assert after == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)


def test_a_store_replaced_under_an_open_connection_refuses_to_go_on(tmp_path: Path) -> None:
    """Whatever let a restore through, the connection that still has the old file open must not
    write into it as if nothing happened (the note typed then was silently lost)."""
    data = tmp_path / "data"
    store = ClientStore.open(data, PASSPHRASE)
    try:
        full_client(store)
        store.backup(tmp_path / "monday.sqlite3")
        store.add_client("Added On Tuesday")
        copy = tmp_path / "swap.sqlite3"
        copy.write_bytes((tmp_path / "monday.sqlite3").read_bytes())
        os.replace(copy, data / STORE_NAME)  # what a restore does, -wal and -shm included
        for companion in ("-wal", "-shm"):
            (data / (STORE_NAME + companion)).unlink()
        with pytest.raises(StoreError, match="was replaced by another program") as caught:
            store.add_client("Lost In The Old File")
        assert caught.value.code == "replaced"
        with pytest.raises(StoreError, match="was replaced"):
            store.clients()
    finally:
        store.close()
    with ClientStore.open(data, PASSPHRASE) as fresh:
        assert [c.name for c in fresh.clients()] == [NAME]


# -- files that are no store, and network drives -----------------------------------------------


def test_a_0_byte_store_file_is_refused_and_left_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / STORE_NAME).write_bytes(b"")
    with pytest.raises(StoreError) as caught:
        ClientStore.open(data, PASSPHRASE)
    assert caught.value.code == "empty_file"
    code, _, err = run(capsys, data, "list")
    assert code == 2 and err.count("\n") == 1 and "an empty file (0 bytes)" in err
    assert snapshot(data) == {STORE_NAME: b""}
    assert sorted(p.name for p in data.iterdir()) == [STORE_NAME]


def fake_mounts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fs_type: str, mount_point: Path) -> None:
    table = tmp_path / "mountinfo"
    escaped = str(mount_point).replace(" ", "\\040")
    table.write_text(
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        f"40 22 0:50 / {escaped} rw,relatime shared:9 - {fs_type} server:/export rw,vers=4.2\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(local_disk, "MOUNTINFO", table)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's mount table")
@pytest.mark.parametrize("fs_type", ["nfs4", "cifs", "fuse.sshfs", "smb3"])
def test_a_store_on_a_network_drive_is_refused_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fs_type: str
) -> None:
    share = tmp_path / "the share"
    share.mkdir()
    fake_mounts(monkeypatch, tmp_path, fs_type, share)
    data = share / "smm data"
    with pytest.raises(StoreError) as caught:
        ClientStore.open(data, PASSPHRASE)
    assert caught.value.code == "network_fs" and fs_type in str(caught.value)
    assert list(share.iterdir()) == []  # nothing made there
    code, _, err = run(capsys, data, "list")
    assert code == 2 and err.count("\n") == 1
    assert "network drive" in err and "--data-dir" in err and "own disk" in err
    with pytest.raises(StoreError, match="network drive"):
        ClientStore.restore(data, tmp_path / "any.sqlite3", PASSPHRASE)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's mount table")
def test_a_local_folder_beside_a_network_mount_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_mounts(monkeypatch, tmp_path, "nfs4", tmp_path / "share")
    with ClientStore.open(tmp_path / "share-not" / "data", PASSPHRASE) as store:
        assert store.clients() == []


# -- the records' rows: notes, authors, consent, settings --------------------------------------

COUNSELLOR, INTERNAL, CLI_NOTE = (
    "Margareta Nordqvist",
    "Orolig för ekonomin, ta upp nästa gång",
    "Ringde om kursen",
)
CONSENT = dt.date(2026, 3, 14)


def test_notes_rows_authors_consent_and_settings_are_not_readable_in_any_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        store.set_counsellor_name(COUNSELLOR)
        store.set_retention(18)
        cid = full_client(store)  # a session note and a gap note by the counsellor
        [assessment] = store.assessments(cid)
        note = store.add_note(assessment.id, INTERNAL, internal=True, author=COUNSELLOR)
        store.update_note(note, INTERNAL + ".", expected_revision=1)
        store.set_consent(cid, CONSENT)
    assert run(capsys, data, "note", str(cid), CLI_NOTE)[0] == 0
    needles = [*SECRETS, COUNSELLOR, INTERNAL, CLI_NOTE, CONSENT.isoformat()]
    assert readable(data, needles) == []
    conn = sqlite3.connect(data / STORE_NAME)
    for table, column in (
        ("notes", "text"),
        ("notes", "author"),
        ("clients", "consent_at"),
        ("settings", "value"),
    ):
        values = [row[0] for row in conn.execute(f"SELECT {column} FROM {table}")]
        assert values and all(isinstance(v, bytes) for v in values), (table, column)
    conn.close()
    with ClientStore.open(data, PASSPHRASE) as store:  # …and all there for the passphrase
        assert (store.counsellor_name, store.retention_months) == (COUNSELLOR, 18)
        assert store.client(cid).consent_at == CONSENT
        notes = store.notes(store.assessments(cid)[0].id)
        assert {(n.text, n.author, n.internal) for n in notes} >= {
            (NOTE, COUNSELLOR, False),
            (GAP_NOTE, COUNSELLOR, False),
            (INTERNAL + ".", COUNSELLOR, True),
        }
        assert CLI_NOTE in {n.text for n in notes}


def test_an_encrypted_v2_store_moves_its_sealed_notes_into_sealed_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """v2 → (encrypted at v2, as the release with encryption but before schema 3 left it) → v3:
    the step opens the sealed notes and answers with the data key and seals the rows it writes."""
    from app.storage import client_schema

    data = tmp_path / "data"
    plaintext_v2_store(data)
    with monkeypatch.context() as patch:
        patch.setattr(client_schema, "CURRENT", 2)
        patch.setattr(client_schema, "ENCRYPTED", client_schema.ENCRYPTED_V2)
        patch.setattr(client_schema, "columns", lambda: {})  # schema 2's tables
        ClientStore.open(data, PASSPHRASE).close()
    conn = sqlite3.connect(data / STORE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert isinstance(conn.execute("SELECT notes FROM assessments").fetchone()[0], bytes)
    conn.close()
    with ClientStore.open(data, PASSPHRASE) as store:
        [client] = store.clients()
        [assessment] = store.assessments(client.id)
        assert (assessment.notes, assessment.gap_notes) == (NOTE, {"seo": GAP_NOTE})
        assert str(assessment.next_meeting) == "2026-02-01"
    conn = sqlite3.connect(data / STORE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == client_schema.CURRENT
    assert all(isinstance(v, bytes) for row in conn.execute("SELECT text, author FROM notes") for v in row)
    conn.close()
    assert readable(data, SECRETS) == []  # the store and the (encrypted) backup before the step


def test_a_backup_replaces_only_an_earlier_backup_never_a_live_store(tmp_path: Path) -> None:
    """An outside attacker's finding: `clients backup OUT` onto another counsellor's store (or
    onto this one) said "wrote" and the other store's clients were gone."""
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    with ClientStore.open(theirs, "their own passphrase") as store:
        store.add_client("Their Client")
    before = (theirs / STORE_NAME).read_bytes()
    with ClientStore.open(mine, PASSPHRASE) as store:
        full_client(store)
        with pytest.raises(StoreError, match="is not a client store backup") as refused:
            store.backup(theirs / STORE_NAME)
        assert refused.value.code == "not_replaced"
        assert (theirs / STORE_NAME).read_bytes() == before
        for inside in (mine / STORE_NAME, mine / "copy.sqlite3"):
            with pytest.raises(StoreError, match="is inside the data folder"):
                store.backup(inside)
        assert not (mine / "copy.sqlite3").exists()
        weekly = tmp_path / "usb" / "weekly.sqlite3"
        weekly.parent.mkdir()
        store.backup(weekly)
        store.add_client("Added Later")
        store.backup(weekly)  # last week's backup is replaced
    restored = tmp_path / "restored"
    ClientStore.restore(restored, weekly, PASSPHRASE)
    with ClientStore.open(restored, PASSPHRASE) as store:
        assert sorted(c.name for c in store.clients()) == ["Added Later", NAME]
        # the restored store is a live store again: no later backup may overwrite it
        with (
            ClientStore.open(tmp_path / "third", PASSPHRASE) as third,
            pytest.raises(StoreError, match="is not a client store backup"),
        ):
            third.backup(restored / STORE_NAME)


def test_a_backup_onto_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with ClientStore.open(tmp_path / "data", PASSPHRASE) as store:
        full_client(store)
        with pytest.raises(StoreError, match="is not a client store backup"):
            store.backup(fifo)  # before: hung for ever opening the pipe to look inside


def test_restore_never_writes_through_a_backups_link(tmp_path: Path) -> None:
    data, outside = tmp_path / "data", tmp_path / "outside"
    with ClientStore.open(data, PASSPHRASE) as store:
        full_client(store)
        store.backup(tmp_path / "good.sqlite3")
    outside.mkdir()
    (data / "backups").symlink_to(outside, target_is_directory=True)
    with pytest.raises(StoreError, match="is a symbolic link, not the app's own folder"):
        ClientStore.restore(data, tmp_path / "good.sqlite3", PASSPHRASE)  # (said "a loop" before)
    assert list(outside.iterdir()) == []
