"""Opening an older client store: every migration step of `client_schema` runs in its own
transaction after a backup copy; tables changed outside the app are refused."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from app.storage import client_schema
from app.storage.atomic import private_file, private_folder
from app.storage.client_messages import StoreError
from app.storage.store_connection import transaction
from app.storage.store_file import STORE_NAME

BACKUP_FOLDER = "backups"
_BACKUP_NAME = re.compile(r"clients-v[0-9]+-[0-9]{8}T[0-9]{6}Z(-[0-9]+)?\.sqlite3", re.ASCII)


def is_backup_name(name: str) -> bool:
    """Whether `name` is how `backup` names its copies (the backups folder may hold others)."""
    return _BACKUP_NAME.fullmatch(name) is not None


def upgrade(conn: sqlite3.Connection, version: int, data_dir: Path) -> None:
    """Bring the store from `version` (0: a new file) to the current schema, one step per
    transaction, each after a backup; another process may be doing the same meanwhile."""
    path = data_dir / STORE_NAME
    if version == 0:
        with transaction(conn):
            # Another process may have created the store since `check_file` looked.
            if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                client_schema.run_script(conn, client_schema.SCHEMA)
                conn.execute(f"PRAGMA user_version = {client_schema.CURRENT}")
        return
    while version < client_schema.CURRENT:
        if conn.execute("PRAGMA user_version").fetchone()[0] != version:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            continue  # another process migrated meanwhile
        copy = backup(conn, data_dir, version)
        # Foreign keys must be off while tables are rebuilt (SQLite's ALTER TABLE recipe).
        conn.execute("PRAGMA foreign_keys = OFF")
        with transaction(conn):
            client_schema.MIGRATIONS[version](conn)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError("migration_broken", path, found=version, detail=len(broken), backup=copy)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        version += 1


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse tables changed outside the app (a renamed column, a dropped table)."""
    for table, columns in client_schema.columns().items():
        found = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        if not found:
            raise StoreError("schema_changed", path, detail=f"no table {table}")
        if found != columns:
            missing = [c for c in columns if c not in found] or found
            raise StoreError("schema_changed", path, detail=f"table {table}: columns {', '.join(missing)}")


def backup(conn: sqlite3.Connection, data_dir: Path, version: int) -> Path:
    """A copy of the store as it is, in `<data_dir>/backups/` (SQLite's backup API)."""
    folder = data_dir / BACKUP_FOLDER
    private_folder(folder)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"clients-v{version}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"clients-v{version}-{stamp}-{n}.sqlite3"
    private_file(target)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dest.close()
    return target
