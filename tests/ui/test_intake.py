"""Counter intake driven by the keyboard alone, with Cyrillic typed key by key."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from caseapp.services import users
from tests.ui.test_main_window import type_text
from ui.i18n import install_language
from ui.main_window import MainWindow


@pytest.fixture
def counter(qtbot, qapp, demo_db):
    install_language(qapp, "mn")
    clerk = users.actor_for(demo_db, "demo.clerk1")
    window = MainWindow(demo_db, "mn", actor=clerk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_intake(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "intake", None) is not None and window.intake.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.intake.register_no)
    return window.intake


def type_here(qtbot, text):
    type_text(QApplication.focusWidget(), text)


def tab(qtbot, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def cases_with_subject(db, subject):
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT case_number, register_no FROM cases JOIN citizens USING (citizen_id) "
                           "WHERE subject = ?", (subject,)).fetchall()
    finally:
        con.close()


def test_a_whole_intake_by_keyboard(qtbot, counter):
    dialog = open_intake(qtbot, counter)
    assert QApplication.focusWidget().objectName() == "register_no"
    type_here(qtbot, "яю 85042301")                        # lower case and a space: normalised
    qtbot.waitUntil(lambda: "1985" in dialog.findChild(QLabel, "birthInfo").text(), timeout=5_000)
    tab(qtbot, 2)                                          # applicant kind stays "citizen"
    type_here(qtbot, "Өлзийн")
    tab(qtbot)
    type_here(qtbot, "Үүрцайх")
    tab(qtbot)
    type_here(qtbot, "99112233")
    tab(qtbot, 2)                                          # no address
    type_here(qtbot, "PET-GENERAL")
    tab(qtbot)
    subject = "Гудамжны гэрэлтүүлэг засуулах хүсэлт «№5»"
    type_here(qtbot, subject)
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "dueInfo").text() != "", timeout=5_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    saved = cases_with_subject(counter.db, subject)
    assert len(saved) == 1 and saved[0][1] == "ЯЮ85042301"
    assert saved[0][0] in counter.statusBar().currentMessage()
    qtbot.waitUntil(lambda: counter.model.case_at(0) is not None and counter.model.case_at(0).subject == subject,
                    timeout=10_000)                                     # the list shows it at the top


def test_an_invalid_register_number_shows_its_error_and_saves_nothing(qtbot, counter):
    dialog = open_intake(qtbot, counter)
    type_here(qtbot, "УБ99023012")                          # 30 February
    tab(qtbot, 3)
    type_here(qtbot, "Бат")
    tab(qtbot, 3)
    type_here(qtbot, "PET-GENERAL")
    tab(qtbot)
    type_here(qtbot, "Шалгах")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_register_no")
    qtbot.waitUntil(lambda: error.isVisible() and error.text() != "", timeout=5_000)
    assert "990230" in error.text() and dialog.isVisible()
    assert cases_with_subject(counter.db, "Шалгах") == []


def save_without_a_subject(qtbot, dialog) -> QLabel:
    """Type a new citizen and a service but no subject, press Ctrl+Enter: the label that names the field."""
    type_here(qtbot, "ЯЮ85042302")
    tab(qtbot, 3)
    type_here(qtbot, "Бат")
    tab(qtbot, 3)
    type_here(qtbot, "PET-GENERAL")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "error_subject")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=5_000)
    return error


def test_an_empty_subject_is_named_next_to_its_field(qtbot, counter):
    dialog = open_intake(qtbot, counter)
    error = save_without_a_subject(qtbot, dialog)
    assert "Товч утга" in error.text()
    assert QApplication.focusWidget().objectName() == "subject"       # the cursor goes where the fix is
    assert dialog.subject.accessibleDescription() == error.text()      # a screen reader reads it with the field


def test_with_the_english_interface_the_field_error_is_english(qtbot, qapp, mongolian, demo_db):
    import re

    install_language(qapp, "en")
    window = MainWindow(demo_db, "en", actor=users.actor_for(demo_db, "demo.clerk1"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_intake()
    dialog = window.intake
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is dialog.register_no)
    error = save_without_a_subject(qtbot, dialog)
    assert error.text() == "Fill in “Subject”." and not re.search("[\u0400-\u04FF]", error.text())


def test_a_clerk_without_the_right_sees_no_new_case_action(qtbot, qapp, demo_db):
    from PySide6.QtGui import QAction

    install_language(qapp, "mn")
    auditor = users.actor_for(demo_db, "demo.auditor")
    window = MainWindow(demo_db, "mn", actor=auditor)
    qtbot.addWidget(window)
    assert window.findChild(QAction, "newCase") is None
    clerk_window = MainWindow(demo_db, "mn", actor=users.actor_for(demo_db, "demo.clerk2"))
    qtbot.addWidget(clerk_window)
    assert clerk_window.findChild(QAction, "newCase") is not None


def test_changing_the_register_number_clears_the_recalled_citizen(qtbot, counter):
    """УБ95031512 recalls Сараа; the clerk then types ЧЕ01230107 over it: her name, phone and address leave
    the form, and the save files the new number under the name typed for it, never under hers."""
    from caseapp.services import workflow

    clerk = users.actor_for(counter.db, "demo.clerk1")
    workflow.register_case(counter.db, clerk, workflow.IntakeForm(
        register_no="УБ95031512", service_code="PET-GENERAL", subject="Өмнөх хүсэлт", family_name="Батын",
        given_name="Сараа", phone="99001122", address="Баянзүрх, 1-р хороо"), today=counter.db.today())
    dialog = open_intake(qtbot, counter)
    type_here(qtbot, "УБ95031512")
    qtbot.waitUntil(lambda: dialog.given_name.text() == "Сараа", timeout=5_000)       # recalled
    assert dialog.phone.text() == "99001122"
    qtbot.keyClick(dialog.register_no, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, "ЧЕ01230107")
    qtbot.waitUntil(lambda: "2001" in dialog.findChild(QLabel, "birthInfo").text(), timeout=5_000)
    assert [dialog.family_name.text(), dialog.given_name.text(), dialog.phone.text(), dialog.address.text()] \
        == ["", "", "", ""]
    tab(qtbot, 2)
    type_here(qtbot, "Чулууны")
    tab(qtbot)
    type_here(qtbot, "Дэлгэр")
    tab(qtbot, 3)
    type_here(qtbot, "PET-GENERAL")
    tab(qtbot)
    type_here(qtbot, "Шинэ хүн")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    con = sqlite3.connect(counter.db.path)
    try:
        filed = con.execute("SELECT z.register_no, z.family_name, z.given_name, z.phone FROM cases c "
                            "JOIN citizens z USING (citizen_id) WHERE c.subject = 'Шинэ хүн'").fetchall()
        sara = con.execute("SELECT given_name, phone FROM citizens WHERE register_no = 'УБ95031512'").fetchall()
    finally:
        con.close()
    assert filed == [("ЧЕ01230107", "Чулууны", "Дэлгэр", None)]
    assert sara == [("Сараа", "99001122")]


def answer_discard_question(qtbot, button: str) -> list[str]:
    """Click ``button`` ("discard" or "keepEditing") of the question the next Escape asks; records the question."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    asked: list[str] = []

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "confirmDiscard" and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, answer)
            return
        asked.append(box.text())
        box.findChild(QPushButton, button).click()
    QTimer.singleShot(50, answer)
    return asked


