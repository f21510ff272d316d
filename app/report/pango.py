"""Can this machine make PDFs? WeasyPrint needs Pango from the operating system."""

from __future__ import annotations

import contextlib
import io
import sys

from app.i18n import translator
from app.languages import Language

INSTALL_HINTS: dict[str, str] = {
    "debian": "Debian/Ubuntu: sudo apt install libpango-1.0-0 libpangoft2-1.0-0",
    "fedora": "Fedora: sudo dnf install pango",
    "darwin": "macOS: brew install pango",
    "win32": "Windows: install MSYS2, then pacman -S mingw-w64-x86_64-pango",
}


def _hints() -> list[str]:
    """The hint for this platform first, then the others (the message may be read elsewhere)."""
    if sys.platform == "darwin":
        first = "darwin"
    elif sys.platform == "win32":
        first = "win32"
    else:
        first = "debian"
    return [INSTALL_HINTS[first]] + [h for k, h in INSTALL_HINTS.items() if k != first]


def pdf_engine_problem(lang: Language = "en") -> str | None:
    """What stops this machine making PDFs, as one line saying what to install; None when
    WeasyPrint and Pango load.

    Imports WeasyPrint, so call it only when a report is about to be made.
    """
    try:
        # Before it fails, WeasyPrint prints a banner pointing at its own install docs to stdout;
        # the line returned here says what to install instead.
        with contextlib.redirect_stdout(io.StringIO()):
            import weasyprint  # noqa: F401
    except (OSError, ImportError) as exc:
        detail = " ".join(str(exc).split())[:160] or type(exc).__name__
        return translator(lang).gettext(
            "Cannot make PDFs: WeasyPrint could not load the Pango text library ({detail}). "
            "Install it with {hints}",
            detail=detail,
            hints="; ".join(_hints()),
        )
    return None
