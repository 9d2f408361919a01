"""Signing in at a shared counter: the office, workstation and user are shown; mistakes are explained."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from caseapp.services import demo, queries, users
from caseapp.services.database import Database
from ui.tasks import TaskRunner
from ui.widgets import dialog_buttons, error_label, only_the_default_takes_enter


class LoginDialog(QDialog):
    """Asks for a user name and password; signs in on the writer thread (every attempt is recorded)."""

    def __init__(self, db: Database, runner: TaskRunner, language: str = "mn", notice: str = "",
                 username: str = "", parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.actor: users.Actor | None = None
        info = queries.workstation(db)
        office = info.office_name_mn if language == "mn" else info.office_name_en
        self.setWindowTitle(self.tr("Sign in"))
        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)
        where = QLabel(self.tr("%1 — workstation %2").replace("%1", office).replace("%2", info.node_id))
        where.setObjectName("workstation")
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("loginError", {"username": self.username, "password": self.password})
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons, self.sign_in = dialog_buttons(self, self.tr("Sign in"), "signIn", self.try_sign_in, self.tr("Quit"))
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        notices = [text for text in (notice, self._demo_accounts(db)) if text]
        if notices:
            shown = QLabel("\n".join(notices))
            shown.setObjectName("notice")
            shown.setWordWrap(True)
            shown.setAccessibleName(self.tr("Notice"))
            shown.setAccessibleDescription(shown.text())        # what a screen reader reads out
            # reachable by Tab and readable by a screen reader, selectable to copy a user name
            shown.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            layout.addWidget(shown)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        only_the_default_takes_enter(self)

    def _demo_accounts(self, db: Database) -> str:
        """On a demo database, who can sign in and with what password (every time, not only the first)."""
        accounts = demo.demo_accounts(db)
        if not accounts:
            return ""
        names, password = accounts
        return (self.tr("Demo database. Demo users: %1 (password: %2).").replace("%1", ", ".join(names))
                .replace("%2", password))

    def try_sign_in(self) -> None:
        name, password = self.username.text(), self.password.text()
        self.sign_in.setEnabled(False)
        self.error.setText("")
        self.runner.write(lambda: users.login(self.db, name, password), self._signed_in, self._refused)

    def _signed_in(self, actor: users.Actor) -> None:
        self.actor = actor
        self.sign_in.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.sign_in.setEnabled(True)
        self.password.clear()
        self.error.show_error(exc, otherwise=self.password)
