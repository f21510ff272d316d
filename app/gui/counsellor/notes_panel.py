"""The counsellor's notes on one assessment: its notes as a list (each shared or internal, the
counsellor's or from the client's answer file), a note per gap and the next meeting.

Each note is a row of the store, saved compare-and-set from the revision this panel read
(`store_access.save_note`). Notes save themselves like answers do: `saveRequested` fires after
a short pause in typing (and the view saves on every switch of note, client or assessment and
on close), so typed text is never dropped.

A new note is internal until the counsellor makes it shared: a note wrongly kept internal
costs a click, one wrongly printed puts something private in the client's PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.result import Analysis
from app.content import Content
from app.gui.i18n import show_date
from app.gui.labels import competency_label
from app.storage.client_store import Assessment, Note

CID_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole
PAUSE_MS = 1500
"""Typing pause after which the notes save themselves."""


def listed(assessment: Assessment) -> list[Note]:
    """The notes the list shows, oldest first: all but the counsellor's shared gap notes (the
    gap table holds those)."""
    return [n for n in assessment.note_rows if not (n.printable and n.competency)]


def gap_notes_read(assessment: Assessment | None) -> dict[str, Note]:
    """The counsellor's shared note per gap, as stored."""
    rows = assessment.note_rows if assessment else ()
    return {n.competency: n for n in rows if n.printable and n.competency}


def gap_texts(notes: dict[str, Note]) -> dict[str, str]:
    """Each gap's note text as the table holds it (stripped; empty ones left out)."""
    return {cid: n.text.strip() for cid, n in notes.items() if n.text.strip()}


def latest_text(assessment: Assessment) -> str:
    """The newest note's text on one line (the assessment list's column)."""
    notes = listed(assessment)
    return " ".join(notes[-1].text.split())[:120] if notes else ""


