"""The three languages the product speaks (kept free of pydantic so start-up can use it cheaply)."""

from __future__ import annotations

from typing import Literal

Language = Literal["sv", "nl", "en"]
LANGUAGES: tuple[Language, ...] = ("sv", "nl", "en")
LOCALES: dict[Language, str] = {"sv": "sv_SE", "nl": "nl_NL", "en": "en_GB"}
"""The locale each language formats dates and numbers in, in the GUI and the PDF alike."""
