"""Users and roles (admins only; everyone else sees the list read-only) and the sign-in log.

Every change runs on the writer thread through the users service, which checks the role itself: hiding the
buttons for other roles is only a courtesy. A refused change shows the service's message beside the form and
changes nothing; password fields are emptied after every attempt.
"""

from __future__ import annotations


from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from caseapp.domain.clock import office_wall_time
from caseapp.services import auth, users
from caseapp.services.database import Database
from ui.errors import message_for
from ui.format import role_label
from ui.tasks import TaskRunner
from ui.widgets import MessageLabel, close_buttons, error_label, notice_label


def status_label(user: users.UserInfo) -> str:
    """Locked / inactive / active, in words (never only a colour)."""
    if user.locked:
        return QCoreApplication.translate("UsersModel", "Locked")
    if not user.active:
        return QCoreApplication.translate("UsersModel", "Inactive")
    return QCoreApplication.translate("UsersModel", "Active")


def outcome_label(outcome: str) -> str:
    """An auth_log outcome in words."""
    labels = {
        "success": QCoreApplication.translate("UsersDialog", "Signed in"),
        "failure": QCoreApplication.translate("UsersDialog", "Wrong user name or password"),
        "locked_out": QCoreApplication.translate("UsersDialog", "Refused: too many failures"),
        "refused": QCoreApplication.translate("UsersDialog", "Refused: account locked"),
        "unlocked": QCoreApplication.translate("UsersDialog", "Unlocked"),
    }
    return labels.get(outcome, outcome)


def local_time(at: str) -> str:
    """An ISO UTC time stamp from the log in this computer's local time."""
    try:
        return office_wall_time(at).strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError):
        return at or ""


