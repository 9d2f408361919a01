"""One case: summary, deadline bar, timeline, notes, the citizen's other cases, and the actions this user may take.

Everything is read on the reader pool and every action runs on the writer thread with the version the screen
showed (a stale screen is refused, not overwritten). Only the actions the user's role, office and the case's
state allow are offered; the services check the same rules again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMenu, QPlainTextEdit, QProgressBar, QPushButton, QSpinBox, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from caseapp.domain.deadlines import days_late
from caseapp.domain.events import CASE
from caseapp.errors import CaseAppError, ConflictError
from caseapp.services import documents, queries, transfers, workflow
from caseapp.services.documents import DocumentRecord
from caseapp.services.database import Database
from caseapp.services.queries import CaseDetail, CaseSummary, StaffMember, TimelineEntry
from caseapp.services.users import Actor
from ui.conflict_view import ConflictDialog
from ui.document_dialog import document_title, issue_and_offer
from ui.errors import message_for, present
from ui.format import channel_label, label as catalogue_label, local_time, long_date, short_date, state_label
from ui.tasks import TaskRunner
from ui.widgets import (KeepsTypedText, WARNING_BACKGROUND, dialog_buttons, error_label, only_the_default_takes_enter,
                        searchable_combo)

# the order buttons appear in
ACTIONS = ("accept_transfer", "return_transfer", "start", "pause", "resume", "decide", "close", "request_extension",
           "extend", "decline_extension", "assign", "change_service", "offer_transfer", "withdraw_transfer",
           "withdraw", "reopen")


def action_label(action: str) -> str:
    labels = {
        "start": QCoreApplication.translate("CaseView", "&Start work"),
        "pause": QCoreApplication.translate("CaseView", "&Wait for citizen…"),
        "resume": QCoreApplication.translate("CaseView", "&Resume"),
        "decide": QCoreApplication.translate("CaseView", "&Decide…"),
        "close": QCoreApplication.translate("CaseView", "C&lose"),
        "request_extension": QCoreApplication.translate("CaseView", "Ask for e&xtension…"),
        "extend": QCoreApplication.translate("CaseView", "&Extend…"),
        "decline_extension": QCoreApplication.translate("CaseView", "Decl&ine extension…"),
        "assign": QCoreApplication.translate("CaseView", "&Assign…"),
        "change_service": QCoreApplication.translate("CaseView", "Change ser&vice…"),
        "withdraw": QCoreApplication.translate("CaseView", "Withdrawn by citi&zen…"),
        "reopen": QCoreApplication.translate("CaseView", "Reo&pen…"),
        "offer_transfer": QCoreApplication.translate("CaseView", "Trans&fer to another office…"),
        "withdraw_transfer": QCoreApplication.translate("CaseView", "With&draw the offer…"),
        "accept_transfer": QCoreApplication.translate("CaseView", "Accept the trans&fer"),
        "return_transfer": QCoreApplication.translate("CaseView", "&Return the transfer…"),
    }
    return labels[action]


def event_label(kind: str) -> str:
    labels = {
        "case.registered": QCoreApplication.translate("CaseView", "Registered"),
        "case.assigned": QCoreApplication.translate("CaseView", "Assigned"),
        "case.started": QCoreApplication.translate("CaseView", "Work started"),
        "case.paused": QCoreApplication.translate("CaseView", "Waiting for citizen"),
        "case.resumed": QCoreApplication.translate("CaseView", "Resumed"),
        "case.extended": QCoreApplication.translate("CaseView", "Deadline extended"),
        "case.extension_requested": QCoreApplication.translate("CaseView", "Extension asked for"),
        "case.extension_declined": QCoreApplication.translate("CaseView", "Extension declined"),
        "case.service_changed": QCoreApplication.translate("CaseView", "Service changed"),
        "case.decided": QCoreApplication.translate("CaseView", "Decided"),
        "case.closed": QCoreApplication.translate("CaseView", "Closed"),
        "case.withdrawn": QCoreApplication.translate("CaseView", "Withdrawn"),
        "case.reopened": QCoreApplication.translate("CaseView", "Reopened"),
        "case.transfer_offered": QCoreApplication.translate("CaseView", "Transfer offered"),
        "case.transfer_accepted": QCoreApplication.translate("CaseView", "Transfer accepted"),
        "case.transfer_returned": QCoreApplication.translate("CaseView", "Transfer returned"),
        "case.transfer_withdrawn": QCoreApplication.translate("CaseView", "Transfer offer withdrawn"),
        "case.note_added": QCoreApplication.translate("CaseView", "Note"),
        "case.document_issued": QCoreApplication.translate("CaseView", "Document issued"),
        "case.conflict_resolved": QCoreApplication.translate("CaseView", "Conflict resolved"),
        "case.change_discarded": QCoreApplication.translate("CaseView", "Refused change set aside"),
    }
    return labels.get(kind, kind)


def outcome_label(outcome: str | None) -> str:
    labels = {"approved": QCoreApplication.translate("CaseView", "Approved"),
              "rejected": QCoreApplication.translate("CaseView", "Rejected"),
              "answered": QCoreApplication.translate("CaseView", "Answered")}
    return labels.get(outcome or "", outcome or "")


def event_details(entry: TimelineEntry, names: dict[str, str]) -> str:
    """The payload of a timeline entry, as a line a person reads (never raw JSON)."""
    p = entry.payload
    parts: list[str] = []
    if entry.kind == "case.registered":
        parts.append(p.get("subject", ""))
    if "assignee" in p and p["assignee"]:
        parts.append(names.get(p["assignee"], p["assignee"]))
    if "service" in p and entry.kind != "case.registered":
        parts.append(p["service"])
    if "days" in p:
        parts.append(QCoreApplication.translate("CaseView", "%1 days").replace("%1", str(p["days"])))
    if "outcome" in p:
        parts.append(outcome_label(p["outcome"]))
    if "on" in p and entry.kind != "case.decided":
        parts.append(p["on"])
    for key in ("reason", "text"):
        if p.get(key):
            parts.append(p[key])
    if entry.kind == "case.change_discarded" and p.get("retried"):
        parts.append(QCoreApplication.translate("CaseView", "made again"))
    if entry.kind == "case.document_issued":           # "Receipt", never the code word "receipt"
        parts.append(catalogue_label("doc.kind", p.get("kind", "")))
        if p.get("reprint_of"):
            parts.append(QCoreApplication.translate("CaseView", "reprint"))
    return " · ".join(part for part in parts if part)


class TimelineModel(QAbstractTableModel):
    """Every event of the case: when, who, what, details."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._names: dict[str, str] = {}

    def set_entries(self, entries: list[TimelineEntry], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._entries, self._names = list(entries), dict(names)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return local_time(entry.at)
            if index.column() == 1:
                return f"{entry.user_name or entry.user_id or ''} ({entry.node_id})"
            if index.column() == 2:
                return event_label(entry.kind)
            if index.column() == 3:
                return event_details(entry, self._names)
        return None


class OtherCasesModel(QAbstractTableModel):
    """The citizen's other cases (number, registered, service, state)."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._cases: list[CaseSummary] = []

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary:
        return self._cases[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return (self.tr("Case number"), self.tr("Registered on"), self.tr("Service"), self.tr("Subject"),
                    self.tr("State"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        return (case.case_number, short_date(case.registered_on),
                case.service_name_mn if self._language == "mn" else case.service_name_en, case.subject,
                state_label(case.state))[index.column()]


@dataclass(frozen=True)
class CaseBundle:
    """What the case view shows, read in one go on the reader pool."""
    case: CaseDetail
    timeline: list[TimelineEntry]
    others: list[CaseSummary]
    staff: list[StaffMember]
    services: list[tuple[str, str]]
    documents: list[DocumentRecord]
    offices: list[tuple[str, str]]
    due_soon_until: date                      # the domain's "due soon" horizon by this office's calendar


def load_bundle(db: Database, reference: str, today: date, language: str) -> CaseBundle:
    case = queries.get_case(db, reference, today=today)
    others = queries.citizen_cases(db, case.citizen_id, exclude=case.case_id) if case.citizen_id else []
    return CaseBundle(case, queries.timeline(db, case.case_id), others,
                      queries.assignable_staff(db, case.owner_office), queries.service_choices(db, language),
                      documents.register_of(db, case.case_id), queries.office_choices(db, language),
                      queries.due_soon_horizon(db, today))


def deadline_text(case: CaseDetail, today: date, language: str,
                  due_soon_until: date | None = None) -> tuple[str, int, bool]:
    """(what the deadline bar says, how full it is in percent, whether it is a warning). "Late" and "due soon"
    are the domain's: decided after the due date; due within DUE_SOON_WORKING_DAYS working days."""
    if case.state == "withdrawn" or (case.state in ("decided", "rejected", "closed") and case.decided_on is None):
        finished = case.closed_on or case.decided_on
        text = QCoreApplication.translate("CaseView", "Withdrawn on %1") if case.state == "withdrawn" else \
            QCoreApplication.translate("CaseView", "Finished on %1")
        return text.replace("%1", long_date(finished, language)), 100, False
    if case.state in ("decided", "rejected", "closed"):
        days = days_late(case.due_date, case.decided_on)
        text = (QCoreApplication.translate("CaseView", "Decided on %1, %2 days after the due date") if days
                else QCoreApplication.translate("CaseView", "Decided on %1, on time"))
        return text.replace("%1", long_date(case.decided_on, language)).replace("%2", str(days)), 100, bool(days)
    due_date = case.projected_due_date or case.due_date
    if due_date is None:
        return QCoreApplication.translate("CaseView", "No deadline"), 0, False
    span = max(1, (due_date - case.registered_on).days)
    used = min(100, max(0, round(100 * (today - case.registered_on).days / span)))
    if case.paused_since is not None:
        text = (QCoreApplication.translate(
            "CaseView", "‖ Waiting for the citizen since %1 (%2 days); if resumed today, due %3")
                .replace("%1", long_date(case.paused_since, language))
                .replace("%2", str((today - case.paused_since).days))
                .replace("%3", long_date(due_date, language)))
        return text, used, False
    left = (case.due_date - today).days
    due = long_date(case.due_date, language)
    if left < 0:
        text = QCoreApplication.translate("CaseView", "⚠ %1 days overdue (due %2)")
        return text.replace("%1", str(-left)).replace("%2", due), 100, True
    if left == 0:
        return QCoreApplication.translate("CaseView", "⚠ Due today (%1)").replace("%1", due), 100, True
    text = QCoreApplication.translate("CaseView", "%1 days left (due %2)")
    due_soon = due_soon_until is not None and case.due_date <= due_soon_until
    return text.replace("%1", str(left)).replace("%2", due), used, due_soon


class ActionDialog(KeepsTypedText, QDialog):
    """The few inputs an action needs (a reason, days, an outcome and text, a colleague, a service); runs the
    action on the writer thread and keeps the input if the service refuses it."""

    succeeded = Signal(object)      # CaseDetail

    def __init__(self, view: "CaseView", action: str) -> None:
        super().__init__(view)
        self.view, self.action = view, action
        case = view.case
        self.setObjectName("actionDialog")
        self.setWindowTitle(action_label(action).replace("&", "").rstrip("…"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        if action == "assign":
            combo = QComboBox()
            for member in view.staff:
                if member.user_id != case.assignee_id:
                    combo.addItem(f"{member.full_name} ({member.username})", member.user_id)
            self._add(form, "assignee", self.tr("Assign to"), combo)
        if action == "change_service":
            combo = searchable_combo(self.tr("New service"), [(f"{code} — {name}", code)
                                                              for code, name in view.services
                                                              if code != case.service_code])
            combo.setCurrentIndex(0)
            self._add(form, "service", self.tr("New service"), combo)
        if action in ("extend", "request_extension"):
            left = max(0, case.max_extension_days - case.extension_days)
            days = QSpinBox()
            days.setRange(1, max(1, left))
            requested = (case.extension_request or {}).get("days") if action == "extend" else None
            days.setValue(min(left, requested or left) or 1)
            self._add(form, "days", self.tr("Days (at most %1)").replace("%1", str(left)), days)
            if case.extension_request and action == "extend":
                asked = QLabel(self.tr("Asked for %1 days: %2").replace("%1", str(case.extension_request["days"]))
                               .replace("%2", case.extension_request.get("reason", "")))
                asked.setWordWrap(True)
                asked.setTextFormat(Qt.TextFormat.PlainText)
                form.addRow(asked)
        if action == "decide":
            outcome = QComboBox()
            for key in ("approved", "answered", "rejected"):
                outcome.addItem(outcome_label(key), key)
            self._add(form, "outcome", self.tr("Outcome"), outcome)
            self._add(form, "text", self.tr("Decision text"), QPlainTextEdit())
        if action == "offer_transfer":
            combo = searchable_combo(self.tr("Receiving office"), [(f"{name} ({code})", code)
                                                                   for code, name in view.offices])
            combo.setCurrentIndex(-1)
            self._add(form, "to_office", self.tr("Receiving office"), combo)
        if action in ("pause", "extend", "request_extension", "decline_extension", "withdraw", "reopen",
                      "offer_transfer", "withdraw_transfer", "return_transfer"):
            self._add(form, "reason", self.tr("Reason"), QPlainTextEdit())
        if action == "offer_transfer":
            self._add(form, "note", self.tr("Note for the receiving office"), QPlainTextEdit())
            hint = QLabel(self.tr("The cover letter is made next, for printing."))
            hint.setWordWrap(True)
            form.addRow(hint)
        for widget in self.fields.values():
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(110)
        self.error = error_label("actionError")
        buttons, self.ok = dialog_buttons(self, self.tr("Save"), "actionSave", self.submit, self.tr("Cancel"))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)
        self.remember_typed_text()

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        self.fields[name] = widget
        form.addRow(label, widget)

    def value(self, name: str):
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        raise KeyError(name)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        for name in ("assignee", "service", "to_office"):
            if name in self.fields and self.value(name) is None:
                self.error.setText(self.tr("Choose from the list."))
                self.fields[name].setFocus()
                return
        work = self.view.work_for(self.action, {name: self.value(name) for name in self.fields})
        self.ok.setEnabled(False)
        self.error.setText("")
        self.view.write(work, self._done, self._refused)

    def _done(self, case: CaseDetail) -> None:
        self.ok.setEnabled(True)
        self.succeeded.emit(case)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if not isinstance(exc, CaseAppError):
            present(exc, self)
            return
        self.error.setText(message_for(exc))
        if isinstance(exc, ConflictError):
            self.view.reload()           # someone changed the case meanwhile: the next try uses what is there now
        target = self.fields.get(exc.field or "") or self.fields.get("reason") or self.fields.get("text")
        if target is not None:
            target.setFocus()


class OfficePicker(QDialog):
    """The receiving office of a transfer letter (type part of the name or code)."""

    def __init__(self, offices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officePicker")
        self.setWindowTitle(self.tr("Transfer to"))
        self.setMinimumWidth(420)
        self.office = searchable_combo(self.tr("Receiving office"), [(f"{name} ({code})", code)
                                                                     for code, name in offices])
        self.office.setCurrentIndex(0)
        self.office.setObjectName("office")
        self.error = error_label("officeError")
        buttons, _ok = dialog_buttons(self, self.tr("Make the letter"), "pickOffice", self.submit, self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.office)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)

    def choice(self) -> str | None:
        return self.office.currentData()

    def submit(self) -> None:
        if self.choice() is None:
            self.error.setText(self.tr("Choose from the list."))
            return
        self.accept()


class CaseView(QDialog):
    """A case window (not modal: a clerk can keep the list and several cases open)."""

    changed = Signal(object)               # CaseDetail, after an action succeeded
    open_case = Signal(str)                # another case of the same citizen
    new_case_for = Signal(str)             # register number: a new case for this case's citizen

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, reference: str, language: str = "mn",
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor, self.language = db, runner, actor, language
        self.reference = reference
        self.today = today or db.today()
        self.case: CaseDetail | None = None
        self.staff: list[StaffMember] = []
        self.services: list[tuple[str, str]] = []
        self.setObjectName("caseView")
        self.setWindowTitle(self.tr("Case %1").replace("%1", reference))
        self.resize(980, 700)
        # closed, the window goes once its last read or write has reported back (never under a callback)
        self._pending = 0
        self._closed = False
        self.finished.connect(self._on_closed)

        self.title = QLabel(self.tr("Loading…"))
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.deadline = QProgressBar()
        self.deadline.setObjectName("deadlineBar")
        self.deadline.setTextVisible(True)
        self.deadline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.deadline.setMinimumHeight(26)
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.deadline.setFormat("")

        self.summary_labels: dict[str, QLabel] = {}
        summary = QFormLayout()
        for key, label in (("citizen", self.tr("Citizen")), ("service", self.tr("Service")),
                           ("subject", self.tr("Subject")), ("registered", self.tr("Registered")),
                           ("channel", self.tr("Channel")), ("assignee", self.tr("Assigned to")),
                           ("due", self.tr("Due date")), ("paused", self.tr("Paused time")),
                           ("extension", self.tr("Extension")), ("decision", self.tr("Decision"))):
            value = QLabel("")
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)      # user text is shown literally, never as markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_labels[key] = value
            summary.addRow(label, value)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setReadOnly(True)
        self.description.setMaximumHeight(90)
        summary.addRow(self.tr("Description"), self.description)

        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setTabKeyNavigation(False)
        self.timeline.setModel(self.timeline_model)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 130), (1, 200), (2, 170)):
            self.timeline.setColumnWidth(column, width)

        notes_page = QWidget()
        self.notes = QListWidget()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setAccessibleName(self.tr("New note"))
        self.note_text.setPlaceholderText(self.tr("Write a note for colleagues (Ctrl+Enter adds it)"))
        self.note_text.setMaximumHeight(90)
        self.note_text.setTabChangesFocus(True)
        self.add_note_button = QPushButton(self.tr("Add &note"))
        self.add_note_button.setObjectName("addNote")
        self.add_note_button.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.note_text, activated=self.add_note)
        self.note_error = error_label("noteError", {"text": self.note_text})
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.note_text)
        row = QHBoxLayout()
        row.addWidget(self.note_error, 1)
        row.addWidget(self.add_note_button)
        notes_layout.addLayout(row)

        self.others_model = OtherCasesModel(language, self)
        self.others = QTableView()
        self.others.setObjectName("otherCases")
        self.others.setAccessibleName(self.tr("The citizen's other cases"))
        self.others.setTabKeyNavigation(False)
        self.others.setModel(self.others_model)
        self.others.verticalHeader().setVisible(False)
        self.others.horizontalHeader().setStretchLastSection(True)
        self.others.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.others.activated.connect(lambda index: self.open_case.emit(
            self.others_model.case_at(index.row()).case_id))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setAccessibleName(self.tr("Case details"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(notes_page, self.tr("N&otes"))
        self.tabs.addTab(self.others, self.tr("Citizen's other &cases"))
        documents_page = QWidget()
        self.register = QListWidget()
        self.register.setObjectName("documentRegister")
        self.register.setAccessibleName(self.tr("Documents issued"))
        self.reprint_button = QPushButton(self.tr("Reprint the selected document a&gain"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(self.reprint_selected)
        documents_layout = QVBoxLayout(documents_page)
        documents_layout.addWidget(self.register)
        documents_layout.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(documents_page, self.tr("Issued docu&ments"))
        self.document_menu = QMenu(self)
        self.document_actions: dict[str, QAction] = {}
        for key, text in (("receipt", self.tr("Receipt (A5)")), ("receipt80", self.tr("Receipt (80 mm roll)")),
                          ("letter", self.tr("Response letter")), ("notice", self.tr("Extension notice")),
                          ("transfer", self.tr("Transfer letter…")), ("file", self.tr("Case file"))):
            action = self.document_menu.addAction(text)
            action.setObjectName(f"document_{key}")
            action.triggered.connect(lambda _=False, k=key: self.issue(k))
            self.document_actions[key] = action
        self.documents_button = QPushButton(self.tr("Doc&uments"))
        self.documents_button.setObjectName("documentsButton")
        self.documents_button.setMenu(self.document_menu)
        self.documents_button.setAutoDefault(False)
        self.documents_button.setVisible(False)

        self.buttons: dict[str, QPushButton] = {}
        actions_row = QHBoxLayout()
        for action in ACTIONS:
            button = QPushButton(action_label(action))
            button.setObjectName(f"action_{action}")
            button.setVisible(False)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.buttons[action] = button
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        self.new_case_button = QPushButton(self.tr("New case for t&his citizen"))
        self.new_case_button.setObjectName("newCaseSameCitizen")
        self.new_case_button.setToolTip(self.tr("Ctrl+Shift+N: the intake with this citizen filled in"))
        self.new_case_button.setAutoDefault(False)
        self.new_case_button.setVisible(False)
        self.new_case_button.clicked.connect(self.new_case_for_citizen)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.new_case_for_citizen)
        actions_row.addWidget(self.new_case_button)
        self.conflicts_button = QPushButton(self.tr("&Both sides: resolve the conflict…"))
        self.conflicts_button.setObjectName("resolveConflicts")
        self.conflicts_button.setAutoDefault(False)
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        actions_row.addWidget(self.conflicts_button)
        actions_row.addWidget(self.documents_button)
        self.message = error_label("caseMessage")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.deadline)
        layout.addLayout(summary)
        layout.addLayout(actions_row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def changed_elsewhere(self, changes) -> None:
        """A sync brought a change of this case: shown as it is now, and said so (an action from the old screen
        would be refused as stale anyway)."""
        if self.case is not None and (CASE, self.case.case_id) in changes.streams:
            self.reload()
            self.message.setText(self.tr("This case was just changed at another workstation: it is shown as it "
                                         "is now."))

    def open_conflicts(self) -> None:
        """Both sides of each conflict, for the manager to resolve (a window of its own over this one)."""
        if self.case is None or not self.conflicts_button.isVisible():
            return
        dialog = ConflictDialog(self)
        dialog.resolved.connect(self._acted)
        self.conflict_dialog = dialog
        dialog.open()

    def new_case_for_citizen(self) -> None:
        if self.case is not None and self.case.register_no and self.new_case_button.isVisible():
            self.new_case_for.emit(self.case.register_no)

    # --- background work --------------------------------------------------------------------------------------
    def run(self, kind: str, work: Callable, done: Callable, failed: Callable) -> None:
        """``runner.read`` or ``runner.write`` for this window, which stays alive until the answer is in."""
        self._pending += 1

        def answer(callback):
            def deliver(value) -> None:
                self._pending -= 1
                try:
                    callback(value)
                finally:
                    self._delete_if_done()
            return deliver
        getattr(self.runner, kind)(work, answer(done), answer(failed))

    def write(self, work: Callable, done: Callable, failed: Callable) -> None:
        self.run("write", work, done, failed)

    def closeEvent(self, event) -> None:          # noqa: N802 - Qt's name (closing a hidden window too)
        super().closeEvent(event)
        self._on_closed()

    def _on_closed(self, _result: int = 0) -> None:
        self._closed = True
        self._delete_if_done()

    def _delete_if_done(self) -> None:
        if self._closed and self._pending == 0:
            self.deleteLater()

    # --- reading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        db, reference, today, language = self.db, self.reference, self.today, self.language
        self.run("read", lambda: load_bundle(db, reference, today, language), self.show_bundle, self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self.title.setText(message_for(exc))
        for button in self.buttons.values():
            button.setVisible(False)

    def show_bundle(self, bundle: CaseBundle) -> None:
        case = self.case = bundle.case
        self.reference = case.case_id
        self.staff = bundle.staff
        self.services = bundle.services
        names = {m.user_id: m.full_name for m in bundle.staff}
        names.update({e.user_id: e.user_name for e in bundle.timeline if e.user_id and e.user_name})
        self.setWindowTitle(self.tr("Case %1").replace("%1", case.case_number))
        conflict = self.tr(" — ⚠ conflicting changes, a manager must look") if case.conflict else ""
        office_names = dict(bundle.offices)
        moved = ""
        offer = case.transfers[-1] if case.transfers else None
        if case.state == "transferred_out" and offer is not None:
            moved = (self.tr(" — offered to %1 since %2") if case.owner_office == self.actor.office_id
                     else self.tr(" — offered to your office by %1 since %2"))
            other = case.transfer_to if case.owner_office == self.actor.office_id else case.owner_office
            moved = moved.replace("%1", office_names.get(other or "", other or "")).replace(
                "%2", local_time(offer["offered_at"]))
        elif case.owner_office != self.actor.office_id:
            moved = self.tr(" — held by %1").replace("%1", office_names.get(case.owner_office, case.owner_office))
        elif case.transferred_from:
            moved = self.tr(" — taken over from %1").replace(
                "%1", office_names.get(case.transferred_from, case.transferred_from))
        self.title.setText(f"{case.case_number} — {state_label(case.state)}{moved}{conflict}")
        text, percent, warning = deadline_text(case, self.today, self.language, bundle.due_soon_until)
        self.deadline.setValue(percent)
        self.deadline.setFormat(text)
        self.deadline.setAccessibleDescription(text)    # what the bar says, for a screen reader too
        # a light chunk so the black text on it stays readable; the text itself says "⚠ overdue"
        self.deadline.setStyleSheet(f"QProgressBar::chunk {{ background: {WARNING_BACKGROUND}; }}" if warning else "")
        service = case.service_name_mn if self.language == "mn" else case.service_name_en
        registered_by = names.get(case.registered_by or "", case.registered_by or "")
        values = {
            "citizen": f"{case.citizen_name} ({case.register_no})" if case.register_no else case.citizen_name,
            "service": f"{case.service_code} — {service}",
            "subject": case.subject,
            "registered": f"{long_date(case.registered_on, self.language)} · {registered_by}",
            "channel": channel_label(case.channel),
            "assignee": case.assignee_name or names.get(case.assignee_id or "", "") or self.tr("nobody"),
            "due": long_date(case.due_date, self.language),
            "paused": self.tr("%1 days").replace("%1", str(case.paused_days)),
            "extension": self.tr("%1 of %2 days used").replace("%1", str(case.extension_days))
                             .replace("%2", str(case.max_extension_days)),
            "decision": (f"{outcome_label(case.decision)} ({long_date(case.decided_on, self.language)}): "
                         f"{case.decision_text or ''}" if case.decision else ""),
        }
        if case.extension_request:
            values["extension"] += " · " + (
                self.tr("%1 more days asked for: %2").replace("%1", str(case.extension_request["days"]))
                .replace("%2", case.extension_request.get("reason", "")))
        for key, value in values.items():
            self.summary_labels[key].setText(value)
        self.description.setPlainText(case.description)
        self.timeline_model.set_entries(bundle.timeline, names)
        self.timeline.scrollToBottom()
        self.notes.clear()
        for entry in bundle.timeline:
            if entry.kind == "case.note_added":
                self.notes.addItem(f"{local_time(entry.at)} · {entry.user_name or ''}\n"
                                   f"{entry.payload.get('text', '')}")
        self.others_model.set_cases(bundle.others)
        self.new_case_button.setVisible(bool(case.register_no) and self.actor.can("register"))
        self.tabs.setTabText(2, self.tr("Citizen's other &cases (%1)").replace("%1", str(len(bundle.others))))
        allowed = workflow.available_actions(self.actor, case)
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
        if "assign" in allowed and not any(m.user_id != case.assignee_id for m in self.staff):
            self.buttons["assign"].setVisible(False)
        self.conflicts_button.setVisible(case.conflict and self.actor.can("resolve_conflict")
                                         and case.owner_office == self.actor.office_id)
        can_note = "note" in allowed
        self.note_text.setVisible(can_note)
        self.add_note_button.setVisible(can_note)
        self.offices = [(code, name) for code, name in bundle.offices if code != case.owner_office]
        self.register.clear()
        for record in bundle.documents:
            item = QListWidgetItem(f"{local_time(record.issued_at)} · {document_title(record.kind)} · "
                                   f"{record.issued_by} · sha256 {record.sha256[:12]}…"
                                   + (" · " + self.tr("reprint") if record.reprint_of else ""))
            item.setData(Qt.ItemDataRole.UserRole, record.doc_id)
            self.register.addItem(item)
        can_issue = self.actor.can("issue_documents") and self.actor.office_id in (case.owner_office,
                                                                                  case.transfer_to)
        self.documents_button.setVisible(can_issue)
        self.reprint_button.setVisible(can_issue and bool(bundle.documents))
        self.document_actions["letter"].setEnabled(bool(case.decision))
        self.document_actions["notice"].setEnabled(case.extension_days > 0)

    # --- acting --------------------------------------------------------------------------------------------------
    def work_for(self, action: str, values: dict) -> Callable[[], CaseDetail]:
        """The service call of an action, bound to the version this screen shows."""
        db, actor, case_id, version = self.db, self.actor, self.case.case_id, self.case.version
        calls = {
            "start": lambda: workflow.start(db, actor, case_id, expected_version=version),
            "resume": lambda: workflow.resume(db, actor, case_id, expected_version=version),
            "close": lambda: workflow.close(db, actor, case_id, expected_version=version),
            "pause": lambda: workflow.pause(db, actor, case_id, values.get("reason", ""), expected_version=version),
            "decide": lambda: workflow.decide(db, actor, case_id, values.get("outcome", ""),
                                              values.get("text", ""), expected_version=version),
            "extend": lambda: workflow.extend(db, actor, case_id, values.get("days", 0), values.get("reason", ""),
                                              expected_version=version),
            "request_extension": lambda: workflow.request_extension(
                db, actor, case_id, values.get("days", 0), values.get("reason", ""), expected_version=version),
            "decline_extension": lambda: workflow.decline_extension(
                db, actor, case_id, values.get("reason", ""), expected_version=version),
            "assign": lambda: workflow.assign(db, actor, case_id, values.get("assignee") or "",
                                              expected_version=version),
            "change_service": lambda: workflow.change_service(db, actor, case_id, values.get("service") or "",
                                                              expected_version=version),
            "withdraw": lambda: workflow.withdraw(db, actor, case_id, values.get("reason", ""),
                                                  expected_version=version),
            "reopen": lambda: workflow.reopen(db, actor, case_id, values.get("reason", ""),
                                              expected_version=version),
            "offer_transfer": lambda: transfers.offer(db, actor, case_id, values.get("to_office") or "",
                                                      values.get("reason", ""), note=values.get("note", ""),
                                                      expected_version=version),
            "withdraw_transfer": lambda: transfers.withdraw(db, actor, case_id, values.get("reason", ""),
                                                            expected_version=version),
            "accept_transfer": lambda: transfers.accept(db, actor, case_id, expected_version=version),
            "return_transfer": lambda: transfers.return_(db, actor, case_id, values.get("reason", ""),
                                                         expected_version=version),
        }
        return calls[action]

    def run_action(self, action: str) -> None:
        if self.case is None:
            return
        self.message.setText("")
        if action in ("start", "resume", "close", "accept_transfer"):
            for button in self.buttons.values():
                button.setEnabled(False)
            self.run("write", self.work_for(action, {}), self._acted, self._refused)
            return
        dialog = ActionDialog(self, action)
        dialog.succeeded.connect(self._acted)
        self.action_dialog = dialog
        dialog.open()

    def _acted(self, case: CaseDetail) -> None:
        for button in self.buttons.values():
            button.setEnabled(True)
        offered_now = case.state == "transferred_out" and (self.case is None or self.case.state != case.state)
        self.changed.emit(case)
        self.reload()
        if offered_now and case.transfer_to:          # the cover letter of the offer, to print and send with it
            self.issue("transfer", to_office=case.transfer_to)

    def _refused(self, exc: BaseException) -> None:
        for button in self.buttons.values():
            button.setEnabled(True)
        self.message.setText(message_for(exc))
        self.reload()                    # the case may have changed under us: show it as it is now

    def issue(self, key: str, *, to_office: str | None = None) -> None:
        """Issue a document of this case (the menu), then offer to print or save it."""
        if self.case is None:
            return
        kind, size = ("receipt", "80mm") if key == "receipt80" else (key, "a5")
        if kind == "transfer" and to_office is None:
            picker = OfficePicker(self.offices, self)
            if picker.exec() != QDialog.DialogCode.Accepted:
                return
            to_office = picker.choice()
        db, actor, case_number, language = self.db, self.actor, self.case.case_number, self.language
        issue_and_offer(self.write, self,
                        lambda: documents.issue_document(db, actor, case_number, kind, language=language, size=size,
                                                         to_office=to_office),
                        document_title(kind, size), done=lambda _document: self.reload())

    def reprint_selected(self) -> None:
        item = self.register.currentItem() or self.register.item(self.register.count() - 1)
        if item is None:
            return
        db, actor, doc_id = self.db, self.actor, item.data(Qt.ItemDataRole.UserRole)
        issue_and_offer(self.write, self, lambda: documents.reprint(db, actor, doc_id),
                        self.tr("Reprint"), done=lambda _document: self.reload())

    def add_note(self) -> None:
        if self.case is None or self.add_note_button.isHidden() or not self.add_note_button.isEnabled():
            return
        db, actor, case_id, text = self.db, self.actor, self.case.case_id, self.note_text.toPlainText()
        self.add_note_button.setEnabled(False)
        self.note_error.setText("")

        def done(case: CaseDetail) -> None:
            self.add_note_button.setEnabled(True)
            self.note_text.clear()
            self.changed.emit(case)
            self.reload()

        def refused(exc: BaseException) -> None:
            self.add_note_button.setEnabled(True)
            self.note_error.show_error(exc, otherwise=self.note_text)
        self.run("write", lambda: workflow.add_note(db, actor, case_id, text), done, refused)
