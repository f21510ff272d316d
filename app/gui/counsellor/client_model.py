"""The client list as a Qt model: one row per client, filtered by a proxy, no widget per client.

Thousands of clients stay instant: the model holds plain summaries from one query, the
search key of each row is folded once, and the proxy only compares strings.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.gui.i18n import show_date
from app.storage.client_schema import search_key
from app.storage.client_store import ClientSummary

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = 4


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ClientSummary] = []
        self._keys: list[str] = []

    def set_clients(self, clients: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(clients)
        self._keys = [search_key(c.name, c.email, c.phone) for c in self._rows]
        self.endResetModel()

    def client(self, row: int) -> ClientSummary:
        return self._rows[row]

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, client_id: int) -> int | None:
        for row, client in enumerate(self._rows):
            if client.id == client_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        return None

    def _titles(self) -> tuple[str, str, str, str]:
        return (self.tr("Name"), self.tr("Assessments"), self.tr("Last assessment"), self.tr("Next meeting"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(self._rows[row], column)
        if role == SORT_ROLE:
            return self._keys[row] if column == 0 else self._sort_key(self._rows[row], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return self._rows[row].id
        if role == SEARCH_ROLE:
            return self._keys[row]
        return None

    @staticmethod
    def _shown(client: ClientSummary, column: int) -> str:
        if column == 0:
            return " ".join(client.name.split())  # a name with line breaks stays on one line
        if column == 1:
            return str(client.assessments)
        if column == 2:
            return show_date(client.last_assessment.date() if client.last_assessment else None)
        return show_date(client.next_meeting)

    @staticmethod
    def _sort_key(client: ClientSummary, column: int) -> int | str:
        """Columns 1–3: the number, or the date as ISO text ("" sorts first)."""
        if column == 1:
            return client.assessments
        if column == 2:
            return client.last_assessment.isoformat() if client.last_assessment else ""
        return client.next_meeting.isoformat() if client.next_meeting else ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)


class ClientFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose folded name, e-mail or phone contains the folded search text."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        needle = search_key(text).strip()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        if isinstance(model, ClientTableModel):  # the fast path: no QModelIndex per row
            return self._needle in model.search_key(source_row)
        key = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return isinstance(key, str) and self._needle in key
