"""The conflict queue at the desktop, over a real concurrent edit made at two counters of one office."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QPushButton

from caseapp.services import queries
from tests.integration.central.test_conflicts import two_counters_reassign_offline
from tests.ui.test_case_view import open_view
from tests.ui.test_main_window import settle, type_text
from tests.ui.test_transfers_ui import keep_screenshot
from ui.main_window import MainWindow


def queue_text(window, key: str) -> str:
    queues = window.findChild(QListWidget, "queues")
    return next(queues.item(r).text() for r in range(queues.count())
                if queues.item(r).data(Qt.ItemDataRole.UserRole) == key)


def test_the_manager_sees_both_sides_and_resolves(qtbot, runner, mongolian, server, workstations):
    a1, a2, case = two_counters_reassign_offline(server, workstations)
    window = MainWindow(a1.db, "mn", actor=a1.actor("manager1"), runner=runner)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    assert queue_text(window, "conflicts") == "⚠ Зөрчил (1)"

    clerk_view = open_view(qtbot, a1.db, runner, a1.actor("clerk1"), case.case_number)
    assert clerk_view.findChild(QPushButton, "resolveConflicts").isHidden()      # a manager's work
    view = open_view(qtbot, a1.db, runner, a1.actor("manager1"), case.case_number)
    assert "зөрчил" in view.findChild(QLabel, "caseTitle").text().lower() or view.case.conflict
    qtbot.mouseClick(view.findChild(QPushButton, "resolveConflicts"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "conflict_dialog", None) is not None
                    and view.conflict_dialog.findChild(QLabel, "conflict_0_chosen") is not None, timeout=10_000)
    dialog = view.conflict_dialog
    chosen = dialog.findChild(QLabel, "conflict_0_chosen").text()
    other = dialog.findChild(QLabel, "conflict_0_other").text()
    assert {"UB-BZD-01" in chosen, "UB-BZD-02" in chosen} == {True, False}       # one workstation a side
    assert ("UB-BZD-02" in other) == ("UB-BZD-01" in chosen)
    assert "Сараа Болд" in chosen + other                                     # what each changed, by name
    keep_screenshot(dialog, "conflict_view.png")
    # no reason: told so, nothing written
    qtbot.mouseClick(dialog.findChild(QPushButton, "conflict_0_keep"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "conflictError").text() != "", timeout=10_000)
    assert queries.get_case(a1.db, case.case_number).conflict
    type_text(dialog.findChild(QPlainTextEdit, "resolutionNote"), "Утсаар тохирсон")
    qtbot.mouseClick(dialog.findChild(QPushButton, "conflict_0_keep"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.case.conflict, timeout=10_000)
    assert view.findChild(QPushButton, "resolveConflicts").isHidden()
    window.refresh_counts()
    settle(qtbot, window)
    assert queue_text(window, "conflicts") == "Зөрчил (0)"
    a1.sync()
    a2.sync()
    assert not queries.get_case(a2.db, case.case_number).conflict              # cleared on the other counter