class NotesPanel(QWidget):
    saveRequested = Signal()
    deleteRequested = Signal()
    """The counsellor asked to delete the note being edited (the view confirms and deletes)."""

    def __init__(self, content: Content, flush: Callable[[], bool], parent: QWidget | None = None):
        """`flush` saves what is typed (False: it could not be, so the editors stay)."""
        super().__init__(parent)
        self.content = content
        self.flush = flush
        self.assessment: Assessment | None = None
        self.analysis: Analysis | None = None
        self.current: Note | None = None
        """The note in the editor as last read from or saved to the store (None: a new note)."""
        self.drafting = False
        """The counsellor asked for a new note (kept in the editor while others arrive)."""
        self.gaps_read: dict[str, Note] = {}
        self.meeting_read: dt.date | None = None
        self._filling = False
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.saveRequested.emit)
        self.heading = QLabel()
        self.heading.setObjectName("notes_heading")
        self.list_label = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("note_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list_label.setBuddy(self.list)
        self.editor_label = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("note_text")
        self.editor_label.setBuddy(self.editor)
        self.internal = QCheckBox()
        self.internal.setObjectName("note_internal")
        self.origin = QLabel()
        self.origin.setObjectName("note_origin")
        self.origin.setWordWrap(True)
        self.new = QPushButton()
        self.new.setObjectName("new_note")
        self.new.clicked.connect(self.start_new_note)
        self.delete = QPushButton()
        self.delete.setObjectName("delete_note")
        self.delete.clicked.connect(self.deleteRequested.emit)
        self.gaps_label = QLabel()
        self.gaps = QTableWidget(0, 3)
        self.gaps.setObjectName("gap_notes")
        self.gaps_label.setBuddy(self.gaps)
        self.gaps.verticalHeader().hide()
        self.gaps.setTabKeyNavigation(False)
        self.gaps.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.gaps.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.meeting_check = QCheckBox()
        self.meeting_check.setObjectName("has_next_meeting")
        self.meeting = QDateEdit()
        self.meeting.setObjectName("next_meeting")
        self.meeting.setCalendarPopup(True)
        self.meeting.setEnabled(False)
        self.meeting_check.toggled.connect(self.meeting.setEnabled)
        self.save = QPushButton()
        self.save.setObjectName("save_notes")
        self.save.clicked.connect(self.saveRequested.emit)
        self.status = QLabel()
        self.status.setObjectName("notes_status")
        self.status.setWordWrap(True)  # a long line must not widen the window

        note_row = QHBoxLayout()
        note_row.addWidget(self.internal)
        note_row.addStretch(1)
        note_row.addWidget(self.new)
        note_row.addWidget(self.delete)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_check)
        meeting_row.addWidget(self.meeting)
        meeting_row.addWidget(self.status, 1)
        meeting_row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.editor_label)
        layout.addWidget(self.editor, 2)
        layout.addLayout(note_row)
        layout.addWidget(self.origin)  # a line of its own: beside the buttons it was cut off
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.gaps, 2)
        layout.addLayout(meeting_row)
        self.list.currentItemChanged.connect(lambda item, _before: self._note_chosen(item))
        self.editor.textChanged.connect(self._edited)
        self.internal.toggled.connect(lambda _on: self._edited())
        self.gaps.itemChanged.connect(lambda _item: self._edited())
        self.meeting_check.toggled.connect(lambda _on: self._edited())
        self.meeting.dateChanged.connect(lambda _day: self._edited())
        self.retranslate()
        self.show_assessment(None, None)

    # -- what is typed
    @property
    def dirty(self) -> bool:
        """Typed or switched here and not yet stored."""
        if self.assessment is None:
            return False
        return (
            self.note_dirty()
            or self.gap_notes() != self._gap_texts()
            or self.next_meeting() != self.meeting_read
        )

    def note_dirty(self) -> bool:
        text = self.editor.toPlainText()
        if self.current is None:
            return bool(text.strip())
        if self.current.origin != "counsellor":
            return False
        return text != self.current.text or self.internal.isChecked() != self.current.internal

    def _gap_texts(self) -> dict[str, str]:
        return gap_texts(self.gaps_read)

    def _edited(self) -> None:
        if self._filling or self.assessment is None:
            return
        if self.dirty:
            self.pause.start()

    def gap_notes(self) -> dict[str, str]:
        out = {}
        for row in range(self.gaps.rowCount()):
            name, note = self.gaps.item(row, 0), self.gaps.item(row, 2)
            if name is not None and note is not None and note.text().strip():
                out[str(name.data(CID_ROLE))] = note.text().strip()
        return out

    def set_gap_note(self, competency: str, text: str) -> None:
        """Put `text` in the gap table's cell for `competency` (added as a row if missing)."""
        for row in range(self.gaps.rowCount()):
            name = self.gaps.item(row, 0)
            if name is not None and name.data(CID_ROLE) == competency:
                self.gaps.setItem(row, 2, QTableWidgetItem(text))
                return
        self._add_gap_row(competency, 0, text)

    def next_meeting(self) -> dt.date | None:
        if not self.meeting_check.isChecked():
            return None
        day = self.meeting.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    # -- language
    def retranslate(self) -> None:
        self.list_label.setText(self.tr("Notes (newest last)"))
        self.list.setAccessibleName(self.tr("Notes on this assessment"))
        self.editor_label.setText(self.tr("Note"))
        self.internal.setText(self.tr("Internal: only for you, never printed"))
        self.internal.setToolTip(
            self.tr("Leave it unticked to share the note: it is then printed in the client's PDF.")
        )
        self.new.setText(self.tr("New note"))
        self.delete.setText(self.tr("Delete note…"))
        self.gaps_label.setText(self.tr("Notes per gap"))
        self.gaps.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Gap"), self.tr("Note")])
        self.meeting_check.setText(self.tr("Next meeting"))
        self.meeting.setAccessibleName(self.tr("Date of the next meeting"))
        self.save.setText(self.tr("Save notes"))
        self._heading()
        self._label_items()
        self._show_origin()

    def _heading(self) -> None:
        if self.assessment is None:
            self.heading.setText(
                self.tr("This client has no assessment yet. Start one with “New assessment”.")
            )
        else:
            day = show_date(self.assessment.taken_at.date(), long=True)
            self.heading.setText(self.tr("Notes for the assessment of {date}").format(date=day))

    def describe(self, note: Note) -> str:
        """The note's date, author and whether it is printed, on one line."""
        day = show_date(note.updated_at.astimezone().date(), long=True)
        if note.origin == "imported":
            kind = self.tr("From the client's answer file: never printed")
            head = f"{day} · {kind}"
        else:
            author = note.author or self.tr("You")
            if note.internal:
                kind = self.tr("Internal: only for you, never printed")
            else:
                kind = self.tr("Shared: printed in the client's PDF")
            head = f"{day} · {author} · {kind}"
        if note.competency:
            head += " · " + competency_label(self.content, note.competency)
        return head

    def _label_items(self) -> None:
        notes = {n.id: n for n in listed(self.assessment)} if self.assessment else {}
        for row in range(self.list.count()):
            item = self.list.item(row)
            note = notes.get(item.data(NOTE_ROLE))
            if note is None:
                continue
            text = " ".join(note.text.split())
            item.setText(f"{self.describe(note)}\n{text[:200] + '…' if len(text) > 200 else text}")
            item.setToolTip(note.text)
            font = item.font()
            font.setItalic(note.internal or note.origin == "imported")
            item.setFont(font)

    def _show_origin(self) -> None:
        note = self.current
        if self.assessment is None:
            self.origin.clear()
        elif note is not None and note.origin == "imported":
            self.origin.setText(
                self.tr("This note came inside the client's answer file. It is never printed as yours.")
            )
        elif note is None:
            self.origin.setText(self.tr("New note"))
        else:
            self.origin.clear()  # the list says whose it is and whether it is printed

    # -- showing an assessment
    def show_assessment(self, assessment: Assessment | None, analysis: Analysis | None) -> None:
        """Show the assessment's notes. The caller saves unsaved notes first.

        The same assessment again (another window saved, or this one) keeps the note being
        edited, and its editor as it is when its text is the stored one (the cursor stays)."""
        same = assessment is not None and self.assessment is not None and assessment.id == self.assessment.id
        keep = self.current.id if same and self.current is not None else None
        draft = same and self.current is None and (self.drafting or bool(self.editor.toPlainText().strip()))
        self._filling = True
        try:
            self.assessment, self.analysis = assessment, analysis
            self._fill_list(keep, draft)
            if not (same and self.gap_notes() == gap_texts(gap_notes_read(assessment))):
                self._fill_gaps(assessment, analysis)
            if not (same and self.next_meeting() == (assessment.next_meeting if assessment else None)):
                self._fill_meeting(assessment)
            self.gaps_read = gap_notes_read(assessment)
            self.meeting_read = assessment.next_meeting if assessment else None
            if not same:
                self.status.clear()
            editable = assessment is not None
            for widget in (self.list, self.gaps, self.meeting_check, self.save, self.new):
                widget.setEnabled(editable)
            self.meeting.setEnabled(editable and self.meeting_check.isChecked())
            self._heading()
        finally:
            self._filling = False
        if not self.dirty:
            self.pause.stop()

    def _fill_list(self, keep: int | None, draft: bool) -> None:
        """The list afresh; in the editor the note `keep`, else the new note being written
        (`draft`), else the newest, else a new note."""
        self.list.blockSignals(True)
        try:
            self.list.clear()
            notes = listed(self.assessment) if self.assessment else []
            for note in notes:
                item = QListWidgetItem()
                item.setData(NOTE_ROLE, note.id)
                self.list.addItem(item)
            self._label_items()
            wanted = next((n for n in notes if n.id == keep), None)
            if wanted is None and not draft and notes:
                wanted = notes[-1]
            if wanted is not None:
                self.list.setCurrentRow(notes.index(wanted))
        finally:
            self.list.blockSignals(False)
        if wanted is not None or not draft:
            self._edit(wanted)

    def _edit(self, note: Note | None) -> None:
        """Put `note` (None: a new, empty note) in the editor."""
        self.current, self.drafting = note, False
        text = note.text if note else ""
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        own = self.assessment is not None and (note is None or note.origin == "counsellor")
        self.editor.setReadOnly(not own)
        self.editor.setEnabled(self.assessment is not None)
        self.internal.setChecked(note.internal if note else True)
        self.internal.setEnabled(own)
        self.delete.setEnabled(note is not None)
        self._show_origin()

    def _note_chosen(self, item: QListWidgetItem | None) -> None:
        if self._filling or item is None or self.assessment is None:
            return
        wanted = item.data(NOTE_ROLE)  # saving rebuilds the list: the item is gone after it
        if not self.flush():  # the note stays in the editor, and selected
            self._select(self.current.id if self.current else None)
            return
        note = next((n for n in listed(self.assessment) if n.id == wanted), None)
        self._select(note.id if note else None)
        self._filling = True
        try:
            self._edit(note)
        finally:
            self._filling = False

    def _select(self, note_id: int | None) -> None:
        """Mark the note `note_id` in the list (None: none), quietly."""
        self.list.blockSignals(True)
        try:
            self.list.setCurrentRow(-1)
            for row in range(self.list.count()):
                if self.list.item(row).data(NOTE_ROLE) == note_id:
                    self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)

    def start_new_note(self) -> None:
        """An empty note (internal until made shared), stored once it has text."""
        if self.assessment is None or not self.flush():
            return
        self._filling = True
        try:
            self._select(None)
            self._edit(None)
            self.drafting = True
        finally:
            self._filling = False
        self.editor.setFocus()

    def reread(self, assessment: Assessment, note_id: int | None) -> None:
        """Compare from now on with the notes as `assessment` has them, the one in the editor
        being `note_id` (None: a new note); the editors stay as they are."""
        self.assessment = assessment
        self.current = next((n for n in assessment.note_rows if n.id == note_id), None)
        self.gaps_read = gap_notes_read(assessment)
        self.meeting_read = assessment.next_meeting

    def note_saved(self, assessment: Assessment) -> None:
        """Everything typed is stored as `assessment` now has it: the list and the labels
        afresh, the editors as they are (the cursor stays)."""
        self.reread(assessment, self.current.id if self.current else None)
        self.show_assessment(assessment, self.analysis)

    def show_stored_note(self) -> None:
        """The note in the editor as stored (its text typed here dropped)."""
        self._filling = True
        try:
            self._edit(self.current)
        finally:
            self._filling = False

    def note_deleted(self, assessment: Assessment) -> None:
        """The note in the editor is gone: the newest one (or a new one) takes its place."""
        self.assessment, self.current = assessment, None
        self._filling = True
        try:
            self._fill_list(None, draft=False)
        finally:
            self._filling = False

    def _fill_meeting(self, assessment: Assessment | None) -> None:
        has_meeting = bool(assessment and assessment.next_meeting)
        self.meeting_check.setChecked(has_meeting)
        day = assessment.next_meeting if assessment and assessment.next_meeting else dt.date.today()
        self.meeting.setDate(QDate(day.year, day.month, day.day))

    def _fill_gaps(self, assessment: Assessment | None, analysis: Analysis | None) -> None:
        """The gap table lists the assessment's gaps and any noted competency."""
        gaps = {c.id: c.gap for c in analysis.competencies if c.gap > 0} if analysis else {}
        noted = {cid: n.text for cid, n in gap_notes_read(assessment).items()}
        order = [cid for cid in self.content.competency_ids() if cid in gaps or cid in noted]
        order += [cid for cid in noted if cid not in order]
        self.gaps.setRowCount(0)
        for cid in order:
            self._add_gap_row(cid, gaps.get(cid, 0), noted.get(cid, ""))
        self.gaps.resizeColumnToContents(0)
        self.gaps.resizeColumnToContents(1)

    def _add_gap_row(self, cid: str, gap: int, text: str) -> None:
        row = self.gaps.rowCount()
        self.gaps.setRowCount(row + 1)
        name = QTableWidgetItem(competency_label(self.content, cid))
        name.setData(CID_ROLE, cid)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        cell = QTableWidgetItem(str(gap))
        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.gaps.setItem(row, 0, name)
        self.gaps.setItem(row, 1, cell)
        self.gaps.setItem(row, 2, QTableWidgetItem(text))
