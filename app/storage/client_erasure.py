"""Erasing one client so that no byte of them is left in the data folder, resumably.

Steps: the client's id goes into the journal `erasures-pending.json` and the rows are deleted
(`secure_delete` zeroes the freed pages), in one write transaction; then, still under the
write lock, every autosave carrying the client's id (and, when the erasure starts, every
autosave linked to no client whose respondent has a name the client's records hold: theirs or a
respondent's in one of their assessments) and every leftover temporary file are
removed and each backup copy is rewritten without the client (a backup that cannot be cleaned
is removed); then the WAL is checkpointed and truncated, the file VACUUMed and the WAL
truncated again; last, the id leaves the journal. A step that cannot be done now (another
program holds the database open) leaves the id in the journal: erasing again, or the next
opening of the store, finishes it.

Erasures in several processes at once are serialised by SQLite's own write lock: the journal
is read and written, and files are scrubbed, only inside a write transaction, so two erasers
never undo each other's journal entries or delete each other's temporary files; one that
finds the rows gone finishes the scrubbing and says so (`Erasure.finished_only`). The WAL and
shared-memory files are never unlinked by the app: SQLite empties the WAL itself.

A journal entry that is no client id is skipped and dropped with one warning; an unreadable
journal is left as it is with one warning. Neither stops the store from opening.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.storage.atomic import LEFTOVER_AGE_S, leftovers, write_atomic
from app.storage.client_messages import StoreError, UnknownClient
from app.storage.input_files import InputError, decode_text, read_regular
from app.storage.store_connection import busy, transaction
from app.storage.store_crypto import Cipher
from app.storage.store_file import _SQLITE_HEADER as SQLITE_HEADER
from app.storage.store_file import STORE_NAME
from app.storage.store_migrations import BACKUP_FOLDER, is_backup_name, scrub

PENDING_ERASURES = "erasures-pending.json"
MAX_CLIENT_ID = 2**63 - 1
"""SQLite's largest row id."""
JOURNAL_LIMIT = 1024 * 1024
"""Largest pending-erasures journal read (it holds a few ids)."""


@dataclass(frozen=True)
class Erasure:
    """What erasing one client touched, for the user's peace of mind."""

    client_id: int
    assessments: int
    autosaves_removed: list[Path]
    backups_rewritten: list[Path]
    backups_removed: list[Path]
    finished_only: bool = False
    """The client's records had been removed by an earlier or a simultaneous erasure; this one
    finished the scrubbing (`assessments` is then 0)."""


