"""Slow work off the GUI thread, with its answer back on the GUI thread.

Like Anki's one background-operation helper: `BackgroundJob` runs a plain function on
Qt's thread pool and emits `done` (its result) or `failed` (a `Failure`) on the thread
that made the job. `pdf_job` is the job both PDF exports use: it first asks the same
questions the command line asks (may a PDF be written at this path, is there a PDF
engine) so a window never overwrites a file that is not a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.domain.os_reasons import reason_text
from app.domain.text import Language
from app.gui.i18n import current_language


class FailureKind(Enum):
    REFUSED = "refused"
    """The path may not receive a PDF (a folder, a file that is not a PDF)."""
    NO_ENGINE = "no_engine"
    """WeasyPrint cannot run: Pango is missing (the text says what to install)."""
    ERROR = "error"
    """The work itself failed (a disk error, a bug): shown, never a traceback."""


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    text: str


class JobFailed(Exception):
    """Raised by a job's function to end it with a failure the user is shown as it is."""

    def __init__(self, failure: Failure):
        super().__init__(failure.text)
        self.failure = failure


class _Runner(QRunnable):
    def __init__(self, job: BackgroundJob):
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run_here()


class BackgroundJob(QObject):
    """Runs `work` once on the thread pool. Keep a reference until `done` or `failed` arrives.

    The job has no parent on purpose: a closing widget must not delete it while its worker
    still runs; the worker's reference keeps it alive until the answer is sent.
    """

    done = Signal(object)
    """The function's result."""
    failed = Signal(object)
    """A `Failure`."""

    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self._work = work

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Runner(self))

    def run_here(self) -> None:
        """The job's body (on the worker thread; tests may call it directly)."""
        try:
            result = self._work()
        except JobFailed as exc:
            self.failed.emit(exc.failure)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            self.failed.emit(Failure(FailureKind.ERROR, f"{where}{reason_text(exc, current_language())}"))
        except Exception as exc:  # shown to the user, never a traceback
            self.failed.emit(Failure(FailureKind.ERROR, f"{type(exc).__name__}: {exc}"))
        else:
            self.done.emit(result)


def pdf_job(out: Path, lang: Language, render: Callable[[Path], None]) -> BackgroundJob:
    """A job that writes one PDF to `out` with `render`, after the command line's own checks;
    its result is `out`. WeasyPrint is imported by the worker, on the first PDF."""

    def work() -> Path:
        from app.report import pdf_engine_problem
        from app.report.output import out_problem

        if problem := out_problem(out, lang):
            raise JobFailed(Failure(FailureKind.REFUSED, problem))
        if hint := pdf_engine_problem(lang):
            raise JobFailed(Failure(FailureKind.NO_ENGINE, hint))
        try:
            render(out)
        except OSError as exc:
            raise JobFailed(Failure(FailureKind.ERROR, f"{out}: {reason_text(exc, lang)}")) from exc
        return out

    return BackgroundJob(work)


def making_pdf_text() -> str:
    """The one wording of "busy making a PDF", for every export."""
    return QCoreApplication.translate("BackgroundJob", "Making the PDF…")
