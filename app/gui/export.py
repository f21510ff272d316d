"""“Save PDF…”: render in a worker thread with a busy indicator, then offer to open the PDF.

WeasyPrint is imported by the worker on the first export, never at start-up. When Pango is
missing the user gets the install hint; the answers are untouched either way (they are
autosaved separately and only read here).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
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
from app.gui.background import BackgroundJob, Failure, FailureKind, making_pdf_text, pdf_job
from app.gui.elided import ElidedLabel
from app.gui.i18n import current_language
from app.gui.live_answers import LiveAnswers


class ExportPanel(QWidget):
    finished = Signal(str)
    """After each export: the PDF path, or "" when none was written (for tests and callers)."""

    def __init__(self, content: Content, answers: LiveAnswers, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.answers = answers
        self.job: BackgroundJob | None = None
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
        """Start rendering in the background; the window stays usable meanwhile. A file at `out`
        that is not a PDF is never replaced (as `smm-career report -o` refuses it)."""
        if self.job is not None:
            return
        snapshot = self.answers.answer_file.model_copy(deep=True)  # later edits do not race the worker
        content, lang = self.content, current_language()

        def render(path: Path) -> None:
            from app.report import render_pdf  # WeasyPrint: imported by the worker, on first use

            render_pdf(snapshot, content, path, lang=lang)

        self.job = pdf_job(out, lang, render)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.button.setEnabled(False)
        self.busy.show()
        self.status.set_full_text(making_pdf_text())
        self.job.start()

    def _finish(self, text: str) -> None:
        self.job = None
        self.button.setEnabled(True)
        self.busy.hide()
        self.status.set_full_text(text)

    def _done(self, out: Path) -> None:
        path = str(out)
        self._finish(self.tr("Saved: {path}").format(path=path))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("PDF saved"),
            self.tr("The development plan was saved as\n{path}\n\nOpen it now?").format(path=path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("pdf_saved_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: (
                result == QMessageBox.StandardButton.Open
                and QDesktopServices.openUrl(QUrl.fromLocalFile(path))
            )
        )
        box.open()
        self.finished.emit(path)

    def _failed(self, failure: Failure) -> None:
        self._finish(self.tr("No PDF was made."))
        if failure.kind is FailureKind.NO_ENGINE:
            text = self.tr("A PDF cannot be made on this computer yet. Your answers are saved.\n\n{hint}")
            self._error(text.format(hint=failure.text))
        else:
            text = self.tr("The PDF could not be made. Your answers are saved.\n\n{reason}")
            self._error(text.format(reason=failure.text))
        self.finished.emit("")

    def _error(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Save PDF"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("pdf_error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
