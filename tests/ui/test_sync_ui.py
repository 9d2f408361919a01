"""Sync in the desktop against a real central server: the status bar through online, offline, online again and
a refused change; a change from another counter refreshing what is on screen; a dead server costing the clerk
nothing."""

from __future__ import annotations

import socket
import time

from PySide6.QtWidgets import QLabel

from caseapp.services import queries, workflow
from tests.integration.central.test_sync import _append
from tests.ui.test_case_view import open_view
from tests.ui.test_main_window import settle
from tests.ui.test_transfers_ui import keep_screenshot
from ui.main_window import MainWindow


def window_for(qtbot, station, runner, username: str = "manager1") -> MainWindow:
    window = MainWindow(station.db, "mn", actor=station.actor(username), runner=runner)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    return window


def next_round(qtbot, window, *, request: bool = True) -> str:
    """Ask for a round (as F5 does) and wait for it: the status line it leaves."""
    done, shown = window.sync_controller.rounds, window.sync_bar.last
    if request:
        window.sync_controller.request()
    wait_for_round(qtbot, window, done, shown)
    return window.findChild(QLabel, "syncLabel").text()


def wait_for_round(qtbot, window, done: int = 0, shown=None) -> None:
    """Until a round after ``done`` has ended and the status bar shows one after ``shown`` (the bar's slot for
    a round's end can run after the controller's)."""
    qtbot.waitUntil(lambda: window.sync_controller.rounds > done and window.sync_bar.last is not shown,
                    timeout=60_000)


def test_the_status_bar_through_offline_online_and_refused(qtbot, runner, mongolian, server,
                                                           workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    window = window_for(qtbot, a1, runner)
    wait_for_round(qtbot, window)                                                   # the first round, at once
    assert window.sync_bar.isVisible()
    line = window.findChild(QLabel, "syncLabel")
    assert line.text().startswith("● Холбогдсон") and "0 илгээгдээгүй" in line.text()
    assert window.sync_controller.timer.interval() == 120_000 and window.sync_controller.timer.isActive()

    server.stop()
    a1.register("Офлайн бүртгэсэн хэрэг")
    text = next_round(qtbot, window)
    assert text.startswith("○ Холболтгүй") and "2 илгээгдээгүй" in text            # the citizen and the case
    keep_screenshot(window.statusBar(), "status_bar_offline.png")
    assert "сервер" in line.toolTip().lower()                                   # why, in the user's words

    server.start()
    for _ in range(5):               # a round asked for before the server came back may still end offline
        text = next_round(qtbot, window)
        if text.startswith("● Холбогдсон"):
            break
    assert text.startswith("● Холбогдсон") and "0 илгээгдээгүй" in text

    _append(a1, "0190aaaa-0000-7000-8000-000000000001", "case.note_added", {"text": "Тэмдэглэл"}, "clerk1")
    for _ in range(3):               # a round asked for in the loop above may have begun before the change
        text = next_round(qtbot, window)
        if "татгалзсан" in text:
            break
    assert "⚠ 1 татгалзсан" in text
    keep_screenshot(window.statusBar(), "status_bar_refused.png")
    assert "Татгалзсан:" in line.toolTip() and "{" not in line.toolTip()      # the reason in words, filled in


def test_a_change_from_another_counter_refreshes_the_screen(qtbot, runner, mongolian, server,
                                                            workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    a2 = workstations.enroll_new("a2", server, "UB-BZD")
    case = a1.register("Хоёр ажлын байр")
    a1.sync()
    a2.sync()
    window = window_for(qtbot, a1, runner)
    wait_for_round(qtbot, window)
    view = open_view(qtbot, a1.db, runner, a1.actor("manager1"), case.case_number)
    view.setParent(window, view.windowFlags())          # a case window of this main window, as open_case makes
    workflow.start(a2.db, a2.actor("clerk1"), case.case_number)
    a2.sync()
    next_round(qtbot, window)
    qtbot.waitUntil(lambda: view.case.state == "in_progress", timeout=10_000)
    assert "өөр ажлын байранд" in view.findChild(QLabel, "caseMessage").text()
    settle(qtbot, window)
    assert window.model.case_at(0).state == "in_progress"                    # the list reads it again too


def test_a_server_that_never_answers_costs_the_clerk_nothing(qtbot, runner, mongolian, server,
                                                             workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)                                   # takes connections, never says a word
    try:
        with a1.db.uow(write=True) as uow:
            uow.conn.exec_driver_sql("UPDATE sync_state SET server_url = ?",
                                     (f"http://127.0.0.1:{silent.getsockname()[1]}",))
            uow.commit()
        window = window_for(qtbot, a1, runner)
        qtbot.waitUntil(lambda: window.sync_controller.running, timeout=10_000)
        started = time.monotonic()
        written = []
        form = workflow.IntakeForm(register_no="УБ99031512", service_code="PET-GENERAL", subject="Дараалал",
                                   family_name="Батбаяр", given_name="Должин", new_citizen_confirmed=True)
        runner.write(lambda: workflow.register_case(a1.db, a1.actor("clerk1"), form), written.append)
        qtbot.waitUntil(lambda: bool(written), timeout=5_000)
        assert time.monotonic() - started < 5 and window.sync_controller.running     # the round still hangs
        assert queries.get_case(a1.db, written[0].case_number).subject == "Дараалал"
    finally:
        silent.close()
