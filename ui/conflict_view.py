"""A case's conflicts for the manager: both sides side by side (who, which workstation, when, what each
changed), the value the fold chose, and a resolution with a note: keep the value shown, or take the other side.
The resolution is an event (``services/conflicts.py``): every counter clears the flag after its next sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from caseapp.services import conflicts
from caseapp.services.conflicts import Conflict, Side
from ui.errors import message_for
from ui.format import local_time
from ui.widgets import close_buttons, error_label


def reason_text(reason: str) -> str:
    """A flag's reason in words."""
    if reason.startswith("concurrent_"):
        return QCoreApplication.translate("Conflicts", "Changed at two workstations at once, neither seeing the other")
    if reason in ("not_owner", "not_addressee"):
        return QCoreApplication.translate("Conflicts", "Done by an office that did not hold the case at that moment")
    if reason.startswith("illegal_in_"):
        return QCoreApplication.translate("Conflicts", "Came too late: the case had already moved on")
    return reason


def field_label(key: str) -> str:
    """The name of a field an event carries, in the user's words (the key itself for one not named here)."""
    labels = {"assignee": QCoreApplication.translate("Conflicts", "Assignee"),
              "service": QCoreApplication.translate("Conflicts", "Service"),
              "reason": QCoreApplication.translate("Conflicts", "Reason"),
              "days": QCoreApplication.translate("Conflicts", "Days"),
              "outcome": QCoreApplication.translate("Conflicts", "Outcome"),
              "text": QCoreApplication.translate("Conflicts", "Text"),
              "on": QCoreApplication.translate("Conflicts", "Date"),
              "to_office": QCoreApplication.translate("Conflicts", "Receiving office"),
              "note": QCoreApplication.translate("Conflicts", "Note")}
    return labels.get(key, key)


def describe(side: Side, names: dict[str, str]) -> str:
    """What an event changed, in a line or two of plain text."""
    from ui.case_view import event_label

    values = []
    for key, value in sorted(side.payload.items()):
        if key in ("clock", "event_ids"):           # the machinery of an event, not what a person changed
            continue
        if key == "assignee":
            value = names.get(str(value), value)
        values.append(f"{field_label(key)}: {value}")
    return event_label(side.kind) + ("\n" + "\n".join(values) if values else "")


def side_text(side: Side, names: dict[str, str]) -> str:
    who = side.user_name or side.user_id or "-"
    return (QCoreApplication.translate("Conflicts", "%1 at %2 (%3), %4")
            .replace("%1", who).replace("%2", side.node_id).replace("%3", side.office_id)
            .replace("%4", local_time(side.recorded_at)) + "\n" + describe(side, names))


class ConflictDialog(QDialog):
    """Every open conflict of one case; ``resolved`` carries the case as it is after a resolution."""

    resolved = Signal(object)           # CaseDetail

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Conflicts of case %1").replace("%1", view.case.case_number))
        self.resize(860, 560)
        self.names = {m.user_id: m.full_name for m in view.staff}
        self.body = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.note = QPlainTextEdit()
        self.note.setObjectName("resolutionNote")
        self.note.setAccessibleName(self.tr("Why (recorded with the resolution)"))
        self.note.setPlaceholderText(self.tr("Why (recorded with the resolution)"))
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)
        self.error = error_label("conflictError")
        hint = QLabel(self.tr("To enter another value, keep one side, then change it with the case's own actions."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("Why (recorded with the resolution)")))
        layout.addWidget(self.note)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(close_buttons(self))
        self.load()

    def load(self) -> None:
        db, case_id = self.view.db, self.view.case.case_id
        self.view.run("read", lambda: conflicts.conflicts_of(db, case_id), self.show_conflicts,
                      lambda exc: self.error.setText(message_for(exc)))

    def show_conflicts(self, result) -> None:
        self.detail, found = result
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not found:
            self.body.addWidget(QLabel(self.tr("No open conflicts: resolved already.")))
        for number, conflict in enumerate(found):
            self.body.addWidget(self._box(number, conflict))
        self.body.addStretch(1)

    def _box(self, number: int, conflict: Conflict) -> QGroupBox:
        box = QGroupBox(reason_text(conflict.reason))
        box.setObjectName(f"conflict_{number}")
        grid = QGridLayout(box)
        chosen, other = ((conflict.flagged, conflict.rival) if conflict.applied else (conflict.rival, conflict.flagged))
        for column, (title, side, name) in enumerate(((self.tr("The value shown now"), chosen, "chosen"),
                                                      (self.tr("The other side"), other, "other"))):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold")
            text = QLabel(side_text(side, self.names) if side is not None else self.tr("(nothing: the case as it was)"))
            text.setObjectName(f"conflict_{number}_{name}")
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(heading, 0, column)
            grid.addWidget(text, 1, column)
        buttons = QHBoxLayout()
        keep = QPushButton(self.tr("&Keep the value shown"))
        keep.setObjectName(f"conflict_{number}_keep")
        keep.clicked.connect(lambda _=False, c=conflict: self.resolve(c, take_rival=False))
        take = QPushButton(self.tr("Take the &other side"))
        take.setObjectName(f"conflict_{number}_take")
        take.setEnabled(conflict.repeatable)
        if not conflict.repeatable:
            take.setToolTip(self.tr("This change cannot be repeated with one click: keep a side, then use the "
                                    "case's actions."))
        take.clicked.connect(lambda _=False, c=conflict: self.resolve(c, take_rival=True))
        for button in (keep, take):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        return box

    def resolve(self, conflict: Conflict, *, take_rival: bool) -> None:
        db, actor, case_id = self.view.db, self.view.actor, self.detail.case_id
        note, version = self.note.toPlainText(), self.detail.version
        self.error.setText("")

        def done(case) -> None:
            self.note.clear()
            self.resolved.emit(case)
            self.load()

        def refused(exc: BaseException) -> None:
            self.error.setText(message_for(exc))
            if getattr(exc, "field", None) == "note":
                self.note.setFocus()
        self.view.write(lambda: conflicts.resolve(db, actor, case_id, [conflict.flagged.event_id], note,
                                                  take_rival=take_rival, expected_version=version), done, refused)
