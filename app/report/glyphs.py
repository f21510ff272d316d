"""Keep user text to characters the bundled fonts can draw.

A character no bundled font has (most emoji, say) would make Pango fall back to whatever
the machine has installed, or to an empty box; either way the PDF would differ between
machines, and WeasyPrint then writes a custom font encoding that text extractors misread.
Control characters never print: a terminal escape sequence is removed whole (`app.domain.controls`).
So such a character is printed as its code point, `[U+1F389]`: visible, searchable text
that says exactly what was typed. Invisible joiners and variation selectors are dropped,
also where a font has a glyph for them: a zero-width joiner between two such code points
makes one shaping cluster of the whole run, and the PDF's text layer then maps a single
glyph to kilobytes of text that no extractor reads.
"""

from __future__ import annotations

import unicodedata

from app.domain.controls import MULTILINE, without_controls
from app.report.font_metrics import covered

__all__ = ["covered", "printable"]

# Direction marks and isolates: shaped by Pango without needing a glyph.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_KEEP = frozenset("\n\t ")


def printable(text: str) -> str:
    """`text` with every character the bundled fonts lack written as `[U+XXXX]`."""
    have = covered()
    out = []
    for ch in without_controls(text, keep=MULTILINE):  # an escape sequence goes whole
        if unicodedata.category(ch) == "Cf" and ch not in BIDI_CONTROLS:
            continue  # joiners even where the font has them: they glue text into one glyph run
        if ord(ch) in have or ch in _KEEP or ch in BIDI_CONTROLS:
            out.append(ch)
        elif unicodedata.category(ch) in ("Cf", "Mn", "Cc") or "VARIATION SELECTOR" in unicodedata.name(
            ch, ""
        ):
            continue  # invisible: joiners, selectors, control characters
        else:
            out.append(f"[U+{ord(ch):04X}]")
    return "".join(out)
