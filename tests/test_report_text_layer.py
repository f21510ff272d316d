"""Issue #14 item 19: a name of emoji joined with zero-width joiners keeps the PDF's text
layer readable on every page, and gap notes are checked and filtered like every other text."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app import content
from app.report import html_for, pdf_bytes
from app.report.glyphs import printable
from app.storage.answer_files import AnswerFileError, parse_answer_data

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "en_communication_graduate_community.json"
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"


def answers(name: str, gap_notes: dict[str, str] | None = None) -> dict[str, object]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["respondent"]["name"] = name
    data["counsellor"] = {"notes": "", "gap_notes": gap_notes or {}}
    return data


def test_joiners_are_dropped_even_where_the_font_has_them() -> None:
    assert printable(FAMILY) == "[U+1F469][U+1F469][U+1F467][U+1F466]"


def test_an_emoji_name_keeps_every_page_extractable() -> None:
    shipped = content.shipped()
    name = FAMILY * 20 + " Anna Berg"
    answer_file = parse_answer_data(answers(name, {"seo": "\U0001f469\u200d\U0001f4bb read up"}), shipped)
    pdf = PdfReader(io.BytesIO(pdf_bytes(html_for(answer_file, shipped, lang="en"))))
    for number, page in enumerate(pdf.pages, start=1):
        text = page.extract_text()
        assert "[U+1F469]" in text, number  # the footer's name, cut, on every page
        resources: Any = page["/Resources"]  # pypdf types a dictionary entry as a bare PdfObject
        for font in resources["/Font"].values():
            unicode_map = font.get_object().get("/ToUnicode")
            if unicode_map is not None:
                longest = max(len(line) for line in unicode_map.get_object().get_data().split(b"\n"))
                assert longest < 200, (number, longest)
    everything = "".join(page.extract_text() for page in pdf.pages)
    assert "Anna" in everything and "[U+1F469][U+1F4BB] read up" in everything


def test_gap_notes_for_unknown_competencies_are_refused() -> None:
    with pytest.raises(AnswerFileError) as info:
        parse_answer_data(answers("Anna", {"seo": "ok", "<b>not a competency</b>": "x"}), content.shipped())
    assert info.value.lines("en") == [
        "<answers>: counsellor.gap_notes.<b>not a competency</b>: no such question in the questionnaire"
    ]
