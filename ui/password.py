"""A user changes their own password (the current one is asked again)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from caseapp.services import users
from caseapp.services.database import Database
from ui.tasks import TaskRunner
from ui.widgets import dialog_buttons, error_label, only_the_default_takes_enter


class PasswordDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, actor: users.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor = db, runner, actor
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for name, field in (("old_password", self.old), ("new_password", self.new), ("repeat_password", self.repeat)):
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        self.error = error_label("passwordError", {"old_password": self.old, "new_password": self.new,
                                                   "password": self.new})
        buttons, self.change = dialog_buttons(self, self.tr("Change"), "change", self.submit, self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)

    def submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("The two new passwords are not the same."), "password")
            self.repeat.clear()
            self.repeat.setFocus()
            return
        old, new = self.old.text(), self.new.text()
        self.change.setEnabled(False)
        self.error.setText("")
        self.runner.write(lambda: users.change_password(self.db, self.actor, old, new), self._done, self._refused)

    def _done(self, _result) -> None:
        self.change.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.change.setEnabled(True)
        for widget in (self.old, self.new, self.repeat):
            widget.clear()
        self.error.show_error(exc, otherwise=self.old)
