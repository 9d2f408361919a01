"""On a real X display, the desktop of an enrolled workstation whose office has an incoming transfer and a
conflict: screenshots of the Incoming transfers queue (incoming_queue.png), the status bar with the sync state
(status_bar.png) and the conflict view (conflict_view.png) in FOLDER, as a manager sees them, in Mongolian.

Used by test_real_window.py as: python xvfb_sync_snapshot.py DB_PATH FOLDER CASE_NUMBER
"""

from __future__ import annotations

from pathlib import Path
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from caseapp.services import users  # noqa: E402
from caseapp.services.database import open_database  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402


def wait(app: QApplication, condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {condition.__doc__ or condition}")
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):                       # what the answer made, painted
        app.processEvents()
        time.sleep(0.01)


def grab(app: QApplication, widget, path: Path) -> None:
    if not app.primaryScreen().grabWindow(widget.winId()).save(str(path)):
        raise SystemExit(f"could not save {path}")


def main(db_path: str, folder: str, case_number: str) -> int:
    out = Path(folder)
    app = QApplication(sys.argv[:1])
    install_language(app, "mn")
    db = open_database(Path(db_path), create=False)
    runner = TaskRunner()
    window = MainWindow(db, "mn", actor=users.actor_for(db, "manager1"), runner=runner)
    rounds: list = []
    window.sync_controller.finished.connect(rounds.append)
    window.fit_to_screen()
    window.show()
    wait(app, lambda: runner.pending == 0 and window.sync_bar.isVisible())
    window.sync_controller.request()                              # a round against the real server, shown
    wait(app, lambda: bool(rounds) and runner.pending == 0)
    queues = window.findChild(QListWidget, "queues")
    queues.setCurrentRow(next(r for r in range(queues.count())
                              if queues.item(r).data(Qt.ItemDataRole.UserRole) == "incoming"))
    wait(app, lambda: runner.pending == 0 and window.model.rowCount() > 0)
    grab(app, window, out / "incoming_queue.png")
    for label in (window.sync_bar.label, window.status_info):      # nothing cut off on a 1280-pixel window
        if label.width() < label.sizeHint().width():
            raise SystemExit(f"{label.objectName()} is cut off: {label.width()} of {label.sizeHint().width()} px")
    bar = window.statusBar()
    corner = bar.mapTo(window, bar.rect().topLeft())
    app.primaryScreen().grabWindow(window.winId(), corner.x(), corner.y(), bar.width(), bar.height()).save(
        str(out / "status_bar.png"))
    window.open_case(case_number)
    wait(app, lambda: getattr(window, "case_view", None) is not None and window.case_view.case is not None)
    view = window.case_view
    view.open_conflicts()
    wait(app, lambda: getattr(view, "conflict_dialog", None) is not None and runner.pending == 0
         and hasattr(view.conflict_dialog, "detail"))
    grab(app, view.conflict_dialog, out / "conflict_view.png")
    view.conflict_dialog.reject()
    view.close()
    window.sync_controller.stop()
    window.close()
    runner.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:4]))
