"""Transfers between offices through a real central server: a case offered by one office is accepted (or
returned) by another, or withdrawn; an answer that crosses a withdrawal ends flagged, with one owner."""

from __future__ import annotations

from datetime import date
import json
import subprocess
import sys
import time

import openpyxl
import pytest
from sqlalchemy import text

from caseapp.errors import ConflictError, PermissionDenied, ValidationError
from caseapp.services import catalogue, documents, queries, reports, sync, transfers, workflow
from caseapp.services.maintenance import check
from tests.conftest import ROOT, TEST_NOW
from tests.integration.central.conftest import STAFF_PASSWORD, two_offices


def both_agree(a1, b1, number: str, *, seen_by_both: bool = True):
    """The case as both offices hold it after a sync round: the same owner, state, due date and flag (or,
    once the other office took it over, the same owner: the old one keeps what it had and gets nothing new)."""
    for _ in range(2):
        a1.sync()
        b1.sync()
    here, there = queries.get_case(a1.db, number), queries.get_case(b1.db, number)
    assert here.owner_office == there.owner_office
    if seen_by_both:
        assert (here.state, here.due_date, here.conflict, here.transfer_to) == \
            (there.state, there.due_date, there.conflict, there.transfer_to)
    for station in (a1, b1):
        assert check(station.db).ok, check(station.db).problems
        assert sync.verify(station.db, language="en").same
    return here


def test_offered_accepted_and_decided_at_the_other_office(server, workstations, tmp_path):
    a1, b1 = two_offices(server, workstations)
    case = a1.register("Газар эзэмших эрхийн шилжүүлэг", family="Ганбат", given="Оюун")
    workflow.start(a1.db, a1.actor("clerk1"), case.case_number)
    manager_a = a1.actor("manager1")
    offered = transfers.offer(a1.db, manager_a, case.case_number, "ub-sbd", "Харьяаллын дагуу",
                              note="Иргэний өргөдөл хавсаргасан")
    assert (offered.state, offered.transfer_to, offered.owner_office) == ("transferred_out", "UB-SBD", "UB-BZD")
    # the owner may now only withdraw (and add notes): no start, decide or assign
    assert workflow.available_actions(manager_a, offered) == {"withdraw_transfer", "note"}
    documents.issue_document(a1.db, manager_a, case.case_number, "receipt")
    letter = documents.issue_document(a1.db, manager_a, case.case_number, "transfer", to_office="UB-SBD")
    assert letter.pdf.startswith(b"%PDF")
    a1.sync()

    assert b1.count("cases") == 0
    b1.sync()
    incoming = transfers.incoming(b1.db, "UB-SBD")
    assert [c.case_number for c in incoming] == [case.case_number]
    [offer] = transfers.incoming_offers(b1.db, "UB-SBD")
    assert (offer.from_office, offer.reason, offer.note) == \
        ("UB-BZD", "Харьяаллын дагуу", "Иргэний өргөдөл хавсаргасан")
    seen = queries.get_case(b1.db, case.case_number)
    assert seen.citizen_name == "Ганбат Оюун"
    assert {d.kind for d in documents.register_of(b1.db, case.case_number)} == {"receipt", "transfer"}
    manager_b = b1.actor("manager1")
    assert workflow.available_actions(manager_b, seen) == {"accept_transfer", "return_transfer", "note"}
    with pytest.raises(PermissionDenied):                       # a clerk does not take cases over
        transfers.accept(b1.db, b1.actor("clerk1"), case.case_number)

    accepted = transfers.accept(b1.db, manager_b, case.case_number)
    assert (accepted.owner_office, accepted.state, accepted.assignee_id) == ("UB-SBD", "registered", None)
    assert accepted.case_number == case.case_number              # the citizen's receipt stays valid
    assert accepted.transferred_from == "UB-BZD"
    assert accepted.due_date == case.due_date                     # the same clock continues
    assert transfers.incoming(b1.db, "UB-SBD") == []
    assert [c.case_number for c in queries.list_cases(b1.db, queries.CaseFilter(office_id="UB-SBD"))] \
        == [case.case_number]
    b1.sync()
    a1.sync()
    gone = queries.get_case(a1.db, case.case_number)
    assert (gone.owner_office, gone.state) == ("UB-SBD", "registered")
    assert queries.list_cases(a1.db, queries.CaseFilter(office_id="UB-BZD")) == []
    [out] = transfers.outgoing(a1.db, "UB-BZD")
    assert (out.to_office, out.outcome, out.answered_at is not None) == ("UB-SBD", "accepted", True)

    workflow.start(b1.db, b1.actor("clerk1"), case.case_number)
    workflow.decide(b1.db, manager_b, case.case_number, "approved", "Шийдвэрлэсэн")
    with pytest.raises(PermissionDenied):                       # the old owner may not act on it any more
        workflow.add_note(a1.db, a1.actor("clerk1"), case.case_number, "Хоцорсон")
    both_agree(a1, b1, case.case_number, seen_by_both=False)
    final = queries.get_case(b1.db, case.case_number)
    assert (final.state, final.owner_office, final.conflict) == ("decided", "UB-SBD", False)
    kinds = [e.kind for e in queries.timeline(b1.db, case.case_number)]
    assert kinds[-3:] == ["case.transfer_accepted", "case.started", "case.decided"]
    # the origin's record ends with the outcome: taken over by the other office
    assert [e.kind for e in queries.timeline(a1.db, case.case_number)][-1] == "case.transfer_accepted"
    assert queries.get_case(a1.db, case.case_number).state == "registered"

    # both offices' transfer reports list the offer, once, from their side; the centre holds it once
    today = a1.db.today()
    for station, direction, state in ((a1, "Явуулсан", None), (b1, "Ирсэн", "Шийдвэрлэсэн")):
        path = tmp_path / f"transfers-{station.office}.xlsx"
        reports.build_report(station.db, station.actor("manager1"), "transfers", today, today, path)
        book = openpyxl.load_workbook(path, read_only=True)
        rows = [row for row in book.worksheets[0].iter_rows(values_only=True) if case.case_number in row]
        assert len(rows) == 1
        assert rows[0][2] == direction and rows[0][5] == "Хүлээн авсан" and (rows[0][8] or None) == state
        counts = {row[0]: row[1:] for row in book.worksheets[1].iter_rows(values_only=True) if row and row[0]}
        assert counts[direction][1] == 1                    # accepted: 1
        book.close()
    held = None
    for _ in range(100):                      # the centre folds after answering a push: wait for it
        with server.store() as store, store.uow() as uow:
            held = uow.conn.execute(text("SELECT transfers FROM cases WHERE case_number = :n"),
                                    {"n": case.case_number}).scalar()
        if held and json.loads(held)[-1]["outcome"] == "accepted":
            break
        time.sleep(0.1)
    assert held is not None and len(json.loads(held)) == 1


