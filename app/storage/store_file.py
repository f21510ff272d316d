"""The client store's file before it is opened: `check_file` refuses a file that is not a sound
store without writing to it (an SQLite header, then `PRAGMA integrity_check` on a read-only
connection), and `sole_user` tells whether the -wal and -shm beside it may be removed."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from app.storage import client_schema
from app.storage.client_messages import StoreError
from app.storage.input_files import InputError, read_regular
from app.storage.store_connection import os_error, sqlite_error

STORE_NAME = "clients.sqlite3"
_SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> int:
    """Refuse a file that is not a sound client store, without writing to it.

    Returns its schema version (0 when there is no file yet); a 0-byte file is refused too.
    """
    header = _header(path)
    if header is None:
        return 0
    if not header:  # the app never leaves an empty store file (`create_store` links a whole one)
        raise StoreError("empty_file", path)
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
        finally:
            conn.close()
    except sqlite3.Error as exc:  # busy, say: another connection may use the file and its companions
        if sole_user(path):
            _remove(made_here)
        raise sqlite_error(exc, path) from None
    if (result != ["ok"] or version > client_schema.CURRENT or version == 0) and sole_user(path):
        _remove(made_here)
    if result != ["ok"]:
        raise StoreError("integrity", path, detail=result[0])
    if version > client_schema.CURRENT:
        raise StoreError("newer", path, found=version, known=client_schema.CURRENT)
    if version == 0:  # an SQLite file the app did not make (with tables or none)
        raise StoreError("not_store", path)
    return version


def is_sqlite_file(path: Path) -> bool:
    """Is `path` a regular file that starts like an SQLite database (never blocks on a pipe)?"""
    try:
        return _header(path) == _SQLITE_HEADER
    except StoreError:
        return False


def _header(path: Path) -> bytes | None:
    """The file's first bytes (as many as SQLite's header); None when there is no file."""
    try:
        if not os.path.lexists(path):
            return None
        return read_regular(path, len(_SQLITE_HEADER), head=True)
    except OSError as exc:
        raise os_error(exc, path) from None
    except InputError as exc:
        if exc.problem.code == "unreadable" and not os.path.lexists(path):
            return None
        raise StoreError("cannot_use", path, detail=exc.problem) from None  # said in the reader's language


_SHM_DMS_BYTE = 128
"""SQLite (os_unix.c, UNIX_SHM_DMS) keeps a shared lock on this byte of the -shm file for as
long as a connection has the database open."""


def sole_user(path: Path) -> bool:
    """Does no other process have the database `path` open, so its -wal and -shm may go?"""
    try:
        import fcntl
    except ImportError:  # Windows: a file in use cannot be deleted at all
        return True
    try:
        fd = os.open(path.with_name(path.name + "-shm"), os.O_RDWR)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def _remove(files: list[Path]) -> None:
    for file in files:
        with contextlib.suppress(OSError):
            file.unlink()
