"""The main window as a clerk first meets it (pytest-qt, offscreen)."""

from __future__ import annotations

import os
from pathlib import Path
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from caseapp.services import demo, queries
from caseapp.services.database import open_database
from ui.case_table import PAGE
from ui.i18n import install_language
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def settle(qtbot, window) -> None:
    """Wait until the window's background reads (list page, counts, status) have arrived."""
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=15_000)


def rows_of(qtbot, model) -> list:
    """Every case of the model, reading the pages that were not read yet."""
    rows = []
    for row in range(model.rowCount()):
        if model.case_at(row) is None:
            qtbot.waitUntil(lambda: model.case_at(row) is not None, timeout=15_000)
        rows.append(model.case_at(row))
    return rows


def test_case_list_reads_only_the_rows_on_screen_and_passes_the_model_tester(qtbot, qtmodeltester, demo_db,
                                                                             mongolian):
    window = MainWindow(demo_db, "mn")
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    model = window.model
    total = queries.count_cases(demo_db)
    assert total == 1500 and model.rowCount() == total   # the scroll bar covers every case...
    assert model.cached_rows() == PAGE                   # ...but only the first page was read
    table = window.findChild(QTableView, "caseTable")
    table.scrollTo(model.index(900, 0))                  # a jump into the middle shows "…" then the row
    qtbot.waitUntil(lambda: model.case_at(900) is not None, timeout=10_000)
    assert model.data(model.index(900, 0)) == model.case_at(900).case_number
    assert model.cached_rows() <= 3 * PAGE
    expected = queries.list_cases(demo_db, window.model.filters, sort=model.sort_key, descending=True,
                                  offset=900, limit=1)[0]
    assert model.case_at(900).case_number == expected.case_number
    qtmodeltester.check(model)


def test_headers_and_labels_are_mongolian_by_default_and_english_on_request(qtbot, demo_db, mongolian, qapp):
    window = MainWindow(demo_db, "mn")
    qtbot.addWidget(window)
    headers = [window.model.headerData(i, Qt.Orientation.Horizontal) for i in range(8)]
    assert headers[0] == "Хэргийн дугаар" and headers[6] == "Төлөв"
    assert "Баянзүрх" in window.windowTitle()
    install_language(qapp, "en")
    english = MainWindow(demo_db, "en")
    qtbot.addWidget(english)
    assert english.model.headerData(0, Qt.Orientation.Horizontal) == "Case number"
    assert "Bayanz" in english.windowTitle()


def test_overdue_rows_say_so_in_text_not_only_colour(qtbot, demo_db, mongolian):
    window = MainWindow(demo_db, "mn")
    qtbot.addWidget(window)
    settle(qtbot, window)
    model = window.model
    today = demo_db.today()
    cases = rows_of(qtbot, model)
    overdue_rows = [r for r in range(model.rowCount()) if cases[r].overdue(today)]
    assert overdue_rows, "the demo data has overdue cases"
    text = model.data(model.index(overdue_rows[0], 7))
    assert text.startswith("⚠") and "хэтэрсэн" in text
    assert model.data(model.index(overdue_rows[0], 7), Qt.ItemDataRole.ForegroundRole) is not None
    on_time = next(r for r in range(model.rowCount()) if not cases[r].overdue(today))
    assert "⚠" not in model.data(model.index(on_time, 7))
    horizon = queries.working_day_horizon(demo_db, 3, today)
    soon = [r for r, c in enumerate(cases) if c.state in queries.ACTIVE and c.due_date
            and today <= c.due_date <= horizon]
    later = [r for r, c in enumerate(cases) if c.state in queries.ACTIVE and c.due_date and c.due_date > horizon]
    assert soon and later, "the demo data has cases due soon and later"
    assert model.data(model.index(soon[0], 7)).startswith("◷") and "удахгүй" in model.data(model.index(soon[0], 7))
    assert "◷" not in model.data(model.index(later[0], 7))


def test_status_bar_names_office_node_pending_and_database(qtbot, demo_db, mongolian):
    window = MainWindow(demo_db, "mn")
    qtbot.addWidget(window)
    status = window.findChild(QLabel, "statusInfo").text()
    assert "UB-BZD-01" in status and str(demo_db.path) in status and "Илгээгдээгүй" in status


