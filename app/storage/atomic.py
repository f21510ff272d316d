"""Atomic file replacement with one backup.

Written here rather than taken from `atomicwrites` (archived since 2022); the GUI-free
storage layer cannot use Qt's QSaveFile.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Write `data` to `path` so that a reader sees the old file or the new one, never a mix.

    With `backup`, the previous content is kept as `<name>.bak` (itself replaced atomically).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            bak_tmp = path.with_name(f".{path.name}.bak.tmp")
            # private like the file itself (mkstemp's 0600), not the umask's world-readable 0644
            bak_fd = os.open(bak_tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(bak_fd, "wb") as handle:
                handle.write(path.read_bytes())
            os.replace(bak_tmp, bak)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
