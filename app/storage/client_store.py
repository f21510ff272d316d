"""The counsellor's client store: one SQLite file, `<data_dir>/clients.sqlite3`.

A client has a name, optional contact details and a creation time; each assessment keeps
the answer file's JSON with its date, the counsellor's notes (free text and per
competency gap) and the next meeting date.

Opening checks the file before anything is written to it: an SQLite header, then
`PRAGMA integrity_check` on a read-only connection. A broken file raises `StoreError`
with one line and stays byte-for-byte as it was. The store runs in WAL mode with foreign
keys and `secure_delete` on. An older schema is backed up (SQLite's backup API, into
`<data_dir>/backups/`) before each migration step; see `client_schema`.

Erasure (`erase_client`) leaves no byte of the client in the data folder:
  * the database: rows deleted with `secure_delete` (freed pages zeroed), the WAL
    checkpointed and truncated, then VACUUM and a second truncating checkpoint;
  * autosaves: every file under `<data_dir>/autosave/` whose JSON carries the client's
    `client_id` is removed, with its `.bak` partner;
  * backups: each backup copy is REWRITTEN, not removed: the client's rows are deleted
    with `secure_delete` and the copy is VACUUMed, so the other clients' safety copy
    stays. A backup that cannot be opened or cleaned is removed instead.

Erasure is resumable: the client's id goes into `erasures-pending.json` before anything is
deleted and leaves it only when every step is done. When a step cannot be finished (another
program holds the database open, so the freed pages cannot be wiped), `clients delete ID`
again, or the next opening of the store, finishes it.

Every public operation is one transaction, and every failure of SQLite or the file system
becomes a `StoreError` that says what is really wrong (a full disk, a read-only folder, a
table changed outside the app, a row the app did not write), never "damaged" for a store
that is intact. Files and folders are private to the user (see `app.storage.atomic`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from pydantic import ValidationError

from app import paths
from app.domain.answers import AnswerFile, CounsellorNotes
from app.storage import client_schema
from app.storage.atomic import (
    leftovers,
    private_file,
    private_folder,
    tighten_tree,
    write_atomic,
)
from app.storage.autosave import CLIENT_KEY, autosave_dir, client_autosaves
from app.storage.client_messages import StoreError, UnknownAssessment, UnknownClient
from app.storage.client_schema import search_key
from app.storage.input_files import InputError, load_json, read_regular

__all__ = [
    "Assessment",
    "ClientStore",
    "ClientSummary",
    "Erasure",
    "StoreError",
    "UnknownAssessment",
    "UnknownClient",
]

STORE_NAME = "clients.sqlite3"
FIELD_MAX = 200
"""Longest name, e-mail or phone (the answer file's respondent name has the same limit)."""
NOTES_MAX, GAP_NOTE_MAX = 20_000, 5_000
"""CounsellorNotes' limits, repeated for the message."""
BACKUP_FOLDER = "backups"
EXPORT_FORMAT = "smm-career-client"
PENDING_ERASURES = "erasures-pending.json"
BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another program's lock before saying so."""
_SQLITE_HEADER = b"SQLite format 3\x00"
_NOT_STORED = ("counsellor", CLIENT_KEY)
"""Answer-file keys kept in their own columns (or meaningless) inside the store."""


@dataclass(frozen=True)
class ClientSummary:
    id: int
    name: str
    email: str
    phone: str
    created_at: dt.datetime
    assessments: int
    last_assessment: dt.datetime | None
    next_meeting: dt.date | None
    """The next meeting noted at the latest assessment that has one."""


@dataclass(frozen=True)
class Assessment:
    id: int
    client_id: int
    taken_at: dt.datetime
    answer_data: dict[str, Any]
    """The answer file's JSON as imported (without counsellor notes)."""
    notes: str = ""
    gap_notes: dict[str, str] = field(default_factory=dict)
    next_meeting: dt.date | None = None

    def answer_file(self) -> AnswerFile:
        """The answer file with this assessment's counsellor notes, ready for the report."""
        answer_file = AnswerFile.model_validate(self.answer_data)
        answer_file.counsellor = CounsellorNotes(
            notes=self.notes, gap_notes=dict(self.gap_notes), next_meeting=self.next_meeting
        )
        return answer_file


@dataclass(frozen=True)
class Erasure:
    """What erasing one client touched, for the user's peace of mind."""

    client_id: int
    assessments: int
    autosaves_removed: list[Path]
    backups_rewritten: list[Path]
    backups_removed: list[Path]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat()


def _date(text: str | None, what: str = "a date") -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise StoreError("bad_row", what=what, value=text) from None


def _time(text: object, what: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise StoreError("bad_row", what=what, value=text) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _row_json(text: object, what: str) -> Any:
    try:
        return load_json(str(text).encode("utf-8", "surrogatepass"))
    except InputError:
        raise StoreError("bad_row", what=what, value=text) from None


def _no_space(folder: Path) -> bool:
    """Is the file system holding `folder` full (an I/O error then means: no space)?"""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """What an SQLite failure really means for the user, in one line."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR") and _no_space(path.parent)):
        return StoreError("disk_full", path)
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")) and not os.access(
        path if path.exists() else path.parent, os.R_OK
    ):
        return StoreError("no_access", path)
    if name.startswith("SQLITE_READONLY") or (
        name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_AUTH", "SQLITE_PERM"))
        and not (_writable(path.parent) and (not path.exists() or _writable(path)))
    ):
        return StoreError("read_only", path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreError("locked", path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreError("damaged", path, detail=_first_line(exc))
    if "no such table" in str(exc) or "no such column" in str(exc):
        return StoreError("schema_changed", path, detail=_first_line(exc))
    return StoreError("cannot_use", path, detail=_first_line(exc))


def os_error(exc: OSError, path: Path) -> StoreError:
    """What a file-system failure means for the user, in one line."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StoreError("disk_full", path)
    where = Path(exc.filename) if exc.filename else path
    if exc.errno in (errno.EACCES, errno.EPERM) and not os.access(where, os.R_OK):
        return StoreError("no_access", where)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreError("read_only", where)
    return StoreError("cannot_use", path, detail=exc.strerror or exc)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _guarded(method: Callable[Concatenate[ClientStore, _P], _R]) -> Callable[Concatenate[ClientStore, _P], _R]:
    """Turn SQLite and file-system failures inside a public operation into a StoreError."""

    @functools.wraps(method)
    def wrapper(self: ClientStore, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise sqlite_error(exc, self.path) from None
        except OSError as exc:
            raise os_error(exc, self.path) from None
        except UnicodeEncodeError:  # a lone surrogate that came in past the file reader
            raise StoreError("cannot_use", self.path, detail="text that is not valid Unicode") from None

    return wrapper


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _check_client_fields(name: str, email: str, phone: str) -> str:
    """The stripped name, or StoreError when a field is empty or too long."""
    name = name.strip()
    if not name:
        raise StoreError("needs_name")
    if max(len(name), len(email.strip()), len(phone.strip())) > FIELD_MAX:
        raise StoreError("field_too_long", max=FIELD_MAX)
    return name


def check_file(path: Path) -> int:
    """Refuse a file that is not a sound client store, without writing to it.

    Returns its schema version (0 for a new or empty file).
    """
    try:
        if not os.path.lexists(path):
            return 0
        header = read_regular(path, len(_SQLITE_HEADER), head=True)
    except OSError as exc:
        raise os_error(exc, path) from None
    except InputError as exc:
        if exc.problem.code == "unreadable" and not os.path.lexists(path):
            return 0
        raise StoreError("cannot_use", path, detail=exc.problem.message("en")) from None
    if not header:
        return 0
    if header != _SQLITE_HEADER:
        raise StoreError("not_sqlite", path)
    # Reading a WAL-mode file creates -wal and -shm beside it; a refused file must not
    # gain companions, so those made by this check are removed again.
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    made_here = [c for c in companions if not c.exists()]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        _remove(made_here)
        raise sqlite_error(exc, path) from None
    if result != ["ok"] or version > client_schema.CURRENT or (version == 0 and tables):
        _remove(made_here)
    if result != ["ok"]:
        raise StoreError("integrity", path, detail=result[0])
    if version > client_schema.CURRENT:
        raise StoreError("newer", path, found=version, known=client_schema.CURRENT)
    if version == 0 and tables:
        raise StoreError("not_store", path)
    return version


def _remove(files: list[Path]) -> None:
    for file in files:
        with contextlib.suppress(OSError):
            file.unlink()


class ClientStore:
    """Clients, their assessments and the counsellor's notes. Not thread-safe."""

    def __init__(self, conn: sqlite3.Connection, data_dir: Path):
        self._conn = conn
        self.data_dir = data_dir
        self.resumed: dict[int, Erasure] = {}
        """Erasures left pending before and finished when this store was opened."""

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> ClientStore:
        """Open (or create) the store in `data_dir` (`app.paths.data_dir` when None)."""
        folder = paths.data_dir(data_dir)
        path = folder / STORE_NAME
        try:
            private_folder(folder)
        except OSError as exc:
            if not os.path.isdir(folder):
                raise StoreError("no_folder", folder, detail=exc.strerror or exc) from None
        version = check_file(path)
        try:
            if version == 0:
                private_file(path)
            tighten_tree(folder)
            conn = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise sqlite_error(exc, path) from None
        except OSError as exc:
            raise os_error(exc, path) from None
        store = cls(conn, folder)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA secure_delete = ON")
            store._upgrade(version)
            store._check_schema()
            conn.execute("PRAGMA foreign_keys = ON")
            store._resume_erasures()
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

    @property
    def path(self) -> Path:
        return self.data_dir / STORE_NAME

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ClientStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _upgrade(self, version: int) -> None:
        if version == 0:
            with self._transaction() as conn:
                # Another process may have created the store since `check_file` looked.
                if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                    client_schema.run_script(conn, client_schema.SCHEMA)
                    conn.execute(f"PRAGMA user_version = {client_schema.CURRENT}")
            return
        while version < client_schema.CURRENT:
            if self._conn.execute("PRAGMA user_version").fetchone()[0] != version:
                version = self._conn.execute("PRAGMA user_version").fetchone()[0]
                continue  # another process migrated meanwhile
            backup = self._backup(version)
            # Foreign keys must be off while tables are rebuilt (SQLite's ALTER TABLE recipe).
            self._conn.execute("PRAGMA foreign_keys = OFF")
            with self._transaction() as conn:
                client_schema.MIGRATIONS[version](conn)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        "migration_broken", self.path, found=version, detail=len(broken), backup=backup
                    )
                conn.execute(f"PRAGMA user_version = {version + 1}")
            version += 1

    def _check_schema(self) -> None:
        """Refuse tables changed outside the app (a renamed column, a dropped table)."""
        for table, columns in client_schema.columns().items():
            found = [row[1] for row in self._conn.execute(f"PRAGMA table_info({table})")]
            if not found:
                raise StoreError("schema_changed", self.path, detail=f"no table {table}")
            if found != columns:
                missing = [c for c in columns if c not in found] or found
                raise StoreError(
                    "schema_changed", self.path, detail=f"table {table}: columns {', '.join(missing)}"
                )

    def _backup(self, version: int) -> Path:
        folder = self.data_dir / BACKUP_FOLDER
        private_folder(folder)
        stamp = _now().strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"clients-v{version}-{stamp}.sqlite3"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"clients-v{version}-{stamp}-{n}.sqlite3"
        private_file(target)
        dest = sqlite3.connect(target)
        try:
            self._conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        return target

    # -- clients ---------------------------------------------------------------------------

    @_guarded
    def add_client(
        self, name: str, *, email: str = "", phone: str = "", created_at: dt.datetime | None = None
    ) -> int:
        name = _check_client_fields(name, email, phone)
        with self._transaction() as conn:
            return self._insert_client(conn, name, email, phone, created_at)

    @staticmethod
    def _insert_client(
        conn: sqlite3.Connection, name: str, email: str = "", phone: str = "", created_at: dt.datetime | None = None
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO clients (name, email, phone, created_at, search_key) VALUES (?, ?, ?, ?, ?)",
            (name, email.strip(), phone.strip(), _iso(created_at or _now()), search_key(name, email, phone)),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @_guarded
    def import_answers(self, answer_file: AnswerFile, client_id: int | None = None) -> int:
        """Add an assessment for client `client_id`, or for a new client named in the file,
        in one transaction (a refused assessment leaves no client behind). Returns the client id."""
        with self._transaction() as conn:
            if client_id is None:
                name = _check_client_fields(answer_file.respondent.name, "", "")
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

    @staticmethod
    def _summary(row: tuple[Any, ...]) -> ClientSummary:
        return ClientSummary(
            id=row[0],
            name=str(row[1]),
            email=str(row[2]),
            phone=str(row[3]),
            created_at=_time(row[4], f"client {row[0]}: created_at"),
            assessments=row[5],
            last_assessment=_time(row[6], f"client {row[0]}: taken_at") if row[6] else None,
            next_meeting=_date(row[7], f"client {row[0]}: next_meeting"),
        )

    @_guarded
    def clients(self, search: str = "") -> list[ClientSummary]:
        """All clients ordered by name; `search` matches any part of name, email or phone,
        ignoring case and accents."""
        where, params = "", []
        needle = search_key(search).strip()
        if needle:
            escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where, params = "WHERE c.search_key LIKE ? ESCAPE '\\'", [f"%{escaped}%"]
        rows = self._conn.execute(
            f"{self._SUMMARY} {where} GROUP BY c.id ORDER BY c.search_key, c.id", params
        ).fetchall()
        return [self._summary(row) for row in rows]

    @_guarded
    def client(self, client_id: int) -> ClientSummary:
        row = self._conn.execute(f"{self._SUMMARY} WHERE c.id = ? GROUP BY c.id", (client_id,)).fetchone()
        if row is None:
            raise UnknownClient(client_id)
        return self._summary(row)

    # -- assessments -----------------------------------------------------------------------

    @_guarded
    def add_assessment(
        self, client_id: int, answer_file: AnswerFile, *, taken_at: dt.datetime | None = None
    ) -> int:
        """Keep a checked answer file for the client; its `counsellor` notes go to the notes.

        The date is `taken_at`, else the file's `saved_at`, else now.
        """
        with self._transaction() as conn:
            return self._insert_assessment(conn, client_id, answer_file, taken_at)

    def _insert_assessment(
        self, conn: sqlite3.Connection, client_id: int, answer_file: AnswerFile, taken_at: dt.datetime | None
    ) -> int:
        data = answer_file.model_dump(mode="json", exclude_none=True)
        for key in _NOT_STORED:
            data.pop(key, None)
        moment = taken_at or answer_file.saved_at or _now()
        notes = answer_file.counsellor or CounsellorNotes()
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise UnknownClient(client_id)
        cursor = conn.execute(
            "INSERT INTO assessments (client_id, taken_at, answer_json, notes, next_meeting)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                client_id,
                _iso(moment),
                json.dumps(data, ensure_ascii=False),
                notes.notes,
                notes.next_meeting.isoformat() if notes.next_meeting else None,
            ),
        )
        assert cursor.lastrowid is not None
        self._write_gap_notes(conn, cursor.lastrowid, notes.gap_notes)
        return cursor.lastrowid

    @_guarded
    def update_answers(self, assessment_id: int, answer_file: AnswerFile) -> None:
        """Replace an assessment's answers (the wizard saving as the client goes); its date
        and the counsellor's notes stay."""
        data = answer_file.model_dump(mode="json", exclude_none=True)
        for key in _NOT_STORED:
            data.pop(key, None)
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE assessments SET answer_json = ? WHERE id = ?",
                (json.dumps(data, ensure_ascii=False), assessment_id),
            )
            if cursor.rowcount == 0:
                raise UnknownAssessment(assessment_id)

    @staticmethod
    def _write_gap_notes(conn: sqlite3.Connection, assessment_id: int, gap_notes: Mapping[str, str]) -> None:
        conn.execute("DELETE FROM gap_notes WHERE assessment_id = ?", (assessment_id,))
        conn.executemany(
            "INSERT INTO gap_notes (assessment_id, competency, note) VALUES (?, ?, ?)",
            [(assessment_id, cid, text.strip()) for cid, text in gap_notes.items() if text.strip()],
        )

    @_guarded
    def assessments(self, client_id: int) -> list[Assessment]:
        """The client's assessments, oldest first."""
        self.client(client_id)
        rows = self._conn.execute(
            "SELECT id FROM assessments WHERE client_id = ? ORDER BY taken_at, id", (client_id,)
        ).fetchall()
        return [self.assessment(row[0]) for row in rows]

    @_guarded
    def assessment(self, assessment_id: int) -> Assessment:
        row = self._conn.execute(
            "SELECT id, client_id, taken_at, answer_json, notes, next_meeting FROM assessments WHERE id = ?",
            (assessment_id,),
        ).fetchone()
        if row is None:
            raise UnknownAssessment(assessment_id)
        gap_notes = dict(
            self._conn.execute(
                "SELECT competency, note FROM gap_notes WHERE assessment_id = ? ORDER BY competency",
                (assessment_id,),
            ).fetchall()
        )
        return Assessment(
            id=row[0],
            client_id=row[1],
            taken_at=_time(row[2], f"assessment {row[0]}: taken_at"),
            answer_data=_row_json(row[3], f"assessment {row[0]}: answer_json"),
            notes=str(row[4]),
            gap_notes=gap_notes,
            next_meeting=_date(row[5], f"assessment {row[0]}: next_meeting"),
        )

    @_guarded
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
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE assessments SET notes = ?, next_meeting = ? WHERE id = ?",
                (
                    checked.notes,
                    next_meeting.isoformat() if next_meeting else None,
                    assessment_id,
                ),
            )
            if cursor.rowcount == 0:
                raise UnknownAssessment(assessment_id)
            self._write_gap_notes(conn, assessment_id, checked.gap_notes)

    # -- privacy ---------------------------------------------------------------------------

    @_guarded
    def export_client(self, client_id: int) -> dict[str, Any]:
        """Everything held about one client, as JSON-ready data (data portability)."""
        client = self.client(client_id)
        return {
            "format": EXPORT_FORMAT,
            "version": 1,
            "exported_at": _iso(_now()),
            "client": {
                "id": client.id,
                "name": client.name,
                "email": client.email,
                "phone": client.phone,
                "created_at": _iso(client.created_at),
            },
            "assessments": [
                {
                    "id": a.id,
                    "taken_at": _iso(a.taken_at),
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

    @property
    def _journal(self) -> Path:
        return self.data_dir / PENDING_ERASURES

    def pending_erasures(self) -> list[int]:
        """Clients whose erasure was started but not finished (see the module doc)."""
        try:
            ids = load_json(read_regular(self._journal, 1024 * 1024))
        except InputError:
            return []
        return sorted({i for i in ids if type(i) is int}) if isinstance(ids, list) else []

    def _set_pending(self, ids: list[int]) -> None:
        if ids:
            write_atomic(self._journal, json.dumps(sorted(set(ids))).encode("ascii"), backup=False)
        else:
            with contextlib.suppress(FileNotFoundError):
                self._journal.unlink()

    @_guarded
    def erase_client(self, client_id: int) -> Erasure:
        """Remove the client from the store, the autosaves and the backups (see module doc).

        Finishes an erasure of this client that was started before; raises StoreError
        ("erase_pending") when a step cannot be done now: the erasure is then recorded and
        is finished by erasing again or by the next opening of the store.
        """
        if client_id in self.resumed:
            return self.resumed[client_id]
        pending = self.pending_erasures()
        row = self._conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone()
        if row is None and client_id not in pending:
            raise UnknownClient(client_id)
        if client_id not in pending:
            self._set_pending([*pending, client_id])
        try:
            with self._transaction() as conn:
                count = conn.execute(
                    "SELECT count(*) FROM assessments WHERE client_id = ?", (client_id,)
                ).fetchone()[0]
                conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))  # cascades
        except BaseException:
            if client_id not in pending:  # nothing was erased: do not finish it behind the user's back
                with contextlib.suppress(OSError):
                    self._set_pending(pending)
            raise
        return self._finish_erasure(client_id, count)

    def _finish_erasure(self, client_id: int, count: int) -> Erasure:
        removed: list[Path] = []
        for file, _ in self._autosaves(client_id):
            partner = file.with_name(file.name + ".bak")
            for target in (file, partner):
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
                    removed.append(target)
        # A write killed half-way leaves a torn temporary copy no one can attribute: all go.
        for folder in (self.data_dir, autosave_dir(self.data_dir)):
            for file in leftovers(folder):
                with contextlib.suppress(FileNotFoundError):
                    file.unlink()
                    removed.append(file)
        rewritten, dropped = self._erase_from_backups(client_id)
        if not self._scrub():
            raise StoreError("erase_pending", self.path, id=client_id)
        self._set_pending([i for i in self.pending_erasures() if i != client_id])
        return Erasure(client_id, count, removed, rewritten, dropped)

    def _resume_erasures(self) -> None:
        """Finish erasures left pending; one that still cannot finish stays recorded."""
        for client_id in self.pending_erasures():
            with contextlib.suppress(StoreError):
                self.resumed[client_id] = self.erase_client(client_id)

    def _scrub(self) -> bool:
        """Push zeroed pages into the file, empty the WAL, rebuild the file, empty the WAL again.

        False when another connection's lock stopped it (the deleted bytes may remain)."""
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.execute("VACUUM")
            busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if str(getattr(exc, "sqlite_errorname", "")).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                return False
            raise
        return not busy

    def _erase_from_backups(self, client_id: int) -> tuple[list[Path], list[Path]]:
        folder = self.data_dir / BACKUP_FOLDER
        rewritten: list[Path] = []
        removed: list[Path] = []
        if not folder.is_dir():
            return rewritten, removed
        for file in sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink()):
            try:
                if _erase_from_backup(file, client_id):
                    rewritten.append(file)
            except sqlite3.Error:
                file.unlink()
                removed.append(file)
        return rewritten, removed


def _erase_from_backup(file: Path, client_id: int) -> bool:
    """Delete the client from one backup copy (any schema version); True if it held them."""
    conn = sqlite3.connect(file, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            return False
        conn.execute("BEGIN IMMEDIATE")
        if "gap_notes" in tables:
            conn.execute(
                "DELETE FROM gap_notes WHERE assessment_id IN"
                " (SELECT id FROM assessments WHERE client_id = ?)",
                (client_id,),
            )
        conn.execute("DELETE FROM assessments WHERE client_id = ?", (client_id,))
        conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        return True
    finally:
        conn.close()
