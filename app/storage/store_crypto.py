"""Encryption at rest of the client store: every personal field sealed with AES-GCM.

Why field encryption with `cryptography` rather than SQLCipher: the store stays a standard
SQLite file, so WAL, the backup API, `integrity_check`, `secure_delete` and every hardening
test keep working unchanged, and `cryptography` is one maintained wheel on every platform and
in PyInstaller (the SQLCipher bindings for Python are community builds).

A random 256-bit data key seals every field a person typed (names, e-mail, phone, answers,
notes, gap notes, the next meeting). The data key itself is kept wrapped (AES-GCM) by a key
derived from the passphrase with scrypt; the salt, the scrypt parameters and the wrapped key
sit in the plaintext table `vault` (one row). Changing the passphrase rewraps the data key
(no field is rewritten), so a backup made earlier still opens with the passphrase it was
made under. Dates of creation and of assessments, ids and competency ids stay plaintext:
the store sorts and joins on them.

A sealed field is `b"\\x01" + nonce (12 bytes) + ciphertext and tag`, stored as a BLOB.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.storage.client_messages import StoreError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
"""scrypt's cost for a new passphrase (OWASP's recommendation: 128 MiB, about half a second);
a store keeps the parameters it was made with."""
PASSPHRASE_MIN = 8
"""Shortest passphrase accepted when one is set."""
PASSPHRASE_MAX = 1024
_FIELD_VERSION = b"\x01"
_NONCE = 12
_KEY_AAD = b"smm-career data key v1"

VAULT_TABLE = """
CREATE TABLE vault (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    kdf          TEXT NOT NULL,
    salt         BLOB NOT NULL,
    n            INTEGER NOT NULL,
    r            INTEGER NOT NULL,
    p            INTEGER NOT NULL,
    wrapped_key  BLOB NOT NULL
)
"""


@dataclass(frozen=True)
class Wrapping:
    """The `vault` row: how the data key is wrapped by the passphrase."""

    salt: bytes
    n: int
    r: int
    p: int
    wrapped_key: bytes


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short (or absurdly long) to set."""
    if len(passphrase) < PASSPHRASE_MIN or len(passphrase) > PASSPHRASE_MAX:
        raise StoreError("weak_passphrase", min=PASSPHRASE_MIN, max=PASSPHRASE_MAX)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not passphrase or len(passphrase) > PASSPHRASE_MAX:
        raise StoreError("wrong_passphrase")
    data = passphrase.encode("utf-8", "surrogatepass")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(data)


class Cipher:
    """Seals and opens the personal fields with the store's data key."""

    def __init__(self, data_key: bytes):
        self._aead = AESGCM(data_key)
        self._data_key = data_key

    @classmethod
    def new(cls, passphrase: str) -> tuple[Cipher, Wrapping]:
        """A fresh data key, wrapped by `passphrase` (which must be acceptable to set)."""
        check_new_passphrase(passphrase)
        cipher = cls(AESGCM.generate_key(bit_length=256))
        return cipher, cipher.wrap(passphrase)

    @classmethod
    def unlock(cls, wrapping: Wrapping, passphrase: str) -> Cipher:
        """The store's cipher, or StoreError("wrong_passphrase")."""
        try:
            kek = _derive(passphrase, wrapping.salt, wrapping.n, wrapping.r, wrapping.p)
            nonce, sealed = wrapping.wrapped_key[:_NONCE], wrapping.wrapped_key[_NONCE:]
            return cls(AESGCM(kek).decrypt(nonce, sealed, _KEY_AAD))
        except (InvalidTag, ValueError, TypeError):  # ValueError, TypeError: a vault row not ours
            raise StoreError("wrong_passphrase") from None

    def wrap(self, passphrase: str) -> Wrapping:
        """The data key wrapped by `passphrase`, with a fresh salt."""
        salt = os.urandom(16)
        kek = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        nonce = os.urandom(_NONCE)
        return Wrapping(
            salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, nonce + AESGCM(kek).encrypt(nonce, self._data_key, _KEY_AAD)
        )

    def seal(self, text: str) -> bytes:
        nonce = os.urandom(_NONCE)
        # Strict UTF-8: a lone surrogate is refused (UnicodeEncodeError, a StoreError in `guarded`).
        return _FIELD_VERSION + nonce + self._aead.encrypt(nonce, text.encode("utf-8"), None)

    def seal_optional(self, text: str | None) -> bytes | None:
        """None stays None (an absent next meeting)."""
        return None if text is None else self.seal(text)

    def open(self, value: object, what: str) -> str:
        """The text of a sealed field; StoreError("bad_row") for anything the app did not seal."""
        if isinstance(value, bytes) and value[:1] == _FIELD_VERSION and len(value) > 1 + _NONCE:
            try:
                plain = self._aead.decrypt(value[1 : 1 + _NONCE], value[1 + _NONCE :], None)
                return plain.decode("utf-8")
            except (InvalidTag, UnicodeDecodeError):
                pass
        raise StoreError("not_sealed", what=what)

    def open_optional(self, value: object, what: str) -> str | None:
        return None if value is None else self.open(value, what)


def read_wrapping(conn: sqlite3.Connection) -> Wrapping | None:
    """The store's `vault` row; None for a store from before encryption (no `vault` table)."""
    if not has_vault(conn):
        return None
    row = conn.execute("SELECT kdf, salt, n, r, p, wrapped_key FROM vault WHERE id = 1").fetchone()
    if row is None or row[0] != "scrypt" or not all(isinstance(v, int) for v in row[2:5]):
        raise StoreError("wrong_passphrase")
    return Wrapping(bytes(row[1]), row[2], row[3], row[4], bytes(row[5]))


def write_wrapping(conn: sqlite3.Connection, wrapping: Wrapping) -> None:
    """Store the wrapping (inside the caller's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO vault (id, kdf, salt, n, r, p, wrapped_key) VALUES (1, 'scrypt', ?, ?, ?, ?, ?)",
        (wrapping.salt, wrapping.n, wrapping.r, wrapping.p, wrapping.wrapped_key),
    )


def has_vault(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault'").fetchone()
        is not None
    )
