"""Control characters in what people type (names, contact details, notes).

Decided once: they are refused where text comes in (an answer file read, a client's details
or a note stored), each refusal one located line; and removed where text goes out (the PDF,
a terminal line), for text that came in before this check or past it. A terminal escape
sequence is removed whole: dropping only its ESC would leave "[31m" in the text.
Multi-line fields (notes) keep their line breaks and tabs. The GUI's name fields use this
module before their first paint: it imports nothing heavy at its top.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.problems import Problem

MULTILINE = "\n\t"
"""What a multi-line field may hold besides printable text."""
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI: colours, cursor moves
    r"|[\x1b\x9d][\]P_^X][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, APC, PM, SOS strings
    r"|\x1b[ -/]*[0-~]?"  # two-character escapes (ESC c, ESC ( B …)
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # CSI as one C1 character
)


def first_control(text: str, *, multiline: bool = False) -> str | None:
    """The first C0 or C1 control character in `text` (a multi-line field may hold MULTILINE)."""
    keep = MULTILINE if multiline else ""
    return next((c for c in text if unicodedata.category(c) == "Cc" and c not in keep), None)


def control_problem(text: str, where: str, *, multiline: bool = False) -> Problem | None:
    """The refusal of a text holding a control character, located at `where`; None when clean."""
    from app.domain.problems import Problem  # pydantic: not before the GUI's first paint

    char = first_control(text, multiline=multiline)
    return None if char is None else Problem("control_char", where, {"char": code_point(char)})


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def without_controls(text: str, keep: str = "") -> str:
    """`text` without terminal escape sequences and control characters (but those in `keep`)."""
    text = _ESCAPES.sub("", text)
    return "".join(c for c in text if c in keep or unicodedata.category(c) != "Cc")
