"""Build `client_store_v1.sqlite3`: a client store in the first release's schema (version 1).

Run once from the repository root: `.venv/bin/python tests/data/make_client_store_v1.py`.
The committed file is what the migration test opens (from a copy).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

TARGET = Path(__file__).with_name("client_store_v1.sqlite3")

V1_SCHEMA = """
CREATE TABLE clients (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    contact  TEXT,
    created  TEXT NOT NULL
);
CREATE TABLE assessments (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id),
    taken      TEXT NOT NULL,
    answers    TEXT NOT NULL,
    notes      TEXT
);
CREATE INDEX idx_assessments_client ON assessments(client_id);
PRAGMA user_version = 1;
"""


def answers(name: str, lang: str, seo: int, strategy: int) -> str:
    return json.dumps(
        {
            "version": 1,
            "language": lang,
            "respondent": {"name": name},
            "answers": {
                "experience.total_years": 6,
                "education.level": "bachelor",
                "competency.seo": seo,
                "competency.strategy_planning": strategy,
                "goals.target_role": "social_media_manager",
            },
        },
        ensure_ascii=False,
    )


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.executescript(V1_SCHEMA)
    conn.executemany(
        "INSERT INTO clients VALUES (?, ?, ?, ?)",
        [
            (1, "Åsa Öström", "asa.ostrom@example.se", "2025-03-01T09:00:00+00:00"),
            (2, "Pieter de Vries", "+31 6 1234 5678", "2025-04-10T13:30:00+00:00"),
        ],
    )
    conn.executemany(
        "INSERT INTO assessments VALUES (?, ?, ?, ?, ?)",
        [
            (1, 1, "2025-03-01T09:30:00+00:00", answers("Åsa Öström", "sv", 2, 2), "Första mötet."),
            (2, 1, "2025-09-01T09:30:00+00:00", answers("Åsa Öström", "sv", 3, 4), None),
            (3, 2, "2025-04-10T14:00:00+00:00", answers("Pieter de Vries", "nl", 4, 3), "Eerste sessie."),
        ],
    )
    conn.commit()
    conn.close()


if __name__ == "__main__":
    main()
