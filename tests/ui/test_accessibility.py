"""What a screen reader and a keyboard-only clerk meet: every window and dialog walked through Qt's own
accessibility interface. A focusable control without a name, two controls with one mnemonic (Alt+letter), or a
table that keeps Tab fails the walk."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QGroupBox, QLabel, QTabWidget,
                               QWidget)

from caseapp.services import queries, users
from tests.ui.test_main_window import settle
from ui.main_window import MainWindow


def _mnemonic(text: str | None) -> str | None:
    match = re.search(r"&([^&\s])", text or "")
    return match.group(1).casefold() if match else None


def problems_of(window: QWidget) -> list[str]:
    """What a screen reader or the keyboard would stumble on in ``window`` (only what is on screen)."""
    problems, letters = [], {}
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            if isinstance(widget.parentWidget(), QAbstractSpinBox):
                widget = widget.parentWidget()        # a screen reader reads the date field, not its inner editor
            # (an editable list's text field is a control of its own on the accessibility bus: it needs a name)
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            if not name.strip():
                problems.append(f"a {type(widget).__name__} {widget.objectName()!r} has no accessible name")
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            problems.append(f"the {type(widget).__name__} {widget.objectName()!r} keeps Tab (a Tab trap)")
        texts = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = _mnemonic(text)
            if letter:
                letters.setdefault(letter, []).append(text)
    problems += [f"Alt+{letter.upper()} is {texts}" for letter, texts in letters.items() if len(texts) > 1]
    return problems


def test_the_walk_finds_what_it_looks_for(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in (QLineEdit(), QPushButton("&Save"), QPushButton("&Send"), QTableView()):
        layout.addWidget(widget)
    found = problems_of(window)
    assert any("QLineEdit" in p and "no accessible name" in p for p in found)
    assert any(p.startswith("Alt+S") for p in found)
    assert any("Tab trap" in p for p in found)


@pytest.fixture(params=["mn", "en"])
def language(request, qapp, mongolian):
    """Each walk in both interface languages (mnemonics are chosen per language)."""
    from ui.i18n import install_language

    install_language(qapp, request.param)
    return request.param


@pytest.fixture
def manager_window(qtbot, demo_db, language):
    window = MainWindow(demo_db, language, actor=users.actor_for(demo_db, "demo.manager"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def test_the_main_window_reads_well(manager_window):
    assert not problems_of(manager_window), "\n".join(problems_of(manager_window))


def test_the_intake_reads_well(qtbot, manager_window):
    manager_window.open_intake()
    qtbot.waitUntil(lambda: manager_window.intake.isVisible())
    assert not problems_of(manager_window.intake), "\n".join(problems_of(manager_window.intake))


def test_the_case_view_reads_well(qtbot, manager_window, demo_db):
    case = queries.list_cases(demo_db, queries.CaseFilter(states=("in_progress",)), limit=1)[0]
    manager_window.open_case(case.case_id)
    qtbot.waitUntil(lambda: getattr(manager_window, "case_view", None) is not None
                    and manager_window.case_view.case is not None, timeout=10_000)
    view = manager_window.case_view
    for index in range(view.tabs.count()):            # every tab's controls, as a clerk pages through them
        view.tabs.setCurrentIndex(index)
        assert not problems_of(view), view.tabs.tabText(index) + ":\n" + "\n".join(problems_of(view))


@pytest.mark.parametrize("opener, attribute", [("open_report", "report_dialog"), ("open_settings", "settings_dialog"),
                                               ("open_users", "users_dialog"),
                                               ("open_letterhead", "letterhead_dialog")])
def test_the_dialogs_read_well(qtbot, manager_window, opener, attribute):
    getattr(manager_window, opener)()
    dialog = getattr(manager_window, attribute)
    qtbot.waitUntil(lambda: dialog.isVisible())
    settle(qtbot, manager_window)
    assert not problems_of(dialog), "\n".join(problems_of(dialog))
    dialog.done(0)


def test_the_sign_in_reads_well(qtbot, demo_db, language):
    from ui.login import LoginDialog
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        dialog = LoginDialog(demo_db, runner, language)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not problems_of(dialog), "\n".join(problems_of(dialog))
        assert dialog.focusWidget() is not None and dialog.focusWidget().objectName() == "username"
    finally:
        runner.shutdown()


def test_every_case_action_has_its_own_letter(qapp, language):
    """Whatever the state shows, no two of the case view's actions, tabs and buttons share an Alt+letter
    (Alt+С was two buttons in Mongolian; Alt+X three in English)."""
    from PySide6.QtCore import QCoreApplication

    from ui.case_view import action_label

    actions = ("start", "pause", "resume", "decide", "close", "request_extension", "extend", "decline_extension",
               "assign", "change_service", "withdraw", "reopen")
    others = [QCoreApplication.translate("CaseView", text) for text in
              ("&Timeline", "N&otes", "Citizen's other &cases", "Issued docu&ments", "Add &note",
               "Reprint the selected document a&gain", "Doc&uments")]
    letters = [_mnemonic(text) for text in [*(action_label(a) for a in actions), *others]]
    used = [letter for letter in letters if letter]
    assert len(used) == len(set(used)), [t for t in letters]
