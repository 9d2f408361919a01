"""Excel reports for managers: pick the report, the period and the file; the report is written on the writer
thread with delayed progress and Cancel (``caseapp.services.reports`` checks the role and the period itself)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from caseapp.services import reports
from caseapp.services.database import Database
from caseapp.services.users import Actor
from ui.tasks import ProgressTask, TaskRunner
from ui.printing import documents_folder
from ui.widgets import dialog_buttons, error_label, notice_label, only_the_default_takes_enter


def current_quarter(today: date) -> tuple[date, date]:
    first_month = 3 * ((today.month - 1) // 3) + 1
    start = date(today.year, first_month, 1)
    end = date(today.year + 1, 1, 1) if first_month == 10 else date(today.year, first_month + 3, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    report_written = Signal(str, int)          # path, data rows

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, language: str = "mn",
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor = db, runner, actor
        self.busy = False
        self.result: reports.ReportResult | None = None
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Excel report"))
        self.setMinimumWidth(560)

        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for kind, label in (("register", self.tr("Case register")),
                            ("ontime", self.tr("On time and late, by service and by channel")),
                            ("overdue", self.tr("Overdue and due-soon cases")),
                            ("workload", self.tr("Workload per staff member")),
                            ("extensions", self.tr("Extensions and pauses")),
                            ("transfers", self.tr("Transfers between offices"))):
            self.kind.addItem(label, kind)
        start, end = current_quarter(today or db.today())
        self.date_from = QDateEdit(_qdate(start))
        self.date_from.setObjectName("dateFrom")
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to = QDateEdit(_qdate(end))
        self.date_to.setObjectName("dateTo")
        self.date_to.setAccessibleName(self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem("Монгол", "mn")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

        self._auto_name = self._file_name()
        self.output = QLineEdit(str(documents_folder() / self._auto_name))
        self.output.setObjectName("outputPath")
        self.output.setAccessibleName(self.tr("Save as"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self.choose_file)
        output = QHBoxLayout()
        output.addWidget(self.output, 1)
        output.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Language of the workbook"), self.language)
        form.addRow(self.tr("Save as"), output)
        hint = QLabel(self.tr("The register, the on-time statistics and the extensions cover the cases registered "
                              "in the period; the overdue list and the open cases are as of today."))
        hint.setWordWrap(True)

        self.error = error_label("reportError", {"date_from": self.date_from, "date_to": self.date_to,
                                                 "path": self.output, "kind": self.kind,
                                                 "language": self.language})
        self.done_label = notice_label("reportResult")
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.setObjectName("openReport")
        self.open_button.clicked.connect(self.open_file)
        self.open_button.hide()
        finished = QHBoxLayout()
        finished.addWidget(self.done_label, 1)
        finished.addWidget(self.open_button)
        buttons, self.run = dialog_buttons(self, self.tr("Make the report"), "runReport", self.submit,
                                           self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addLayout(finished)
        layout.addWidget(buttons)
        only_the_default_takes_enter(self)

        self.kind.currentIndexChanged.connect(self._update_file_name)
        self.date_from.dateChanged.connect(self._update_file_name)
        self.date_to.dateChanged.connect(self._update_file_name)

    # --- the file -----------------------------------------------------------------------------------------------
    def _file_name(self) -> str:
        return reports.default_file_name(self.kind.currentData(), _pydate(self.date_from.date()),
                                         _pydate(self.date_to.date()))

    def _update_file_name(self, *_args) -> None:
        """Follow the report and the period in the file name, unless the user named the file themselves."""
        current = Path(self.output.text())
        name = self._file_name()
        if current.name == self._auto_name:
            self.output.setText(str(current.with_name(name)))
        self._auto_name = name

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.output.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.output.setText(path)

    def open_file(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    # --- running ----------------------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy:
            return
        kind = self.kind.currentData()
        date_from, date_to = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        path, language = self.output.text().strip(), self.language.currentData()
        db, actor = self.db, self.actor
        self.busy = True
        self.run.setEnabled(False)
        self.error.setText("")
        self.done_label.setText("")
        self.open_button.hide()
        self.result = None
        self.task = ProgressTask(self.runner, self, self.tr("Excel report"), self.tr("Writing the report…"),
                                 self.tr("Cancel"))
        self.task.start(lambda progress, cancelled: reports.build_report(
            db, actor, kind, date_from, date_to, path, language=language, progress=progress, cancelled=cancelled),
            self._done, self._failed)

    def _done(self, result: reports.ReportResult) -> None:
        self.busy = False
        self.run.setEnabled(True)
        self.result = result
        self.done_label.setText(self.tr("The report is ready: %1 rows written to %2")
                                .replace("%1", f"{result.rows:,}").replace("%2", str(result.path)))
        self.open_button.show()
        self.report_written.emit(str(result.path), result.rows)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.run.setEnabled(True)
        self.error.show_error(exc)
