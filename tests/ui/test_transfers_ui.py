"""Transfers at the desktop, between two offices' workstations and a real central server: the manager offers a
case from its window, the other office finds it under "Incoming transfers", accepts or returns it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPlainTextEdit, QPushButton

from caseapp.services import documents, queries, transfers
from tests.integration.central.conftest import two_offices
from tests.ui.test_case_view import open_view, visible_actions
from tests.ui.test_main_window import settle, type_text
from tests.ui.test_main_window import ROOT
from ui.main_window import MainWindow


def keep_screenshot(widget, name: str) -> None:
    """The widget as drawn, kept in test-artifacts/ for a person to look at."""
    folder = ROOT / "test-artifacts"
    folder.mkdir(exist_ok=True)
    assert widget.grab().save(str(folder / name))


def answer(qtbot, view, action: str, reason: str = "", office: str | None = None) -> None:
    """Press an action's button and fill its dialog as a manager would (the office typed into the picker)."""
    qtbot.mouseClick(view.findChild(QPushButton, f"action_{action}"), Qt.MouseButton.LeftButton)
    if action == "accept_transfer":
        return
    qtbot.waitUntil(lambda: getattr(view, "action_dialog", None) is not None and view.action_dialog.isVisible(),
                    timeout=10_000)
    dialog = view.action_dialog
    if office is not None:
        combo = dialog.findChild(QComboBox, "to_office")
        combo.setCurrentIndex(combo.findData(office))
    if reason:
        type_text(dialog.findChild(QPlainTextEdit, "reason"), reason)
    qtbot.mouseClick(dialog.findChild(QPushButton, "actionSave"), Qt.MouseButton.LeftButton)


def incoming_row(window) -> str:
    queues = window.findChild(QListWidget, "queues")
    return next(queues.item(r).text() for r in range(queues.count())
                if queues.item(r).data(Qt.ItemDataRole.UserRole) == "incoming")


def test_offer_accept_at_the_desktop(qtbot, runner, mongolian, server, workstations):
    a1, b1 = two_offices(server, workstations)
    case = a1.register("Газрын асуудал")
    origin = open_view(qtbot, a1.db, runner, a1.actor("manager1"), case.case_number)
    assert "offer_transfer" in visible_actions(origin)
    # no office picked: told so, nothing written
    answer(qtbot, origin, "offer_transfer", reason="Харьяалал")
    qtbot.waitUntil(lambda: "Жагсаалтаас" in origin.action_dialog.findChild(QLabel, "actionError").text(),
                    timeout=5_000)
    dialog = origin.action_dialog              # what was typed stays; the office is picked, and saved again
    combo = dialog.findChild(QComboBox, "to_office")
    combo.setCurrentIndex(combo.findData("UB-SBD"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "actionSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: origin.case.state == "transferred_out", timeout=10_000)
    assert visible_actions(origin) == {"withdraw_transfer"}
    title = origin.findChild(QLabel, "caseTitle").text()
    assert "шилжүүлэхээр санал болгосон" in title and "Сүхбаатар" in title
    # the cover letter comes next, for printing
    qtbot.waitUntil(lambda: getattr(origin, "document_dialog", None) is not None, timeout=15_000)
    assert origin.document_dialog.document.kind == "transfer"
    origin.document_dialog.reject()
    a1.sync()
    b1.sync()

    window = MainWindow(b1.db, "mn", actor=b1.actor("manager1"), runner=runner)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    assert incoming_row(window) == "⚠ Ирсэн шилжүүлэг (1)"
    queues = window.findChild(QListWidget, "queues")
    queues.setCurrentRow(next(r for r in range(queues.count())
                              if queues.item(r).data(Qt.ItemDataRole.UserRole) == "incoming"))
    settle(qtbot, window)
    assert window.model.total == 1 and window.model.case_at(0).case_number == case.case_number
    keep_screenshot(window, "incoming_transfers.png")
    receiver = open_view(qtbot, b1.db, runner, b1.actor("manager1"), case.case_number)
    assert visible_actions(receiver) == {"accept_transfer", "return_transfer"}
    assert "танай байгууллагад" in receiver.findChild(QLabel, "caseTitle").text()
    assert [d.kind for d in documents.register_of(b1.db, case.case_number)] == ["transfer"]
    answer(qtbot, receiver, "accept_transfer")
    qtbot.waitUntil(lambda: receiver.case.owner_office == "UB-SBD", timeout=10_000)
    assert "start" in visible_actions(receiver)
    assert "шилжиж ирсэн" in receiver.findChild(QLabel, "caseTitle").text()
    window.refresh_counts()
    settle(qtbot, window)
    assert incoming_row(window) == "Ирсэн шилжүүлэг (0)"
    b1.sync()
    a1.sync()
    assert [e.outcome for e in transfers.outgoing(a1.db, "UB-BZD")] == ["accepted"]
    board = queries.dashboard(a1.db, office_id="UB-BZD")
    assert board.outgoing_transfers == 1                        # the queue's count is its list, answered or not
    origin.reload()
    qtbot.waitUntil(lambda: origin.case.owner_office == "UB-SBD", timeout=10_000)
    assert visible_actions(origin) == set()
    assert "эзэмшиж байна" in origin.findChild(QLabel, "caseTitle").text()


def test_return_and_withdraw_at_the_desktop(qtbot, runner, mongolian, server, workstations):
    a1, b1 = two_offices(server, workstations)
    case = a1.register("Буцаах хэрэг")
    transfers.offer(a1.db, a1.actor("manager1"), case.case_number, "UB-SBD", "Санал")
    a1.sync()
    b1.sync()
    receiver = open_view(qtbot, b1.db, runner, b1.actor("manager1"), case.case_number)
    answer(qtbot, receiver, "return_transfer", reason="Манай харьяалал биш")
    qtbot.waitUntil(lambda: receiver.case.state == "registered", timeout=10_000)
    assert queries.get_case(b1.db, case.case_number).owner_office == "UB-BZD"
    b1.sync()
    a1.sync()
    assert queries.get_case(a1.db, case.case_number).state == "registered"

    transfers.offer(a1.db, a1.actor("manager1"), case.case_number, "UB-SBD", "Дахин")
    origin = open_view(qtbot, a1.db, runner, a1.actor("manager1"), case.case_number)
    answer(qtbot, origin, "withdraw_transfer", reason="Андуурсан")
    qtbot.waitUntil(lambda: origin.case.state == "registered", timeout=10_000)
    kinds = [origin.timeline_model.data(origin.timeline_model.index(r, 2))
             for r in range(origin.timeline_model.rowCount())]
    assert kinds[-1] == "Шилжүүлгийн саналыг буцаан авсан" and "Шилжүүлгийг буцаасан" in kinds