def press_escape(target) -> None:
    """Escape as the keyboard sends it to ``target``, queued (the question it opens runs its own event loop)."""
    from PySide6.QtGui import QKeyEvent

    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.postEvent(target, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))


def test_escape_on_a_filled_form_asks_before_anything_is_lost(qtbot, counter):
    dialog = open_intake(qtbot, counter)
    type_here(qtbot, "ЯЮ85042302")
    tab(qtbot, 3)
    type_here(qtbot, "Бат")
    asked = answer_discard_question(qtbot, "keepEditing")
    press_escape(dialog.given_name)
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    assert dialog.isVisible() and dialog.given_name.text() == "Бат"          # kept, as typed
    asked = answer_discard_question(qtbot, "discard")
    press_escape(dialog.given_name)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert asked


def test_escape_on_an_empty_form_just_closes_it(qtbot, counter):
    dialog = open_intake(qtbot, counter)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_tab_runs_through_the_buttons_as_they_read(qtbot, counter):
    """Tab went Cancel -> Save -> Save and print while the row read the other way."""
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = open_intake(qtbot, counter)
    box = dialog.findChild(QDialogButtonBox)
    on_screen = sorted(box.buttons(), key=lambda b: b.mapTo(box, b.rect().topLeft()).x())
    visited = [on_screen[0]]
    for _ in range(len(on_screen) - 1):
        visited.append(visited[-1].nextInFocusChain())
    assert visited == on_screen