def test_returned_with_a_reason_and_withdrawn_by_its_office(server, workstations):
    a1, b1 = two_offices(server, workstations)
    case = a1.register("Буцаагдах хэрэг")
    manager_a, manager_b = a1.actor("manager1"), b1.actor("manager1")
    transfers.offer(a1.db, manager_a, case.case_number, "UB-SBD", "Буруу харьяалал?")
    a1.sync()
    b1.sync()
    with pytest.raises(ValidationError) as refused:
        transfers.return_(b1.db, manager_b, case.case_number, "   ")
    assert refused.value.field == "reason"
    back = transfers.return_(b1.db, manager_b, case.case_number, "Манай харьяалал биш")
    assert (back.state, back.owner_office, back.transfer_to) == ("registered", "UB-BZD", None)
    home = both_agree(a1, b1, case.case_number)
    assert (home.state, home.owner_office) == ("registered", "UB-BZD")
    [out] = transfers.outgoing(a1.db, "UB-BZD")
    assert (out.outcome, out.answer_reason) == ("returned", "Манай харьяалал биш")
    workflow.start(a1.db, a1.actor("clerk1"), case.case_number)      # the owner works on it again

    transfers.offer(a1.db, manager_a, case.case_number, "UB-SBD", "Дахин санал")
    a1.sync()
    b1.sync()
    assert len(transfers.incoming(b1.db, "UB-SBD")) == 1
    with pytest.raises(ValidationError):                    # the receiver cannot withdraw someone else's offer
        transfers.withdraw(b1.db, manager_b, case.case_number)
    undone = transfers.withdraw(a1.db, manager_a, case.case_number, "Алдаатай санал")
    assert (undone.state, undone.transfer_to) == ("in_progress", None)      # back where it was
    both_agree(a1, b1, case.case_number)
    assert transfers.incoming(b1.db, "UB-SBD") == []
    assert [e.outcome for e in transfers.outgoing(a1.db, "UB-BZD")] == ["withdrawn", "returned"]


def test_bad_offers_are_refused_and_change_nothing(server, workstations):
    a1, _ = two_offices(server, workstations)
    case = a1.register("Хэрэг")
    manager = a1.actor("manager1")
    for office, key in (("", "transfer.office_required"), ("UB-НЕТ", "transfer.unknown_office"),
                        ("UB-BZD", "transfer.same_office"), ("X" * 5000, "transfer.unknown_office")):
        with pytest.raises(ValidationError) as refused:
            transfers.offer(a1.db, manager, case.case_number, office, "Шалтгаан")
        assert refused.value.key == key
    with pytest.raises(ValidationError):
        transfers.offer(a1.db, manager, case.case_number, "UB-SBD", "")             # no reason
    with pytest.raises(ValidationError):
        transfers.offer(a1.db, manager, case.case_number, "UB-SBD", "x" * 10_000)   # too long
    with pytest.raises(ConflictError):
        transfers.accept(a1.db, manager, case.case_number)          # not offered to anyone
    assert queries.get_case(a1.db, case.case_number).version == case.version


