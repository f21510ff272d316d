"""Answer file → HTML (jinja2) → PDF (WeasyPrint, in `pdf`), written atomically.

WeasyPrint is imported inside `pdf_bytes` only: importing this module (or the app) stays cheap.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.analysis import analyze_file
from app.content import Content
from app.domain.answers import AnswerFile
from app.domain.text import Language
from app.report.pdf import PDF_VARIANT, allowed_folders, pdf_bytes
from app.report.templates import MAIN_TEMPLATE, environment, translations
from app.report.view import ProgressData, build_view
from app.storage.atomic import write_atomic

__all__ = ["PDF_VARIANT", "allowed_folders", "html_for", "pdf_bytes", "render_pdf"]


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
    analysis = analyze_file(answer_file, content, profile_id)
    view = build_view(
        answer_file,
        analysis,
        content,
        lang or answer_file.language,
        today=today or dt.date.today(),
        progress=progress,
    )
    return environment().get_template(MAIN_TEMPLATE).render(v=view, **translations(view.lang))


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
