"""The sentences of the Qt-free code (domain, storage, analysis, report, CLI, report templates)
in the reader's language, through gettext.

Where a sentence lives:
- content (questions, levels, learning paths, scenarios, sources): the YAML data, keyed by language;
- widgets: Qt Linguist (`self.tr`, `resources/i18n/*.ts`);
- everything else: here. The English text is the msgid; `app/locale/{sv,nl}/LC_MESSAGES/smm_career.po`
  hold the translations, compiled to `.mo` beside them (committed; a test checks they match).

Placeholders are Python braces (`{name}`), filled after translation, so a translator may move them.
No global language switch: the GUI, batch workers and tests use several languages in one process,
so every caller asks for `translator(lang)` and keeps it. The one exception is `global_domain`, for
argparse, which translates its own frame through gettext's global text domain.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from app.languages import Language

DOMAIN = "smm_career"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def N_(message: str) -> str:
    """Marks `message` for extraction without translating it (stable codes map to these)."""
    return message


class Translator:
    """The sentences in one language: `_("Page {page} of {pages}", page=1, pages=3)`."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        # English is the msgid itself; a missing sv/nl catalogue is an error, never silent English.
        self._catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=lang == "en")

    def __call__(self, message: str, /, **params: object) -> str:
        return self.gettext(message, **params)

    def gettext(self, message: str, /, **params: object) -> str:
        return _fill(self._catalogue.gettext(message), params)

    def ngettext(self, singular: str, plural: str, n: int, /, **params: object) -> str:
        """The form for `n`; `{n}` in the text is filled with it unless given otherwise."""
        return _fill(self._catalogue.ngettext(singular, plural, n), {"n": n, **params})

    def pgettext(self, context: str, message: str, /, **params: object) -> str:
        return _fill(self._catalogue.pgettext(context, message), params)


def _fill(text: str, params: dict[str, object]) -> str:
    return text.format(**params) if params else text


@cache
def translator(lang: Language) -> Translator:
    """One translator per language, loaded once per process."""
    return Translator(lang)


@contextmanager
def global_domain(lang: Language) -> Iterator[None]:
    """While inside, gettext's module-level `gettext`/`ngettext` (argparse's `_`) use our catalogue
    in `lang`: our domain is bound as the global text domain (`gettext.textdomain`), and `LANGUAGE`,
    which Python's gettext reads first, is set to `lang`, so the caller's choice (`locale_pick`)
    wins over gettext's own reading of the environment. Both are restored on leaving."""
    domain, language = gettext.textdomain(), os.environ.get("LANGUAGE")
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        gettext.textdomain(domain)
        if language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = language