class UsersModel(QAbstractTableModel):
    """The users of this office: name, full name, role, office, status (all in text)."""

    COLUMNS = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._users: list[users.UserInfo] = []

    def set_users(self, rows: list[users.UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(rows)
        self.endResetModel()

    def user_at(self, row: int) -> users.UserInfo | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._users) if u.username == username), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Office"),
                   self.tr("Status"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        user = self.user_at(index.row())
        if user is None:
            return None
        values = (user.username, user.full_name, role_label(user.role), user.office_id, status_label(user))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class UsersDialog(QDialog):
    """Users and roles; an admin adds users, changes roles, locks and unlocks, and resets passwords."""

    def __init__(self, db: Database, runner: TaskRunner, actor: users.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor = db, runner, actor
        self.can_manage = actor.can("manage_users")
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and roles"))
        self.resize(820, 620)
        self.loaded = False                   # the list has been read at least once (tests wait on it)
        self.busy = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("usersTabs")
        self.tabs.setAccessibleName(self.tr("Users and roles"))
        self.tabs.addTab(self._users_tab(), self.tr("Users"))
        if actor.can("view_auth_log"):
            self.tabs.addTab(self._log_tab(), self.tr("Sign-in log"))
        self.tabs.currentChanged.connect(lambda i: self.load_log() if i == 1 else None)

        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.table.setFocus()
        self.load_users()

    # --- building -----------------------------------------------------------------------------------------
    def _roles_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for role in auth.ROLES:
            combo.addItem(role_label(role), role)
        return combo

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _users_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("usersTab")
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.info = notice_label("usersInfo")

        # The selected user: role, lock, new password.
        self.selected_box = QGroupBox(self.tr("Selected user"))
        self.selected_box.setObjectName("selectedBox")
        self.selected_name = QLabel("")
        self.selected_name.setObjectName("selectedUser")
        self.role = self._roles_combo("roleCombo")
        self.apply_role = QPushButton(self.tr("Change role"))
        self.apply_role.setObjectName("applyRole")
        self.apply_role.clicked.connect(self.change_role)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.apply_role)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.clicked.connect(self.toggle_lock)
        self.reset_new = self._password_field("resetPassword")
        self.reset_repeat = self._password_field("resetRepeat")
        self.reset_button = QPushButton(self.tr("Set new password"))
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(self.reset_password)
        for field in (self.reset_new, self.reset_repeat):
            field.returnPressed.connect(self.reset_password)
        self.selected_error = error_label("selectedError", {"password": self.reset_new})
        selected_form = QFormLayout(self.selected_box)
        selected_form.addRow(self.tr("User"), self.selected_name)
        selected_form.addRow(self.tr("Role"), role_row)
        selected_form.addRow(self.tr("Account"), self.lock_button)
        selected_form.addRow(self.tr("New password"), self.reset_new)
        selected_form.addRow(self.tr("New password again"), self.reset_repeat)
        selected_form.addRow("", self.reset_button)
        selected_form.addRow(self.selected_error)

        # A new user.
        self.add_box = QGroupBox(self.tr("Add user"))
        self.add_box.setObjectName("addBox")
        self.new_username = QLineEdit()
        self.new_username.setObjectName("newUsername")
        self.new_username.setPlaceholderText(self.tr("latin letters, digits, . _ -"))
        self.new_full_name = QLineEdit()
        self.new_full_name.setObjectName("newFullName")
        self.new_role = self._roles_combo("newRole")
        self.new_password = self._password_field("newPassword")
        self.new_repeat = self._password_field("newRepeat")
        self.add_button = QPushButton(self.tr("Add user"))
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(self.add_user)
        for field in (self.new_username, self.new_full_name, self.new_password, self.new_repeat):
            field.returnPressed.connect(self.add_user)
        self.add_error = error_label("addError", {"username": self.new_username, "password": self.new_password,
                                                  "full_name": self.new_full_name, "role": self.new_role})
        add_form = QFormLayout(self.add_box)
        add_form.addRow(self.tr("User name"), self.new_username)
        add_form.addRow(self.tr("Full name"), self.new_full_name)
        add_form.addRow(self.tr("Role"), self.new_role)
        add_form.addRow(self.tr("Password"), self.new_password)
        add_form.addRow(self.tr("Password again"), self.new_repeat)
        add_form.addRow("", self.add_button)
        add_form.addRow(self.add_error)

        self.forms = QWidget()
        self.forms.setObjectName("manageForms")
        forms = QHBoxLayout(self.forms)
        forms.setContentsMargins(0, 0, 0, 0)
        forms.addWidget(self.selected_box, 1)
        forms.addWidget(self.add_box, 1)
        note = QLabel(self.tr("Only an administrator can add users or change roles, passwords and locks."))
        note.setObjectName("readOnlyNote")
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.forms)
        layout.addWidget(note)
        self.forms.setVisible(self.can_manage)            # a courtesy: the service checks the role itself
        note.setVisible(not self.can_manage)
        # Enter submits the form it is typed in (see keyPressEvent): no button is the dialog's default.
        for button in (self.apply_role, self.lock_button, self.reset_button, self.add_button):
            button.setAutoDefault(False)
        for first, second in ((self.table, self.role), (self.role, self.apply_role),
                              (self.apply_role, self.lock_button),
                              (self.lock_button, self.reset_new), (self.reset_new, self.reset_repeat),
                              (self.reset_repeat, self.reset_button), (self.reset_button, self.new_username),
                              (self.new_username, self.new_full_name), (self.new_full_name, self.new_role),
                              (self.new_role, self.new_password), (self.new_password, self.new_repeat),
                              (self.new_repeat, self.add_button)):
            QWidget.setTabOrder(first, second)
        self._show_selected()
        return page

    def _log_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("logTab")
        self.log_table = QTableWidget(0, 4)
        self.log_table.setObjectName("authLog")
        self.log_table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Outcome"),
                                                  self.tr("Detail")])
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.verticalHeader().hide()
        self.log_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_table.horizontalHeader().setStretchLastSection(True)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("refreshLog")
        refresh.setAutoDefault(False)
        refresh.clicked.connect(self.load_log)
        self.log_loaded = False
        layout = QVBoxLayout(page)
        layout.addWidget(self.log_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(refresh)
        layout.addLayout(row)
        return page

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter acts on what has the focus (a button, or the role combo of its form), never on a default button
        of another form; the line edits submit their own form (returnPressed)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            elif focused is self.role:
                self.change_role()
            elif focused is self.new_role:
                self.add_user()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- reading ------------------------------------------------------------------------------------------
    def load_users(self, select: str | None = None) -> None:
        """Read the list on a reader thread; keep (or move) the selection to ``select``."""
        keep = select or (self.selected_user().username if self.selected_user() else None)
        self.runner.read(lambda: users.staff_list(self.db, self.actor), lambda rows: self._users_loaded(rows, keep),
                         self._read_failed)

    def _users_loaded(self, rows: list[users.UserInfo], keep: str | None) -> None:
        self.model.set_users(rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_selected()
        self.loaded = True

    def load_log(self) -> None:
        self.runner.read(lambda: users.auth_log(self.db, self.actor), self._log_loaded, self._read_failed)

    def _log_loaded(self, rows: list[tuple[str, str, str, str | None]]) -> None:
        self.log_table.setRowCount(len(rows))
        for r, (at, username, outcome, detail) in enumerate(rows):
            for c, text in enumerate((local_time(at), username, outcome_label(outcome), detail or "")):
                self.log_table.setItem(r, c, QTableWidgetItem(text))
        self.log_loaded = True

    def _read_failed(self, exc: BaseException) -> None:
        self.info.setText("")
        self.selected_error.setText(message_for(exc))

    def selected_user(self) -> users.UserInfo | None:
        index = self.table.currentIndex()
        return self.model.user_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        user = self.selected_user()
        for widget in (self.role, self.apply_role, self.lock_button, self.reset_new, self.reset_repeat,
                       self.reset_button):
            widget.setEnabled(user is not None and not self.busy)
        if user is None:
            self.selected_name.setText("")
            return
        self.selected_name.setText(f"{user.username} — {user.full_name} ({status_label(user)})")
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.lock_button.setText(self.tr("Unlock") if user.locked else self.tr("Lock"))

    # --- writing ------------------------------------------------------------------------------------------
    def _run(self, work, success: str, error: MessageLabel, otherwise: QWidget,
             select: str | None = None, on_done=None) -> None:
        """One change on the writer thread; the list is read again after it, whatever the outcome."""
        self.busy = True
        self.info.setText("")
        self.selected_error.setText("")
        self.add_error.setText("")
        self._set_enabled(False)

        def done(_result) -> None:
            self.busy = False
            self._set_enabled(True)
            self.info.setText(success)
            if on_done is not None:
                on_done()
            self.load_users(select)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._set_enabled(True)
            error.show_error(exc, otherwise=otherwise)
            self.load_users()
        self.runner.write(work, done, failed)

    def _set_enabled(self, enabled: bool) -> None:
        self.add_button.setEnabled(enabled)
        self._show_selected()

    def change_role(self) -> None:
        user = self.selected_user()
        if user is None or self.busy:
            return
        role, name = self.role.currentData(), user.username
        self._run(lambda: users.set_role(self.db, self.actor, name, role),
                  self.tr("The role of %1 is now: %2.").replace("%1", name).replace("%2", role_label(role)),
                  self.selected_error, self.role, select=name)

    def toggle_lock(self) -> None:
        user = self.selected_user()
        if user is None or self.busy:
            return
        name, lock = user.username, not user.locked
        done = (self.tr("%1 is locked and cannot sign in.") if lock
                else self.tr("%1 is unlocked and can sign in again.")).replace("%1", name)
        self._run(lambda: users.set_locked(self.db, self.actor, name, lock), done, self.selected_error,
                  self.lock_button, select=name)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None or self.busy:
            return
        new, repeat = self.reset_new.text(), self.reset_repeat.text()
        self.reset_new.clear()
        self.reset_repeat.clear()
        if new != repeat:
            self.info.setText("")
            self.selected_error.setText(self.tr("The two new passwords are not the same."), "password")
            self.reset_new.setFocus()
            return
        name = user.username
        self._run(lambda: users.reset_password(self.db, self.actor, name, new),
                  self.tr("%1 has a new password.").replace("%1", name), self.selected_error,
                  self.reset_new, select=name)

    def add_user(self) -> None:
        if self.busy:
            return
        username, full_name = self.new_username.text(), self.new_full_name.text()
        role, password, repeat = self.new_role.currentData(), self.new_password.text(), self.new_repeat.text()
        self.new_password.clear()
        self.new_repeat.clear()
        if password != repeat:
            self.info.setText("")
            self.add_error.setText(self.tr("The two passwords are not the same."), "password")
            self.new_password.setFocus()
            return
        name = username.strip().casefold()

        def work():
            return users.add_user(self.db, self.actor, username=username, password=password, role=role,
                                  full_name=full_name)
        self._run(work, self.tr("User %1 added.").replace("%1", name), self.add_error,
                  self.new_username, select=name, on_done=self._clear_add_form)

    def _clear_add_form(self) -> None:
        self.new_username.clear()
        self.new_full_name.clear()
        self.new_role.setCurrentIndex(0)
        self.new_username.setFocus()
