"""The one place the tests get the client store's passphrase from.

`tests/conftest.py` puts it in `$SMM_CAREER_PASSPHRASE` for every test (so the command line,
in this process or another, finds it), lowers scrypt's cost for stores the tests make in this
process, and has counsellor mode in the GUI answer its passphrase dialog with it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.storage.client_store import ClientStore

PASSPHRASE = "tests' passphrase"
FAST_SCRYPT_N = 2**12
"""scrypt's cost for stores made by the tests (the product's is 2**17: half a second a store)."""


def open_store(folder: Path) -> ClientStore:
    return ClientStore.open(folder, PASSPHRASE)


def raw_access(store: ClientStore) -> tuple[sqlite3.Connection, Callable[[str], bytes]]:
    """The store's connection and its sealing: for tests that write rows as an older version
    (or another program) would."""
    return store._conn, store._cipher.seal  # noqa: SLF001
