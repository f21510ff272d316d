"""The PDF development plan: view-model, radar chart, jinja2 HTML and a locked-down WeasyPrint.

Importing this package does not import WeasyPrint; that happens when a PDF is made.
"""

from app.report.pango import weasyprint_available
from app.report.radar import RadarSeries, radar_svg
from app.report.render import html_for, pdf_bytes, render_pdf
from app.report.view import ProgressData

__all__ = [
    "ProgressData",
    "RadarSeries",
    "html_for",
    "pdf_bytes",
    "radar_svg",
    "render_pdf",
    "weasyprint_available",
]
