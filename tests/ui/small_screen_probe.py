"""Run the main window on a 1366x768 screen (offscreen platform configured by the caller) and print what a
clerk sees: the window's frame against the free screen area, and which columns are fully on screen."""

from __future__ import annotations

import json
from pathlib import Path
import sys

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from caseapp.services import users  # noqa: E402
from caseapp.services.database import open_database  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
language = sys.argv[3]
install_language(app, language)
db = open_database(sys.argv[1])
window = MainWindow(db, language, actor=users.actor_for(db, "demo.clerk1"))
window.show()
for _ in range(50):
    app.processEvents()
free = app.primaryScreen().availableGeometry()
frame = window.frameGeometry()
table = window.table
header = table.horizontalHeader()
visible = [column for column in range(header.count())
           if header.sectionViewportPosition(column) >= 0
           and header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width()]
window.grab().save(sys.argv[2])
print(json.dumps({"free": [free.width(), free.height()], "frame": [frame.width(), frame.height()],
                  "status_bar_bottom": window.statusBar().geometry().bottom(), "window_height": window.height(),
                  "visible_columns": visible}))
db.close()
