"""Event hashes and canonical JSON (docs/architecture.md §3), UUIDv7 ids, case numbers, role permissions."""

import hashlib
import uuid

import pytest

from caseapp.domain import ids, permissions
from caseapp.domain.case_number import CaseNumber, format_case_number, looks_like_case_number, parse_case_number
from caseapp.domain.events import CASE_ACTIONS, Event, canonical_json, chain_hash, sort_for_fold


# --- canonical JSON and the hash chain ---------------------------------------------------------------------------

def test_canonical_json_is_compact_key_sorted_and_keeps_mongolian_letters():
    assert canonical_json({"б": [1, 2], "a": {"z": None, "y": "Өлзий"}}) == '{"a":{"y":"Өлзий","z":null},"б":[1,2]}'
    assert canonical_json("x\ny") == '"x\\ny"'
    assert canonical_json({"b": 1, "a": 2}) == canonical_json({"a": 2, "b": 1})


FIELDS = ("e-1", "case", "c-1", "case.note_added", '{"text":"x"}', "UB-BZD", "UB-BZD-01", 3, "u-1",
          "001780000000000-00000", 2, "2026-06-12T02:00:00.000+00:00")


def test_the_event_hash_is_sha256_of_the_previous_hash_and_the_fields_joined_by_unit_separators():
    expected = hashlib.sha256(b"\x01\x02" + (b"e-1\x1fcase\x1fc-1\x1fcase.note_added\x1f{\"text\":\"x\"}\x1fUB-BZD"
                                              b"\x1fUB-BZD-01\x1f3\x1fu-1\x1f001780000000000-00000\x1f2"
                                              b"\x1f2026-06-12T02:00:00.000+00:00")).digest()
    assert chain_hash(b"\x01\x02", *FIELDS) == expected


def test_no_user_hashes_as_a_nul_character():
    fields = list(FIELDS)
    fields[8] = None
    expected = hashlib.sha256(b"e-1\x1fcase\x1fc-1\x1fcase.note_added\x1f{\"text\":\"x\"}\x1fUB-BZD\x1fUB-BZD-01"
                              b"\x1f3\x1f\x00\x1f001780000000000-00000\x1f2\x1f2026-06-12T02:00:00.000+00:00"
).digest()
    assert chain_hash(b"", *fields) == expected
    assert chain_hash(b"", *fields) != chain_hash(b"", *FIELDS)


def event(**changes) -> Event:
    values = dict(event_id="e-1", stream="case", stream_id="c-1", kind="case.note_added", payload={"text": "x"},
                  office_id="UB-BZD", node_id="UB-BZD-01", node_seq=3, user_id="u-1",
                  hlc="001780000000000-00000", base_version=2, recorded_at="2026-06-12T02:00:00.000+00:00",
                  prev_hash=b"\x01\x02")
    values.update(changes)
    return Event(**values)


def test_an_event_hashes_its_canonical_payload_after_its_predecessor():
    assert event().compute_hash() == chain_hash(b"\x01\x02", *FIELDS)
    assert event(payload={"text": "y"}).compute_hash() != event().compute_hash()
    assert event().compute_hash('{"text":"y"}') == event(payload={"text": "y"}).compute_hash()
    assert event(prev_hash=b"").compute_hash() != event().compute_hash()


def test_the_fold_order_of_events():
    a = event(event_id="b", hlc="001780000000000-00001", node_id="UB-BZD-01")
    b = event(event_id="a", hlc="001780000000000-00001", node_id="UB-BZD-02")
    c = event(event_id="c", hlc="001780000000000-00000", node_id="UB-BZD-09")
    d = event(event_id="d", hlc="001780000000000-00001", node_id="UB-BZD-01")
    assert a.fold_key == ("001780000000000-00001", "UB-BZD-01", "b")
    assert sort_for_fold([d, b, a, c]) == [c, a, d, b]


def test_the_server_sequence_is_not_part_of_an_event_s_identity():
    assert event(server_seq=5) == event(server_seq=None)


def test_every_case_event_kind_has_its_action():
    assert CASE_ACTIONS["case.transfer_returned"] == "return_transfer"
    assert {k for k, v in CASE_ACTIONS.items() if v == "note"} == {"case.note_added", "case.document_issued",
                                                                     "case.conflict_resolved", "case.change_discarded"}


