"""The counsellor's notes on one assessment: free text, a note per gap, the next meeting.

Notes save themselves like answers do: `saveRequested` fires after a short pause in typing
(and the view saves on every switch of client or assessment and on close), so typed text is
never dropped.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.result import Analysis
from app.content import Content
from app.gui.counsellor.store_access import SessionNotes
from app.gui.i18n import show_date
from app.gui.labels import competency_label
from app.storage.client_store import Assessment

CID_ROLE = Qt.ItemDataRole.UserRole
PAUSE_MS = 1500
"""Typing pause after which the notes save themselves."""


class NotesPanel(QWidget):
    saveRequested = Signal()

    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.assessment: Assessment | None = None
        self.analysis: Analysis | None = None
        self.read: SessionNotes | None = None
        """The notes as last read from or saved to the store (to tell another window's save)."""
        self.dirty = False
        self._filling = False
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.saveRequested.emit)
        self.heading = QLabel()
        self.heading.setObjectName("notes_heading")
        self.general_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("session_notes")
        self.general_label.setBuddy(self.notes)
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

        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_check)
        meeting_row.addWidget(self.meeting)
        meeting_row.addStretch()
        meeting_row.addWidget(self.status)
        meeting_row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_label)
        layout.addWidget(self.notes, 2)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.gaps, 3)
        layout.addLayout(meeting_row)
        self.notes.textChanged.connect(self._edited)
        self.gaps.itemChanged.connect(lambda _item: self._edited())
        self.meeting_check.toggled.connect(lambda _on: self._edited())
        self.meeting.dateChanged.connect(lambda _day: self._edited())
        self.retranslate()
        self.show_assessment(None, None)

    def _edited(self) -> None:
        if self._filling or self.assessment is None:
            return
        self.dirty = True
        self.pause.start()

    def retranslate(self) -> None:
        self.general_label.setText(self.tr("Session notes"))
        self.gaps_label.setText(self.tr("Notes per gap"))
        self.gaps.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Gap"), self.tr("Note")])
        self.meeting_check.setText(self.tr("Next meeting"))
        self.meeting.setAccessibleName(self.tr("Date of the next meeting"))
        self.save.setText(self.tr("Save notes"))
        self._heading()

    def _heading(self) -> None:
        if self.assessment is None:
            self.heading.setText(
                self.tr("This client has no assessment yet. Start one with “New assessment”.")
            )
        else:
            day = show_date(self.assessment.taken_at.date(), long=True)
            self.heading.setText(self.tr("Notes for the assessment of {date}").format(date=day))

    def show_assessment(self, assessment: Assessment | None, analysis: Analysis | None) -> None:
        """Fill the editors; the gap table lists the assessment's gaps and any noted competency.

        The same assessment with the notes the editors already hold is left as it is (the
        cursor stays where the counsellor is typing). The caller saves unsaved notes first.
        """
        same = assessment is not None and self.assessment is not None and assessment.id == self.assessment.id
        if same and assessment is not None and SessionNotes.of(assessment) == self.state():
            self.assessment, self.analysis, self.read = assessment, analysis, SessionNotes.of(assessment)
            return
        self._filling = True
        try:
            self._fill(assessment, analysis)
        finally:
            self._filling = False
        self.read = SessionNotes.of(assessment) if assessment else None
        self.dirty = False
        self.pause.stop()

    def _fill(self, assessment: Assessment | None, analysis: Analysis | None) -> None:
        self.assessment, self.analysis = assessment, analysis
        self.status.clear()
        editable = assessment is not None
        for widget in (self.notes, self.gaps, self.meeting_check, self.save):
            widget.setEnabled(editable)
        self.meeting.setEnabled(editable and self.meeting_check.isChecked())
        self._heading()
        self.notes.setPlainText(assessment.notes if assessment else "")
        has_meeting = bool(assessment and assessment.next_meeting)
        self.meeting_check.setChecked(has_meeting)
        day = assessment.next_meeting if assessment and assessment.next_meeting else dt.date.today()
        self.meeting.setDate(QDate(day.year, day.month, day.day))
        gaps = {c.id: c.gap for c in analysis.competencies if c.gap > 0} if analysis else {}
        noted = dict(assessment.gap_notes) if assessment else {}
        order = [cid for cid in self.content.competency_ids() if cid in gaps or cid in noted]
        order += [cid for cid in noted if cid not in order]
        self.gaps.setRowCount(len(order))
        for row, cid in enumerate(order):
            name = QTableWidgetItem(competency_label(self.content, cid))
            name.setData(CID_ROLE, cid)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            gap = QTableWidgetItem(str(gaps.get(cid, 0)))
            gap.setFlags(gap.flags() & ~Qt.ItemFlag.ItemIsEditable)
            gap.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.gaps.setItem(row, 0, name)
            self.gaps.setItem(row, 1, gap)
            self.gaps.setItem(row, 2, QTableWidgetItem(noted.get(cid, "")))
        self.gaps.resizeColumnToContents(0)
        self.gaps.resizeColumnToContents(1)

    def state(self) -> SessionNotes:
        """The notes as the editors hold them now."""
        return SessionNotes(self.notes.toPlainText(), self.gap_notes(), self.next_meeting())

    def mark_saved(self, stored: SessionNotes) -> None:
        """The store now holds `stored`; edits typed meanwhile stay unsaved."""
        self.read = stored
        self.dirty = self.state() != stored
        if not self.dirty:
            self.pause.stop()

    def gap_notes(self) -> dict[str, str]:
        out = {}
        for row in range(self.gaps.rowCount()):
            name, note = self.gaps.item(row, 0), self.gaps.item(row, 2)
            if name is not None and note is not None and note.text().strip():
                out[str(name.data(CID_ROLE))] = note.text().strip()
        return out

    def next_meeting(self) -> dt.date | None:
        if not self.meeting_check.isChecked():
            return None
        day = self.meeting.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_status(self, text: str) -> None:
        self.status.setText(text)
