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
import hashlib
import json
import os
import sqlite3
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app import paths
from app.domain.answers import AnswerFile, CounsellorNotes
from app.domain.content import Content
from app.domain.os_reasons import os_reason
from app.storage import client_notes, client_schema
from app.storage.assessment_status import STATUSES, Status, status_of
from app.storage.atomic import make_folders, private_folder, tighten, tighten_files
from app.storage.autosave import CLIENT_KEY, autosave_dir, client_autosaves, tighten_autosaves
from app.storage.client_erasure import MAX_CLIENT_ID, PENDING_ERASURES, Erasure, Erasures
from app.storage.client_export import EXPORT_FORMAT, EXPORT_VERSION, check_export, labels
from app.storage.client_messages import NoteConflict, StoreError, UnknownAssessment, UnknownClient
from app.storage.client_records import (
    EARLIEST_DAY,
    FIELD_MAX,
    GAP_NOTE_MAX,
    NOTES_MAX,
    Assessment,
    ClientSummary,
    Note,
    Origin,
    check_client_fields,
    iso,
    now,
    row_answers,
    row_date,
    row_time,
)
from app.storage.client_schema import matches, search_key
from app.storage.local_disk import network_file_system
from app.storage.store_backup import BACKUP_MARK, copy_store, restore
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
    "Note",
    "NoteConflict",
    "Status",
    "StoreError",
    "UnknownAssessment",
    "UnknownClient",
    "check_file",
    "sole_user",
]

RETENTION_MAX = 1200
"""Longest retention setting in months (a hundred years)."""
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


def _stored(answer_file: AnswerFile) -> dict[str, Any]:
    """The answer file's JSON as the store keeps it."""
    data = answer_file.model_dump(mode="json", exclude_none=True)
    for key in _NOT_STORED:
        data.pop(key, None)
    return data


