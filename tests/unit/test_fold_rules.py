"""The fold's rules (docs/architecture.md §3 and §12), one by one, on streams written by hand.

Owner-only actions, concurrent edits of each field (and sequential ones that must not be flagged), the extension
cap across offline nodes, events after a flagged one, transfers offered/accepted/returned, decisions, documents and
conflict resolution, the record and calendar streams.
"""

from datetime import date

import pytest

from caseapp.domain.fold import fold_calendar, fold_case, fold_record
from tests.unit.streams import CASE_ID, T0, Writer, hlc, reasons

OWNER, FOREIGN, RECEIVER = "UB-BZD", "UB-KHU", "UB-SBD"
NEW_CLOCK = {"kind": "working", "target_days": 5, "roll_forward": True, "max_extension_days": 0}

START = ("case.started", {})
PAUSE = ("case.paused", {"on": "2026-06-15", "reason": "баримт дутуу"})
RESUME = ("case.resumed", {"on": "2026-06-18"})
DECIDE = ("case.decided", {"outcome": "approved", "text": "Шийдвэрлэв", "on": "2026-07-01"})
REQUEST = ("case.extension_requested", {"days": 10, "reason": "шинжээч"})
OFFER = ("case.transfer_offered", {"to_office": RECEIVER, "reason": "харьяалал"})


def history(writer: Writer, *steps) -> list:
    """A registration and then ``steps`` in order, each author having seen every event before it."""
    events = [writer.register()]
    for kind, payload in steps:
        events.append(writer.event(kind, payload, len(events)))
    return events


def visible(state) -> dict:
    """What the projection shows of a case, without the bookkeeping of the fold itself."""
    fields = dict(state.__dict__)
    for name in ("version", "last_hlc", "updated_at", "conflicts"):
        fields.pop(name)
    return fields


# --- registration ---------------------------------------------------------------------------------------------

def test_registration_copies_the_intake_into_the_case():
    a = Writer(OWNER, 1)
    reg = a.register(on="2026-06-12", assignee="clerk-1")
    state = fold_case(CASE_ID, [reg])
    assert state.case_id == CASE_ID
    assert state.number == "UB-BZD-2026-01-000001"
    assert state.owner_office == "UB-BZD"
    assert state.service == "PET-GENERAL"
    assert state.clock == {"kind": "calendar", "target_days": 30, "roll_forward": True, "max_extension_days": 30}
    assert state.citizen_id == "citizen-1"
    assert (state.subject, state.description, state.channel) == ("Газрын маргаан", "хашааны хил", "letter")
    assert state.registered_at == "2026-06-12T02:00:00.000+00:00"
    assert state.registered_on == date(2026, 6, 12)
    assert state.registered_by == "user-1"
    assert state.assignee == "clerk-1"
    assert state.state == "registered"
    assert state.version == 1 and state.last_hlc == reg.hlc and state.updated_at == reg.recorded_at
    assert state.conflicts == [] and state.pauses == [] and state.extensions == [] and state.notes == 0


def test_registration_defaults_for_what_the_intake_left_out():
    a = Writer(OWNER, 1)
    reg = a.event("case.registered", {"number": "N-1", "service": "S", "clock": {"kind": "working",
                                      "target_days": 3}, "registered_on": "2026-02-17"}, 0)
    state = fold_case(CASE_ID, [reg])
    assert state.citizen_id is None and state.assignee is None
    assert (state.subject, state.description) == ("", "")
    assert state.channel == "counter"
    assert state.registered_at == reg.recorded_at


def test_a_registration_without_a_date_has_none():
    a = Writer(OWNER, 1)
    assert fold_case(CASE_ID, [a.register(on="")]).registered_on is None


def test_a_second_registration_is_flagged_and_changes_nothing():
    a, b = Writer(OWNER, 1), Writer(OWNER, 2, start_ms=T0 + 500)
    first = a.register(on="2026-06-12")
    second = b.event("case.registered", {**first.payload, "number": "OTHER", "service": "X",
                                         "registered_on": "2026-06-20"}, 0)
    state = fold_case(CASE_ID, [second, first])
    assert state.number == "UB-BZD-2026-01-000001" and state.service == "PET-GENERAL"
    assert state.registered_on == date(2026, 6, 12)
    assert state.conflicts == [{"event_id": second.event_id, "kind": "case.registered", "node": "UB-BZD-02",
                                "reason": "registered_twice"}]
    assert state.version == 2


def test_events_before_the_registration_are_flagged():
    a = Writer(OWNER, 1)
    early = a.event("case.note_added", {"text": "?"}, 0)
    reg = a.register()
    state = fold_case(CASE_ID, [reg, early])
    assert reasons(state) == ["before_registration"]
    assert state.notes == 0 and state.state == "registered" and state.version == 2


def test_only_early_events_give_no_case():
    a = Writer(OWNER, 1)
    state = fold_case(CASE_ID, [a.event("case.started", {}, 0)])
    assert state.state == "" and reasons(state) == ["before_registration"]


def test_an_unknown_kind_is_flagged_and_counted():
    a = Writer(OWNER, 1)
    events = [a.register(), a.event("case.teleported", {}, 1)]
    state = fold_case(CASE_ID, events)
    assert reasons(state) == ["unknown_kind"] and state.version == 2 and state.state == "registered"


# --- owner-only actions ---------------------------------------------------------------------------------------

