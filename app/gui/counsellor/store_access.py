"""What counsellor mode asks of the client store, in one place.

The GUI codes against the store API agreed for issue #13 (`ClientStore.open(data_dir,
passphrase)`, `ClientStore.exists`, `change_passphrase`, `change_token`): direct calls.

Notes are rows, each saved compare-and-set from the revision it was read at: a save is
refused with `NoteConflict` (both texts) when someone else (another window, the command line)
saved that note since this window read it, so a note edited in two places is never silently
overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.domain.answers import AnswerFile
from app.storage.client_schema import search_key
from app.storage.client_store import ClientStore, Note, StoreError

Token = tuple[int, ...]


def store_exists(data_dir: Path) -> bool:
    """Is there a client store to unlock (ask "enter" rather than "choose")?"""
    return ClientStore.exists(data_dir)


def open_store(data_dir: Path, passphrase: str) -> ClientStore:
    """Open (or on first use create) the store with `passphrase`; a wrong one raises
    StoreError("wrong_passphrase")."""
    return ClientStore.open(data_dir, passphrase)


def change_passphrase(store: ClientStore, new: str) -> None:
    store.change_passphrase(new)


def change_token(store: ClientStore) -> Token:
    """Changes whenever another connection (window, command line) commits; cheap to poll."""
    return (store.change_token(),)


def save_note(
    store: ClientStore, assessment_id: int, read: Note | None, text: str, internal: bool
) -> int | None:
    """Save the note being edited: a new one (`read` None) is added when it has text; an
    existing one is saved compare-and-set from the revision it was `read` at (`NoteConflict`
    when it was saved elsewhere meanwhile). A note removed elsewhere meanwhile is added again,
    so the text typed is kept. The note's id (None: an empty new note, nothing saved)."""
    if read is not None:
        try:
            store.update_note(read.id, text, expected_revision=read.revision, internal=internal)
            return read.id
        except StoreError as exc:
            if exc.code != "no_note":
                raise
    if not text.strip():
        return None
    return store.add_note(assessment_id, text, internal=internal, author=store.counsellor_name)


def save_gap_notes(
    store: ClientStore, assessment_id: int, read: Mapping[str, Note], wanted: Mapping[str, str]
) -> None:
    """Save the shared note per gap, each compare-and-set from the revision it was `read` at:
    an emptied one is removed, a new one added (`NoteConflict` when the same note, or a note
    on the same gap, was saved elsewhere meanwhile)."""
    author = store.counsellor_name
    for competency in sorted(read.keys() | wanted.keys()):
        old, text = read.get(competency), wanted.get(competency, "").strip()
        if old is not None and text == old.text.strip():
            continue
        try:
            if old is None:
                if text:
                    store.add_note(assessment_id, text, internal=False, author=author, competency=competency)
            elif text:
                store.update_note(old.id, text, expected_revision=old.revision)
            else:
                store.delete_note(old.id, expected_revision=old.revision)
        except StoreError as exc:
            if exc.code != "no_note":
                raise
            if text:  # removed elsewhere meanwhile: the text typed here is kept
                store.add_note(assessment_id, text, internal=False, author=author, competency=competency)


def names_someone_else(answer_file: AnswerFile, client_name: str) -> str:
    """The person the answer file names when that is not the client (by `clients import`'s
    rule: case, accents, spaces and dashes aside), else ''."""
    named = answer_file.respondent.name.strip()
    return named if named and search_key(named) != search_key(client_name) else ""
