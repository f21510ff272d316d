"""Atomic file replacement with one backup, and the one place that decides file permissions.

Written here rather than taken from `atomicwrites` (archived since 2022); the GUI-free
storage layer cannot use Qt's QSaveFile.

Privacy: folders the app creates are 0700 and every file it writes is 0600 (the user's
own, unreadable to other accounts), on POSIX systems. An older version left its files open
(0755/0644): `tighten` and `tighten_files` take group and other access from what the app itself
names and owns, and nothing else. They never follow a symlink (the entry is opened with
`O_NOFOLLOW` and must be the same file `lstat` saw), never recurse, and leave anything that is
not a regular file or folder of this user alone. Which files are the app's is decided by its
callers (`ClientStore.open`, `list_autosaves`): the store and its companions, the backups, the
erasures journal, the autosaves. The data folder itself is tightened only when the app made it
or when it is the platform's default folder (always the app's own); a folder that existed
before and was named with `--data-dir` or `$SMM_CAREER_DATA_DIR` keeps its mode, since it may
be the user's home or a shared folder (the 0600 files inside suffice). A write that is killed half-way
leaves a `.NAME.*.tmp` file; `remove_leftovers` deletes those (the start page calls it for
the autosave folder, erasure for everything it scrubs).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
TEMP_SUFFIX = ".tmp"
LEFTOVER_AGE_S = 60.0
"""A temporary file older than this is no write in progress: it was left by a killed one."""
_POSIX = os.name == "posix"


def private_folder(folder: Path) -> None:
    """Create the app's own `folder` (backups, autosaves) as 0700, or take group and other
    access from it when it exists (a symlink or another user's folder is left as it is)."""
    make_folders(folder)
    tighten(folder)


def make_folders(folder: Path) -> bool:
    """Create `folder` and its missing parents as 0700 (existing ones are left as they are).

    True when this call created `folder` itself."""
    missing = []
    current = folder
    while not os.path.lexists(current):
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    created = False
    for part in reversed(missing):
        try:
            part.mkdir(mode=PRIVATE_FOLDER)
            created = part == folder
        except FileExistsError:  # made by another process meanwhile
            created = False
    return created


def private_file(path: Path) -> None:
    """Make sure `path` exists (empty when new) and is 0600, before another library fills it."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    os.close(fd)
    tighten(path)


def tighten(path: Path) -> None:
    """Take group and other access from the app's own file (0600) or folder (0700).

    Only a regular file or a folder owned by this user is changed; a symlink is never
    followed, and anything else (a device, a pipe, another user's file) is left as it is."""
    if not _POSIX:
        return
    try:
        seen = os.lstat(path)
    except FileNotFoundError:
        return
    if seen.st_uid != os.getuid() or not stat.S_IMODE(seen.st_mode) & 0o077:
        return
    if stat.S_ISDIR(seen.st_mode):
        flags, mode = os.O_RDONLY | os.O_DIRECTORY, PRIVATE_FOLDER
    elif stat.S_ISREG(seen.st_mode):
        flags, mode = os.O_RDONLY | os.O_NONBLOCK, PRIVATE_FILE
    else:
        return
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW)
    except FileNotFoundError:
        return
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) == (seen.st_dev, seen.st_ino):  # not swapped meanwhile
            os.fchmod(fd, mode)
    finally:
        os.close(fd)


def tighten_files(folder: Path, is_ours: Callable[[str], bool]) -> None:
    """`tighten` the entries directly in `folder` whose names `is_ours` accepts (no recursion)."""
    if not _POSIX or not folder.is_dir() or folder.is_symlink():
        return
    for entry in os.scandir(folder):
        if is_ours(entry.name):
            tighten(Path(entry.path))


def write_atomic(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Write `data` to `path` so that a reader sees the old file or the new one, never a mix.

    With `backup`, the previous content is kept as `<name>.bak` (itself replaced atomically).
    Both are 0600; folders created on the way are 0700.
    """
    make_folders(path.parent)
    temps = [_write_temp(path, data)]
    try:
        if backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            temps.append(_write_temp(bak, path.read_bytes()))
            os.replace(temps[-1], bak)
        os.replace(temps[0], path)
        _fsync_dir(path.parent)
    except BaseException:
        for tmp in temps:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise


def _write_temp(path: Path, data: bytes) -> Path:
    """A 0600 temporary file beside `path` holding `data`, flushed to disk."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def is_temp_name(name: str) -> bool:
    """Whether `name` is one of `write_atomic`'s temporary files (`.NAME.*.tmp`)."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def leftovers(folder: Path, *, older_than_s: float = 0.0) -> list[Path]:
    """Temporary files a killed `write_atomic` left in `folder` (not in sub-folders)."""
    if not folder.is_dir():
        return []
    deadline = time.time() - older_than_s
    found = []
    for entry in folder.iterdir():
        if is_temp_name(entry.name):
            with contextlib.suppress(FileNotFoundError):
                if entry.is_file() and entry.stat().st_mtime <= deadline:
                    found.append(entry)
    return sorted(found)


def remove_leftovers(folder: Path, *, older_than_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """Delete the leftovers (see `leftovers`); returns what was removed."""
    removed = []
    for file in leftovers(folder, older_than_s=older_than_s):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
            removed.append(file)
    return removed


def _fsync_dir(folder: Path) -> None:
    if not _POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