# action: (steps before, the event, a check that the owner's event had its effect)
OWNER_ONLY = {
    "start": ([], START, lambda s: s.state == "in_progress"),
    "assign": ([], ("case.assigned", {"assignee": "clerk-2"}), lambda s: s.assignee == "clerk-2"),
    "pause": ([], PAUSE, lambda s: s.state == "waiting" and s.pauses == [(date(2026, 6, 15), None)]),
    "resume": ([PAUSE], RESUME,
               lambda s: s.state == "in_progress" and s.pauses == [(date(2026, 6, 15), date(2026, 6, 18))]),
    "extend": ([], ("case.extended", {"days": 10, "reason": "шинжээч"}), lambda s: s.extensions == [10]),
    "request_extension": ([], REQUEST, lambda s: s.extension_request is not None),
    "decline_extension": ([REQUEST], ("case.extension_declined", {"reason": "үгүй"}),
                          lambda s: s.extension_request is None),
    "change_service": ([], ("case.service_changed", {"service": "LAND-01", "clock": NEW_CLOCK}),
                       lambda s: s.service == "LAND-01" and s.clock == NEW_CLOCK),
    "decide": ([], DECIDE, lambda s: s.state == "decided" and s.decision == "approved"),
    "close": ([DECIDE], ("case.closed", {"on": "2026-07-02"}), lambda s: s.state == "closed"),
    "withdraw": ([], ("case.withdrawn", {"on": "2026-06-20"}), lambda s: s.state == "withdrawn"),
    "reopen": ([DECIDE], ("case.reopened", {"reason": "алдаа"}),
               lambda s: s.state == "in_progress" and s.decision is None),
    "offer_transfer": ([], OFFER, lambda s: s.state == "transferred_out" and s.transfer_to == RECEIVER),
}


@pytest.mark.parametrize("action", sorted(OWNER_ONLY))
def test_another_office_cannot_do_what_only_the_owner_may(action):
    before_steps, (kind, payload), _ = OWNER_ONLY[action]
    events = history(Writer(OWNER, 1), *before_steps)
    intruder = Writer(FOREIGN, 1, start_ms=T0 + 60_000).event(kind, payload, len(events))
    before = fold_case(CASE_ID, events)
    after = fold_case(CASE_ID, events + [intruder])
    assert visible(after) == visible(before)
    assert after.conflicts == [{"event_id": intruder.event_id, "kind": kind, "node": "UB-KHU-01",
                                "reason": "not_owner"}]


@pytest.mark.parametrize("action", sorted(OWNER_ONLY))
def test_the_owner_may_and_its_other_workstation_too(action):
    before_steps, (kind, payload), effect = OWNER_ONLY[action]
    events = history(Writer(OWNER, 1), *before_steps)
    own = Writer(OWNER, 2, start_ms=T0 + 60_000).event(kind, payload, len(events))
    state = fold_case(CASE_ID, events + [own])
    assert state.conflicts == []
    assert effect(state)


def test_anyone_involved_may_add_notes_and_documents():
    events = history(Writer(OWNER, 1))
    other = Writer(FOREIGN, 1, start_ms=T0 + 60_000)
    events.append(other.event("case.note_added", {"text": "Иргэн утсаар холбогдсон"}, 1))
    events.append(other.event("case.document_issued", {"doc_id": "d-1", "kind": "receipt", "sha256": "ab",
                                                       "token": "t-1"}, 2))
    state = fold_case(CASE_ID, events)
    assert state.conflicts == []
    assert state.notes == 1
    assert state.documents == [{"doc_id": "d-1", "kind": "receipt", "sha256": "ab", "token": "t-1",
                                "created_by": "user-1", "created_at": events[-1].recorded_at}]


# --- concurrent edits of each field ---------------------------------------------------------------------------

# (steps before, first event by node 1, second event by another node, the conflicts the second one raises)
# Both authors saw the same number of events; the second in fold order is flagged once per field it shares.
CONCURRENT = {
    "assign+assign": ([], ("case.assigned", {"assignee": "clerk-a"}), ("case.assigned", {"assignee": "clerk-b"}),
                      ["concurrent_assignee"]),
    "start+pause": ([], START, PAUSE, ["concurrent_state"]),
    "resume+withdraw": ([START, PAUSE], RESUME, ("case.withdrawn", {"on": "2026-06-20"}), ["concurrent_state"]),
    "extend+request": ([], ("case.extended", {"days": 10}), REQUEST, ["concurrent_extension_request"]),
    "extend+change_service": ([], ("case.extended", {"days": 10}),
                              ("case.service_changed", {"service": "LAND-01", "clock": NEW_CLOCK}),
                              ["concurrent_deadline"]),
    "request+decline": ([], REQUEST, ("case.extension_declined", {}), ["concurrent_extension_request"]),
    "change_service+change_service": ([], ("case.service_changed", {"service": "A", "clock": NEW_CLOCK}),
                                      ("case.service_changed", {"service": "B", "clock": NEW_CLOCK}),
                                      ["concurrent_deadline", "concurrent_service"]),
    "pause+resume": ([START], PAUSE, RESUME, ["concurrent_state"]),
    "decide+reopen": ([], DECIDE, ("case.reopened", {}), ["concurrent_state", "concurrent_decision"]),
    "close+reopen": ([DECIDE], ("case.closed", {"on": "2026-07-02"}), ("case.reopened", {}), ["concurrent_state"]),
    "withdraw+reopen": ([], ("case.withdrawn", {"on": "2026-06-20"}), ("case.reopened", {}), ["concurrent_state"]),
    "offer+return": ([], OFFER, ("case.transfer_withdrawn", {"reason": "буцаав"}),
                     ["concurrent_state", "concurrent_owner"]),
}


