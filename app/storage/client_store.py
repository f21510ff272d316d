"""The counsellor's client store: one SQLite file, `<data_dir>/clients.sqlite3`.

A client has a name, optional contact details and a creation time; each assessment keeps
the answer file's JSON with its date, the counsellor's notes (free text and per
competency gap) and the next meeting date.

`ClientStore` is the one way in; the parts live beside it:
  * `store_file`: the checks before a file is opened (a broken file raises `StoreError` with
    one line and stays byte-for-byte as it was);
  * `store_migrations` and `client_schema`: an older schema is backed up (into
    `<data_dir>/backups/`) before each migration step;
  * `store_connection`: one transaction per public operation, and every failure of SQLite or
    the file system as a `StoreError` that says what is really wrong;
  * `client_records`: what the store hands out, and the checks of its rows;
  * `client_erasure`: erasing a client everywhere in the data folder, resumably.

The store is encrypted with the counsellor's passphrase (`store_crypto`: every personal
field sealed with AES-GCM); searching and sorting happen here on decrypted rows. It runs in
WAL mode with foreign keys and `secure_delete` on, never on a network drive (`local_disk`).
Files and folders are private to the user (see `app.storage.atomic`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app import paths
from app.domain.answers import AnswerFile, CounsellorNotes
from app.storage import client_schema
from app.storage.atomic import make_folders, private_folder, tighten, tighten_files
from app.storage.autosave import CLIENT_KEY, autosave_dir, client_autosaves, tighten_autosaves
from app.storage.client_erasure import MAX_CLIENT_ID, PENDING_ERASURES, Erasure, Erasures
from app.storage.client_messages import StoreError, UnknownAssessment, UnknownClient
from app.storage.client_records import (
    FIELD_MAX,
    GAP_NOTE_MAX,
    NOTES_MAX,
    Assessment,
    ClientSummary,
    check_client_fields,
    iso,
    now,
    row_answers,
    row_date,
    row_time,
)
from app.storage.client_schema import search_key
from app.storage.local_disk import network_file_system
from app.storage.store_backup import copy_store, restore
from app.storage.store_connection import guarded, os_error, sqlite_error, transaction
from app.storage.store_crypto import Cipher, check_new_passphrase, read_wrapping, write_wrapping
from app.storage.store_file import STORE_NAME, check_file, is_sqlite_file, sole_user
from app.storage.store_migrations import (
    BACKUP_FOLDER,
    check_schema,
    create_store,
    encrypt_store,
    is_backup_name,
    upgrade,
)

__all__ = [
    "FIELD_MAX",
    "MAX_CLIENT_ID",
    "PENDING_ERASURES",
    "STORE_NAME",
    "Assessment",
    "ClientStore",
    "ClientSummary",
    "Erasure",
    "StoreError",
    "UnknownAssessment",
    "UnknownClient",
    "check_file",
    "sole_user",
]

EXPORT_FORMAT = "smm-career-client"
BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another program's lock before saying so."""
_NOT_STORED = ("counsellor", CLIENT_KEY)
"""Answer-file keys kept in their own columns (or meaningless) inside the store."""


