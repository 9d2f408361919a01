"""The error presenter tells a clerk what happened, in Mongolian by default."""

from caseapp.errors import PermissionDenied, StorageError, ValidationError
from ui.errors import message_for, title_for
from ui.i18n import install_language


def test_expected_errors_keep_their_message_and_get_a_plain_title(qapp):
    install_language(qapp, "mn")
    error = ValidationError("«Товч утга» талбарыг бөглөнө үү.", field="subject")
    assert title_for(error) == "Маягтаа шалгана уу" and message_for(error) == error.message
    assert title_for(PermissionDenied("x")) == "Эрх хүрэхгүй"
    assert title_for(StorageError("x")) == "Өгөгдлийн сангийн алдаа"


def test_a_bug_says_nothing_was_lost_and_what_to_tell_it(qapp):
    install_language(qapp, "mn")
    text = message_for(KeyError("due_date"))
    assert "алга болоогүй" in text and "KeyError" in text
    install_language(qapp, "en")
    try:
        assert "Nothing you saved is lost" in message_for(KeyError("due_date"))
        assert title_for(RuntimeError()) == "Unexpected error"
    finally:
        install_language(qapp, "mn")


def _shown_by_present(monkeypatch, exc) -> tuple[str, str]:
    """(title, text) of the message box ``present`` shows, without blocking on it."""
    from PySide6.QtWidgets import QMessageBox

    from ui.errors import present

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    present(exc)
    assert len(shown) == 1
    return shown[0]


def test_with_the_english_interface_a_service_error_is_shown_in_english(qapp, mongolian, monkeypatch):
    import re

    from caseapp.services.users import Actor, require

    clerk = Actor("u1", "saraa", "Saraa", "clerk", "UB-BZD")
    try:
        require(clerk, "manage_users")
    except PermissionDenied as refused:
        error = refused
    install_language(qapp, "en")
    english = "The “Clerk” role does not allow this action (manage_users)."
    assert message_for(error) == english and not re.search("[\u0400-\u04FF]", message_for(error))
    assert _shown_by_present(monkeypatch, error) == ("Not allowed", english)
    assert message_for(error, "mn") == error.render("mn")          # an edge may still ask for a language
    install_language(qapp, "mn")
    mongolian_text = "Ажилтан эрхтэй хэрэглэгч энэ үйлдлийг хийх боломжгүй (manage_users)."
    assert message_for(error) == mongolian_text
    assert _shown_by_present(monkeypatch, error) == ("Эрх хүрэхгүй", mongolian_text)


def test_the_presenter_follows_the_language_installed_last(qapp, mongolian):
    from caseapp.errors import NotFoundError
    from ui.i18n import current_language

    missing = NotFoundError("case.not_found", reference="UB-BZD-2026-01-000001")
    install_language(qapp, "en")
    assert current_language() == "en" and message_for(missing) == "Case not found: UB-BZD-2026-01-000001"
    install_language(qapp, "xx")                                   # unknown: Mongolian, as the translator does
    assert current_language() == "mn" and message_for(missing) == "Хэрэг олдсонгүй: UB-BZD-2026-01-000001"


def test_enter_runs_the_action_each_dialog_is_for(qtbot, qapp, demo_db):
    """No button but the dialog's own action is an "auto default": Enter after Tab passed Quit or Choose… used to
    quit the program (sign-in) or open the file chooser (report)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    from caseapp.services import users
    from ui.i18n import install_language
    from ui.letterhead_dialog import LetterheadDialog
    from ui.login import LoginDialog
    from ui.report_dialog import ReportDialog
    from ui.tasks import TaskRunner

    install_language(qapp, "mn")
    runner = TaskRunner()
    manager = users.actor_for(demo_db, "demo.manager")
    dialogs = {"signIn": LoginDialog(demo_db, runner, "mn"), "runReport": ReportDialog(demo_db, runner, manager),
               "saveLetterhead": LetterheadDialog(demo_db, runner, users.actor_for(demo_db, "admin"), "UB-BZD")}
    try:
        for default, dialog in dialogs.items():
            qtbot.addWidget(dialog)
            takes_enter = {b.objectName() for b in dialog.findChildren(QPushButton) if b.autoDefault() or b.isDefault()}
            assert takes_enter == {default}, (type(dialog).__name__, takes_enter)
        login = dialogs["signIn"]
        login.show()
        qtbot.waitExposed(login)
        login.activateWindow()
        for _ in range(4):                      # Tab past Sign in and Quit, back into the fields
            qtbot.keyClick(login.focusWidget() or login, Qt.Key.Key_Tab)
        login.findChild(QLineEdit, "password").setFocus()
        qtbot.keyClick(login.findChild(QLineEdit, "password"), Qt.Key.Key_Return)
        assert login.isVisible()                # Enter tried to sign in (empty fields: told so), did not quit
        qtbot.waitUntil(lambda: login.findChild(QLabel, "loginError").text() != "", timeout=5_000)
    finally:
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
        runner.shutdown()
