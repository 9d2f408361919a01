"""The service catalogue: every service type with its clock, target, extension cap and fee; admins edit one.

A change applies to NEW cases only (a case copies its service's clock when it is registered); the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QItemSelectionModel, QModelIndex, \
    QPersistentModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView,
                               QVBoxLayout, QWidget)

from caseapp.errors import CaseAppError
from caseapp.services import catalogue
from caseapp.services.catalogue import ServiceInfo
from caseapp.services.database import Database
from caseapp.services.users import Actor
from ui.errors import message_for
from ui.tasks import TaskRunner
from ui.widgets import close_buttons, error_label

COLUMNS = ("code", "name", "clock", "target_days", "max_extension_days", "fee_mnt", "active")
NUMERIC = {"target_days", "max_extension_days", "fee_mnt"}


def clock_label(clock: str) -> str:
    labels = {"calendar": QCoreApplication.translate("CatalogueModel", "Calendar days"),
              "working": QCoreApplication.translate("CatalogueModel", "Working days")}
    return labels.get(clock, clock)


def matches(service: ServiceInfo, text: str) -> bool:
    """Part of the code or of either name, any case (Cyrillic too: str.casefold, never SQLite's lower())."""
    wanted = text.strip().casefold()
    return not wanted or any(wanted in value.casefold() for value in (service.code, service.name_mn, service.name_en))


class CatalogueModel(QAbstractTableModel):
    """Service types (plain ``ServiceInfo``), filtered in memory: the catalogue is a few dozen rows."""

    def __init__(self, services: list[ServiceInfo], language: str = "mn", parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._all = list(services)
        self._filter = ""
        self._rows = list(self._all)

    # --- Qt's model interface -----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        service, column = self._rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "name":
                return service.name(self._language)
            if column == "clock":
                return clock_label(service.clock)
            if column == "active":
                return self.tr("Yes") if service.active else self.tr("No")
            if column == "fee_mnt":
                return f"{service.fee_mnt:,}".replace(",", " ")
            return str(getattr(service, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.UserRole:
            return service.code
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Code"), self.tr("Name"), self.tr("Clock"), self.tr("Target days"),
                self.tr("Max. extension"), self.tr("Fee (MNT)"), self.tr("Active"))[section]

    # --- ours -----------------------------------------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text
        self._rows = [s for s in self._all if matches(s, text)]
        self.endResetModel()

    def set_services(self, services: list[ServiceInfo]) -> None:
        self._all = list(services)
        self.set_filter(self._filter)

    def service_at(self, row: int) -> ServiceInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.code == code), -1)


class CatalogueDialog(QDialog):
    """The catalogue for everyone; the edit form works for admins (``edit_catalogue``) only."""

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, language: str = "mn",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor, self.language = db, runner, actor, language
        self.editable = actor.can("edit_catalogue")
        self.current: ServiceInfo | None = None
        self.setObjectName("catalogueDialog")
        self.setWindowTitle(self.tr("Service catalogue"))
        self.setMinimumSize(900, 560)

        self.filter = QLineEdit()
        self.filter.setObjectName("catalogueFilter")
        self.filter.setPlaceholderText(self.tr("Part of the code or the name"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("F&ind"))
        filter_label.setBuddy(self.filter)

        self.model = CatalogueModel(catalogue.list_services(db), language, self)
        self.table = QTableView()
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(self.table.setFocus)

        self.code = QLabel("")
        self.code.setObjectName("serviceCode")
        self.name_mn = QLineEdit()
        self.name_en = QLineEdit()
        for name, widget in (("name_mn", self.name_mn), ("name_en", self.name_en)):
            widget.setObjectName(name)
            widget.setMaxLength(catalogue.MAX_NAME + 1)       # one over: the service says what the limit is
            widget.returnPressed.connect(self.save)
        self.clock = QComboBox()
        self.clock.setObjectName("clock")
        for key in catalogue.CLOCKS:
            self.clock.addItem(clock_label(key), key)
        self.target_days = QSpinBox()
        self.target_days.setObjectName("target_days")
        self.max_extension_days = QSpinBox()
        self.max_extension_days.setObjectName("max_extension_days")
        for spin in (self.target_days, self.max_extension_days):
            spin.setRange(0, catalogue.MAX_DAYS)
            spin.setSuffix(self.tr(" days"))
        self.fee_mnt = QSpinBox()
        self.fee_mnt.setObjectName("fee_mnt")
        self.fee_mnt.setRange(0, catalogue.MAX_FEE_MNT)
        self.fee_mnt.setSingleStep(500)
        self.fee_mnt.setGroupSeparatorShown(True)
        self.fee_mnt.setSuffix(" ₮")
        self.on_transfer = QComboBox()
        self.on_transfer.setObjectName("on_transfer")
        for key, label in (("continue", self.tr("Continues on the same clock")),
                           ("restart", self.tr("Restarts from the day it is accepted"))):
            self.on_transfer.addItem(label, key)
        self.active = QCheckBox(self.tr("&Active (offered at the counter)"))
        self.active.setObjectName("active")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.error = error_label("catalogueError")
        self.saved_info = QLabel("")
        self.saved_info.setObjectName("catalogueSaved")
        self.saved_info.setWordWrap(True)
        note = QLabel(self.tr("Changes apply to new cases only: cases already registered keep the clock and "
                              "due date they were registered with."))
        note.setObjectName("catalogueNote")
        note.setWordWrap(True)
        self.inputs: dict[str, QWidget] = {"name_mn": self.name_mn, "name_en": self.name_en, "clock": self.clock,
                                           "target_days": self.target_days,
                                           "max_extension_days": self.max_extension_days,
                                           "fee_mnt": self.fee_mnt, "on_transfer": self.on_transfer,
                                           "active": self.active}

        form_box = QWidget()
        form_box.setObjectName("serviceForm")
        form = QFormLayout(form_box)
        form.addRow(self.tr("Code"), self.code)
        for label, widget in ((self.tr("Name (&Mongolian)"), self.name_mn), (self.tr("Name (&English)"), self.name_en),
                              (self.tr("C&lock"), self.clock), (self.tr("&Target"), self.target_days),
                              (self.tr("Maximum e&xtension"), self.max_extension_days),
                              (self.tr("&Fee"), self.fee_mnt),
                              (self.tr("Deadline of a case taken &over"), self.on_transfer)):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        form.addRow("", self.active)
        form.addRow("", self.save_button)
        form.addRow(self.error)
        form.addRow(self.saved_info)
        self.form_box = form_box
        self._set_read_only(not self.editable)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(form_box, 2)
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self._select_row(0)
        self.filter.setFocus()

    # --- showing ------------------------------------------------------------------------------------------------
    def _set_read_only(self, read_only: bool) -> None:
        for line in (self.name_mn, self.name_en):
            line.setReadOnly(read_only)
        for spin in (self.target_days, self.max_extension_days, self.fee_mnt):
            spin.setReadOnly(read_only)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons if read_only
                                  else QSpinBox.ButtonSymbols.UpDownArrows)
        self.clock.setEnabled(not read_only)
        self.on_transfer.setEnabled(not read_only)
        self.active.setEnabled(not read_only)
        self.save_button.setVisible(not read_only)

    def apply_filter(self, text: str) -> None:
        """Show only the services whose code or name contains ``text``; keep the selected one if it is shown."""
        keep = self.current.code if self.current else None
        self.model.set_filter(text)
        row = self.model.row_of(keep) if keep else -1
        self._select_row(row if row >= 0 else 0)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        self.show_service(self.model.service_at(row))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_service(self.model.service_at(current.row()) if current.isValid() else None)

    def show_service(self, service: ServiceInfo | None) -> None:
        """Fill the form with one service (or empty it)."""
        if service is self.current and service is not None:
            return
        self.current = service
        self.error.setText("")
        self.form_box.setEnabled(service is not None)
        if service is None:
            self.code.setText("")
            for line in (self.name_mn, self.name_en):
                line.clear()
            return
        self.code.setText(service.code)
        self.name_mn.setText(service.name_mn)
        self.name_en.setText(service.name_en)
        self.clock.setCurrentIndex(max(0, self.clock.findData(service.clock)))
        self.target_days.setValue(service.target_days)
        self.max_extension_days.setValue(service.max_extension_days)
        self.fee_mnt.setValue(service.fee_mnt)
        self.on_transfer.setCurrentIndex(max(0, self.on_transfer.findData(service.on_transfer)))
        self.active.setChecked(service.active)

    # --- saving (admin) -----------------------------------------------------------------------------------------
    def form_values(self) -> dict:
        return {"name_mn": self.name_mn.text(), "name_en": self.name_en.text(), "clock": self.clock.currentData(),
                "target_days": self.target_days.value(), "max_extension_days": self.max_extension_days.value(),
                "fee_mnt": self.fee_mnt.value(), "on_transfer": self.on_transfer.currentData(),
                "active": self.active.isChecked()}

    def changes(self) -> dict:
        """Only what the admin changed in the form (a field changed elsewhere meanwhile is left alone)."""
        if self.current is None:
            return {}
        return {name: value for name, value in self.form_values().items() if getattr(self.current, name) != value}

    def save(self) -> None:
        if not self.editable or self.current is None:
            return
        changes = self.changes()
        self.saved_info.setText("")
        self.error.setText("")
        if not changes:
            self.saved_info.setText(self.tr("Nothing was changed."))
            return
        self.save_button.setEnabled(False)
        db, actor, code = self.db, self.actor, self.current.code
        self.runner.write(lambda: catalogue.change_service_type(db, actor, code, changes), self._saved,
                          self._refused)

    def _saved(self, info: ServiceInfo) -> None:
        self.save_button.setEnabled(True)
        self.current = None
        self.model.set_services(catalogue.list_services(self.db))
        row = self.model.row_of(info.code)
        self._select_row(row if row >= 0 else 0)
        self.saved_info.setText(self.tr("Saved %1. New cases of this service follow the new rules; cases already "
                                        "registered keep theirs.").replace("%1", info.code))

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(message_for(exc))
        field = exc.field if isinstance(exc, CaseAppError) else None
        target = self.inputs.get(field or "", self.name_mn)
        target.setFocus()
