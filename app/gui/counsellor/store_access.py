"""What counsellor mode asks of the client store, in one place.

The GUI codes against the store API agreed for issue #13 (`ClientStore.open(data_dir,
passphrase)`, `ClientStore.exists`, `change_passphrase`, `change_token`): direct calls.

Notes are saved compare-and-set: a save is refused with `NoteConflict` when someone else
(another window, the command line) saved the assessment's notes since this window read them,
so a note edited in two places is never silently overwritten. The view edits the session note
and the gap notes together (`SessionNotes`), so the comparison is on that whole set as read;
the store's per-row revisions (`ClientStore.update_note`) also guard each row it writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app.content import Content
from app.storage.answer_files import read_answer_file
from app.storage.client_store import Assessment, ClientStore

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


@dataclass(frozen=True)
class SessionNotes:
    """The counsellor's notes on one assessment as the editors show them."""

    notes: str = ""
    gap_notes: dict[str, str] = field(default_factory=dict)
    next_meeting: dt.date | None = None

    @classmethod
    def of(cls, assessment: Assessment) -> SessionNotes:
        return cls(assessment.notes, dict(assessment.gap_notes), assessment.next_meeting)


class NoteConflict(Exception):
    """Someone else saved these notes since they were read: both versions, for the user to choose."""

    def __init__(self, assessment_id: int, mine: SessionNotes, theirs: SessionNotes):
        super().__init__(assessment_id)
        self.assessment_id, self.mine, self.theirs = assessment_id, mine, theirs


def save_notes(
    store: ClientStore, assessment_id: int, mine: SessionNotes, read: SessionNotes | None
) -> SessionNotes:
    """Save `mine` unless the stored notes changed since they were `read` (NoteConflict);
    `read=None` saves regardless (the user chose "keep mine"). Returns what is now stored."""
    stored = SessionNotes.of(store.assessment(assessment_id))
    if read is not None and stored not in (read, mine):
        raise NoteConflict(assessment_id, mine, stored)
    store.set_notes(assessment_id, notes=mine.notes, gap_notes=mine.gap_notes, next_meeting=mine.next_meeting)
    return SessionNotes.of(store.assessment(assessment_id))


def import_for_client(store: ClientStore, path: Path, content: Content, client_id: int) -> None:
    """Attach an answer file to a client with the checks `clients import` makes (AnswerFileError
    or StoreError when refused)."""
    store.import_answers(read_answer_file(path, content), client_id)
