"""Each example in each language: the PDF's extracted text per section against golden files,
its page count, tags, language and title.

Regenerate the golden files after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_report_golden.py`
and read the diff before committing it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_date
from pypdf import PdfReader

from app import content
from app.domain.text import LANGUAGES, Language
from app.i18n import translator
from app.languages import LOCALES
from app.report import render_pdf
from app.storage.answer_files import read_answer_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
GOLDEN = ROOT / "tests" / "golden" / "report"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# Section headings in the order the plan prints them (notes only when the file has them).
SECTIONS = {
    "summary": "Summary",
    "radar_title": "Your ratings against the target",
    "cal_title": "Your ratings checked against the evidence",
    "gaps_title": "Gaps against the target",
    "benchmarks_title": "Benchmarks",
    "success_title": "Success factors",
    "plan_title": "Your development plan",
    "notes_title": "Notes from your counsellor",
    "sources_title": "Sources",
}
"""Section → its heading (the English msgid), in the order the plan prints them."""


def _pdf_text(reader: PdfReader) -> str:
    pages = [page.extract_text() or "" for page in reader.pages]
    return "\n\f\n".join(pages)


def _normalise(text: str, lang: Language, today: dt.date) -> str:
    """The date the PDF was made is the only thing that changes from day to day."""
    return text.replace(format_date(today, format="long", locale=LOCALES[lang]), "<DATE>")


def _split_sections(text: str, lang: Language) -> dict[str, str]:
    """Text between consecutive section headings, keyed by section (cover = before the first)."""
    t = translator(lang)
    positions = []
    for key in SECTIONS:
        # A heading is a line of its own; the first such line after the previous heading.
        match = re.search(rf"^{re.escape(t(SECTIONS[key]))}$", text, flags=re.MULTILINE)
        if match:
            positions.append((match.start(), key))
    positions.sort()
    keys = [k for _, k in positions]
    assert keys == [k for k in SECTIONS if k in keys], f"sections out of order: {keys}"
    out = {"cover": text[: positions[0][0]] if positions else text}
    for i, (start, key) in enumerate(positions):
        end = positions[i + 1][0] if i + 1 < len(positions) else len(text)
        out[key] = text[start:end]
    return out


@pytest.fixture(scope="module")
def shipped() -> content.Content:
    return content.shipped()


@pytest.fixture(scope="module")
def rendered(
    tmp_path_factory: pytest.TempPathFactory, shipped: content.Content
) -> dict[tuple[str, str], tuple[Path, str]]:
    """Every example rendered once in every language: (example, lang) → (pdf, name)."""
    out_dir = tmp_path_factory.mktemp("pdfs")
    made: dict[tuple[str, str], tuple[Path, str]] = {}
    for example in EXAMPLES:
        answer_file = read_answer_file(example, shipped)
        for lang in LANGUAGES:
            out = out_dir / f"{example.stem}.{lang}.pdf"
            render_pdf(answer_file, shipped, out, lang=lang)
            made[(example.stem, lang)] = (out, answer_file.respondent.name)
    return made


@dataclass(frozen=True)
class Extracted:
    """What the text tests need from one PDF, read from it once."""

    pdf: Path
    name: str
    text: str
    pages: int


@pytest.fixture(scope="module")
def extracted(
    rendered: dict[tuple[str, str], tuple[Path, str]],
) -> Callable[[str, Language], Extracted]:
    """(example, lang) → its PDF's text, extracted on first use only (pypdf takes about 0.4 s a PDF)."""

    @cache
    def get(example: str, lang: Language) -> Extracted:
        pdf, name = rendered[(example, lang)]
        reader = PdfReader(pdf)
        return Extracted(pdf, name, _pdf_text(reader), len(reader.pages))

    return get