# --- ids ----------------------------------------------------------------------------------------------------------

def test_uuid7_is_version_7_rfc_variant_and_increasing():
    made = [ids.uuid7() for _ in range(3000)]
    assert all(uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 for i in made)
    assert made == sorted(made) and len(set(made)) == len(made)
    assert all(len(i) == 36 and i[14] == "7" and i[19] in "89ab" for i in made)


def test_uuid7_carries_its_time():
    text = ids.uuid7(1_767_225_600_000)
    assert ids.uuid7_time_ms(text) == 1_767_225_600_000
    assert text.startswith("019b76da-a800-7")            # 1_767_225_600_000 = 0x019b76daa800
    assert uuid.UUID(text).variant == uuid.RFC_4122
    assert ids.uuid7(1_767_225_600_000) != text             # random bits differ


def test_uuid7_within_one_millisecond_counts_up_then_borrows_the_next(monkeypatch):
    frozen = 1_780_000_000_000
    monkeypatch.setattr(ids.time, "time_ns", lambda: frozen * 1_000_000)
    monkeypatch.setattr(ids, "_last_ms", 0)
    made = [ids.uuid7() for _ in range(4200)]             # more than the 12-bit counter holds
    assert made == sorted(made) and len(set(made)) == len(made)
    times = [ids.uuid7_time_ms(i) for i in made]
    assert times[0] == frozen and set(times) <= {frozen, frozen + 1} and times[-1] == frozen + 1
    counters = [uuid.UUID(i).int >> 64 & 0xFFF for i in made]
    assert counters[0] < 0x800                            # starts in the lower half: room to count
    first_borrowed = times.index(frozen + 1)
    assert counters[first_borrowed - 1] == 0xFFF and counters[first_borrowed] == 0
    assert all(b == a + 1 for a, b in zip(counters[:first_borrowed - 1], counters[1:first_borrowed]))


def test_uuid7_starts_each_millisecond_low_so_that_it_can_count(monkeypatch):
    now = [1_780_000_000_000]
    monkeypatch.setattr(ids.time, "time_ns", lambda: now[0] * 1_000_000)
    monkeypatch.setattr(ids, "_last_ms", 0)
    firsts = []
    for _ in range(64):
        now[0] += 1
        firsts.append(uuid.UUID(ids.uuid7()).int >> 64 & 0xFFF)
    assert max(firsts) < 0x800 and len(set(firsts)) > 40


def test_uuid7_after_the_clock_moves_on(monkeypatch):
    now = [1_780_000_000_000]
    monkeypatch.setattr(ids.time, "time_ns", lambda: now[0] * 1_000_000)
    monkeypatch.setattr(ids, "_last_ms", 0)
    first = ids.uuid7()
    now[0] += 5
    second = ids.uuid7()
    assert ids.uuid7_time_ms(second) == now[0] and second > first
    now[0] -= 100                                         # the clock set back: ids keep increasing
    third = ids.uuid7()
    assert third > second and ids.uuid7_time_ms(third) == now[0] + 100


def test_uuid7_with_a_given_time_is_well_formed_every_time():
    made = [ids.uuid7(1_780_000_000_000) for _ in range(300)]
    assert all(uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 for i in made)
    assert {ids.uuid7_time_ms(i) for i in made} == {1_780_000_000_000}
    assert len({uuid.UUID(i).int >> 64 & 0xFFF for i in made}) > 200      # 12 random bits, not a counter


def test_uuid7_keeps_48_bits_of_time():
    text = ids.uuid7((1 << 48) + 5)
    assert len(text) == 36 and ids.uuid7_time_ms(text) == 5 and uuid.UUID(text).version == 7


def test_tokens_are_url_safe_and_long_enough():
    token = ids.new_token()
    assert len(token) == 24 and all(c.isalnum() or c in "-_" for c in token)
    assert len(ids.new_token(32)) == 43
    assert ids.new_token() != ids.new_token()


# --- case numbers -------------------------------------------------------------------------------------------------

def test_case_number_format():
    assert format_case_number("UB-BZD", 2026, 3, 125) == "UB-BZD-2026-03-000125"
    assert format_case_number("AR", 2026, 1, 1) == "AR-2026-01-000001"
    assert format_case_number("AR", 2026, 99, 1_234_567) == "AR-2026-99-1234567"
    assert str(CaseNumber("UB", 987, 5, 42)) == "UB-0987-05-000042"


