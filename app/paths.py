"""Where the shipped data lives (source tree or installed wheel) and where user data goes."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "_data"
_ROOT = _INSTALLED if _INSTALLED.is_dir() else _PACKAGE.parent

QUESTIONNAIRES = _ROOT / "questionnaires"
REPORT_TEMPLATES = _ROOT / "report_templates"
RESOURCES = _ROOT / "resources"

DATA_DIR_ENV = "SMM_CAREER_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: --data-dir, then $SMM_CAREER_DATA_DIR, then the platform's."""
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(DATA_DIR_ENV):
        return Path(env).expanduser()
    return default_data_dir()


def default_data_dir() -> Path:
    """The platform's user data folder for the app (always the app's own)."""
    return user_data_path("smm-career", appauthor=False)
