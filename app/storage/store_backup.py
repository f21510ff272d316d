"""`clients backup OUT` and `clients restore FILE`: copies of the whole store.

A backup is made with SQLite's backup API (a consistent copy even while another process has
the store open or writes to it); it is the encrypted store itself, one self-contained file,
0600, and opens with the passphrase the store had when it was made. A restore refuses a file
that is not an encrypted client store or that the passphrase does not open, without touching
anything; otherwise it keeps the current store as a copy in `<data_dir>/backups/` first, then
replaces the store in one rename, when no other program has it open.

A backup carries `BACKUP_MARK` as SQLite's application id, and only a file with that mark is
ever replaced by a new backup: a live store (this one or another counsellor's) never has it,
since a restore clears it. Backups go outside the data folder, where an erasure could not
rewrite them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

from app.storage.atomic import TEMP_SUFFIX, private_folder
from app.storage.client_messages import StoreError
from app.storage.store_connection import busy, os_error, sqlite_error
from app.storage.store_crypto import Cipher, read_wrapping
from app.storage.store_file import STORE_NAME, check_file, sole_user
from app.storage.store_migrations import new_backup_file

BACKUP_MARK = 0x736D6D62
"""SQLite application id of a backup ("smmb")."""


def copy_store(conn: sqlite3.Connection, out: Path, data_dir: Path) -> None:
    """Write a consistent copy of the open store `conn` to `out`, replacing only an earlier
    backup, and never inside `data_dir`."""
    if out.resolve().is_relative_to(data_dir.resolve()):
        raise StoreError("backup_inside", out)
    if os.path.lexists(out) and not is_backup(out):
        raise StoreError("not_replaced", out)
    try:
        tmp = _copy_beside(conn, out, BACKUP_MARK)
        try:
            os.replace(tmp, out)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    except sqlite3.Error as exc:  # said of the backup (a full disk there), not of the store
        raise sqlite_error(exc, out) from None
    except OSError as exc:
        raise os_error(exc, out) from None


def is_backup(path: Path) -> bool:
    """Is `path` a regular file (not a link, not a pipe) that a backup wrote?"""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode):
            return False
        with open(path, "rb") as file:
            header = file.read(72)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\0") and int.from_bytes(header[68:72], "big") == BACKUP_MARK


def _copy_beside(conn: sqlite3.Connection, out: Path, mark: int) -> Path:
    """A 0600 temporary file beside `out` holding a copy of `conn`'s database, with `mark` as
    its application id."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=TEMP_SUFFIX, dir=out.parent)
    except OSError as exc:  # said of the file the user named, not of our temporary one
        raise OSError(exc.errno, exc.strerror, str(out)) from None
    os.close(fd)
    tmp = Path(name)
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute(f"PRAGMA application_id = {int(mark)}")
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return tmp


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_backup(file: Path, passphrase: str) -> None:
    """Refuse (StoreError) a file that is not an encrypted store the passphrase opens."""
    if not os.path.lexists(file):
        raise os_error(FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(file)), file)
    if check_file(file) == 0:
        raise StoreError("not_store", file)
    try:
        conn = _read_only(file)
        try:
            wrapping = read_wrapping(conn)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise sqlite_error(exc, file) from None
    if wrapping is None:
        raise StoreError("not_encrypted" if "clients" in tables else "not_store", file)
    Cipher.unlock(wrapping, passphrase)


def restore(folder: Path, file: Path, passphrase: str) -> Path | None:
    """Replace the store in `folder` by the backup `file` (see the module doc); returns where
    the store it replaced was kept (None when there was none)."""
    path = folder / STORE_NAME
    check_backup(file, passphrase)
    if os.path.lexists(path) and not (sole_user(path) and _alone(path)):
        raise StoreError("in_use", path)
    try:
        private_folder(folder)
        source = _read_only(file)
        try:
            tmp = _copy_beside(source, path, 0)  # a live store again, never replaced by a backup
        finally:
            source.close()
        try:
            kept = _keep_current(folder, path)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    except sqlite3.Error as exc:
        raise sqlite_error(exc, path) from None
    except OSError as exc:
        raise os_error(exc, path) from None
    return kept


def _alone(path: Path) -> bool:
    """SQLite's own answer to `sole_user`: a connection cannot leave WAL mode while another
    connection, in any process, has the file open. It holds even where that process lost its
    lock on the -shm file (POSIX drops a process's locks on a file when any of its descriptors
    of that file is closed). A file SQLite cannot read is nobody's store in use."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=0)
        try:
            return bool(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return not busy(exc)


def _keep_current(folder: Path, path: Path) -> Path | None:
    """Copy the current store (with what its WAL holds) into `backups/`, then empty its WAL
    so that no -wal of the old file is applied to the new one."""
    if not os.path.lexists(path):
        return None
    target = new_backup_file(folder, "clients-before-restore")
    try:
        check_file(path)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            dest = sqlite3.connect(target)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except (StoreError, sqlite3.Error):  # not a sound store: keep its bytes as they are
        shutil.copyfile(path, target)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    return target
