"""Run the real application (main.main) on a real X display and save a screenshot of the main window.

Used by test_real_window.py as: python xvfb_snapshot.py DB_PATH PNG_PATH
"""

from __future__ import annotations

from pathlib import Path
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import main  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def snapshot(target: Path, app: QApplication) -> None:
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(200, lambda: snapshot(target, app))
        return
    window = windows[0]
    app.processEvents()
    picture = app.primaryScreen().grabWindow(window.winId())      # what the X server shows
    picture.save(str(target))
    window.close()
    app.quit()


if __name__ == "__main__":
    db_path, png_path = Path(sys.argv[1]), Path(sys.argv[2])
    application = QApplication(sys.argv[:1])
    QTimer.singleShot(1500, lambda: snapshot(png_path, application))
    QTimer.singleShot(120_000, application.quit)                  # never hang a test run
    raise SystemExit(main.main(["--db", str(db_path), "--demo-cases", "400"]))