@pytest.mark.parametrize("node, seq", [(0, 1), (100, 1), (-1, 1), (1, 0), (1, -3)])
def test_case_number_out_of_range(node, seq):
    with pytest.raises(ValueError):
        format_case_number("UB", 2026, node, seq)


def test_case_number_errors_say_what_is_wrong():
    with pytest.raises(ValueError) as info:
        format_case_number("UB", 2026, 100, 1)
    assert str(info.value) == "node number must be 1-99"
    with pytest.raises(ValueError) as info:
        format_case_number("UB", 2026, 1, 0)
    assert str(info.value) == "sequence starts at 1"
    with pytest.raises(ValueError) as info:
        parse_case_number("UB-1")
    assert str(info.value) == "not a case number: 'UB-1'"


def test_case_number_parse():
    parsed = parse_case_number(" ub-bzd-2026-03-000125 ")
    assert parsed == CaseNumber("UB-BZD", 2026, 3, 125)
    assert parse_case_number("AR-2026-01-1234567").seq == 1_234_567
    assert parse_case_number("A1-B2-C3-1999-99-000001") == CaseNumber("A1-B2-C3", 1999, 99, 1)


@pytest.mark.parametrize("text", ["", None, "УБ99031512", "UB-BZD-2026-3-000125", "UB-BZD-26-03-000125",
                                  "UB-BZD-2026-03-00125", "1UB-2026-03-000125", "UB--BZD-2026-03-000125",
                                  "UB-BZD-2026-03-000125-1", "-2026-03-000125", "UB BZD-2026-03-000125"])
def test_not_case_numbers(text):
    assert not looks_like_case_number(text)
    with pytest.raises(ValueError, match="not a case number"):
        parse_case_number(text)


def test_looks_like_a_case_number():
    assert looks_like_case_number("UB-BZD-2026-03-000125")
    assert looks_like_case_number("  ub-bzd-2026-03-000125\n")
    assert looks_like_case_number("UB-BZD-2026-03-000125") is True
    assert looks_like_case_number("x") is False


# --- roles --------------------------------------------------------------------------------------------------------

ROLE_TABLE = {
    # action:              clerk manager admin auditor
    "register":            (1, 1, 0, 0),
    "start":               (1, 1, 0, 0),
    "pause":               (1, 1, 0, 0),
    "resume":              (1, 1, 0, 0),
    "decide":              (1, 1, 0, 0),
    "close":               (1, 1, 0, 0),
    "withdraw":            (1, 1, 0, 0),
    "note":                (1, 1, 0, 0),
    "correct_citizen":     (1, 1, 0, 0),
    "request_extension":   (1, 1, 0, 0),
    "issue_documents":     (1, 1, 0, 0),
    "assign":              (0, 1, 0, 0),
    "extend":              (0, 1, 0, 0),     # an extension needs the manager role (docs/architecture.md §12)
    "decline_extension":   (0, 1, 0, 0),
    "reopen":              (0, 1, 0, 0),
    "resolve_conflict":    (0, 1, 0, 0),     # a manager resolves conflicts (section 3)
    "manage_users":        (0, 0, 1, 0),
    "edit_calendar":       (0, 0, 1, 0),
    "edit_catalogue":      (0, 0, 1, 0),
    "edit_letterhead":     (0, 0, 1, 0),
    "edit_workstation":    (0, 0, 1, 0),
    "read":                (1, 1, 1, 1),
    "view_users":          (0, 1, 1, 1),     # the users and roles screen, read-only but for an admin
    "view_auth_log":       (0, 0, 1, 1),     # everyone's sign-in attempts
    "run_reports":         (0, 1, 1, 1),
    "delete_everything":   (0, 0, 0, 0),
}


@pytest.mark.parametrize("action", sorted(ROLE_TABLE))
def test_who_may_do_what(action):
    for role, flag in zip(("clerk", "manager", "admin", "auditor"), ROLE_TABLE[action]):
        assert permissions.allowed(role, action) is bool(flag), (role, action)


def test_an_unknown_role_may_do_nothing():
    assert not any(permissions.allowed("guest", action) for action in ROLE_TABLE)
