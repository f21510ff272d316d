"""Making and opening the client store's file: a new store is built beside it and linked into
place whole (another process never sees a half-made or empty file); a store from before
encryption is migrated and encrypted in one transaction (`encrypt_store`); an encrypted older
store runs every migration step of `client_schema` in its own transaction after a backup copy
(an encrypted copy: the backup API copies pages); tables changed outside the app are refused."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from app.storage import client_schema
from app.storage.atomic import TEMP_SUFFIX, private_file, private_folder
from app.storage.client_messages import StoreError
from app.storage.store_connection import busy, transaction
from app.storage.store_crypto import VAULT_TABLE, Cipher, has_vault, write_wrapping
from app.storage.store_file import STORE_NAME, sole_user

BACKUP_FOLDER = "backups"
_BACKUP_NAME = re.compile(r"clients-(v[0-9]+|before-restore)-[0-9]{8}T[0-9]{6}Z(-[0-9]+)?\.sqlite3", re.ASCII)
"""The store's own copies: before a migration (`backup`) and before a restore (`store_backup`)."""


def is_backup_name(name: str) -> bool:
    """Whether `name` is how `backup` names its copies (the backups folder may hold others)."""
    return _BACKUP_NAME.fullmatch(name) is not None


def create_store(path: Path, passphrase: str) -> Cipher | None:
    """Make a new encrypted store at `path`: built in a temporary file, then linked into place,
    so no process ever finds an empty or half-made store. None when another process made one
    meanwhile (the caller opens that one)."""
    cipher, wrapping = Cipher.new(passphrase)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            with transaction(conn):
                client_schema.run_script(conn, client_schema.SCHEMA)
                conn.execute(VAULT_TABLE)
                write_wrapping(conn, wrapping)
                conn.execute(f"PRAGMA user_version = {client_schema.CURRENT}")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            return None
        except OSError:  # a file system without hard links: replace, unless it appeared meanwhile
            if os.path.lexists(path):
                return None
            os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return cipher


def encrypt_store(conn: sqlite3.Connection, data_dir: Path, passphrase: str) -> Cipher | None:
    """Encrypt a store from before encryption with a new data key wrapped by `passphrase`.

    One transaction migrates it to the current schema (dropping v2's plaintext `search_key`)
    and seals every personal column; no backup file is written (the untouched original is the
    fallback until the commit). Then the file is scrubbed (`secure_delete` zeroed the freed
    cells; the WAL is checkpointed and truncated, the file VACUUMed) and the plaintext backups
    that earlier migrations left in `backups/` are overwritten and removed. None when another
    process encrypted it meanwhile (the caller unlocks that one).
    """
    cipher, wrapping = Cipher.new(passphrase)
    path = data_dir / STORE_NAME
    conn.create_function("seal", 1, lambda value: None if value is None else cipher.seal(str(value)))
    conn.execute("PRAGMA foreign_keys = OFF")
    with transaction(conn):
        if has_vault(conn):
            return None
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if "search_key" in [row[1] for row in conn.execute("PRAGMA table_info(clients)")]:
            conn.execute("ALTER TABLE clients DROP COLUMN search_key")
        while version < client_schema.CURRENT:
            client_schema.MIGRATIONS[version](conn, None)
            version += 1
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise StoreError("migration_broken", path, found=version, detail=len(broken), backup=path)
        for table, columns in client_schema.ENCRYPTED.items():
            conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = seal({c})' for c in columns)}")
        conn.execute(VAULT_TABLE)
        write_wrapping(conn, wrapping)
        conn.execute(f"PRAGMA user_version = {client_schema.CURRENT}")
    scrub(conn)
    _remove_plaintext_backups(data_dir / BACKUP_FOLDER)
    return cipher


def scrub(conn: sqlite3.Connection) -> bool:
    """Push zeroed pages into the file, empty the WAL, rebuild the file, empty the WAL again.

    False when another connection's lock stopped it (the deleted bytes may remain until the
    next time)."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        blocked = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if busy(exc):
            return False
        raise
    return not blocked


def _remove_plaintext_backups(folder: Path) -> None:
    """Overwrite with zeros and delete every backup copy without a `vault` (plaintext)."""
    if not folder.is_dir():
        return
    for file in sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink()):
        try:
            conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
            try:
                encrypted = has_vault(conn)
            finally:
                conn.close()
        except sqlite3.Error:
            encrypted = False
        if encrypted or not sole_user(file):
            continue
        with contextlib.suppress(OSError):
            size = file.stat().st_size
            with open(file, "r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
                os.fsync(handle.fileno())
            file.unlink()


def upgrade(conn: sqlite3.Connection, version: int, data_dir: Path, cipher: Cipher) -> None:
    """Bring an encrypted store from `version` to the current schema, one step per
    transaction, each after a backup; another process may be doing the same meanwhile. A step
    reads and writes sealed columns with `cipher` (the store's data key)."""
    path = data_dir / STORE_NAME
    while version < client_schema.CURRENT:
        if conn.execute("PRAGMA user_version").fetchone()[0] != version:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            continue  # another process migrated meanwhile
        copy = backup(conn, data_dir, version)
        # Foreign keys must be off while tables are rebuilt (SQLite's ALTER TABLE recipe).
        conn.execute("PRAGMA foreign_keys = OFF")
        with transaction(conn):
            client_schema.MIGRATIONS[version](conn, cipher)
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


def backups_folder(data_dir: Path) -> Path:
    """`<data_dir>/backups/`, made 0700 if missing; StoreError "backups_link" when it is a symbolic
    link (the copies of the whole store would go wherever it points, where no erasure reaches them)."""
    folder = data_dir / BACKUP_FOLDER
    if folder.is_symlink():
        raise StoreError("backups_link", folder)
    private_folder(folder)
    return folder


def new_backup_file(data_dir: Path, prefix: str) -> Path:
    """A new empty 0600 file `<data_dir>/backups/<prefix>-<UTC time>[-n].sqlite3` for a copy of
    the store (the names `is_backup_name` knows)."""
    folder = backups_folder(data_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{prefix}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{prefix}-{stamp}-{n}.sqlite3"
    private_file(target)
    return target


def backup(conn: sqlite3.Connection, data_dir: Path, version: int) -> Path:
    """A copy of the store as it is, in `<data_dir>/backups/` (SQLite's backup API)."""
    target = new_backup_file(data_dir, f"clients-v{version}")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dest.close()
    return target
