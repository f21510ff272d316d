"""The client store's schema: the current version and the steps that bring older files up to it.

`PRAGMA user_version` holds the version. A new file gets `CURRENT` directly; an older one runs
every step from its version on, each in its own transaction, after a backup (see
`client_store`). Version history:

1. clients(name, contact, created) and assessments(answers, notes): the first release.
2. contact split into email and phone; a `search_key` (case- and accent-folded name and
   contact, since SQLite's LIKE folds ASCII only); per-gap notes in `gap_notes`; the next
   meeting date per assessment. Client ids are never reused (AUTOINCREMENT): autosave files
   carry a client id, and an erased client's leftovers must never attach to a new client.
3. an assessment's `status` (`complete` or `unfinished`: the analysis's plan rule); notes as
   rows (`notes`: shared or internal, author, origin `counsellor` or `imported`, a revision
   counter for conflict detection; a gap note names its competency) replacing the free text
   and `gap_notes`; the client's `consent_at`; store `settings` (retention, counsellor name).

Encryption (see `store_crypto`) is no version of its own: a store with the `vault` table is
encrypted, and the columns in `ENCRYPTED` hold sealed BLOBs. A store from before encryption
is encrypted on its first opening with a passphrase (`store_migrations.encrypt_store`), which
also drops v2's plaintext `search_key` (search and sorting now happen on decrypted rows).
A plaintext store is migrated first and sealed after (its steps get no cipher); an encrypted
store's steps get the data key, so the v2 → v3 step opens the sealed notes and answers and
seals the note rows it writes. In schema 3 the sealed columns also cover the note rows' text
and author, the consent date and the settings' values.
"""

from __future__ import annotations

import functools
import sqlite3
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.store_crypto import Cipher

CURRENT = 3

NOTES_SCHEMA = """
CREATE TABLE notes (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id  INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    competency     TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL,
    visibility     TEXT NOT NULL CHECK (visibility IN ('shared', 'internal')),
    author         TEXT NOT NULL DEFAULT '',
    origin         TEXT NOT NULL CHECK (origin IN ('counsellor', 'imported')),
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX notes_by_assessment ON notes(assessment_id);
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
"""
"""Notes as rows and the store's settings (schema 3). `competency` is '' for a general note."""

SCHEMA = (
    """
CREATE TABLE clients (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    consent_at  TEXT
);
CREATE TABLE assessments (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    taken_at      TEXT NOT NULL,
    answer_json   TEXT NOT NULL,
    next_meeting  TEXT,
    status        TEXT NOT NULL DEFAULT 'unfinished' CHECK (status IN ('complete', 'unfinished'))
);
CREATE INDEX assessments_by_client ON assessments(client_id, taken_at);
"""
    + NOTES_SCHEMA
)


SCHEMA_V2 = """
CREATE TABLE clients (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE TABLE assessments (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    taken_at      TEXT NOT NULL,
    answer_json   TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    next_meeting  TEXT
);
CREATE TABLE gap_notes (
    assessment_id  INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    competency     TEXT NOT NULL,
    note           TEXT NOT NULL,
    PRIMARY KEY (assessment_id, competency)
) WITHOUT ROWID;
CREATE INDEX assessments_by_client ON assessments(client_id, taken_at);
"""
"""Schema 2 as it was (without v2's plaintext `search_key`, which encryption drops): the v1 → v2
step builds it, and the v2 → v3 step starts from it."""

ENCRYPTED: dict[str, tuple[str, ...]] = {
    "clients": ("name", "email", "phone", "consent_at"),
    "assessments": ("answer_json", "next_meeting"),
    "notes": ("text", "author"),
    "settings": ("value",),
}
"""The columns holding what a person typed: sealed in an encrypted store (NULL stays NULL)."""

