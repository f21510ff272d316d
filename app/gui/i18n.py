"""The UI language: our Qt Linguist catalogue plus Qt's own for the standard buttons.

Installing or removing translators makes Qt send `QEvent.LanguageChange` to every widget;
pages relabel themselves in `retranslate()` (the `Retranslating` mixin). Content texts
(questions, options) come from the data in the language returned by `current_language()`.
English is the source language; its catalogue holds only the plural forms.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import paths
from app.languages import LANGUAGES, LOCALES, Language

I18N_DIR = paths.RESOURCES / "i18n"
LANGUAGE_NAMES: dict[Language, str] = {"sv": "Svenska", "nl": "Nederlands", "en": "English"}
"""Each language named in itself, so a user finds their own whatever the UI language."""


class _State:
    language: ClassVar[Language] = "en"
    translators: ClassVar[list[QTranslator]] = []


def current_language() -> Language:
    return _State.language


def set_language(lang: Language) -> None:
    """Switch the UI language; every widget gets a LanguageChange event and relabels."""
    app = QCoreApplication.instance()
    if lang not in LANGUAGES or app is None:
        return
    _State.language = lang
    QLocale.setDefault(QLocale(LOCALES[lang]))
    for old in _State.translators:
        app.removeTranslator(old)
    _State.translators = []
    # English is the source language; its catalogue holds only the plural forms (%n).
    catalogues = [(f"smm_career_{lang}", str(I18N_DIR))]
    if lang != "en":
        catalogues.insert(0, (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            _State.translators.append(translator)
            app.installTranslator(translator)
    # Qt only posts LanguageChange while its event loop runs (and not at all for content
    # texts when no catalogue changes): relabel everything now, synchronously.
    for widget in QApplication.topLevelWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def show_date(day: dt.date | None, *, long: bool = False) -> str:
    """A date in the UI language's own format (Qt's locale follows `set_language`)."""
    if day is None:
        return ""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), kind)
