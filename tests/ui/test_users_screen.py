"""Users and roles as an admin manages them (and as everyone else only sees them)."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget

from caseapp.errors import PermissionDenied
from caseapp.services import users
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_main_window import type_text
from ui.users_screen import UsersDialog, UsersModel
from tests.helpers import event_count

PASSWORD = "kind-otter-77"


@pytest.fixture
def admin(db):
    return users.actor_for(db, "admin")


def open_dialog(qtbot, db, runner, actor) -> UsersDialog:
    dialog = UsersDialog(db, runner, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def select(qtbot, dialog: UsersDialog, username: str) -> None:
    row = dialog.model.row_of(username)
    assert row >= 0, username
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    assert dialog.selected_user().username == username


def settle(qtbot, dialog: UsersDialog) -> None:
    """Wait for the write and the list read that follows it."""
    qtbot.waitUntil(lambda: not dialog.busy and dialog.runner.pending == 0, timeout=10_000)


def child(dialog, kind, name):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def fill_add_form(dialog, username, full_name, password, repeat, role="clerk"):
    child(dialog, QLineEdit, "newUsername").setText(username)
    type_text(child(dialog, QLineEdit, "newFullName"), full_name)
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(role))
    type_text(child(dialog, QLineEdit, "newPassword"), password)
    type_text(child(dialog, QLineEdit, "newRepeat"), repeat)


def test_the_users_model_passes_the_model_tester(qtbot, qtmodeltester, db, admin):
    users.add_user(db, admin, username="bat", password=PASSWORD, role="clerk", full_name="Батын Болд")
    model = UsersModel()
    model.set_users(users.list_users(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(1, 1)) == "Батын Болд"
    assert model.data(model.index(1, 4)) in ("Active", "Идэвхтэй")    # the status is text, not a colour
    model.set_users([])
    qtmodeltester.check(model)


def test_admin_adds_a_clerk_with_a_cyrillic_name_who_can_then_sign_in(qtbot, db, runner, admin):
    dialog = open_dialog(qtbot, db, runner, admin)
    assert dialog.model.rowCount() == 1
    fill_add_form(dialog, "Oyunaa", "Өлзийгийн Оюунаа", PASSWORD, PASSWORD)
    qtbot.mouseClick(child(dialog, QPushButton, "addUser"), Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert child(dialog, QLabel, "addError").text() == ""
    added = {u.username: u for u in users.list_users(db)}["oyunaa"]
    assert added.full_name == "Өлзийгийн Оюунаа" and added.role == "clerk" and added.office_id == "UB-BZD"
    assert users.login(db, "oyunaa", PASSWORD).full_name == "Өлзийгийн Оюунаа"
    assert dialog.model.rowCount() == 2 and dialog.selected_user().username == "oyunaa"
    assert "Өлзийгийн Оюунаа" in [dialog.model.data(dialog.model.index(r, 1)) for r in range(2)]
    for name in ("newUsername", "newFullName", "newPassword", "newRepeat"):     # ready for the next one
        assert child(dialog, QLineEdit, name).text() == "", name


def test_enter_in_the_add_form_submits_it(qtbot, db, runner, admin):
    dialog = open_dialog(qtbot, db, runner, admin)
    fill_add_form(dialog, "tuya", "Туяа", PASSWORD, PASSWORD, role="manager")
    qtbot.keyClick(child(dialog, QLineEdit, "newRepeat"), Qt.Key.Key_Return)
    settle(qtbot, dialog)
    assert {u.username: u.role for u in users.list_users(db)}["tuya"] == "manager"
    assert dialog.isVisible()                      # Enter did not close the dialog


def test_mismatched_passwords_are_refused_before_anything_is_written(qtbot, db, runner, admin):
    dialog = open_dialog(qtbot, db, runner, admin)
    before = event_count(db)
    fill_add_form(dialog, "bat", "Бат", PASSWORD, PASSWORD + "x")
    qtbot.mouseClick(child(dialog, QPushButton, "addUser"), Qt.MouseButton.LeftButton)
    assert child(dialog, QLabel, "addError").text() != ""
    assert child(dialog, QLineEdit, "newPassword").text() == "" and child(dialog, QLineEdit, "newRepeat").text() == ""
    assert child(dialog, QLineEdit, "newUsername").text() == "bat"         # the rest of the form stays
    settle(qtbot, dialog)
    assert event_count(db) == before and [u.username for u in users.list_users(db)] == ["admin"]


@pytest.mark.parametrize("username, password, expected, focus", [
    ("bat", "short", "10", "newPassword"),                      # too short: the service's own message
    ("admin", PASSWORD, "аль хэдийн", "newUsername"),           # the name is taken
    ("Бат", PASSWORD, "латин", "newUsername"),                  # Cyrillic user names are not allowed
])
def test_the_service_refuses_and_nothing_is_written(qtbot, db, runner, admin, username, password, expected, focus):
    dialog = open_dialog(qtbot, db, runner, admin)
    before = event_count(db)
    child(dialog, QLineEdit, "newUsername").clear()
    type_text(child(dialog, QLineEdit, "newUsername"), username)
    type_text(child(dialog, QLineEdit, "newPassword"), password)
    type_text(child(dialog, QLineEdit, "newRepeat"), password)
    qtbot.mouseClick(child(dialog, QPushButton, "addUser"), Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    error = child(dialog, QLabel, "addError").text()
    assert expected in error
    assert child(dialog, QLineEdit, "newPassword").text() == ""
    assert dialog.focusWidget().objectName() == focus
    assert event_count(db) == before and len(users.list_users(db)) == 1


def test_role_change_lock_unlock_and_password_reset_take_effect(qtbot, db, runner, admin):
    users.add_user(db, admin, username="bat", password=PASSWORD, role="clerk", full_name="Бат")
    dialog = open_dialog(qtbot, db, runner, admin)
    select(qtbot, dialog, "bat")

    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    qtbot.mouseClick(child(dialog, QPushButton, "applyRole"), Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert users.actor_for(db, "bat").role == "manager"
    assert dialog.selected_user().role == "manager"

    lock = child(dialog, QPushButton, "lockButton")
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.selected_user().locked
    assert dialog.model.data(dialog.model.index(dialog.model.row_of("bat"), 4)) in ("Locked", "Түгжигдсэн")
    with pytest.raises(PermissionDenied):
        users.login(db, "bat", PASSWORD)                         # locked: the right password is not enough
    assert lock.text() != "" and dialog.selected_user().username == "bat"
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton)             # unlock
    settle(qtbot, dialog)
    assert not dialog.selected_user().locked
    assert users.login(db, "bat", PASSWORD).role == "manager"

    new = "new-secret-2026"
    type_text(child(dialog, QLineEdit, "resetPassword"), new)
    type_text(child(dialog, QLineEdit, "resetRepeat"), new)
    qtbot.keyClick(child(dialog, QLineEdit, "resetRepeat"), Qt.Key.Key_Return)
    settle(qtbot, dialog)
    assert child(dialog, QLabel, "selectedError").text() == ""
    assert child(dialog, QLineEdit, "resetPassword").text() == ""
    assert child(dialog, QLineEdit, "resetRepeat").text() == ""
    assert users.login(db, "bat", new).username == "bat"
    with pytest.raises(PermissionDenied):
        users.login(db, "bat", PASSWORD)


def test_a_reset_with_different_passwords_or_a_short_one_changes_nothing(qtbot, db, runner, admin):
    users.add_user(db, admin, username="bat", password=PASSWORD, role="clerk")
    dialog = open_dialog(qtbot, db, runner, admin)
    select(qtbot, dialog, "bat")
    before = event_count(db)
    type_text(child(dialog, QLineEdit, "resetPassword"), "new-secret-2026")
    type_text(child(dialog, QLineEdit, "resetRepeat"), "new-secret-2027")
    qtbot.keyClick(child(dialog, QLineEdit, "resetRepeat"), Qt.Key.Key_Return)    # Enter: no other form acts
    assert child(dialog, QLabel, "selectedError").text() != ""
    fill_add_form(dialog, "tuya", "Туяа", PASSWORD, PASSWORD + "x")
    qtbot.keyClick(child(dialog, QLineEdit, "newRepeat"), Qt.Key.Key_Return)
    assert child(dialog, QLabel, "addError").text() != ""
    settle(qtbot, dialog)
    assert event_count(db) == before
    type_text(child(dialog, QLineEdit, "resetPassword"), "short")
    type_text(child(dialog, QLineEdit, "resetRepeat"), "short")
    qtbot.mouseClick(child(dialog, QPushButton, "resetButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "10" in child(dialog, QLabel, "selectedError").text()
    assert event_count(db) == before
    assert users.login(db, "bat", PASSWORD).username == "bat"


def test_an_admin_cannot_lock_themselves_out(qtbot, db, runner, admin):
    dialog = open_dialog(qtbot, db, runner, admin)
    select(qtbot, dialog, "admin")
    before = event_count(db)
    qtbot.mouseClick(child(dialog, QPushButton, "lockButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert child(dialog, QLabel, "selectedError").text() != ""
    assert event_count(db) == before and users.login(db, "admin", ADMIN_PASSWORD).role == "admin"


def test_a_manager_sees_the_list_read_only_and_the_service_refuses_them_too(qtbot, db, runner, admin):
    users.add_user(db, admin, username="boss", password=PASSWORD, role="manager", full_name="Дарга")
    manager = users.actor_for(db, "boss")
    dialog = open_dialog(qtbot, db, runner, manager)
    assert dialog.model.rowCount() == 2
    for name in ("selectedBox", "addBox"):
        assert not dialog.findChild(type(dialog.add_box), name).isVisibleTo(dialog), name
    for name in ("addUser", "applyRole", "lockButton", "resetButton"):
        assert not child(dialog, QPushButton, name).isVisibleTo(dialog), name
    assert child(dialog, QLabel, "readOnlyNote").isVisibleTo(dialog)

    before = event_count(db)
    dialog.new_username.setText("sneaky")                       # even if the hidden form were submitted
    dialog.new_password.setText(PASSWORD)
    dialog.new_repeat.setText(PASSWORD)
    dialog.add_user()
    settle(qtbot, dialog)
    assert "эрх" in child(dialog, QLabel, "addError").text()
    select(qtbot, dialog, "admin")
    dialog.toggle_lock()
    settle(qtbot, dialog)
    assert child(dialog, QLabel, "selectedError").text() != ""
    with pytest.raises(PermissionDenied):
        users.set_role(db, manager, "boss", "admin")
    assert event_count(db) == before and users.actor_for(db, "boss").role == "manager"


def test_the_sign_in_log_tab_shows_attempts(qtbot, db, runner, admin):
    with pytest.raises(PermissionDenied):
        users.login(db, "admin", "wrong-password")
    users.login(db, "admin", ADMIN_PASSWORD)
    dialog = open_dialog(qtbot, db, runner, admin)
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.log_loaded, timeout=10_000)
    log = child(dialog, QTableWidget, "authLog")
    assert log.rowCount() == 2
    rows = [[log.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows[0][1] == "admin" and rows[1][1] == "admin"
    assert rows[0][2] != rows[1][2]                              # success and failure are told apart
    assert rows[0][0][:2] == "20"                                # a time stamp
    assert log.editTriggers() == log.EditTrigger.NoEditTriggers
