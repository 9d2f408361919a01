"""A case's life folded from its events, and the fold order (hlc, node_id, event_id) that sync relies on."""

from bisect import insort
from datetime import date

from hypothesis import given, settings, strategies as st

from caseapp.domain import states
from caseapp.domain.events import sort_for_fold
from caseapp.domain.fold import fold_case
from tests.unit.streams import CASE_ID, T0, Writer, hlc, reasons


def scenario():
    a, b = Writer("UB-BZD", 1), Writer("UB-BZD", 2, start_ms=T0 + 500)
    events = [a.register()]
    events.append(a.event("case.started", {}, 1))
    events.append(a.event("case.paused", {"on": "2026-06-15", "reason": "баримт дутуу"}, 2))
    b.ms = T0 + 2500
    events.append(b.event("case.note_added", {"text": "Иргэн утсаар холбогдсон 📞"}, 3))
    a.ms = T0 + 3000
    events.append(a.event("case.resumed", {"on": "2026-06-20"}, 4))
    b.ms = T0 + 4500
    events.append(b.event("case.extended", {"days": 10, "reason": "шинжээч"}, 5))
    a.ms = T0 + 5000
    events.append(a.event("case.decided", {"outcome": "approved", "text": "=1+1", "on": "2026-07-20"}, 5))
    return events


def test_a_straight_life_of_a_case():
    events = scenario()
    state = fold_case(CASE_ID, events)
    assert state.state == states.DECIDED
    assert state.pauses == [(date(2026, 6, 15), date(2026, 6, 20))]
    assert state.extensions == [10]
    assert state.notes == 1
    assert state.decision_text == "=1+1"           # stored exactly as typed
    assert state.decided_on == date(2026, 7, 20)
    assert state.version == 7
    assert state.last_hlc == hlc(T0 + 5000)
    assert not state.conflicts                     # b's extension and a's decision touch different fields


# --- the fold order ---------------------------------------------------------------------------------------------
#
# Two workstations of the office worked the case offline. Written out by hand, in fold order:
#   1  node 01  @0s   registered
#   2  node 01  @1s   started                    (saw 1)
#   3  node 01  @2s   assigned clerk-a           (saw 2)
#   4  node 02  @2s   assigned clerk-b           (saw 2)  same clock value as 3: node 02 sorts after node 01,
#                                                         although its event id sorts first -> conflict, b wins
#   5  node 01  @3s   note                       (saw 3)
#   6  node 02  @4s   paused on Jun 15           (saw 4)
#   7  node 01  @5s   resumed on Jun 20          (saw 6)
#   8  node 02  @5s   extended by 10 days        (saw 6)  same clock value as 7, node 02 after node 01: legal
#   9  node 02  @5s   extended by 5 days         (saw 7)  same clock and node as 8: its id "...-z" sorts after
#                                                          8's "...-a", so it is folded after it

def offline_history():
    a, b = Writer("UB-BZD", 1), Writer("UB-BZD", 2)
    events = [a.register(),
              a.event("case.started", {}, 1, at=hlc(T0 + 1000)),
              a.event("case.assigned", {"assignee": "clerk-a"}, 2, at=hlc(T0 + 2000), event_id="0195-assign-a"),
              b.event("case.assigned", {"assignee": "clerk-b"}, 2, at=hlc(T0 + 2000), event_id="0001-assign-b"),
              a.event("case.note_added", {"text": "дуудлага"}, 3, at=hlc(T0 + 3000)),
              b.event("case.paused", {"on": "2026-06-15"}, 4, at=hlc(T0 + 4000)),
              a.event("case.resumed", {"on": "2026-06-20"}, 6, at=hlc(T0 + 5000), event_id="9999-resume"),
              b.event("case.extended", {"days": 10}, 6, at=hlc(T0 + 5000), event_id="0002-extend-a"),
              b.event("case.extended", {"days": 5}, 7, at=hlc(T0 + 5000), event_id="0002-extend-z")]
    return events


def assert_the_offline_history_folded(state, events):
    assert state.state == "in_progress"
    assert state.assignee == "clerk-b"
    assert state.pauses == [(date(2026, 6, 15), date(2026, 6, 20))]
    assert state.extensions == [10, 5]
    assert state.notes == 1
    assert state.version == 9
    assert state.last_hlc == hlc(T0 + 5000)
    assert state.updated_at == events[8].recorded_at
    assert state.conflicts == [{"event_id": "0001-assign-b", "kind": "case.assigned", "node": "UB-BZD-02",
                                "reason": "concurrent_assignee"}]


def test_the_fold_order_is_hlc_then_node_then_event_id():
    events = offline_history()
    shuffled = [events[i] for i in (8, 3, 0, 6, 2, 7, 5, 1, 4)]
    assert [e.event_id for e in sort_for_fold(shuffled)] == [e.event_id for e in events]
    assert_the_offline_history_folded(fold_case(CASE_ID, shuffled), events)


def test_ties_on_the_clock_are_broken_by_node_then_event_id_in_every_arrival_order():
    events = offline_history()
    for tie in ((2, 3), (6, 7), (7, 8), (6, 8)):
        swapped = list(events)
        swapped[tie[0]], swapped[tie[1]] = swapped[tie[1]], swapped[tie[0]]
        assert_the_offline_history_folded(fold_case(CASE_ID, swapped), events)
        assert_the_offline_history_folded(fold_case(CASE_ID, list(reversed(swapped))), events)


def test_the_clock_comes_before_the_node_and_the_id():
    a, b = Writer("UB-BZD", 1), Writer("UB-BZD", 9)
    reg = a.register()
    late_small = a.event("case.assigned", {"assignee": "first"}, 1, at=hlc(T0 + 9000, 1), event_id="0000")
    early_big = b.event("case.assigned", {"assignee": "second"}, 1, at=hlc(T0 + 9000, 0), event_id="ffff")
    state = fold_case(CASE_ID, [late_small, early_big, reg])
    # early_big (counter 0) comes first, late_small (counter 1) is later and wins, flagged
    assert state.assignee == "first"
    assert reasons(state) == ["concurrent_assignee"] and state.conflicts[0]["event_id"] == "0000"


class Replica:
    """What a workstation does with arriving events: insert into its log (kept in fold order), refold the stream
    from the stored log after every arrival, as sync's ingest does."""

    def __init__(self) -> None:
        self.log: list = []
        self.state = None

    def receive(self, event) -> None:
        if any(e.event_id == event.event_id for e in self.log):
            return                                     # idempotent by event id
        insort(self.log, event, key=lambda e: (e.hlc, e.node_id, e.event_id))
        self.state = fold_case(CASE_ID, self.log)


@settings(max_examples=200, deadline=None)
@given(st.permutations(range(9)), st.lists(st.integers(0, 8), max_size=4))
def test_any_arrival_order_gives_the_same_state(order, repeats):
    events = offline_history()
    replica = Replica()
    for index in list(order) + repeats:                # some events arrive twice (a retried sync)
        replica.receive(events[index])
    assert [e.event_id for e in replica.log] == [e.event_id for e in events]
    assert_the_offline_history_folded(replica.state, events)
    assert_the_offline_history_folded(fold_case(CASE_ID, [events[i] for i in order]), events)


def test_a_late_event_refolds_the_stream():
    events = offline_history()
    replica = Replica()
    for event in events[:3] + events[4:]:              # node 02's assignment of clerk-b arrives last
        replica.receive(event)
    assert replica.state.assignee == "clerk-a" and replica.state.conflicts == []
    replica.receive(events[3])
    assert_the_offline_history_folded(replica.state, events)