ENCRYPTED_V2: dict[str, tuple[str, ...]] = {
    "clients": ("name", "email", "phone"),
    "assessments": ("answer_json", "notes", "next_meeting"),
    "gap_notes": ("note",),
}
"""The sealed columns of an encrypted schema-2 store (before the v2 → v3 step)."""


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated statements inside the caller's transaction.

    `executescript` would commit first; a migration must stay one transaction.
    """
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


@functools.cache
def columns() -> dict[str, list[str]]:
    """Each table of the current schema with its columns in order (read from SCHEMA itself)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMA)
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [row[1] for row in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    finally:
        conn.close()


def search_key(*parts: str) -> str:
    """Text folded for search: case-folded, accents removed (so "ostrom" finds "Öström")."""
    text = unicodedata.normalize("NFKD", " ".join(parts).casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


_PHONE_SEPARATORS = str.maketrans("", "", " -\u00a0\u2010\u2011\u2012\u2013()./")


def matches(search: str, name: str, email: str, phone: str) -> bool:
    """Whether `search` finds a client: any part of name, e-mail or phone, ignoring case and
    accents; spaces, dashes and brackets are ignored in phone numbers on both sides, so
    "0701234567" finds "070-123 45 67"."""
    needle = search_key(search).strip()
    if not needle:
        return True
    if needle in search_key(name, email, phone):
        return True
    digits = needle.translate(_PHONE_SEPARATORS)
    return bool(digits) and digits in search_key(phone).translate(_PHONE_SEPARATORS)


def _v1_to_v2(conn: sqlite3.Connection, cipher: Cipher | None = None) -> None:
    """Split `contact` into email/phone, add gap notes and next meeting (on a plaintext store:
    a v1 store is encrypted after its migration, so `cipher` is always None here)."""
    assert cipher is None
    run_script(
        conn, "ALTER TABLE clients RENAME TO clients_v1; ALTER TABLE assessments RENAME TO assessments_v1"
    )
    run_script(conn, SCHEMA_V2)
    rows = conn.execute("SELECT id, name, contact, created FROM clients_v1").fetchall()
    for client_id, name, contact, created in rows:
        contact = (contact or "").strip()
        email, phone = (contact, "") if "@" in contact else ("", contact)
        conn.execute(
            "INSERT INTO clients (id, name, email, phone, created_at) VALUES (?, ?, ?, ?, ?)",
            (client_id, name, email, phone, created),
        )
    conn.execute(
        "INSERT INTO assessments (id, client_id, taken_at, answer_json, notes)"
        " SELECT id, client_id, taken, answers, COALESCE(notes, '') FROM assessments_v1"
    )
    run_script(conn, "DROP TABLE assessments_v1; DROP TABLE clients_v1")


def _v2_to_v3(conn: sqlite3.Connection, cipher: Cipher | None = None) -> None:
    """Status per assessment; the free-text and per-gap notes become shared counsellor notes.

    On an encrypted store `cipher` opens the sealed answers and notes (the status needs the
    answers) and seals the new rows' text and author; on a plaintext one (None) the caller
    seals every column in `ENCRYPTED` afterwards."""
    from app.storage.assessment_status import status_of_data  # the analysis, only when migrating
    from app.storage.client_messages import StoreError

    def unseal(value: object, what: str) -> str:
        return cipher.open(value, what) if cipher else str(value)

    def seal(text: str) -> object:
        return cipher.seal(text) if cipher else text

    run_script(conn, NOTES_SCHEMA)
    conn.execute("ALTER TABLE clients ADD COLUMN consent_at TEXT")
    rows = conn.execute("SELECT id, taken_at, answer_json, notes FROM assessments").fetchall()
    for assessment_id, taken_at, _, notes in rows:
        text = unseal(notes, f"assessment {assessment_id}: notes") if notes is not None else ""
        if text.strip():
            conn.execute(
                "INSERT INTO notes (assessment_id, text, visibility, author, origin, updated_at)"
                " VALUES (?, ?, 'shared', ?, 'counsellor', ?)",
                (assessment_id, seal(text), seal(""), taken_at),
            )
    gaps = conn.execute(
        "SELECT g.assessment_id, g.competency, g.note, a.taken_at"
        " FROM gap_notes g JOIN assessments a ON a.id = g.assessment_id ORDER BY g.assessment_id, g.competency"
    ).fetchall()
    for assessment_id, competency, note, taken_at in gaps:
        text = unseal(note, f"assessment {assessment_id}: gap_notes.{competency}")
        conn.execute(
            "INSERT INTO notes (assessment_id, competency, text, visibility, author, origin, updated_at)"
            " VALUES (?, ?, ?, 'shared', ?, 'counsellor', ?)",
            (assessment_id, competency, seal(text), seal(""), taken_at),
        )
    run_script(
        conn,
        "DROP TABLE gap_notes; ALTER TABLE assessments DROP COLUMN notes;"
        " ALTER TABLE assessments ADD COLUMN status TEXT NOT NULL DEFAULT 'unfinished'"
        " CHECK (status IN ('complete', 'unfinished'))",
    )
    for assessment_id, _, answer_json, _ in rows:
        try:
            status = status_of_data(unseal(answer_json, f"assessment {assessment_id}: answer_json"))
        except StoreError:
            status = "unfinished"  # a row the app did not seal: unfinished, like one that does not parse
        conn.execute("UPDATE assessments SET status = ? WHERE id = ?", (status, assessment_id))


MIGRATIONS: dict[int, Callable[[sqlite3.Connection, Cipher | None], None]] = {1: _v1_to_v2, 2: _v2_to_v3}
"""Step from version N to N + 1."""
