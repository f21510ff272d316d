"""What the Linux, Windows and macOS PyInstaller recipes share.

Each `smm-career.spec` (packaging/linux, packaging/windows, packaging/macos) puts this folder
on sys.path and takes from here the entry point, the app's modules and data, the modules left
out, and the filter that keeps only the language data of the app's three languages (sv, nl,
en). What differs stays in the spec: which libraries come from the system (Linux) or are
bundled (Pango from MSYS2 on Windows, from Homebrew on macOS), and the bundle's shape.
"""

from __future__ import annotations

import re
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

PACKAGING = Path(__file__).resolve().parent
LAUNCHER = str(PACKAGING / "launcher.py")
ICON_SVG = PACKAGING.parent / "resources" / "icons" / "smm-career.svg"
NAME = "smm-career"

EXCLUDES = ["tkinter", "setuptools", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick"]

# Language data beyond the app's three languages: Babel's locale data (dates and numbers in
# sv_SE, nl_NL, en_GB), Qt's own translations (PySide6/Qt/translations on Linux and macOS,
# PySide6/translations on Windows), hyphenation dictionaries.
UNUSED_LANGUAGE_DATA = re.compile(
    r"babel/locale-data/(?!(root|en|sv|nl)(_[A-Za-z0-9]+)?\.dat$)"
    r"|PySide6/(Qt/)?translations/(?!qt\w*_(sv|nl)\.qm$)"
    r"|pyphen/dictionaries/(?!(hyph_(sv|nl|en)\w*\.dic|README_hyph_(sv|nl|en)\w*\.txt)$)"
)

# WeasyPrint's PyInstaller hook copies a fontconfig configuration (etc/fonts) it finds on the
# build machine; the Linux package uses the system's, and the Windows and macOS builds carry
# their own pango/fonts.conf.
HOOK_FONTCONFIG = "etc/fonts"


def hidden_imports() -> list[str]:
    """Sub-commands and counsellor mode are imported by name at run time."""
    return collect_submodules("app")


def app_datas() -> list[tuple[str, str]]:
    """Questionnaires, report templates, fonts and translations (app/_data in the wheel), and
    the version `smm-career --version` prints."""
    return collect_data_files("app") + copy_metadata(NAME)


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def keep_data(entry: tuple[str, str, str]) -> bool:
    """False for another language's data and for the hook's fontconfig copy."""
    dest = _posix(entry[0])
    return not dest.startswith(HOOK_FONTCONFIG) and not UNUSED_LANGUAGE_DATA.match(dest)
