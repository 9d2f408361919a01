from datetime import date

from hypothesis import given, settings, strategies as st

from caseapp.domain import states
from caseapp.domain.events import CASE
from caseapp.domain.fold import fold_case, fold_record
from caseapp.domain.hlc import Timestamp
from tests.helpers import Node, citizen_event, new_id, register_event


def scenario():
    a, b = Node("UB-BZD", 1), Node("UB-BZD", 2, start_ms=1_780_000_000_500)
    case_id, citizen_id = new_id(), new_id()
    events = [register_event(a, case_id, citizen_id)]
    events.append(a.event(CASE, case_id, "case.started", {}, 1))
    events.append(a.event(CASE, case_id, "case.paused", {"on": "2026-06-15", "reason": "баримт дутуу"}, 2))
    events.append(b.event(CASE, case_id, "case.note_added", {"text": "Иргэн утсаар холбогдсон 📞"}, 3))
    events.append(a.event(CASE, case_id, "case.resumed", {"on": "2026-06-20"}, 4))
    events.append(b.event(CASE, case_id, "case.extended", {"days": 10, "reason": "шинжээч"}, 5))
    events.append(a.event(CASE, case_id, "case.decided", {"outcome": "approved", "text": "=1+1", "on": "2026-07-20"}, 5))
    return case_id, events


def test_a_straight_life_of_a_case():
    case_id, events = scenario()
    state = fold_case(case_id, events)
    assert state.state == states.DECIDED
    assert state.pauses == [(date(2026, 6, 15), date(2026, 6, 20))]
    assert state.extensions == [10]
    assert state.notes == 1
    assert state.decision_text == "=1+1"           # stored exactly as typed
    assert state.version == len(events)
    assert not state.conflicts                     # b's extension and a's decision touch different fields


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_arrival_order_gives_the_same_state(data):
    case_id, events = scenario()
    shuffled = data.draw(st.permutations(events))
    assert fold_case(case_id, shuffled) == fold_case(case_id, events)


def test_illegal_event_is_kept_and_flagged_not_applied():
    a = Node("UB-BZD", 1)
    case_id = new_id()
    events = [register_event(a, case_id, new_id()),
              a.event(CASE, case_id, "case.closed", {"on": "2026-06-13"}, 1)]     # close before a decision
    state = fold_case(case_id, events)
    assert state.state == states.REGISTERED
    assert [c["reason"] for c in state.conflicts] == ["illegal_in_registered"]


def test_only_the_owning_office_changes_status():
    owner, other = Node("UB-BZD", 1), Node("UB-SBD", 1)
    case_id = new_id()
    events = [register_event(owner, case_id, new_id()),
              other.event(CASE, case_id, "case.started", {}, 1)]
    state = fold_case(case_id, events)
    assert state.state == states.REGISTERED
    assert state.conflicts[0]["reason"] == "not_owner"


def test_concurrent_edits_of_the_same_field_are_a_conflict_with_a_deterministic_winner():
    a, b = Node("UB-BZD", 1), Node("UB-BZD", 2)
    case_id = new_id()
    reg = register_event(a, case_id, new_id())
    to_x = a.event(CASE, case_id, "case.assigned", {"assignee": "x"}, 1)
    to_y = b.event(CASE, case_id, "case.assigned", {"assignee": "y"}, 1)   # both saw version 1
    one = fold_case(case_id, [reg, to_x, to_y])
    two = fold_case(case_id, [to_y, reg, to_x])
    assert one == two
    assert one.assignee == max((to_x, to_y), key=lambda e: e.fold_key).payload["assignee"]
    assert one.conflicts and one.conflicts[0]["reason"] == "concurrent_assignee"


def test_resolving_a_conflict_clears_the_flag():
    a, b = Node("UB-BZD", 1), Node("UB-BZD", 2)
    case_id = new_id()
    reg = register_event(a, case_id, new_id())
    to_x = a.event(CASE, case_id, "case.assigned", {"assignee": "x"}, 1)
    to_y = b.event(CASE, case_id, "case.assigned", {"assignee": "y"}, 1)
    flagged = fold_case(case_id, [reg, to_x, to_y])
    resolution = a.event(CASE, case_id, "case.conflict_resolved",
                         {"event_ids": [c["event_id"] for c in flagged.conflicts], "note": "y keeps it"}, 3)
    assert fold_case(case_id, [reg, to_x, to_y, resolution]).conflicts == []


def test_transfer_moves_ownership_on_acceptance_only():
    a, receiver = Node("UB-BZD", 1), Node("UB-SBD", 1)
    case_id = new_id()
    events = [register_event(a, case_id, new_id()),
              a.event(CASE, case_id, "case.transfer_offered", {"to_office": "UB-SBD"}, 1)]
    offered = fold_case(case_id, events)
    assert offered.state == states.TRANSFERRED_OUT and offered.owner_office == "UB-BZD"
    receiver.head.clock.receive(Timestamp.parse(events[-1].hlc))     # the receiver saw the offer by sync
    events.append(receiver.event(CASE, case_id, "case.transfer_accepted", {}, 2))
    accepted = fold_case(case_id, events)
    assert accepted.owner_office == "UB-SBD" and accepted.state == states.REGISTERED


def test_citizen_record_correction():
    a = Node("UB-BZD", 1)
    citizen_id = new_id()
    created = citizen_event(a, citizen_id)
    fixed = a.event("citizen", citizen_id, "citizen.corrected", {"given_name": "Өлзийбат"}, 1)
    state = fold_record(citizen_id, [fixed, created])
    assert state.fields["given_name"] == "Өлзийбат" and state.fields["family_name"] == "Батын"