def test_the_look_alike_table_shows_register_numbers_and_birth_dates_whole(qtbot, counter):
    from caseapp.services import workflow
    from ui.intake import CandidateDialog

    clerk = users.actor_for(counter.db, "demo.clerk1")
    first = workflow.register_case(counter.db, clerk, workflow.IntakeForm(
        register_no="УБ95031512", service_code="PET-GENERAL", subject="Нэг", family_name="Батын",
        given_name="Сараа"), today=counter.db.today())
    with pytest.raises(workflow.DuplicateCandidates) as asked:
        workflow.register_case(counter.db, clerk, workflow.IntakeForm(
            register_no="УА95031512", service_code="PET-GENERAL", subject="Хоёр", family_name="Батын",
            given_name="Сараа"), today=counter.db.today())
    assert [c.citizen_id for c in asked.value.candidates] == [first.citizen_id]
    dialog = CandidateDialog(asked.value.candidates, workflow.IntakeForm(
        register_no="УА95031512", service_code="PET-GENERAL", subject="Хоёр", family_name="Батын",
        given_name="Сараа"), counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    for column in (0, 3):                         # register number, birth date
        needed = max(table.fontMetrics().horizontalAdvance(table.item(r, column).text())
                     for r in range(table.rowCount()) if table.item(r, column) is not None)
        assert table.columnWidth(column) >= needed, (column, table.columnWidth(column), needed)


class Keys:
    """The named keys a clerk presses (Ctrl+N, Enter, Ctrl+P...), counted; typed text is not counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, target=None) -> None:
        self.count += 1
        self.qtbot.keyClick(target or QApplication.focusWidget(), key, modifier)

    def enter_in_the_print_dialog(self) -> list:
        """Enter in the system print dialog once it is up (it runs its own event loop): prints to the file."""
        from PySide6.QtCore import QEvent, QTimer
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtPrintSupport import QPrintDialog

        printed: list = []

        def answer() -> None:
            dialog = QApplication.activeModalWidget()

            if not isinstance(dialog, QPrintDialog):
                QTimer.singleShot(50, answer)
                return
            self.count += 1
            printed.append(dialog.printer().outputFileName())
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.postEvent(dialog.focusWidget() or dialog,
                                       QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
        QTimer.singleShot(50, answer)
        return printed


def printed_case(qtbot, printed: list, db) -> str:
    """The case whose receipt came out of the printer (here: "print to file"): the page is painted as an image,
    so its QR code is read back (pdftoppm, zbarimg) and the verification code looked up in the register."""
    import subprocess
    from pathlib import Path

    from caseapp.services import documents

    qtbot.waitUntil(lambda: bool(printed) and Path(printed[0]).exists() and Path(printed[0]).stat().st_size > 1000,
                    timeout=20_000)
    qtbot.wait(300)                                       # the painter has closed the file
    page = Path(printed[0]).with_suffix("")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", printed[0], str(page)], check=True)
    code = subprocess.run(["zbarimg", "-q", "--raw", f"{page}.png"], capture_output=True, text=True).stdout.strip()
    records = documents.verify(db, code)
    assert len(records) == 1 and records[0].kind == "receipt", code
    return records[0].case_number


def test_a_known_citizen_to_a_printed_receipt_in_at_most_six_named_keys(qtbot, counter):
    """Recalled by the register number: Ctrl+N, Enter (on to the service), Enter (the one service the typed
    words name), Ctrl+P, Enter in the print dialog. Before: 11 named keys for a new citizen, Tabs for every
    field."""
    from caseapp.services import workflow

    clerk = users.actor_for(counter.db, "demo.clerk1")
    workflow.register_case(counter.db, clerk, workflow.IntakeForm(
        register_no="УБ95031512", service_code="PET-GENERAL", subject="Өмнөх хүсэлт", family_name="Батын",
        given_name="Сараа", phone="99001122"), today=counter.db.today())
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, counter)
    qtbot.waitUntil(lambda: getattr(counter, "intake", None) is not None and counter.intake.isVisible())
    dialog = counter.intake
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.register_no)
    type_here(qtbot, "УБ95031512")
    keys.press(Qt.Key.Key_Return)
    assert dialog.given_name.text() == "Сараа"
    assert QApplication.focusWidget() in (dialog.service, dialog.service.lineEdit())
    type_here(qtbot, "PET-GEN")
    keys.press(Qt.Key.Key_Return)
    assert dialog.service_code() == "PET-GENERAL" and QApplication.focusWidget() is dialog.subject
    type_here(qtbot, "Тодорхойлолт авах")
    printed = keys.enter_in_the_print_dialog()
    keys.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    on_paper = printed_case(qtbot, printed, counter.db)
    saved = cases_with_subject(counter.db, "Тодорхойлолт авах")
    assert len(saved) == 1 and saved[0][1] == "УБ95031512" and saved[0][0] == on_paper
    assert keys.count <= 6, keys.count
    print(f"\nnamed keys, known citizen to printed receipt: {keys.count}")


def test_a_new_citizen_to_a_printed_receipt_in_at_most_twelve_named_keys(qtbot, counter):
    """Enter walks the fields a new citizen needs (family name, given name, phone, address, service, subject),
    skipping the applicant kind; Ctrl+P saves and prints."""
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, counter)
    qtbot.waitUntil(lambda: getattr(counter, "intake", None) is not None and counter.intake.isVisible())
    dialog = counter.intake
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.register_no)
    type_here(qtbot, "ЧЕ01230107")
    keys.press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.family_name, QApplication.focusWidget()
    for field, text in ((dialog.family_name, "Чулуунбаатарын"), (dialog.given_name, "Дэлгэрцэцэгмаа"),
                        (dialog.phone, "88112233"), (dialog.address, "Баянзүрх, 26-р хороо")):
        assert QApplication.focusWidget() is field
        type_here(qtbot, text)
        keys.press(Qt.Key.Key_Return)
    type_here(qtbot, "PET-GEN")
    keys.press(Qt.Key.Key_Return)
    type_here(qtbot, "Шинэ иргэний хүсэлт")
    printed = keys.enter_in_the_print_dialog()
    keys.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    on_paper = printed_case(qtbot, printed, counter.db)
    saved = cases_with_subject(counter.db, "Шинэ иргэний хүсэлт")
    assert len(saved) == 1 and saved[0][1] == "ЧЕ01230107" and saved[0][0] == on_paper
    assert keys.count <= 12, keys.count
    print(f"\nnamed keys, new citizen to printed receipt: {keys.count}")


def test_the_citizens_served_lately_are_one_key_away(qtbot, counter):
    """Down in the empty register number lists this clerk's last citizens, newest first; Enter takes one and
    goes on to the service."""
    from caseapp.services import workflow

    clerk = users.actor_for(counter.db, "demo.clerk1")
    for register_no, given in (("УБ95031512", "Сараа"), ("ЧЕ01230107", "Дэлгэр"), ("УБ95031512", "Сараа")):
        workflow.register_case(counter.db, clerk, workflow.IntakeForm(
            register_no=register_no, service_code="PET-GENERAL", subject="Өмнөх", family_name="Батын",
            given_name=given), today=counter.db.today())
    dialog = open_intake(qtbot, counter)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_Down)
    popup = dialog.recent.popup()
    assert popup.isVisible()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown[0].startswith("УБ95031512") and shown[1].startswith("ЧЕ01230107") and len(shown) == 5
    assert len({row.split(" — ")[0] for row in shown}) == 5          # each citizen once, the newest first
    keys.press(Qt.Key.Key_Return, target=popup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (dialog.service, dialog.service.lineEdit()), timeout=5_000)
    assert dialog.register_no.text() == "УБ95031512" and dialog.given_name.text() == "Сараа"
    assert keys.count == 2


def test_a_new_case_for_the_same_citizen_from_the_case_view_and_after_a_save(qtbot, counter):
    from caseapp.services import workflow

    clerk = users.actor_for(counter.db, "demo.clerk1")
    case = workflow.register_case(counter.db, clerk, workflow.IntakeForm(
        register_no="УБ95031512", service_code="PET-GENERAL", subject="Өмнөх", family_name="Батын",
        given_name="Сараа"), today=counter.db.today())
    counter.open_case(case.case_id)
    view = counter.case_view
    qtbot.waitUntil(lambda: view.case is not None and view.new_case_button.isVisible(), timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: counter.intake is not None and counter.intake.isVisible(), timeout=5_000)
    dialog = counter.intake
    assert not view.isVisible()
    assert dialog.register_no.text() == "УБ95031512" and dialog.given_name.text() == "Сараа"
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (dialog.service, dialog.service.lineEdit()), timeout=5_000)
    type_here(qtbot, "PET-GEN")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    type_here(qtbot, "Хоёр дахь хүсэлт")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    line = counter.registered_line
    assert line.isVisible()
    number = cases_with_subject(counter.db, "Хоёр дахь хүсэлт")[0][0]
    assert number in counter.registered_text.text() and "Сараа" in counter.registered_text.text()
    counter.activateWindow()                    # as the window manager does when the intake closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is counter, timeout=5_000)
    qtbot.keyClick(counter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: counter.intake is not dialog and counter.intake.isVisible(), timeout=5_000)
    assert counter.intake.register_no.text() == "УБ95031512"
