"""Corrections of the shown client's record in the counsellor window, as `clients edit`,
`move-assessment`, `set-date`, `delete-assessment`, `consent` and `settings --retention-months`
make them on the command line.

Each action is one call to the store (one transaction), says its result or its failure in the
view's status line in the view's language, and shows the record afresh. The view places the
controls (`RecordActions`' widgets) and calls `show_client` and `retranslate`; the actions on
an assessment are also in the assessments table's context menu, and Delete deletes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.gui.counsellor.client_dialogs import (
    AssessmentDateDialog,
    ClientDetailsDialog,
    MoveAssessmentDialog,
    RecordSettingsDialog,
    is_future,
)
from app.gui.i18n import current_language, show_date
from app.storage.client_store import ClientSummary, StoreError

if TYPE_CHECKING:
    from app.gui.counsellor.counsellor_view import CounsellorView


def one_line(text: str) -> str:
    return " ".join(text.split())


class RecordActions(QObject):
    def __init__(self, view: CounsellorView):
        super().__init__(view)
        self.view = view
        self.edit_client = self._button("edit_client", self.ask_edit_client)
        self.consent_line = QLabel()
        self.consent_line.setObjectName("consent_line")
        self.consent_line.setTextFormat(Qt.TextFormat.PlainText)
        self.review_line = QLabel()
        self.review_line.setObjectName("review_line")
        self.review_line.setTextFormat(Qt.TextFormat.PlainText)
        self.review_line.setWordWrap(True)
        self.record_consent = self._button("record_consent", self.record_consent_today)
        self.settings = self._button("record_settings", self.ask_settings)

        self.move = self._button("move_assessment", self.ask_move)
        self.change_date = self._button("change_assessment_date", self.ask_date)
        self.delete = self._button("delete_assessment", self.ask_delete)
        self.move_action = QAction(view.history)
        self.move_action.triggered.connect(self.ask_move)
        self.date_action = QAction(view.history)
        self.date_action.triggered.connect(self.ask_date)
        self.delete_action = QAction(view.history)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.ask_delete)
        view.history.addActions([self.move_action, self.date_action, self.delete_action])
        view.history.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.consent_row = QWidget()
        row = QHBoxLayout(self.consent_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.consent_line)
        row.addWidget(self.record_consent)
        row.addStretch()
        self.assessment_bar = QWidget()
        bar = QHBoxLayout(self.assessment_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.move, self.change_date):
            bar.addWidget(button)
        bar.addStretch()
        bar.addWidget(self.delete)

    @staticmethod
    def _button(name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def retranslate(self) -> None:
        self.edit_client.setText(self.tr("Edit details…"))
        self.record_consent.setText(self.tr("Record consent today"))
        self.record_consent.setToolTip(
            self.tr("Record that the client agreed today to these records being kept")
        )
        self.settings.setText(self.tr("Settings…"))
        self.settings.setToolTip(
            self.tr(
                "Your name on shared notes, and how long records are kept before a client is due for review"
            )
        )
        for button, action, text in (
            (self.move, self.move_action, self.tr("Move to another client…")),
            (self.change_date, self.date_action, self.tr("Change date…")),
            (self.delete, self.delete_action, self.tr("Delete assessment…")),
        ):
            button.setText(text)
            action.setText(text)

    def show_client(self, client: ClientSummary) -> None:
        """The consent line, the review mark, and which actions the record allows."""
        if client.consent_at is not None:
            self.consent_line.setText(
                self.tr("Consent recorded on {date}").format(date=show_date(client.consent_at, long=True))
            )
        else:
            self.consent_line.setText(self.tr("Consent: not recorded"))
        self.record_consent.setEnabled(client.consent_at != dt.date.today())
        months = self._retention() if self.view.model.is_due(client.id) else None
        self.review_line.setVisible(months is not None)
        if months is not None:
            self.review_line.setText(
                self.tr("Due for review or erasure: nothing new for more than %n month(s).", "", months)
            )
        has_any = bool(self.view.assessments)
        for control in (self.move, self.change_date, self.delete):
            control.setEnabled(has_any)
        for action in (self.move_action, self.date_action, self.delete_action):
            action.setEnabled(has_any)

    # -- the client's details and consent
    def ask_edit_client(self) -> None:
        client = self.view.current_client()
        if client is None:
            return
        dialog = ClientDetailsDialog(client, self.view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_details(dialog.name.text(), dialog.email.text(), dialog.phone.text())

    def save_details(self, name: str, email: str, phone: str) -> bool:
        """Correct the shown client's details; the list sorts them anew and keeps them selected."""
        client_id = self.view.current_client_id()
        if client_id is None or not self.view.flush_notes():
            return False
        try:
            client = self.view.store.edit_client(client_id, name=name, email=email, phone=phone)
        except StoreError as exc:
            return self._failed(exc)
        self._show_again(client_id)
        self._say(self.tr("{name}’s details are saved.").format(name=one_line(client.name)))
        return True

    def record_consent_today(self, today: dt.date | None = None) -> bool:
        """Record that the shown client gave consent today (`clients consent ID TODAY`)."""
        client_id = self.view.current_client_id()
        if client_id is None or not self.view.flush_notes():
            return False
        day = today or dt.date.today()
        try:
            self.view.store.set_consent(client_id, day)
        except StoreError as exc:
            return self._failed(exc)
        self._show_again(client_id)
        self._say(self.tr("Consent recorded on {date}.").format(date=show_date(day, long=True)))
        return True

    # -- one assessment
    def ask_move(self) -> None:
        client = self.view.current_client()
        assessment_id = self.view.selected_assessment_id()
        described = self._described(assessment_id)
        if client is None or assessment_id is None or described is None:
            return
        try:
            others = [c for c in self.view.store.clients() if c.id != client.id]
        except StoreError as exc:
            self._failed(exc)
            return
        if not others:
            self._say(self.tr("There is no other client to move it to: add that client first (New client…)."))
            return
        intro = self.tr("Move the assessment of {date} ({result}) from {name} to:").format(
            date=described[0], result=described[1], name=one_line(client.name)
        )
        dialog = MoveAssessmentDialog(intro, others, self.view)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if chosen is not None:
            self.move_assessment(assessment_id, chosen)

    def move_assessment(self, assessment_id: int, to_client_id: int) -> bool:
        """Move one of the shown client's assessments (with its notes) to another client; it
        leaves this record, and the status line says where it went."""
        client = self.view.current_client()
        described = self._described(assessment_id)
        if client is None or described is None:
            return False
        if to_client_id == client.id:
            self._say(
                self.tr("The assessment already belongs to {name}; nothing was moved.").format(
                    name=one_line(client.name)
                )
            )
            return False
        if not self.view.flush_notes():
            return False
        try:
            self.view.store.move_assessment(assessment_id, to_client_id)
            to_name = self.view.store.client(to_client_id).name
        except StoreError as exc:
            return self._failed(exc)
        self._show_again(client.id)
        self._say(
            self.tr("The assessment of {date} ({result}) was moved to {name}.").format(
                date=described[0], result=described[1], name=one_line(to_name)
            )
        )
        return True

    def ask_date(self) -> None:
        assessment = self.view.selected_assessment()
        if assessment is None:
            return
        dialog = AssessmentDateDialog(assessment.taken_at.date(), self.view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_date(assessment.id, dialog.day())

    def set_date(self, assessment_id: int, day: dt.date) -> bool:
        """Correct the day one of the shown client's assessments was taken; a future day is refused."""
        client_id = self.view.current_client_id()
        if client_id is None or self._described(assessment_id) is None:
            return False
        if is_future(day):
            self._say(
                self.tr(
                    "{date} is in the future: an assessment cannot be dated later than today. Nothing was changed."
                ).format(date=show_date(day, long=True))
            )
            return False
        if not self.view.flush_notes():
            return False
        try:
            self.view.store.set_assessment_date(assessment_id, day)
        except StoreError as exc:
            return self._failed(exc)
        self._show_again(client_id)
        self._say(self.tr("The assessment is now dated {date}.").format(date=show_date(day, long=True)))
        return True

    def ask_delete(self) -> None:
        assessment = self.view.selected_assessment()
        described = self._described(assessment.id) if assessment else None
        if assessment is None or described is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete assessment"),
            self.tr(
                "Delete the assessment of {date} ({result})? It is erased without a trace, and with it "
                "everything recorded on it: %n note(s), the next meeting and your ratings, if any. "
                "This cannot be undone.",
                "",
                len(assessment.note_rows),
            ).format(date=described[0], result=described[1]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.view,
        )
        box.setObjectName("delete_assessment_confirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.delete_assessment(assessment.id)

    def delete_assessment(self, assessment_id: int) -> bool:
        """Erase one of the shown client's assessments and its notes, leaving no trace."""
        client_id = self.view.current_client_id()
        described = self._described(assessment_id)
        if client_id is None or described is None or not self.view.flush_notes():
            return False
        try:
            self.view.store.delete_assessment(assessment_id, client_id=client_id)
        except StoreError as exc:
            if exc.code == "erase_pending_assessment":  # deleted; the file is cleared later
                self._show_again(client_id)
            return self._failed(exc)
        self._show_again(client_id)
        self._say(
            self.tr("The assessment of {date} ({result}) was deleted.").format(
                date=described[0], result=described[1]
            )
        )
        return True

    # -- the counsellor's name and retention
    def ask_settings(self) -> None:
        try:
            name, months = self.view.store.counsellor_name, self.view.store.retention_months
        except StoreError as exc:
            self._failed(exc)
            return
        dialog = RecordSettingsDialog(name, months, self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.chosen_name() != name and not self.set_counsellor_name(dialog.chosen_name()):
            return
        if dialog.chosen_months() != months:
            self.set_retention(dialog.chosen_months())

    def set_counsellor_name(self, name: str) -> bool:
        """The name that signs the counsellor's shared notes in PDFs from now on."""
        try:
            self.view.store.set_counsellor_name(name)
        except StoreError as exc:
            return self._failed(exc)
        self.view.refresh()
        self._say(
            self.tr("Your shared notes are signed “{name}” in PDFs.").format(name=name)
            if name
            else self.tr("Your shared notes are not signed in PDFs.")
        )
        return True

    def set_retention(self, months: int | None) -> bool:
        """Months without activity before a client is marked for review (None: none is marked)."""
        if not self.view.flush_notes():
            return False
        try:
            self.view.store.set_retention(months)
        except StoreError as exc:
            return self._failed(exc)
        self._show_again(self.view.current_client_id())
        if months:
            self._say(
                self.tr(
                    "Clients with nothing new for more than %n month(s) are marked for review.", "", months
                )
            )
        else:
            self._say(self.tr("No retention period is set: no client is marked for review."))
        return True

    # -- helpers
    def _described(self, assessment_id: int | None) -> tuple[str, str] | None:
        """The date and result of one of the shown client's assessments, as its row shows them
        (None when it is not in the shown record)."""
        for row in range(self.view.history.rowCount()):
            date, result = self.view.history.item(row, 0), self.view.history.item(row, 1)
            if (
                date is not None
                and result is not None
                and date.data(Qt.ItemDataRole.UserRole) == assessment_id
            ):
                return date.text(), result.text()
        return None

    def _retention(self) -> int | None:
        try:
            return self.view.store.retention_months
        except StoreError:
            return None

    def _show_again(self, client_id: int | None) -> None:
        """The list and the record as stored now, the client still selected (the search is
        cleared when their corrected name no longer matches it)."""
        self.view.reload_clients(select=client_id)
        if client_id is not None and self.view.current_client_id() != client_id:
            self.view.search.clear()
            self.view.reload_clients(select=client_id)

    def _failed(self, exc: StoreError) -> bool:
        self._say(exc.message(current_language()))
        return False

    def _say(self, text: str) -> None:
        self.view.status.setText(text)