def test_there_are_examples_to_check() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("example", [e.stem for e in EXAMPLES])
def test_section_text_matches_golden_file(
    extracted: Callable[[str, Language], Extracted], example: str, lang: Language
) -> None:
    made = extracted(example, lang)
    text = _normalise(made.text, lang, dt.date.today())
    sections = _split_sections(text, lang)
    body = "".join(f"===== {key}\n{value.strip()}\n" for key, value in sections.items())
    golden = GOLDEN / f"{example}.{lang}.txt"
    header = f"pages: {made.pages}\n"
    if UPDATE or not golden.exists():
        if not UPDATE:
            pytest.fail(f"{golden} is missing; run with UPDATE_GOLDEN=1 to create it")
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(header + body, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    assert header + body == expected


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("example", [e.stem for e in EXAMPLES])
def test_every_section_is_there_in_the_language(
    extracted: Callable[[str, Language], Extracted], example: str, lang: Language
) -> None:
    made = extracted(example, lang)
    pdf, name, text = made.pdf, made.name, made.text
    t = translator(lang)
    sections = _split_sections(text, lang)
    for key in (
        "summary",
        "radar_title",
        "gaps_title",
        "benchmarks_title",
        "success_title",
        "plan_title",
        "sources_title",
    ):
        assert key in sections, f"{t(SECTIONS[key])!r} missing in {pdf.name}"
    assert name in sections["cover"]
    assert t("Page {page} of {pages}", page=2, pages=made.pages) in text
    assert format_date(dt.date.today(), format="long", locale=LOCALES[lang]) in sections["cover"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_is_tagged_with_language_and_a_fixed_title(
    rendered: dict[tuple[str, str], tuple[Path, str]], lang: Language
) -> None:
    pdf, name = rendered[(EXAMPLES[0].stem, lang)]
    reader = PdfReader(pdf)
    root: Any = reader.trailer["/Root"]  # pypdf types a dictionary entry as a bare PdfObject
    assert "/StructTreeRoot" in root
    assert bool(root["/MarkInfo"]["/Marked"]) is True
    assert root["/Lang"] == lang
    assert reader.metadata is not None
    assert reader.metadata.title == translator(lang)("Development plan")
    assert name not in str(reader.metadata)
    assert len(reader.pages) >= 5
    first = reader.pages[0].mediabox
    assert (round(float(first.width)), round(float(first.height))) == (595, 842)  # A4 in points


def test_only_bundled_fonts_are_embedded(rendered: dict[tuple[str, str], tuple[Path, str]]) -> None:
    pdf, _ = rendered[(EXAMPLES[0].stem, "sv")]
    reader = PdfReader(pdf)
    fonts = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    assert fonts, "no fonts found"
    assert all(f.startswith(("Liberation-Sans", "Noto-Sans-Arabic")) for f in fonts), fonts


def test_counsellor_notes_and_next_meeting_are_printed(tmp_path: Path, shipped: content.Content) -> None:
    answer_file = read_answer_file(EXAMPLES[0], shipped)
    data = answer_file.model_copy(deep=True)
    from app.domain.answers import CounsellorNotes

    data.counsellor = CounsellorNotes(
        notes="Talk to the team lead about a rotation.",
        gap_notes={"customer_service": "Start with the evening shift."},
        next_meeting=dt.date(2030, 3, 14),
    )
    out = tmp_path / "notes.pdf"
    render_pdf(data, shipped, out, lang="nl")
    text = _pdf_text(PdfReader(out))
    sections = _split_sections(text, "nl")
    notes = sections["notes_title"]
    assert "Talk to the team lead about a rotation." in notes
    assert "Start with the evening shift." in notes
    assert "14 maart 2030" in notes
    assert translator("nl")("Next meeting") in notes


def test_outside_pdfua_checker_finds_nothing(rendered: dict[tuple[str, str], tuple[Path, str]]) -> None:
    """`pdfua check` (pinned in the dev group) on every example in every language: tagged,
    titled, in its language, and every table header cell carries a scope."""
    pdfs = [str(pdf) for pdf, _ in rendered.values()]
    checker = Path(sys.executable).with_name("pdfua")
    done = subprocess.run([str(checker), "check", "--quiet", *pdfs], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_row_and_column_headers_have_their_scope(rendered: dict[tuple[str, str], tuple[Path, str]]) -> None:
    """The cover's facts are row headers, the tables' column titles column headers."""
    import pikepdf

    pdf, _ = rendered[(EXAMPLES[0].stem, "en")]
    scopes: list[str] = []

    def walk(node: object) -> None:
        if not isinstance(node, pikepdf.Dictionary):
            return
        if node.get("/S") == "/TH":
            scopes.append(str(node.A.get("/Scope")))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            walk(kid)

    with pikepdf.open(pdf) as document:
        walk(document.Root.StructTreeRoot)
    assert scopes[:3] == ["/Row"] * 3
    assert "/Column" in scopes
    assert set(scopes) == {"/Row", "/Column"}
