"""Changes the server refused, and user-name clashes: listed for an admin or a manager, retried after the cause
was fixed, or discarded with a reason that is itself recorded; the folds then leave the refused change out."""

from __future__ import annotations

import pytest

from caseapp.domain.events import CASE
from caseapp.errors import PermissionDenied, ValidationError
from caseapp.services import queries, sync_problems, users, workflow
from caseapp.services.maintenance import check
from caseapp.storage.event_rows import load_stream
from tests.integration.central.conftest import STAFF_PASSWORD, two_offices
from tests.integration.central.test_refusals import another_office_starts_a_copy


def server_state(server, case_id: str) -> str:
    from caseapp.services import central

    with server.store() as store:
        central.fold_pending(store)
        with store.uow() as uow:
            return str(uow.conn.exec_driver_sql(f"SELECT state FROM cases WHERE case_id = '{case_id}'").scalar())


def role_taken_away_meanwhile(server, workstations):
    """Two counters of one office; at the second, the admin makes clerk1 an auditor while clerk1, at the first,
    starts a case: the server refuses the start (the role it knows). Returns (a1, a2, case)."""
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    case = a1.register()
    a1.sync()
    a2 = workstations.enroll_new("a2", server, "UB-BZD")
    users.set_role(a2.db, a2.actor("admin"), "clerk1", "auditor")       # at the other counter, meanwhile
    a2.sync()
    workflow.start(a1.db, a1.actor("clerk1"), case.case_number)            # still a clerk here, when it was done
    assert a1.sync().refused == 1
    return a1, a2, case


def one_name_given_at_two_counters(server, workstations):
    """Both counters of an office, offline, each make an account "bat". Returns (a1, a2)."""
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    a1.sync()
    a2 = workstations.enroll_new("a2", server, "UB-BZD")
    for station, full in ((a1, "Бат Болд"), (a2, "Бат Дорж")):
        users.add_user(station.db, station.actor("admin"), username="bat", password=STAFF_PASSWORD, role="clerk",
                       full_name=full)
    a1.sync()
    a2.sync()
    a1.sync()
    return a1, a2


def test_a_change_refused_for_a_role_taken_away_is_retried_by_a_manager(server, workstations):
    a1, a2, case = role_taken_away_meanwhile(server, workstations)
    [refused] = sync_problems.refused_changes(a1.db)
    assert (refused.kind, refused.case_number, refused.reason, refused.retryable) == \
        ("case.started", case.case_number, "permission.role", True)
    with pytest.raises(PermissionDenied):
        sync_problems.retry(a1.db, a1.actor("clerk1"), refused.event_id)        # an auditor now: not theirs to do
    sync_problems.retry(a1.db, a1.actor("manager1"), refused.event_id)
    assert sync_problems.refused_changes(a1.db) == []
    assert queries.get_case(a1.db, case.case_number).state == "in_progress"
    assert a1.sync().refused == 0
    a2.sync()
    assert queries.get_case(a2.db, case.case_number).state == "in_progress"
    assert server_state(server, case.case_id) == "in_progress"
    with a1.db.uow() as uow:
        kinds = [(e.kind, e.user_id) for e in load_stream(uow.conn, CASE, case.case_id)]
    manager = a1.actor("manager1").user_id
    assert kinds[-2:] == [("case.change_discarded", manager), ("case.started", manager)]   # in the manager's name
    assert check(a1.db).ok and check(a2.db).ok


def test_a_refused_change_discarded_with_a_reason_leaves_the_case_as_the_office_has_it(server, workstations):
    a1, b1 = two_offices(server, workstations)
    case = a1.register()
    a1.sync()
    another_office_starts_a_copy(a1, b1, case)
    assert b1.sync().refused == 1
    held = queries.get_case(b1.db, case.case_number)
    assert (held.state, held.conflict) == ("registered", True)      # kept without effect, flagged
    [refused] = sync_problems.refused_changes(b1.db)
    assert refused.reason == "case.other_office"
    with pytest.raises(ValidationError) as empty:
        sync_problems.discard(b1.db, b1.actor("admin"), refused.event_id, "   ")
    assert empty.value.key == "field.required"
    with pytest.raises(PermissionDenied):
        sync_problems.discard(b1.db, b1.actor("clerk1"), refused.event_id, "Буруу хэрэг")
    sync_problems.discard(b1.db, b1.actor("admin"), refused.event_id, "Манай хэрэг биш: санамсаргүй хуулбар")
    assert sync_problems.refused_changes(b1.db) == []
    held = queries.get_case(b1.db, case.case_number)
    assert (held.state, held.conflict) == ("registered", False)     # left out of the fold: as the owner has it
    with pytest.raises(Exception) as again:
        sync_problems.discard(b1.db, b1.actor("admin"), refused.event_id, "дахин")
    assert getattr(again.value, "key", "") == "sync.refusal_not_open"
    with b1.db.uow() as uow:
        [discard] = [e for e in load_stream(uow.conn, CASE, case.case_id) if e.kind == "case.change_discarded"]
    assert discard.payload == {"event_id": refused.event_id, "reason": "Манай хэрэг биш: санамсаргүй хуулбар"}
    assert discard.user_id == b1.actor("admin").user_id
    b1.sync()                                      # the server refuses the discard too (not its case): still set aside
    assert sync_problems.refused_changes(b1.db) == []
    assert queries.get_case(b1.db, case.case_number).state == "registered"
    assert server_state(server, case.case_id) == "registered"


def test_a_user_name_given_twice_offline_is_listed_and_renamed(server, workstations):
    a1, a2 = one_name_given_at_two_counters(server, workstations)
    [clash] = sync_problems.name_clashes(a1.db)
    assert clash.username == "bat" and sorted(u.full_name for u in clash.accounts) == ["Бат Болд", "Бат Дорж"]
    with pytest.raises(PermissionDenied):
        users.login(a1.db, "bat", STAFF_PASSWORD)
    dorj = next(u for u in clash.accounts if u.full_name == "Бат Дорж")
    with pytest.raises(ValidationError):
        sync_problems.rename(a1.db, a1.actor("admin"), dorj.user_id, "bat")        # the clash again
    with pytest.raises(PermissionDenied):
        sync_problems.rename(a1.db, a1.actor("clerk1"), dorj.user_id, "batdorj")
    sync_problems.rename(a1.db, a1.actor("admin"), dorj.user_id, "batdorj")
    assert sync_problems.name_clashes(a1.db) == []
    a1.sync()
    a2.sync()
    assert sync_problems.name_clashes(a2.db) == []
    assert users.login(a2.db, "batdorj", STAFF_PASSWORD).full_name == "Бат Дорж"     # the same password
    assert users.login(a2.db, "bat", STAFF_PASSWORD).full_name == "Бат Болд"
