"""Small pieces every dialog uses the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QWidget)

from caseapp.errors import CaseAppError
from ui.errors import message_for

ERROR_COLOUR = "#b00020"
WARNING_BACKGROUND = "#f6c9cc"          # behind black text: still readable
DUE_SOON_COLOUR = "#8a4b00"             # dark amber: readable on white and on the alternate row colour
FOCUS_COLOUR = "#1a5fb4"                # a strong blue frame around the list or table that has the keyboard

# Where the keyboard is must be seen at a glance: Qt's default style draws a 1-pixel dotted focus rectangle that
# a clerk cannot find on an old screen, and a list's selected row looks the same with or without the focus.
FOCUS_STYLE = f"""
QListView, QTableView {{ border: 2px solid transparent; }}
QListView:focus, QTableView:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QListView::item:selected, QTableView::item:selected {{ background: #c9d3e0; color: black; }}
QListView::item:selected:focus, QTableView::item:selected:focus {{ background: {FOCUS_COLOUR}; color: white; }}
"""


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Tell a screen reader ``text`` now (a message it would not find by itself: an error that appeared, a
    report that is ready, a case that was saved). ``urgent`` interrupts what it is reading."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class MessageLabel(QLabel):
    """A wrapping message line that a screen reader hears when it changes. Given the fields it speaks for
    (``fields``: a service error's field name -> widget), an error about a field also becomes that field's
    accessible description, so it is read with the field, and the field takes the focus."""

    def __init__(self, name: str, *, colour: str | None = ERROR_COLOUR, urgent: bool = True,
                 fields: dict[str, QWidget] | None = None) -> None:
        super().__init__("")
        self.setObjectName(name)
        if colour:
            self.setStyleSheet(f"color: {colour}")
        self.setWordWrap(True)
        self.urgent = urgent
        self.fields: dict[str, QWidget] = dict(fields or {})
        self._described: QWidget | None = None

    def setText(self, text: str, field: str | None = None) -> None:       # noqa: N802 - Qt's name
        """Show ``text`` (empty clears), about ``field`` when it names one of this line's fields."""
        if self._described is not None:
            self._described.setAccessibleDescription("")
            self._described = None
        super().setText(text)
        widget = self.fields.get(field) if field else None
        if widget is not None and text:
            widget.setAccessibleDescription(text)
            QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
            self._described = widget
        announce(self, text, urgent=self.urgent)

    def show_error(self, exc: BaseException, *, otherwise: QWidget | None = None) -> QWidget | None:
        """The message for a service's error, tied to the field it names, which takes the focus (else
        ``otherwise`` does). Returns the widget focused."""
        field = exc.field if isinstance(exc, CaseAppError) else None
        self.setText(message_for(exc), field)
        widget = (self.fields.get(field) if field else None) or otherwise
        if widget is not None:
            widget.setFocus()
        return widget


def error_label(name: str, fields: dict[str, QWidget] | None = None) -> MessageLabel:
    """A red message line next to a form (empty until there is something to say); see ``MessageLabel``."""
    return MessageLabel(name, fields=fields)


def notice_label(name: str) -> MessageLabel:
    """A plain line for good news (a report is ready, a file was saved) that a screen reader is told of."""
    return MessageLabel(name, colour=None, urgent=False)


def searchable_combo(accessible_name: str, items: Iterable[tuple[str, object]]) -> QComboBox:
    """A list to pick from by typing any part of an entry (a service, an office): editable, never adding what
    was typed, matching inside the words. Its text field is named too: a screen reader reaches it as a
    control of its own."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(-1)
    completer = combo.completer()
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)     # inline completion cannot match
    completer.setFilterMode(Qt.MatchFlag.MatchContains)                        # inside the words
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setAccessibleName(accessible_name)
    combo.lineEdit().setAccessibleName(accessible_name)
    return combo


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A row with one labelled Close button (not the default one: Enter belongs to the form being typed in)."""
    buttons = QDialogButtonBox()
    close = QPushButton(QCoreApplication.translate("Widgets", "Close"))
    close.setObjectName("close")
    close.setAutoDefault(False)
    close.clicked.connect(dialog.reject)
    buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
    return buttons


def only_the_default_takes_enter(dialog: QWidget) -> None:
    """Enter runs the action the dialog is for, always: Qt makes every push button in a dialog an "auto
    default" that Enter presses once Tab has passed it (Quit in the sign-in, Choose… in the report dialog)."""
    for button in dialog.findChildren(QPushButton):
        if not button.isDefault():
            button.setAutoDefault(False)


def tab_through_buttons_as_they_read(dialog: QWidget) -> None:
    """Tab visits a dialog's button row from left to right, as it reads (QDialogButtonBox orders buttons by
    the platform's rules, so the order they were added in is not the order on screen)."""
    for box in dialog.findChildren(QDialogButtonBox):
        shown = [b for b in box.buttons() if b.isVisible()]
        buttons = sorted(shown, key=lambda b: b.mapTo(box, b.rect().topLeft()).x())
        for first, second in zip(buttons, buttons[1:]):
            QWidget.setTabOrder(first, second)


def dialog_buttons(dialog: QDialog, accept_text: str, accept_name: str, on_accept: Callable[[], None],
                   reject_text: str, *, default: bool = True) -> tuple[QDialogButtonBox, QPushButton]:
    """Our own labelled buttons (Qt ships no Mongolian for its standard ones): the default one, and one that
    closes the dialog. ``default=False``: Enter never presses it (a button box makes its first accept button
    the default when shown, so it is added as an action)."""
    buttons = QDialogButtonBox()
    accept = QPushButton(accept_text)
    accept.setObjectName(accept_name)
    accept.setDefault(default)
    accept.setAutoDefault(default)
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole if default
                      else QDialogButtonBox.ButtonRole.ActionRole)
    reject = QPushButton(reject_text)
    reject.setAutoDefault(False)
    buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    accept.clicked.connect(on_accept)
    reject.clicked.connect(dialog.reject)
    return buttons, accept


def typed_texts(dialog: QWidget) -> dict[str, str]:
    """What the editable text fields of a dialog hold now, by field (the fields a person types into)."""
    texts = {}
    for index, field in enumerate(dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)):
        if field.isReadOnly():
            continue
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        texts[field.objectName() or f"#{index}"] = text
    return texts


class KeepsTypedText:
    """A dialog that asks before Escape or Close throws away what was typed since it opened.

    Mix in before QDialog; call ``remember_typed_text()`` once the fields hold their starting values."""

    _typed_at_start: dict[str, str] | None = None

    def remember_typed_text(self) -> None:
        self._typed_at_start = typed_texts(self)          # type: ignore[arg-type]

    def has_unsaved_text(self) -> bool:
        start = self._typed_at_start or {}
        return any(text.strip() and text != start.get(name, "")
                   for name, text in typed_texts(self).items())   # type: ignore[arg-type]

    def reject(self) -> None:
        if self.has_unsaved_text() and not confirm_discard(self):   # type: ignore[arg-type]
            return
        super().reject()                                  # type: ignore[misc]


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether to throw away what was typed; keeping it is the default (Enter, Escape)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Widgets", "Discard what you typed?"),
                      QCoreApplication.translate("Widgets", "This form has text that is not saved. Close it and "
                                                            "lose what you typed?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmDiscard")
    discard = box.addButton(QCoreApplication.translate("Widgets", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discard")
    keep = box.addButton(QCoreApplication.translate("Widgets", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepEditing")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class QrCodeButton(QPushButton):
    """"Read the code from a QR image…": a file picker, the image read on the reader pool, the code put into
    ``code`` (or the reason it could not be read into ``error``)."""

    def __init__(self, code: QLineEdit, runner, error: MessageLabel, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Widgets", "From a &QR image…"), parent)
        self.setObjectName("codeFromQr")
        self.setAutoDefault(False)
        self.code, self.runner, self.error = code, runner, error
        self.file_dialog: QFileDialog | None = None
        self.clicked.connect(self.choose)

    def choose(self) -> None:
        dialog = QFileDialog(self.window(), QCoreApplication.translate("Widgets", "The QR image of the code"))
        dialog.setNameFilter(QCoreApplication.translate("Widgets", "Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.read)
        self.file_dialog = dialog
        dialog.open()

    def read(self, path: str) -> None:
        from caseapp.services import sync

        self.error.setText("")
        self.runner.read(lambda: sync.read_code_image(path), self._found,
                         lambda exc: self.error.show_error(exc, otherwise=self.code))

    def _found(self, text: str) -> None:
        self.code.setText(text)
        self.code.setFocus()
