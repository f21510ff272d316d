"""The client store's schema: the current version and the steps that bring older files up to it.

`PRAGMA user_version` holds the version. A new file gets `CURRENT` directly; an older one runs
every step from its version on, each in its own transaction, after a backup (see
`client_store`). Version history:

1. clients(name, contact, created) and assessments(answers, notes): the first release.
2. contact split into email and phone; a `search_key` (case- and accent-folded name and
   contact, since SQLite's LIKE folds ASCII only); per-gap notes in `gap_notes`; the next
   meeting date per assessment. Client ids are never reused (AUTOINCREMENT): autosave files
   carry a client id, and an erased client's leftovers must never attach to a new client.

Encryption (see `store_crypto`) is no version of its own: a store with the `vault` table is
encrypted, and the columns in `ENCRYPTED` hold sealed BLOBs. A store from before encryption
is encrypted on its first opening with a passphrase (`store_migrations.encrypt_store`), which
also drops v2's plaintext `search_key` (search and sorting now happen on decrypted rows).
"""

from __future__ import annotations

import functools
import sqlite3
import unicodedata
from collections.abc import Callable

CURRENT = 2

SCHEMA = """
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

ENCRYPTED: dict[str, tuple[str, ...]] = {
    "clients": ("name", "email", "phone"),
    "assessments": ("answer_json", "notes", "next_meeting"),
    "gap_notes": ("note",),
}
"""The columns holding what a person typed: sealed in an encrypted store (NULL stays NULL)."""


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


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Split `contact` into email/phone, add gap notes and next meeting (on a plaintext store:
    a v1 store is encrypted after its migration)."""
    run_script(
        conn, "ALTER TABLE clients RENAME TO clients_v1; ALTER TABLE assessments RENAME TO assessments_v1"
    )
    run_script(conn, SCHEMA)
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


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}
"""Step from version N to N + 1."""
