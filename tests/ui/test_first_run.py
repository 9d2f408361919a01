"""The first start on a workstation without data: set up a real office, try the demo, or quit."""

from __future__ import annotations

import os
from pathlib import Path
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox

from caseapp.services import demo, queries, users
from caseapp.services.database import open_database
from tests.ui.test_main_window import type_text
from ui.i18n import install_language
from ui.setup_wizard import FirstRunDialog
from tests.helpers import event_count

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "first-admin-2026"


@pytest.fixture
def empty_db(db_path):
    database = open_database(db_path)
    assert not database.is_initialised()
    yield database
    database.close()


def open_dialog(qtbot, db, runner, language="mn") -> FirstRunDialog:
    dialog = FirstRunDialog(db, runner, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visible_offices(dialog) -> list[str]:
    offices = dialog.findChild(QListWidget, "officeList")
    return [offices.item(r).text() for r in range(offices.count()) if not offices.item(r).isHidden()]


def fill(dialog, office_filter, node, username, full_name, password, repeat=None):
    type_text(dialog.findChild(QLineEdit, "officeFilter"), office_filter)
    dialog.findChild(QSpinBox, "nodeNo").setValue(node)
    name = dialog.findChild(QLineEdit, "adminUsername")
    name.clear()
    type_text(name, username)
    type_text(dialog.findChild(QLineEdit, "adminFullName"), full_name)
    type_text(dialog.findChild(QLineEdit, "adminPassword"), password)
    type_text(dialog.findChild(QLineEdit, "adminRepeat"), password if repeat is None else repeat)


def test_the_offices_are_listed_and_filtered_by_cyrillic_name_or_code(qtbot, empty_db, runner):
    dialog = open_dialog(qtbot, empty_db, runner)
    shown = visible_offices(dialog)
    assert "Баянзүрх дүүрэг (UB-BZD)" in shown and "Хөвсгөл аймаг (KHS)" in shown
    assert not any("Монгол Улс" in s for s in shown)            # the country is not an office to work in
    assert len(shown) == 31
    assert "caseapp init" in dialog.findChild(QLabel, "intro").text()
    type_text(dialog.findChild(QLineEdit, "officeFilter"), "БАЯНЗ")  # case folded, Ү and Ө included
    assert visible_offices(dialog) == ["Баянзүрх дүүрэг (UB-BZD)"]
    assert dialog.selected_office() == "UB-BZD"
    dialog.findChild(QLineEdit, "officeFilter").setText("ub-chd")
    assert visible_offices(dialog) == ["Чингэлтэй дүүрэг (UB-CHD)"] and dialog.selected_office() == "UB-CHD"
    dialog.findChild(QLineEdit, "officeFilter").setText("Songino")   # English names match in a Mongolian UI too
    assert dialog.selected_office() == "UB-SKHD"


def test_english_interface_shows_english_names(qtbot, empty_db, runner, qapp):
    install_language(qapp, "en")
    dialog = open_dialog(qtbot, empty_db, runner, language="en")
    assert "Bayanzürkh District (UB-BZD)" in visible_offices(dialog)


def test_setting_up_an_office_initialises_the_database_and_the_admin_signs_in(qtbot, empty_db, runner):
    dialog = open_dialog(qtbot, empty_db, runner)
    fill(dialog, "Чингэлтэй", 2, "bold", "Болдын Өнөр", PASSWORD)
    qtbot.keyClick(dialog.findChild(QLineEdit, "adminRepeat"), Qt.Key.Key_Return)    # Enter submits
    qtbot.waitUntil(lambda: dialog.result() == FirstRunDialog.DialogCode.Accepted, timeout=20_000)
    assert dialog.choice == "setup" and dialog.result_info.node_id == "UB-CHD-02"
    assert empty_db.is_initialised()
    assert queries.workstation(empty_db).node_id == "UB-CHD-02"
    actor = users.login(empty_db, "bold", PASSWORD)
    assert actor.role == "admin" and actor.full_name == "Болдын Өнөр" and actor.office_id == "UB-CHD"


@pytest.mark.parametrize("office, username, password, repeat, focus, expected", [
    ("zzz", "bold", PASSWORD, None, "officeFilter", "байгууллага"),     # nothing matches: no office chosen
    ("Чингэлтэй", "bold", "short", None, "adminPassword", "10"),
    ("Чингэлтэй", "Болд", PASSWORD, None, "adminUsername", "латин"),
    ("Чингэлтэй", "bold", PASSWORD, PASSWORD + "!", "adminPassword", ""),  # the two passwords differ
])
def test_a_refused_setup_says_why_moves_to_the_field_and_writes_nothing(qtbot, empty_db, runner, office, username,
                                                                       password, repeat, focus, expected):
    dialog = open_dialog(qtbot, empty_db, runner)
    fill(dialog, office, 3, username, "Болд", password, repeat)
    qtbot.mouseClick(dialog.findChild(QPushButton, "setUp"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "setupError")
    qtbot.waitUntil(lambda: error.text() != "" and not dialog.busy, timeout=10_000)
    assert expected in error.text()
    assert dialog.focusWidget().objectName() == focus
    assert dialog.findChild(QLineEdit, "adminPassword").text() == ""
    assert dialog.findChild(QLineEdit, "adminRepeat").text() == ""
    assert dialog.isVisible() and dialog.choice is None
    assert not empty_db.is_initialised() and event_count(empty_db) == 0


def test_the_application_asks_then_signs_in_the_new_admin(qtbot, empty_db, qapp):
    import ui.app as app_module

    application = app_module.start(empty_db, language="mn", first_run="ask")
    try:
        dialog = application.first_run
        qtbot.waitUntil(lambda: dialog.isVisible())
        fill(dialog, "Баянгол", 1, "admin", "Админ", PASSWORD)
        qtbot.mouseClick(dialog.findChild(QPushButton, "setUp"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: application.login is not None and application.login.isVisible(), timeout=20_000)
        login = application.login
        assert login.findChild(QLineEdit, "username").text() == "admin"
        assert "UB-BGR-01" in login.findChild(QLabel, "workstation").text()
        assert "UB-BGR-01" in login.findChild(QLabel, "notice").text()
        type_text(login.findChild(QLineEdit, "password"), PASSWORD)
        qtbot.mouseClick(login.findChild(QPushButton, "signIn"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: application.window is not None and application.window.isVisible(), timeout=10_000)
        qtbot.addWidget(application.window)
        assert application.window.actor.username == "admin"
    finally:
        qtbot.waitUntil(lambda: application.runner.pending == 0, timeout=10_000)
        application.runner.shutdown()


def test_the_demo_choice_still_makes_the_demo_office(qtbot, empty_db, qapp):
    import ui.app as app_module

    application = app_module.start(empty_db, language="mn", demo_cases=50, first_run="ask")
    try:
        qtbot.waitUntil(lambda: application.first_run.isVisible())
        qtbot.mouseClick(application.first_run.findChild(QPushButton, "demo"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: application.login is not None and application.login.isVisible(), timeout=60_000)
        notice = application.login.findChild(QLabel, "notice").text()
        assert demo.DEMO_PASSWORD in notice and "demo.clerk1" in notice
        assert queries.count_cases(empty_db) == 50
        assert queries.workstation(empty_db).node_id == "UB-BZD-01"
        application.login.close()
    finally:
        qtbot.waitUntil(lambda: application.runner.pending == 0, timeout=10_000)
        application.runner.shutdown()


QUIT_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
sys.path.insert(0, sys.argv[2])
import main
from ui.setup_wizard import FirstRunDialog

def quit_dialog():
    dialog = next((w for w in app.topLevelWidgets() if isinstance(w, FirstRunDialog) and w.isVisible()), None)
    if dialog is None:
        QTimer.singleShot(100, quit_dialog)
        return
    dialog.findChild(QPushButton, "quit").click()

app = QApplication(sys.argv[:1])
QTimer.singleShot(100, quit_dialog)
QTimer.singleShot(60_000, lambda: app.exit(3))
raise SystemExit(main.main(["--db", sys.argv[1]]))
"""


def test_quitting_the_first_start_question_ends_the_program_and_writes_nothing(db_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", QUIT_SCRIPT, str(db_path), str(ROOT)], capture_output=True,
                            text=True, env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    database = open_database(db_path)
    try:
        assert not database.is_initialised() and event_count(database) == 0
    finally:
        database.close()


DEMO_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
sys.path.insert(0, sys.argv[2])
import main
from ui.login import LoginDialog
from ui.setup_wizard import FirstRunDialog

def visible(kind):
    return next((w for w in app.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)

def choose_demo():
    dialog = visible(FirstRunDialog)
    if dialog is None:
        QTimer.singleShot(100, choose_demo)
        return
    dialog.findChild(QPushButton, "demo").click()

def wait_for_sign_in():
    login = visible(LoginDialog)
    if login is None:
        QTimer.singleShot(100, wait_for_sign_in)
        return
    print("NOTICE:", login.findChild(QLabel, "notice").text().replace(chr(10), " "), flush=True)
    app.exit(5)                  # 5: the sign-in appeared (0 would mean the program ended by itself)

app = QApplication(sys.argv[:1])
if sys.argv[3] == "choose":
    QTimer.singleShot(100, choose_demo)
QTimer.singleShot(200, wait_for_sign_in)
QTimer.singleShot(90_000, lambda: app.exit(3))
raise SystemExit(main.main(["--db", sys.argv[1], "--demo-cases", "60"]))
"""


def test_trying_the_demo_leads_to_the_sign_in_and_every_start_names_the_demo_users(db_path):
    """The first-run "try with demo data" button used to end the program (its question closed before any other
    window opened); a relaunch showed no demo user names."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for step in ("choose", "relaunch"):
        result = subprocess.run([sys.executable, "-c", DEMO_SCRIPT, str(db_path), str(ROOT), step],
                                capture_output=True, text=True, env=env, timeout=150, cwd=ROOT)
        assert result.returncode == 5, (step, result.returncode, result.stderr[-2000:])
        notice = next(line for line in result.stdout.splitlines() if line.startswith("NOTICE:"))
        assert "demo.clerk1" in notice and demo.DEMO_PASSWORD in notice, (step, notice)
    database = open_database(db_path)
    try:
        assert queries.count_cases(database) == 60
    finally:
        database.close()
