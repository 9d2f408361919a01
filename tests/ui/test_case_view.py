"""The case view as clerks and managers use it: what it shows, which actions it offers, and what they do."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QProgressBar, QPushButton, QSpinBox

from caseapp.services import queries, users, workflow
from caseapp.services.queries import CaseFilter
from caseapp.services.workflow import IntakeForm
from tests.ui.test_main_window import type_text
from ui.case_view import ACTIONS, CaseView
from tests.helpers import event_count


def new_case(db, clerk, **overrides):
    values = dict(register_no="УБ99031512", service_code="PET-GENERAL", subject="Газрын маргаан",
                  family_name="Батын", given_name="Өлзийсайхан", phone="99112233", address="Баянзүрх, 4-р хороо")
    values.update(overrides)
    return workflow.register_case(db, clerk, IntakeForm(**values))


def open_view(qtbot, db, runner, actor, reference) -> CaseView:
    view = CaseView(db, runner, actor, reference, "mn")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.case is not None, timeout=10_000)
    return view


def visible_actions(view: CaseView) -> set[str]:
    return {action for action in ACTIONS if view.findChild(QPushButton, f"action_{action}").isVisibleTo(view)}


def test_summary_deadline_timeline_and_other_cases(qtbot, qtmodeltester, demo_db, runner, mongolian):
    clerk = users.actor_for(demo_db, "demo.clerk1")
    # a citizen with more than one case
    case = next(c for c in queries.list_cases(demo_db, CaseFilter(states=("in_progress",)), limit=500)
                if len(queries.citizen_cases(demo_db, queries.get_case(demo_db, c.case_id).citizen_id)) > 1)
    view = open_view(qtbot, demo_db, runner, clerk, case.case_number)
    detail = queries.get_case(demo_db, case.case_id)
    assert view.findChild(QLabel, "caseTitle").text().startswith(case.case_number)
    assert detail.citizen_name in view.findChild(QLabel, "summary_citizen").text()
    assert view.timeline_model.rowCount() == len(queries.timeline(demo_db, case.case_id))
    assert view.timeline_model.data(view.timeline_model.index(0, 2)) == "Бүртгэсэн"
    others = queries.citizen_cases(demo_db, detail.citizen_id, exclude=case.case_id)
    assert view.others_model.rowCount() == len(others) >= 1
    qtmodeltester.check(view.timeline_model)
    qtmodeltester.check(view.others_model)
    bar = view.findChild(QProgressBar, "deadlineBar").format()
    left = (detail.due_date - demo_db.today()).days
    assert (f"{-left} хоног хэтэрсэн" in bar) if left < 0 else ("⚠" in bar or f"{left} хоног үлдсэн" in bar)
    opened = []
    view.open_case.connect(opened.append)
    view.others.activated.emit(view.others_model.index(0, 0))
    assert opened == [others[0].case_id]


def test_actions_follow_role_and_state(qtbot, db, runner, mongolian):
    admin = users.login(db, "admin", "correct-horse-1")
    for name, role in (("saraa", "clerk"), ("bold", "manager"), ("tuya", "auditor")):
        users.add_user(db, admin, username=name, password="Сайн-нууц-үг-1", role=role, full_name=name.title())
    clerk, manager, auditor = (users.actor_for(db, n) for n in ("saraa", "bold", "tuya"))
    case = new_case(db, clerk)
    clerk_view = open_view(qtbot, db, runner, clerk, case.case_number)
    expected = {"start", "pause", "decide", "request_extension", "change_service", "withdraw"}
    assert expected <= visible_actions(clerk_view)
    assert not visible_actions(clerk_view) & {"assign", "extend", "reopen", "resume", "close"}
    assert not clerk_view.findChild(QPlainTextEdit, "noteText").isHidden()
    manager_view = open_view(qtbot, db, runner, manager, case.case_number)
    assert {"assign", "extend"} <= visible_actions(manager_view)
    auditor_view = open_view(qtbot, db, runner, auditor, case.case_number)
    assert visible_actions(auditor_view) == set()
    assert auditor_view.findChild(QPlainTextEdit, "noteText").isHidden()

    qtbot.mouseClick(clerk_view.findChild(QPushButton, "action_start"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: clerk_view.case.state == "in_progress", timeout=10_000)
    assert "start" not in visible_actions(clerk_view) and "pause" in visible_actions(clerk_view)
    assert "Ажил эхэлсэн" in [clerk_view.timeline_model.data(clerk_view.timeline_model.index(r, 2))
                              for r in range(clerk_view.timeline_model.rowCount())]


def test_pause_needs_a_reason_and_then_the_deadline_bar_says_paused(qtbot, db, runner, mongolian):
    admin = users.login(db, "admin", "correct-horse-1")
    users.add_user(db, admin, username="saraa", password="Сайн-нууц-үг-1", role="clerk", full_name="Saraa")
    clerk = users.actor_for(db, "saraa")
    case = new_case(db, clerk)
    view = open_view(qtbot, db, runner, clerk, case.case_number)
    before = event_count(db)
    view.run_action("pause")
    dialog = view.action_dialog
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "Шалтгаан" in dialog.error.text() and event_count(db) == before and dialog.isVisible()
    reason = dialog.findChild(QPlainTextEdit, "reason")
    reason.setFocus()
    type_text(reason, "Иргэн төрсний гэрчилгээ авчрах")
    qtbot.keyClick(reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.case.state == "waiting", timeout=10_000)
    assert event_count(db) == before + 1
    assert "‖" in view.findChild(QProgressBar, "deadlineBar").format()
    assert "resume" in visible_actions(view) and "pause" not in visible_actions(view)


def test_notes_print_user_text_literally_and_long_notes_are_refused(qtbot, db, runner, mongolian):
    admin = users.login(db, "admin", "correct-horse-1")
    users.add_user(db, admin, username="saraa", password="Сайн-нууц-үг-1", role="clerk", full_name="Saraa")
    clerk = users.actor_for(db, "saraa")
    case = new_case(db, clerk)
    view = open_view(qtbot, db, runner, clerk, case.case_number)
    view.tabs.setCurrentIndex(1)
    note = view.findChild(QPlainTextEdit, "noteText")
    markup = "<b>Өргөдөл</b> & <img src=/etc/passwd> =1+1 😀"
    note.setPlainText(markup)
    qtbot.mouseClick(view.findChild(QPushButton, "addNote"), Qt.MouseButton.LeftButton)
    notes = view.findChild(QListWidget, "notes")
    qtbot.waitUntil(lambda: notes.count() == 1, timeout=10_000)
    assert notes.item(0).text().endswith(markup) and note.toPlainText() == ""
    before = event_count(db)
    note.setPlainText("ж" * 20_001)
    qtbot.mouseClick(view.findChild(QPushButton, "addNote"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.note_error.text() != "", timeout=10_000)
    assert event_count(db) == before and notes.count() == 1
    assert len(note.toPlainText()) == 20_001                    # what the clerk typed is not lost


def test_clerk_asks_for_an_extension_and_the_manager_approves_it(qtbot, db, runner, mongolian):
    admin = users.login(db, "admin", "correct-horse-1")
    users.add_user(db, admin, username="saraa", password="Сайн-нууц-үг-1", role="clerk", full_name="Saraa")
    users.add_user(db, admin, username="bold", password="Сайн-нууц-үг-1", role="manager", full_name="Bold")
    clerk, manager = users.actor_for(db, "saraa"), users.actor_for(db, "bold")
    case = new_case(db, clerk)
    view = open_view(qtbot, db, runner, clerk, case.case_number)
    view.run_action("request_extension")
    dialog = view.action_dialog
    dialog.findChild(QSpinBox, "days").setValue(15)
    dialog.findChild(QPlainTextEdit, "reason").setPlainText("Шинжээчийн дүгнэлт хүлээж байна")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case.extension_request is not None, timeout=10_000)
    assert "request_extension" not in visible_actions(view)
    assert "15" in view.findChild(QLabel, "summary_extension").text()

    manager_view = open_view(qtbot, db, runner, manager, case.case_number)
    assert {"extend", "decline_extension"} <= visible_actions(manager_view)
    manager_view.run_action("extend")
    approve = manager_view.action_dialog
    assert approve.findChild(QSpinBox, "days").value() == 15        # the days asked for are proposed
    approve.findChild(QPlainTextEdit, "reason").setPlainText("Зөвшөөрөв")
    qtbot.mouseClick(approve.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: manager_view.case.extension_days == 15, timeout=10_000)
    assert manager_view.case.extension_request is None and manager_view.case.due_date > case.due_date


def test_manager_assigns_to_a_colleague_and_a_stale_screen_is_refused(qtbot, db, runner, mongolian):
    admin = users.login(db, "admin", "correct-horse-1")
    for name, role in (("saraa", "clerk"), ("dorj", "clerk"), ("bold", "manager")):
        users.add_user(db, admin, username=name, password="Сайн-нууц-үг-1", role=role, full_name=name.title())
    clerk, manager = users.actor_for(db, "saraa"), users.actor_for(db, "bold")
    dorj = users.actor_for(db, "dorj")
    case = new_case(db, clerk)
    view = open_view(qtbot, db, runner, manager, case.case_number)
    workflow.start(db, clerk, case.case_number)                     # someone else acts meanwhile
    view.run_action("assign")
    dialog = view.action_dialog
    combo = dialog.fields["assignee"]
    combo.setCurrentIndex(combo.findData(dorj.user_id))
    before = event_count(db)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "өөр хүн" in dialog.error.text() and event_count(db) == before
    dialog.reject()
    qtbot.waitUntil(lambda: view.case.state == "in_progress", timeout=10_000)   # the view re-read the case
    view.run_action("assign")
    dialog = view.action_dialog
    dialog.fields["assignee"].setCurrentIndex(dialog.fields["assignee"].findData(dorj.user_id))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case.assignee_id == dorj.user_id, timeout=10_000)
    assert "Dorj" in view.findChild(QLabel, "summary_assignee").text()


def test_a_case_window_closed_while_its_work_runs_goes_quietly_and_the_work_still_lands(qtbot, db, runner,
                                                                                       mongolian):
    from caseapp.services import documents
    from ui.main_window import MainWindow

    admin = users.login(db, "admin", "correct-horse-1")
    users.add_user(db, admin, username="saraa", password="Сайн-нууц-үг-1", role="clerk", full_name="Saraa")
    clerk = users.actor_for(db, "saraa")
    case = new_case(db, clerk)
    window = MainWindow(db, "mn", actor=clerk, runner=runner)
    qtbot.addWidget(window)
    window.show()
    window.open_case(case.case_number)
    window.case_view.close()                                   # closed before its first read came back
    view = CaseView(db, runner, clerk, case.case_number, "mn", parent=window)
    view.show()
    qtbot.waitUntil(lambda: view.case is not None, timeout=10_000)
    destroyed = []
    view.destroyed.connect(lambda: destroyed.append(True))
    view.issue("receipt")
    view.close()                                               # closed while the document is being issued
    qtbot.waitUntil(lambda: getattr(window, "document_dialog", None) is not None, timeout=10_000)
    assert window.document_dialog.document.case_number == case.case_number   # offered over the main window
    qtbot.waitUntil(lambda: destroyed == [True], timeout=10_000)
    assert [r.kind for r in documents.register_of(db, case.case_number)] == ["receipt"]


def test_late_and_due_soon_mean_one_thing_on_screen_and_in_the_reports(qtbot, demo_db, mongolian):
    """The case view counted a case late by its closed date, the reports by its decision date (307 of 729 closed
    demo cases disagreed); "due soon" was 3 calendar days here and 3 working days in the queues."""
    import sqlite3

    from ui.case_view import deadline_text

    con = sqlite3.connect(demo_db.path)
    resolved = con.execute("SELECT case_id, decided_on > due_date FROM cases WHERE decided_on IS NOT NULL "
                           "AND due_date IS NOT NULL AND state IN ('decided', 'rejected', 'closed')").fetchall()
    con.close()
    assert len(resolved) > 100 and any(late for _, late in resolved)
    today, horizon = demo_db.today(), queries.due_soon_horizon(demo_db)
    disagree = [case_id for case_id, late in resolved
                if deadline_text(queries.get_case(demo_db, case_id), today, "mn", horizon)[2] != bool(late)]
    assert disagree == []
    running = [c for c in queries.list_cases(demo_db, queries.CaseFilter(states=("registered", "in_progress")),
                                             limit=1000) if c.due_date is not None and c.due_date > today]
    for summary in running:
        warning = deadline_text(queries.get_case(demo_db, summary.case_id), today, "mn", horizon)[2]
        assert warning == (summary.due_date <= horizon), summary.case_number


def test_the_timeline_names_documents_in_words(qtbot, demo_db, mongolian):
    """It showed the code word "receipt" for an issued receipt."""
    from caseapp.services import documents, users
    from ui.case_view import event_details

    clerk = users.actor_for(demo_db, "demo.clerk1")
    case = queries.list_cases(demo_db, queries.CaseFilter(states=("registered",)), limit=1)[0]
    original = documents.issue_document(demo_db, clerk, case.case_number, "receipt")
    documents.reprint(demo_db, clerk, original.doc_id)
    lines = [event_details(e, {}) for e in queries.timeline(demo_db, case.case_id) if e.kind == "case.document_issued"]
    assert lines[0] == "Хүлээн авсан баримт" and "receipt" not in " ".join(lines)
    assert len(lines) == 2 and lines[1] != lines[0]                 # the reprint says so


def test_the_deadline_bar_draws_only_glyphs_the_font_has_and_centres_its_words(qtbot, demo_db, runner):
    """It showed an empty box for ⏸ (the font has no such glyph) in the corner of the bar."""
    from PySide6.QtGui import QFontMetrics

    from ui.case_view import deadline_text

    clerk = users.actor_for(demo_db, "demo.clerk1")
    case = new_case(demo_db, clerk)                         # the case this test needs, waiting for the citizen
    workflow.start(demo_db, clerk, case.case_id)
    workflow.pause(demo_db, clerk, case.case_id, "Иргэн лавлагаа авчрах")
    detail = queries.get_case(demo_db, case.case_id)
    text, _, _ = deadline_text(detail, demo_db.today(), "mn", queries.due_soon_horizon(demo_db))
    view = open_view(qtbot, demo_db, runner, clerk, case.case_id)
    bar = view.findChild(QProgressBar, "deadlineBar")
    assert bar.format() == text
    metrics = QFontMetrics(bar.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace()), text
    assert bar.alignment() & Qt.AlignmentFlag.AlignHCenter
