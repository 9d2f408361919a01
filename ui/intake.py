"""Counter intake, keyboard first: register number, service, subject, Ctrl+Enter saves, Ctrl+P saves and prints.

While the clerk types, the register number is checked and the birth date shown, a known citizen is recalled and
the due date is shown before saving. Enter moves to the next field the clerk still needs (from the register
number of a known citizen straight to the service; in the service, the one service the typed words name), and
Down in an empty register number lists the citizens this clerk served last. Errors appear next to their field in
the user's language; look-alike citizens are shown side by side and the clerk decides.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from caseapp.errors import CaseAppError
from caseapp.services import queries, workflow
from caseapp.services.database import Database
from caseapp.services.queries import CaseDetail
from caseapp.services.users import Actor
from caseapp.services.workflow import DuplicateCandidates, IntakeForm
from ui.errors import message_for, present
from ui.format import CHANNELS, channel_label, long_date
from ui.tasks import TaskRunner
from ui.widgets import (KeepsTypedText, MessageLabel, dialog_buttons, error_label, only_the_default_takes_enter,
                        searchable_combo, tab_through_buttons_as_they_read)

FIELDS = ("register_no", "applicant_kind", "family_name", "given_name", "phone", "address", "service", "subject",
          "description", "channel")


class IntakeDialog(KeepsTypedText, QDialog):
    saved = Signal(object)          # CaseDetail

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, services: list[tuple[str, str]],
                 language: str = "mn", parent: QWidget | None = None, *, register_no: str = "") -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor, self.language = db, runner, actor, language
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(640)
        self.citizen_id: str | None = None
        self.new_citizen_confirmed = False
        self.result_case: CaseDetail | None = None

        self.register_no = QLineEdit()
        self.applicant_kind = QComboBox()
        for key, label in (("person", self.tr("Citizen")), ("organisation", self.tr("Organisation")),
                           ("foreign", self.tr("Foreign resident"))):
            self.applicant_kind.addItem(label, key)
        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.service = searchable_combo(self.tr("Service"), [(f"{code} — {name}", code) for code, name in services])
        completer = self.service.completer()
        self.subject = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.channel = QComboBox()
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        self.birth = QLabel("")
        self.birth.setObjectName("birthInfo")
        self.due = QLabel("")
        self.due.setObjectName("dueInfo")
        self.errors: dict[str, MessageLabel] = {}
        form = QFormLayout()
        rows = (("register_no", self.tr("Register number"), self.register_no),
                ("applicant_kind", self.tr("Applicant"), self.applicant_kind),
                ("family_name", self.tr("Family name"), self.family_name),
                ("given_name", self.tr("Given name"), self.given_name), ("phone", self.tr("Phone"), self.phone),
                ("address", self.tr("Address"), self.address), ("service", self.tr("Service"), self.service),
                ("subject", self.tr("Subject"), self.subject),
                ("description", self.tr("Description"), self.description),
                ("channel", self.tr("Channel"), self.channel))
        for name, label, widget in rows:
            widget.setObjectName(name)
            form.addRow(label, widget)
            error = error_label(f"error_{name}", {name: widget})    # read with its field, announced
            error.hide()
            self.errors[name] = error
            form.addRow("", error)
            if name == "register_no":
                form.addRow("", self.birth)
        form.addRow(self.tr("Due date"), self.due)
        self.general_error = error_label("error_general")
        buttons, self.save_button = dialog_buttons(self, self.tr("Save (Ctrl+Enter)"), "save", self.save,
                                                   self.tr("Cancel"), default=False)
        print_button = QPushButton(self.tr("Save and print receipt (Ctrl+P)"))
        print_button.setObjectName("saveAndPrint")
        print_button.setAutoDefault(False)
        print_button.clicked.connect(self.save_and_print)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.save_and_print)
        self.print_receipt = False            # Ctrl+P: the main window prints the receipt once saved
        self._recalled: dict[str, str] | None = None     # what a known citizen's record filled in
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.preview)
        self._enter_moves_on(completer)
        self._offer_recent_citizens()
        self.register_no.textChanged.connect(self._register_changed)
        self.service.currentIndexChanged.connect(lambda _: self._preview_timer.start())
        self.service.editTextChanged.connect(lambda _: self._preview_timer.start())
        self.applicant_kind.currentIndexChanged.connect(lambda _: self._preview_timer.start())
        self.register_no.setFocus()
        self.remember_typed_text()
        if register_no:                         # "new case for the same citizen": recalled, on to the service
            self.register_no.setText(register_no)
            self._preview_timer.stop()
            self.preview()
            self.remember_typed_text()

    def showEvent(self, event) -> None:          # noqa: N802 - Qt's name
        super().showEvent(event)
        tab_through_buttons_as_they_read(self)
        self.activateWindow()
        if self._recalled is not None and not self.service_code():
            self.service.setFocus()
        else:
            self.register_no.setFocus()

    # --- moving on with Enter ------------------------------------------------------------------------------
    def _enter_moves_on(self, service_completer: QCompleter) -> None:
        self.register_no.returnPressed.connect(self._register_entered)
        for field, following in ((self.family_name, self.given_name), (self.given_name, self.phone),
                                 (self.phone, self.address), (self.address, self.service),
                                 (self.subject, self.description)):
            field.returnPressed.connect(following.setFocus)
        self.service.lineEdit().returnPressed.connect(self._service_entered)
        # a service picked from the list (arrows, then Enter): on to the subject once the combo has taken it
        service_completer.activated.connect(lambda _text: QTimer.singleShot(0, self.subject.setFocus))

    @staticmethod
    def _popup_takes_enter(completer: QCompleter) -> bool:
        """Enter with a completer's list open: the highlighted row is the completer's to take; with none
        highlighted, the list closes and Enter means what was typed."""
        popup = completer.popup()
        if not popup.isVisible():
            return False
        if popup.currentIndex().isValid():
            return True
        popup.hide()
        return False

    def _register_entered(self) -> None:
        """Enter in the register number: a known citizen goes straight to the service, a new one to the name."""
        if self._popup_takes_enter(self.recent):
            return
        self._preview_timer.stop()
        self.preview()
        if self.errors["register_no"].text() or not self.register_no.text().strip():
            return
        if self._recalled is None:
            self.family_name.setFocus()
        else:
            (self.subject if self.service_code() else self.service).setFocus()

    def _service_entered(self) -> None:
        """Enter in the service: the service the typed words name, if only one does; else the list to pick from."""
        if self._popup_takes_enter(self.service.completer()):
            return
        typed = self.service.currentText().strip().casefold()
        if self.service.currentIndex() >= 0 and self.service.itemText(self.service.currentIndex()).casefold() == typed:
            self.subject.setFocus()
            return
        matches = [i for i in range(self.service.count()) if typed and typed in self.service.itemText(i).casefold()]
        if len(matches) == 1:
            self.service.setCurrentIndex(matches[0])
            self.subject.setFocus()
        elif matches:
            self.service.completer().complete()

    # --- the citizens served lately -------------------------------------------------------------------------
    def _offer_recent_citizens(self) -> None:
        """Down in an empty register number: the last citizens this clerk served, newest first; Enter takes one."""
        try:
            recent = queries.recent_citizens(self.db, self.actor.user_id) if self.actor else []
        except CaseAppError:
            recent = []
        self._recent_numbers = {f"{c.register_no} — {c.family_name} {c.given_name}".strip(): c.register_no
                                for c in recent}
        self.recent = QCompleter(QStringListModel(list(self._recent_numbers), self), self)
        self.recent.setObjectName("recentCitizens")
        self.recent.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.recent.setWidget(self.register_no)
        self.recent.popup().setAccessibleName(self.tr("Citizens served lately"))
        self.recent.activated.connect(self._recent_chosen)
        if recent:
            self.register_no.setPlaceholderText(self.tr("Down arrow: the citizens served lately"))
        self.register_no.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:      # noqa: N802 - Qt's name
        if (watched is self.register_no and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and not self.register_no.text() and self._recent_numbers):
            self.recent.complete()
            popup = self.recent.popup()
            popup.setCurrentIndex(self.recent.completionModel().index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _recent_chosen(self, text: str) -> None:
        number = self._recent_numbers.get(text)
        if number:
            self.register_no.setText(number)
            QTimer.singleShot(0, self._register_entered)

    # --- while typing ---------------------------------------------------------------------------------------
    def _register_changed(self, _text: str) -> None:
        self.citizen_id = None
        self.new_citizen_confirmed = False
        self._forget_recalled()
        self._preview_timer.start()

    RECALLED = ("family_name", "given_name", "phone", "address")

    def _forget_recalled(self) -> None:
        """The register number changed: a record recalled for the old number no longer speaks for this person.
        Its values leave the form (what the clerk typed over them stays), so a save can never file one
        citizen's number under another's name."""
        recalled, self._recalled = self._recalled, None
        if recalled is None:
            return
        for name in self.RECALLED:
            field = getattr(self, name)
            if field.text() == recalled[name]:
                field.clear()

    def service_code(self) -> str:
        code = self.service.currentData()
        if code is None:                       # typed, not picked: take the code before the dash
            code = self.service.currentText().split("—")[0].strip()
        return code or ""

    def preview(self) -> None:
        """Birth date, known citizen and due date for what is typed so far (reads only, takes milliseconds)."""
        self._show_error("register_no", "")
        text = self.register_no.text()
        if not text.strip():
            self.birth.setText("")
            return
        try:
            result = workflow.preview_intake(self.db, text, self.service_code(),
                                             applicant_kind=self.applicant_kind.currentData())
        except CaseAppError as exc:
            self.birth.setText("")
            if exc.field in ("register_no", "applicant_kind") and len(text.strip()) >= 7:
                self._show_error("register_no", message_for(exc))
            elif exc.field == "service":
                self.due.setText("")
            return
        parts = []
        if result.birth_date:
            parts.append(self.tr("Born %1").replace("%1", long_date(result.birth_date, self.language)))
        known = result.known_citizen
        if known is not None:
            parts.append(self.tr("Known citizen: %1 %2, open cases: %3").replace("%1", known.family_name)
                         .replace("%2", known.given_name).replace("%3", str(known.open_cases)))
            if not self.given_name.text():
                values = {"family_name": known.family_name, "given_name": known.given_name,
                          "phone": known.phone or "", "address": known.address or ""}
                for name, value in values.items():
                    getattr(self, name).setText(value)
                self._recalled = values
        self.birth.setText(" · ".join(parts))
        self.due.setText(long_date(result.due_date, self.language) if result.due_date else "")

    # --- saving ---------------------------------------------------------------------------------------------
    def form(self) -> IntakeForm:
        return IntakeForm(register_no=self.register_no.text(), service_code=self.service_code(),
                          subject=self.subject.text(), applicant_kind=self.applicant_kind.currentData(),
                          family_name=self.family_name.text(), given_name=self.given_name.text(),
                          phone=self.phone.text(), address=self.address.text(),
                          description=self.description.toPlainText(), channel=self.channel.currentData(),
                          citizen_id=self.citizen_id, new_citizen_confirmed=self.new_citizen_confirmed)

    def save_and_print(self) -> None:
        """Save, then print the counter receipt (Ctrl+P)."""
        self.print_receipt = True
        self.save()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        for name in FIELDS:
            self._show_error(name, "")
        self.general_error.setText("")
        form = self.form()
        self.save_button.setEnabled(False)
        self.runner.write(lambda: workflow.register_case(self.db, self.actor, form), self._saved, self._refused)

    def _saved(self, case: CaseDetail) -> None:
        self.save_button.setEnabled(True)
        self.result_case = case
        self.saved.emit(case)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, DuplicateCandidates):
            self._choose_citizen(exc)             # saved again once the clerk decides (still printing if asked)
            return
        self.print_receipt = False
        if isinstance(exc, CaseAppError) and exc.field in self.errors:
            self._show_error(exc.field, message_for(exc))
            widget = self.findChild(QWidget, exc.field)
            if widget is not None:
                widget.setFocus()
        elif isinstance(exc, CaseAppError):
            self.general_error.setText(message_for(exc))
        else:
            present(exc, self)

    def _show_error(self, field: str, text: str) -> None:
        label = self.errors.get(field)
        if label is not None:
            label.setText(text, field)
            label.setVisible(bool(text))

    def _choose_citizen(self, duplicates: DuplicateCandidates) -> None:
        chooser = CandidateDialog(duplicates.candidates, self.form(), self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        if chooser.chosen_id is None:
            self.new_citizen_confirmed = True
        else:
            self.citizen_id = chooser.chosen_id
        self.save()


class CandidateDialog(QDialog):
    """Records that may be this applicant, beside what was typed: use one, or register a new record."""

    def __init__(self, candidates, typed: IntakeForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateDialog")
        self.setWindowTitle(self.tr("Is this the same person?"))
        self.chosen_id: str | None = None
        self.table = QTableWidget(len(candidates) + 1, 6, self)
        self.table.setObjectName("candidates")
        self.table.setHorizontalHeaderLabels([self.tr("Register number"), self.tr("Family name"),
                                              self.tr("Given name"), self.tr("Born"), self.tr("Phone"),
                                              self.tr("Open cases")])
        typed_row = [typed.register_no, typed.family_name, typed.given_name, "", typed.phone, ""]
        for column, value in enumerate(typed_row):
            item = QTableWidgetItem(value)
            item.setToolTip(self.tr("What was typed"))
            self.table.setItem(0, column, item)
        self.table.setVerticalHeaderLabels([self.tr("Typed")] + [str(i + 1) for i in range(len(candidates))])
        for row, c in enumerate(candidates, start=1):
            values = [c.register_no or "", c.family_name, c.given_name,
                      c.birth_date.isoformat() if c.birth_date else "", c.phone or "", str(c.open_cases)]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.resizeColumnsToContents()              # the register number and birth date are read whole
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumWidth(min(1200, self.table.horizontalHeader().length() + 80))
        self.table.selectRow(1)
        self.candidates = candidates
        use = QPushButton(self.tr("Use the selected record"))
        use.setObjectName("useSelected")
        use.setDefault(True)
        new = QPushButton(self.tr("Register as a new person"))
        new.setObjectName("registerNew")
        use.clicked.connect(self._use)
        new.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        buttons.addButton(use, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(new, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Records that may be this applicant are already registered.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)

    def _use(self) -> None:
        row = self.table.currentRow()
        if row >= 1:
            self.chosen_id = self.candidates[row - 1].citizen_id
            self.accept()
