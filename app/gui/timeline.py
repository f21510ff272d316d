"""The development plan as a timeline: one row per step, a bar over the months it takes."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

if TYPE_CHECKING:  # the report's view-model loads jinja2 and Babel: not at start-up
    from app.analysis.result import PlanStep
    from app.report.view import StepView


class _Bar(QWidget):
    """A bar from `left` to `left + width` (fractions of the whole), with the span written after it."""

    def __init__(self, left: float, width: float, text: str):
        super().__init__()
        self.left, self.width_part, self.text = left, width, text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        x, bar_w = self.left * w, max(self.width_part * w, 4.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(QRectF(x, 2, bar_w, h - 4), 3, 3)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        text_w = self.fontMetrics().horizontalAdvance(self.text) + 8
        if text_w <= bar_w:
            painter.drawText(QRectF(x, 0, bar_w, h), Qt.AlignmentFlag.AlignCenter, self.text)
        else:  # does not fit in the bar: write it beside, where there is room
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            if x + bar_w + text_w <= w:
                rect = QRectF(x + bar_w + 4, 0, text_w, h)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text)
            else:
                rect = QRectF(max(x - text_w - 4, 0), 0, text_w, h)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self.text)


class _Axis(QWidget):
    """Month numbers across the top (1, then every 3rd, 6th or 12th month, as room allows)."""

    def __init__(self, horizon: int):
        super().__init__()
        self.horizon = horizon
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        room = self.fontMetrics().horizontalAdvance("000")
        every = next((e for e in (1, 3, 6, 12, 24) if self.width() * e / self.horizon >= room), 24)
        for month in [1, *range(every + 1 if every > 1 else 2, self.horizon + 1, every)]:
            x = self.width() * (month - 1) / self.horizon
            painter.drawText(
                QRectF(x, 0, room, self.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(month),
            )


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.steps: list[StepView] = []

    def set_steps(self, steps: list[tuple[StepView, PlanStep]], horizon: int, month_word: str) -> None:
        """Draw `steps` (the report's text with the plan's months) on a scale of `horizon` months."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.steps = [view for view, _ in steps]
        if not steps:
            self.setAccessibleDescription("")
            return
        axis_label = QLabel(month_word)
        axis_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.grid.addWidget(axis_label, 0, 0)
        self.grid.addWidget(_Axis(horizon), 0, 1)
        for row, (step, plan) in enumerate(steps, start=1):
            title = QLabel(
                f"<b>{html.escape(step.title)}</b><br><small>{html.escape(step.kind)} · "
                f"{html.escape(step.hours)}</small>"
            )
            title.setWordWrap(True)
            details = [step.description, *step.why]
            if step.first_step:
                details.append(f"{step.first_step}")
            if step.closes:
                details.append(", ".join(step.closes))
            if step.sources:
                details.append(", ".join(step.sources))
            title.setToolTip("\n".join(d for d in details if d))
            self.grid.addWidget(title, row, 0)
            width = max(plan.end_month - plan.start_month, 1)
            self.grid.addWidget(_Bar(plan.start_month / horizon, width / horizon, step.span), row, 1)
        self.setAccessibleName(month_word)
        self.setAccessibleDescription("; ".join(f"{s.title}: {s.span}, {s.hours}" for s in self.steps))
