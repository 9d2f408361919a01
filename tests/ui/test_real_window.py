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
