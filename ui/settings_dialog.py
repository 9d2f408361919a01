"""Workstation settings: the interface language and where documents and reports are saved (anyone), and the
auto-lock time of a shared counter (admin)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from caseapp.services import backup, settings, sync
from caseapp.services.database import Database
from caseapp.services.users import Actor
from ui.errors import message_for
from ui.printing import default_documents_folder, documents_folder, use_documents_folder
from ui.tasks import TaskRunner
from ui.widgets import ERROR_COLOUR, QrCodeButton, dialog_buttons, error_label, only_the_default_takes_enter


class SettingsDialog(QDialog):
    saved = Signal(str, int)          # language, auto-lock minutes
    connected = Signal()              # this workstation was just enrolled with the central server

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, language: str, auto_lock: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor = db, runner, actor
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Монгол", "mn")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(language))
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLock")
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setValue(auto_lock)
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setEnabled(actor.can("edit_workstation"))
        self.folder = QLineEdit(str(documents_folder()))
        self.folder.setObjectName("documentsFolder")
        self.folder.setAccessibleName(self.tr("Documents folder"))
        self.folder.setToolTip(self.tr("Receipts, letters and reports are saved here unless you choose another "
                                       "place. Empty: %1").replace("%1", str(default_documents_folder())))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setObjectName("chooseFolder")
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Lock the screen after idle"), self.auto_lock)
        form.addRow(self.tr("Documents folder"), folder_row)
        self.backup_status = QLabel(self._backup_text(backup.backup_age(db)))
        self.backup_status.setObjectName("backupStatus")
        self.backup_status.setWordWrap(True)
        if self.backup_warning:
            self.backup_status.setStyleSheet(f"color: {ERROR_COLOUR}")
        form.addRow(self.tr("Last backup"), self.backup_status)
        hint = QLabel(self.tr("These settings belong to this workstation. Only an administrator changes the "
                              "lock time of a shared counter PC."))
        hint.setWordWrap(True)
        self.error = error_label("settingsError", {"language": self.language, "auto_lock_minutes": self.auto_lock,
                                                   "documents_folder": self.folder})
        buttons, self.save = dialog_buttons(self, self.tr("Save"), "saveSettings", self.submit, self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._server_box())
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)

    def _server_box(self) -> QGroupBox:
        """The central server: where this workstation syncs, with what waits and the last error; or, not yet
        enrolled, "Connect to the central server" with the address and a one-time code (an admin)."""
        box = QGroupBox(self.tr("Central server"))
        box.setObjectName("serverBox")
        form = QFormLayout(box)
        self.server_state = QLabel()
        self.server_state.setObjectName("serverState")
        self.server_state.setWordWrap(True)
        self.server_state.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.server_state)
        self.server_url = QLineEdit()
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://…")
        self.server_code = QLineEdit()
        self.server_code.setObjectName("serverCode")
        self.connect_button = QPushButton(self.tr("Co&nnect to the central server"))
        self.connect_button.setObjectName("connectServer")
        self.connect_button.setAutoDefault(False)
        self.connect_button.clicked.connect(self.connect_server)
        self.server_error = error_label("serverError", {"server": self.server_url, "code": self.server_code})
        self.code_from_qr = QrCodeButton(self.server_code, self.runner, self.server_error)
        code_row = QHBoxLayout()
        code_row.addWidget(self.server_code, 1)
        code_row.addWidget(self.code_from_qr)
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow(self.tr("One-time code"), code_row)
        form.addRow(self.server_error)
        form.addRow("", self.connect_button)
        for widget in (self.server_url, self.server_code, self.code_from_qr, self.connect_button):
            widget.setVisible(False)               # until the reader says whether it is enrolled
        self._read_server()
        return box

    def _read_server(self) -> None:
        db = self.db
        self.runner.read(lambda: sync.status(db), self._show_server,
                         lambda exc: self.server_state.setText(message_for(exc)))

    def _show_server(self, status: sync.SyncStatus) -> None:
        if status.enrolled:
            text = self.tr("Syncs with %1 (office %2). Waiting to send: %3; refused: %4.").replace(
                "%1", status.server_url or "-").replace("%2", status.office_id or "-").replace(
                "%3", str(status.pending)).replace("%4", str(len(status.refused)))
            if status.last_error:
                text += "\n" + self.tr("Last error: %1").replace("%1", status.last_error)
        else:
            text = self.tr("Not connected: this workstation works on its own. Ask your IT staff for the server's "
                           "address and a one-time code.")
        self.server_state.setText(text)
        can_connect = not status.enrolled and self.actor.can("edit_workstation")
        for widget in (self.server_url, self.server_code, self.code_from_qr, self.connect_button):
            widget.setVisible(can_connect)

    def connect_server(self) -> None:
        db, url, code = self.db, self.server_url.text().strip(), self.server_code.text()
        language = self.language.currentData()
        self.connect_button.setEnabled(False)
        self.server_error.setText("")

        def done(result) -> None:
            self.connect_button.setEnabled(True)
            self._read_server()
            self.connected.emit()

        def refused(exc: BaseException) -> None:
            self.connect_button.setEnabled(True)
            self.server_error.show_error(exc, otherwise=self.server_code)
        self.runner.write(lambda: sync.connect(db, url, code, language=language), done, refused)

    def _backup_text(self, age) -> str:
        """How old the newest verified backup is; a warning when there is none or it is older than a week."""
        if age is None:
            self.backup_warning = True
            return self.tr("⚠ none yet: tell your IT staff (caseapp backup)")
        self.backup_warning = age > backup.STALE_AFTER
        days = age.days
        text = (self.tr("today") if days == 0 else self.tr("%1 days ago").replace("%1", str(days)))
        return self.tr("⚠ %1: older than a week, tell your IT staff").replace("%1", text) if self.backup_warning \
            else text

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Documents folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_folder(self) -> str:
        """What to store: empty when the clerk keeps (or empties the field to) the default folder."""
        text = self.folder.text().strip()
        return "" if not text or text == str(default_documents_folder()) else text

    def submit(self) -> None:
        language, minutes, folder = self.language.currentData(), self.auto_lock.value(), self.chosen_folder()
        db, actor = self.db, self.actor
        self.save.setEnabled(False)
        self.error.setText("")

        def done(_result) -> None:
            self.save.setEnabled(True)
            use_documents_folder(folder)
            self.saved.emit(language, minutes)
            self.accept()

        def refused(exc: BaseException) -> None:
            self.save.setEnabled(True)
            self.error.show_error(exc)
        self.runner.write(lambda: settings.save_workstation(db, actor, language=language, auto_lock=minutes,
                                                            documents_folder=folder), done, refused)
