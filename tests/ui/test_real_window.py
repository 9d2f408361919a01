"""The application in a real X window (Xvfb, 1366x768: the common office screen), as a clerk's PC shows it.
The screenshots are kept in test-artifacts/."""

from __future__ import annotations

import os
from pathlib import Path
import subprocess
import sys

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_first_start_login_case_list_and_intake_in_a_real_window(x_display, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    for name in ("login.png", "main_window.png", "intake.png", "case_view.png"):
        (ARTIFACTS / name).unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "xvfb_snapshot.py"),
                             str(tmp_path / "first.sqlite3"), str(ARTIFACTS)],
                            capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    main = QImage(str(ARTIFACTS / "main_window.png"))
    assert not main.isNull() and main.width() >= 1000 and main.height() >= 600
    assert distinct_colours(main) > 20          # text, grid and header drawn: not a blank window
    for name in ("login.png", "intake.png", "case_view.png"):
        dialog = QImage(str(ARTIFACTS / name))
        assert not dialog.isNull() and distinct_colours(dialog, step=3) > 10, name


def test_incoming_transfers_status_bar_and_conflict_view_in_a_real_window(x_display, server, workstations):
    """An enrolled counter of UB-BZD with a case offered by another office and a conflict of its own, as its
    manager sees it on a real display after a sync round with the real server."""
    from caseapp.services import sync, transfers
    from tests.integration.central.test_conflicts import two_counters_reassign_offline

    a1, a2, conflicted = two_counters_reassign_offline(server, workstations)
    b1 = workstations("b1", "UB-SBD", 1)
    workstations.enroll(b1, server)
    offered = b1.register("Өөр дүүргийн иргэний газрын хүсэлт", register_no="УБ88010112", family="Доржсүрэн",
                          given="Оюун")
    transfers.offer(b1.db, b1.actor("manager1"), offered.case_number, "UB-BZD", "Газар нь Баянзүрхэд оршдог")
    b1.sync()
    a1.db.close()
    names = ("incoming_queue.png", "status_bar.png", "conflict_view.png")
    ARTIFACTS.mkdir(exist_ok=True)
    for name in names:
        (ARTIFACTS / name).unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "xvfb_sync_snapshot.py"), str(a1.path),
                             str(ARTIFACTS), conflicted.case_number],
                            capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    incoming = QImage(str(ARTIFACTS / "incoming_queue.png"))
    assert not incoming.isNull() and incoming.width() >= 1000 and distinct_colours(incoming) > 20
    bar = QImage(str(ARTIFACTS / "status_bar.png"))
    assert not bar.isNull() and bar.width() >= 1000 and bar.height() < 60 and distinct_colours(bar, step=2) > 5
    dialog = QImage(str(ARTIFACTS / "conflict_view.png"))
    assert not dialog.isNull() and distinct_colours(dialog, step=3) > 10
    reopened = sync.status(open_database_again(a1.path))
    assert reopened.pending == 0 and not reopened.refused and reopened.last_error is None   # the round went through


def open_database_again(path):
    from caseapp.services.database import open_database

    return open_database(path, create=False)