def concurrent_pair(name: str, seen_first: bool, second_writer: Writer | None = None):
    steps, first, second, _ = CONCURRENT[name]
    a = Writer(OWNER, 1)
    events = history(a, *steps)
    base = len(events)
    first_event = a.event(*first, base)
    b = second_writer or Writer(OWNER, 2, start_ms=a.ms + 500)
    second_event = b.event(*second, base + 1 if seen_first else base)
    return events + [first_event, second_event], second_event


@pytest.mark.parametrize("name", sorted(CONCURRENT))
def test_a_concurrent_edit_of_the_same_field_is_flagged_and_still_applied(name):
    events, second = concurrent_pair(name, seen_first=False)
    state = fold_case(CASE_ID, events)
    expected = CONCURRENT[name][3]
    assert reasons(state) == expected
    assert {c["event_id"] for c in state.conflicts} == {second.event_id}
    assert {c["node"] for c in state.conflicts} == {"UB-BZD-02"}
    # applied all the same: the later one in fold order wins
    alone = fold_case(CASE_ID, concurrent_pair(name, seen_first=True)[0])
    assert visible(state) == visible(alone)


@pytest.mark.parametrize("name", sorted(CONCURRENT))
def test_a_sequential_edit_of_the_same_field_is_not_a_conflict(name):
    events, _ = concurrent_pair(name, seen_first=True)
    assert fold_case(CASE_ID, events).conflicts == []


@pytest.mark.parametrize("name", sorted(CONCURRENT))
def test_one_workstation_never_conflicts_with_itself(name):
    steps, first, second, _ = CONCURRENT[name]
    a = Writer(OWNER, 1)
    events = history(a, *steps)
    base = len(events)
    events += [a.event(*first, base), a.event(*second, base)]     # a stale base_version from the same node
    assert fold_case(CASE_ID, events).conflicts == []


def test_the_winner_of_a_concurrent_assignment_is_the_later_in_fold_order():
    events, _ = concurrent_pair("assign+assign", seen_first=False)
    assert fold_case(CASE_ID, events).assignee == "clerk-b"
    assert fold_case(CASE_ID, list(reversed(events))).assignee == "clerk-b"


def test_different_fields_edited_concurrently_are_no_conflict():
    a = Writer(OWNER, 1)
    events = history(a, START)
    b = Writer(OWNER, 2, start_ms=T0 + 60_000)
    events += [a.event("case.assigned", {"assignee": "clerk-a"}, 2), b.event("case.extended", {"days": 5}, 2),
               b.event("case.note_added", {"text": "x"}, 2)]
    state = fold_case(CASE_ID, events)
    assert state.conflicts == [] and state.assignee == "clerk-a" and state.extensions == [5]


def test_an_edit_that_saw_an_older_write_of_the_field_is_not_a_conflict():
    # node 2 assigned at version 2; node 1 saw that (base 2), then other events happened: no conflict
    a, b = Writer(OWNER, 1), Writer(OWNER, 2, start_ms=T0 + 500)
    events = [a.register(), b.event("case.assigned", {"assignee": "clerk-b"}, 1)]
    a.ms = T0 + 10_000
    events += [a.event("case.note_added", {"text": "1"}, 2), a.event("case.assigned", {"assignee": "clerk-a"}, 2)]
    state = fold_case(CASE_ID, events)
    assert state.conflicts == [] and state.assignee == "clerk-a"


def test_transfer_accepted_by_a_receiver_that_had_not_seen_the_offer_event_is_flagged():
    a = Writer(OWNER, 1)
    events = history(a)
    offer = a.event(*OFFER, 1)
    accept = Writer(RECEIVER, 1, start_ms=a.ms + 500).event("case.transfer_accepted", {}, 1)
    state = fold_case(CASE_ID, events + [offer, accept])
    assert reasons(state) == ["concurrent_state", "concurrent_owner"]
    assert state.owner_office == RECEIVER


def test_an_accepted_case_offered_on_by_another_receiving_workstation_unaware_is_flagged():
    a = Writer(OWNER, 1)
    events = history(a, OFFER)
    r1, r2 = Writer(RECEIVER, 1, start_ms=a.ms + 500), Writer(RECEIVER, 2, start_ms=a.ms + 900)
    events += [r1.event("case.transfer_accepted", {}, 2),
               r2.event("case.transfer_offered", {"to_office": FOREIGN}, 2)]
    state = fold_case(CASE_ID, events)
    assert reasons(state) == ["concurrent_state", "concurrent_owner"]
    assert state.state == "transferred_out" and state.transfer_to == FOREIGN


def test_a_returned_case_offered_again_by_a_workstation_unaware_of_the_return_is_flagged():
    a = Writer(OWNER, 1)
    events = history(a, OFFER)
    events.append(Writer(RECEIVER, 1, start_ms=a.ms + 500).event("case.transfer_returned", {}, 2))
    events.append(Writer(OWNER, 2, start_ms=a.ms + 900).event("case.transfer_offered", {"to_office": FOREIGN}, 2))
    state = fold_case(CASE_ID, events)
    assert reasons(state) == ["concurrent_state", "concurrent_owner"]
    assert state.transfer_to == FOREIGN


# --- extensions -----------------------------------------------------------------------------------------------

def test_two_offline_extensions_over_the_cap_the_second_is_refused():
    a, b = Writer(OWNER, 1), Writer(OWNER, 2, start_ms=T0 + 1500)
    events = [a.register()]                  # petitions: at most 30 more days
    events += [a.event("case.extended", {"days": 20, "reason": "шинжээч"}, 1),
               b.event("case.extended", {"days": 20, "reason": "нотлох баримт"}, 1)]
    state = fold_case(CASE_ID, events)
    assert state.extensions == [20]
    assert state.extension_days == 20
    assert state.conflicts == [{"event_id": events[2].event_id, "kind": "case.extended", "node": "UB-BZD-02",
                                "reason": "extension_over_cap"}]


