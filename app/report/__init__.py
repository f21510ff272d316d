"""The PDF development plan: view-model, charts, jinja2 HTML and a locked-down WeasyPrint.

Importing this package imports nothing heavy: each name below is loaded on first use, so the
`report` command's PDF process (`pdf_process`) can start without the content, the analysis,
Babel or jinja2, and WeasyPrint is imported only when a PDF is made.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.report.charts import RadarSeries, radar_svg
    from app.report.pango import weasyprint_available
    from app.report.render import html_for, pdf_bytes, render_pdf
    from app.report.view import ProgressData

_WHERE = {
    "ProgressData": "app.report.view",
    "RadarSeries": "app.report.charts",
    "html_for": "app.report.render",
    "pdf_bytes": "app.report.render",
    "radar_svg": "app.report.charts",
    "render_pdf": "app.report.render",
    "weasyprint_available": "app.report.pango",
}

__all__ = [
    "ProgressData",
    "RadarSeries",
    "html_for",
    "pdf_bytes",
    "radar_svg",
    "render_pdf",
    "weasyprint_available",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    try:
        return import_module(f"{__name__}.{name}")  # a submodule, e.g. app.report.pango
    except ModuleNotFoundError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
