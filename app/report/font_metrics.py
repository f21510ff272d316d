"""What the bundled fonts can draw and how wide Liberation Sans draws it, read from
`resources/fonts/metrics.json`.

The file is made from the font files by `python -m app.report.font_metrics` (a test checks that
it still matches them). Reading it takes about a millisecond; fontTools, which reads the fonts
themselves, costs every report some 50 ms just to import.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app import paths

FONTS_DIR = paths.RESOURCES / "fonts"
METRICS_FILE = FONTS_DIR / "metrics.json"
COVERING_FONTS = ("LiberationSans-Regular.ttf", "NotoSansArabic-Regular.ttf")
"""The fonts a report draws user text with (see glyphs.py)."""
MEASURED_FONT = "LiberationSans-Regular.ttf"
"""The font of the radar's labels, in the PDF and in QtSvg alike."""


@dataclass(frozen=True)
class Advances:
    widths: dict[int, int]
    """Code point → advance width, in font units."""
    default: int
    """The width of a character the font lacks (its .notdef glyph)."""
    units: int
    """Font units per em."""


def build() -> dict[str, Any]:
    """The metrics, read from the font files with fontTools (for the file and its test)."""
    from fontTools.ttLib import TTFont

    covered: set[int] = set()
    for name in COVERING_FONTS:
        font = TTFont(FONTS_DIR / name, lazy=True)
        try:
            covered.update(font.getBestCmap())
        finally:
            font.close()
    font = TTFont(FONTS_DIR / MEASURED_FONT, lazy=True)
    try:
        hmtx = font["hmtx"].metrics
        widths = {code: hmtx[name][0] for code, name in font.getBestCmap().items()}
        default, units = hmtx[".notdef"][0], font["head"].unitsPerEm
    finally:
        font.close()
    return {
        "covered": sorted(covered),
        "advances": {
            "font": MEASURED_FONT,
            "units": units,
            "default": default,
            "widths": sorted(widths.items()),
        },
    }


@lru_cache(maxsize=1)
def _read() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(METRICS_FILE.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Every code point that has a glyph in one of the bundled fonts."""
    return frozenset(_read()["covered"])


@lru_cache(maxsize=1)
def advances() -> Advances:
    raw = _read()["advances"]
    return Advances({code: width for code, width in raw["widths"]}, raw["default"], raw["units"])


if __name__ == "__main__":
    METRICS_FILE.write_text(json.dumps(build(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {METRICS_FILE}")
