"""A client's progress: radar of an earlier and the latest assessment, changes, readiness over time.

The numbers come from `app.analysis.progress` (the same as the PDF and the CLI); this widget
only shows them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.progress import Progress, Session, compute_progress
from app.content import Content
from app.gui.i18n import current_language, show_date
from app.gui.labels import competency_label
from app.report.charts import RadarSeries, radar_svg, readiness_svg
from app.report.progress import signed

COMPARE_FIRST, COMPARE_PREVIOUS = "first", "previous"


class ProgressPanel(QWidget):
    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.progress: Progress | None = None
        self.skipped: list[dt.date] = []

        self.info = QLabel()
        self.info.setObjectName("progress_info")
        self.info.setWordWrap(True)
        self.compare_label = QLabel()
        self.compare = QComboBox()
        self.compare.setObjectName("compare_with")
        self.compare.currentIndexChanged.connect(lambda _i: self._show())
        self.compare_label.setBuddy(self.compare)
        self.radar = QSvgWidget()
        self.radar.setObjectName("progress_radar")
        self.changes = QTableWidget(0, 5)
        self.changes.setObjectName("progress_changes")
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.verticalHeader().hide()
        self.changes.setTabKeyNavigation(False)
        self.readiness_title = QLabel()
        self.readiness = QSvgWidget()
        self.readiness.setObjectName("readiness_chart")

        row = QHBoxLayout()
        row.addWidget(self.compare_label)
        row.addWidget(self.compare)
        row.addStretch()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.info)
        layout.addLayout(row)
        layout.addWidget(self.radar, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.changes, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.readiness_title)
        layout.addWidget(self.readiness, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def set_sessions(self, sessions: list[Session], skipped: list[dt.date]) -> None:
        """Sessions oldest first (analysed against one profile); `skipped`: dates not counted."""
        self.progress = compute_progress(sessions) if sessions else None
        self.skipped = skipped
        self._show()

    def retranslate(self) -> None:
        self.compare_label.setText(self.tr("Compare the latest with"))
        current = self.compare.currentIndex()
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem(self.tr("the previous assessment"), COMPARE_PREVIOUS)
        self.compare.addItem(self.tr("the first assessment"), COMPARE_FIRST)
        self.compare.setCurrentIndex(max(current, 0))
        self.compare.blockSignals(False)
        self.readiness_title.setText(self.tr("Readiness over time"))
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Competency"), self.tr("Then"), self.tr("Now"), self.tr("Change"), self.tr("Target")]
        )
        self._show()

    def earlier(self) -> Session | None:
        if self.progress is None or len(self.progress.sessions) < 2:
            return None
        first = self.compare.currentData() == COMPARE_FIRST
        return self.progress.first if first else self.progress.previous

    def _show(self) -> None:
        progress, earlier = self.progress, self.earlier()
        lines = []
        if earlier is None:
            lines.append(self.tr("Progress appears once the client has two assessments."))
        if self.skipped:
            dates = ", ".join(show_date(d) for d in self.skipped)
            lines.append(
                self.tr("Not counted (answers not complete or not valid): {dates}").format(dates=dates)
            )
        self.info.setText("\n".join(lines))
        self.info.setVisible(bool(lines))
        ready = progress is not None and earlier is not None
        for widget in (self.compare_label, self.compare, self.radar, self.changes):
            widget.setVisible(ready)
        self.readiness_title.setVisible(progress is not None)
        self.readiness.setVisible(progress is not None)
        if progress is None:
            return
        lang = current_language()
        self._load(
            self.readiness,
            readiness_svg(
                [s.taken_on for s in progress.sessions],
                progress.readiness,
                lang,
                title=self.tr("Readiness over time"),
            ),
        )
        if earlier is None:
            return
        latest = progress.latest

        def name(cid: str) -> str:
            return competency_label(self.content, cid, lang)

        first = self.compare.currentData() == COMPARE_FIRST
        # The changes are the analysis's (`compute_progress`), against the first or the previous one.
        then = {c.id: c.first if first else c.previous for c in progress.changes}
        delta_of = {c.id: c.since_first if first else c.since_previous for c in progress.changes}
        comps = latest.analysis.competencies
        svg = radar_svg(
            [name(c.id) for c in comps],
            [
                RadarSeries(self.tr("Target"), [c.target for c in comps], "target"),
                RadarSeries(
                    self.tr("Earlier ({date})").format(date=show_date(earlier.taken_on)),
                    [then.get(c.id, 0) for c in comps],
                    "previous",
                ),
                RadarSeries(
                    self.tr("Latest ({date})").format(date=show_date(latest.taken_on)),
                    [c.rating for c in comps],
                    "rating",
                ),
            ],
            size=500,
        )
        self._load(self.radar, svg)
        self.changes.setRowCount(len(comps))
        for row, comp in enumerate(comps):
            before, delta = then.get(comp.id, comp.rating), delta_of.get(comp.id, 0)
            cells = [name(comp.id), str(before), str(comp.rating), signed(delta), str(comp.target)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and delta:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(QColor("#1b5e20" if delta > 0 else "#b71c1c"))
                self.changes.setItem(row, column, item)
        self.changes.resizeColumnsToContents()
        # Every row shown: the panel scrolls as a whole, the table never inside it.
        frame = 2 * self.changes.frameWidth()
        header = self.changes.horizontalHeader()
        self.changes.setFixedWidth(header.length() + frame)
        height = header.height() + frame
        height += sum(self.changes.rowHeight(r) for r in range(self.changes.rowCount()))
        self.changes.setFixedHeight(height)
        self.changes.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @staticmethod
    def _load(widget: QSvgWidget, svg: str) -> None:
        widget.load(QByteArray(svg.encode("utf-8")))
        widget.setFixedSize(widget.renderer().defaultSize())
