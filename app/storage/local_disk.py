"""Is the data folder on this computer's own disk? SQLite's locking is unreliable over network
file systems (NFS, SMB/CIFS, sshfs and other FUSE network mounts) and the store can be
corrupted there, so the client store refuses to open on one.

Linux: the longest mount point above the folder in `/proc/self/mountinfo` gives its file-system
type. Windows: a UNC path (`\\\\server\\share`) or a drive that Windows calls remote. macOS and
other systems: not checked (no cheap, dependable call from Python's standard library); the
README says so.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MOUNTINFO = Path("/proc/self/mountinfo")
NETWORK_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph", "glusterfs",
        "lustre", "gfs2", "ocfs2", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.davfs2",
        "fuse.glusterfs", "fuse.cephfs", "fuse.gcsfuse", "fuse.smbnetfs", "fuse.curlftpfs",
    }
)  # fmt: skip
"""File-system types (as Linux names them) that live on another computer."""


def network_file_system(folder: Path) -> str | None:
    """The network file system `folder` (or its nearest existing parent) lives on, or None."""
    existing = folder.absolute()
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if sys.platform.startswith("linux"):
        return _linux_type(Path(os.path.realpath(existing)))
    if sys.platform == "win32":
        return _windows_type(existing)
    return None


def _linux_type(folder: Path) -> str | None:
    try:
        lines = MOUNTINFO.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, fs_type = -1, ""
    for line in lines:
        # "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue"
        fields, _, rest = line.partition(" - ")
        parts = fields.split()
        if len(parts) < 5 or not rest:
            continue
        mount_point = Path(_unescape(parts[4]))
        if (mount_point == folder or mount_point in folder.parents) and len(mount_point.parts) > best:
            best, fs_type = len(mount_point.parts), rest.split()[0]
    return fs_type if _is_network(fs_type) else None


def _is_network(fs_type: str) -> bool:
    return fs_type in NETWORK_TYPES or fs_type.startswith(("nfs", "fuse.sshfs", "smb"))


def _unescape(text: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (\\040 …)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1 : i + 4].isdigit() and len(text[i + 1 : i + 4]) == 3:
            out.append(chr(int(text[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _windows_type(folder: Path) -> str | None:
    text = str(folder)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "smb"
    import ctypes

    drive_remote = 4
    root = Path(folder.anchor or text)
    kernel32 = getattr(ctypes, "windll", None)
    if kernel32 is not None and kernel32.kernel32.GetDriveTypeW(str(root)) == drive_remote:
        return "remote"
    return None
