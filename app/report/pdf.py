"""HTML to a tagged PDF (WeasyPrint, through the locked-down fetcher). Light to import: WeasyPrint
itself is imported when `pdf_bytes` runs, so the `report` command's PDF process can load it
while the main process prepares the HTML."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app import paths

if TYPE_CHECKING:
    from app.report.fetcher import BundledOnlyFetcher

TEMPLATE_DIR = paths.REPORT_TEMPLATES / "development_plan"
PDF_VARIANT = "pdf/ua-1"


def allowed_folders() -> list[Path]:
    """The only folders the renderer may read from."""
    return [TEMPLATE_DIR, paths.RESOURCES]


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
