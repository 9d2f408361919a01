"""The first start on a workstation without data: set it up for a real office, or try the demo.

Setting up picks the office from the reference list, the workstation number and the first administrator, and
runs ``setup.initialise`` on the writer thread (one transaction: nothing is written if it is refused). Closing the
dialog writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from caseapp.services import setup, sync
from caseapp.services.database import Database
from ui.tasks import TaskRunner
from ui.widgets import QrCodeButton, error_label, only_the_default_takes_enter

SETUP, DEMO, JOIN = "setup", "demo", "join"


class FirstRunDialog(QDialog):
    """Asks how to start: ``choice`` is ``"setup"`` (with ``result``, the InitResult) or ``"demo"`` when
    accepted; rejected means quit."""

    def __init__(self, db: Database, runner: TaskRunner, language: str = "mn", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.language = db, runner, language
        self.choice: str | None = None
        self.result_info: setup.InitResult | None = None
        self.joined: sync.EnrollResult | None = None
        self.busy = False
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("First start"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr("This workstation has no data yet. Set it up for your office, or try the "
                               "program with demo data first. IT staff can also set up a workstation from the "
                               "command line with “caseapp init”."))
        intro.setObjectName("intro")
        intro.setWordWrap(True)

        box = QGroupBox(self.tr("Set up this office"))
        box.setObjectName("setupBox")
        self.office_filter = QLineEdit()
        self.office_filter.setObjectName("officeFilter")
        self.office_filter.setPlaceholderText(self.tr("Type part of the name or code"))
        self.office_filter.setClearButtonEnabled(True)
        self.office_filter.textChanged.connect(self.filter_offices)
        self.office_filter.installEventFilter(self)
        self.offices = QListWidget()
        self.offices.setObjectName("officeList")
        self.offices.setMinimumHeight(180)
        for office in setup.reference_offices():
            if office.level == "country":
                continue
            name = office.name_mn if language == "mn" else office.name_en
            item = QListWidgetItem(f"{name} ({office.code})")
            item.setData(Qt.ItemDataRole.UserRole, office.code)
            item.setData(Qt.ItemDataRole.UserRole + 1,
                         f"{office.name_mn} {office.name_en} {office.code}".casefold())
            self.offices.addItem(item)
        self.node = QSpinBox()
        self.node.setObjectName("nodeNo")
        self.node.setRange(1, 99)
        self.node.setValue(1)
        self.node.setToolTip(self.tr("Each computer of the office gets its own number (1 for the first)."))
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("adminFullName")
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for name, field in (("adminPassword", self.password), ("adminRepeat", self.repeat)):
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(box)
        form.addRow(self.tr("Office"), self.office_filter)
        form.addRow("", self.offices)
        form.addRow(self.tr("Workstation number"), self.node)
        form.addRow(self.tr("Administrator's user name"), self.username)
        form.addRow(self.tr("Administrator's full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.error = error_label("setupError", {"office": self.office_filter, "node": self.node,
                                                "username": self.username, "password": self.password,
                                                "full_name": self.full_name})
        form.addRow(self.error)

        join_box = QGroupBox(self.tr("Join an existing office"))
        join_box.setObjectName("joinBox")
        join_hint = QLabel(self.tr("Another computer of the office already works with the central server: ask "
                                   "your IT staff for the server's address and a one-time code (caseapp central "
                                   "enroll-code). This workstation then gets the office's cases and users."))
        join_hint.setWordWrap(True)
        self.server_url = QLineEdit()
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://…")
        self.join_code = QLineEdit()
        self.join_code.setObjectName("joinCode")
        self.join_code.setPlaceholderText(self.tr("12 letters and digits"))
        self.join_button = QPushButton(self.tr("&Join the office"))
        self.join_button.setObjectName("join")
        self.join_button.setAutoDefault(False)
        self.join_button.clicked.connect(self.join)
        join_form = QFormLayout(join_box)
        join_form.addRow(join_hint)
        join_form.addRow(self.tr("Server address"), self.server_url)
        self.join_error = error_label("joinError", {"server": self.server_url, "code": self.join_code})
        self.code_from_qr = QrCodeButton(self.join_code, self.runner, self.join_error)
        code_row = QHBoxLayout()
        code_row.addWidget(self.join_code, 1)
        code_row.addWidget(self.code_from_qr)
        join_form.addRow(self.tr("One-time code"), code_row)
        join_form.addRow(self.join_error)
        join_form.addRow("", self.join_button)

        buttons = QDialogButtonBox()
        self.set_up = QPushButton(self.tr("Set up this office"))
        self.set_up.setObjectName("setUp")
        self.set_up.setDefault(True)
        self.set_up.clicked.connect(self.submit)
        self.demo = QPushButton(self.tr("Try it with demo data"))
        self.demo.setObjectName("demo")
        self.demo.setAutoDefault(False)
        self.demo.clicked.connect(self.choose_demo)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setObjectName("quit")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons.addButton(self.set_up, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(join_box)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)
        for first, second in ((self.office_filter, self.offices), (self.offices, self.node),
                              (self.node, self.username), (self.username, self.full_name),
                              (self.full_name, self.password), (self.password, self.repeat),
                              (self.repeat, self.set_up), (self.set_up, self.server_url),
                              (self.server_url, self.join_code), (self.join_code, self.code_from_qr),
                              (self.code_from_qr, self.join_button),
                              (self.join_button, self.demo), (self.demo, self.quit_button)):
            QWidget.setTabOrder(first, second)
        self.offices.setCurrentRow(-1)
        self.office_filter.setFocus()

    # --- the office list ------------------------------------------------------------------------------------
    def filter_offices(self, text: str) -> None:
        """Show the offices whose Mongolian or English name or code contains every typed word."""
        words = text.casefold().split()
        first_visible = None
        for row in range(self.offices.count()):
            item = self.offices.item(row)
            haystack = item.data(Qt.ItemDataRole.UserRole + 1)
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.offices.currentItem()
        if words and (current is None or current.isHidden()):
            self.offices.setCurrentItem(first_visible)       # None when nothing matches
        if first_visible is None:
            self.offices.setCurrentRow(-1)

    def selected_office(self) -> str:
        item = self.offices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else ""

    def select_office(self, code: str) -> None:
        for row in range(self.offices.count()):
            if self.offices.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.offices.setCurrentRow(row)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down in the filter box moves into the list."""
        if (watched is self.office_filter and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down):
            self.offices.setFocus()
            if self.offices.currentItem() is None or self.offices.currentItem().isHidden():
                visible = [self.offices.item(r) for r in range(self.offices.count())
                           if not self.offices.item(r).isHidden()]
                if visible:
                    self.offices.setCurrentItem(visible[0])
            return True
        return super().eventFilter(watched, event)

    # --- choices --------------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Initialise the database for the chosen office on the writer thread."""
        if self.busy:
            return
        password, repeat = self.password.text(), self.repeat.text()
        self.password.clear()
        self.repeat.clear()
        if password != repeat:
            self.error.setText(self.tr("The two passwords are not the same."), "password")
            self.password.setFocus()
            return
        office, node_no = self.selected_office(), self.node.value()
        username, full_name = self.username.text(), self.full_name.text()
        self.error.setText("")
        self._set_busy(True)

        def work() -> setup.InitResult:
            return setup.initialise(self.db, office_code=office, node_no=node_no, admin_username=username,
                                    admin_password=password, admin_full_name=full_name)
        self.runner.write(work, self._done, self._refused)

    def _done(self, result: setup.InitResult) -> None:
        self._set_busy(False)
        self.result_info = result
        self.choice = SETUP
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(exc, otherwise=self.office_filter)

    def join(self) -> None:
        """Enroll with the central server as the office's next workstation, and pull the office (writer thread:
        the dialog stays responsive, and shows what went wrong in words)."""
        if self.busy:
            return
        db, url, code, language = self.db, self.server_url.text().strip(), self.join_code.text(), self.language
        if not url or not code.strip():
            self.join_error.setText(self.tr("Type the server's address and the one-time code."))
            (self.server_url if not url else self.join_code).setFocus()
            return
        self.join_error.setText("")
        self._set_busy(True)

        def done(result: sync.EnrollResult) -> None:
            self._set_busy(False)
            self.joined = result
            self.choice = JOIN
            self.accept()

        def refused(exc: BaseException) -> None:
            self._set_busy(False)
            self.join_error.show_error(exc, otherwise=self.join_code)
        self.runner.write(lambda: sync.join(db, url, code, language=language), done, refused)

    def choose_demo(self) -> None:
        if self.busy:
            return
        self.choice = DEMO
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.set_up, self.demo, self.quit_button, self.join_button):
            button.setEnabled(not busy)

    def reject(self) -> None:
        """Closing is quitting, but not while the set-up is being written."""
        if not self.busy:
            super().reject()