def test_extensions_up_to_the_cap_exactly_are_allowed():
    a = Writer(OWNER, 1)
    events = [a.register()]
    events += [a.event("case.extended", {"days": 10}, 1), a.event("case.extended", {"days": 20}, 2)]
    state = fold_case(CASE_ID, events)
    assert state.extensions == [10, 20] and state.extension_days == 30 and state.conflicts == []
    events.append(a.event("case.extended", {"days": 1}, 3))
    assert reasons(fold_case(CASE_ID, events)) == ["extension_over_cap"]


@pytest.mark.parametrize("days", [0, -5, "10", None, 31])
def test_an_extension_of_no_days_or_too_many_is_refused(days):
    a = Writer(OWNER, 1)
    events = [a.register(), a.event("case.extended", {"days": days}, 1)]
    state = fold_case(CASE_ID, events)
    assert state.extensions == [] and reasons(state) == ["extension_over_cap"]


def test_an_extension_of_one_day_is_the_smallest():
    a = Writer(OWNER, 1)
    state = fold_case(CASE_ID, [a.register(), a.event("case.extended", {"days": 1}, 1)])
    assert state.extensions == [1] and state.conflicts == []


def test_a_service_without_extensions_refuses_every_extension():
    a = Writer(OWNER, 1)
    events = [a.register(clock={"kind": "working", "target_days": 3}), a.event("case.extended", {"days": 1}, 1)]
    assert reasons(fold_case(CASE_ID, events)) == ["extension_over_cap"]


def test_an_extension_of_a_finished_case_is_illegal_not_over_the_cap():
    a = Writer(OWNER, 1)
    events = history(a, DECIDE)
    events.append(a.event("case.extended", {"days": 5}, 2))
    assert reasons(fold_case(CASE_ID, events)) == ["illegal_in_decided"]


def test_an_extension_request_is_kept_until_granted_declined_or_the_case_ends():
    a = Writer(OWNER, 1)
    events = history(a, REQUEST)
    state = fold_case(CASE_ID, events)
    assert state.extension_request == {"days": 10, "reason": "шинжээч", "by": "user-1",
                                       "at": events[-1].recorded_at}
    granted = fold_case(CASE_ID, events + [a.event("case.extended", {"days": 10}, 2)])
    assert granted.extension_request is None and granted.extensions == [10]
    for kind, payload in [("case.extension_declined", {}), DECIDE, ("case.withdrawn", {"on": "2026-06-20"}),
                          OFFER]:
        ended = fold_case(CASE_ID, events + [a.event(kind, payload, 2)])
        assert ended.extension_request is None, kind
        assert ended.conflicts == []


def test_an_extension_request_without_a_reason_keeps_an_empty_one():
    a = Writer(OWNER, 1)
    events = history(a, ("case.extension_requested", {"days": 5}))
    assert fold_case(CASE_ID, events).extension_request["reason"] == ""


# --- events after a flagged one are still folded ---------------------------------------------------------------

