"""Shared fixtures: every test gets its own user folders, and Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fuzzing (tests/test_fuzz.py) runs a bounded, repeatable number of examples by default;
# `pytest --hypothesis-profile=long` runs many more (tests with their own counts keep them).
settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config, cache and autosave folders at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    data = home / "smm-data"
    monkeypatch.setenv("SMM_CAREER_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def store_passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test's client store opens with `tests.store_access.PASSPHRASE` (see there)."""
    from app.storage import store_crypto
    from tests.store_access import FAST_SCRYPT_N, PASSPHRASE

    monkeypatch.setenv("SMM_CAREER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(store_crypto, "SCRYPT_N", FAST_SCRYPT_N)
    return PASSPHRASE
