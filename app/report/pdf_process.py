"""The `report` command's PDF process: WeasyPrint loads in it while the main process reads the
content and the answers and builds the HTML; then it renders that HTML.

Loading WeasyPrint (and Pango through it) and preparing the HTML are each a few tenths of a
second of work; side by side, on two cores, a whole `report` takes little longer than the bare
render (benchmarks/bench_report.py). On Linux the process is forked at the very start of the
command, when the main process has loaded nothing but the command line (no Pango, no threads,
no Qt), which costs next to nothing; elsewhere it is spawned, as batch workers are. Should it
fail to start or die, the main process renders in-process instead, as the GUI does.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from multiprocessing.connection import Connection
from typing import Any

from app.languages import Language


def _serve(conn: Connection, lang: Language) -> None:
    """In the PDF process: load WeasyPrint, say whether it works, then render one HTML string."""
    from app.report.pango import pdf_engine_problem

    missing = pdf_engine_problem(lang)
    conn.send(missing)
    if missing:
        return
    from app.report.pdf import pdf_bytes

    html = conn.recv()
    if html is not None:
        conn.send(pdf_bytes(html))


class PdfProcess:
    def __init__(self, lang: Language) -> None:
        alone = threading.active_count() == 1  # never fork a process that runs other threads
        method = "fork" if sys.platform.startswith("linux") and alone else "spawn"
        context: Any = multiprocessing.get_context(method)
        self._conn, child = context.Pipe()
        self._process: Any = context.Process(target=_serve, args=(child, lang), daemon=True)
        self._process.start()
        child.close()
        self._missing: str | None = None
        self._ready = False

    def missing_pango(self) -> str | None:
        """None when the PDF process loaded WeasyPrint; otherwise the install hint. Raises
        EOFError or OSError when the process died."""
        if not self._ready:
            self._missing = self._conn.recv()
            self._ready = True
        return self._missing

    def render(self, html: str) -> bytes:
        """The PDF of `html`. Raises EOFError or OSError when the process died."""
        self._conn.send(html)
        pdf = self._conn.recv()
        assert isinstance(pdf, bytes)
        return pdf

    def close(self) -> None:
        """Stop the process (a no-op once it has rendered)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._conn.close()


_started: PdfProcess | None = None


def start(lang: Language) -> None:
    """Start the PDF process now, before the parser loads the rest of the app."""
    global _started
    try:
        _started = PdfProcess(lang)
    except OSError:
        _started = None  # `take` then gives None and the report renders in-process


def take() -> PdfProcess | None:
    """The PDF process `start` made, if any (each is used once)."""
    global _started
    process, _started = _started, None
    return process
