"""The case list model: every matching row is counted, only the rows on screen are read."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from caseapp.services import queries
from caseapp.services.database import Database
from caseapp.services.queries import ACTIVE, CaseFilter, CaseSummary
from ui.errors import present
from ui.format import short_date, state_label
from ui.widgets import DUE_SOON_COLOUR, ERROR_COLOUR

PAGE = 200
CACHE_PAGES = 50


SORT_KEYS = ("case_number", "registered_on", "citizen", "register_no", "service", "subject", "state", "due_date")


class CaseTableModel(QAbstractTableModel):
    """Cases matching a query (filters + sort). The model reports every matching row, but only the pages the view
    shows are read (on the reader pool when a runner is given); a row not read yet shows "…" for a moment.
    At most ``CACHE_PAGES`` pages are kept, so scrolling through a million rows keeps memory flat."""

    first_page = Signal()          # a new query's first page is on screen
    loaded = Signal()              # ... and its count is known

    def __init__(self, db: Database, language: str = "mn", today: date | None = None, runner=None,
                 parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._language = language
        self._today = today or db.today()
        self._runner = runner
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self.filters = CaseFilter()                  # the query on screen...
        self.sort_key, self.descending = "registered_on", True
        self.requested = (self.filters, self.sort_key, self.descending)    # ...and the one last asked for
        self._shown = 0
        self.total = 0
        self.due_soon_until: date | None = None      # due from today to this date: marked "due soon"

    def _read(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        if self._runner is None:
            done(work())
        else:
            self._runner.read(work, done, present)

    def set_query(self, filters: CaseFilter, sort_key: str | None = None, descending: bool | None = None) -> None:
        """Show the cases matching ``filters``; ``loaded`` is emitted when the first page and the count are in.

        A filtered query is counted first (an index look-up, and the count tells the page query whether to sort
        the few matches itself). Every case unfiltered is the other way round: the first page is on screen at
        once and the count of a million rows (50 ms) follows, growing the list to its full length (on a refresh
        of the list on screen, its length stays until the new count corrects it, so the view does not jump)."""
        sort_key = self.requested[1] if sort_key is None else sort_key
        descending = self.requested[2] if descending is None else descending
        self.requested = (filters, sort_key, descending)
        self._generation += 1
        generation = self._generation
        db, today = self._db, self._today
        count_later = filters == CaseFilter()
        same_list = (filters, sort_key, descending) == (self.filters, self.sort_key, self.descending)
        known_total = self.total if same_list else None

        def page(total: int | None) -> list[CaseSummary]:
            return queries.list_cases(db, filters, sort=sort_key, descending=descending, limit=PAGE,
                                      today=today, expected_rows=total)

        def work():
            if count_later:
                first = page(None)
                return (len(first) if len(first) < PAGE else None), first
            total = queries.count_cases(db, filters, today=today)
            return total, (page(total) if total else [])

        def done(result) -> None:
            if generation != self._generation:
                return                                   # a newer query was asked for meanwhile
            total, first = result
            self.beginResetModel()
            self.filters, self.sort_key, self.descending = filters, sort_key, descending
            self._shown = generation
            self.total = total if total is not None else max(len(first), known_total or 0)
            self._pages = OrderedDict({0: first}) if first else OrderedDict()
            self._requested = set()
            self.endResetModel()
            self.first_page.emit()
            if total is None:
                self._read(lambda: queries.count_cases(db, filters, today=today),
                           lambda count: self._counted(generation, count))
            else:
                self.loaded.emit()
        self._read(work, done)

    def _counted(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        if count > self.total:
            self.beginInsertRows(QModelIndex(), self.total, count - 1)
            self.total = count
            self.endInsertRows()
        elif count < self.total:
            self.beginRemoveRows(QModelIndex(), count, self.total - 1)
            self.total = count
            for page_no in [p for p in self._pages if p * PAGE >= count]:
                del self._pages[page_no]
            self.endRemoveRows()
        self.loaded.emit()

    def refresh(self) -> None:
        """Read the list again (after a change): the query last asked for, even if it is still on its way."""
        self.set_query(*self.requested)

    def _request(self, page_no: int) -> None:
        """Read one page of the list on screen (not of a query still on its way: its rows are not shown yet)."""
        if page_no in self._requested:
            return
        self._requested.add(page_no)
        shown = self._shown
        db, filters, sort_key, descending, today, total = (self._db, self.filters, self.sort_key,
                                                           self.descending, self._today, self.total)

        def work():
            return queries.list_cases(db, filters, sort=sort_key, descending=descending, offset=page_no * PAGE,
                                      limit=PAGE, today=today, expected_rows=total)

        def done(rows) -> None:
            if shown != self._shown:
                return                                     # the list was replaced meanwhile
            self._requested.discard(page_no)
            self._pages[page_no] = rows
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)           # the page read longest ago
            first = page_no * PAGE
            last = min(first + PAGE, self.total) - 1
            if self._runner is not None and last >= first:      # read inline: the caller takes the rows
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self._read(work, done)

    def case_at(self, row: int) -> CaseSummary | None:
        """The case on ``row``, or None while its page is being read."""
        if not 0 <= row < self.total:
            return None
        page = self._pages.get(row // PAGE)
        if page is None:
            self._request(row // PAGE)
            page = self._pages.get(row // PAGE)            # there already when read inline
            if page is None:
                return None
        self._pages.move_to_end(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_KEYS):
            self.set_query(self.requested[0], SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def headers(self) -> list[str]:
        return [self.tr("Case number"), self.tr("Registered on"), self.tr("Citizen"), self.tr("Register no."),
                self.tr("Service"), self.tr("Subject"), self.tr("State"), self.tr("Due date")]

    # --- the table ---------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 8:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self.case_at(index.row())
        if case is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = index.column()
        overdue = case.overdue(self._today)
        due_soon = (not overdue and self.due_soon_until is not None and case.state in ACTIVE
                    and case.due_date is not None and self._today <= case.due_date <= self.due_soon_until)
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
                if due_soon:
                    return "◷ " + self.tr("%1 due soon").replace("%1", short_date(case.due_date))
                return short_date(case.due_date)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and (overdue or due_soon):
            return QBrush(QColor(ERROR_COLOUR if overdue else DUE_SOON_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return case.subject
        return None
