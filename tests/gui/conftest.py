"""GUI fixtures: a small questionnaire with every question kind, and a fresh language per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.content import Content, check, shipped
from app.gui.i18n import set_language

GUI_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def small_content() -> Content:
    content, problems = check([GUI_DATA / "content"])
    assert content is not None, problems
    return content


@pytest.fixture(scope="session")
def shipped_content() -> Content:
    """The questionnaire people really see (for paging, timing and keyboard walks)."""
    return shipped()


@pytest.fixture(autouse=True)
def english_ui(qapp: object) -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")