def sign_in(qtbot, login, username, password):
    login.findChild(QLineEdit, "username").setText(username)
    type_text(login.findChild(QLineEdit, "password"), password)
    qtbot.mouseClick(login.findChild(QPushButton, "signIn"), Qt.MouseButton.LeftButton)


def type_text(widget, text):
    """Cyrillic and ASCII alike, one key event per character (qtbot.keyClicks aborts on non-ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_first_start_makes_a_demo_office_and_the_clerk_signs_in(qtbot, tmp_path, mongolian):
    import ui.app as app_module

    database = open_database(tmp_path / "first.sqlite3")
    application = app_module.start(database, language="mn", demo_cases=300)
    qtbot.waitUntil(lambda: application.login is not None and application.login.isVisible(), timeout=60_000)
    login = application.login
    notice = login.findChild(QLabel, "notice").text()
    assert demo.DEMO_PASSWORD in notice and "demo.clerk1" in notice and "Жишээ өгөгдөл" in notice
    assert "UB-BZD-01" in login.findChild(QLabel, "workstation").text()
    sign_in(qtbot, login, "demo.clerk1", "wrong-password")
    qtbot.waitUntil(lambda: login.findChild(QLabel, "loginError").text() != "", timeout=10_000)
    assert "буруу" in login.findChild(QLabel, "loginError").text() and application.window is None
    sign_in(qtbot, login, "demo.clerk1", demo.DEMO_PASSWORD)
    qtbot.waitUntil(lambda: application.window is not None and application.window.isVisible(), timeout=10_000)
    window = application.window
    qtbot.addWidget(window)
    settle(qtbot, window)
    assert window.model.rowCount() == 300 and window.model.cached_rows() == PAGE
    assert window.findChild(QLabel, "heading").text().endswith(": 300")
    assert "demo.clerk1" in window.findChild(QLabel, "statusUser").text()
    window.findChild(QAction, "signOut").trigger()                # sign out: back to the login dialog
    qtbot.waitUntil(lambda: application.window is None and application.login.isVisible(), timeout=10_000)
    application.login.close()
    application.runner.shutdown()
    database.close()


def test_repeated_wrong_passwords_lock_the_account_for_a_while(qtbot, demo_db, mongolian):
    from caseapp.services import users
    from ui.login import LoginDialog
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    login = LoginDialog(demo_db, runner, "mn")
    qtbot.addWidget(login)
    login.show()
    for _ in range(users.MAX_FAILURES + 1):
        sign_in(qtbot, login, "demo.manager", "Буруу-нууц-үг")
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    assert "түгжигдсэн" in login.findChild(QLabel, "loginError").text()
    assert login.findChild(QLineEdit, "password").text() == ""       # never left on the screen
    assert login.actor is None
    runner.shutdown()


def test_background_writer_runs_in_order_and_reports_errors_on_the_gui_thread(qtbot):
    import threading

    from caseapp.errors import ValidationError
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    order, threads, errors = [], set(), []
    main_thread = threading.get_ident()
    for i in range(20):
        runner.write(lambda i=i: (threads.add(threading.get_ident()), i)[1], order.append)
    runner.write(lambda: (_ for _ in ()).throw(ValidationError("bad", field="subject")), None, errors.append)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    assert order == list(range(20))                       # one writer: in the order asked
    assert len(threads) == 1 and main_thread not in threads
    assert isinstance(errors[0], ValidationError) and errors[0].field == "subject"
    runner.shutdown()


def test_main_without_a_display_explains_how_to_run_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "x.sqlite3")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def _select_queue(window, key):
    from PySide6.QtCore import Qt as _Qt

    for row in range(window.queues.count()):
        if window.queues.item(row).data(_Qt.ItemDataRole.UserRole) == key:
            window.queues.setCurrentRow(row)
            return window.queues.item(row).text()
    raise AssertionError(key)


def test_queues_show_live_counts_and_their_cases(qtbot, qtmodeltester, demo_db, mongolian):
    from caseapp.services import users

    clerk = users.actor_for(demo_db, "demo.clerk1")
    window = MainWindow(demo_db, "mn", actor=clerk)
    qtbot.addWidget(window)
    settle(qtbot, window)
    today = demo_db.today()
    label = _select_queue(window, "overdue")
    settle(qtbot, window)
    count = int(label.split("(")[1].rstrip(")").replace(",", ""))
    assert label.startswith("⚠") and count > 0
    model = window.model
    assert model.total == count and window.findChild(QLabel, "heading").text().endswith(f": {count}")
    rows = rows_of(qtbot, model)
    assert all(c.overdue(today) for c in rows)
    assert [c.due_date for c in rows] == sorted(c.due_date for c in rows)          # longest overdue first
    qtmodeltester.check(model)
    _select_queue(window, "mine")
    settle(qtbot, window)
    assert all(c.assignee_id == clerk.user_id for c in rows_of(qtbot, model))
    _select_queue(window, "waiting")
    settle(qtbot, window)
    assert all(c.state == "waiting" for c in rows_of(qtbot, model))


def test_search_box_and_header_sorting(qtbot, demo_db, mongolian):
    import sqlite3

    window = MainWindow(demo_db, "mn")
    qtbot.addWidget(window)
    con = sqlite3.connect(demo_db.path)
    register, case_count = con.execute("SELECT z.register_no, count(*) FROM cases c JOIN citizens z "
                                       "USING (citizen_id) WHERE z.kind='person' GROUP BY z.citizen_id "
                                       "ORDER BY count(*) DESC LIMIT 1").fetchone()
    con.close()
    search = window.findChild(QLineEdit, "search")
    type_text(search, register.lower())                          # Cyrillic typed key by key
    qtbot.keyClick(search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.model.total == case_count >= 2
    assert all(c.register_no == register for c in rows_of(qtbot, window.model))
    search.clear()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.model.total == 1500
    window.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)   # click on "case number"
    settle(qtbot, window)
    numbers = [window.model.case_at(r).case_number for r in range(50)]
    assert numbers == sorted(numbers) and window.model.sort_key == "case_number"


def test_an_idle_counter_locks_and_offers_the_same_user(qtbot, demo_db, mongolian):
    import ui.app as app_module

    application = app_module.start(demo_db, language="mn")
    application.auto_lock_ms = 400                          # the workstation setting is in minutes
    login = application.login
    sign_in(qtbot, login, "demo.clerk2", demo.DEMO_PASSWORD)
    qtbot.waitUntil(lambda: application.window is not None and application.window.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: application.window is None, timeout=5_000)          # nobody touched it
    relock = application.login
    assert relock.isVisible() and relock.findChild(QLineEdit, "username").text() == "demo.clerk2"
    assert relock.findChild(QLineEdit, "password").text() == ""
    relock.close()
    application.runner.shutdown()


def test_auto_lock_follows_the_workstation_setting_after_a_first_start(qtbot, tmp_path, mongolian):
    import ui.app as app_module

    database = open_database(tmp_path / "new.sqlite3")
    application = app_module.start(database, language="mn", demo_cases=50)
    qtbot.waitUntil(lambda: application.login is not None and application.login.isVisible(), timeout=60_000)
    sign_in(qtbot, application.login, "demo.clerk1", demo.DEMO_PASSWORD)
    qtbot.waitUntil(lambda: application.window is not None, timeout=10_000)
    assert application.idle.timeout_ms == 10 * 60_000       # the default, though the database was new
    application.window.close()
    application.runner.shutdown()
    database.close()


def test_workstation_settings_are_checked_and_remembered(demo_db):
    from caseapp.errors import ValidationError
    from caseapp.services import settings

    assert settings.get(demo_db, "language") == "mn" and settings.auto_lock_minutes(demo_db) == 10
    settings.set_value(demo_db, "language", "en")
    settings.set_value(demo_db, "auto_lock_minutes", "0")
    assert settings.get(demo_db, "language") == "en" and settings.auto_lock_minutes(demo_db) == 0
    for key, value in (("language", "fr"), ("auto_lock_minutes", "-1"), ("auto_lock_minutes", "1e3")):
        with pytest.raises(ValidationError):
            settings.set_value(demo_db, key, value)
    assert settings.get(demo_db, "language") == "en"


def test_a_clerk_changes_her_password(qtbot, demo_db, mongolian):
    from caseapp.errors import PermissionDenied
    from caseapp.services import users

    clerk = users.actor_for(demo_db, "demo.clerk3")
    window = MainWindow(demo_db, "mn", actor=clerk)
    qtbot.addWidget(window)
    window.findChild(QAction, "changePassword").trigger()
    dialog = window.password_dialog
    type_text(dialog.old, demo.DEMO_PASSWORD)
    type_text(dialog.new, "Шинэ-нууц-үг-7")
    type_text(dialog.repeat, "Шинэ-нууц-үг-8")
    dialog.change.click()
    assert "not the same" in dialog.error.text() or "ижил биш" in dialog.error.text()
    type_text(dialog.repeat, "Шинэ-нууц-үг-7")
    dialog.change.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert users.login(demo_db, "demo.clerk3", "Шинэ-нууц-үг-7").username == "demo.clerk3"
    with pytest.raises(PermissionDenied):
        users.login(demo_db, "demo.clerk3", demo.DEMO_PASSWORD)


def test_enter_on_a_row_opens_the_case_and_an_action_there_refreshes_the_list(qtbot, demo_db, mongolian):
    from caseapp.services import users, workflow

    clerk = users.actor_for(demo_db, "demo.clerk1")
    made = workflow.register_case(demo_db, clerk, workflow.IntakeForm(   # the case this test needs, made here
        register_no="УБ99031512", service_code="PET-GENERAL", subject="Шинэ өргөдөл", family_name="Батын",
        given_name="Өлзийсайхан"))
    window = MainWindow(demo_db, "mn", actor=clerk)
    qtbot.addWidget(window)
    window.show()
    _select_queue(window, "mine")
    settle(qtbot, window)
    row = next(r for r, c in enumerate(rows_of(qtbot, window.model)) if c.case_id == made.case_id)
    case = window.model.case_at(row)
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(row, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "case_view", None) is not None
                    and window.case_view.case is not None, timeout=10_000)
    view = window.case_view
    assert view.case.case_id == case.case_id
    qtbot.mouseClick(view.findChild(QPushButton, "action_start"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queries.get_case(demo_db, case.case_id).state == "in_progress", timeout=10_000)
    settle(qtbot, window)
    assert next(c for c in rows_of(qtbot, window.model) if c.case_id == case.case_id).state == "in_progress"


def test_menus_follow_the_role(qtbot, demo_db, mongolian):
    from caseapp.services import users

    def actions(username):
        window = MainWindow(demo_db, "mn", actor=users.actor_for(demo_db, username))
        qtbot.addWidget(window)
        settle(qtbot, window)
        return {a.objectName() for a in window.findChildren(QAction) if a.objectName()}
    clerk, manager, auditor = actions("demo.clerk1"), actions("demo.manager"), actions("demo.auditor")
    assert "newCase" in clerk and "assignSelected" not in clerk and "openReport" not in clerk
    assert {"newCase", "assignSelected", "openReport"} <= manager
    assert "newCase" not in auditor and "assignSelected" not in auditor and "openReport" in auditor
    assert {"openCalendar", "openCatalogue", "openUsers", "openSettings", "openCase"} <= auditor


def test_manager_reassigns_selected_cases_in_bulk(qtbot, demo_db, mongolian):
    from caseapp.services import users
    from PySide6.QtCore import QItemSelectionModel

    manager = users.actor_for(demo_db, "demo.manager")
    target = users.actor_for(demo_db, "demo.clerk4")
    window = MainWindow(demo_db, "mn", actor=manager)
    qtbot.addWidget(window)
    window.show()
    _select_queue(window, "office")
    settle(qtbot, window)
    cases = rows_of(qtbot, window.model)
    rows = [r for r, c in enumerate(cases) if c.assignee_id != target.user_id][:5]
    selection = window.table.selectionModel()
    for row in rows:
        selection.select(window.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    window.findChild(QAction, "assignSelected").trigger()
    dialog = window.bulk_assign
    combo = dialog.assignee
    combo.setCurrentIndex(combo.findData(target.user_id))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    moved = [queries.get_case(demo_db, cases[r].case_id) for r in rows]
    assert all(c.assignee_id == target.user_id for c in moved)
    assert window.statusBar().currentMessage().startswith(f"{len(rows)} хэрэг хуваариллаа")


def test_language_switch_in_settings_rebuilds_the_window_in_english(qtbot, demo_db, mongolian, qapp):
    import ui.app as app_module
    from caseapp.services import settings
    from PySide6.QtWidgets import QComboBox

    application = app_module.start(demo_db, language="mn")
    sign_in(qtbot, application.login, "demo.clerk1", demo.DEMO_PASSWORD)
    qtbot.waitUntil(lambda: application.window is not None and application.window.isVisible(), timeout=10_000)
    window = application.window
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Хэргийн дугаар"
    window.findChild(QAction, "openSettings").trigger()
    dialog = window.settings_dialog
    language = dialog.findChild(QComboBox, "language")
    language.setCurrentIndex(language.findData("en"))
    assert not dialog.auto_lock.isEnabled()                     # a clerk does not change the counter's lock time
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: application.window is not window, timeout=10_000)
    english = application.window
    assert english.actor.username == "demo.clerk1"             # the same user stays signed in
    assert english.model.headerData(0, Qt.Orientation.Horizontal) == "Case number"
    assert english.menuBar().actions()[0].text() == "&Session"
    assert settings.get(demo_db, "language") == "en"          # remembered for the next start
    english.close()
    application.runner.shutdown()


def test_a_refresh_while_another_queue_loads_keeps_the_queue_asked_for(qtbot, demo_db, mongolian):
    from caseapp.services import users

    window = MainWindow(demo_db, "mn", actor=users.actor_for(demo_db, "demo.clerk1"))
    qtbot.addWidget(window)
    settle(qtbot, window)
    total = window.model.total
    _select_queue(window, "waiting")                  # on its way...
    window.model.refresh()                            # ...when an action elsewhere refreshes the list
    settle(qtbot, window)
    assert window.model.filters.states == ("waiting",) and window.model.total < total
    assert all(c.state == "waiting" for c in rows_of(qtbot, window.model))
    _select_queue(window, "all")
    settle(qtbot, window)
    window.table.scrollToBottom()
    with qtbot.waitSignal(window.model.first_page, timeout=10_000):
        window.model.refresh()                        # the same list again: its first page is back...
    assert window.model.rowCount() == total           # ...and its length stayed while it counts
    settle(qtbot, window)
    assert window.model.rowCount() == total


def test_admin_screens_follow_the_role(qtbot, demo_db, mongolian):
    """A clerk could open Users and roles and read everyone's sign-in log."""
    from PySide6.QtGui import QAction

    from caseapp.services import users
    from ui.users_screen import UsersDialog
    from ui.tasks import TaskRunner

    seen = {}
    for username in ("demo.clerk1", "demo.manager", "demo.auditor", "admin"):
        actor = users.actor_for(demo_db, username)
        window = MainWindow(demo_db, "mn", actor=actor)
        qtbot.addWidget(window)
        seen[username] = window.findChild(QAction, "openUsers") is not None
    assert seen == {"demo.clerk1": False, "demo.manager": True, "demo.auditor": True, "admin": True}
    runner = TaskRunner()
    try:
        tabs = {}
        for username in ("demo.manager", "demo.auditor"):
            dialog = UsersDialog(demo_db, runner, users.actor_for(demo_db, username))
            qtbot.addWidget(dialog)
            tabs[username] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert len(tabs["demo.manager"]) == 1 and len(tabs["demo.auditor"]) == 2   # the sign-in log: auditor
    finally:
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
        runner.shutdown()


