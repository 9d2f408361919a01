"""The one error presenter: what went wrong, said the way a clerk understands it, with nothing lost."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.errors import (CancelledError, CaseAppError, ConflictError, NotFoundError, PermissionDenied,
                            StorageError, SyncError, ValidationError)
from ui.i18n import current_language

log = logging.getLogger("caseapp.ui")


def title_for(exc: BaseException) -> str:
    titles = (
        (ValidationError, QCoreApplication.translate("Errors", "Please check the form")),
        (PermissionDenied, QCoreApplication.translate("Errors", "Not allowed")),
        (NotFoundError, QCoreApplication.translate("Errors", "Not found")),
        (ConflictError, QCoreApplication.translate("Errors", "Cannot do this now")),
        (StorageError, QCoreApplication.translate("Errors", "Database problem")),
        (SyncError, QCoreApplication.translate("Errors", "Sync problem")),
        (CancelledError, QCoreApplication.translate("Errors", "Cancelled")),
    )
    return next((title for kind, title in titles if isinstance(exc, kind)),
                QCoreApplication.translate("Errors", "Unexpected error"))


def message_for(exc: BaseException, language: str | None = None) -> str:
    """What to tell the person: an expected error in the interface language (or ``language``)."""
    if isinstance(exc, CaseAppError):
        return exc.render(language or current_language())
    return QCoreApplication.translate(
        "Errors", "Something went wrong that the program did not expect. Nothing you saved is lost. "
                  "Please tell your IT staff: %1").replace("%1", f"{type(exc).__name__}: {exc}")


def present(exc: BaseException, parent: QWidget | None = None) -> None:
    """Show an error. Expected errors get their own message; a bug is logged with its traceback."""
    if not isinstance(exc, CaseAppError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning if isinstance(exc, CaseAppError) else QMessageBox.Icon.Critical,
                      title_for(exc), message_for(exc), QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("Errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def install_excepthook(parent_getter=lambda: None) -> None:
    """An exception escaping a Qt callback is shown, not lost on stderr."""
    def hook(exc_type, exc, tb):
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        try:
            present(exc, parent_getter())
        except Exception:  # noqa: BLE001 - never let the hook itself crash the program
            pass
    sys.excepthook = hook
