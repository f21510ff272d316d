"""The notes of assessments as rows (schema 3): adding, editing and removing each one
compare-and-set on its revision (a change made from an older revision is a `NoteConflict`), and
the shared session note plus a note per gap written at once (`write_session_notes`).

A note's text and author are sealed with the store's data key (`cipher`) like every other
column a person typed; visibility, origin, competency id, time and revision are not personal."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.storage.client_messages import NoteConflict, StoreError, UnknownAssessment
from app.storage.client_records import (
    GAP_NOTE_MAX,
    NOTES_MAX,
    ORIGINS,
    Note,
    Origin,
    check_typed,
    iso,
    now,
    row_time,
)

if TYPE_CHECKING:
    from app.storage.store_crypto import Cipher

_COLUMNS = "id, assessment_id, text, visibility, author, origin, updated_at, revision, competency"


def note_of(cipher: Cipher, row: tuple[Any, ...]) -> Note:
    """A note row; one the app did not write is a StoreError (`bad_row`), never a traceback."""
    row = (
        *row[:2],
        cipher.open(row[2], f"note {row[0]}: text"),
        row[3],
        cipher.open(row[4], f"note {row[0]}: author"),
        *row[5:],
    )
    for column, value in (("text", row[2]), ("author", row[4]), ("competency", row[8])):
        if not isinstance(value, str):
            raise StoreError("bad_row", what=f"note {row[0]}: {column}", value=value)
    if type(row[7]) is not int or row[3] not in ("shared", "internal") or row[5] not in ORIGINS:
        raise StoreError("bad_row", what=f"note {row[0]}", value=(row[3], row[5], row[7]))
    return Note(
        id=row[0],
        assessment_id=row[1],
        text=row[2],
        internal=row[3] == "internal",
        author=row[4],
        origin=row[5],
        updated_at=row_time(row[6], f"note {row[0]}: updated_at"),
        revision=row[7],
        competency=row[8],
    )


def notes_of(conn: sqlite3.Connection, cipher: Cipher, assessment_id: int) -> tuple[Note, ...]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM notes WHERE assessment_id = ? ORDER BY id", (assessment_id,)
    ).fetchall()
    return tuple(note_of(cipher, row) for row in rows)


def check_text(text: str, limit: int = NOTES_MAX) -> str:
    if len(text) > limit:
        raise StoreError("notes_too_long", notes=NOTES_MAX, gap=GAP_NOTE_MAX)
    check_typed(text, "note", multiline=True)
    return text


def insert_note(
    conn: sqlite3.Connection,
    cipher: Cipher,
    assessment_id: int,
    text: str,
    *,
    internal: bool,
    author: str,
    origin: Origin = "counsellor",
    competency: str = "",
    updated_at: str | None = None,
) -> int:
    if conn.execute("SELECT 1 FROM assessments WHERE id = ?", (assessment_id,)).fetchone() is None:
        raise UnknownAssessment(assessment_id)
    cursor = conn.execute(
        "INSERT INTO notes (assessment_id, competency, text, visibility, author, origin, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            assessment_id,
            competency,
            cipher.seal(check_text(text, GAP_NOTE_MAX if competency else NOTES_MAX)),
            "internal" if internal else "shared",
            cipher.seal(check_typed(author, "author")),
            origin,
            updated_at or iso(now()),
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def update_note(
    conn: sqlite3.Connection,
    cipher: Cipher,
    note_id: int,
    text: str,
    expected_revision: int,
    internal: bool | None = None,
) -> int:
    """Replace a note's text (and, unless `internal` is None, whether it is internal) when nobody
    saved it since `expected_revision`; the new revision.

    `NoteConflict` (carrying both texts) when someone else saved it meanwhile."""
    row = _row(conn, cipher, note_id)
    theirs, revision, competency, visibility = row
    wanted = visibility if internal is None else ("internal" if internal else "shared")
    if text == theirs and wanted == visibility:
        return revision  # saved as it is (also elsewhere, the same text): nothing to tell
    _check(note_id, row, text, expected_revision)
    conn.execute(
        "UPDATE notes SET text = ?, visibility = ?, updated_at = ?, revision = revision + 1 WHERE id = ?",
        (
            cipher.seal(check_text(text, GAP_NOTE_MAX if competency else NOTES_MAX)),
            wanted,
            iso(now()),
            note_id,
        ),
    )
    return revision + 1


def delete_note(conn: sqlite3.Connection, cipher: Cipher, note_id: int, expected_revision: int) -> None:
    """Remove a note unless someone saved it since `expected_revision` (`NoteConflict`, with
    their text, so a note changed elsewhere is never deleted unseen)."""
    _check(note_id, _row(conn, cipher, note_id), "", expected_revision)
    conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def _row(conn: sqlite3.Connection, cipher: Cipher, note_id: int) -> tuple[str, int, str, str]:
    """The stored note's text, revision, competency and visibility."""
    row = conn.execute(
        "SELECT text, revision, competency, visibility FROM notes WHERE id = ?", (note_id,)
    ).fetchone()
    if row is None:
        raise StoreError("no_note", id=note_id)
    return cipher.open(row[0], f"note {note_id}: text"), int(row[1]), str(row[2]), str(row[3])


def _check(note_id: int, row: tuple[str, int, str, str], mine: str, expected_revision: int) -> None:
    """`NoteConflict` when the note was saved since the revision the change was made from."""
    if row[1] != expected_revision:
        raise NoteConflict(note_id, mine=mine, theirs=row[0], revision=row[1])


def gap_note_of(conn: sqlite3.Connection, cipher: Cipher, assessment_id: int, competency: str) -> Note | None:
    """The counsellor's shared note on the gap `competency` (the one a PDF prints), if any."""
    return next(
        (n for n in notes_of(conn, cipher, assessment_id) if n.printable and n.competency == competency),
        None,
    )


def write_session_notes(
    conn: sqlite3.Connection,
    cipher: Cipher,
    assessment_id: int,
    notes: str,
    gap_notes: Mapping[str, str],
    author: str,
) -> None:
    """One shared general note and a shared note per gap, written at once (`set_notes`; an
    empty text removes the note). Other notes (internal, imported, added from the command
    line after the first) are left alone."""
    existing = [n for n in notes_of(conn, cipher, assessment_id) if n.printable]
    wanted = {"": notes.strip(), **{cid: text.strip() for cid, text in gap_notes.items()}}
    for competency in {n.competency for n in existing} - wanted.keys():
        wanted[competency] = ""
    for competency, text in wanted.items():
        note = next((n for n in existing if n.competency == competency), None)
        if note is None and text:
            insert_note(
                conn, cipher, assessment_id, text, internal=False, author=author, competency=competency
            )
        elif note is not None and not text:
            conn.execute("DELETE FROM notes WHERE id = ?", (note.id,))
        elif note is not None and text != note.text.strip():
            update_note(conn, cipher, note.id, text, note.revision)
