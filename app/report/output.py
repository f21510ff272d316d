"""May a PDF be written here? Never over a folder or over a file that is not a PDF.

"A PDF" is a whole one, not any file that starts with `%PDF-`: `is_pdf` also wants the end a
PDF must have (`startxref`, the offset of its cross-reference section, and `%%EOF` in the last
kilobyte) and that offset to point at a cross-reference table or stream. A user's note that
merely begins with those five bytes is kept. The GUI's export and the command line both ask
`out_problem`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from app.domain.os_reasons import OsReason, reason_text
from app.domain.problems import shown_path
from app.domain.text import Language
from app.i18n import N_, translator
from app.storage.input_files import InputError, read_slices

PDF_TAIL = 1024
"""PDF readers look for `%%EOF` in the last kilobyte (ISO 32000-2, 7.5.5, as practised)."""
_HEADER = re.compile(rb"%PDF-[12]\.\d")
_TRAILER = re.compile(rb"startxref\s+(\d{1,15})\s+%%EOF")
_XREF = re.compile(rb"\s*(xref\b|\d+\s+\d+\s+obj\b)")

MESSAGES: dict[str, str] = {
    "is_folder": N_("{path}: is a folder; give a file name such as {path}/plan.pdf"),
    "not_pdf": N_("{path}: exists and is not a PDF; it was left as it is (choose another name)"),
    "no_folder": N_("{path}: the folder {folder} does not exist"),
    "unreadable": N_("{path}: cannot be checked: {detail}"),
    "not_a_file": N_("{path}: not a regular file (a folder, pipe, device or broken link); skipped"),
    "exists": N_("{path}: exists already and was kept; give --overwrite to replace it"),
    "same_output": N_("{path}: {other} would write the same PDF {out}; rename one of them"),
    "worker_died": N_("{path}: the worker process stopped unexpectedly, also when tried again alone"),
}


def message(key: str, lang: Language, **params: object) -> str:
    return translator(lang)(MESSAGES[key], **params)


def out_problem(path: Path, lang: Language) -> str | None:
    """None when `path` may receive a PDF; otherwise one line saying why not."""
    name = shown_path(path)
    try:
        if path.is_dir():
            return message("is_folder", lang, path=name)
        if not path.parent.is_dir():
            return message("no_folder", lang, path=name, folder=shown_path(path.parent))
        # A pipe or device is no PDF: never opened for writing, never waited on.
        if os.path.lexists(path) and not is_pdf(path):
            return message("not_pdf", lang, path=name)
    except InputError as exc:
        if exc.problem.code == "unreadable":
            detail = exc.problem.params.get("detail", "")
            if isinstance(detail, OsReason):
                detail = detail.message(lang)
            return message("unreadable", lang, path=name, detail=detail)
        return message("not_pdf", lang, path=name)
    except OSError as exc:
        return message("unreadable", lang, path=name, detail=reason_text(exc, lang))
    return None


def is_pdf(path: Path) -> bool:
    """Is `path` a whole PDF file (see the module doc)? InputError when it cannot be read or
    is no regular file."""
    head, tail = read_slices(path, [(0, 16), (-PDF_TAIL, PDF_TAIL)])
    trailers = list(_TRAILER.finditer(tail))
    if not _HEADER.match(head) or not trailers:
        return False
    [at_xref] = read_slices(path, [(int(trailers[-1].group(1)), 32)])
    return _XREF.match(at_xref) is not None
