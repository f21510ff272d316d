"""May a PDF be written here? Never over a folder or over a file that is not a PDF."""

from __future__ import annotations

import os
from pathlib import Path

from app.domain.problems import shown_path
from app.domain.text import Language
from app.i18n import N_, translator
from app.storage.input_files import InputError, read_regular

PDF_MAGIC = b"%PDF-"

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
        if os.path.lexists(path) and read_regular(path, len(PDF_MAGIC), head=True) != PDF_MAGIC:
            return message("not_pdf", lang, path=name)
    except InputError:
        return message("not_pdf", lang, path=name)
    except OSError as exc:
        return message("unreadable", lang, path=name, detail=exc.strerror or exc)
    return None
