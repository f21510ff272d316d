"""Pick the user's language (sv, nl, en) from the system locale."""

from __future__ import annotations

import locale
import os

from app.languages import LANGUAGES, Language


def system_language() -> Language:
    """The language gettext would pick: LANGUAGE (a list; its first entry) before LC_ALL,
    LC_MESSAGES and LANG, except that a C/POSIX locale turns LANGUAGE off, as in GNU gettext."""
    locale_name = next((v for var in ("LC_ALL", "LC_MESSAGES", "LANG") if (v := os.environ.get(var))), "")
    plain_c = locale_name in ("C", "POSIX") or locale_name.startswith("C.")
    if not plain_c and (wanted := os.environ.get("LANGUAGE", "").split(":")[0]):
        return _known(wanted)
    if locale_name:
        return _known(locale_name)
    return _known(locale.getlocale()[0] or "en")


def _known(name: str) -> Language:
    code = name[:2].lower()
    return code if code in LANGUAGES else "en"
