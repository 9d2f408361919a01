"""The case list model: rows are fetched a page at a time as the view scrolls (fetchMore)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.services import queries
from caseapp.services.database import Database
from caseapp.services.queries import CaseFilter, CaseSummary
from ui.format import short_date
from ui.widgets import ERROR_COLOUR

PAGE = 200


def state_label(state: str) -> str:
    labels = {
        "registered": QCoreApplication.translate("CaseTableModel", "Registered"),
        "in_progress": QCoreApplication.translate("CaseTableModel", "In progress"),
        "waiting": QCoreApplication.translate("CaseTableModel", "Waiting for citizen"),
        "decided": QCoreApplication.translate("CaseTableModel", "Decided"),
        "rejected": QCoreApplication.translate("CaseTableModel", "Rejected"),
        "closed": QCoreApplication.translate("CaseTableModel", "Closed"),
        "withdrawn": QCoreApplication.translate("CaseTableModel", "Withdrawn"),
        "transferred_out": QCoreApplication.translate("CaseTableModel", "Transferred out"),
    }
    return labels.get(state, state)


SORT_KEYS = ("case_number", "registered_on", "citizen", "register_no", "service", "subject", "state", "due_date")


class CaseTableModel(QAbstractTableModel):
    """Cases matching a query (filters + sort), fetched a page at a time as the view scrolls."""

    def __init__(self, db: Database, language: str = "mn", today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._language = language
        self._today = today or date.today()
        self._rows: list[CaseSummary] = []
        self.filters = CaseFilter()
        self.sort_key, self.descending = "registered_on", True
        self.total = 0
        self.set_query(self.filters)

    def set_query(self, filters: CaseFilter, sort_key: str | None = None, descending: bool | None = None) -> None:
        """Show the cases matching ``filters`` (the first page is there at once)."""
        self.beginResetModel()
        self.filters = filters
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        self.total = queries.count_cases(self._db, filters, today=self._today)
        self._rows = self._page(0) if self.total else []     # inside the reset: views see one consistent change
        self.endResetModel()

    def _page(self, offset: int) -> list[CaseSummary]:
        return queries.list_cases(self._db, self.filters, sort=self.sort_key, descending=self.descending,
                                  offset=offset, limit=PAGE, today=self._today)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_KEYS):
            self.set_query(self.filters, SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def headers(self) -> list[str]:
        return [self.tr("Case number"), self.tr("Registered on"), self.tr("Citizen"), self.tr("Register no."),
                self.tr("Service"), self.tr("Subject"), self.tr("State"), self.tr("Due date")]

    # --- lazy loading -----------------------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or len(self._rows) >= self.total:
            return
        page = self._page(len(self._rows))
        if not page:
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- the table ---------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 8:
            return self.headers()[section]
        return None

    def case_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        column = index.column()
        overdue = case.overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return case.case_number
            if column == 1:
                return short_date(case.registered_on)
            if column == 2:
                return case.citizen_name
            if column == 3:
                return case.register_no or ""
            if column == 4:
                return case.service_name_mn if self._language == "mn" else case.service_name_en
            if column == 5:
                return case.subject
            if column == 6:
                return state_label(case.state)
            if column == 7:
                # not colour alone: the text itself says the case is late
                if overdue:
                    return "⚠ " + self.tr("%1 overdue").replace("%1", short_date(case.due_date))
                return short_date(case.due_date)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == 7:
            return QBrush(QColor(ERROR_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return case.subject
        return None
