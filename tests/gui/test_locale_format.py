"""The GUI formats dates as the PDF does, in each language (en is British English, day first)."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date
from PySide6.QtCore import QLocale

from app.gui.i18n import set_language, show_date
from app.languages import LOCALES, Language


@pytest.mark.parametrize("lang", ["sv", "nl", "en"])
def test_gui_dates_match_the_report(lang: Language) -> None:
    set_language(lang)
    day = dt.date(2026, 9, 2)
    assert QLocale().name() == LOCALES[lang]
    assert show_date(day) == format_date(day, format="short", locale=LOCALES[lang])
    assert "September" in show_date(day, long=True) or "september" in show_date(day, long=True)


def test_english_puts_the_day_first() -> None:
    set_language("en")
    assert show_date(dt.date(2026, 9, 2)) == "02/09/2026"
