"""Answer file → HTML (jinja2) → PDF (WeasyPrint), written atomically.

WeasyPrint is imported inside `pdf_bytes` only: importing this module (or the app) stays cheap.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.analysis import analyze
from app.content import Content
from app.domain.answers import AnswerFile
from app.domain.text import Language
from app.report.templates import MAIN_TEMPLATE, TEMPLATE_DIR, environment
from app.report.view import ProgressData, build_view
from app.storage.atomic import write_atomic

if TYPE_CHECKING:
    from app.report.fetcher import BundledOnlyFetcher

PDF_VARIANT = "pdf/ua-1"


def allowed_folders() -> list[Path]:
    """The only folders the renderer may read from."""
    return [TEMPLATE_DIR, paths.RESOURCES]


def html_for(
    answer_file: AnswerFile,
    content: Content,
    *,
    lang: Language | None = None,
    profile_id: str | None = None,
    progress: ProgressData | None = None,
    today: dt.date | None = None,
) -> str:
    """The report as an HTML string (what `render_pdf` prints). Raises UnknownProfileError."""
    analysis = analyze(answer_file.answers, content, profile_id, answer_file.language)
    view = build_view(
        answer_file,
        analysis,
        content,
        lang or answer_file.language,
        today=today or dt.date.today(),
        progress=progress,
    )
    return environment().get_template(MAIN_TEMPLATE).render(v=view)


def pdf_bytes(html: str, fetcher: BundledOnlyFetcher | None = None) -> bytes:
    """Render HTML to a tagged PDF; every resource goes through the locked-down fetcher.

    No `stylesheets=`, `attachments=` or metadata options: the document's own <title> and
    lang (fixed, localised strings) are all the metadata it gets. Every table header cell
    gets a /Scope on the way out (`table_scope`).
    """
    from weasyprint import HTML

    from app.report.fetcher import BundledOnlyFetcher
    from app.report.table_scope import add_header_scopes

    document = HTML(
        string=html,
        base_url=TEMPLATE_DIR.as_uri() + "/",
        url_fetcher=fetcher or BundledOnlyFetcher(allowed_folders()),
    )
    pdf = document.write_pdf(pdf_variant=PDF_VARIANT, finisher=add_header_scopes)
    assert isinstance(pdf, bytes)
    return pdf


def render_pdf(
    answer_file: AnswerFile,
    content: Content,
    out: Path,
    *,
    lang: Language | None = None,
    profile_id: str | None = None,
    progress: ProgressData | None = None,
) -> None:
    """Write the development plan to `out`; the old file stays intact until the new one is whole."""
    html = html_for(answer_file, content, lang=lang, profile_id=profile_id, progress=progress)
    write_atomic(out, pdf_bytes(html), backup=False)
