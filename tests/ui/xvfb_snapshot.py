"""Run the real application (main.main) on a real X display and save screenshots of the login dialog, the
main window, the intake dialog and a case (login.png, main_window.png, intake.png, case_view.png in FOLDER).

Used by test_real_window.py as: python xvfb_snapshot.py DB_PATH FOLDER
"""

from __future__ import annotations

from pathlib import Path
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import main  # noqa: E402
from caseapp.services import demo  # noqa: E402
from ui.login import LoginDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def type_text(widget, text: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def snapshot(folder: Path, app: QApplication) -> None:
    """Screenshot the login dialog, sign in as the demo clerk, screenshot the main window and the intake dialog."""
    login = next((w for w in app.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()), None)
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
    if window is not None:
        app.processEvents()
        if not (folder / "main_window.png").exists():
            app.primaryScreen().grabWindow(window.winId()).save(str(folder / "main_window.png"))
            window.open_intake()
        elif getattr(window, "intake", None) is not None and window.intake.isVisible():
            intake = window.intake
            type_text(intake.register_no, "ЖЭ05251707")
            intake.subject.setText("Газрын маргаан «№5»")
            intake.service.setEditText("PET-GENERAL")
            intake.preview()
            app.processEvents()
            app.primaryScreen().grabWindow(intake.winId()).save(str(folder / "intake.png"))
            intake.done(0)                         # closed without the "discard what you typed?" question
            window.open_case_at(0)
        elif getattr(window, "case_view", None) is not None and window.case_view.case is not None:
            app.processEvents()
            app.primaryScreen().grabWindow(window.case_view.winId()).save(str(folder / "case_view.png"))
            window.case_view.close()
            window.close()
            app.quit()
            return
    if login is not None and not (folder / "login.png").exists():
        app.processEvents()
        app.primaryScreen().grabWindow(login.winId()).save(str(folder / "login.png"))
        login.findChild(QLineEdit, "username").setText("demo.clerk1")
        login.findChild(QLineEdit, "password").setText(demo.DEMO_PASSWORD)
        login.try_sign_in()
    QTimer.singleShot(300, lambda: snapshot(folder, app))


if __name__ == "__main__":
    db_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
    application = QApplication(sys.argv[:1])
    QTimer.singleShot(1500, lambda: snapshot(folder, application))
    QTimer.singleShot(120_000, application.quit)                  # never hang a test run
    raise SystemExit(main.main(["--db", str(db_path), "--demo", "--demo-cases", "400"]))
