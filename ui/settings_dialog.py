"""Workstation settings: the interface language (anyone) and the auto-lock time of a shared counter (admin)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from caseapp.services import settings
from caseapp.services.database import Database
from caseapp.services.users import Actor
from ui.errors import message_for
from ui.tasks import TaskRunner
from ui.widgets import dialog_buttons, error_label, only_the_default_takes_enter


class SettingsDialog(QDialog):
    saved = Signal(str, int)          # language, auto-lock minutes

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, language: str, auto_lock: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor = db, runner, actor
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
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
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Lock the screen after idle"), self.auto_lock)
        hint = QLabel(self.tr("These settings belong to this workstation. Only an administrator changes the "
                              "lock time of a shared counter PC."))
        hint.setWordWrap(True)
        self.error = error_label("settingsError")
        buttons, self.save = dialog_buttons(self, self.tr("Save"), "saveSettings", self.submit, self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)

    def submit(self) -> None:
        language, minutes = self.language.currentData(), self.auto_lock.value()
        db, actor = self.db, self.actor
        self.save.setEnabled(False)

        def done(_result) -> None:
            self.save.setEnabled(True)
            self.saved.emit(language, minutes)
            self.accept()

        def refused(exc: BaseException) -> None:
            self.save.setEnabled(True)
            self.error.setText(message_for(exc))
        self.runner.write(lambda: settings.save_workstation(db, actor, language=language, auto_lock=minutes),
                          done, refused)
