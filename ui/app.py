"""Start the Qt application over an opened database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from caseapp.errors import CaseAppError
from caseapp.services import demo
from caseapp.services.database import Database
from ui.i18n import install_language
from ui.main_window import MainWindow


def prepare_demo(db: Database, cases: int) -> str:
    """First start on an empty database: fill it with a demo office, showing progress."""
    dialog = QProgressDialog(QCoreApplication.translate("App", "Preparing demo data for the first start…"), "", 0, cases)
    dialog.setWindowTitle(QCoreApplication.translate("App", "First start"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()

    def progress(stage: str, done: int, total: int | None) -> None:
        dialog.setValue(done)
        QApplication.processEvents()

    result = demo.create_demo_workstation(db, cases=cases, progress=progress)
    dialog.close()
    return (QCoreApplication.translate("App", "Demo data: %1 cases. Demo users: %2 (password: %3).")
            .replace("%1", f"{result.cases:,}")
            .replace("%2", ", ".join((demo.DEMO_ADMIN,) + result.staff))
            .replace("%3", result.password))


def run(db: Database, *, language: str = "mn", demo_cases: int = 3000) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("caseapp")
    install_language(app, language)
    try:
        notice = "" if db.is_initialised() else prepare_demo(db, demo_cases)
        window = MainWindow(db, language, notice)
    except CaseAppError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot start"), str(exc))
        return 1
    window.show()
    return app.exec()
