"""Fault injection for the store and the file writers: a small file system that fills up, a
read-only mount, a process without rights, and a write call that fails the Nth time.

Mounting needs root (CI runs as root); without it the tests that need a mount are skipped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, timeout=30)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int = 512) -> Iterator[Path]:
    """A fresh tmpfs of `size_kb` mounted on `folder` for the duration."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(folder))
    except (subprocess.CalledProcessError, OSError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True, timeout=30)


def fill(disk: Path, leave_kb: int = 0) -> Path:
    """Fill the file system holding `disk` until at most `leave_kb` are free; returns the filler."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as handle:  # unbuffered: nothing left to fail on close
        for size in (64 * 1024, 4096, 512, 1):
            while os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize > leave_kb * 1024:
                try:
                    handle.write(b"\0" * size)
                    handle.flush()
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    return filler


def remount(disk: Path, *, read_only: bool) -> None:
    _mount("-o", f"remount,{'ro' if read_only else 'rw'}", str(disk))


def as_nobody(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command as the unprivileged user `nobody` (root ignores file modes)."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("dropping privileges needs root and setpriv")
    return subprocess.run([*NOBODY, *command], capture_output=True, text=True, timeout=120, **kwargs)


def fail_on_call(n: int, real: Callable[..., Any], error: int = errno.ENOSPC) -> Callable[..., Any]:
    """`real`, except that its `n`th call (from 1) raises OSError(error)."""
    calls = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == n:
            raise OSError(error, os.strerror(error))
        return real(*args, **kwargs)

    return wrapper