BAD = {
    # name: (kind, payload (None: the registration's again), office, the flag)
    "unknown_kind": ("case.teleported", {}, OWNER, "unknown_kind"),
    "registered_twice": ("case.registered", None, OWNER, "registered_twice"),
    "not_owner": ("case.assigned", {"assignee": "x"}, FOREIGN, "not_owner"),
    "accept_not_addressed": ("case.transfer_accepted", {}, FOREIGN, "not_addressee"),
    "return_not_addressed": ("case.transfer_returned", {}, FOREIGN, "not_addressee"),
    "extension_over_cap": ("case.extended", {"days": 99}, OWNER, "extension_over_cap"),
    "illegal": ("case.closed", {"on": "2026-06-13"}, OWNER, "illegal_in_registered"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_every_event_after_a_flagged_one_is_still_folded(name):
    kind, payload, office, reason = BAD[name]
    a = Writer(OWNER, 1)
    reg = a.register()
    bad = a.event(kind, payload if payload is not None else reg.payload, 1, office=office)
    events = [reg, bad, a.event("case.note_added", {"text": "1"}, 2), a.event(*START, 3),
              a.event("case.assigned", {"assignee": "clerk-9"}, 4)]
    state = fold_case(CASE_ID, events)
    assert reasons(state) == [reason]
    assert state.notes == 1 and state.state == "in_progress" and state.assignee == "clerk-9"
    assert state.version == 5


def test_every_event_after_an_early_one_is_still_folded():
    a = Writer(OWNER, 1)
    events = [a.event("case.note_added", {"text": "early"}, 0), a.register(), a.event(*START, 2)]
    state = fold_case(CASE_ID, events)
    assert reasons(state) == ["before_registration"] and state.state == "in_progress"


def test_every_event_after_a_concurrent_one_is_still_folded():
    events, _ = concurrent_pair("assign+assign", seen_first=False)
    events.append(Writer(OWNER, 3, start_ms=T0 + 600_000).event(*START, len(events)))
    state = fold_case(CASE_ID, events)
    assert state.state == "in_progress" and reasons(state) == ["concurrent_assignee"]


# --- pauses ---------------------------------------------------------------------------------------------------

def test_pause_and_resume_keep_the_interval():
    a = Writer(OWNER, 1)
    events = history(a, START, PAUSE)
    paused = fold_case(CASE_ID, events)
    assert paused.paused_since == date(2026, 6, 15) and paused.state == "waiting"
    events.append(a.event(*RESUME, 3))
    resumed = fold_case(CASE_ID, events)
    assert resumed.paused_since is None and resumed.pauses == [(date(2026, 6, 15), date(2026, 6, 18))]
    events += [a.event("case.paused", {"on": "2026-06-22"}, 4), a.event("case.resumed", {"on": "2026-06-24"}, 5)]
    assert fold_case(CASE_ID, events).pauses == [(date(2026, 6, 15), date(2026, 6, 18)),
                                                 (date(2026, 6, 22), date(2026, 6, 24))]


def test_a_resume_dated_before_its_pause_ends_it_the_same_day():
    a = Writer(OWNER, 1)
    events = history(a, PAUSE, ("case.resumed", {"on": "2026-06-10"}))
    assert fold_case(CASE_ID, events).pauses == [(date(2026, 6, 15), date(2026, 6, 15))]


def test_no_pause_means_not_paused():
    assert fold_case(CASE_ID, history(Writer(OWNER, 1))).paused_since is None


def test_withdrawing_a_paused_case_ends_the_pause_on_that_day():
    a = Writer(OWNER, 1)
    events = history(a, PAUSE, ("case.withdrawn", {"on": "2026-06-20"}))
    state = fold_case(CASE_ID, events)
    assert state.state == "withdrawn" and state.closed_on == date(2026, 6, 20)
    assert state.pauses == [(date(2026, 6, 15), date(2026, 6, 20))]


def test_withdrawing_dated_before_the_pause_ends_it_the_same_day():
    a = Writer(OWNER, 1)
    events = history(a, PAUSE, ("case.withdrawn", {"on": "2026-06-14"}))
    assert fold_case(CASE_ID, events).pauses == [(date(2026, 6, 15), date(2026, 6, 15))]


def test_withdrawing_a_running_case_leaves_old_pauses_alone():
    a = Writer(OWNER, 1)
    events = history(a, PAUSE, RESUME, ("case.withdrawn", {"on": "2026-06-20"}))
    assert fold_case(CASE_ID, events).pauses == [(date(2026, 6, 15), date(2026, 6, 18))]


def test_a_service_change_keeps_the_pauses_and_the_extensions():
    a = Writer(OWNER, 1)
    events = history(a, PAUSE, RESUME, ("case.extended", {"days": 5}),
                     ("case.service_changed", {"service": "LAND-01", "clock": NEW_CLOCK}))
    state = fold_case(CASE_ID, events)
    assert state.pauses == [(date(2026, 6, 15), date(2026, 6, 18))] and state.extensions == [5]
    assert state.service == "LAND-01" and state.clock == NEW_CLOCK


# --- decisions ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("outcome, state_after", [("approved", "decided"), ("answered", "decided"),
                                                  ("rejected", "rejected")])
def test_the_outcome_decides_the_state(outcome, state_after):
    a = Writer(OWNER, 1)
    events = history(a, START, ("case.decided", {"outcome": outcome, "text": "үндэслэл", "on": "2026-07-01"}))
    state = fold_case(CASE_ID, events)
    assert state.state == state_after
    assert (state.decision, state.decision_text, state.decided_on) == (outcome, "үндэслэл", date(2026, 7, 1))
    closed = fold_case(CASE_ID, events + [a.event("case.closed", {"on": "2026-07-03"}, 3)])
    assert closed.state == "closed" and closed.closed_on == date(2026, 7, 3) and closed.decision == outcome


def test_a_decision_without_a_text():
    a = Writer(OWNER, 1)
    state = fold_case(CASE_ID, history(a, ("case.decided", {"outcome": "answered", "on": "2026-07-01"})))
    assert state.decision_text is None and state.state == "decided"


def test_a_rejected_case_is_finished_and_cannot_be_decided_again():
    a = Writer(OWNER, 1)
    events = history(a, ("case.decided", {"outcome": "rejected", "on": "2026-07-01"}))
    events.append(a.event(*DECIDE, 2))
    state = fold_case(CASE_ID, events)
    assert state.state == "rejected" and state.decision == "rejected"
    assert reasons(state) == ["illegal_in_rejected"]


def test_reopening_forgets_the_decision_and_the_closing():
    a = Writer(OWNER, 1)
    events = history(a, DECIDE, ("case.closed", {"on": "2026-07-02"}), ("case.reopened", {"reason": "гомдол"}))
    state = fold_case(CASE_ID, events)
    assert state.state == "in_progress"
    assert (state.decision, state.decision_text, state.decided_on, state.closed_on) == (None, None, None, None)


def test_a_waiting_case_must_resume_before_a_decision():
    a = Writer(OWNER, 1)
    state = fold_case(CASE_ID, history(a, PAUSE, DECIDE))
    assert state.state == "waiting" and state.decision is None and reasons(state) == ["illegal_in_waiting"]


# --- transfers ------------------------------------------------------------------------------------------------

def transfer(*steps):
    a = Writer(OWNER, 1)
    events = history(a, *steps, OFFER)
    return a, events, Writer(RECEIVER, 1, start_ms=a.ms + 500)


def test_an_offer_keeps_the_owner_until_accepted():
    _, events, _ = transfer(START)
    state = fold_case(CASE_ID, events)
    assert state.state == "transferred_out" and state.owner_office == OWNER and state.transfer_to == RECEIVER
    assert state.state_before_transfer == "in_progress"


