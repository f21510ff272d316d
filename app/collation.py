"""Names in the order a reader of the language expects (Swedish Å Ä Ö after Z), shared by the
command line and the counsellor view.

Qt's `QCollator` (ICU inside, so the same order on every platform and in the frozen app; no
QApplication needed) is the one Qt import outside the GUI: ruff allows it here only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

from app.domain.text import Language

T = TypeVar("T")
_LOCALES: dict[Language, str] = {"sv": "sv_SE", "nl": "nl_NL", "en": "en_GB"}


def collator(lang: Language) -> QCollator:
    """Case-insensitive, numbers in numeric order."""
    result = QCollator(QLocale(_LOCALES[lang]))
    result.setCaseSensitivity(result.caseSensitivity().CaseInsensitive)
    result.setNumericMode(True)
    return result


def sorted_by(items: Iterable[T], key: Callable[[T], str], lang: Language) -> list[T]:
    """`items` sorted by `key` in `lang`'s collation (a stable sort: equal names keep their order)."""
    order = collator(lang)
    return sorted(items, key=lambda item: order.sortKey(key(item)))
