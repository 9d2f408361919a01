"""Enrollment from the desktop, against a real central server: "Join an existing office" at the first start,
and "Connect to the central server" in the settings of a workstation that works on its own."""

from __future__ import annotations

import os
from pathlib import Path
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from caseapp.domain.clock import FixedClock
from caseapp.services import queries, sync, users
from caseapp.services.database import open_database
from tests.conftest import TEST_NOW
from tests.integration.central.conftest import STAFF_PASSWORD
from tests.ui.test_main_window import type_text
from ui.settings_dialog import SettingsDialog
from ui.setup_wizard import JOIN, FirstRunDialog

ROOT = Path(__file__).resolve().parents[2]


def read_qr(qtbot, dialog, path) -> None:
    """"From a QR image…", and the file picked in the file dialog."""
    qtbot.mouseClick(dialog.findChild(QPushButton, "codeFromQr"), Qt.MouseButton.LeftButton)
    picker = dialog.findChild(QPushButton, "codeFromQr").file_dialog
    qtbot.waitUntil(picker.isVisible, timeout=10_000)
    picker.fileSelected.emit(str(path))
    picker.reject()


def test_a_new_workstation_joins_the_office_from_the_first_start(qtbot, runner, mongolian, server, workstations,
                                                                tmp_path):
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    case = a1.register("Хуучин компьютерийн хэрэг")
    a1.sync()
    empty = open_database(tmp_path / "new-counter.sqlite3", clock=FixedClock.parse(TEST_NOW))
    try:
        dialog = FirstRunDialog(empty, runner, "mn")
        qtbot.addWidget(dialog)
        dialog.show()
        error = dialog.findChild(QLabel, "joinError")
        url, code = dialog.findChild(QLineEdit, "serverUrl"), dialog.findChild(QLineEdit, "joinCode")
        join = dialog.findChild(QPushButton, "join")

        qtbot.mouseClick(join, Qt.MouseButton.LeftButton)                      # nothing typed
        assert error.text() and not empty.is_initialised()
        type_text(url, "http://example.org:8470")                             # plain http to another machine
        type_text(code, "ABCDEFGHJKMN")
        qtbot.mouseClick(join, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "https" in error.text(), timeout=10_000)
        url.clear()
        type_text(url, server.url)
        qtbot.mouseClick(join, Qt.MouseButton.LeftButton)                      # a code the server never gave
        qtbot.waitUntil(lambda: error.text() != "" and join.isEnabled(), timeout=15_000)
        assert not empty.is_initialised()

        # the code read from the QR image `caseapp central enroll-code --qr` made; a picture without one refused
        picture = tmp_path / "not-a-code.png"
        assert QImage(64, 64, QImage.Format.Format_RGB32).save(str(picture))
        read_qr(qtbot, dialog, picture)
        qtbot.waitUntil(lambda: "QR" in error.text(), timeout=10_000)
        assert code.text() == "ABCDEFGHJKMN"                                  # what was there stays
        image = tmp_path / "code.png"
        server_clock = {key: value for key, value in os.environ.items() if key != "CASEAPP_NOW"}   # as the server's
        server_clock["PYTHONPATH"] = str(ROOT)
        made = subprocess.run([sys.executable, "-m", "caseapp", "central", "enroll-code", "--office", "UB-BZD",
                               "--db", server.db_url, "--qr", str(image)], capture_output=True, text=True,
                              cwd=ROOT, env=server_clock, timeout=60)
        assert made.returncode == 0, made.stderr
        read_qr(qtbot, dialog, image)
        qtbot.waitUntil(lambda: code.text() == made.stdout.strip(), timeout=10_000)
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            qtbot.mouseClick(join, Qt.MouseButton.LeftButton)
        assert dialog.choice == JOIN and dialog.joined.node_id == "UB-BZD-02"
        # the office's users sign in here with the passwords they have, and its cases are here
        assert users.login(empty, "clerk1", STAFF_PASSWORD).office_id == "UB-BZD"
        assert queries.get_case(empty, case.case_number).subject == "Хуучин компьютерийн хэрэг"
        assert sync.status(empty).enrolled
    finally:
        empty.close()


def test_a_workstation_on_its_own_connects_from_the_settings(qtbot, runner, mongolian, server, workstations):
    b1 = workstations("b1", "UB-SBD", 1)
    b1.register("Өмнө нь бүртгэсэн")
    clerk_dialog = SettingsDialog(b1.db, runner, b1.actor("clerk1"), "mn", 0)
    qtbot.addWidget(clerk_dialog)
    qtbot.waitUntil(lambda: clerk_dialog.findChild(QLabel, "serverState").text() != "", timeout=10_000)
    assert clerk_dialog.findChild(QPushButton, "connectServer").isHidden()       # an admin's task
    dialog = SettingsDialog(b1.db, runner, b1.actor("admin"), "mn", 0)
    qtbot.addWidget(dialog)
    dialog.show()
    state = dialog.findChild(QLabel, "serverState")
    qtbot.waitUntil(lambda: state.text() != "", timeout=10_000)            # read in the background
    assert state.text().startswith("Холбогдоогүй") or "Not connected" in state.text()
    assert not dialog.findChild(QPushButton, "connectServer").isHidden()
    type_text(dialog.findChild(QLineEdit, "serverUrl"), server.url)
    type_text(dialog.findChild(QLineEdit, "serverCode"), server.code("UB-SBD"))
    with qtbot.waitSignal(dialog.connected, timeout=30_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "connectServer"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: server.url in state.text(), timeout=10_000)
    assert server.url in state.text() and dialog.findChild(QPushButton, "connectServer").isHidden()
    status = sync.status(b1.db)
    assert status.enrolled and status.pending == 0                  # what it had is on the server now
