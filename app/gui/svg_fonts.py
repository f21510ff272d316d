"""Make QtSvg draw the report's SVG text with the same font as the PDF.

QtSvg takes a CSS font list such as "Liberation Sans, Arial, sans-serif" as one family name
and falls back to a wider default font, so labels overflow the drawing. We register the
bundled fonts and tell Qt to read each such list as its members, in order.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontDatabase

from app import paths

_FAMILY = re.compile(r'font-family="([^"]+)"')
_registered: set[str] = set()


def prepare_svg_fonts(svg: str) -> None:
    if "fonts" not in _registered:
        for font in sorted((paths.RESOURCES / "fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
        _registered.add("fonts")
    for family in set(_FAMILY.findall(svg)):
        members = [m.strip().strip("'") for m in family.split(",") if m.strip()]
        if len(members) > 1 and family not in _registered:
            QFont.insertSubstitutions(family, members)
            _registered.add(family)