def test_accepting_moves_the_ownership_and_restarts_the_work_at_the_new_office():
    _, events, receiver = transfer(START, ("case.assigned", {"assignee": "clerk-a"}))
    events.append(receiver.event("case.transfer_accepted", {}, len(events)))
    state = fold_case(CASE_ID, events)
    assert state.owner_office == RECEIVER and state.state == "registered"
    assert state.transfer_to is None and state.assignee is None and state.state_before_transfer is None
    assert state.conflicts == []


def test_accepting_a_paused_case_keeps_it_paused():
    _, events, receiver = transfer(START, PAUSE)
    events.append(receiver.event("case.transfer_accepted", {}, len(events)))
    state = fold_case(CASE_ID, events)
    assert state.owner_office == RECEIVER and state.state == "waiting"
    assert state.paused_since == date(2026, 6, 15)
    # the new owner resumes it; the old one no longer can
    old = Writer(OWNER, 2, start_ms=T0 + 600_000).event(*RESUME, len(events))
    assert reasons(fold_case(CASE_ID, events + [old])) == ["not_owner"]
    new = Writer(RECEIVER, 2, start_ms=T0 + 600_000).event(*RESUME, len(events))
    resumed = fold_case(CASE_ID, events + [new])
    assert resumed.state == "in_progress" and resumed.conflicts == []


def test_only_the_addressee_accepts():
    _, events, _ = transfer()
    other = Writer(FOREIGN, 1, start_ms=T0 + 600_000).event("case.transfer_accepted", {}, len(events))
    state = fold_case(CASE_ID, events + [other])
    assert state.owner_office == OWNER and state.state == "transferred_out"
    assert reasons(state) == ["not_addressee"]
    own = Writer(OWNER, 2, start_ms=T0 + 600_000).event("case.transfer_accepted", {}, len(events))
    assert reasons(fold_case(CASE_ID, events + [own])) == ["not_addressee"]     # the owner cannot accept


@pytest.mark.parametrize("before, expected", [([], "registered"), ([START], "in_progress"),
                                              ([START, PAUSE], "waiting")])
def test_a_returned_transfer_goes_back_to_where_it_was(before, expected):
    _, events, receiver = transfer(*before)
    events.append(receiver.event("case.transfer_returned", {"reason": "манай харьяа биш"}, len(events)))
    state = fold_case(CASE_ID, events)
    assert state.state == expected and state.owner_office == OWNER
    assert state.transfer_to is None and state.state_before_transfer is None and state.conflicts == []


def test_the_owner_may_withdraw_its_offer_but_a_third_office_may_not():
    a, events, receiver = transfer(START)
    withdrawn = fold_case(CASE_ID, events + [a.event("case.transfer_withdrawn", {}, len(events))])
    assert withdrawn.state == "in_progress" and withdrawn.transfer_to is None
    assert withdrawn.transfers[-1]["outcome"] == "withdrawn"
    for writer, kind in ((Writer(FOREIGN, 1, start_ms=T0 + 600_000), "case.transfer_withdrawn"),
                         (Writer(FOREIGN, 1, start_ms=T0 + 600_000), "case.transfer_returned"),
                         (receiver, "case.transfer_withdrawn"),       # the receiver returns; it cannot withdraw
                         (a, "case.transfer_returned")):              # the owner withdraws; it cannot return
        state = fold_case(CASE_ID, events + [writer.event(kind, {}, len(events))])
        assert state.state == "transferred_out" and reasons(state) == ["not_addressee"], (writer.office, kind)


def test_a_return_without_an_offer_is_illegal():
    a = Writer(OWNER, 1)
    state = fold_case(CASE_ID, history(a, START, ("case.transfer_withdrawn", {})))
    assert state.state == "in_progress" and reasons(state) == ["illegal_in_in_progress"]


def test_after_a_returned_transfer_the_case_can_be_offered_again_and_accepted():
    a, events, receiver = transfer(START)
    events.append(receiver.event("case.transfer_returned", {}, len(events)))
    a.ms = receiver.ms + 500
    events.append(a.event("case.transfer_offered", {"to_office": FOREIGN}, len(events)))
    events.append(Writer(FOREIGN, 1, start_ms=T0 + 600_000).event("case.transfer_accepted", {}, len(events)))
    state = fold_case(CASE_ID, events)
    assert state.owner_office == FOREIGN and state.state == "registered" and state.conflicts == []


# --- documents, notes, conflict resolution --------------------------------------------------------------------

def test_notes_documents_and_resolutions_are_counted_apart():
    a = Writer(OWNER, 1)
    events = history(a, ("case.note_added", {"text": "1"}), ("case.note_added", {"text": "2"}),
                     ("case.document_issued", {"doc_id": "d-1", "kind": "receipt", "sha256": "00", "token": "t"}),
                     ("case.conflict_resolved", {"event_ids": [], "note": "-"}))
    state = fold_case(CASE_ID, events)
    assert state.notes == 2 and len(state.documents) == 1 and state.documents[0]["doc_id"] == "d-1"
    assert state.documents[0]["created_at"] == events[3].recorded_at


def test_a_resolution_clears_only_the_flags_it_names():
    a, b = Writer(OWNER, 1), Writer(OWNER, 2, start_ms=T0 + 1500)
    events = [a.register(), a.event("case.assigned", {"assignee": "x"}, 1),
              b.event("case.assigned", {"assignee": "y"}, 1)]
    a.ms = T0 + 10_000
    events.append(a.event("case.closed", {"on": "2026-06-20"}, 3))              # illegal: flagged
    flagged = fold_case(CASE_ID, events)
    assert reasons(flagged) == ["concurrent_assignee", "illegal_in_registered"]
    events.append(a.event("case.conflict_resolved", {"event_ids": [events[2].event_id], "note": "y"}, 4))
    assert reasons(fold_case(CASE_ID, events)) == ["illegal_in_registered"]


