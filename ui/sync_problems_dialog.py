"""What sync could not settle, for an admin or a manager (reached from the Conflicts queue): this workstation's
changes the central server refused, each with the server's reason, to send again after the cause was fixed or
to discard with a reason that is itself recorded; and user names given twice, to rename one account
(``services/sync_problems.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from caseapp.domain.permissions import allowed
from caseapp.services import sync_problems
from caseapp.services.sync_problems import NameClash, RefusedChange
from caseapp.services.users import Actor
from caseapp.text import has, translate
from ui.errors import message_for
from ui.format import local_time, role_label
from ui.i18n import current_language
from ui.tasks import TaskRunner
from ui.widgets import close_buttons, error_label, notice_label


def server_reason(change: RefusedChange) -> str:
    """The server's reason for a refused change, in the user's language (``reason_text``)."""
    return reason_text(change.reason, change.detail, change.kind)


def reason_text(reason: str, detail: str | None, kind: str = "") -> str:
    """A server's reason in the user's language, its values in words (a role's name, the change itself); a value
    the server did not send is a dash, never a raw placeholder; the key itself for a reason this version does
    not know."""
    import json
    from string import Formatter

    from caseapp.text import CATALOGUES

    if not has(reason):
        return reason
    try:
        values = json.loads(detail) if detail else {}
    except ValueError:
        values = {}
    values = values if isinstance(values, dict) else {}
    language = current_language()
    template = CATALOGUES.get(language, CATALOGUES["mn"]).get(reason, "")
    wanted = {name for _, name, _, _ in Formatter().parse(template) if name}
    filled = {name: "—" for name in wanted} | {name: str(value) for name, value in values.items()}
    if "role" in values:
        filled["role"] = role_label(str(values["role"]))
    if "action" in values and kind:
        from ui.case_view import event_label

        filled["action"] = event_label(kind)                 # the change itself, in words, not a right's code
    return translate(reason, language, **filled)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class SyncProblemsDialog(QDialog):
    """Refused changes and user-name clashes; ``changed`` after any of them was settled."""

    changed = Signal()

    def __init__(self, db, actor: Actor, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.refused: list[RefusedChange] = []
        self.clashes: list[tuple[NameClash, int]] = []          # (clash, account index) per row
        self.setObjectName("syncProblemsDialog")
        self.setWindowTitle(self.tr("Sync problems"))
        self.resize(900, 560)

        refused_box = QGroupBox(self.tr("Changes the central server refused"))
        self.refused_table = _table("refusedChanges", [self.tr("Made"), self.tr("By"), self.tr("Case"),
                                                       self.tr("Change"), self.tr("The server's reason")])
        self.refused_table.setAccessibleName(self.tr("Changes the central server refused"))
        self.retry_button = QPushButton(self.tr("Send &again"))
        self.retry_button.setObjectName("retryRefused")
        self.retry_button.setToolTip(self.tr("After the cause is fixed: the same change is made again in your "
                                             "name and checked as any change is"))
        self.discard_button = QPushButton(self.tr("&Discard with reason…"))
        self.discard_button.setObjectName("discardRefused")
        self.retry_button.clicked.connect(self.retry)
        self.discard_button.clicked.connect(self.discard)
        refused_buttons = QHBoxLayout()
        for button in (self.retry_button, self.discard_button):
            button.setAutoDefault(False)
            refused_buttons.addWidget(button)
        refused_buttons.addStretch(1)
        refused_layout = QVBoxLayout(refused_box)
        refused_layout.addWidget(self.refused_table)
        refused_layout.addLayout(refused_buttons)

        clash_box = QGroupBox(self.tr("User names given to two accounts"))
        self.clash_table = _table("nameClashes", [self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                                  self.tr("Office")])
        self.clash_table.setAccessibleName(self.tr("User names given to two accounts"))
        self.rename_button = QPushButton(self.tr("Re&name this account…"))
        self.rename_button.setObjectName("renameAccount")
        self.rename_button.setAutoDefault(False)
        self.rename_button.clicked.connect(self.rename)
        hint = QLabel(self.tr("Nobody signs in under a name given twice until one of the accounts is renamed."))
        hint.setWordWrap(True)
        clash_layout = QVBoxLayout(clash_box)
        clash_layout.addWidget(self.clash_table)
        clash_layout.addWidget(hint)
        clash_layout.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.error = error_label("syncProblemsError")
        self.done_line = notice_label("syncProblemsDone")
        layout = QVBoxLayout(self)
        layout.addWidget(refused_box, 3)
        layout.addWidget(clash_box, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.done_line)
        layout.addWidget(close_buttons(self))
        for table in (self.refused_table, self.clash_table):
            table.itemSelectionChanged.connect(self._enable)
        self.load()

    # --- reading ------------------------------------------------------------------------------------------------
    def load(self) -> None:
        db = self.db
        self.runner.read(lambda: (sync_problems.refused_changes(db), sync_problems.name_clashes(db)),
                         self.show_problems, lambda exc: self.error.setText(message_for(exc)))

    def show_problems(self, result) -> None:
        from ui.case_view import event_label

        self.refused, clashes = result
        self.refused_table.setRowCount(len(self.refused))
        for row, change in enumerate(self.refused):
            cells = (local_time(change.recorded_at), change.author or "-", change.case_number or "-",
                     event_label(change.kind), server_reason(change))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.refused_table.setItem(row, column, item)
        self.clashes = [(clash, index) for clash in clashes for index in range(len(clash.accounts))]
        self.clash_table.setRowCount(len(self.clashes))
        for row, (clash, index) in enumerate(self.clashes):
            account = clash.accounts[index]
            for column, text in enumerate((clash.username, account.full_name, role_label(account.role),
                                           clash.office_id)):
                self.clash_table.setItem(row, column, QTableWidgetItem(text))
        if self.refused:
            self.refused_table.selectRow(0)
        if self.clashes:
            self.clash_table.selectRow(0)
        self._enable()

    def _selected_change(self) -> RefusedChange | None:
        rows = self.refused_table.selectionModel().selectedRows()
        return self.refused[rows[0].row()] if rows else None

    def _selected_account(self):
        rows = self.clash_table.selectionModel().selectedRows()
        if not rows:
            return None
        clash, index = self.clashes[rows[0].row()]
        return clash.accounts[index]

    def _enable(self) -> None:
        change = self._selected_change()
        may_settle = allowed(self.actor.role, "resolve_sync")
        self.retry_button.setEnabled(change is not None and change.retryable and may_settle)
        self.discard_button.setEnabled(change is not None and may_settle)
        self.rename_button.setEnabled(self._selected_account() is not None and allowed(self.actor.role,
                                                                                       "manage_users"))

    # --- acting -------------------------------------------------------------------------------------------------
    def _write(self, work, message: str) -> None:
        self.error.setText("")
        self.done_line.setText("")

        def done(_result) -> None:
            self.done_line.setText(message)
            self.changed.emit()
            self.load()
        self.runner.write(work, done, lambda exc: self.error.setText(message_for(exc)))

    def retry(self) -> None:
        change = self._selected_change()
        if change is None:
            return
        db, actor = self.db, self.actor
        self._write(lambda: sync_problems.retry(db, actor, change.event_id),
                    self.tr("Made again: it goes to the server at the next sync."))

    def _ask(self, title: str, label: str, text: str, then, *, multiline: bool = False) -> None:
        """A question on top of this dialog (not blocking it); ``then`` gets the answer once it is accepted."""
        ask = QInputDialog(self)
        ask.setObjectName("askDialog")
        ask.setWindowTitle(title)
        ask.setLabelText(label)
        if multiline:
            ask.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        ask.setTextValue(text)
        ask.textValueSelected.connect(then)
        self.ask_dialog = ask
        ask.open()

    def discard(self) -> None:
        change = self._selected_change()
        if change is None:
            return
        db, actor = self.db, self.actor
        self._ask(self.tr("Discard a refused change"), self.tr("Why (recorded with the discard):"), "",
                  lambda reason: self._write(lambda: sync_problems.discard(db, actor, change.event_id, reason),
                                             self.tr("Discarded: the reason is kept in the case's history.")),
                  multiline=True)

    def rename(self) -> None:
        account = self._selected_account()
        if account is None:
            return
        db, actor = self.db, self.actor
        self._ask(self.tr("Rename an account"), self.tr("New user name for %1:").replace("%1", account.full_name),
                  account.username,
                  lambda name: self._write(lambda: sync_problems.rename(db, actor, account.user_id, name),
                                           self.tr("Renamed: tell the person their new user name (the password "
                                                   "stays).")))


def problems_text(refused: int, clashes: int) -> str:
    """The line above the Conflicts queue: what waits for an admin or a manager."""
    parts = []
    if refused:
        parts.append(QCoreApplication.translate("SyncProblems", "Changes refused by the server: %1")
                     .replace("%1", str(refused)))
    if clashes:
        parts.append(QCoreApplication.translate("SyncProblems", "User names given twice: %1")
                     .replace("%1", str(clashes)))
    return "; ".join(parts)
