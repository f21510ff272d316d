"""Pick the user's language (sv, nl, en) from the system locale."""

from __future__ import annotations

import locale
import os

from app.languages import LANGUAGES, Language


def system_language() -> Language:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if value := os.environ.get(var):
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else "en"
    code = (locale.getlocale()[0] or "en")[:2].lower()
    return code if code in LANGUAGES else "en"
