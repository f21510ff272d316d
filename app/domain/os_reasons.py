"""Why the operating system refused a file operation, in the reader's language.

The system's own text (`strerror`) is English whatever the user's language ("No space left
on device" inside a Swedish line). The common reasons are said here in our words; an errno
not listed falls back to the system's text. Every command line message and the GUI's storage
messages take the reason from here: a message holds an `OsReason` as a parameter and renders
it in the language the line is written in (`Problem`, `StoreError`), or asks `reason_text`.
Light on purpose (no pydantic): the GUI imports it before its first paint.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

from app.i18n import N_, translator
from app.languages import Language

_REASONS: dict[int, str] = {
    errno.ENOSPC: N_("no space left on device"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EROFS: N_("the file system is read-only"),
    errno.ENOENT: N_("no such file or folder"),
    errno.EISDIR: N_("is a folder"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.EEXIST: N_("exists already"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.EIO: N_("input/output error (the disk or the connection to it failed)"),
    errno.EBUSY: N_("in use by another program"),
    errno.ETXTBSY: N_("in use by another program"),
    errno.EMFILE: N_("too many files are open"),
    errno.ENFILE: N_("too many files are open"),
    errno.ELOOP: N_("too many symbolic links (a loop)"),
    errno.EFBIG: N_("the file would be too large for this file system"),
    errno.ENXIO: N_("no such device"),
    errno.ENODEV: N_("no such device"),
    errno.EXDEV: N_("cannot move between file systems"),
    errno.ENOTEMPTY: N_("the folder is not empty"),
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _REASONS[errno.EDQUOT] = N_("the disk quota is used up")


@dataclass(frozen=True)
class OsReason:
    """An errno and the system's own text, said in a language when rendered."""

    number: int | None
    system_text: str

    def message(self, lang: Language = "en") -> str:
        known = _REASONS.get(self.number) if self.number is not None else None
        if known is not None:
            return translator(lang)(known)
        text = self.system_text
        return text[:1].lower() + text[1:]

    def __str__(self) -> str:
        return self.message("en")


def os_reason(exc: OSError) -> OsReason:
    return OsReason(exc.errno, exc.strerror or str(exc) or type(exc).__name__)


def reason_text(exc: OSError, lang: Language) -> str:
    """The reason for `exc` in `lang` (see the module doc)."""
    return os_reason(exc).message(lang)