def _digest(data: Any) -> str:
    """What makes two assessments the same: who answered, in which language, and the answers
    (not when the file was saved)."""
    if not isinstance(data, dict):
        return ""
    same = {k: data.get(k) for k in ("language", "respondent", "answers", "observer")}
    return hashlib.sha256(
        json.dumps(same, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
    ).hexdigest()


def _check_past(day: dt.date) -> None:
    """A day that has been: a future one would stay "latest" for ever, and one before
    `EARLIEST_DAY` is a typing error."""
    if not EARLIEST_DAY <= day <= dt.date.today():
        raise StoreError("bad_day", day=day.isoformat(), earliest=EARLIEST_DAY.isoformat())


def _made_folder(folder: Path) -> bool:
    """Make the data folder when missing (True when this call made it); StoreError when it
    cannot be made or is no folder (a file of that name is said as such, not what failed on it)."""
    try:
        created = make_folders(folder)
    except OSError as exc:
        if not os.path.isdir(folder):
            raise StoreError("no_folder", folder, detail=os_reason(exc)) from None
        created = False
    if not os.path.isdir(folder):
        raise StoreError("not_a_folder", folder)
    return created


_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
"""Characters that are letters or symbols to Unicode yet show nothing (Hangul fillers, the blank
Braille pattern, the Mongolian vowel separator)."""


def _shows_something(text: str) -> bool:
    """Would the text show anything on a page: not only spaces, format and control characters?"""
    return any(
        not c.isspace() and c not in _BLANK_LETTERS and unicodedata.category(c) not in ("Cf", "Cc")
        for c in text
    )


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino


class ClientStore:
    """Clients, their assessments and the counsellor's notes. Not thread-safe."""

    def __init__(self, conn: sqlite3.Connection, data_dir: Path, cipher: Cipher):
        self._conn = conn
        self._cipher = cipher
        self.data_dir = data_dir
        self._file = _file_identity(self.path)
        """The file this connection opened: a store restored or moved under it is another file."""
        self.passphrase_set = False
        """This opening set the passphrase: it made the store, or encrypted one from before
        encryption (the caller warns that a lost passphrase means lost records)."""
        self._erasures = Erasures(conn, data_dir, autosave_dir(data_dir), self._autosaves, cipher)
        self.resumed: dict[int, Erasure] = {}
        """Erasures left pending before and finished when this store was opened."""
        self.warnings: list[StoreError] = []
        """What the user should know that did not stop the store from opening (a bad journal)."""
        self._digest_cache: dict[str, tuple[int, int]] | None = None
        self._erasing: dict[int, set[str]] = {}
        """The name of the client being erased: unlinked autosaves naming them go too."""

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: str | Path | None, passphrase: str) -> ClientStore:
        """Open the store in `data_dir` (`app.paths.data_dir` when None) with its passphrase;
        on first use create it, or encrypt a store from before encryption, with `passphrase`.

        StoreError "wrong_passphrase" leaves everything as it was; so does every refusal of
        the file (`check_file`) or of a network drive."""
        folder = paths.data_dir(data_dir)
        path = folder / STORE_NAME
        if path.is_symlink():  # another store, or a file elsewhere: never read or written through
            raise StoreError("store_link", path)
        if kind := network_file_system(folder):
            raise StoreError("network_fs", folder, fs=kind)
        created = _made_folder(folder)
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
            if conn.execute("PRAGMA application_id").fetchone()[0] == BACKUP_MARK:
                conn.execute("PRAGMA application_id = 0")  # a backup put here by hand is a store now
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
        upgrade(conn, version, folder, cipher)
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

    def check_same_file(self) -> None:
        """StoreError "replaced" when the store's file is no longer the one this connection
        has open (another program restored a backup over it): what this connection wrote
        from then on would be lost with the old file, and what it shows is out of date."""
        if _file_identity(self.path) != self._file:
            raise StoreError("replaced", self.path)

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
        copy_store(self._conn, out, self.data_dir)

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
        in one transaction (a refused assessment leaves no client behind). Returns the client id.

        Refused (StoreError): a file with no answers (`no_answers`), and one whose assessment is
        already stored (`duplicate`, naming it)."""
        if not answer_file.answers:
            raise StoreError("no_answers")
        with transaction(self._conn) as conn:
            self._refuse_duplicate(conn, answer_file)
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
                 ORDER BY a2.taken_at DESC, a2.id DESC LIMIT 1),
               c.consent_at
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
            consent_at=row_date(
                self._cipher.open_optional(row[8], f"{what}: consent_at"), f"{what}: consent_at"
            ),
        )

    @guarded
    def clients(self, search: str = "") -> list[ClientSummary]:
        """All clients ordered by their case- and accent-folded name (the CLI and the GUI sort
        by the language's collation: `app.collation`); `search` matches any part of name, email
        or phone, ignoring case, accents, and spaces and dashes in phone numbers. Matching is
        done in Python on the rows as read. StoreError when a client's row cannot be read."""
        found, unreadable = self.readable_clients(search)
        if unreadable:
            raise unreadable[0]
        return found

    @guarded
    def readable_clients(self, search: str = "") -> tuple[list[ClientSummary], list[StoreError]]:
        """Like `clients`, but a client whose row cannot be read (changed outside the app) is
        left out and said: (the readable clients, one StoreError naming each unreadable one)."""
        rows = self._conn.execute(f"{self._SUMMARY} GROUP BY c.id ORDER BY c.id").fetchall()
        found, unreadable = [], []
        for row in rows:
            try:
                found.append(self._summary(row))
            except StoreError as exc:
                unreadable.append(exc)
        if search.strip():
            found = [c for c in found if matches(search, c.name, c.email, c.phone)]
        return sorted(found, key=lambda c: (search_key(c.name), c.id)), unreadable

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
        """Keep a checked answer file for the client (the counsellor's own: its `counsellor`
        notes become shared notes by the counsellor; `import_answers` is for files from outside).

        The date is `taken_at`, else the file's `saved_at`, else now.
        """
        with transaction(self._conn) as conn:
            return self._insert_assessment(conn, client_id, answer_file, taken_at, origin="counsellor")

    def _insert_assessment(
        self,
        conn: sqlite3.Connection,
        client_id: int,
        answer_file: AnswerFile,
        taken_at: dt.datetime | None,
        *,
        origin: Origin = "imported",
    ) -> int:
        data = _stored(answer_file)
        moment = taken_at or answer_file.saved_at or now()
        if moment.astimezone(dt.UTC) > now() + dt.timedelta(days=1):  # a wrong clock where it was saved
            moment = now()  # a future date would stay "latest" for ever
        notes = answer_file.counsellor or CounsellorNotes()
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise UnknownClient(client_id)
        cursor = conn.execute(
            "INSERT INTO assessments (client_id, taken_at, answer_json, next_meeting, status) VALUES (?, ?, ?, ?, ?)",
            (
                client_id,
                iso(moment),
                self._cipher.seal(json.dumps(data, ensure_ascii=False)),
                # another counsellor's appointment in a file from outside is not this counsellor's
                self._cipher.seal_optional(
                    notes.next_meeting.isoformat() if notes.next_meeting and origin == "counsellor" else None
                ),
                status_of(answer_file),
            ),
        )
        assessment_id = cursor.lastrowid
        assert assessment_id is not None
        # Notes inside a file from outside were not written by this counsellor: kept, never printed.
        author = self._setting("counsellor_name") if origin == "counsellor" else ""
        for competency, text in [("", notes.notes), *notes.gap_notes.items()]:
            if text.strip():
                client_notes.insert_note(
                    conn,
                    self._cipher,
                    assessment_id,
                    text.strip(),
                    internal=False,
                    author=author,
                    origin=origin,
                    competency=competency,
                )
        self._digests()[_digest(data)] = (client_id, assessment_id)
        return assessment_id

    def _digests(self) -> dict[str, tuple[int, int]]:
        """Each stored assessment's answers digest → (client id, assessment id), read once."""
        if self._digest_cache is None:
            rows = self._conn.execute("SELECT id, client_id, answer_json FROM assessments").fetchall()
            self._digest_cache = {}
            for assessment_id, client_id, answer_json in rows:
                with contextlib.suppress(StoreError):
                    data = row_answers(self._cipher.open(answer_json, ""), "")
                    self._digest_cache[_digest(data)] = (client_id, assessment_id)
        return self._digest_cache

    def _refuse_duplicate(self, conn: sqlite3.Connection, answer_file: AnswerFile) -> None:
        found = self._digests().get(_digest(_stored(answer_file)))
        if found is None:
            return
        client_id, assessment_id = found
        if conn.execute("SELECT 1 FROM assessments WHERE id = ?", (assessment_id,)).fetchone() is not None:
            raise StoreError("duplicate", client=client_id, assessment=assessment_id)

    @guarded
    def update_answers(self, assessment_id: int, answer_file: AnswerFile) -> None:
        """Replace an assessment's answers (the wizard saving as the client goes); its date
        and the notes stay; its status follows the answers."""
        data = _stored(answer_file)
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE assessments SET answer_json = ?, status = ? WHERE id = ?",
                (
                    self._cipher.seal(json.dumps(data, ensure_ascii=False)),
                    status_of(answer_file),
                    assessment_id,
                ),
            )
            if cursor.rowcount == 0:
                raise UnknownAssessment(assessment_id)
        self._digest_cache = None

    @guarded
    def assessments(self, client_id: int) -> list[Assessment]:
        """The client's assessments, oldest first; StoreError when one cannot be read."""
        found, unreadable = self.readable_assessments(client_id)
        if unreadable:
            raise unreadable[0]
        return found

    @guarded
    def readable_assessments(self, client_id: int) -> tuple[list[Assessment], list[StoreError]]:
        """Like `assessments`, but one whose row cannot be read is left out and said: (the
        readable assessments, one StoreError naming each unreadable one). An unknown client is
        still a StoreError."""
        if self._conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise UnknownClient(client_id)
        rows = self._conn.execute(
            "SELECT id FROM assessments WHERE client_id = ? ORDER BY taken_at, id", (client_id,)
        ).fetchall()
        found, unreadable = [], []
        for row in rows:
            try:
                found.append(self.assessment(row[0]))
            except StoreError as exc:
                unreadable.append(exc)
        return found, unreadable

    @guarded
    def assessment(self, assessment_id: int) -> Assessment:
        row = self._conn.execute(
            "SELECT id, client_id, taken_at, answer_json, next_meeting, status FROM assessments WHERE id = ?",
            (assessment_id,),
        ).fetchone()
        if row is None:
            raise UnknownAssessment(assessment_id)
        what = f"assessment {row[0]}"
        if row[5] not in STATUSES:
            raise StoreError("bad_row", what=f"{what}: status", value=row[5])
        return Assessment(
            id=row[0],
            client_id=row[1],
            taken_at=row_time(row[2], f"{what}: taken_at"),
            answer_data=row_answers(
                self._cipher.open(row[3], f"{what}: answer_json"), f"{what}: answer_json"
            ),
            note_rows=client_notes.notes_of(self._conn, self._cipher, assessment_id),
            next_meeting=row_date(
                self._cipher.open_optional(row[4], f"{what}: next_meeting"), f"{what}: next_meeting"
            ),
            status=row[5],
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
        """One assessment's shared session note and shared note per gap at once (empty ones
        are removed), and the next meeting; other notes stay. Last writer wins: the counsellor
        window saves each note on its own, compare-and-set (`update_note`)."""
        try:
            checked = CounsellorNotes(notes=notes, gap_notes=dict(gap_notes or {}), next_meeting=next_meeting)
        except ValidationError:
            raise StoreError("notes_too_long", notes=NOTES_MAX, gap=GAP_NOTE_MAX) from None
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE assessments SET next_meeting = ? WHERE id = ?",
                (
                    self._cipher.seal_optional(next_meeting.isoformat() if next_meeting else None),
                    assessment_id,
                ),
            )
            if cursor.rowcount == 0:
                raise UnknownAssessment(assessment_id)
            client_notes.write_session_notes(
                conn,
                self._cipher,
                assessment_id,
                checked.notes,
                checked.gap_notes,
                self._setting("counsellor_name"),
            )

    # -- notes -----------------------------------------------------------------------------

    @guarded
    def add_note(
        self, assessment_id: int, text: str, *, internal: bool, author: str, competency: str = ""
    ) -> int:
        """A new note by the counsellor; internal notes never reach a PDF. Returns its id.

        A shared note on a gap (`competency`) is one per gap, as the PDF prints it: when one was
        saved elsewhere meanwhile, `NoteConflict` carries both texts and nothing is written.
        A note without text is refused (`empty_note`), invisible characters alone included."""
        if not _shows_something(text):
            raise StoreError("empty_note")
        with transaction(self._conn) as conn:
            if competency and not internal:
                there = client_notes.gap_note_of(conn, self._cipher, assessment_id, competency)
                if there is not None:
                    raise NoteConflict(there.id, mine=text, theirs=there.text, revision=there.revision)
            return client_notes.insert_note(
                conn,
                self._cipher,
                assessment_id,
                text.strip(),
                internal=internal,
                author=author,
                competency=competency,
            )

    @guarded
    def update_note(
        self, note_id: int, text: str, *, expected_revision: int, internal: bool | None = None
    ) -> int:
        """Save a note's new text (and whether it is internal, unless None); `NoteConflict`
        (both texts, nothing written) when it was saved elsewhere after revision
        `expected_revision` was read. Returns the new revision."""
        with transaction(self._conn) as conn:
            return client_notes.update_note(conn, self._cipher, note_id, text, expected_revision, internal)

    @guarded
    def delete_note(self, note_id: int, *, expected_revision: int) -> None:
        """Remove a note; `NoteConflict` (nothing removed) when it was saved elsewhere after
        revision `expected_revision` was read."""
        with transaction(self._conn) as conn:
            client_notes.delete_note(conn, self._cipher, note_id, expected_revision)

    @guarded
    def set_next_meeting(self, assessment_id: int, day: dt.date | None) -> None:
        """The next meeting noted at this assessment (None: none planned)."""
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE assessments SET next_meeting = ? WHERE id = ?",
                (self._cipher.seal_optional(day.isoformat() if day else None), assessment_id),
            )
            if cursor.rowcount == 0:
                raise UnknownAssessment(assessment_id)

    @guarded
    def notes(self, assessment_id: int) -> list[Note]:
        """Every note of the assessment, oldest first."""
        self.assessment(assessment_id)
        return list(client_notes.notes_of(self._conn, self._cipher, assessment_id))

    # -- corrections -----------------------------------------------------------------------

    @guarded
    def edit_client(
        self, client_id: int, name: str | None = None, email: str | None = None, phone: str | None = None
    ) -> ClientSummary:
        """Correct a client's details (None keeps a field as it is)."""
        current = self.client(client_id)
        new_name = check_client_fields(
            current.name if name is None else name,
            current.email if email is None else email,
            current.phone if phone is None else phone,
        )
        new_email = (current.email if email is None else email).strip()
        new_phone = (current.phone if phone is None else phone).strip()
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE clients SET name = ?, email = ?, phone = ? WHERE id = ?",
                (
                    self._cipher.seal(new_name),
                    self._cipher.seal(new_email),
                    self._cipher.seal(new_phone),
                    client_id,
                ),
            )
        return self.client(client_id)

    @guarded
    def move_assessment(self, assessment_id: int, to_client_id: int) -> None:
        """Attach an assessment (with its notes) to another client: a mistaken import corrected."""
        with transaction(self._conn) as conn:
            row = conn.execute("SELECT client_id FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
            if row is None:
                raise UnknownAssessment(assessment_id)
            if conn.execute("SELECT 1 FROM clients WHERE id = ?", (to_client_id,)).fetchone() is None:
                raise UnknownClient(to_client_id)
            if row[0] == to_client_id:
                raise StoreError("same_client", assessment=assessment_id, client=to_client_id)
            conn.execute("UPDATE assessments SET client_id = ? WHERE id = ?", (to_client_id, assessment_id))
        self._digest_cache = None

    @guarded
    def set_assessment_date(self, assessment_id: int, date: dt.date) -> None:
        """Correct the day an assessment was taken (its time of day stays)."""
        _check_past(date)
        current = self.assessment(assessment_id).taken_at
        moment = dt.datetime.combine(date, current.timetz())
        with transaction(self._conn) as conn:
            conn.execute("UPDATE assessments SET taken_at = ? WHERE id = ?", (iso(moment), assessment_id))

    @guarded
    def delete_assessment(self, assessment_id: int, client_id: int | None = None) -> None:
        """Erase one assessment and its notes with no trace: the rows (secure_delete), the WAL,
        the file's free pages (VACUUM) and the store's backup copies. With `client_id`, refuses
        an assessment of another client."""
        with transaction(self._conn) as conn:
            row = conn.execute("SELECT client_id FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
            if row is None:
                raise UnknownAssessment(assessment_id)
            if client_id is not None and row[0] != client_id:
                raise StoreError("not_clients_assessment", assessment=assessment_id, client=client_id)
            conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))  # notes cascade
            self._erasures.erase_assessment_from_backups(assessment_id)
        self._digest_cache = None
        if not self._erasures.scrub():
            raise StoreError("erase_pending_assessment", self.path, id=assessment_id)

    # -- consent, retention, settings ------------------------------------------------------

    def _setting(self, key: str) -> str:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return self._cipher.open(row[0], f"setting {key}") if row else ""

    def _set_setting(self, key: str, value: str) -> None:
        with transaction(self._conn) as conn:
            if value:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, self._cipher.seal(value)),
                )
            else:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    @property
    def counsellor_name(self) -> str:
        """The name the PDFs print the counsellor's notes under ('' when not set)."""
        return self._setting("counsellor_name")

    @guarded
    def set_counsellor_name(self, name: str) -> None:
        check_client_fields(name or "-", "", "", name_field="counsellor_name")
        self._set_setting("counsellor_name", " ".join(name.split()))

    @property
    def retention_months(self) -> int | None:
        """How long records are kept before a client is due for review (None: not set)."""
        value = self._setting("retention_months")
        return int(value) if value.isdigit() else None

    @guarded
    def set_retention(self, months: int | None) -> None:
        if months is not None and not 1 <= months <= RETENTION_MAX:
            raise StoreError("bad_retention", max=RETENTION_MAX)
        self._set_setting("retention_months", str(months) if months else "")

    @guarded
    def set_consent(self, client_id: int, date: dt.date | None) -> None:
        """Record the day the client gave consent to keeping these records (None clears it)."""
        if date is not None:
            _check_past(date)
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE clients SET consent_at = ? WHERE id = ?",
                (self._cipher.seal_optional(date.isoformat() if date else None), client_id),
            )
            if cursor.rowcount == 0:
                raise UnknownClient(client_id)

    @guarded
    def due_for_review(self, today: dt.date | None = None) -> set[int]:
        """Clients whose last activity (created, an assessment taken, a note saved) is older than
        the retention setting: due for review or erasure. Empty when no retention is set."""
        months = self.retention_months
        if months is None:
            return set()
        day = today or now().date()
        total = day.year * 12 + day.month - 1 - months
        year, month = divmod(total, 12)
        cutoff = dt.date(year, month + 1, min(day.day, 28))
        rows = self._conn.execute(
            """SELECT c.id, max(c.created_at, coalesce(max(a.taken_at), ''), coalesce(max(n.updated_at), ''))
               FROM clients c LEFT JOIN assessments a ON a.client_id = c.id
               LEFT JOIN notes n ON n.assessment_id = a.id GROUP BY c.id"""
        ).fetchall()
        due = set()
        for cid, last in rows:
            with contextlib.suppress(StoreError):  # an unreadable row: `readable_clients` says it
                if row_time(last, f"client {cid}: activity").date() < cutoff:
                    due.add(cid)
        return due

    @guarded
    def change_token(self) -> int:
        """Changes whenever another connection commits (SQLite's data_version) or the store's
        files change: cheap enough to poll every second. StoreError once the store is closed."""
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        stamps = []
        for file in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                stamps.append(file.stat().st_mtime_ns)
            except OSError:
                stamps.append(0)
        return hash((version, *stamps))

    # -- privacy ---------------------------------------------------------------------------

    @guarded
    def export_client(self, client_id: int, content: Content | None = None) -> dict[str, Any]:
        """Everything held about one client, as JSON-ready data (data portability; the format
        is `client_export`'s). With `content`, labels stand beside the question ids."""
        client = self.client(client_id)
        assessments = self.assessments(client_id)
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": iso(now()),
            "client": {
                "id": client.id,
                "name": client.name,
                "email": client.email,
                "phone": client.phone,
                "created_at": iso(client.created_at),
                "consent_at": client.consent_at.isoformat() if client.consent_at else None,
            },
            "assessments": [
                {
                    "id": a.id,
                    "taken_at": iso(a.taken_at),
                    "status": a.status,
                    "next_meeting": a.next_meeting.isoformat() if a.next_meeting else None,
                    "answer_file": a.answer_data,
                    "labels": labels(content, a.answer_data) if content is not None else {},
                    "notes": [
                        {
                            "text": n.text,
                            "competency": n.competency,
                            "visibility": n.visibility,
                            "author": n.author,
                            "origin": n.origin,
                            "updated_at": iso(n.updated_at),
                        }
                        for n in a.note_rows
                    ],
                }
                for a in assessments
            ],
            "unfinished_autosaves": [data for _, data in self._autosaves(client_id)],
        }

    @guarded
    def import_export(self, data: dict[str, Any]) -> int:
        """Add the client of a `clients export` file as a new client, with every assessment and
        note intact (ids are this store's own), in one transaction. Refuses a file this version
        cannot read (`bad_export`) and an assessment already stored (`duplicate`)."""
        records = check_export(data)
        client = data["client"]
        consent = client.get("consent_at")
        with transaction(self._conn) as conn:
            name = check_client_fields(
                client["name"], str(client.get("email") or ""), str(client.get("phone") or "")
            )
            created = row_time(client.get("created_at") or iso(now()), "client.created_at")
            client_id = self._insert_client(
                conn, name, str(client.get("email") or ""), str(client.get("phone") or ""), created
            )
            if consent:
                conn.execute(
                    "UPDATE clients SET consent_at = ? WHERE id = ?",
                    (self._cipher.seal(dt.date.fromisoformat(str(consent)).isoformat()), client_id),
                )
            for record, answer_file, notes in records:
                self._refuse_duplicate(conn, answer_file)
                answer_file.counsellor = None
                assessment_id = self._insert_assessment(
                    conn, client_id, answer_file, dt.datetime.fromisoformat(record["taken_at"])
                )
                if record.get("next_meeting"):
                    conn.execute(
                        "UPDATE assessments SET next_meeting = ? WHERE id = ?",
                        (
                            self._cipher.seal(dt.date.fromisoformat(record["next_meeting"]).isoformat()),
                            assessment_id,
                        ),
                    )
                for note in notes:
                    client_notes.insert_note(
                        conn,
                        self._cipher,
                        assessment_id,
                        note["text"],
                        internal=note.get("visibility") == "internal",
                        author=str(note.get("author") or ""),
                        origin="imported" if note.get("origin") == "imported" else "counsellor",
                        competency=str(note.get("competency") or ""),
                        updated_at=note.get("updated_at"),
                    )
        return client_id

    def _autosaves(self, client_id: int) -> list[tuple[Path, Any]]:
        """Autosave files (and their .bak copies) made for this client; while the client is being
        erased, also the unlinked ones naming them by any name their records hold."""
        return client_autosaves(self.data_dir, client_id, self._erasing.get(client_id, set()))

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
        names = self._names_held(client_id)
        self._erasing = {client_id: names} if names else {}
        try:
            return self._erasures.erase(client_id)
        finally:
            self._erasing = {}

    def _names_held(self, client_id: int) -> set[str]:
        """Every name the client's records hold: their own and each assessment's respondent
        (a client renamed later is still named the earlier way in their autosaves). A part that
        cannot be read is skipped: the linked autosaves go all the same."""
        names: set[str] = set()
        row = self._conn.execute("SELECT name FROM clients WHERE id = ?", (client_id,)).fetchone()
        if row:
            with contextlib.suppress(StoreError):
                names.add(self._cipher.open(row[0], f"client {client_id}: name"))
        rows = self._conn.execute("SELECT answer_json FROM assessments WHERE client_id = ?", (client_id,))
        for (answer_json,) in rows.fetchall():
            with contextlib.suppress(StoreError):
                respondent = row_answers(self._cipher.open(answer_json, ""), "").get("respondent")
                if isinstance(respondent, dict) and isinstance(respondent.get("name"), str):
                    names.add(respondent["name"])
        return names
