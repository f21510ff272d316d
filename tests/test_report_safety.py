"""Hostile answer files give a PDF that shows their text as text, embeds nothing and reads
nothing outside the bundled folders; the fetcher refuses everything else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import content, paths
from app.report import html_for, pdf_bytes
from app.report.fetcher import BundledOnlyFetcher, RefusedURL
from app.report.glyphs import printable
from app.report.render import allowed_folders
from app.report.templates import TEMPLATE_DIR, environment
from app.storage.answer_files import parse_answer_data

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "en_journalist_no_degree_partial.json"

IMG = '<img src="file:///etc/passwd">'
LINK = '<link rel="attachment" href="file:///etc/passwd">'
STYLE = "<style>@import url(file:///etc/passwd)</style>"
LONG_WORD = "Z" * 5000
HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
EMOJI = "🎉"


def _hostile_answers() -> dict[str, object]:
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["respondent"] = {"name": f"{IMG} {HEBREW} {EMOJI}"}
    raw["counsellor"] = {
        "notes": f"{STYLE}\n\n{LINK}\n\n{LONG_WORD}\n\n{ARABIC} and English {EMOJI}",
        "gap_notes": {"customer_service": IMG},
        "next_meeting": "2030-01-31",
    }
    return raw


@pytest.fixture(scope="module")
def hostile_pdf() -> tuple[bytes, BundledOnlyFetcher, str]:
    shipped = content.shipped()
    answer_file = parse_answer_data(_hostile_answers(), shipped, "hostile.json")
    html = html_for(answer_file, shipped, lang="en")
    fetcher = BundledOnlyFetcher(allowed_folders())
    return pdf_bytes(html, fetcher), fetcher, html


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def test_markup_in_user_text_is_printed_as_text(
    hostile_pdf: tuple[bytes, BundledOnlyFetcher, str], tmp_path: Path
) -> None:
    pdf, _, _ = hostile_pdf
    text = _text(pdf, tmp_path)
    flat = text.replace("\n", " ")
    for snippet in (IMG, STYLE, LINK):
        assert snippet in flat, snippet
    assert HEBREW in text
    assert ARABIC in text or "بالعالم" in text
    assert "[U+1F389]" in text  # the emoji is shown as its code point (no bundled font has it)
    assert text.count("Z") >= 5000  # the long word is there in full, wrapped


def test_nothing_is_embedded_and_no_local_file_is_read(
    hostile_pdf: tuple[bytes, BundledOnlyFetcher, str],
) -> None:
    pdf, fetcher, _ = hostile_pdf
    assert b"root:x:0:0" not in pdf
    assert b"/EmbeddedFiles" not in pdf
    assert b"/FileAttachment" not in pdf
    assert b"/AF " not in pdf and b"/AF[" not in pdf
    assert fetcher.refused == []
    allowed = [str(f.resolve()) for f in allowed_folders()]
    for url in fetcher.requested:
        assert url.startswith("data:") or any(url.startswith(Path(a).as_uri()) for a in allowed), url
    assert any(url.endswith("plan.css") for url in fetcher.requested)


def test_html_escapes_user_text(hostile_pdf: tuple[bytes, BundledOnlyFetcher, str]) -> None:
    _, _, html = hostile_pdf
    assert IMG not in html and LINK not in html and "<style>" not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert environment().autoescape is True


def test_title_metadata_is_fixed_not_the_name(
    hostile_pdf: tuple[bytes, BundledOnlyFetcher, str], tmp_path: Path
) -> None:
    pdf, _, _ = hostile_pdf
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    metadata = PdfReader(path).metadata
    assert metadata is not None and metadata.title == "Development plan"
    assert "passwd" not in str(dict(metadata))


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        (TEMPLATE_DIR / ".." / ".." / ".." / "etc" / "passwd").as_uri(),
        TEMPLATE_DIR.as_uri() + "/../../pyproject.toml",
        "http://127.0.0.1:9/x.css",
        "https://example.com/font.ttf",
        "ftp://example.com/x",
        "file://otherhost" + str(TEMPLATE_DIR / "plan.css"),
    ],
)
def test_fetcher_refuses_everything_outside_the_bundle(url: str) -> None:
    fetcher = BundledOnlyFetcher(allowed_folders())
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_fetcher_allows_data_urls_and_bundled_files() -> None:
    fetcher = BundledOnlyFetcher(allowed_folders())
    css = fetcher.fetch((TEMPLATE_DIR / "plan.css").as_uri())
    assert b"@page" in css.read()
    font = fetcher.fetch((paths.RESOURCES / "fonts" / "LiberationSans-Regular.ttf").as_uri())
    assert len(font.read()) > 10_000
    data = fetcher.fetch("data:text/plain;base64,aGVsbG8=")
    assert data.read() == b"hello"
    assert fetcher.refused == []


def test_fetcher_does_not_follow_a_symlink_out_of_an_allowed_folder(tmp_path: Path) -> None:
    allowed = tmp_path / "bundle"
    allowed.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    (allowed / "link.css").symlink_to(secret)
    fetcher = BundledOnlyFetcher([allowed])
    with pytest.raises(RefusedURL):
        fetcher.fetch((allowed / "link.css").as_uri())


def test_printable_keeps_what_the_fonts_have_and_names_the_rest() -> None:
    assert printable("Åsa Öberg-Ñúñez") == "Åsa Öberg-Ñúñez"
    assert printable(HEBREW) == HEBREW
    assert printable(ARABIC) == ARABIC
    woman_technologist = printable("hi 👩\u200d💻\ufe0f!")
    assert woman_technologist.startswith("hi [U+1F469]")
    assert woman_technologist.endswith("[U+1F4BB]!")  # the variation selector is dropped
    assert printable("a\u0007b") == "ab"
