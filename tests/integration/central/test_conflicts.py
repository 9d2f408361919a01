"""The conflict queue over a real concurrent edit made at two counters of one office: both sides shown, the
manager's resolution recorded as an event, and the flag gone on every counter after a sync."""

from __future__ import annotations

import pytest

from caseapp.errors import PermissionDenied, ValidationError
from caseapp.services import conflicts, queries, users, workflow
from caseapp.services.maintenance import check
from tests.integration.central.conftest import STAFF_PASSWORD


def two_counters_reassign_offline(server, workstations):
    a1 = workstations("a1", "UB-BZD", 1)
    users.add_user(a1.db, a1.actor("admin"), username="clerk9", password=STAFF_PASSWORD, role="clerk",
                   full_name="Сараа Болд")
    workstations.enroll(a1, server)
    a2 = workstations.enroll_new("a2", server, "UB-BZD")
    case = a1.register()
    a1.sync()
    a2.sync()
    workflow.assign(a2.db, a2.actor("manager1"), case.case_number, a2.actor("manager1").user_id)
    workflow.assign(a1.db, a1.actor("manager1"), case.case_number, a1.actor("clerk9").user_id)
    for station in (a1, a2, a1):
        station.sync()
    return a1, a2, case


def test_both_sides_are_shown_and_keeping_the_folds_choice_clears_the_flag_everywhere(server, workstations):
    a1, a2, case = two_counters_reassign_offline(server, workstations)
    assert [c.case_number for c in conflicts.queue(a1.db, "UB-BZD")] == [case.case_number]
    detail, found = conflicts.conflicts_of(a1.db, case.case_number)
    [conflict] = found
    assert conflict.reason == "concurrent_assignee" and conflict.applied and conflict.repeatable
    sides = {conflict.flagged.node_id, conflict.rival.node_id}
    assert sides == {"UB-BZD-01", "UB-BZD-02"}                      # which workstation, each side
    assert detail.assignee_id == conflict.flagged.payload["assignee"]     # the value the fold chose
    assert {conflict.flagged.payload["assignee"], conflict.rival.payload["assignee"]} == \
        {a1.actor("clerk9").user_id, a1.actor("manager1").user_id}
    assert conflict.flagged.user_name and conflict.flagged.recorded_at

    with pytest.raises(PermissionDenied):                            # a clerk does not resolve
        conflicts.resolve(a1.db, a1.actor("clerk1"), case.case_number, [conflict.flagged.event_id], "Болно")
    with pytest.raises(ValidationError):                             # a resolution says why
        conflicts.resolve(a1.db, a1.actor("manager1"), case.case_number, [conflict.flagged.event_id], " ")
    with pytest.raises(ValidationError):
        conflicts.resolve(a1.db, a1.actor("manager1"), case.case_number, ["no-such-event"], "Болно")
    resolved = conflicts.resolve(a1.db, a1.actor("manager1"), case.case_number, [conflict.flagged.event_id],
                                 "Хоёулаа утсаар ярьсан; сүүлийнх нь зөв")
    assert not resolved.conflict and resolved.assignee_id == detail.assignee_id
    assert conflicts.queue(a1.db, "UB-BZD") == []
    a1.sync()
    a2.sync()
    there = queries.get_case(a2.db, case.case_number)
    assert not there.conflict and there.assignee_id == detail.assignee_id
    assert queries.timeline(a2.db, case.case_number)[-1].kind == "case.conflict_resolved"
    assert check(a1.db).ok and check(a2.db).ok


def test_taking_the_other_side_writes_it_again_and_resolves(server, workstations):
    a1, a2, case = two_counters_reassign_offline(server, workstations)
    _, [conflict] = conflicts.conflicts_of(a2.db, case.case_number)
    resolved = conflicts.resolve(a2.db, a2.actor("manager1"), case.case_number, [conflict.flagged.event_id],
                                 "Эхний хуваарилалт зөв", take_rival=True)
    assert not resolved.conflict and resolved.assignee_id == conflict.rival.payload["assignee"]
    a2.sync()
    a1.sync()
    here = queries.get_case(a1.db, case.case_number)
    assert (here.conflict, here.assignee_id) == (False, conflict.rival.payload["assignee"])
    assert check(a1.db).ok and check(a2.db).ok
