"""Small pieces every dialog uses the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

ERROR_COLOUR = "#b00020"
WARNING_BACKGROUND = "#f6c9cc"          # behind black text: still readable
DUE_SOON_COLOUR = "#8a4b00"             # dark amber: readable on white and on the alternate row colour


def error_label(name: str) -> QLabel:
    """A red, wrapping label for a message next to a field (empty until there is something to say)."""
    label = QLabel("")
    label.setObjectName(name)
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    label.setWordWrap(True)
    return label


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A row with one labelled Close button (not the default one: Enter belongs to the form being typed in)."""
    buttons = QDialogButtonBox()
    close = QPushButton(QCoreApplication.translate("Widgets", "Close"))
    close.setObjectName("close")
    close.setAutoDefault(False)
    close.clicked.connect(dialog.reject)
    buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
    return buttons


def dialog_buttons(dialog: QDialog, accept_text: str, accept_name: str, on_accept: Callable[[], None],
                   reject_text: str, *, default: bool = True) -> tuple[QDialogButtonBox, QPushButton]:
    """Our own labelled buttons (Qt ships no Mongolian for its standard ones): the default one, and one that
    closes the dialog."""
    buttons = QDialogButtonBox()
    accept = QPushButton(accept_text)
    accept.setObjectName(accept_name)
    accept.setDefault(default)
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    reject = QPushButton(reject_text)
    buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    accept.clicked.connect(on_accept)
    reject.clicked.connect(dialog.reject)
    return buttons, accept