class Erasures:
    """The journal and the steps of erasing a client from one store (see the module doc)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        data_dir: Path,
        autosave_folder: Path,
        autosaves: Callable[[int], list[tuple[Path, Any]]],
        cipher: Cipher,
    ):
        self._conn = conn
        self._cipher = cipher
        self._data_dir = data_dir
        self._autosave_folder = autosave_folder
        self._autosaves = autosaves
        self._journal = data_dir / PENDING_ERASURES
        self._store_path = data_dir / STORE_NAME

    def pending(self) -> list[int]:
        """Clients whose erasure was started but not finished (see the module doc)."""
        return self._read_journal()[0]

    def _read_journal(self) -> tuple[list[int], list[StoreError]]:
        """The good ids in the journal, and a warning for what is not (never an exception: a
        broken or hostile journal must not lock the counsellor out of the store)."""
        try:
            raw = read_regular(self._journal, JOURNAL_LIMIT)
        except InputError as exc:
            if not os.path.lexists(self._journal):
                return [], []
            return [], [StoreError("journal_unreadable", self._journal, detail=exc.problem)]
        try:
            # Long numbers stay text (Python refuses more than 4,300 digits): they are no ids.
            entries = json.loads(
                decode_text(raw), parse_int=lambda text: int(text) if len(text) < 20 else text
            )
        except (InputError, ValueError, RecursionError):
            entries = None
        if not isinstance(entries, list):
            return [], [StoreError("journal_not_list", self._journal)]
        good = sorted({e for e in entries if _is_client_id(e)})
        bad = [e for e in entries if not _is_client_id(e)]
        if not bad:
            return good, []
        first = json.dumps(bad[0], ensure_ascii=False)[:40] if not isinstance(bad[0], str) else bad[0][:40]
        return good, [StoreError("journal_entries", self._journal, n=len(bad), first=first)]

    def _set_pending(self, ids: list[int]) -> None:
        """Rewrite the journal (inside a write transaction: the lock that serialises erasers)."""
        if ids:
            write_atomic(self._journal, json.dumps(sorted(set(ids))).encode("ascii"), backup=False)
        else:
            with contextlib.suppress(FileNotFoundError):
                self._journal.unlink()

    def erase(self, client_id: int) -> Erasure:
        """Remove the client from the store, the autosaves and the backups (see module doc).

        Finishes an erasure of this client that was started before (or is running in another
        process); raises StoreError ("erase_pending") when a step cannot be done now: the
        erasure is then recorded and is finished by erasing again or by the next opening of
        the store.
        """
        count = self._remove_rows(client_id)
        try:
            return self._finish_erasure(client_id, count)
        except sqlite3.OperationalError as exc:
            if busy(exc):  # the rows are gone: saying "nothing was changed" would be false
                raise StoreError("erase_pending", self._store_path, id=client_id) from None
            raise

    def _remove_rows(self, client_id: int) -> int | None:
        """Record the erasure and delete the client's rows, in one write transaction; the
        number of assessments removed, or None when an earlier erasure removed them."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        pending: list[int] = []
        recorded = False
        try:
            pending = self.pending()
            if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
                if client_id not in pending:
                    raise UnknownClient(client_id)
                conn.execute("ROLLBACK")
                return None
            if client_id not in pending:
                self._set_pending([*pending, client_id])
                recorded = True
            count = int(
                conn.execute("SELECT count(*) FROM assessments WHERE client_id = ?", (client_id,)).fetchone()[
                    0
                ]
            )
            conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))  # cascades
            conn.execute("COMMIT")
        except BaseException:
            if recorded:  # nothing was erased: do not finish it behind the user's back
                with contextlib.suppress(OSError):
                    self._set_pending(pending)
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return count

    def _finish_erasure(self, client_id: int, count: int | None) -> Erasure:
        removed: list[Path] = []
        with transaction(self._conn):  # holds the write lock: no other eraser scrubs files meanwhile
            for file, _ in self._autosaves(client_id):
                partner = file.with_name(file.name + ".bak")
                for target in (file, partner):
                    with contextlib.suppress(FileNotFoundError):
                        target.unlink()
                        removed.append(target)
            # A write killed half-way leaves a torn temporary copy no one can attribute: all go.
            for folder in (self._data_dir, self._autosave_folder):
                for file in leftovers(folder):
                    with contextlib.suppress(FileNotFoundError):
                        file.unlink()
                        removed.append(file)
            rewritten, dropped = self._erase_from_backups(client_id)
        if not self.scrub():
            raise StoreError("erase_pending", self._store_path, id=client_id)
        with transaction(self._conn):
            self._set_pending([i for i in self.pending() if i != client_id])
        return Erasure(client_id, count or 0, removed, rewritten, dropped, finished_only=count is None)

    def resume(self) -> tuple[dict[int, Erasure], list[StoreError]]:
        """Finish erasures left pending (one that still cannot finish stays recorded); entries
        that are no client ids are dropped from the journal, and the temporary copies of a
        journal write that was killed are removed. Returns the erasures finished and the
        warnings about the journal."""
        for temp in leftovers(self._data_dir, older_than_s=LEFTOVER_AGE_S):
            if temp.name.startswith(f".{PENDING_ERASURES}."):  # a journal write that was killed
                with contextlib.suppress(FileNotFoundError):
                    temp.unlink()
        ids, warnings = self._read_journal()
        if any(w.code == "journal_entries" for w in warnings):  # an unreadable one is left as it is
            with contextlib.suppress(sqlite3.Error, OSError), transaction(self._conn):
                self._set_pending(self.pending())
        finished: dict[int, Erasure] = {}
        for client_id in ids:
            with contextlib.suppress(StoreError, sqlite3.Error, OSError, UnicodeEncodeError):
                finished[client_id] = self.erase(client_id)
        return finished, warnings

    def scrub(self) -> bool:
        """`store_migrations.scrub` on this store: False when another connection's lock
        stopped it (the deleted bytes may remain)."""
        return scrub(self._conn)

    def erase_assessment_from_backups(self, assessment_id: int) -> None:
        """Delete one assessment (and its notes) from every backup copy; a copy that cannot be
        cleaned is removed. Call inside a write transaction (the lock serialises scrubbers)."""
        folder = self._data_dir / BACKUP_FOLDER
        if not folder.is_dir():
            return
        for file in sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink()):
            try:
                if _sealed_with(self._cipher, file) is False:
                    file.unlink()  # another store's copy: its ids are not this store's
                else:
                    _delete_from_backup(file, "assessments.id = ?", assessment_id)
            except sqlite3.Error:
                file.unlink()

    def _erase_from_backups(self, client_id: int) -> tuple[list[Path], list[Path]]:
        folder = self._data_dir / BACKUP_FOLDER
        rewritten: list[Path] = []
        removed: list[Path] = []
        if not folder.is_dir():
            return rewritten, removed
        for file in sorted(folder.iterdir()):
            if not is_backup_name(file.name) or file.is_symlink() or not _is_sqlite(file):
                continue  # not a copy the app made: someone else's file is never touched
            try:
                if _sealed_with(self._cipher, file) is False:
                    # Another store's copy (kept by a restore): its ids are not this store's and
                    # its names cannot be read with this store's key, so no one can say whom it
                    # holds. An erasure that must be true removes it whole.
                    file.unlink()
                    removed.append(file)
                elif _erase_from_backup(file, client_id):
                    rewritten.append(file)
            except sqlite3.Error:  # a damaged copy of the store cannot be scrubbed: it goes
                file.unlink()
                removed.append(file)
        return rewritten, removed


