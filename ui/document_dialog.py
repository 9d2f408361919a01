"""A document has been issued: print it through the system dialog or save it as a PDF file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from caseapp.errors import CaseAppError
from caseapp.services.documents import IssuedDocument
from ui.errors import present
from ui.printing import document_file_name, print_pdf, save_pdf
from ui.widgets import notice_label, only_the_default_takes_enter


def document_title(kind: str, size: str = "a5") -> str:
    titles = {"receipt": QCoreApplication.translate("Documents", "Receipt"),
              "letter": QCoreApplication.translate("Documents", "Response letter"),
              "notice": QCoreApplication.translate("Documents", "Extension notice"),
              "transfer": QCoreApplication.translate("Documents", "Transfer letter"),
              "file": QCoreApplication.translate("Documents", "Case file")}
    title = titles.get(kind, kind)
    if kind == "receipt" and size == "80mm":
        return QCoreApplication.translate("Documents", "%1 (80 mm roll)").replace("%1", title)
    return title


class DocumentReadyDialog(QDialog):
    def __init__(self, document: IssuedDocument, title: str, parent: QWidget | None = None,
                 print_at_once: bool = False) -> None:
        super().__init__(parent)
        self.document, self.title = document, title
        self.setObjectName("documentReady")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        text = (self.tr("%1 for case %2 is ready.") if document.case_number else self.tr("%1 is ready."))
        self.info = QLabel(text.replace("%1", title).replace("%2", document.case_number))
        self.info.setObjectName("documentInfo")
        self.info.setWordWrap(True)
        # the code in a field of its own: never cut by word wrap, selectable, read out by a screen reader
        self.code = QLineEdit(document.token)
        self.code.setObjectName("verificationCode")
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("Verification code"))
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance(document.token or "0" * 32) + 24)
        self.code.setVisible(bool(document.token))
        code_label = QLabel(self.tr("Verification code"))
        code_label.setBuddy(self.code)
        code_label.setVisible(bool(document.token))
        self.status = notice_label("documentStatus")
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printDocument")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("saveDocument")
        close = QPushButton(self.tr("Close"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(code_label)
        layout.addWidget(self.code)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)
        self.print_at_once = print_at_once

    def showEvent(self, event) -> None:            # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.print_at_once:
            self.print_at_once = False
            self.print_document()

    def print_document(self) -> None:
        try:
            name = document_file_name(self.document.case_number, self.document.kind, self.document.doc_id)
            if print_pdf(self.document.pdf, self, self.title, name):
                self.status.setText(self.tr("Sent to the printer."))
        except Exception as exc:  # noqa: BLE001 - a printer problem is shown, the document stays issued
            present(exc, self)

    def save_document(self) -> None:
        try:
            path = save_pdf(self.document.pdf, self, document_file_name(
                self.document.case_number, self.document.kind, self.document.doc_id))
        except (CaseAppError, OSError) as exc:
            present(exc, self)
            return
        if path is not None:
            self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))


def issue_and_offer(write, parent: QWidget, work, title: str, *, print_at_once: bool = False,
                    done=None) -> None:
    """Run ``work`` (which issues a document) through ``write`` (the writer thread), then offer to print or save
    it: over ``parent``, or over its own parent if ``parent`` was closed meanwhile (the issue is recorded either
    way, so the clerk must get the document)."""
    def owner() -> QWidget:
        return parent if parent.isVisible() or parent.parentWidget() is None else parent.parentWidget()

    def ready(document: IssuedDocument) -> None:
        where = owner()
        dialog = DocumentReadyDialog(document, title, where, print_at_once=print_at_once)
        where.document_dialog = dialog
        dialog.open()
        if done is not None:
            done(document)
    write(work, ready, lambda exc: present(exc, owner()))