@pytest.mark.parametrize("language", ["mn", "en"])
def test_on_a_1366x768_screen_the_window_fits_and_shows_what_a_clerk_looks_for(demo_db, tmp_path, language):
    """The window was taller than the screen (status bar cut) and the deadline column was off-screen."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    shot = root / "test-artifacts" / f"main_window_1366x768_{language}.png"
    shot.parent.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    demo_db.close()
    result = subprocess.run([sys.executable, str(root / "tests" / "ui" / "small_screen_probe.py"), str(demo_db.path),
                             str(shot), language], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["frame"][0] <= seen["free"][0] and seen["frame"][1] <= seen["free"][1], seen
    assert seen["status_bar_bottom"] < seen["window_height"], seen          # the status bar is inside the window
    # case number, citizen, service, state and deadline (model columns 0, 2, 4, 6, 7) without scrolling
    assert {0, 2, 4, 6, 7} <= set(seen["visible_columns"]), seen


def test_the_documents_folder_is_shown_and_changed_in_the_settings(qtbot, demo_db, mongolian, tmp_path):
    """Where receipts and reports are saved is in the settings; a folder that cannot be used is refused there,
    the message read with the field it is about, and nothing is stored."""
    from caseapp.services import settings, users
    from ui.printing import default_documents_folder, documents_folder, use_documents_folder

    window = MainWindow(demo_db, "mn", actor=users.actor_for(demo_db, "demo.clerk1"))
    qtbot.addWidget(window)
    try:
        window.findChild(QAction, "openSettings").trigger()
        dialog = window.settings_dialog
        assert dialog.folder.text() == str(default_documents_folder())
        a_file = tmp_path / "not-a-folder.txt"
        a_file.write_text("x")
        for wrong, words in (("relative/folder", "бүтэн зам"), (str(a_file / "inside"), "хадгалах боломжгүй"),
                             (str(tmp_path) + "/\u202ehidden", "бүтэн зам")):
            dialog.folder.setText(wrong)
            dialog.error.setText("")
            qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
            assert words in dialog.error.text(), dialog.error.text()
            assert dialog.folder.accessibleDescription() == dialog.error.text()
            assert dialog.focusWidget() is dialog.folder and dialog.isVisible()
            assert settings.get(demo_db, "documents_folder") == ""
        chosen = tmp_path / "Баримт бичиг"
        dialog.folder.setText(str(chosen))
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        assert settings.get(demo_db, "documents_folder") == str(chosen)
        assert documents_folder() == chosen and chosen.is_dir()
        assert dialog.folder.accessibleDescription() == ""        # the old error no longer describes the field
        window.findChild(QAction, "openSettings").trigger()
        assert window.settings_dialog.folder.text() == str(chosen)
    finally:
        use_documents_folder("")


def test_the_list_that_has_the_keyboard_is_framed_and_its_selection_stands_out(qtbot, demo_db, mongolian):
    """Tab into the sidebar showed nothing: the queue list looked the same with and without the focus."""
    from PySide6.QtGui import QColor

    from caseapp.services import users
    from ui.widgets import FOCUS_COLOUR

    window = MainWindow(demo_db, "mn", actor=users.actor_for(demo_db, "demo.clerk1"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    settle(qtbot, window)

    def looks(widget):
        image = widget.grab().toImage()
        row = widget.viewport().grab().toImage()
        item = widget.visualItemRect(widget.currentItem())
        inside = row.pixelColor(min(item.right(), row.width()) - 4, item.top() + 3)    # right of the words
        return image.pixelColor(0, image.height() // 2), inside

    def near(colour, other=QColor(FOCUS_COLOUR)) -> bool:
        return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3])) < 24

    window.queues.setFocus()
    qtbot.waitUntil(window.queues.hasFocus)
    frame, selected = looks(window.queues)
    assert near(frame) and near(selected)
    window.search.setFocus()
    qtbot.waitUntil(lambda: not window.queues.hasFocus())
    frame, selected = looks(window.queues)
    assert not near(frame) and not near(selected) and selected.lightness() > 150      # still marked, lightly
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    assert near(window.table.grab().toImage().pixelColor(0, 40))


def test_a_manager_approves_an_extension_and_exports_a_report_by_keyboard_alone(qtbot, demo_db, mongolian):
    """Tab to the queues, arrows to "extension requests", Tab to the list, Enter opens the case, Tab to
    "extend", Space, the reason typed, Enter approves; Ctrl+R, Enter writes the register. No mouse."""
    from PySide6.QtWidgets import QApplication

    from caseapp.services import users, workflow
    from ui.printing import documents_folder

    clerk, manager = users.actor_for(demo_db, "demo.clerk1"), users.actor_for(demo_db, "demo.manager")
    case = workflow.register_case(demo_db, clerk, workflow.IntakeForm(
        register_no="УБ95031512", service_code="PET-GENERAL", subject="Сунгалт хүссэн хэрэг", family_name="Батын",
        given_name="Сараа"))
    workflow.request_extension(demo_db, clerk, case.case_number, 5, "Шинжээчийн дүгнэлт хүлээж байна")
    window = MainWindow(demo_db, "mn", actor=manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    settle(qtbot, window)
    keys = 0

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        nonlocal keys
        keys += 1
        qtbot.keyClick(QApplication.focusWidget(), k, modifier)

    def tab_to(widget, limit=40):
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            key(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.objectName()}")

    def activate(shown):
        """What the window manager does for a window that opens (offscreen there is none)."""
        shown.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=5_000)

    tab_to(window.queues)
    while window.queues.currentItem().data(Qt.ItemDataRole.UserRole) != "extension_requests":
        key(Qt.Key.Key_Down)
        assert keys < 60
    settle(qtbot, window)
    assert window.model.total == 1
    tab_to(window.table)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "case_view", None) is not None and window.case_view.case is not None,
                    timeout=10_000)
    view = window.case_view
    activate(view)
    tab_to(view.buttons["extend"])
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(view, "action_dialog", None) is not None and view.action_dialog.isVisible(),
                    timeout=5_000)
    dialog = view.action_dialog
    activate(dialog)
    tab_to(dialog.fields["reason"])
    type_text(QApplication.focusWidget(), "Зөвшөөрөв")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)      # Enter in a note is a new line
    qtbot.waitUntil(lambda: view.case.extension_days == 5, timeout=10_000)
    approving = keys
    view.close()
    activate(window)
    key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "report_dialog", None) is not None and window.report_dialog.isVisible())
    report = window.report_dialog
    activate(report)
    written = []
    report.report_written.connect(lambda path, rows: written.append(path))
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(written), timeout=30_000)
    assert Path(written[0]).parent == documents_folder() and Path(written[0]).stat().st_size > 0
    print(f"\nkeys: extension approved in {approving}, report written in {keys - approving}")


def test_the_settings_show_how_old_the_last_backup_is_and_warn_after_a_week(qtbot, demo_db, mongolian):
    from datetime import timedelta

    from caseapp.services import backup, users

    window = MainWindow(demo_db, "mn", actor=users.actor_for(demo_db, demo.DEMO_ADMIN))
    qtbot.addWidget(window)
    window.open_settings()
    assert "одоогоор алга" in window.settings_dialog.backup_status.text()       # none yet: a warning
    backup.make_backup(demo_db, reason="daily")
    window.open_settings()
    assert window.settings_dialog.backup_status.text() == "өнөөдөр"
    demo_db.clock.advance(timedelta(days=8))
    window.open_settings()
    status = window.settings_dialog.backup_status
    assert "8 хоногийн өмнө" in status.text() and "долоо хоногоос хуучин" in status.text()
    assert status.styleSheet()                                                   # in the warning colour


def test_the_first_sign_in_of_the_day_makes_the_daily_backup_in_the_background(qtbot, demo_db, mongolian):
    import ui.app as app_module
    from caseapp.services import backup

    application = app_module.start(demo_db, language="mn")
    sign_in(qtbot, application.login, "demo.clerk1", demo.DEMO_PASSWORD)
    qtbot.waitUntil(lambda: application.window is not None and application.window.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: backup.newest_backup(demo_db.path) is not None, timeout=60_000)
    made = backup.newest_backup(demo_db.path)
    assert made.reason == "daily" and made.verified
    qtbot.waitUntil(lambda: "Нөөц хийлээ" in application.window.statusBar().currentMessage(), timeout=10_000)
    application.window.close()
    application.runner.shutdown()