def _tighten_own_files(folder: Path) -> None:
    """Take group and other access from what the store writes in `folder`, and nothing else."""
    companions = {STORE_NAME + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    tighten_files(folder, lambda name: name in companions or name == PENDING_ERASURES)
    backups = folder / BACKUP_FOLDER
    if backups.is_dir() and not backups.is_symlink():
        private_folder(backups)
        tighten_files(backups, is_backup_name)
    tighten_autosaves(folder)


class ClientStore:
    """Clients, their assessments and the counsellor's notes. Not thread-safe."""

    def __init__(self, conn: sqlite3.Connection, data_dir: Path, cipher: Cipher):
        self._conn = conn
        self._cipher = cipher
        self.data_dir = data_dir
        self.passphrase_set = False
        """This opening set the passphrase: it made the store, or encrypted one from before
        encryption (the caller warns that a lost passphrase means lost records)."""
        self._erasures = Erasures(conn, data_dir, autosave_dir(data_dir), self._autosaves)
        self.resumed: dict[int, Erasure] = {}
        """Erasures left pending before and finished when this store was opened."""
        self.warnings: list[StoreError] = []
        """What the user should know that did not stop the store from opening (a bad journal)."""

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: str | Path | None, passphrase: str) -> ClientStore:
        """Open the store in `data_dir` (`app.paths.data_dir` when None) with its passphrase;
        on first use create it, or encrypt a store from before encryption, with `passphrase`.

        StoreError "wrong_passphrase" leaves everything as it was; so does every refusal of
        the file (`check_file`) or of a network drive."""
        folder = paths.data_dir(data_dir)
        path = folder / STORE_NAME
        if kind := network_file_system(folder):
            raise StoreError("network_fs", folder, fs=kind)
        try:
            created = make_folders(folder)
        except OSError as exc:
            if not os.path.isdir(folder):
                raise StoreError("no_folder", folder, detail=exc.strerror or exc) from None
            created = False
        version = check_file(path)
        cipher: Cipher | None = None
        try:
            if created or folder == paths.default_data_dir():
                tighten(folder)  # the app's own folder (see `app.storage.atomic`)
            if version == 0:
                cipher = create_store(path, passphrase)
                version = client_schema.CURRENT if cipher else check_file(path)
            _tighten_own_files(folder)
            conn = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise sqlite_error(exc, path) from None
        except OSError as exc:
            raise os_error(exc, path) from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA secure_delete = ON")
            created = cipher is not None
            if cipher is None:
                cipher, created = cls._unlock(conn, version, folder, passphrase)
            check_schema(conn, path)
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(conn, folder, cipher)
            store.passphrase_set = created
            store.resumed, store.warnings = store._erasures.resume()
        except sqlite3.Error as exc:
            conn.close()
            raise sqlite_error(exc, path) from None
        except OSError as exc:
            conn.close()
            raise os_error(exc, path) from None
        except StoreError:
            conn.close()
            raise
        return store

    @staticmethod
    def _unlock(conn: sqlite3.Connection, version: int, folder: Path, passphrase: str) -> tuple[Cipher, bool]:
        """The cipher of an existing store, and whether this call set its passphrase (a store
        from before encryption is encrypted now)."""
        wrapping = read_wrapping(conn)
        if wrapping is None:
            check_new_passphrase(passphrase)
            if cipher := encrypt_store(conn, folder, passphrase):
                return cipher, True
            wrapping = read_wrapping(conn)  # another process encrypted it meanwhile
            assert wrapping is not None
        cipher = Cipher.unlock(wrapping, passphrase)
        upgrade(conn, version, folder)
        return cipher, False

    @staticmethod
    def exists(data_dir: str | Path | None) -> bool:
        """Is there a store with a passphrase (ask for it), rather than none or one from before
        encryption (choose one)? A file that is no store counts as there (opening it says why)."""
        path = paths.data_dir(data_dir) / STORE_NAME
        if not os.path.lexists(path):
            return False
        if not is_sqlite_file(path):  # a pipe, a folder, other bytes: opening says what it is
            return True
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                tables = {
                    row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                }
            finally:
                conn.close()
        except (sqlite3.Error, OSError):
            return True
        return "vault" in tables or "clients" not in tables

    @guarded
    def change_passphrase(self, new: str) -> None:
        """Wrap the data key with `new` (the fields stay as they are); the old wrapping is
        zeroed in the file (`secure_delete`, then the WAL is checkpointed)."""
        check_new_passphrase(new)
        wrapping = self._cipher.wrap(new)
        with transaction(self._conn) as conn:
            write_wrapping(conn, wrapping)
        with contextlib.suppress(sqlite3.OperationalError):  # a reader holds the WAL: later
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @guarded
    def backup(self, out: Path) -> None:
        """A consistent, encrypted copy of the whole store at `out` (0600); replaces only an
        earlier backup there (see `store_backup`)."""
        copy_store(self._conn, out)

    @staticmethod
    def restore(data_dir: str | Path | None, file: Path, passphrase: str) -> Path | None:
        """Replace the store by the backup `file`, which `passphrase` must open; the current
        store is kept in `backups/` first (returned; None when there was none). Refused, with
        nothing changed, while another program has the store open."""
        folder = paths.data_dir(data_dir)
        if kind := network_file_system(folder):
            raise StoreError("network_fs", folder, fs=kind)
        kept = restore(folder, file, passphrase)
        ClientStore.open(folder, passphrase).close()  # migrates an older backup; proves it opens
        return kept

    @property
    def path(self) -> Path:
        return self.data_dir / STORE_NAME

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ClientStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- clients ---------------------------------------------------------------------------

    @guarded
    def add_client(
        self, name: str, *, email: str = "", phone: str = "", created_at: dt.datetime | None = None
    ) -> int:
        name = check_client_fields(name, email, phone)
        with transaction(self._conn) as conn:
            return self._insert_client(conn, name, email, phone, created_at)

    def _insert_client(
        self,
        conn: sqlite3.Connection,
        name: str,
        email: str = "",
        phone: str = "",
        created_at: dt.datetime | None = None,
    ) -> int:
        seal = self._cipher.seal
        cursor = conn.execute(
            "INSERT INTO clients (name, email, phone, created_at) VALUES (?, ?, ?, ?)",
            (seal(name), seal(email.strip()), seal(phone.strip()), iso(created_at or now())),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @guarded
    def import_answers(self, answer_file: AnswerFile, client_id: int | None = None) -> int:
        """Add an assessment for client `client_id`, or for a new client named in the file,
        in one transaction (a refused assessment leaves no client behind). Returns the client id."""
        with transaction(self._conn) as conn:
            if client_id is None:
                name = check_client_fields(answer_file.respondent.name, "", "")
                client_id = self._insert_client(conn, name)
            self._insert_assessment(conn, client_id, answer_file, None)
        return client_id

    _SUMMARY = """
        SELECT c.id, c.name, c.email, c.phone, c.created_at,
               count(a.id), max(a.taken_at),
               (SELECT a2.next_meeting FROM assessments a2
                 WHERE a2.client_id = c.id AND a2.next_meeting IS NOT NULL
                 ORDER BY a2.taken_at DESC, a2.id DESC LIMIT 1)
        FROM clients c LEFT JOIN assessments a ON a.client_id = c.id
    """

    def _summary(self, row: tuple[Any, ...]) -> ClientSummary:
        what = f"client {row[0]}"
        unseal = self._cipher.open
        return ClientSummary(
            id=row[0],
            name=unseal(row[1], f"{what}: name"),
            email=unseal(row[2], f"{what}: email"),
            phone=unseal(row[3], f"{what}: phone"),
            created_at=row_time(row[4], f"{what}: created_at"),
            assessments=row[5],
            last_assessment=row_time(row[6], f"{what}: taken_at") if row[6] else None,
            next_meeting=row_date(
                self._cipher.open_optional(row[7], f"{what}: next_meeting"), f"{what}: next_meeting"
            ),
        )

    @guarded
    def clients(self, search: str = "") -> list[ClientSummary]:
        """All clients ordered by name; `search` matches any part of name, email or phone,
        ignoring case and accents (on the decrypted rows: the file holds no searchable text)."""
        needle = search_key(search).strip()
        rows = self._conn.execute(f"{self._SUMMARY} GROUP BY c.id").fetchall()
        keyed = []
        for row in rows:
            summary = self._summary(row)
            key = search_key(summary.name, summary.email, summary.phone)
            if needle in key:
                keyed.append((key, summary.id, summary))
        keyed.sort(key=lambda item: item[:2])
        return [summary for _, _, summary in keyed]

    @guarded
    def client(self, client_id: int) -> ClientSummary:
        row = self._conn.execute(f"{self._SUMMARY} WHERE c.id = ? GROUP BY c.id", (client_id,)).fetchone()
        if row is None:
            raise UnknownClient(client_id)
        return self._summary(row)

    # -- assessments -----------------------------------------------------------------------

    @guarded
    def add_assessment(
        self, client_id: int, answer_file: AnswerFile, *, taken_at: dt.datetime | None = None
    ) -> int:
        """Keep a checked answer file for the client; its `counsellor` notes go to the notes.

        The date is `taken_at`, else the file's `saved_at`, else now.
        """
        with transaction(self._conn) as conn:
            return self._insert_assessment(conn, client_id, answer_file, taken_at)

    def _insert_assessment(
        self, conn: sqlite3.Connection, client_id: int, answer_file: AnswerFile, taken_at: dt.datetime | None
    ) -> int:
        data = answer_file.model_dump(mode="json", exclude_none=True)
        for key in _NOT_STORED:
            data.pop(key, None)
        moment = taken_at or answer_file.saved_at or now()
        notes = answer_file.counsellor or CounsellorNotes()
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise UnknownClient(client_id)
        cursor = conn.execute(
            "INSERT INTO assessments (client_id, taken_at, answer_json, notes, next_meeting)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                client_id,
                iso(moment),
                self._cipher.seal(json.dumps(data, ensure_ascii=False)),
                self._cipher.seal(notes.notes),
                self._cipher.seal_optional(notes.next_meeting.isoformat() if notes.next_meeting else None),
            ),
        )
        assert cursor.lastrowid is not None
        self._write_gap_notes(conn, cursor.lastrowid, notes.gap_notes)
        return cursor.lastrowid

    @guarded
    def update_answers(self, assessment_id: int, answer_file: AnswerFile) -> None:
        """Replace an assessment's answers (the wizard saving as the client goes); its date
        and the counsellor's notes stay."""
        data = answer_file.model_dump(mode="json", exclude_none=True)
        for key in _NOT_STORED:
            data.pop(key, None)
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE assessments SET answer_json = ? WHERE id = ?",
                (self._cipher.seal(json.dumps(data, ensure_ascii=False)), assessment_id),
            )
            if cursor.rowcount == 0:
                raise UnknownAssessment(assessment_id)

    def _write_gap_notes(
        self, conn: sqlite3.Connection, assessment_id: int, gap_notes: Mapping[str, str]
    ) -> None:
        conn.execute("DELETE FROM gap_notes WHERE assessment_id = ?", (assessment_id,))
        conn.executemany(
            "INSERT INTO gap_notes (assessment_id, competency, note) VALUES (?, ?, ?)",
            [
                (assessment_id, cid, self._cipher.seal(text.strip()))
                for cid, text in gap_notes.items()
                if text.strip()
            ],
        )

    @guarded
    def assessments(self, client_id: int) -> list[Assessment]:
        """The client's assessments, oldest first."""
        self.client(client_id)
        rows = self._conn.execute(
            "SELECT id FROM assessments WHERE client_id = ? ORDER BY taken_at, id", (client_id,)
        ).fetchall()
        return [self.assessment(row[0]) for row in rows]

    @guarded
    def assessment(self, assessment_id: int) -> Assessment:
        row = self._conn.execute(
            "SELECT id, client_id, taken_at, answer_json, notes, next_meeting FROM assessments WHERE id = ?",
            (assessment_id,),
        ).fetchone()
        if row is None:
            raise UnknownAssessment(assessment_id)
        what = f"assessment {row[0]}"
        unseal = self._cipher.open
        gap_notes = {
            competency: unseal(note, f"{what}: gap_notes.{competency}")
            for competency, note in self._conn.execute(
                "SELECT competency, note FROM gap_notes WHERE assessment_id = ? ORDER BY competency",
                (assessment_id,),
            ).fetchall()
        }
        return Assessment(
            id=row[0],
            client_id=row[1],
            taken_at=row_time(row[2], f"{what}: taken_at"),
            answer_data=row_answers(unseal(row[3], f"{what}: answer_json"), f"{what}: answer_json"),
            notes=unseal(row[4], f"{what}: notes"),
            gap_notes=gap_notes,
            next_meeting=row_date(
                self._cipher.open_optional(row[5], f"{what}: next_meeting"), f"{what}: next_meeting"
            ),
        )

    @guarded
    def set_notes(
        self,
        assessment_id: int,
        *,
        notes: str,
        gap_notes: Mapping[str, str] | None = None,
        next_meeting: dt.date | None = None,
    ) -> None:
        """Replace the counsellor's notes of one assessment (empty gap notes are dropped)."""
        try:
            checked = CounsellorNotes(notes=notes, gap_notes=dict(gap_notes or {}), next_meeting=next_meeting)
        except ValidationError:
            raise StoreError("notes_too_long", notes=NOTES_MAX, gap=GAP_NOTE_MAX) from None
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE assessments SET notes = ?, next_meeting = ? WHERE id = ?",
                (
                    self._cipher.seal(checked.notes),
                    self._cipher.seal_optional(next_meeting.isoformat() if next_meeting else None),
                    assessment_id,
                ),
            )
            if cursor.rowcount == 0:
                raise UnknownAssessment(assessment_id)
            self._write_gap_notes(conn, assessment_id, checked.gap_notes)

    # -- privacy ---------------------------------------------------------------------------

    @guarded
    def export_client(self, client_id: int) -> dict[str, Any]:
        """Everything held about one client, as JSON-ready data (data portability)."""
        client = self.client(client_id)
        return {
            "format": EXPORT_FORMAT,
            "version": 1,
            "exported_at": iso(now()),
            "client": {
                "id": client.id,
                "name": client.name,
                "email": client.email,
                "phone": client.phone,
                "created_at": iso(client.created_at),
            },
            "assessments": [
                {
                    "id": a.id,
                    "taken_at": iso(a.taken_at),
                    "answer_file": a.answer_data,
                    "notes": a.notes,
                    "gap_notes": a.gap_notes,
                    "next_meeting": a.next_meeting.isoformat() if a.next_meeting else None,
                }
                for a in self.assessments(client_id)
            ],
            "unfinished_autosaves": [data for _, data in self._autosaves(client_id)],
        }

    def _autosaves(self, client_id: int) -> list[tuple[Path, Any]]:
        """Autosave files (and their .bak copies) made for this client."""
        return client_autosaves(self.data_dir, client_id)

    # -- erasure ---------------------------------------------------------------------------

    def pending_erasures(self) -> list[int]:
        """Clients whose erasure was started but not finished (see `client_erasure`)."""
        return self._erasures.pending()

    @guarded
    def erase_client(self, client_id: int) -> Erasure:
        """Remove the client from the store, the autosaves and the backups (see `client_erasure`).

        Finishes an erasure of this client that was started before (or is running in another
        process); raises StoreError ("erase_pending") when a step cannot be done now: the
        erasure is then recorded and is finished by erasing again or by the next opening of
        the store.
        """
        if client_id in self.resumed:
            return self.resumed[client_id]
        return self._erasures.erase(client_id)
