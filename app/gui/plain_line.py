"""One-line fields where a person types a name or a short answer take no control characters
(`app.domain.controls`: the answer file and the store refuse them). A paste that brings some
is cleaned as it arrives: tabs and line breaks become spaces, a terminal escape sequence goes."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

from app.domain.controls import without_controls

_SPACED = "\t\n\r\v\f"


class PlainLine(QValidator):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        clean = without_controls(text, keep=_SPACED)
        for char in _SPACED:
            clean = clean.replace(char, " ")
        return QValidator.State.Acceptable, clean, min(pos, len(clean))


def plain_line(edit: QLineEdit) -> QLineEdit:
    """`edit`, cleaned of control characters as text is typed or pasted."""
    edit.setValidator(PlainLine(edit))
    return edit
