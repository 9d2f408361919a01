"""Documents from the desktop: issue from the case view, print through Qt's printer, reprint, Ctrl+P at intake,
the day's reminders, the letterhead."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QPushButton

from caseapp.services import documents, letterhead, queries, users, workflow
from caseapp.services.queries import CaseFilter
from tests.ui.test_main_window import settle, type_text
from ui.main_window import MainWindow
from ui.printing import paint_pdf


@pytest.fixture
def printed(monkeypatch):
    """What was sent to the printer: the print dialog is replaced by a record of the call."""
    calls = []
    monkeypatch.setattr("ui.document_dialog.print_pdf",
                        lambda pdf, parent, title, file_name=None: calls.append((pdf, title)) or True)
    return calls


def open_case(qtbot, window, case_number):
    window.open_case(case_number)
    qtbot.waitUntil(lambda: window.case_view.case is not None, timeout=10_000)
    return window.case_view


def test_issue_print_and_reprint_from_the_case_view(qtbot, demo_db, mongolian, printed):
    clerk = users.actor_for(demo_db, "demo.clerk1")
    case = queries.list_cases(demo_db, CaseFilter(states=("decided",), office_id="UB-BZD"), limit=1)[0]
    window = MainWindow(demo_db, "mn", actor=clerk)
    qtbot.addWidget(window)
    settle(qtbot, window)
    view = open_case(qtbot, window, case.case_number)
    assert view.documents_button.isVisibleTo(view) and view.document_actions["letter"].isEnabled()
    before = len(documents.register_of(demo_db, case.case_number))
    view.document_actions["letter"].trigger()
    qtbot.waitUntil(lambda: getattr(view, "document_dialog", None) is not None, timeout=10_000)
    dialog = view.document_dialog
    qtbot.mouseClick(dialog.findChild(QPushButton, "printDocument"), Qt.MouseButton.LeftButton)
    assert printed and printed[0][0] == dialog.document.pdf and "хариу" in printed[0][1]
    register = view.findChild(QListWidget, "documentRegister")
    qtbot.waitUntil(lambda: register.count() == before + 1, timeout=10_000)
    dialog.accept()
    register.setCurrentRow(register.count() - 1)
    view.reprint_selected()
    qtbot.waitUntil(lambda: register.count() == before + 2, timeout=10_000)
    records = documents.register_of(demo_db, case.case_number)
    assert records[-1].reprint_of == records[-2].doc_id and records[-1].sha256 == records[-2].sha256


def test_auditor_sees_no_document_menu(qtbot, demo_db, mongolian):
    auditor = users.actor_for(demo_db, "demo.auditor")
    window = MainWindow(demo_db, "mn", actor=auditor)
    qtbot.addWidget(window)
    settle(qtbot, window)
    case = queries.list_cases(demo_db, CaseFilter(), limit=1)[0]
    view = open_case(qtbot, window, case.case_number)
    assert not view.documents_button.isVisibleTo(view) and window.findChild(QAction, "printReminders") is None


def test_ctrl_p_at_intake_saves_and_prints_the_receipt(qtbot, demo_db, mongolian, printed):
    clerk = users.actor_for(demo_db, "demo.clerk2")
    window = MainWindow(demo_db, "mn", actor=clerk)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "intake", None) is not None and window.intake.isVisible())
    dialog = window.intake
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.register_no)     # the dialog has the keyboard
    type_text(dialog.register_no, "ЖЭ05251707")
    type_text(dialog.family_name, "Болдын")
    type_text(dialog.given_name, "Үүрцайх")
    dialog.service.setEditText("PET-GENERAL")
    type_text(dialog.subject, "Гэрэлтүүлэг «№5»")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=15_000)
    case = dialog.result_case
    receipts = documents.register_of(demo_db, case.case_number)
    assert [r.kind for r in receipts] == ["receipt"] and printed[0][0] and case.case_number in \
        window.document_dialog.info.text()


def test_qt_printer_gets_every_page_at_its_own_size(qtbot, demo_db, tmp_path):
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils missing")
    clerk = users.actor_for(demo_db, "demo.clerk1")
    case = queries.list_cases(demo_db, CaseFilter(office_id="UB-BZD"), limit=1)[0]
    roll = documents.issue_document(demo_db, clerk, case.case_number, "receipt", size="80mm")
    workflow.add_note(demo_db, clerk, case.case_number, "Тэмдэглэл " * 1900)
    long_file = documents.issue_document(demo_db, clerk, case.case_number, "file")
    for name, document, expected_width in (("roll", roll, 227), ("file", long_file, 595)):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{name}.pdf"))
        printer.setFullPage(True)
        printer.setResolution(100)
        count = paint_pdf(document.pdf, printer)
        info = subprocess.run(["pdfinfo", str(tmp_path / f"{name}.pdf")], capture_output=True, text=True).stdout
        assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == count
        assert round(float(re.search(r"Page size:\s+([\d.]+)", info).group(1))) == expected_width
    assert count >= 2


def test_reminders_of_the_day_and_the_letterhead(qtbot, demo_db, mongolian, printed):
    admin = users.actor_for(demo_db, "admin")
    clerk = users.actor_for(demo_db, "demo.clerk1")
    window = MainWindow(demo_db, "mn", actor=clerk)
    qtbot.addWidget(window)
    settle(qtbot, window)
    window.findChild(QAction, "printReminders").trigger()
    qtbot.waitUntil(lambda: getattr(window, "document_dialog", None) is not None
                    or window.statusBar().currentMessage() != "", timeout=10_000)
    expected = documents.reminders_due(demo_db, "UB-BZD")
    if expected:
        assert str(len(expected)) in window.document_dialog.windowTitle()
    from ui.letterhead_dialog import LetterheadDialog
    read_only = LetterheadDialog(demo_db, window.runner, clerk, "UB-BZD")
    qtbot.addWidget(read_only)
    assert not read_only.save.isEnabled()
    dialog = LetterheadDialog(demo_db, window.runner, admin, "UB-BZD")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.office.text() != "", timeout=10_000)
    phone = dialog.findChild(QLineEdit, "phone")
    phone.setText("abc")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "Утас" in dialog.error.text() and letterhead.get(demo_db, "UB-BZD").phone == ""
    phone.setText("7012-3456")
    type_text(dialog.findChild(QLineEdit, "signatory_name"), "Б. Өлзийбат")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: letterhead.get(demo_db, "UB-BZD").phone != "", timeout=10_000)
    saved = letterhead.get(demo_db, "UB-BZD")
    assert (saved.phone, saved.signatory_name) == ("7012-3456", "Б. Өлзийбат")


def test_the_ready_dialog_shows_the_whole_verification_code_and_names_files_per_document(qtbot, demo_db, mongolian):
    """The dialog after Ctrl+P cut the code; printing to a file wrote one file in the home folder that each
    receipt overwrote."""
    from PySide6.QtWidgets import QLineEdit

    from caseapp.services import documents, queries, users
    from ui.document_dialog import DocumentReadyDialog
    from ui.printing import default_documents_folder, document_file_name, documents_folder

    clerk = users.actor_for(demo_db, "demo.clerk1")
    case = queries.list_cases(demo_db, queries.CaseFilter(states=("registered",)), limit=1)[0]
    first = documents.issue_document(demo_db, clerk, case.case_number, "receipt")
    second = documents.reprint(demo_db, clerk, first.doc_id)
    dialog = DocumentReadyDialog(first, "Хүлээн авсан баримт")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    code = dialog.findChild(QLineEdit, "verificationCode")
    assert code.text() == first.token and code.isVisible() and code.isReadOnly()
    assert code.width() >= code.fontMetrics().horizontalAdvance(first.token)
    names = {document_file_name(d.case_number, d.kind, d.doc_id) for d in (first, second)}
    assert len(names) == 2 and all(n.startswith(case.case_number + "-receipt-") for n in names)
    assert documents_folder() == default_documents_folder() and documents_folder().name == "caseapp"
    assert documents_folder().parent.name == "Documents" and documents_folder().is_dir()
