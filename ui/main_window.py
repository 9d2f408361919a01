"""The main window: queues with live counts, one search box, and the lazily loaded case list."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMainWindow, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from caseapp.domain.permissions import allowed
from caseapp.domain.states import OPEN_STATES, STATES
from caseapp.services import queries, sync, sync_problems
from caseapp.services.database import Database
from caseapp.services.queries import ACTIVE, CaseFilter
from caseapp.services.users import Actor
from ui.case_table import SORT_KEYS, CaseTableModel
from ui.format import long_date, state_label
from ui.sync_bar import SyncController, SyncStatusBar
from ui.sync_problems_dialog import SyncProblemsDialog, problems_text
from ui.tasks import TaskRunner
from ui.widgets import FOCUS_STYLE, notice_label

# model columns: 0 case number, 1 registered, 2 citizen, 3 register number, 4 service, 5 subject, 6 state, 7 due
VISIBLE_FIRST = (0, 2, 4, 6, 7, 1, 3, 5)
COLUMN_WIDTHS = {0: 165, 2: 170, 4: 150, 6: 125, 7: 185, 1: 100, 3: 110, 5: 150}
QUEUES = ("all", "mine", "office", "due_today", "due_soon", "overdue", "waiting", "extension_requests", "incoming",
          "outgoing", "conflicts", "closed")
STATUS_REFRESH_MS = 60_000
MAX_BULK_ASSIGN = 2_000        # the rows of ten pages: all of them read and on hand


class MainWindow(QMainWindow):
    signed_out = Signal(str)        # a user name to offer at the next sign-in ("" for none)
    settings_saved = Signal(str, int)   # language, auto-lock minutes

    def __init__(self, db: Database, language: str = "mn", notice: str = "", actor: Actor | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.language = language
        self.runner = runner or TaskRunner(self)
        self.today = db.today()
        info = queries.workstation(db)
        self.office = info.office_code
        office_name = info.office_name_mn if language == "mn" else info.office_name_en
        self.setWindowTitle(self.tr("Case management — %1").replace("%1", office_name))
        self.fit_to_screen()

        self.model = CaseTableModel(db, language, self.today, runner=self.runner, parent=self)
        self.model.loaded.connect(self._show_heading)
        self.model.due_soon_until = queries.due_soon_horizon(db, self.today)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setTabKeyNavigation(False)        # Tab leaves the table (arrows move inside it)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.activated.connect(lambda index: self.open_case_at(index.row()))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # what a clerk looks for comes first, so it stays on a 1366x768 screen: number, citizen, service, state,
        # deadline; then registration day, register number and (stretching) the subject
        header = self.table.horizontalHeader()
        for visual, column in enumerate(VISIBLE_FIRST):
            header.moveSection(header.visualIndex(column), visual)
        for column, width in COLUMN_WIDTHS.items():     # never narrower than the header's words
            self.table.setColumnWidth(column, max(width, header.sectionSizeFromContents(column).width()))

        self.queues = QListWidget(self)
        self.queues.setObjectName("queues")
        self.queues.setAccessibleName(self.tr("Queues"))
        for key in QUEUES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.queues.addItem(item)
        self.queues.setMaximumWidth(230)
        self.queues.setStyleSheet(FOCUS_STYLE)
        self.table.setStyleSheet(FOCUS_STYLE)
        self.queues.currentItemChanged.connect(lambda *_: self.apply())

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search"))
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

        self.service_filter = QComboBox(self)
        self.service_filter.setObjectName("serviceFilter")
        self.service_filter.addItem(self.tr("All services"), None)
        for code, name in queries.service_choices(db, language):
            self.service_filter.addItem(f"{code} — {name}", code)
        self.service_filter.setMaximumWidth(320)
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(self.tr("All states"), None)
        for state in STATES:
            self.state_filter.addItem(state_label(state), state)
        for combo in (self.service_filter, self.state_filter):
            combo.currentIndexChanged.connect(lambda _: self.apply())

        self.heading = QLabel("")
        self.heading.setObjectName("heading")
        central = QWidget(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.service_filter)
        top.addWidget(self.state_filter)
        top.addWidget(self.search, 1)
        right_layout.addLayout(top)
        if notice:
            notice_label = QLabel(notice)
            notice_label.setObjectName("notice")
            notice_label.setWordWrap(True)
            right_layout.addWidget(notice_label)
        self.last_registered = None
        self.registered_line = self._build_registered_line()
        right_layout.addWidget(self.registered_line)
        self.problems = (0, 0)                         # refused changes, user names given twice
        self.problems_line = self._build_problems_line()
        right_layout.addWidget(self.problems_line)
        right_layout.addWidget(self.table)
        splitter = QSplitter(self)
        splitter.addWidget(self.queues)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1060])
        layout = QVBoxLayout(central)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

        self.status_info = QLabel("")
        self.status_info.setObjectName("statusInfo")
        self.sync_bar_shown = False
        self._workstation: queries.WorkstationInfo = info
        self.show_workstation(info)
        self.statusBar().addPermanentWidget(self.status_info)
        self.sync_controller = SyncController(db, language, self)
        self.sync_bar = SyncStatusBar(self.sync_controller, self)
        self.sync_bar.setVisible(False)               # until this workstation is known to be enrolled
        self.sync_bar.pulled.connect(self.changed_elsewhere)
        self.statusBar().addPermanentWidget(self.sync_bar)
        if actor is not None:
            self.runner.read(lambda: sync.status(db), self._start_sync, lambda exc: None)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        if actor is not None:
            user = QLabel(self.tr("User: %1 (%2)").replace("%1", actor.full_name).replace("%2", actor.username))
            user.setObjectName("statusUser")
            self.statusBar().addWidget(user)
            sign_out = QAction(self.tr("Sign out"), self)
            sign_out.setObjectName("signOut")
            sign_out.setShortcut(QKeySequence("Ctrl+Shift+Q"))
            sign_out.triggered.connect(lambda: (self.sync_controller.stop(), self.signed_out.emit("")))
            change_password = QAction(self.tr("Change password…"), self)
            change_password.setObjectName("changePassword")
            change_password.triggered.connect(self.open_password_dialog)
            settings_action = QAction(self.tr("Settings…"), self)
            settings_action.setObjectName("openSettings")
            settings_action.triggered.connect(self.open_settings)
            session = self.menuBar().addMenu(self.tr("&Session"))
            session.addAction(change_password)
            session.addAction(settings_action)
            session.addSeparator()
            session.addAction(sign_out)
            cases = self.menuBar().addMenu(self.tr("&Cases"))
            if actor.can("register"):
                new_case = QAction(self.tr("New case…"), self)
                new_case.setObjectName("newCase")
                new_case.setShortcut(QKeySequence.StandardKey.New)
                new_case.triggered.connect(lambda: self.open_intake())
                cases.addAction(new_case)
                same_citizen = QAction(self.tr("New case for the same citizen…"), self)
                same_citizen.setObjectName("newCaseSameCitizen")
                same_citizen.setShortcut(QKeySequence("Ctrl+Shift+N"))
                same_citizen.setToolTip(self.tr("The citizen of the case just registered, or of the selected "
                                                "case"))
                same_citizen.triggered.connect(self.new_case_for_same_citizen)
                cases.addAction(same_citizen)
            open_case = QAction(self.tr("Open case"), self)
            open_case.setObjectName("openCase")
            open_case.setShortcut(QKeySequence("Ctrl+O"))
            open_case.triggered.connect(lambda: self.open_case_at(self.table.currentIndex().row()))
            cases.addAction(open_case)
            if actor.can("issue_documents"):
                reminders = QAction(self.tr("Print today's reminders…"), self)
                reminders.setObjectName("printReminders")
                reminders.triggered.connect(self.print_reminders)
                cases.addAction(reminders)
            if actor.can("assign"):
                assign = QAction(self.tr("Assign selected cases…"), self)
                assign.setObjectName("assignSelected")
                assign.setShortcut(QKeySequence("Ctrl+Shift+A"))
                assign.triggered.connect(self.open_bulk_assign)
                cases.addAction(assign)
            if actor.can("run_reports"):
                report = QAction(self.tr("Excel report…"), self)
                report.setObjectName("openReport")
                report.setShortcut(QKeySequence("Ctrl+R"))
                report.triggered.connect(self.open_report)
                self.menuBar().addMenu(self.tr("&Reports")).addAction(report)
            admin = self.menuBar().addMenu(self.tr("&Administration"))
            # everyone may look at the calendar, the catalogue and the letterhead (only an admin changes them);
            # the users and the sign-in log are for those the role allows
            screens = [("openCalendar", self.tr("Working-day calendar…"), self.open_calendar),
                       ("openCatalogue", self.tr("Service catalogue…"), self.open_catalogue),
                       ("openUsers", self.tr("Users and roles…"), self.open_users),
                       ("openLetterhead", self.tr("Letterhead…"), self.open_letterhead)]
            for name, text, opener in screens:
                if name == "openUsers" and not actor.can("view_users"):
                    continue
                action = QAction(text, self)
                action.setObjectName(name)
                action.triggered.connect(opener)
                admin.addAction(action)
        self._show_counts(None)
        # the queue counts are read once the first page is on screen (they would compete with it for the CPU)
        self.model.loaded.connect(self.refresh_counts, Qt.ConnectionType.SingleShotConnection)
        self.queues.setCurrentRow(0)

    def show_workstation(self, info: queries.WorkstationInfo | None = None) -> None:
        """Office, workstation, what waits to be synced and the database; on an enrolled workstation the sync
        state beside it says what waits, and the database is in the tooltip: the line fits a 1280-pixel bar."""
        if info is not None:
            self._workstation = info
        info = self._workstation
        if self.sync_bar_shown:
            self.status_info.setText(self.tr("Office: %1 | Workstation: %2").replace("%1", info.office_code)
                                     .replace("%2", info.node_id))
        else:
            self.status_info.setText(
                self.tr("Office: %1 | Workstation: %2 | Waiting to sync: %3 | Database: %4")
                .replace("%1", info.office_code).replace("%2", info.node_id)
                .replace("%3", f"{info.pending_sync:,}").replace("%4", str(self.db.path)))
        self.status_info.setToolTip(self.tr("Database: %1").replace("%1", str(self.db.path)))

    def refresh_status(self) -> None:
        db = self.db
        self.runner.read(lambda: queries.workstation(db), self.show_workstation, lambda exc: None)

    def refresh(self, *, made_here: bool = True) -> None:
        """After a change: the list, the queue counts and the status bar read again (on the reader pool); a
        change made here goes to the central server soon."""
        self.model.refresh()
        self.refresh_counts()
        self.refresh_status()
        if made_here:
            self.sync_controller.after_write()

    def _start_sync(self, status) -> None:
        if status.enrolled:
            self.sync_bar.setVisible(True)
            self.sync_bar_shown = True
            self.show_workstation()
            self.sync_controller.start()

    def changed_elsewhere(self, changes) -> None:
        """A sync brought changes: the lists read again, and each open case window whose case changed says so."""
        from ui.case_view import CaseView

        self.refresh(made_here=False)
        for view in self.findChildren(CaseView):
            view.changed_elsewhere(changes)

    def closeEvent(self, event) -> None:          # noqa: N802 - Qt's name
        self.sync_controller.stop()
        super().closeEvent(event)

    # --- dialogs ---------------------------------------------------------------------------------------------
    def open_case_at(self, row: int) -> None:
        case = self.model.case_at(row) if row >= 0 else None
        if case is not None:
            self.open_case(case.case_id)

    def open_case(self, reference: str) -> None:
        from ui.case_view import CaseView

        if self.actor is None:
            return
        view = CaseView(self.db, self.runner, self.actor, reference, self.language, self.today, self)
        view.changed.connect(lambda _case: self.refresh())
        view.open_case.connect(self.open_case)
        view.new_case_for.connect(lambda register_no: (view.close(), self.open_intake(register_no)))
        self.case_view = view
        view.show()

    def issue_document(self, case_number: str, kind: str, *, size: str = "a5", to_office: str | None = None,
                       print_at_once: bool = False, parent=None) -> None:
        """Issue a document on the writer thread, then offer to print or save it."""
        from caseapp.services import documents
        from ui.document_dialog import document_title, issue_and_offer

        db, actor, language = self.db, self.actor, self.language
        issue_and_offer(self.runner.write, parent or self,
                        lambda: documents.issue_document(db, actor, case_number, kind, language=language, size=size,
                                                         to_office=to_office),
                        document_title(kind, size), print_at_once=print_at_once,
                        done=lambda _document: self.refresh_status())

    def print_reminders(self) -> None:
        """The day's reminder slips of the office, one page per assignee."""
        from caseapp.services import documents
        from ui.document_dialog import DocumentReadyDialog
        from ui.errors import present

        db, actor, language, today = self.db, self.actor, self.language, self.today

        def ready(result) -> None:
            pdf, count = result
            if not count:
                self.statusBar().showMessage(self.tr("No reminders today."), 10_000)
                return
            document = documents.IssuedDocument("", "reminders", today.isoformat(), "", "", pdf)
            dialog = DocumentReadyDialog(document, self.tr("Reminders for today (%1 cases)").replace(
                "%1", str(count)), self)
            self.document_dialog = dialog
            dialog.open()
        self.runner.read(lambda: documents.reminders_pdf(db, actor, today, language), ready,
                         lambda exc: present(exc, self))

    def open_letterhead(self) -> None:
        from ui.letterhead_dialog import LetterheadDialog

        self.letterhead_dialog = LetterheadDialog(self.db, self.runner, self.actor, self.office, self)
        self.letterhead_dialog.open()

    def open_bulk_assign(self) -> None:
        from ui.assign_dialog import BulkAssignDialog

        ranges = self.table.selectionModel().selection()
        if sum(r.height() for r in ranges) > MAX_BULK_ASSIGN:
            self.statusBar().showMessage(self.tr("Select at most %1 cases to assign at once.").replace(
                "%1", f"{MAX_BULK_ASSIGN:,}"), 10_000)
            return
        rows = sorted({row for r in ranges for row in range(r.top(), r.bottom() + 1)})
        cases = [self.model.case_at(r) for r in rows]
        if any(case is None for case in cases):
            self.statusBar().showMessage(self.tr("Some selected cases are still being read; try again in a moment."),
                                         10_000)
            return
        cases = [(c.case_id, c.case_number) for c in cases]
        if not cases:
            self.statusBar().showMessage(self.tr("Select the cases to assign first (Shift or Ctrl + click)."),
                                         10_000)
            return
        dialog = BulkAssignDialog(self.db, self.runner, self.actor, cases,
                                  queries.assignable_staff(self.db, self.office), self)
        dialog.finished_assigning.connect(self._assigned)
        dialog.finished.connect(lambda _code: self.refresh())
        self.bulk_assign = dialog
        dialog.open()

    def _assigned(self, moved: int, refused: list) -> None:
        text = self.tr("%1 cases assigned.").replace("%1", str(moved))
        if refused:
            text += " " + self.tr("%1 could not be: %2").replace("%1", str(len(refused))).replace(
                "%2", "; ".join(reason for _, reason in refused[:3]))
        self.statusBar().showMessage(text, 20_000)

    def open_settings(self) -> None:
        from caseapp.services import settings
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.runner, self.actor, self.language,
                                settings.auto_lock_minutes(self.db), self)
        dialog.saved.connect(self.settings_saved)
        dialog.connected.connect(lambda: self.runner.read(lambda: sync.status(self.db), self._start_sync))
        self.settings_dialog = dialog
        dialog.open()

    def open_calendar(self) -> None:
        from ui.calendar_editor import CalendarEditor

        self.calendar_editor = CalendarEditor(self.db, self.runner, self.actor, self.language, self)
        self.calendar_editor.finished.connect(lambda _code: self.refresh())
        self.calendar_editor.open()

    def open_catalogue(self) -> None:
        from ui.catalogue_screen import CatalogueDialog

        self.catalogue = CatalogueDialog(self.db, self.runner, self.actor, self.language, self)
        self.catalogue.open()

    def open_report(self) -> None:
        from ui.report_dialog import ReportDialog

        self.report_dialog = ReportDialog(self.db, self.runner, self.actor, self.language, self)
        self.report_dialog.report_written.connect(
            lambda path, rows: self.statusBar().showMessage(
                self.tr("Report written: %1 (%2 rows)").replace("%1", path).replace("%2", f"{rows:,}"), 20_000))
        self.report_dialog.open()

    def open_users(self) -> None:
        from ui.users_screen import UsersDialog

        self.users_dialog = UsersDialog(self.db, self.runner, self.actor, self)
        self.users_dialog.open()

    def open_password_dialog(self) -> None:
        from ui.password import PasswordDialog

        self.password_dialog = PasswordDialog(self.db, self.runner, self.actor, self)
        self.password_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 10_000))
        self.password_dialog.open()

    def open_intake(self, register_no: str = "") -> None:
        """The intake; with ``register_no``, for that (known) citizen."""
        from ui.intake import IntakeDialog

        dialog = IntakeDialog(self.db, self.runner, self.actor, queries.service_choices(self.db, self.language),
                              self.language, self, register_no=register_no)
        dialog.saved.connect(self.case_registered)
        self.intake = dialog
        dialog.open()

    def new_case_for_same_citizen(self) -> None:
        """Ctrl+Shift+N: the intake for the citizen of the case just registered (while its line shows), else of
        the selected case."""
        if self.registered_line.isVisible() and self.last_registered is not None:
            register_no = self.last_registered.register_no
        else:
            row = self.table.currentIndex().row()
            case = self.model.case_at(row) if row >= 0 else None
            register_no = case.register_no if case is not None else None
        if register_no:
            self.open_intake(register_no)
        else:
            self.statusBar().showMessage(self.tr("Select a case of the citizen first."), 10_000)

    def case_registered(self, case) -> None:
        self.refresh()
        printing = getattr(self, "intake", None) is not None and self.intake.print_receipt
        if printing:
            self.issue_document(case.case_number, "receipt", print_at_once=True)
        self.last_registered = case
        due = long_date(case.due_date, self.language) if case.due_date else self.tr("no deadline")
        text = (self.tr("Registered %1 for %2, due %3.").replace("%1", case.case_number)
                .replace("%2", case.citizen_name).replace("%3", due))
        self.registered_text.setText(text)          # read out to a screen reader as it appears
        self.registered_line.show()
        self.statusBar().showMessage(text, 15_000)

    def _build_registered_line(self) -> QWidget:
        """The confirmation of the last registration, kept in view (not only a passing status-bar message),
        with what a clerk does next: the receipt, a new case for the same citizen."""
        line = QFrame(self)
        line.setObjectName("registeredLine")
        line.setFrameShape(QFrame.Shape.StyledPanel)
        self.registered_text = notice_label("registeredText")
        self.registered_text.setTextFormat(Qt.TextFormat.PlainText)
        receipt = QPushButton(self.tr("Print the rece&ipt"))
        receipt.setObjectName("registeredReceipt")
        receipt.clicked.connect(lambda: self.last_registered and self.issue_document(
            self.last_registered.case_number, "receipt", print_at_once=True))
        again = QPushButton(self.tr("New case for this citizen (Ctrl+Shift+N)"))
        again.setObjectName("registeredAgain")
        again.clicked.connect(self.new_case_for_same_citizen)
        dismiss = QPushButton(self.tr("Hide"))
        dismiss.setObjectName("registeredHide")
        dismiss.clicked.connect(line.hide)
        return self._line_of(line, self.registered_text, receipt, again, dismiss)

    @staticmethod
    def _line_of(line: QFrame, text: QLabel, *buttons: QPushButton) -> QFrame:
        """A framed line above the case list: its text, then its buttons; hidden until there is news."""
        row = QHBoxLayout(line)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(text, 1)
        for button in buttons:
            row.addWidget(button)
        line.hide()
        return line

    def _build_problems_line(self) -> QWidget:
        """Above the Conflicts queue, for whoever settles them: what sync could not settle by itself."""
        line = QFrame(self)
        line.setObjectName("problemsLine")
        line.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems_text = QLabel("")
        self.problems_text.setObjectName("problemsText")
        review = QPushButton(self.tr("Re&view sync problems…"))
        review.setObjectName("reviewProblems")
        review.clicked.connect(self.open_sync_problems)
        return self._line_of(line, self.problems_text, review)

    def _may_settle_problems(self) -> bool:
        return self.actor is not None and allowed(self.actor.role, "resolve_sync")

    def _show_problems(self) -> None:
        refused, clashes = self.problems
        self.problems_text.setText(problems_text(refused, clashes))
        self.problems_line.setVisible(self.current_queue() == "conflicts" and bool(refused or clashes))

    def open_sync_problems(self) -> None:
        if self.actor is None:
            return
        dialog = SyncProblemsDialog(self.db, self.actor, self.runner, self)
        dialog.changed.connect(lambda: self.refresh())
        self.sync_problems_dialog = dialog
        dialog.open()

    # --- queues -------------------------------------------------------------------------------------------------
    def queue_labels(self) -> dict[str, str]:
        return {"all": self.tr("All cases"), "mine": self.tr("My cases"), "office": self.tr("Office queue"),
                "due_today": self.tr("Due today"), "due_soon": self.tr("Due within 3 working days"),
                "overdue": self.tr("Overdue"), "waiting": self.tr("Waiting for citizen"),
                "extension_requests": self.tr("Extension requests"), "incoming": self.tr("Incoming transfers"),
                "outgoing": self.tr("Outgoing transfers"), "conflicts": self.tr("Conflicts"),
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
            horizon = self.model.due_soon_until          # worked out once, at start-up
            return CaseFilter(office_id=office, states=ACTIVE, due_from=today, due_to=horizon), "due_date", False
        if key == "overdue":
            return CaseFilter(office_id=office, overdue=True), "due_date", False
        if key == "waiting":
            return CaseFilter(office_id=office, states=("waiting",)), "registered_on", True
        if key == "extension_requests":
            return CaseFilter(office_id=office, extension_requested=True), "due_date", False
        if key == "incoming":
            return CaseFilter(incoming_to=office), "registered_on", False
        if key == "conflicts":
            return CaseFilter(office_id=office, conflicts_only=True), "due_date", False
        if key == "outgoing":
            return CaseFilter(offered_by=office), "registered_on", True
        if key == "closed":
            return CaseFilter(office_id=office, closed_from=today - timedelta(days=7)), "registered_on", True
        return CaseFilter(), "registered_on", True

    def refresh_counts(self) -> None:
        """The queue counts, read on the reader pool."""
        db, office, today = self.db, self.office, self.today
        user = self.actor.user_id if self.actor else None
        self.runner.read(lambda: (queries.dashboard(db, office_id=office, user_id=user, today=today),
                                  queries.count_cases(db)), self._show_counts)
        if self._may_settle_problems():
            self.runner.read(lambda: (len(sync_problems.refused_changes(db)), len(sync_problems.name_clashes(db))),
                             self._problems_read)

    def _problems_read(self, counts: tuple[int, int]) -> None:
        self.problems = counts
        self._show_problems()

    def _show_counts(self, result) -> None:
        """The queue names, with their counts once read (``result`` None: not yet)."""
        labels = self.queue_labels()
        counts: dict[str, int] = {}
        if result is not None:
            board, total = result
            counts = {"all": total, "mine": board.my_open, "office": board.office_open,
                      "due_today": board.due_today, "due_soon": board.due_today + board.due_soon,
                      "overdue": board.overdue, "waiting": board.waiting,
                      "extension_requests": board.extension_requests, "incoming": board.incoming_transfers,
                      "outgoing": board.outgoing_transfers, "conflicts": board.conflicts,
                      "closed": board.recently_closed}
        for row in range(self.queues.count()):
            item = self.queues.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key not in counts:
                item.setText(labels[key])
                continue
            text = f"{labels[key]} ({counts[key]:,})"
            if key in ("overdue", "extension_requests", "incoming", "conflicts") and counts[key]:
                text = "⚠ " + text
            item.setText(text)

    def current_queue(self) -> str:
        item = self.queues.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "all"

    def fit_to_screen(self) -> None:
        """1280x760 where the screen allows, never more than the screen's free area (a 1366x768 office screen
        less its task bar, with room for the window's title bar)."""
        screen = self.screen() or QApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = 1280, 760
        if free is not None:
            width, height = min(width, free.width() - 16), min(height, free.height() - 40)
        self.resize(width, height)

    def apply(self) -> None:
        """Show the current queue, narrowed by the search box."""
        self._search_timer.stop()
        key = self.current_queue()
        filters, sort_key, descending = self.queue_filter(key)
        filters = replace(filters, search=self.search.text().strip())
        if self.service_filter.currentData():
            filters = replace(filters, service_code=self.service_filter.currentData())
        if self.state_filter.currentData():
            filters = replace(filters, states=(self.state_filter.currentData(),))
        self.model.set_query(filters, sort_key, descending)
        self._show_problems()
        column = SORT_KEYS.index(sort_key)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _show_heading(self) -> None:
        label = self.queue_labels()[self.current_queue()]
        self.heading.setText(self.tr("%1: %2").replace("%1", label).replace("%2", f"{self.model.total:,}"))
