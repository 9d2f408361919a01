"""The main window: queues with live counts, one search box, and the lazily loaded case list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from caseapp.domain.states import OPEN_STATES
from caseapp.services import queries
from caseapp.services.database import Database
from caseapp.services.queries import ACTIVE, CaseFilter
from caseapp.services.users import Actor
from ui.case_table import SORT_KEYS, CaseTableModel
from ui.tasks import TaskRunner

QUEUES = ("all", "mine", "office", "due_today", "due_soon", "overdue", "waiting", "closed")


class MainWindow(QMainWindow):
    signed_out = Signal(str)        # a user name to offer at the next sign-in ("" for none)

    def __init__(self, db: Database, language: str = "mn", notice: str = "", actor: Actor | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.language = language
        self.runner = runner or TaskRunner(self)
        self.today = date.today()
        info = queries.workstation(db)
        self.office = info.office_code
        office_name = info.office_name_mn if language == "mn" else info.office_name_en
        self.setWindowTitle(self.tr("Case management — %1").replace("%1", office_name))
        self.resize(1280, 760)

        self.model = CaseTableModel(db, language, self.today, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 170), (1, 90), (2, 150), (3, 105), (4, 160), (5, 150), (6, 130), (7, 110)):
            self.table.setColumnWidth(column, width)

        self.queues = QListWidget(self)
        self.queues.setObjectName("queues")
        for key in QUEUES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.queues.addItem(item)
        self.queues.setMaximumWidth(260)
        self.queues.currentItemChanged.connect(lambda *_: self.apply())

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Register number, case number or name…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self.apply)
        focus_search = QAction(self)
        focus_search.setShortcut(QKeySequence.StandardKey.Find)
        focus_search.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(focus_search)

        self.heading = QLabel("")
        self.heading.setObjectName("heading")
        central = QWidget(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.search, 1)
        right_layout.addLayout(top)
        if notice:
            notice_label = QLabel(notice)
            notice_label.setObjectName("notice")
            notice_label.setWordWrap(True)
            right_layout.addWidget(notice_label)
        right_layout.addWidget(self.table)
        splitter = QSplitter(self)
        splitter.addWidget(self.queues)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1060])
        layout = QVBoxLayout(central)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

        status = QLabel(
            self.tr("Office: %1 | Workstation: %2 | Waiting to sync: %3 | Database: %4")
            .replace("%1", info.office_code).replace("%2", info.node_id)
            .replace("%3", f"{info.pending_sync:,}").replace("%4", str(db.path)))
        status.setObjectName("statusInfo")
        self.statusBar().addPermanentWidget(status)
        if actor is not None:
            user = QLabel(self.tr("User: %1 (%2)").replace("%1", actor.full_name).replace("%2", actor.username))
            user.setObjectName("statusUser")
            self.statusBar().addWidget(user)
            sign_out = QAction(self.tr("Sign out"), self)
            sign_out.setObjectName("signOut")
            sign_out.setShortcut(QKeySequence("Ctrl+Shift+Q"))
            sign_out.triggered.connect(lambda: self.signed_out.emit(""))
            change_password = QAction(self.tr("Change password…"), self)
            change_password.setObjectName("changePassword")
            change_password.triggered.connect(self.open_password_dialog)
            session = self.menuBar().addMenu(self.tr("&Session"))
            session.addAction(change_password)
            session.addAction(sign_out)
            if actor.can("register"):
                new_case = QAction(self.tr("New case…"), self)
                new_case.setObjectName("newCase")
                new_case.setShortcut(QKeySequence.StandardKey.New)
                new_case.triggered.connect(self.open_intake)
                self.menuBar().addMenu(self.tr("&Cases")).addAction(new_case)
        self.refresh_counts()
        self.queues.setCurrentRow(0)

    def open_password_dialog(self) -> None:
        from ui.password import PasswordDialog

        self.password_dialog = PasswordDialog(self.db, self.runner, self.actor, self)
        self.password_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 10_000))
        self.password_dialog.open()

    def open_intake(self) -> None:
        from ui.intake import IntakeDialog

        dialog = IntakeDialog(self.db, self.runner, self.actor, queries.service_choices(self.db, self.language),
                              self.language, self)
        dialog.saved.connect(self.case_registered)
        self.intake = dialog
        dialog.open()

    def case_registered(self, case) -> None:
        self.refresh_counts()
        self.apply()
        due = case.due_date.isoformat() if case.due_date else ""
        self.statusBar().showMessage(self.tr("Registered %1, due %2").replace("%1", case.case_number)
                                     .replace("%2", due), 15_000)

    # --- queues -------------------------------------------------------------------------------------------------
    def queue_labels(self) -> dict[str, str]:
        return {"all": self.tr("All cases"), "mine": self.tr("My cases"), "office": self.tr("Office queue"),
                "due_today": self.tr("Due today"), "due_soon": self.tr("Due within 3 working days"),
                "overdue": self.tr("Overdue"), "waiting": self.tr("Waiting for citizen"),
                "closed": self.tr("Recently closed")}

    def queue_filter(self, key: str) -> tuple[CaseFilter, str, bool]:
        """(filters, sort key, descending) of a queue."""
        office, today = self.office, self.today
        open_states = tuple(sorted(OPEN_STATES))
        if key == "mine":
            user = self.actor.user_id if self.actor else "-"
            return CaseFilter(assignee_id=user, states=open_states), "due_date", False
        if key == "office":
            return CaseFilter(office_id=office, states=open_states), "due_date", False
        if key == "due_today":
            return CaseFilter(office_id=office, states=ACTIVE, due_from=today, due_to=today), "due_date", False
        if key == "due_soon":
            horizon = queries.working_day_horizon(self.db, 3, today)
            return CaseFilter(office_id=office, states=ACTIVE, due_from=today, due_to=horizon), "due_date", False
        if key == "overdue":
            return CaseFilter(office_id=office, overdue=True), "due_date", False
        if key == "waiting":
            return CaseFilter(office_id=office, states=("waiting",)), "registered_on", True
        if key == "closed":
            return CaseFilter(office_id=office, closed_from=today - timedelta(days=7)), "registered_on", True
        return CaseFilter(), "registered_on", True

    def refresh_counts(self) -> None:
        board = queries.dashboard(self.db, office_id=self.office,
                                  user_id=self.actor.user_id if self.actor else None, today=self.today)
        counts = {"all": queries.count_cases(self.db), "mine": board.my_open, "office": board.office_open,
                  "due_today": board.due_today, "due_soon": board.due_today + board.due_soon,
                  "overdue": board.overdue, "waiting": board.waiting, "closed": board.recently_closed}
        labels = self.queue_labels()
        for row in range(self.queues.count()):
            item = self.queues.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            text = f"{labels[key]} ({counts[key]:,})"
            if key == "overdue" and counts[key]:
                text = "⚠ " + text
            item.setText(text)

    def current_queue(self) -> str:
        item = self.queues.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "all"

    def apply(self) -> None:
        """Show the current queue, narrowed by the search box."""
        self._search_timer.stop()
        key = self.current_queue()
        filters, sort_key, descending = self.queue_filter(key)
        filters = replace(filters, search=self.search.text().strip())
        self.model.set_query(filters, sort_key, descending)
        column = SORT_KEYS.index(sort_key)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        label = self.queue_labels()[key]
        self.heading.setText(self.tr("%1: %2").replace("%1", label).replace("%2", f"{self.model.total:,}"))
