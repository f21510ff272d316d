"""The client list as a Qt model: one row per client, filtered by a proxy, no widget per client.

Thousands of clients stay instant: the model holds plain summaries from one query, the
search keys of each row are folded once, names are ranked once by the language's collation
(`app.collation`: Swedish puts Å Ä Ö after Z), and the proxy only compares strings and numbers.
A client due for review or erasure (`ClientStore.due_for_review`, the rule of `clients list`'s
review mark) carries a warning icon and says so in its tooltip.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from app.collation import sorted_by
from app.gui.i18n import current_language, show_date
from app.languages import Language
from app.storage.client_schema import search_key
from app.storage.client_store import ClientSummary

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = 4
_IGNORED_IN_NUMBERS = str.maketrans("", "", " -\u00a0\u2010\u2011\u2012\u2013")
"""Spaces and dashes people put in phone numbers ("070-123 45 67")."""


def folded(*parts: str) -> tuple[str, str]:
    """Search keys: the text folded for case and accents, and the same without spaces and dashes."""
    key = search_key(*parts).strip()
    return key, key.translate(_IGNORED_IN_NUMBERS)


def matches(needle: tuple[str, str], key: tuple[str, str]) -> bool:
    """Does the folded search text occur in the key (or, ignoring spaces and dashes, in its compact form)?"""
    return needle[0] in key[0] or (bool(needle[1]) and needle[1] in key[1])


def name_ranks(names: list[str], lang: Language) -> list[int]:
    """Each name's place in the order of the language's collation (`app.collation`, as the
    command line sorts; case-insensitive)."""
    order = sorted_by(range(len(names)), lambda row: names[row], lang)
    ranks = [0] * len(names)
    for rank, row in enumerate(order):
        ranks[row] = rank
    return ranks


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ClientSummary] = []
        self._keys: list[tuple[str, str]] = []
        self._ranks: list[int] = []
        self._due: frozenset[int] = frozenset()

    def set_clients(self, clients: list[ClientSummary], due: Collection[int] = ()) -> None:
        """The clients, and the ids of those due for review or erasure (marked)."""
        self.beginResetModel()
        self._rows = list(clients)
        self._due = frozenset(due)
        self._keys = [folded(c.name, c.email, c.phone) for c in self._rows]
        self._ranks = name_ranks([c.name for c in self._rows], current_language())
        self.endResetModel()

    def clients(self) -> list[ClientSummary]:
        return list(self._rows)

    def client(self, row: int) -> ClientSummary:
        return self._rows[row]

    def is_due(self, client_id: int) -> bool:
        """Is the client due for review or erasure (no activity for longer than the retention)?"""
        return client_id in self._due

    def search_key(self, row: int) -> tuple[str, str]:
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
            return self._ranks[row] if column == 0 else self._sort_key(self._rows[row], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == 0 and self._rows[row].id in self._due:
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return self.tr("Due for review or erasure: nothing new for longer than the retention period")
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
        """New headers, and the names ranked by the new language's collation."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        ranks = name_ranks([c.name for c in self._rows], current_language())
        if ranks != self._ranks:
            self.layoutAboutToBeChanged.emit()
            self._ranks = ranks
            self.layoutChanged.emit()


class ClientFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose folded name, e-mail or phone contains the folded search text
    (case, accents, and spaces and dashes in phone numbers ignored)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._needle = ("", "")
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        needle = folded(text)
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle[0]:
            return True
        model = self.sourceModel()
        if isinstance(model, ClientTableModel):  # the fast path: no QModelIndex per row
            return matches(self._needle, model.search_key(source_row))
        key = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return isinstance(key, tuple) and matches(self._needle, key)
