"""Using the client store's SQLite connection: one transaction per operation, and what a
failure of SQLite or the file system really means for the user (a full disk, a read-only
folder, a lock held by another program, a table changed outside the app), in one line, never
"damaged" for a store that is intact."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from app.domain.os_reasons import os_reason
from app.storage.atomic import is_temp_name
from app.storage.client_messages import StoreError


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception: the write lock is taken at once."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


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
    where = _chosen(exc.filename, path)
    if exc.errno in (errno.EACCES, errno.EPERM) and not os.access(where, os.R_OK):
        return StoreError("no_access", where)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreError("read_only", where)
    target = getattr(exc, "filename2", None) or exc.filename  # os.replace: the file replaced
    return StoreError("cannot_use", _chosen(target, path), detail=os_reason(exc))


def _chosen(filename: object, path: Path) -> Path:
    """The file or folder a message names: the one the failure was about, but for a temporary
    file the app made on the way (a name the user never chose), the folder it was made in."""
    if not filename:
        return path
    named = Path(os.fsdecode(filename))  # type: ignore[arg-type]
    return named.parent if is_temp_name(named.name) else named


class _HasPath(Protocol):
    @property
    def path(self) -> Path: ...

    def check_same_file(self) -> None: ...


_S = TypeVar("_S", bound=_HasPath)
_P = ParamSpec("_P")
_R = TypeVar("_R")


def guarded(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
    """Turn SQLite and file-system failures inside a public operation into a StoreError; refuse
    the operation when the store's file was replaced under the open connection."""

    @functools.wraps(method)
    def wrapper(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            self.check_same_file()
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


def busy(exc: sqlite3.Error) -> bool:
    """Did another connection's lock stop this one?"""
    return str(getattr(exc, "sqlite_errorname", "")).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
