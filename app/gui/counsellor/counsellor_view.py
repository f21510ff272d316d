"""The counsellor view: clients on the left (search), the chosen client on the right
(assessments over time, notes, progress), with new assessment, attaching an answer file,
PDF, export and erase; corrections of the record (details, consent, an assessment moved,
re-dated or deleted, the retention period) are `RecordActions`'.

Two windows (or the command line) may use one store: the view polls the store's change
token every second and shows what changed; each note is saved compare-and-set, and a note
saved elsewhere meanwhile is shown beside this window's (`NoteConflictDialog`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

from babel.numbers import format_percent
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
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
from app.domain.os_reasons import reason_text
from app.gui.background import BackgroundJob, Failure, making_pdf_text, pdf_job
from app.gui.counsellor.client_dialogs import ClientDetailsDialog
from app.gui.counsellor.client_model import ID_ROLE, ClientFilterProxy, ClientTableModel
from app.gui.counsellor.dialogs import NoteConflictDialog, ReportDialog
from app.gui.counsellor.notes_panel import NotesPanel, latest_text
from app.gui.counsellor.progress_panel import ProgressPanel
from app.gui.counsellor.record_actions import RecordActions
from app.gui.counsellor.settings import LOCK_MINUTES, LOCK_RANGE
from app.gui.counsellor.store_access import change_token, names_someone_else, save_gap_notes, save_note
from app.gui.i18n import LANGUAGE_NAMES, current_language, show_date
from app.gui.observer_dialog import ObserverDialog
from app.gui.retranslate import Retranslating
from app.languages import LANGUAGES, LOCALES, Language
from app.storage.answer_files import AnswerFileError, parse_answer_data, read_answer_file
from app.storage.atomic import write_atomic
from app.storage.client_store import (
    Assessment,
    ClientStore,
    ClientSummary,
    Note,
    NoteConflict,
    StoreError,
)


class CounsellorView(Retranslating, QWidget):
    backRequested = Signal()
    assessmentRequested = Signal(int, int)
    """(client id, assessment id to continue, or 0 for a new assessment)."""
    reportFinished = Signal(str)
    """The PDF path, or "" when none was made."""
    languageChosen = Signal(str)
    """The counsellor's own language for this view (the wizard keeps its own)."""
    lockRequested = Signal()
    changePassphraseRequested = Signal()
    storeReplaced = Signal()
    """Another program put another file in the store's place (a restored backup): this view
    shows what is gone and can save nothing more."""
    POLL_MS = 1000

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
        self._shown_client: int | None = None
        self._quiet = False
        """True while the list is rebuilt: the selection moving back is no switch of client."""

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
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside it)
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
        self.language = QComboBox()
        self.language.setObjectName("counsellor_language")
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.currentIndexChanged.connect(
            lambda i: self.languageChosen.emit(self.language.itemData(i))
        )
        self.lock = QPushButton()
        self.lock.setObjectName("lock_counsellor")
        self.lock.clicked.connect(self.lockRequested.emit)
        self.change_passphrase = QPushButton()
        self.change_passphrase.setObjectName("change_passphrase")
        self.change_passphrase.clicked.connect(self.changePassphraseRequested.emit)
        self.backup = QPushButton()
        self.backup.setObjectName("backup_store")
        self.backup.clicked.connect(self.ask_backup)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lock_minutes")
        self.lock_minutes.setRange(*LOCK_RANGE)
        self.lock_minutes.setValue(LOCK_MINUTES)
        self.lock_minutes_label = QLabel()
        self.lock_minutes_label.setBuddy(self.lock_minutes)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch()
        top.addWidget(self.language)
        left_layout.addLayout(top)
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
        self.attach = QPushButton()
        self.attach.setObjectName("attach_answer_file")
        self.attach.clicked.connect(self.ask_attach)
        self.status = QLabel()
        self.status.setObjectName("counsellor_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.history = QTableWidget(0, 4)
        self.history.setObjectName("assessment_table")
        self.history.verticalHeader().hide()
        self.history.setTabKeyNavigation(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.itemSelectionChanged.connect(self._assessment_changed)
        self.records = RecordActions(self)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.records.assessment_bar)
        self.notes = NotesPanel(content, self.flush_notes)
        self.notes.saveRequested.connect(self.save_notes)
        self.notes.deleteRequested.connect(self.ask_delete_note)
        self.progress = ProgressPanel(content)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("client_tabs")
        self.tabs.addTab(history_page, "")
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.progress, "")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        heading = QHBoxLayout()
        heading.addWidget(self.name, 1)
        heading.addWidget(self.records.edit_client)
        detail_layout.addLayout(heading)
        detail_layout.addWidget(self.contact)
        detail_layout.addWidget(self.records.consent_row)
        detail_layout.addWidget(self.records.review_line)
        sessions = QHBoxLayout()  # two short rows: long Dutch labels must not squeeze the list
        for button in (self.new_assessment, self.continue_assessment, self.your_ratings, self.report):
            sessions.addWidget(button)
        sessions.addStretch()
        privacy = QHBoxLayout()
        privacy.addWidget(self.attach)
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
        footer = QHBoxLayout()  # the status line has a row of its own: five controls leave it no room
        footer.addStretch(1)
        footer.addWidget(self.lock_minutes_label)
        footer.addWidget(self.lock_minutes)
        footer.addWidget(self.records.settings)
        footer.addWidget(self.backup)
        footer.addWidget(self.change_passphrase)
        footer.addWidget(self.lock)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(footer)
        self.setTabOrder(self.back, self.language)
        self.setTabOrder(self.language, self.search)
        self.retranslate()
        self.reload_clients()
        self._token = change_token(store)
        self.watch = QTimer(self)
        self.watch.setInterval(self.POLL_MS)
        self.watch.timeout.connect(self.check_for_changes)
        self.watch.start()

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
        self.attach.setText(self.tr("Attach answer file…"))
        self.attach.setToolTip(
            self.tr("Add an answer file the client brought or sent as an assessment of this client")
        )
        self.lock.setText(self.tr("Lock"))
        self.lock_minutes_label.setText(self.tr("Lock when idle for"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.change_passphrase.setText(self.tr("Change passphrase…"))
        self.backup.setText(self.tr("Back up records…"))
        self.backup.setToolTip(
            self.tr("An encrypted copy of all client records; it opens with the passphrase you have now")
        )
        self.language.setAccessibleName(self.tr("Language of the counsellor view"))
        self.language.setToolTip(self.language.accessibleName())
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))
        self.language.blockSignals(False)
        self.erase.setText(self.tr("Erase client…"))
        for i, title in enumerate((self.tr("Assessments"), self.tr("Notes"), self.tr("Progress"))):
            self.tabs.setTabText(i, title)
        self.table.setAccessibleName(self.tr("Clients"))
        self.tabs.setAccessibleName(self.tr("The client's record"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.history.setAccessibleName(self.tr("Assessments"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Readiness"), self.tr("Target role"), self.tr("Notes")]
        )
        self.model.retranslate()
        self.records.retranslate()
        self.notes.retranslate()
        self.progress.retranslate()
        self._update_count()
        if self.current_client_id() is not None:
            self._show_client()

    # -- the client list
    def reload_clients(self, select: int | None = None) -> None:
        """Read the list again and show the selected (or `select`ed) client afresh; unsaved
        notes are saved first."""
        if not self.flush_notes():
            return
        keep = select if select is not None else self.current_client_id()
        self._reload_list(keep)
        self._client_changed()

    def _reload_list(self, keep: int | None) -> None:
        self._quiet = True
        try:
            self.model.set_clients(self.store.clients(), self.store.due_for_review())
            self._update_count()
            if keep is not None:
                self.select_client(keep)
        finally:
            self._quiet = False

    def check_for_changes(self) -> None:
        """Another window or the command line changed the store: show it within a second."""
        try:
            token = change_token(self.store)
        except StoreError as exc:
            if exc.code == "replaced":
                self.watch.stop()
                self.storeReplaced.emit()
            return
        if token == self._token:
            return
        self._token = token
        self.refresh()

    def refresh(self) -> None:
        """The list and the shown client as the store now holds them, keeping the selected
        assessment, the tab and the notes being typed (saved first)."""
        if not self.flush_notes():
            return
        try:
            self._reload_list(self.current_client_id())
        except StoreError as exc:
            self._say(exc.message(current_language()))
            return
        if self.current_client_id() != self._shown_client:
            self._client_changed()
        elif self._shown_client is not None:
            self._show_client()

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
        dialog = ClientDetailsDialog(parent=self)
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
        if self._quiet:
            return
        if not self.flush_notes():  # the notes stay on screen with their client
            self._quiet = True
            try:
                if self._shown_client is not None:
                    self.select_client(self._shown_client)
            finally:
                self._quiet = False
            return
        self.status.clear()
        self._shown_client = self.current_client_id()
        if self._shown_client is None:
            self.notes.show_assessment(None, None)
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
        try:
            self.assessments = self.store.assessments(client.id)
        except StoreError as exc:  # a row changed outside the app: said, never a traceback
            self.assessments = []
            self._say(exc.message(current_language()))
        keep = self.selected_assessment_id()
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
                latest_text(assessment),
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
        self.history.blockSignals(True)
        if has_any and not (keep is not None and self._select_assessment(keep)):
            self.history.selectRow(0)
        self.history.blockSignals(False)
        self._show_notes()
        self.progress.set_sessions(self.sessions, self.skipped)
        self.records.show_client(client)

    def _analyse(self) -> None:
        """Analyse the assessments that count (`progress_over`), all against the latest goal."""
        lang = current_language()
        assessed = []
        for assessment in self.assessments:
            try:
                answer_file = parse_answer_data(
                    assessment.answer_file().model_dump(mode="json"), self.content, stored=True
                )
                assessed.append(Assessed(assessment.taken_at.date(), answer_file, key=assessment.id))
            except AnswerFileError as exc:
                assessed.append(
                    Assessed(assessment.taken_at.date(), None, tuple(exc.lines(lang)), assessment.id)
                )
        track = progress_over(assessed, self.content)
        self.sessions = track.sessions
        self.skipped = [s.taken_on for s in track.skipped]
        self.analyses = {a.id: None for a in self.assessments}
        self.analyses.update({s.key: s.analysis for s in track.sessions if s.key is not None})

    def selected_assessment_id(self) -> int | None:
        items = self.history.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def selected_assessment(self) -> Assessment | None:
        wanted = self.selected_assessment_id()
        return next((a for a in self.assessments if a.id == wanted), None)

    def _assessment_changed(self) -> None:
        shown = self.notes.assessment
        if not self.flush_notes() and shown is not None:
            self.history.blockSignals(True)
            self._select_assessment(shown.id)
            self.history.blockSignals(False)
            return
        self._show_notes()

    def _show_notes(self) -> None:
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

    def flush_notes(self) -> bool:
        """Save notes typed and not yet saved (before a switch, a lock or closing). False
        when they could not be saved: they then stay on screen, and the switch is not made."""
        if self.notes.assessment is None or not self.notes.dirty:
            return True
        return self.save_notes()

    def save_notes(self) -> bool:
        """Save the notes on screen, each compare-and-set: a note saved elsewhere meanwhile is
        shown beside this window's text and the counsellor chooses; nothing is overwritten unseen."""
        assessment = self.notes.assessment
        if assessment is None:
            return True
        while True:
            try:
                self._save_typed(assessment.id)
            except NoteConflict as conflict:
                if not self.resolve_conflict(assessment.id, conflict):
                    return False
                continue
            except StoreError as exc:
                self.notes.set_status(
                    self.tr("Could not save: {reason}").format(reason=exc.message(current_language()))
                )
                return False
            self._notes_stored(assessment.id)
            return True

    def _save_typed(self, assessment_id: int) -> None:
        panel = self.notes
        if panel.note_dirty():
            text, internal = panel.editor.toPlainText(), panel.internal.isChecked()
            note_id = save_note(self.store, assessment_id, panel.current, text, internal)
            panel.reread(self.store.assessment(assessment_id), note_id)
        save_gap_notes(self.store, assessment_id, panel.gaps_read, panel.gap_notes())
        if panel.next_meeting() != panel.meeting_read:
            self.store.set_next_meeting(assessment_id, panel.next_meeting())

    def resolve_conflict(self, assessment_id: int, conflict: NoteConflict) -> bool:
        """Show both texts; keep mine, theirs, or both (two notes; one text for a gap's note, as
        the PDF has one per gap). False when the counsellor cancels: the text stays unsaved."""
        panel = self.notes
        try:
            fresh = self.store.assessment(assessment_id)
            note = next((n for n in fresh.note_rows if n.id == conflict.note_id), None)
            gap = note.competency if note is not None and note.printable else ""
            dialog = NoteConflictDialog(conflict.mine, conflict.theirs, two_notes=not gap, parent=self)
            dialog.exec()
            editing = panel.current.id if panel.current else None
            if dialog.choice == "cancel":
                panel.set_status(self.tr("Not saved: this note was changed in another window."))
                return False
            if gap and dialog.choice != "mine":
                both = f"{conflict.theirs.strip()}\n\n{conflict.mine.strip()}"
                panel.set_gap_note(gap, conflict.theirs if dialog.choice == "theirs" else both)
            elif dialog.choice == "both":
                internal = panel.internal.isChecked()
                author = self.store.counsellor_name
                editing = self.store.add_note(assessment_id, conflict.mine, internal=internal, author=author)
                fresh = self.store.assessment(assessment_id)
            panel.reread(fresh, editing)
            if not gap and dialog.choice == "theirs":
                panel.show_stored_note()
            elif not gap and dialog.choice == "mine" and note is not None and note.internal:
                panel.internal.setChecked(True)  # made internal elsewhere: mine never prints it
        except StoreError as exc:
            panel.set_status(
                self.tr("Could not save: {reason}").format(reason=exc.message(current_language()))
            )
            return False
        return True

    def _notes_stored(self, assessment_id: int) -> None:
        self.notes.set_status(self.tr("Notes saved."))
        try:  # the assessment as stored now
            fresh = self.store.assessment(assessment_id)
            self.assessments = [fresh if a.id == assessment_id else a for a in self.assessments]
            if self.notes.assessment is not None and self.notes.assessment.id == assessment_id:
                self.notes.note_saved(fresh)
            self._show_latest_note(fresh)
            self._token = change_token(self.store)
        except StoreError:
            pass  # saved; the list shows it at the next refresh
        if self.current_client_id() == self._shown_client:
            self._reload_after_save()
        else:  # saved on a switch of client: the list is rebuilt once the switch is over
            QTimer.singleShot(0, self, self._reload_after_save)

    def _reload_after_save(self) -> None:
        """The next meeting in the client list."""
        with contextlib.suppress(StoreError):  # saved; the list shows it at the next refresh
            self._reload_list(self.current_client_id())

    def ask_delete_note(self) -> None:
        note = self.notes.current
        if note is None:
            return
        excerpt = " ".join(note.text.split())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete note"),
            self.tr("Delete this note? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("delete_note_confirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(excerpt[:300] + ("…" if len(excerpt) > 300 else ""))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.delete_note(note)

    def delete_note(self, note: Note) -> bool:
        """Delete the note (what is typed is saved first); a note changed in another window
        meanwhile is not deleted but shown as it is now."""
        if not self.flush_notes() or self.notes.current is None or self.notes.current.id != note.id:
            return False
        note = self.notes.current
        try:
            self.store.delete_note(note.id, expected_revision=note.revision)
        except NoteConflict:
            self.notes.set_status(self.tr("Not deleted: this note was changed in another window."))
            self.refresh()
            return False
        except StoreError as exc:
            if exc.code != "no_note":  # already gone elsewhere: as wanted
                self.notes.set_status(exc.message(current_language()))
                return False
        try:
            fresh = self.store.assessment(note.assessment_id)
        except StoreError as exc:
            self._say(exc.message(current_language()))
            return True
        self.assessments = [fresh if a.id == fresh.id else a for a in self.assessments]
        self.notes.note_deleted(fresh)
        self.notes.set_status(self.tr("Note deleted."))
        self._show_latest_note(fresh)
        self._token = change_token(self.store)
        return True

    def _show_latest_note(self, assessment: Assessment) -> None:
        row = self._row_of_assessment(assessment.id)
        cell = self.history.item(row, 3) if row is not None else None
        if cell is not None:
            cell.setText(latest_text(assessment))

    def _row_of_assessment(self, assessment_id: int) -> int | None:
        for row in range(self.history.rowCount()):
            item = self.history.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == assessment_id:
                return row
        return None

    def _select_assessment(self, assessment_id: int) -> bool:
        row = self._row_of_assessment(assessment_id)
        if row is None:
            return False
        self.history.selectRow(row)
        return True

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
    def ask_backup(self) -> None:
        day = dt.date.today().isoformat()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up records…"),
            str(Path.home() / f"smm-career-clients-{day}.sqlite3"),
            self.tr("Client record backups (*.sqlite3)"),
        )
        if name:
            self.backup_to(Path(name))

    def backup_to(self, out: Path) -> bool:
        """The whole store, encrypted, at `out` (the command line's `clients backup`)."""
        if not self.flush_notes():
            return False
        try:
            self.store.backup(out)
        except StoreError as exc:
            self._say(exc.message(current_language()))
            return False
        self._say(self.tr("Backup saved: {path}").format(path=out))
        return True

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
            self._say(
                self.tr("Could not save: {reason}").format(
                    reason=f"{out}: {reason_text(exc, current_language())}"
                )
            )
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
                "Erase {name}?\n\n"
                "This removes the client's record, all %n assessment(s) with their notes, unfinished "
                "answers in this data folder that belong to the client, and the client from the backup "
                "copies the app keeps in the data folder.\n\n"
                "It cannot reach files saved elsewhere: PDF reports, exported data and backups saved in "
                "other folders or given to the client. Delete those yourself.\n\n"
                "This cannot be undone.",
                "",
                client.assessments,
            ).format(name=" ".join(client.name.split())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("erase_confirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erase"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.erase_client(client.id)

    def erase_client(self, client_id: int) -> bool:
        self.flush_notes()  # whatever happens next, nothing typed is left pending for a gone client
        self.notes.show_assessment(None, None)
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
    def report_language(self) -> Language:
        """The client's language (their latest answers'), proposed for their report."""
        lang = self.sessions[-1].answer_file.language if self.sessions else current_language()
        return lang if lang in LANGUAGES else current_language()

    def ask_report(self) -> None:
        client = self.current_client()
        if client is None or not self.sessions:
            return
        dialog = ReportDialog(self.report_language(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in client.name).strip() or "client"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Progress report (PDF)…"),
            str(Path.home() / f"{safe}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            out = Path(name)
            self.report_to(
                out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf"), dialog.language()
            )

    def report_to(self, out: Path, lang: Language | None = None) -> None:
        """Make the PDF in the background, in `lang` (default: the view's); `reportFinished`
        tells when it is there."""
        client = self.current_client()
        if client is None or not self.sessions or self.report_job is not None:
            return
        lang = lang or current_language()
        sessions, content, name = list(self.sessions), self.content, client.name

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

    # -- an answer file the client brought
    def ask_attach(self) -> None:
        if self.current_client_id() is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach answer file…"), str(Path.home()), self.tr("Answer files (*.json)")
        )
        if name:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> bool:
        """Add the answer file as an assessment of the selected client; says the result in one line."""
        client = self.current_client()
        if client is None:
            return False
        lang = current_language()
        try:
            answer_file = read_answer_file(path, self.content)
            named = names_someone_else(answer_file, client.name)
            if named and not self._attach_anyway(path.name, named, client.name):
                self._say(self.tr("{file} was not attached.").format(file=path.name))
                return False
            self.store.import_answers(answer_file, client.id)
        except AnswerFileError as exc:
            self._say(" ".join(exc.lines(lang)))
            return False
        except StoreError as exc:
            self._say(self._duplicate(exc) if exc.code == "duplicate" else exc.message(lang))
            return False
        self.reload_clients(select=client.id)
        self._say(
            self.tr("{file} was added to {name}’s assessments.").format(
                file=path.name, name=" ".join(client.name.split())
            )
        )
        return True

    def _attach_anyway(self, file: str, named: str, client: str) -> bool:
        """Ask before a file naming another person goes into this client's record (the command
        line refuses it without --force); No is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Attach answer file…"),
            self.tr(
                "{file} holds the answers of {named}, but the selected client is {client}. Attach it to {client} all the same?"
            ).format(file=file, named=" ".join(named.split()), client=" ".join(client.split())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("attach_other_person")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Attach all the same"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _duplicate(self, exc: StoreError) -> str:
        """The refusal of an answer file already stored, said with the name and date a counsellor
        knows rather than the store's ids."""
        client, assessment = exc.params.get("client"), exc.params.get("assessment")
        if not isinstance(client, int) or not isinstance(assessment, int):
            return exc.message(current_language())
        try:
            owner = self.store.client(client).name
            taken = self.store.assessment(assessment).taken_at.date()
        except StoreError:
            return exc.message(current_language())
        return self.tr(
            "These answers are already in {name}’s record (the assessment of {date}); nothing was added."
        ).format(name=" ".join(owner.split()), date=show_date(taken))

    def _say(self, text: str) -> None:
        self.status.setText(text)
