"""Text in the three languages the product speaks."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from app.languages import LANGUAGES, Language

__all__ = ["LANGUAGES", "Language", "LocalizedText", "NonEmpty"]

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class LocalizedText(BaseModel):
    """One sentence or label, written in Swedish, Dutch and English."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sv: NonEmpty
    nl: NonEmpty
    en: NonEmpty

    def get(self, lang: Language) -> str:
        return str(getattr(self, lang))
