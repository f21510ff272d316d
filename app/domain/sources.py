"""The source articles every fact, question, profile and path traces back to."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.domain.text import LocalizedText

SourceId = Annotated[str, StringConstraints(pattern=r"^\d{3}_[0-9a-f]{16}\.txt$")]
Sources = Annotated[list[SourceId], Field(min_length=1)]
OwnOrSources = list[SourceId]
"""A question's sources: the key must be there, and `[]` says that no article speaks to it
(the question is the product's own, e.g. how much time the person has)."""


class SourceArticle(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: SourceId
    short: Annotated[str, StringConstraints(pattern=r"^S\d+$")]
    title: str
    short_title: LocalizedText | None = None
    """A few words on what the article is about, in each language (the wizard shows it)."""
    publisher: LocalizedText | None = None
    """Who published or wrote it, when the text says; None when it does not."""
    language: Literal["sv", "nl", "en"]
    summary: LocalizedText


class SourceCatalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["sources"]
    version: int = 1
    articles: Annotated[list[SourceArticle], Field(min_length=1)]
