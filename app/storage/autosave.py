"""Autosave files: `<data_dir>/autosave/<uuid>.json`, each with a `.json.bak` of the previous save.

An autosave made for a counsellor's client carries a top-level `"client_id"`, so erasing a
client can find and remove it (`client_autosaves`); the job seeker's start page does not list
those. Paths, listing, reading and writing live here; the wizard's timer is the GUI's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import unicodedata
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.content import Content
from app.domain.answers import AnswerFile, normalized_answers
from app.domain.text import Language
from app.storage.answer_files import AnswerFileError, read_answer_file, save_answer_file
from app.storage.atomic import private_folder, remove_leftovers, tighten_files
from app.storage.input_files import ANSWER_FILE_LIMIT, InputError, load_json, read_regular

AUTOSAVE_FOLDER = "autosave"
CLIENT_KEY = "client_id"
"""The top-level key naming the counsellor's client an autosave was made for."""
CLIENT_SEARCH_LIMIT = 4 * 1024 * 1024
"""Autosave files `client_autosaves` opens to find a client's (larger ones are not the app's)."""
UNFINISHED_CODES = {"above_other", "rank_count", "control_char"}
"""Problems an answer set may have while it is being filled in; such a file still resumes (a
control character pasted by an older version's wizard is removed where it is printed)."""


def autosave_dir(data_dir: Path) -> Path:
    return data_dir / AUTOSAVE_FOLDER


def is_autosave_name(name: str) -> bool:
    """Whether `name` is an autosave or its backup (`<id>.json`, `<id>.json.bak`)."""
    return name.endswith((".json", ".json.bak")) and not name.startswith(".")


def tighten_autosaves(data_dir: Path) -> None:
    """Take group and other access from the autosave folder and the autosaves in it."""
    folder = autosave_dir(data_dir)
    if folder.is_dir() and not folder.is_symlink():
        private_folder(folder)
        tighten_files(folder, is_autosave_name)


def backup_path(path: Path) -> Path:
    """Where the previous save of `path` is kept."""
    return path.with_name(path.name + ".bak")


def new_autosave_path(data_dir: Path) -> Path:
    return autosave_dir(data_dir) / f"{uuid.uuid4()}.json"


def file_saver(path: Path) -> Callable[[AnswerFile], None]:
    """A wizard saver writing atomically to `path` (the previous save stays as `.bak`)."""
    return lambda answer_file: save_answer_file(path, answer_file)


def autosave_remover(path: Path) -> Callable[[], None]:
    """Erases an autosave and its backup: “remove my answers from this computer”."""

    def remove() -> None:
        for file in (path, backup_path(path)):
            file.unlink(missing_ok=True)

    return remove


def load_autosave(path: Path, content: Content) -> AnswerFile:
    """Read an autosave, accepting the unfinished states the wizard itself allows.

    A half-done ranking or a cross-field conflict the person has not fixed yet is what they
    were looking at when the program stopped; it comes back as it was, shown at the field.
    """
    try:
        return read_answer_file(path, content)
    except AnswerFileError as exc:
        if not exc.problems or any(p.code not in UNFINISHED_CODES for p in exc.problems):
            raise
        try:
            answer_file = AnswerFile.model_validate(load_json(read_regular(path, ANSWER_FILE_LIMIT)))
        except (InputError, ValidationError):
            raise exc from None
        answer_file.answers = normalized_answers(content.questionnaire, answer_file.answers)
        return answer_file


@dataclass
class AutosaveEntry:
    path: Path
    answer_file: AnswerFile | None
    saved_at: dt.datetime
    from_backup: bool = False
    problems: list[str] = field(default_factory=list)
    """Why the file cannot be opened (empty when it can)."""

    @property
    def broken(self) -> bool:
        return self.answer_file is None

    @property
    def name(self) -> str:
        return self.answer_file.respondent.name if self.answer_file else ""


def read_entry(path: Path, content: Content, lang: Language = "en") -> AutosaveEntry:
    """One autosave for the resume list; a broken file falls back to its backup, else is marked broken."""
    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        mtime = dt.datetime.now(dt.UTC)
    try:
        answer_file = load_autosave(path, content)
        return AutosaveEntry(path, answer_file, answer_file.saved_at or mtime)
    except AnswerFileError as exc:
        backup = backup_path(path)
        if backup.is_file():
            try:
                answer_file = load_autosave(backup, content)
                return AutosaveEntry(path, answer_file, answer_file.saved_at or mtime, from_backup=True)
            except AnswerFileError:
                pass
        return AutosaveEntry(path, None, mtime, problems=exc.lines(lang))


def list_autosaves(
    data_dir: Path, content: Content, lang: Language = "en", *, include_clients: bool = False
) -> list[AutosaveEntry]:
    """Every autosave, newest first; broken ones are listed as broken, never skipped silently."""
    folder = autosave_dir(data_dir)
    if not folder.is_dir():
        return []
    with contextlib.suppress(OSError):  # tidying never stops the list
        remove_leftovers(folder)
        tighten_autosaves(data_dir)
    entries = [read_entry(p, content, lang) for p in folder.glob("*.json") if p.is_file()]
    if not include_clients:
        entries = [e for e in entries if e.answer_file is None or not _client_id(e.answer_file)]
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def _client_id(answer_file: AnswerFile) -> object:
    return (answer_file.model_extra or {}).get(CLIENT_KEY)


def client_autosaves(data_dir: Path, client_id: int, names: Collection[str] = ()) -> list[tuple[Path, Any]]:
    """Autosave files (and their .bak copies) made for this client, with their JSON; with
    `names`, also those linked to no client whose respondent has one of those names (after case
    and accent folding and collapsing spaces): a job seeker's own autosave naming the client."""
    folder = autosave_dir(data_dir)
    found: list[tuple[Path, Any]] = []
    if not folder.is_dir() or folder.is_symlink():  # a link leads out of the data folder: never followed
        return found
    wanted = {_folded(name) for name in names} - {""}
    for file in sorted(p for p in folder.rglob("*") if not p.is_symlink()):
        try:
            data = load_json(read_regular(file, CLIENT_SEARCH_LIMIT))
        except InputError:
            continue
        if not isinstance(data, dict):
            continue
        if data.get(CLIENT_KEY) == client_id or (CLIENT_KEY not in data and _respondent(data) in wanted):
            found.append((file, data))
    return found


def _respondent(data: dict[str, Any]) -> str:
    respondent = data.get("respondent")
    name = respondent.get("name") if isinstance(respondent, dict) else None
    return _folded(name) if isinstance(name, str) else ""


def _folded(name: str) -> str:
    """A name as a person reads it: case, accents, spacing and invisible characters (zero-width
    joiners, direction marks: Unicode's format characters) aside."""
    text = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    shown = "".join(c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return " ".join(shown.split())
