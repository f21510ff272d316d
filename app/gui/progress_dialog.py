"""Progress at home: the person's answers now against an earlier answer file of their own,
in the same view counsellors have (`app.gui.counsellor.progress_panel`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.content import Content
from app.domain.answers import AnswerFile
from app.gui.retranslate import Retranslating


class ProgressDialog(Retranslating, QDialog):
    def __init__(
        self,
        content: Content,
        earlier: AnswerFile,
        earlier_day: dt.date,
        now: AnswerFile,
        parent: QWidget | None = None,
    ):
        from app.analysis.progress import analyse_sessions
        from app.gui.counsellor.progress_panel import ProgressPanel

        super().__init__(parent)
        self.setObjectName("progress_dialog")
        self.panel = ProgressPanel(content)
        sessions = analyse_sessions([(earlier_day, earlier), (dt.date.today(), now)], content)
        self.panel.set_sessions(sessions, [])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(760, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What changed since your earlier answers"))
