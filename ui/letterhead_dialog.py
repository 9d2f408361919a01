"""The office letterhead printed on letters and receipts (admin): address, phone, signatory, logo."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from caseapp.errors import CaseAppError
from caseapp.services import letterhead
from caseapp.services.database import Database
from caseapp.services.documents import Letterhead
from caseapp.services.users import Actor
from ui.errors import message_for
from ui.tasks import TaskRunner
from ui.widgets import KeepsTypedText, dialog_buttons, error_label, only_the_default_takes_enter


class LetterheadDialog(KeepsTypedText, QDialog):
    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, office_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor, self.office_code = db, runner, actor, office_code
        self.logo: bytes | None = None
        self.logo_changed = False
        self.setObjectName("letterheadDialog")
        self.setWindowTitle(self.tr("Letterhead"))
        self.setMinimumWidth(520)
        self.office = QLabel("")
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Office"), self.office)
        for name, label in (("address", self.tr("Address")), ("phone", self.tr("Phone")),
                            ("signatory_title", self.tr("Signatory's title")),
                            ("signatory_name", self.tr("Signatory's name"))):
            field = QLineEdit()
            field.setObjectName(name)
            self.fields[name] = field
            form.addRow(label, field)
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setMinimumHeight(64)
        choose = QPushButton(self.tr("Choose a PNG logo…"))
        choose.setObjectName("chooseLogo")
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove the logo"))
        remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        form.addRow(self.tr("Logo"), logo_row)
        self.error = error_label("letterheadError", {**self.fields, "logo": choose})
        buttons, self.save = dialog_buttons(self, self.tr("Save"), "saveLetterhead", self.submit, self.tr("Close"))
        editable = actor.can("edit_letterhead")
        for widget in (*self.fields.values(), choose, remove, self.save):
            widget.setEnabled(editable)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not editable:
            layout.addWidget(QLabel(self.tr("Only an administrator changes the letterhead.")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)
        db_, code = db, office_code
        runner.read(lambda: letterhead.get(db_, code), self.show_letterhead, lambda exc: self.error.setText(
            message_for(exc)))

    def show_letterhead(self, head: Letterhead) -> None:
        self.office.setText(head.name)
        for name, field in self.fields.items():
            field.setText(getattr(head, name))
        self.set_logo(head.logo_png, changed=False)
        self.remember_typed_text()            # what the office has now is not "unsaved"

    def set_logo(self, logo: bytes | None, changed: bool = True) -> None:
        self.logo, self.logo_changed = logo, self.logo_changed or changed
        if logo:
            pixmap = QPixmap()
            pixmap.loadFromData(logo)
            self.logo_preview.setPixmap(pixmap.scaledToHeight(64, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a PNG logo"), "", self.tr("PNG images (*.png)"))
        if path:
            try:
                self.set_logo(letterhead.read_logo(path))     # a regular file within the size limit only
            except CaseAppError as exc:
                self.error.show_error(exc)

    def submit(self) -> None:
        changes: dict = {name: field.text() for name, field in self.fields.items()}
        if self.logo_changed:
            changes["logo_png"] = self.logo
        db, actor, code = self.db, self.actor, self.office_code
        self.save.setEnabled(False)
        self.error.setText("")

        def refused(exc: BaseException) -> None:
            self.save.setEnabled(True)
            self.error.show_error(exc)
        self.runner.write(lambda: letterhead.set_letterhead(db, actor, code, changes),
                          lambda _head: self.accept(), refused)
