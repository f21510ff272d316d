"""Atomic file replacement with one backup, and the one place that decides file permissions.

Written here rather than taken from `atomicwrites` (archived since 2022); the GUI-free
storage layer cannot use Qt's QSaveFile.

Privacy: folders the app creates are 0700 and every file it writes is 0600 (the user's
own, unreadable to other accounts), on POSIX systems. `private_folder` also tightens the
app's own data folder when an older version left it open. A write that is killed half-way
leaves a `.NAME.*.tmp` file; `remove_leftovers` deletes those (the start page calls it for
the autosave folder, erasure for everything it scrubs).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
TEMP_SUFFIX = ".tmp"
LEFTOVER_AGE_S = 60.0
"""A temporary file older than this is no write in progress: it was left by a killed one."""
_POSIX = os.name == "posix"


def private_folder(folder: Path) -> None:
    """Create the app's own `folder` as 0700, or take group and other access from it."""
    make_folders(folder)
    _tighten(folder, PRIVATE_FOLDER)


def make_folders(folder: Path) -> None:
    """Create `folder` and its missing parents as 0700 (existing ones are left as they are)."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for part in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by another process meanwhile
            part.mkdir(mode=PRIVATE_FOLDER)


def private_file(path: Path) -> None:
    """Make sure `path` exists (empty when new) and is 0600, before another library fills it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    os.close(fd)
    _tighten(path, PRIVATE_FILE)


def tighten(path: Path) -> None:
    """Take group and other access away from an existing file or folder of ours (0600 / 0700)."""
    with contextlib.suppress(FileNotFoundError):
        _tighten(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def tighten_tree(folder: Path) -> None:
    """`tighten` the app's data folder and everything in it (an older version left 0755/0644)."""
    if not _POSIX or not folder.is_dir():
        return
    _tighten(folder, PRIVATE_FOLDER)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            tighten(Path(root) / name)
        for name in files:
            tighten(Path(root) / name)


def _tighten(path: Path, mode: int) -> None:
    if not _POSIX:
        return
    info = path.stat()
    if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(mode)


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


def leftovers(folder: Path, *, older_than_s: float = 0.0) -> list[Path]:
    """Temporary files a killed `write_atomic` left in `folder` (not in sub-folders)."""
    if not folder.is_dir():
        return []
    deadline = time.time() - older_than_s
    found = []
    for entry in folder.iterdir():
        if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
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
