"""Reassign many cases at once (a manager moving work between staff): one transaction per case, with
delayed progress and Cancel; cases that cannot be moved are listed with the reason and the rest go ahead."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from caseapp.errors import CaseAppError, CancelledError
from caseapp.services import workflow
from caseapp.services.database import Database
from caseapp.services.queries import StaffMember
from caseapp.services.users import Actor
from ui.errors import message_for
from ui.tasks import ProgressTask, TaskRunner
from ui.widgets import dialog_buttons, error_label


def assign_many(db: Database, actor: Actor, case_ids: list[str], assignee_id: str, progress=None,
                cancelled=lambda: False) -> tuple[int, list[tuple[str, str]]]:
    """(cases moved, [(case, why not)]); each case is its own unit of work, so a cancel keeps what was done."""
    moved, refused = 0, []
    for number, case_id in enumerate(case_ids, 1):
        if cancelled():
            raise CancelledError("assign.cancelled", moved=moved)
        try:
            workflow.assign(db, actor, case_id, assignee_id)
            moved += 1
        except CaseAppError as exc:
            refused.append((case_id, message_for(exc)))
        if progress is not None:
            progress("assign", number, len(case_ids))
    return moved, refused


class BulkAssignDialog(QDialog):
    finished_assigning = Signal(int, list)        # moved, [(case, reason)]

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, cases: list[tuple[str, str]],
                 staff: list[StaffMember], parent: QWidget | None = None) -> None:
        """``cases``: (case_id, case_number) of the selected rows."""
        super().__init__(parent)
        self.db, self.runner, self.actor, self.cases = db, runner, actor, cases
        self.setObjectName("bulkAssignDialog")
        self.setWindowTitle(self.tr("Assign cases"))
        self.setMinimumWidth(460)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        for member in staff:
            self.assignee.addItem(f"{member.full_name} ({member.username})", member.user_id)
        numbers = ", ".join(number for _, number in cases[:5]) + (" …" if len(cases) > 5 else "")
        what = QLabel(self.tr("%1 selected cases: %2").replace("%1", str(len(cases))).replace("%2", numbers))
        what.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Assign to"), self.assignee)
        self.error = error_label("bulkAssignError")
        buttons, self.ok = dialog_buttons(self, self.tr("Assign"), "assignCases", self.submit, self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        assignee = self.assignee.currentData()
        if assignee is None:
            self.error.setText(self.tr("Choose a colleague."))
            return
        self.ok.setEnabled(False)
        db, actor, ids = self.db, self.actor, [case_id for case_id, _ in self.cases]
        self.task = ProgressTask(self.runner, self, self.tr("Assign cases"), self.tr("Assigning cases…"),
                                 self.tr("Cancel"))

        def done(result) -> None:
            moved, refused = result
            self.finished_assigning.emit(moved, refused)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            self.error.setText(message_for(exc) if isinstance(exc, CaseAppError) else str(exc))
        self.task.start(lambda progress, cancelled: assign_many(db, actor, ids, assignee, progress, cancelled),
                        done, failed)
