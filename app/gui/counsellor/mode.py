"""Counsellor mode inside a window: the view beside the start page and the wizard.

The mode sees its window only through `CounsellorHost` (the few things it needs), so the
window owns the mode and this package never imports the window. A new assessment runs the
ordinary wizard with a `StoreSaver`, so the answers go straight into the client store
instead of an autosave file.

Entering asks for the passphrase (`PassphrasePage`); after `lock_minutes` without a key or a
click the view locks itself back to that prompt, its notes saved first. A client's wizard
locks too (a counsellor steps away from a shared computer while a client answers as often as
from the list): its answers are saved, and unlocking returns to the same page. Leaving for
the start page closes the store: the next person at the computer sees no client. The view keeps its own
language: the wizard may switch to a client's language, and coming back switches back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QWidget

from app.domain.answers import AnswerFile
from app.gui.counsellor.counsellor_view import CounsellorView
from app.gui.counsellor.lock_page import ChangePassphraseDialog, PassphrasePage
from app.gui.counsellor.settings import CounsellorSettings
from app.gui.counsellor.store_access import change_passphrase, open_store, store_exists
from app.gui.i18n import current_language, set_language
from app.languages import LANGUAGES, Language
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
        *,
        for_client: bool = False,
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


_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class CounsellorMode(QObject):
    def __init__(self, host: CounsellorHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.view: CounsellorView | None = None
        self.page: PassphrasePage | None = None
        self.settings = CounsellorSettings.load(host.data_dir)
        self.outside_language: Language | None = None
        """The app's language when counsellor mode was entered, restored on leaving."""
        self.locked = False
        self.wizard: AssessmentWizard | None = None
        """The client's wizard while it is open."""
        self.behind_lock: QWidget | None = None
        """The wizard's page of the window hidden by the lock, shown again on unlocking."""
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_lock_minutes(self.settings.lock_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- entering, locking, leaving
    def show_view(self, select: int | None = None) -> CounsellorView | None:
        """The client list, or the passphrase prompt while the store is not open (None then)."""
        self._enter_language()
        if self.view is None or self.locked:
            self._ask_passphrase()
            return None
        self.host.stack.setCurrentWidget(self.view)
        self.view.reload_clients(select=select)
        self.idle.start()
        return self.view

    def _enter_language(self) -> None:
        if self.outside_language is None:
            self.outside_language = current_language()
        if self.settings.language is None:
            self.settings.language = current_language()
        if self.settings.language != current_language():
            set_language(self.settings.language)

    def _ask_passphrase(self, error: str = "") -> None:
        if self.page is None:
            self.page = PassphrasePage()
            self.page.unlockRequested.connect(self.unlock)
            self.page.backRequested.connect(self.back)
            self.host.stack.addWidget(self.page)
        creating = self.view is None and not store_exists(self.host.data_dir)
        self.page.ask(creating=creating, error=error)
        self.host.stack.setCurrentWidget(self.page)
        self.page.passphrase.setFocus()

    def unlock(self, passphrase: str) -> None:
        """Open the store with `passphrase` (after a lock: check it, and show the view as it was)."""
        try:
            store = open_store(self.host.data_dir, passphrase)
        except StoreError as exc:
            assert self.page is not None
            if exc.code == "wrong_passphrase":
                self.page.show_error(self.tr("That passphrase is not right. Try again."))
            else:
                reason = exc.message(current_language())
                self.page.show_error(
                    self.tr("The client store cannot be opened: {reason}").format(reason=reason)
                )
            return
        if self.view is None:
            self.view = CounsellorView(store, self.host.content)
            self.view.backRequested.connect(self.back)
            self.view.assessmentRequested.connect(self.open_assessment)
            self.view.languageChosen.connect(self.choose_language)
            self.view.lockRequested.connect(self.lock)
            self.view.changePassphraseRequested.connect(self.ask_change_passphrase)
            self.view.storeReplaced.connect(self.store_replaced)
            self.view.lock_minutes.setValue(self.settings.lock_minutes)
            self.view.lock_minutes.valueChanged.connect(self.set_lock_minutes)
            self.host.stack.addWidget(self.view)
        else:
            store.close()  # the passphrase is right; the view's own store stays open
        self.locked = False
        if self.page is not None:
            self.page.ask(creating=False)
        behind, self.behind_lock = self.behind_lock, None
        if behind is not None and self.wizard is not None and self.host.stack.indexOf(behind) >= 0:
            self.host.stack.setCurrentWidget(behind)
            self.idle.start()
            return
        self.show_view()

    def lock(self) -> None:
        """Back to the passphrase prompt, the notes being typed (or a client's answers) saved
        first; notes that cannot be saved are kept on screen, behind the prompt."""
        if self.view is None or self.locked:
            return
        shown = self.host.stack.currentWidget()
        if self.wizard is not None and shown is self.wizard.parentWidget():
            self.wizard.save_now()
            for dialog in self.wizard.findChildren(QDialog):  # its own dialogs show answers too
                if dialog.isVisible():
                    dialog.reject()
            self.behind_lock = shown
        elif shown is self.view:
            self.view.flush_notes()
        else:
            return
        self.locked = True
        self.idle.stop()
        self._ask_passphrase()

    def store_replaced(self) -> None:
        """Another program restored a backup over the open store: close the stale view and ask
        for the passphrase of the store now in its place."""
        if self.view is None:
            return
        self.idle.stop()
        self._close_wizard()  # its saves would go to the store that is gone
        self._close_view()
        self.locked = False
        self._ask_passphrase(
            error=self.tr(
                "The client records were replaced by another program (a restored backup?). "
                "Enter the passphrase to open them as they are now."
            )
        )

    def _close_wizard(self) -> None:
        """Close a client's wizard (hidden behind the lock): it saves as it closes."""
        wizard, self.wizard, self.behind_lock = self.wizard, None, None
        if wizard is not None:
            wizard.done(int(QDialog.DialogCode.Rejected))

    def _close_view(self) -> None:
        assert self.view is not None
        self.view.watch.stop()
        self.view.store.close()
        self.host.stack.removeWidget(self.view)
        self.view.deleteLater()
        self.view = None

    def back(self) -> None:
        """To the job seeker's start page: notes saved, store closed, the app's language back."""
        self.idle.stop()
        self._close_wizard()  # left from the lock: the answers are saved, the wizard closed
        if self.view is not None:
            if not self.view.flush_notes():
                return  # the notes stay on screen; the status line says why
            self._close_view()
        self.locked = False
        self.host.stack.setCurrentWidget(self.host.start_page)
        if self.outside_language is not None and self.outside_language != current_language():
            set_language(self.outside_language)
        self.outside_language = None
        self.host.start_page.refresh()

    def close(self) -> bool:
        """The window closes: save the notes (False when they could not be saved)."""
        return self.view is None or self.view.flush_notes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.idle.isActive():
            self.idle.start()
        return False

    # -- settings and passphrase
    def set_lock_minutes(self, minutes: int) -> None:
        self.settings.lock_minutes = minutes
        self.idle.setInterval(minutes * 60_000)
        self.settings.save(self.host.data_dir)

    def choose_language(self, lang: str) -> None:
        if lang in LANGUAGES:
            self.settings.language = lang
            self.settings.save(self.host.data_dir)
            set_language(self.settings.language)

    def ask_change_passphrase(self) -> None:
        if self.view is None:
            return
        dialog = ChangePassphraseDialog(self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            change_passphrase(self.view.store, dialog.new.text())
        except StoreError as exc:
            self.view.status.setText(exc.message(current_language()))
            return
        self.view.status.setText(self.tr("The passphrase is changed. Use the new one from now on."))

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
        wizard = self.host.open_wizard(answer_file, saver, for_client=True)
        self.wizard = wizard
        wizard.finished.connect(lambda _result: self._wizard_closed(wizard, client_id))

    def _wizard_closed(self, wizard: AssessmentWizard, client_id: int) -> None:
        if self.wizard is wizard:
            self.wizard = None
            self.show_view(select=client_id)
