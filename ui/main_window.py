"""The main window: the office's case list (the desktop issue grows it into the full workplace)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from caseapp.services import queries
from caseapp.services.database import Database
from caseapp.services.users import Actor
from ui.case_table import CaseTableModel


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, db: Database, language: str = "mn", notice: str = "", actor: Actor | None = None) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        info = queries.workstation(db)
        office_name = info.office_name_mn if language == "mn" else info.office_name_en
        self.setWindowTitle(self.tr("Case management — %1").replace("%1", office_name))
        self.resize(1200, 720)

        total = queries.count_cases(db)
        self.model = CaseTableModel(lambda offset, limit: queries.list_cases(db, offset=offset, limit=limit),
                                    total, language, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 175), (1, 95), (2, 160), (3, 105), (4, 190), (5, 200), (6, 130), (7, 130)):
            self.table.setColumnWidth(column, width)

        heading = QLabel(self.tr("Cases of %1: %2").replace("%1", office_name).replace("%2", f"{total:,}"))
        heading.setObjectName("heading")
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(heading)
        if notice:
            notice_label = QLabel(notice)
            notice_label.setObjectName("notice")
            notice_label.setWordWrap(True)
            layout.addWidget(notice_label)
        layout.addWidget(self.table)
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
            sign_out.triggered.connect(self.signed_out.emit)
            self.menuBar().addMenu(self.tr("&Session")).addAction(sign_out)