def test_a_resolution_without_event_ids_clears_nothing():
    a = Writer(OWNER, 1)
    events = history(a, ("case.closed", {"on": "2026-06-20"}), ("case.conflict_resolved", {"note": "?"}))
    assert reasons(fold_case(CASE_ID, events)) == ["illegal_in_registered"]


# --- citizens, offices, services, users: last writer per field -------------------------------------------------

def record_writer(node_no: int = 1, start_ms: int = T0) -> Writer:
    return Writer(OWNER, node_no, start_ms=start_ms)


def test_a_record_is_created_then_corrected_field_by_field():
    a = record_writer()
    created = a.event("citizen.registered", {"family_name": "Батын", "given_name": "Өлзийсайхан"}, 0,
                      stream="citizen", stream_id="c-1")
    fixed = a.event("citizen.corrected", {"given_name": "Өлзийбат"}, 1, stream="citizen", stream_id="c-1")
    state = fold_record("c-1", [fixed, created])
    assert state.exists and state.fields == {"family_name": "Батын", "given_name": "Өлзийбат"}
    assert state.version == 2 and state.last_hlc == fixed.hlc and state.conflicts == []
    assert state.stream_id == "c-1"


@pytest.mark.parametrize("create, update", [("office.defined", "office.changed"),
                                            ("service.defined", "service.changed"),
                                            ("user.created", "user.changed")])
def test_every_kind_of_record(create, update):
    a = record_writer()
    events = [a.event(create, {"name": "a", "active": True}, 0, stream="x", stream_id="r"),
              a.event(update, {"name": "b"}, 1, stream="x", stream_id="r")]
    state = fold_record("r", events)
    assert state.fields == {"name": "b", "active": True} and state.conflicts == []


def test_a_correction_before_the_creation_is_flagged_and_not_applied():
    a = record_writer()
    early = a.event("citizen.corrected", {"phone": "99"}, 0, stream="citizen", stream_id="c-1")
    created = a.event("citizen.registered", {"phone": "88"}, 0, stream="citizen", stream_id="c-1")
    later = a.event("citizen.corrected", {"address": "Сүхбаатар"}, 2, stream="citizen", stream_id="c-1")
    state = fold_record("c-1", [later, created, early])
    assert state.conflicts == [{"event_id": early.event_id, "reason": "before_creation"}]
    assert state.fields == {"phone": "88", "address": "Сүхбаатар"}
    assert state.version == 3


def test_a_record_created_twice_is_flagged_and_the_second_creation_applies():
    a, b = record_writer(1), record_writer(2, T0 + 500)
    first = a.event("citizen.registered", {"phone": "88", "address": "Хан-Уул"}, 0, stream="citizen",
                    stream_id="c-1")
    second = b.event("citizen.registered", {"phone": "77"}, 0, stream="citizen", stream_id="c-1")
    state = fold_record("c-1", [second, first])
    assert state.conflicts == [{"event_id": second.event_id, "reason": "created_twice"}]
    assert state.fields == {"phone": "77", "address": "Хан-Уул"}


def test_concurrent_corrections_of_one_field_are_flagged_the_later_wins():
    a, b = record_writer(1), record_writer(2, T0 + 5000)
    created = a.event("citizen.registered", {"phone": "1"}, 0, stream="citizen", stream_id="c-1")
    one = a.event("citizen.corrected", {"phone": "2"}, 1, stream="citizen", stream_id="c-1")
    two = b.event("citizen.corrected", {"phone": "3", "email": "a@b.mn"}, 1, stream="citizen", stream_id="c-1")
    state = fold_record("c-1", [two, one, created])
    assert state.fields == {"phone": "3", "email": "a@b.mn"}
    assert state.conflicts == [{"event_id": two.event_id, "reason": "concurrent_phone"}]
    seen = b.event("citizen.corrected", {"phone": "4"}, 3, stream="citizen", stream_id="c-1")
    assert fold_record("c-1", [created, one, two, seen]).fields["phone"] == "4"
    assert len(fold_record("c-1", [created, one, two, seen]).conflicts) == 1
    mine = a.event("citizen.corrected", {"phone": "5"}, 1, stream="citizen", stream_id="c-1")
    assert fold_record("c-1", [created, one, mine]).conflicts == []        # one node never conflicts with itself


def test_an_unknown_record_event_is_flagged():
    a = record_writer()
    events = [a.event("citizen.registered", {"phone": "1"}, 0, stream="citizen", stream_id="c-1"),
              a.event("citizen.deleted", {"phone": "2"}, 1, stream="citizen", stream_id="c-1")]
    state = fold_record("c-1", events)
    assert state.conflicts == [{"event_id": events[1].event_id, "reason": "unknown_kind"}]
    assert state.fields == {"phone": "1"} and state.version == 2


def test_nothing_but_corrections_is_no_record():
    a = record_writer()
    state = fold_record("c-1", [a.event("citizen.corrected", {"phone": "1"}, 0, stream="citizen",
                                        stream_id="c-1")])
    assert not state.exists and state.fields == {}


# --- the calendar of decreed days --------------------------------------------------------------------------------

def day_event(writer: Writer, event_kind: str, day: str, **payload):
    return writer.event(event_kind, {"date": day, **payload}, 0, stream="calendar", stream_id="MN")


