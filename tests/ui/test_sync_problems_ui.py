"""Sync problems at the desktop: a change the server refused, sent again by a manager; a user name given at two
counters, renamed by the admin; both reached from the Conflicts queue, through a real central server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTableWidget

from caseapp.services import queries, sync_problems, users
from tests.integration.central.conftest import STAFF_PASSWORD
from tests.integration.central.test_sync_problems import one_name_given_at_two_counters, role_taken_away_meanwhile
from tests.ui.test_main_window import settle
from tests.ui.test_transfers_ui import keep_screenshot
from ui.main_window import MainWindow


def open_problems(qtbot, window):
    queues = window.findChild(QListWidget, "queues")
    row = next(r for r in range(queues.count()) if queues.item(r).data(Qt.ItemDataRole.UserRole) == "conflicts")
    queues.setCurrentRow(row)
    settle(qtbot, window)
    line = window.findChild(QLabel, "problemsText")
    qtbot.waitUntil(lambda: line.isVisible(), timeout=10_000)
    text = line.text()
    qtbot.mouseClick(window.findChild(QPushButton, "reviewProblems"), Qt.MouseButton.LeftButton)
    dialog = window.sync_problems_dialog
    settle(qtbot, window)
    return text, dialog


def answer(qtbot, dialog, text: str) -> None:
    qtbot.waitUntil(lambda: getattr(dialog, "ask_dialog", None) is not None and dialog.ask_dialog.isVisible(),
                    timeout=10_000)
    dialog.ask_dialog.setTextValue(text)
    dialog.ask_dialog.accept()


def test_a_manager_sends_a_refused_change_again(qtbot, runner, mongolian, server, workstations):
    a1, a2, case = role_taken_away_meanwhile(server, workstations)
    window = MainWindow(a1.db, "mn", actor=a1.actor("manager1"), runner=runner)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    text, dialog = open_problems(qtbot, window)
    assert "сервер" in text.lower()
    table = dialog.findChild(QTableWidget, "refusedChanges")
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[2] == case.case_number and "эрх" in cells[4].lower() and "{" not in cells[4]   # in words
    keep_screenshot(dialog, "sync_problems.png")
    qtbot.mouseClick(dialog.findChild(QPushButton, "retryRefused"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=10_000)
    assert dialog.findChild(QLabel, "syncProblemsDone").text()
    assert queries.get_case(a1.db, case.case_number).state == "in_progress"
    assert a1.sync().refused == 0
    a2.sync()
    assert queries.get_case(a2.db, case.case_number).state == "in_progress"
    qtbot.waitUntil(lambda: not window.findChild(QLabel, "problemsText").isVisible(), timeout=10_000)


def test_a_manager_discards_a_refused_change_with_a_reason(qtbot, runner, mongolian, server, workstations):
    a1, a2, case = role_taken_away_meanwhile(server, workstations)
    window = MainWindow(a1.db, "mn", actor=a1.actor("manager1"), runner=runner)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    _, dialog = open_problems(qtbot, window)
    table = dialog.findChild(QTableWidget, "refusedChanges")
    qtbot.mouseClick(dialog.findChild(QPushButton, "discardRefused"), Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "  ")                                     # no reason: told so, nothing written
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "syncProblemsError").text() != "", timeout=10_000)
    assert table.rowCount() == 1 and len(sync_problems.refused_changes(a1.db)) == 1
    qtbot.mouseClick(dialog.findChild(QPushButton, "discardRefused"), Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "Иргэн хүсэлтээ буцааж авсан")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=10_000)
    assert queries.get_case(a1.db, case.case_number).state == "registered"      # as the server has it
    a1.sync()
    a2.sync()
    assert queries.get_case(a2.db, case.case_number).state == "registered"


def test_the_admin_renames_a_name_given_twice(qtbot, runner, mongolian, server, workstations):
    a1, a2 = one_name_given_at_two_counters(server, workstations)
    window = MainWindow(a1.db, "mn", actor=a1.actor("admin"), runner=runner)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    text, dialog = open_problems(qtbot, window)
    assert text.endswith(": 1") and "нэр" in text.lower()
    table = dialog.findChild(QTableWidget, "nameClashes")
    assert sorted(table.item(r, 1).text() for r in range(table.rowCount())) == ["Бат Болд", "Бат Дорж"]
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "Бат Дорж")
    table.selectRow(row)
    qtbot.mouseClick(dialog.findChild(QPushButton, "renameAccount"), Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "bat")                                    # the same name again: told, nothing changes
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "syncProblemsError").text() != "", timeout=10_000)
    assert len(sync_problems.name_clashes(a1.db)) == 1
    qtbot.mouseClick(dialog.findChild(QPushButton, "renameAccount"), Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "batdorj")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=10_000)
    a1.sync()
    a2.sync()
    assert users.login(a2.db, "batdorj", STAFF_PASSWORD).full_name == "Бат Дорж"
