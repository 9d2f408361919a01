"""The Excel report dialog as a manager uses it (the file path is set directly instead of through QFileDialog)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton

from caseapp.services import users
from ui.i18n import install_language
from ui.report_dialog import ReportDialog, current_quarter
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot, qapp):
    install_language(qapp, "mn")
    task_runner = TaskRunner()
    yield task_runner
    qtbot.waitUntil(lambda: task_runner.pending == 0, timeout=30_000)
    task_runner.shutdown()


def child(dialog, kind, name):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def open_dialog(qtbot, db, runner, username: str, **kwargs) -> ReportDialog:
    dialog = ReportDialog(db, runner, users.actor_for(db, username), "mn", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def set_period(dialog, start: date, end: date) -> None:
    child(dialog, QDateEdit, "dateFrom").setDate(QDate(start.year, start.month, start.day))
    child(dialog, QDateEdit, "dateTo").setDate(QDate(end.year, end.month, end.day))


def run(qtbot, dialog) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, "runReport"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def test_defaults_the_current_quarter_and_a_file_in_documents(qtbot, demo_db, runner):
    dialog = open_dialog(qtbot, demo_db, runner, "demo.manager", today=date(2026, 11, 5))
    assert current_quarter(date(2026, 11, 5)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert current_quarter(date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    output = child(dialog, QLineEdit, "outputPath")
    assert Path(output.text()).name == "case-register-2026-10-01-2026-12-31.xlsx"
    assert child(dialog, QDateEdit, "dateFrom").calendarPopup()
    kinds = child(dialog, QComboBox, "reportKind")
    kinds.setCurrentIndex(kinds.findData("ontime"))
    assert Path(output.text()).name == "on-time-2026-10-01-2026-12-31.xlsx"
    output.setText("/somewhere/my-own-name.xlsx")          # a name the manager chose is kept
    set_period(dialog, date(2026, 7, 1), date(2026, 9, 30))
    assert output.text() == "/somewhere/my-own-name.xlsx"


def test_a_manager_makes_the_register_and_can_open_it(qtbot, demo_db, runner, tmp_path):
    dialog = open_dialog(qtbot, demo_db, runner, "demo.manager")
    target = tmp_path / "out" / "register.xlsx"
    target.parent.mkdir()
    set_period(dialog, date(demo_db.today().year - 3, 1, 1), demo_db.today())
    child(dialog, QLineEdit, "outputPath").setText(str(target))
    written = []
    dialog.report_written.connect(lambda path, rows: written.append((path, rows)))
    run(qtbot, dialog)
    assert child(dialog, QLabel, "reportError").text() == ""
    assert target.exists() and written == [(str(target), 1500)]
    assert not child(dialog, QPushButton, "openReport").isHidden()
    assert "1,500" in child(dialog, QLabel, "reportResult").text()
    assert "Бүртгэл" in openpyxl.load_workbook(target, read_only=True).sheetnames


def test_an_invalid_period_shows_the_error_and_writes_nothing(qtbot, demo_db, runner, tmp_path):
    dialog = open_dialog(qtbot, demo_db, runner, "demo.manager")
    set_period(dialog, date(2026, 5, 1), date(2026, 4, 1))
    child(dialog, QLineEdit, "outputPath").setText(str(tmp_path / "out.xlsx"))
    run(qtbot, dialog)
    assert "Эхлэх огноо" in child(dialog, QLabel, "reportError").text()
    assert child(dialog, QPushButton, "openReport").isHidden()
    assert not (tmp_path / "out.xlsx").exists()
    assert child(dialog, QPushButton, "runReport").isEnabled()


def test_a_clerk_is_refused(qtbot, demo_db, runner, tmp_path):
    dialog = open_dialog(qtbot, demo_db, runner, "demo.clerk1")
    child(dialog, QLineEdit, "outputPath").setText(str(tmp_path / "out.xlsx"))
    run(qtbot, dialog)
    assert "эрхтэй хэрэглэгч" in child(dialog, QLabel, "reportError").text()
    assert not (tmp_path / "out.xlsx").exists()
