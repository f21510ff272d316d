"""The counsellor's own settings: the view's language and the idle minutes before it locks.

Kept in `<data_dir>/counsellor-settings.json` (private like every file the app writes; no
personal data). A missing or unreadable file gives the defaults.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.languages import LANGUAGES, Language
from app.storage.atomic import write_atomic
from app.storage.input_files import InputError, load_json, read_regular

SETTINGS_NAME = "counsellor-settings.json"
LOCK_MINUTES = 5
LOCK_RANGE = (1, 60)


@dataclass
class CounsellorSettings:
    language: Language | None = None
    """None until the counsellor chooses: the language the app had when counsellor mode opened."""
    lock_minutes: int = LOCK_MINUTES

    @classmethod
    def load(cls, data_dir: Path) -> CounsellorSettings:
        try:
            data = load_json(read_regular(data_dir / SETTINGS_NAME, 64 * 1024))
        except (InputError, OSError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        language = data.get("language")
        minutes = data.get("lock_minutes")
        return cls(
            language=language if language in LANGUAGES else None,
            lock_minutes=minutes
            if isinstance(minutes, int) and LOCK_RANGE[0] <= minutes <= LOCK_RANGE[1]
            else LOCK_MINUTES,
        )

    def save(self, data_dir: Path) -> None:
        """Best effort: a setting that cannot be written is used for this session."""
        with contextlib.suppress(OSError):
            write_atomic(data_dir / SETTINGS_NAME, json.dumps(asdict(self)).encode("utf-8"), backup=False)
