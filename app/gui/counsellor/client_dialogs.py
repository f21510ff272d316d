"""Dialogs for a client's record: their details (new or corrected), the client an assessment
moves to, the day it was taken, and how long records are kept before review.

Each dialog only asks; `RecordActions` makes the change in the store.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.counsellor.client_model import ID_ROLE, ClientFilterProxy, ClientTableModel
from app.storage.client_store import FIELD_MAX, RETENTION_MAX, ClientSummary


def is_future(day: dt.date, today: dt.date | None = None) -> bool:
    """Is `day` after today (on this computer's calendar)? No assessment is taken then."""
    return day > (today or dt.date.today())


def _ok_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, buttons.button(QDialogButtonBox.StandardButton.Ok)


class ClientDetailsDialog(QDialog):
    """Name, e-mail and phone: empty for a new client, prefilled to correct a client's."""

    def __init__(self, client: ClientSummary | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_client_dialog" if client is None else "edit_client_dialog")
        self.setWindowTitle(self.tr("New client") if client is None else self.tr("Edit client details"))
        self.name = QLineEdit()
        self.name.setObjectName("client_name")
        self.email = QLineEdit()
        self.email.setObjectName("client_email")
        self.phone = QLineEdit()
        self.phone.setObjectName("client_phone")
        for field in (self.name, self.email, self.phone):
            field.setMaxLength(FIELD_MAX)
        if client is not None:
            self.name.setText(client.name)
            self.email.setText(client.email)
            self.phone.setText(client.phone)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail (optional)"), self.email)
        form.addRow(self.tr("Phone (optional)"), self.phone)
        buttons, self.ok = _ok_cancel(self)
        self.ok.setEnabled(bool(self.name.text().strip()))
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form.addRow(buttons)


class MoveAssessmentDialog(QDialog):
    """The client an assessment moves to, picked from a searchable list (the same search and
    order as the client list) that leaves out the client it belongs to now."""

    def __init__(self, intro: str, clients: list[ClientSummary], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("move_assessment_dialog")
        self.setWindowTitle(self.tr("Move to another client"))
        text = QLabel(intro)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("move_search")
        self.search.setClearButtonEnabled(True)
        search = self.tr("Search by name, e-mail or phone…")
        self.search.setPlaceholderText(search)
        self.search.setAccessibleName(search)
        self.model = ClientTableModel(self)
        self.model.set_clients(clients)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        self.table = QTableView()
        self.table.setObjectName("move_clients")
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.hideColumn(3)  # the next meeting does not tell clients apart
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        buttons, self.ok = _ok_cancel(self)
        self.ok.setText(self.tr("Move"))
        self.ok.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.ok.setEnabled(self.chosen() is not None)
        )
        self.search.textChanged.connect(self._search)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _search(self, text: str) -> None:
        """Narrow the list; the first match is chosen unless the chosen client still shows."""
        self.proxy.set_search(text)
        if self.chosen() is None and self.proxy.rowCount() > 0:
            self.table.selectionModel().select(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def chosen(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(ID_ROLE) if rows else None
        return int(value) if value is not None else None


class AssessmentDateDialog(QDialog):
    """The day an assessment was taken; a day after today is refused here, before the store."""

    def __init__(self, current: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assessment_date_dialog")
        self.setWindowTitle(self.tr("Change date"))
        self.date = QDateEdit(QDate(current.year, current.month, current.day))
        self.date.setObjectName("assessment_date")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.refused = QLabel(self.tr("The date cannot be in the future."))
        self.refused.setObjectName("date_refused")
        self.refused.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Day the assessment was taken"), self.date)
        form.addRow(self.refused)
        buttons, self.ok = _ok_cancel(self)
        form.addRow(buttons)
        self.date.dateChanged.connect(lambda _date: self._check())
        self._check()

    def day(self) -> dt.date:
        date = self.date.date()
        return dt.date(date.year(), date.month(), date.day())

    def _check(self) -> None:
        future = is_future(self.day())
        self.refused.setVisible(future)
        self.ok.setEnabled(not future)


class RecordSettingsDialog(QDialog):
    """The counsellor's name, which signs the shared notes in PDFs, and how many months without
    activity before a client is marked for review or erasure.

    Both live in the client store, not in the counsellor's settings file: `clients note`, `clients
    report` and `clients list` on the command line use the same ones."""

    def __init__(self, name: str, months: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("record_settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.name = QLineEdit(name)
        self.name.setObjectName("counsellor_name")
        self.name.setMaxLength(FIELD_MAX)
        text = QLabel(
            self.tr(
                "A client with no new assessment or note for longer than this is marked in the list "
                "as due for review: erase their records, or keep them if there is still a reason to."
            )
        )
        text.setWordWrap(True)
        self.months = QSpinBox()
        self.months.setObjectName("retention_months")
        self.months.setRange(0, RETENTION_MAX)
        self.months.setSpecialValueText(self.tr("Not set"))
        self.months.setValue(months or 0)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name (signs your shared notes in PDFs)"), self.name)
        form.addRow(text)
        form.addRow(self.tr("Months without activity"), self.months)
        buttons, _ok = _ok_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(460)  # the explanation wraps into a few readable lines

    def chosen_name(self) -> str:
        return " ".join(self.name.text().split())

    def chosen_months(self) -> int | None:
        """The months, or None for no retention period (no client is marked)."""
        return self.months.value() or None
