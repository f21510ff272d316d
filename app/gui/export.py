"""“Save PDF…”: render in a worker thread with a busy indicator, then offer to open the PDF.

WeasyPrint is imported by the worker on the first export, never at start-up. When Pango is
missing the user gets the install hint; the answers are untouched either way (they are
autosaved separately and only read here).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.content import Content
from app.domain.answers import AnswerFile
from app.domain.text import Language
from app.gui.elided import ElidedLabel
from app.gui.i18n import current_language
from app.gui.live_answers import LiveAnswers


class ExportSignals(QObject):
    done = Signal(str)
    """The PDF's path."""
    missing_pango = Signal(str)
    """The one-line install hint."""
    failed = Signal(str)


class ExportJob(QRunnable):
    """Renders one PDF from a snapshot of the answers (later edits do not race the worker)."""

    def __init__(self, answer_file: AnswerFile, content: Content, out: Path, lang: Language):
        super().__init__()
        self.answer_file = answer_file.model_copy(deep=True)
        self.content, self.out, self.lang = content, out, lang
        self.signals = ExportSignals()

    def run(self) -> None:
        from app.report import pdf_engine_problem, render_pdf

        hint = pdf_engine_problem(self.lang)
        if hint is not None:
            self.signals.missing_pango.emit(hint)
            return
        try:
            render_pdf(self.answer_file, self.content, self.out, lang=self.lang)
        except OSError as exc:
            self.signals.failed.emit(f"{self.out}: {exc.strerror or exc}")
        except Exception as exc:  # shown in a dialog, never a traceback; the answers stay as they are
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(str(self.out))


class ExportPanel(QWidget):
    finished = Signal(str)
    """After each export: the PDF path, or "" when none was written (for tests and callers)."""

    def __init__(self, content: Content, answers: LiveAnswers, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.answers = answers
        self.job: ExportJob | None = None
        self.button = QPushButton()
        self.button.setObjectName("save_pdf")
        self.button.clicked.connect(self.ask_and_export)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.status = ElidedLabel()
        self.status.setObjectName("export_status")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.busy)
        layout.addWidget(self.status, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Save &PDF…"))
        self.busy.setAccessibleName(self.tr("Making the PDF"))

    def suggested_path(self) -> Path:
        name = self.answers.answer_file.respondent.name.strip() or self.tr("development-plan")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "plan"
        return Path.home() / f"{safe}.pdf"

    def ask_and_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(self.suggested_path()), self.tr("PDF files (*.pdf)")
        )
        if name:
            out = Path(name)
            self.export_to(out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf"))

    def export_to(self, out: Path) -> None:
        """Start rendering in the background; the window stays usable meanwhile."""
        if self.job is not None:
            return
        self.job = ExportJob(self.answers.answer_file, self.content, out, current_language())
        self.job.signals.done.connect(self._done)
        self.job.signals.missing_pango.connect(self._missing_pango)
        self.job.signals.failed.connect(self._failed)
        self.button.setEnabled(False)
        self.busy.show()
        self.status.set_full_text(self.tr("Making the PDF…"))
        QThreadPool.globalInstance().start(self.job)

    def _finish(self, text: str) -> None:
        self.job = None
        self.button.setEnabled(True)
        self.busy.hide()
        self.status.set_full_text(text)

    def _done(self, path: str) -> None:
        self._finish(self.tr("Saved: {path}").format(path=path))
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("PDF saved"),
            self.tr("The development plan was saved as\n{path}\n\nOpen it now?").format(path=path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self,
        )
        box.setObjectName("pdf_saved_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: result == QMessageBox.StandardButton.Open
            and QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        )
        box.open()
        self.finished.emit(path)

    def _missing_pango(self, hint: str) -> None:
        self._finish(self.tr("No PDF was made."))
        self._error(self.tr("A PDF cannot be made on this computer yet. Your answers are saved.\n\n{hint}")
                    .format(hint=hint))
        self.finished.emit("")

    def _failed(self, reason: str) -> None:
        self._finish(self.tr("No PDF was made."))
        self._error(self.tr("The PDF could not be made. Your answers are saved.\n\n{reason}")
                    .format(reason=reason))
        self.finished.emit("")

    def _error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save PDF"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("pdf_error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
