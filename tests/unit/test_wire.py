"""The one wire format of an event (caseapp/domain/wire.py): what goes out comes back the same, hash and all,
and anything malformed is refused with the field that is wrong."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import given, settings, strategies as st
import pytest
from sqlalchemy import create_engine

from caseapp.domain.wire import WireError, from_wire, to_wire
from caseapp.storage.event_rows import EVENTS, event_to_row
from caseapp.storage.eventlog import REFUSALS, outbox_wire
from tests.helpers import Node, citizen_event, new_id, register_event

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


def sample():
    node = Node("UB-BZD", 3)
    citizen = new_id()
    return [citizen_event(node, citizen), register_event(node, new_id(), citizen)]


@given(subject=texts, given_name=texts)
def test_an_event_comes_back_from_json_as_it_went_and_its_hash_still_holds(subject, given_name):
    node = Node("UB-BZD", 3)
    citizen = new_id()
    events = [citizen_event(node, citizen, given=given_name), register_event(node, new_id(), citizen,
                                                                              subject=subject)]
    for event in events:
        back = from_wire(json.loads(json.dumps(to_wire(event), ensure_ascii=False)))
        assert back == event and back.compute_hash() == event.hash


@given(subject=texts, given_name=texts, seen=st.none() | st.dictionaries(st.sampled_from(["UB-BZD-01", "UB-SBD-02"]),
                                                                         st.integers(0, 2**53), max_size=2))
@settings(deadline=None)
def test_a_stored_event_goes_to_the_wire_as_to_wire_writes_it(subject, given_name, seen):
    """The push has SQLite write each stored event's JSON (``eventlog.outbox_wire``: payload and seen as
    stored): read back, it is the object ``to_wire`` gives, and the event it makes keeps its hash."""
    node = Node("UB-BZD", 3)
    citizen = new_id()
    events = []
    for event in (citizen_event(node, citizen, given=given_name),
                  register_event(node, new_id(), citizen, subject=subject)):
        event = dataclasses.replace(event, seen=seen)
        events.append(dataclasses.replace(event, hash=event.compute_hash()))
    engine = create_engine("sqlite://")
    EVENTS.create(engine)
    REFUSALS.create(engine)
    with engine.begin() as conn:
        conn.execute(EVENTS.insert(), [event_to_row(event) for event in events])
        sent = outbox_wire(conn, node.head.node_id)
    assert [(event_id, node_seq) for event_id, node_seq, _ in sent] == [(e.event_id, e.node_seq) for e in events]
    for event, (_, _, text) in zip(events, sent):
        assert json.loads(text) == to_wire(event)
        assert from_wire(json.loads(text)).compute_hash() == event.hash


@pytest.mark.parametrize("field, value", [
    ("hash", "zz" * 32), ("hash", "ab"), ("prev_hash", 123), ("node_seq", 0), ("node_seq", True),
    ("node_seq", "7"), ("base_version", -1), ("hlc", "yesterday"), ("payload", []), ("event_id", ""),
    ("event_id", "x" * 65), ("stream", "case\n"), ("seen", {"UB-BZD-01": 1.5}), ("seen", [1]),
    ("server_seq", 0), ("node_seq", 2**60),
])
def test_a_malformed_field_is_refused_by_name(field, value):
    data = to_wire(sample()[0])
    data[field] = value
    with pytest.raises(WireError) as refused:
        from_wire(data)
    assert refused.value.field == field


def test_unknown_fields_and_non_objects_are_refused():
    data = to_wire(sample()[0])
    with pytest.raises(WireError) as extra:
        from_wire({**data, "admin": True})
    assert extra.value.field == "admin"
    for value in (None, [], "event", 7):
        with pytest.raises(WireError):
            from_wire(value)


def test_the_outbox_is_this_nodes_unacknowledged_events_in_chain_order(db):
    from caseapp.services import users
    from caseapp.storage.eventlog import load_chain_head, outbox
    from tests.conftest import ADMIN_PASSWORD

    admin = users.login(db, "admin", ADMIN_PASSWORD)
    users.add_user(db, admin, username="saraa", password="Сайн-нууц-үг-1", role="clerk")
    with db.uow() as uow:
        head = load_chain_head(uow.conn, uow.clock)
        pending = outbox(uow.conn, head.node_id)
        first_two = outbox(uow.conn, head.node_id, limit=2)
    assert [e.node_seq for e in pending] == list(range(1, head.node_seq + 1))
    assert all(e.node_id == head.node_id for e in pending) and first_two == pending[:2]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**80, 2**80) | st.floats(allow_nan=False, allow_infinity=False)
    | texts, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4), max_leaves=12)


@given(extra=st.dictionaries(texts, json_values, max_size=4))
def test_the_server_checks_the_hash_over_the_payload_its_author_hashed(extra):
    """The server writes a payload to check its hash the fast way (orjson), which spells some numbers (1e-7,
    integers past 64 bits) otherwise than the author did: an honest event is never called tampered, its
    stored payload is the author's text, and a changed payload is caught."""
    from caseapp.domain.events import canonical_json
    from caseapp.services.central import hashed_payload

    node = Node("UB-BZD", 3)
    honest = node.event("citizen", new_id(), "citizen.noted", {"number": 1e-7, "big": 2**70, **extra}, 0)
    back = from_wire(json.loads(json.dumps(to_wire(honest), ensure_ascii=False)))
    assert hashed_payload(back) == (canonical_json(honest.payload), True)
    forged = dataclasses.replace(back, payload={**back.payload, "number": 1e-6})
    assert hashed_payload(forged)[1] is False