def test_an_accept_that_crosses_a_withdrawal_ends_flagged_with_one_owner(server, workstations):
    a1, b1 = two_offices(server, workstations)
    case = a1.register("Уралдаант хэрэг")
    transfers.offer(a1.db, a1.actor("manager1"), case.case_number, "UB-SBD", "Санал")
    a1.sync()
    b1.sync()
    transfers.withdraw(a1.db, a1.actor("manager1"), case.case_number, "Бодлоо өөрчилсөн")   # offline
    transfers.accept(b1.db, b1.actor("manager1"), case.case_number)
    b1.sync()
    report = a1.sync()
    assert report.refused == 0                        # written while it held the case: taken, for the fold
    both = both_agree(a1, b1, case.case_number)
    assert both.conflict                              # flagged on both offices, for a manager
    assert both.owner_office in ("UB-BZD", "UB-SBD") and both.transfer_to is None
    owner, other = (a1, b1) if both.owner_office == "UB-BZD" else (b1, a1)
    # the owner the fold chose works on; the server agrees (nothing refused); the other may not
    workflow.start(owner.db, owner.actor("clerk1"), case.case_number)
    assert owner.sync().refused == 0
    with pytest.raises(PermissionDenied):
        workflow.start(other.db, other.actor("clerk1"), case.case_number)
    both_agree(a1, b1, case.case_number, seen_by_both=False)    # the other office gets nothing new
    assert queries.get_case(owner.db, case.case_number).state == "in_progress"


def test_a_service_that_restarts_the_clock_counts_from_the_acceptance(server, workstations):
    a1, b1 = two_offices(server, workstations)
    catalogue.change_service_type(b1.db, b1.actor("admin"), "PET-GENERAL", {"on_transfer": "restart"})
    registered = date.fromordinal(a1.db.today().toordinal() - 20)
    form = workflow.IntakeForm(register_no="УБ99031512", service_code="PET-GENERAL", subject="Дахин тоолох",
                               family_name="Батбаяр", given_name="Должин", new_citizen_confirmed=True)
    case = workflow.register_case(a1.db, a1.actor("clerk1"), form, today=registered)
    transfers.offer(a1.db, a1.actor("manager1"), case.case_number, "UB-SBD", "Санал")
    a1.sync()
    b1.sync()
    accepted = transfers.accept(b1.db, b1.actor("manager1"), case.case_number)
    assert accepted.clock_from == b1.db.today()
    # 30 calendar days from today, not from 20 days ago (a petition: 30 days, rolled to a working day)
    assert (accepted.due_date - b1.db.today()).days >= 30 > (case.due_date - b1.db.today()).days
    assert both_agree(a1, b1, case.case_number).due_date == accepted.due_date
    with pytest.raises(ValidationError):
        catalogue.change_service_type(b1.db, b1.actor("admin"), "PET-GENERAL", {"on_transfer": "sometimes"})


def _cli(station, *args: str, password_file) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "caseapp", *args, "--db", str(station.path), "--lang", "en"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "CASEAPP_NOW": TEST_NOW})


def test_the_command_line_offers_and_answers(server, workstations, tmp_path):
    a1, b1 = two_offices(server, workstations)
    case = a1.register("Тушаалаар шилжүүлэх")
    secret = tmp_path / "password"
    secret.write_text(STAFF_PASSWORD, encoding="utf-8")
    a1.close()
    b1.close()
    signed = ("--as", "manager1", "--as-password-file", str(secret))
    done = _cli(a1, "transfer", "offer", "--case", case.case_number, "--to", "UB-SBD", "--reason", "Харьяалал",
                *signed, password_file=secret)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [case.case_number, "transferred_out", "UB-SBD"]
    refused = _cli(a1, "transfer", "accept", "--case", case.case_number, *signed, password_file=secret)
    assert refused.returncode != 0 and "not offered to your office" in refused.stderr
    assert _cli(a1, "sync", password_file=secret).returncode == 0
    assert _cli(b1, "sync", password_file=secret).returncode == 0
    listed = _cli(b1, "transfers", "--incoming", password_file=secret)
    assert listed.stdout.split("\t")[:3] == ["incoming", case.case_number, "UB-BZD"]
    done = _cli(b1, "transfer", "accept", "--case", case.case_number, *signed, password_file=secret)
    assert done.returncode == 0, done.stderr
    assert _cli(b1, "sync", password_file=secret).returncode == 0
    assert _cli(a1, "sync", password_file=secret).returncode == 0
    out = _cli(a1, "transfers", "--outgoing", password_file=secret).stdout.strip().split("\t")
    assert out[:3] == ["outgoing", case.case_number, "UB-SBD"] and out[4] == "accepted"
