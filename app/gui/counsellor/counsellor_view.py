"""The counsellor view: clients on the left (search), the chosen client on the right
(assessments over time, notes, progress), with new assessment, PDF, export and erase."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from babel.numbers import format_percent
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.analysis import analyze
from app.analysis.progress import Assessed, Session, progress_over
from app.analysis.result import Analysis
from app.content import Content
from app.domain.answers import Observer
from app.gui.background import BackgroundJob, Failure, making_pdf_text, pdf_job
from app.gui.counsellor.client_model import ID_ROLE, ClientFilterProxy, ClientTableModel
from app.gui.counsellor.notes_panel import NotesPanel
from app.gui.counsellor.progress_panel import ProgressPanel
from app.gui.i18n import current_language, show_date
from app.gui.observer_dialog import ObserverDialog
from app.gui.retranslate import Retranslating
from app.languages import LANGUAGES, LOCALES
from app.storage.answer_files import AnswerFileError, parse_answer_data
from app.storage.atomic import write_atomic
from app.storage.client_store import FIELD_MAX, Assessment, ClientStore, ClientSummary, StoreError


class NewClientDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_client_dialog")
        self.setWindowTitle(self.tr("New client"))
        self.name = QLineEdit()
        self.name.setObjectName("client_name")
        self.email = QLineEdit()
        self.email.setObjectName("client_email")
        self.phone = QLineEdit()
        self.phone.setObjectName("client_phone")
        for field in (self.name, self.email, self.phone):
            field.setMaxLength(FIELD_MAX)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail (optional)"), self.email)
        form.addRow(self.tr("Phone (optional)"), self.phone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form.addRow(buttons)


class CounsellorView(Retranslating, QWidget):
    backRequested = Signal()
    assessmentRequested = Signal(int, int)
    """(client id, assessment id to continue, or 0 for a new assessment)."""
    reportFinished = Signal(str)
    """The PDF path, or "" when none was made."""

    def __init__(self, store: ClientStore, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("counsellor_view")
        self.store = store
        self.content = content
        self.assessments: list[Assessment] = []
        self.analyses: dict[int, Analysis | None] = {}
        self.sessions: list[Session] = []
        self.skipped: list[dt.date] = []
        """Dates of the assessments the progress leaves out (their answers did not pass the checks)."""
        self.report_job: BackgroundJob | None = None

        # -- left: the client list
        self.back = QPushButton()
        self.back.setObjectName("back_to_start")
        self.back.clicked.connect(self.backRequested.emit)
        self.search = QLineEdit()
        self.search.setObjectName("client_search")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("client_count")
        self.model = ClientTableModel(self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("client_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 170)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._client_changed())
        self.search.textChanged.connect(self._search)
        self.new_client = QPushButton()
        self.new_client.setObjectName("new_client")
        self.new_client.clicked.connect(self.ask_new_client)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_client)
        left_layout.addLayout(bottom)

        # -- right: one client
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.name = QLabel()
        self.name.setObjectName("client_heading")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.contact = QLabel()
        self.contact.setTextFormat(Qt.TextFormat.PlainText)
        self.new_assessment = QPushButton()
        self.new_assessment.setObjectName("new_assessment")
        self.new_assessment.clicked.connect(lambda: self._request_assessment(0))
        self.continue_assessment = QPushButton()
        self.continue_assessment.setObjectName("continue_assessment")
        self.continue_assessment.clicked.connect(self._continue_selected)
        self.your_ratings = QPushButton()
        self.your_ratings.setObjectName("counsellor_ratings")
        self.your_ratings.clicked.connect(self.ask_ratings)
        self.report = QPushButton()
        self.report.setObjectName("progress_report")
        self.report.clicked.connect(self.ask_report)
        self.export = QPushButton()
        self.export.setObjectName("export_client")
        self.export.clicked.connect(self.ask_export)
        self.erase = QPushButton()
        self.erase.setObjectName("erase_client")
        self.erase.clicked.connect(self.ask_erase)
        self.status = QLabel()
        self.status.setObjectName("counsellor_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.history = QTableWidget(0, 4)
        self.history.setObjectName("assessment_table")
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.itemSelectionChanged.connect(self._assessment_changed)
        self.notes = NotesPanel(content)
        self.notes.saveRequested.connect(self.save_notes)
        self.progress = ProgressPanel(content)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("client_tabs")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.progress, "")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.name)
        detail_layout.addWidget(self.contact)
        sessions = QHBoxLayout()  # two short rows: long Dutch labels must not squeeze the list
        for button in (self.new_assessment, self.continue_assessment, self.your_ratings, self.report):
            sessions.addWidget(button)
        sessions.addStretch()
        privacy = QHBoxLayout()
        privacy.addWidget(self.export)
        privacy.addStretch()
        privacy.addWidget(self.erase)
        detail_layout.addLayout(sessions)
        detail_layout.addLayout(privacy)
        detail_layout.addWidget(self.tabs, 1)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(detail)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 640])  # the progress radar needs the room more than the list
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self.reload_clients()

    # -- language
    def retranslate(self) -> None:
        self.back.setText(self.tr("← Start page"))
        search = self.tr("Search by name, e-mail or phone…")
        self.search.setPlaceholderText(search)
        self.search.setAccessibleName(search)
        self.new_client.setText(self.tr("New client…"))
        self.placeholder.setText(self.tr("Choose a client on the left, or add a new one."))
        self.new_assessment.setText(self.tr("New assessment"))
        self.continue_assessment.setText(self.tr("Continue selected"))
        self.your_ratings.setText(self.tr("Your ratings…"))
        self.report.setText(self.tr("Progress report (PDF)…"))
        self.export.setText(self.tr("Export data (JSON)…"))
        self.erase.setText(self.tr("Erase client…"))
        for i, title in enumerate((self.tr("Assessments"), self.tr("Notes"), self.tr("Progress"))):
            self.tabs.setTabText(i, title)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Readiness"), self.tr("Target role"), self.tr("Notes")]
        )
        self.model.retranslate()
        self.notes.retranslate()
        self.progress.retranslate()
        self._update_count()
        if self.current_client_id() is not None:
            self._show_client()

    # -- the client list
    def reload_clients(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_client_id()
        self.model.set_clients(self.store.clients())
        self._update_count()
        if keep is not None:
            self.select_client(keep)
        else:
            self._client_changed()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.count.setText(self.tr("{shown} of %n client(s)", "", total).format(shown=self.proxy.rowCount()))

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def current_client_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def current_client(self) -> ClientSummary | None:
        client_id = self.current_client_id()
        if client_id is None:
            return None
        try:
            return self.store.client(client_id)
        except StoreError:
            return None

    def ask_new_client(self) -> None:
        dialog = NewClientDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_client(dialog.name.text(), dialog.email.text(), dialog.phone.text())

    def create_client(self, name: str, email: str = "", phone: str = "") -> int | None:
        try:
            client_id = self.store.add_client(name, email=email, phone=phone)
        except StoreError as exc:
            self._say(self.tr("Could not save: {reason}").format(reason=exc.message(current_language())))
            return None
        self.search.clear()
        self.reload_clients(select=client_id)
        return client_id

    # -- one client
    def _client_changed(self) -> None:
        self.status.clear()
        if self.current_client_id() is None:
            self.right.setCurrentIndex(0)
            return
        self.right.setCurrentIndex(1)
        self._show_client()

    def _show_client(self) -> None:
        client = self.current_client()
        if client is None:
            return
        self.name.setText(client.name)
        contact = [x for x in (client.email, client.phone) if x]
        since = show_date(client.created_at.date(), long=True)
        contact.append(self.tr("client since {date}").format(date=since))
        self.contact.setText(" · ".join(contact))
        self.assessments = self.store.assessments(client.id)
        self._analyse()
        lang = current_language()
        self.history.setRowCount(len(self.assessments))
        for row, assessment in enumerate(reversed(self.assessments)):  # newest first
            analysis = self.analyses.get(assessment.id)
            profile = self.content.profiles.get(analysis.profile) if analysis else None
            cells = [
                show_date(assessment.taken_at.date(), long=True),
                format_percent(analysis.readiness / 100, locale=LOCALES[lang])
                if analysis
                else self.tr("unfinished"),
                profile.title.get(lang) if profile else "",
                " ".join(assessment.notes.split())[:120],
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, assessment.id)
                self.history.setItem(row, column, item)
        self.history.resizeColumnsToContents()
        has_any = bool(self.assessments)
        self.continue_assessment.setEnabled(has_any)
        self.your_ratings.setEnabled(has_any)
        self.report.setEnabled(bool(self.sessions) and self.report_job is None)
        if has_any:
            self.history.selectRow(0)
        self._assessment_changed()
        self.progress.set_sessions(self.sessions, self.skipped)

    def _analyse(self) -> None:
        """Analyse the assessments that count (`progress_over`), all against the latest goal."""
        lang = current_language()
        assessed = []
        for assessment in self.assessments:
            try:
                answer_file = parse_answer_data(assessment.answer_file().model_dump(mode="json"), self.content)
                assessed.append(Assessed(assessment.taken_at.date(), answer_file, key=assessment.id))
            except AnswerFileError as exc:
                assessed.append(Assessed(assessment.taken_at.date(), None, tuple(exc.lines(lang)), assessment.id))
        track = progress_over(assessed, self.content)
        self.sessions = track.sessions
        self.skipped = [s.taken_on for s in track.skipped]
        self.analyses = {a.id: None for a in self.assessments}
        self.analyses.update({s.key: s.analysis for s in track.sessions if s.key is not None})

    def selected_assessment(self) -> Assessment | None:
        items = self.history.selectedItems()
        if not items:
            return None
        wanted = items[0].data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.assessments if a.id == wanted), None)

    def _assessment_changed(self) -> None:
        assessment = self.selected_assessment()
        analysis = self.analyses.get(assessment.id) if assessment else None
        if assessment is not None and analysis is None:
            try:  # unfinished: still show its gaps as far as they are answered
                data = assessment.answer_data
                language = data.get("language") if data.get("language") in LANGUAGES else None
                analysis = analyze(data.get("answers", {}), self.content, language=language)
            except Exception:
                analysis = None
        self.notes.show_assessment(assessment, analysis)

    def save_notes(self) -> None:
        assessment = self.notes.assessment
        if assessment is None:
            return
        try:
            self.store.set_notes(
                assessment.id,
                notes=self.notes.notes.toPlainText(),
                gap_notes=self.notes.gap_notes(),
                next_meeting=self.notes.next_meeting(),
            )
        except StoreError as exc:
            self.notes.set_status(self.tr("Could not save: {reason}").format(reason=exc.message(current_language())))
            return
        client_id = self.current_client_id()
        tab = self.tabs.currentIndex()
        self.reload_clients(select=client_id)
        self._select_assessment(assessment.id)
        self.tabs.setCurrentIndex(tab)
        self.notes.set_status(self.tr("Notes saved."))

    def _select_assessment(self, assessment_id: int) -> None:
        for row in range(self.history.rowCount()):
            item = self.history.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == assessment_id:
                self.history.selectRow(row)
                return

    def _request_assessment(self, assessment_id: int) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self.assessmentRequested.emit(client_id, assessment_id)

    def _continue_selected(self) -> None:
        assessment = self.selected_assessment()
        if assessment is not None:
            self._request_assessment(assessment.id)

    # -- the counsellor's own ratings, beside the client's
    def ask_ratings(self) -> ObserverDialog | None:
        """After the session: the counsellor rates the same competencies beside the client's."""
        assessment = self.selected_assessment()
        if assessment is None:
            return None
        dialog = ObserverDialog(self.content, assessment.answer_file(), "counsellor", self)
        dialog.accepted.connect(lambda: self.save_ratings(assessment.id, dialog.observer()))
        dialog.open()
        return dialog

    def save_ratings(self, assessment_id: int, observer: Observer | None) -> None:
        assessment = next((a for a in self.assessments if a.id == assessment_id), None)
        if assessment is None:
            return
        answer_file = assessment.answer_file()
        answer_file.observer = observer
        try:
            self.store.update_answers(assessment_id, answer_file)
        except StoreError as exc:
            self._say(self.tr("Could not save: {reason}").format(reason=exc.message(current_language())))
            return
        self.reload_clients(select=self.current_client_id())
        self._select_assessment(assessment_id)
        self._say(self.tr("Your ratings are saved beside the client's."))

    # -- privacy
    def ask_export(self) -> None:
        client = self.current_client()
        if client is None:
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in client.name).strip() or "client"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export data (JSON)…"), str(Path.home() / f"{safe}.json"), "JSON (*.json)"
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> bool:
        client_id = self.current_client_id()
        if client_id is None:
            return False
        try:
            data = self.store.export_client(client_id)
            write_atomic(
                out, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"), backup=False
            )
        except StoreError as exc:
            self._say(exc.message(current_language()))
            return False
        except OSError as exc:
            self._say(self.tr("Could not save: {reason}").format(reason=f"{out}: {exc.strerror or exc}"))
            return False
        self._say(self.tr("Saved {path}").format(path=out))
        return True

    def ask_erase(self) -> None:
        client = self.current_client()
        if client is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase client"),
            self.tr(
                "Erase {name} and all %n assessment(s), notes and unfinished answers? "
                "Nothing about this client will be left on this computer. This cannot be undone.",
                "",
                client.assessments,
            ).format(name=" ".join(client.name.split())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("erase_confirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.erase_client(client.id)

    def erase_client(self, client_id: int) -> bool:
        try:
            name = self.store.client(client_id).name
            self.store.erase_client(client_id)
        except StoreError as exc:
            self._say(exc.message(current_language()))
            if exc.code == "erase_pending":  # gone from the list; finished on a later try
                self.reload_clients()
            return False
        self.table.clearSelection()
        self.reload_clients()
        self._say(self.tr("{name} was erased.").format(name=" ".join(name.split())))
        return True

    # -- the progress PDF
    def ask_report(self) -> None:
        client = self.current_client()
        if client is None or not self.sessions:
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in client.name).strip() or "client"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Progress report (PDF)…"), str(Path.home() / f"{safe}.pdf"), self.tr("PDF files (*.pdf)")
        )
        if name:
            out = Path(name)
            self.report_to(out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf"))

    def report_to(self, out: Path) -> None:
        """Make the PDF in the background; `reportFinished` tells when it is there."""
        client = self.current_client()
        if client is None or not self.sessions or self.report_job is not None:
            return
        sessions, content, lang, name = list(self.sessions), self.content, current_language(), client.name

        def render(path: Path) -> None:
            from app.report.progress import render_progress_pdf  # WeasyPrint: in the worker

            render_progress_pdf(sessions, content, path, lang=lang, name=name)

        self.report_job = pdf_job(out, lang, render)
        self.report_job.done.connect(self._report_done)
        self.report_job.failed.connect(self._report_failed)
        self.report.setEnabled(False)
        self._say(making_pdf_text())
        self.report_job.start()

    def _report_done(self, out: Path) -> None:
        self.report_job = None
        self.report.setEnabled(True)
        self._say(self.tr("Wrote {path}").format(path=out))
        self.reportFinished.emit(str(out))

    def _report_failed(self, failure: Failure) -> None:
        self.report_job = None
        self.report.setEnabled(True)
        self._say(failure.text)
        self.reportFinished.emit("")

    def _say(self, text: str) -> None:
        self.status.setText(text)