def test_calendar_days_off_and_workdays_are_set():
    a = Writer("MN", 1)
    events = [day_event(a, "calendar.day_set", "2026-12-31", kind="day_off", reason="Засгийн газрын тогтоол"),
              day_event(a, "calendar.day_set", "2026-12-26", kind="workday")]
    assert fold_calendar(events) == {date(2026, 12, 31): ("day_off", "Засгийн газрын тогтоол"),
                                     date(2026, 12, 26): ("workday", "")}


def test_a_cleared_day_falls_back_to_the_rules():
    a = Writer("MN", 1)
    set_ = day_event(a, "calendar.day_set", "2026-12-31", kind="day_off", reason="тогтоол")
    other = day_event(a, "calendar.day_set", "2026-12-30", kind="day_off")
    clear = day_event(a, "calendar.day_cleared", "2026-12-31")
    assert fold_calendar([clear, other, set_]) == {date(2026, 12, 30): ("day_off", "")}
    again = day_event(a, "calendar.day_set", "2026-12-31", kind="workday", reason="буцаав")
    assert fold_calendar([again, clear, set_]) == {date(2026, 12, 31): ("workday", "буцаав")}


def test_clearing_a_day_that_was_never_set_is_harmless():
    a = Writer("MN", 1)
    assert fold_calendar([day_event(a, "calendar.day_cleared", "2026-05-01")]) == {}


def test_the_later_setting_of_a_day_wins_in_fold_order():
    a, b = Writer("MN", 1), Writer("MN", 2, start_ms=T0 + 500)
    first = day_event(a, "calendar.day_set", "2026-12-31", kind="day_off")
    second = day_event(b, "calendar.day_set", "2026-12-31", kind="workday")
    assert fold_calendar([second, first]) == {date(2026, 12, 31): ("workday", "")}


def test_other_calendar_events_are_ignored():
    a = Writer("MN", 1)
    assert fold_calendar([day_event(a, "calendar.note", "2026-12-31", kind="day_off")]) == {}


def test_hlc_helper_is_fixed_width():
    assert hlc(T0, 3) == "001780000000000-00003"


# --- known limitation: base_version is a count of events, positions move when a late event sorts in earlier ----

# A late event from a third workstation that sorts in between shifted the positions base_version was compared
# with: a false conflict, or a missed one. What the author had seen, per node (``seen``), is causal.

def test_a_late_note_from_a_third_workstation_does_not_make_a_sequential_edit_a_conflict():
    a, b, c = Writer(OWNER, 1), Writer(OWNER, 2, start_ms=T0 + 5000), Writer(OWNER, 3, start_ms=T0 + 500)
    reg = a.register(seen={})
    note = c.event("case.note_added", {"text": "written offline"}, 1, seen={a.node_id: 1})
    to_x = a.event("case.assigned", {"assignee": "x"}, 1, seen={a.node_id: 1})
    to_y = b.event("case.assigned", {"assignee": "y"}, 2, seen={a.node_id: 2})   # node 2 had seen reg and to_x
    assert fold_case(CASE_ID, [reg, to_x, to_y]).conflicts == []
    assert fold_case(CASE_ID, [reg, note, to_x, to_y]).conflicts == []


def test_a_concurrent_edit_is_flagged_even_when_the_author_saw_another_event_instead():
    a, b, c = Writer(OWNER, 1), Writer(OWNER, 2, start_ms=T0 + 5000), Writer(OWNER, 3, start_ms=T0 + 2000)
    reg = a.register(seen={})
    to_x = a.event("case.assigned", {"assignee": "x"}, 1, seen={a.node_id: 1})
    note = c.event("case.note_added", {"text": "seen by node 2"}, 1, seen={a.node_id: 1})
    to_y = b.event("case.assigned", {"assignee": "y"}, 2,               # node 2 had seen reg and the note, not to_x
                   seen={a.node_id: 1, c.node_id: 1})
    assert reasons(fold_case(CASE_ID, [reg, to_x, note, to_y])) == ["concurrent_assignee"]


def test_the_count_alone_still_decides_for_events_written_before_the_vector_was_kept():
    """Older events (``seen`` is None) keep the behaviour they were written under."""
    a, b = Writer(OWNER, 1), Writer(OWNER, 2, start_ms=T0 + 5000)
    reg = a.register()
    to_x = a.event("case.assigned", {"assignee": "x"}, 1)
    assert reasons(fold_case(CASE_ID, [reg, to_x, b.event("case.assigned", {"assignee": "y"}, 1)])) \
        == ["concurrent_assignee"]
    assert fold_case(CASE_ID, [reg, to_x, b.event("case.assigned", {"assignee": "y"}, 2)]).conflicts == []


def test_an_office_that_restarts_the_clock_counts_from_its_acceptance():
    a, events, receiver = transfer(START, ("case.paused", {"on": "2026-03-05", "reason": "баримт"}))
    accepted = receiver.event("case.transfer_accepted", {"on": "2026-03-20", "clock": "restart"}, len(events))
    state = fold_case(CASE_ID, events + [accepted])
    assert state.owner_office == RECEIVER and state.state == "waiting"      # it waits for the citizen still
    assert state.clock_from.isoformat() == "2026-03-20" and state.extensions == []
    assert state.pauses == [(state.clock_from, None)]              # the old office's pause is not counted twice
    assert state.transfers[-1]["outcome"] == "accepted" and state.transfers[-1]["from_office"] == OWNER
    kept = fold_case(CASE_ID, events + [receiver.event("case.transfer_accepted", {"on": "2026-03-20"}, len(events))])
    assert kept.clock_from is None and len(kept.pauses) == 1       # "continue": the same clock
