"""Counsellor mode inside a window: the view beside the start page and the wizard.

The mode sees its window only through `CounsellorHost` (the few things it needs), so the
window owns the mode and this package never imports the window. A new assessment runs the
ordinary wizard with a `StoreSaver`, so the answers go straight into the client store
instead of an autosave file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.domain.answers import AnswerFile
from app.gui.counsellor.counsellor_view import CounsellorView
from app.gui.i18n import current_language
from app.storage.client_store import ClientStore, StoreError

if TYPE_CHECKING:
    from app.content import Content
    from app.gui.start_page import StartPage
    from app.gui.wizard import AssessmentWizard


class CounsellorHost(Protocol):
    """What counsellor mode needs from the window it lives in."""

    stack: QStackedWidget
    start_page: StartPage
    data_dir: Path

    @property
    def content(self) -> Content: ...

    def open_wizard(
        self,
        answer_file: AnswerFile,
        saver: Callable[[AnswerFile], None],
        remover: Callable[[], None] | None = None,
    ) -> AssessmentWizard: ...

    def warn(self, text: str) -> None: ...


class StoreSaver:
    """The wizard's saver for a client: the first save with answers adds the assessment,
    later saves replace its answers (date and notes stay). Continuing a complete assessment
    never rewrites it: the first save that changes its answers adds a new assessment (history
    stays as it was); an unfinished one is continued in place."""

    def __init__(self, store: ClientStore, client_id: int, assessment_id: int | None = None):
        self.store, self.client_id, self.assessment_id = store, client_id, assessment_id
        self._history = None
        if assessment_id is not None:
            past = store.assessment(assessment_id)
            if past.status == "complete":
                self._history, self.assessment_id = past.answer_data.get("answers"), None

    def __call__(self, answer_file: AnswerFile) -> None:
        if self.assessment_id is None:
            if not answer_file.answers:
                return  # an untouched wizard leaves no empty assessment behind
            fresh = answer_file.model_copy(update={"counsellor": None})
            if self._history is not None and fresh.model_dump(mode="json")["answers"] == self._history:
                return  # opened and saved unchanged: nothing new to keep
            now = dt.datetime.now(dt.UTC).replace(microsecond=0)
            self.assessment_id = self.store.add_assessment(self.client_id, fresh, taken_at=now)
        else:
            self.store.update_answers(self.assessment_id, answer_file)


class CounsellorMode(QObject):
    def __init__(self, host: CounsellorHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.view: CounsellorView | None = None

    def show_view(self, select: int | None = None) -> CounsellorView | None:
        if self.view is None:
            try:
                store = ClientStore.open(self.host.data_dir)
            except StoreError as exc:
                reason = exc.message(current_language())
                self.host.warn(self.tr("The client store cannot be opened: {reason}").format(reason=reason))
                return None
            self.view = CounsellorView(store, self.host.content)
            self.view.backRequested.connect(self.back)
            self.view.assessmentRequested.connect(self.open_assessment)
            self.host.stack.addWidget(self.view)
        self.host.stack.setCurrentWidget(self.view)
        self.view.reload_clients(select=select)
        return self.view

    def back(self) -> None:
        self.host.stack.setCurrentWidget(self.host.start_page)
        self.host.start_page.refresh()

    def open_assessment(self, client_id: int, assessment_id: int) -> None:
        """Run the wizard for the client: a new assessment (0) or one to continue."""
        assert self.view is not None
        store = self.view.store
        try:
            client = store.client(client_id)
            if assessment_id:
                answer_file = store.assessment(assessment_id).answer_file()
                answer_file.counsellor = None  # notes are edited in the counsellor view
                saver = StoreSaver(store, client_id, assessment_id)
            else:
                answer_file = AnswerFile.model_validate(
                    {
                        "language": current_language(),
                        "respondent": {"name": client.name},
                        "client_id": client_id,
                    }
                )
                saver = StoreSaver(store, client_id)
        except StoreError as exc:
            self.host.warn(exc.message(current_language()))
            return
        wizard = self.host.open_wizard(answer_file, saver)
        wizard.finished.connect(lambda _result: self.show_view(select=client_id))