def _is_sqlite(file: Path) -> bool:
    """Whether `file` is a regular file that starts as an SQLite database does."""
    try:
        return read_regular(file, len(SQLITE_HEADER), head=True) == SQLITE_HEADER
    except InputError:
        return False


def _sealed_with(cipher: Cipher, file: Path) -> bool | None:
    """Was the backup `file` written by this store (its fields sealed with this store's key, so
    its ids are this store's)? None when it holds no client to tell by."""
    conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "clients" not in tables:
            return None
        row = conn.execute("SELECT name FROM clients LIMIT 1").fetchone()
    finally:
        conn.close()
    if row is None:
        return None
    try:
        cipher.open(row[0], "a backup's client name")
    except StoreError:
        return False
    return True


def _is_client_id(value: object) -> bool:
    return type(value) is int and 1 <= value <= MAX_CLIENT_ID


def _erase_from_backup(file: Path, client_id: int) -> bool:
    """Delete the client from one backup copy (any schema version); True if it held them."""
    return _delete_from_backup(file, "assessments.client_id = ?", client_id, client_id=client_id)


def _delete_from_backup(file: Path, where: str, value: int, *, client_id: int | None = None) -> bool:
    """Delete the assessments `where` holds (with their notes of any schema version) and, with
    `client_id`, that client, from one backup copy; VACUUM it. True if it held anything."""
    conn = sqlite3.connect(file, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"clients", "assessments"} <= tables:
            return False  # another program's database, named like a backup
        held = conn.execute(f"SELECT 1 FROM assessments WHERE {where}", (value,)).fetchone() is not None
        if client_id is not None:
            held = conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is not None
        if not held:
            return False
        conn.execute("BEGIN IMMEDIATE")
        for table in ("gap_notes", "notes"):
            if table in tables:
                conn.execute(
                    f"DELETE FROM {table} WHERE assessment_id IN (SELECT id FROM assessments WHERE {where})",
                    (value,),
                )
        conn.execute(f"DELETE FROM assessments WHERE {where}", (value,))
        if client_id is not None:
            conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        return True
    finally:
        conn.close()
