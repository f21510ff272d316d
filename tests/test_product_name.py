"""The app's name reads the same wherever a person meets it: the menu entry, the macOS bundle,
the wizard's title (content) and the PDF's header (gettext). It had drifted in Dutch."""

from __future__ import annotations

import re
from pathlib import Path

from app import content
from app.i18n import translator
from app.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = "Career check for social media roles"


def _desktop_names() -> dict[str, str]:
    text = (ROOT / "packaging/linux/smm-career.desktop").read_text(encoding="utf-8")
    names = dict(re.findall(r"^Name\[(\w+)\]=(.+)$", text, re.M))
    names["en"] = re.search(r"^Name=(.+)$", text, re.M).group(1)  # type: ignore[union-attr]
    return names


def _bundle_name(lang: str) -> str:
    text = (ROOT / f"packaging/macos/{lang}.lproj/InfoPlist.strings").read_text(encoding="utf-8")
    return re.search(r'"CFBundleDisplayName" = "(.+)";', text).group(1)  # type: ignore[union-attr]


def test_the_name_is_the_same_in_the_menu_the_bundle_the_wizard_and_the_pdf() -> None:
    title = content.shipped().questionnaire.title
    desktop = _desktop_names()
    for lang in LANGUAGES:
        name = translator(lang)(ENGLISH)
        assert title.get(lang) == name, lang
        assert desktop[lang] == name, lang
        assert _bundle_name(lang) == name, lang
