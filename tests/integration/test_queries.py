"""The read side on demo data, checked against plain SQL counted independently."""

from __future__ import annotations

from datetime import date, timedelta
import sqlite3

import pytest

from caseapp.errors import NotFoundError, ValidationError
from caseapp.services import queries
from caseapp.services.queries import ACTIVE, CaseFilter, SORTABLE


def sql(db, query, *args):
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("sort", sorted(SORTABLE))
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_on_every_column(demo_db, sort, descending):
    page = queries.list_cases(demo_db, sort=sort, descending=descending, limit=300)
    assert len(page) == 300
    key = {
        "case_number": lambda c: c.case_number, "registered_on": lambda c: c.registered_on,
        "due_date": lambda c: (c.due_date is not None, c.due_date or date.min), "state": lambda c: c.state,
        "service": lambda c: c.service_code, "channel": lambda c: c.channel, "subject": lambda c: c.subject,
        "citizen": lambda c: c.citizen_name.casefold(), "register_no": lambda c: c.register_no or "",
        "assignee": lambda c: c.assignee_id or "",
    }[sort]
    values = [key(c) for c in page]
    assert values == sorted(values, reverse=descending)


def test_pages_do_not_overlap_and_cover_the_list(demo_db):
    seen = []
    for offset in range(0, 1500, 250):
        seen += [c.case_id for c in queries.list_cases(demo_db, sort="state", offset=offset, limit=250)]
    assert len(seen) == len(set(seen)) == 1500


def test_filters_match_plain_sql(demo_db):
    today = demo_db.today()
    checks = [
        (CaseFilter(states=("closed",)), "SELECT count(*) FROM cases WHERE state = 'closed'"),
        (CaseFilter(channel="e-mongolia"), "SELECT count(*) FROM cases WHERE channel = 'e-mongolia'"),
        (CaseFilter(service_code="PET-GENERAL"), "SELECT count(*) FROM cases WHERE service_code = 'PET-GENERAL'"),
        (CaseFilter(overdue=True), f"SELECT count(*) FROM cases WHERE state IN ('registered', 'in_progress') "
                                   f"AND due_date < '{today.isoformat()}'"),
        (CaseFilter(registered_from=today - timedelta(days=90), registered_to=today),
         f"SELECT count(*) FROM cases WHERE registered_on BETWEEN '{(today - timedelta(days=90)).isoformat()}' "
         f"AND '{today.isoformat()}'"),
        (CaseFilter(due_from=today, due_to=today + timedelta(days=14), states=ACTIVE),
         f"SELECT count(*) FROM cases WHERE due_date BETWEEN '{today.isoformat()}' AND "
         f"'{(today + timedelta(days=14)).isoformat()}' AND state IN ('registered', 'in_progress')"),
    ]
    for filters, query in checks:
        expected = sql(demo_db, query)[0][0]
        assert queries.count_cases(demo_db, filters) == expected, filters
        assert len(queries.list_cases(demo_db, filters, limit=1000)) == min(expected, 1000)


def test_overdue_list_longest_first_with_days(demo_db):
    today = demo_db.today()
    late = queries.overdue(demo_db, today=today)
    assert late and all(c.overdue(today) for c in late)
    days = [c.days_overdue(today) for c in late]
    assert days == sorted(days, reverse=True) and days[-1] >= 1


def test_dashboard_counts_match_sql(demo_db):
    today = demo_db.today()
    (user_id,) = sql(demo_db, "SELECT user_id FROM users WHERE username = 'demo.clerk1'")[0]
    board = queries.dashboard(demo_db, office_id="UB-BZD", user_id=user_id, today=today)
    iso = today.isoformat()
    soon = queries.working_day_horizon(demo_db, 3, today).isoformat()
    expect = {
        "office_open": "state IN ('registered','in_progress','waiting','transferred_out')",
        "my_open": f"state IN ('registered','in_progress','waiting','transferred_out') AND assignee_id = '{user_id}'",
        "due_today": f"state IN ('registered','in_progress') AND due_date = '{iso}'",
        "due_soon": f"state IN ('registered','in_progress') AND due_date > '{iso}' AND due_date <= '{soon}'",
        "overdue": f"state IN ('registered','in_progress') AND due_date < '{iso}'",
        "waiting": "state = 'waiting'",
        "recently_closed": f"closed_on >= '{(today - timedelta(days=7)).isoformat()}'",
    }
    for name, where in expect.items():
        assert getattr(board, name) == sql(demo_db, f"SELECT count(*) FROM cases WHERE {where}")[0][0], name


def test_search_box_understands_numbers_and_names(demo_db):
    number, register, family, given, citizen_id = sql(
        demo_db, "SELECT c.case_number, z.register_no, z.family_name, z.given_name, z.citizen_id FROM cases c "
                 "JOIN citizens z USING (citizen_id) WHERE z.kind = 'person' LIMIT 1")[0]
    assert [c.case_number for c in queries.list_cases(demo_db, CaseFilter(search=number.lower()))] == [number]
    mine = {r[0] for r in sql(demo_db, "SELECT case_id FROM cases WHERE citizen_id = ?", citizen_id)}
    spaced = f"{register[:2].lower()} {register[2:]}"
    assert {c.case_id for c in queries.list_cases(demo_db, CaseFilter(search=spaced))} == mine
    by_name = queries.list_cases(demo_db, CaseFilter(search=f"{family.upper()} {given[:3].lower()}"), limit=1000)
    assert mine <= {c.case_id for c in by_name}
    assert all(family in c.citizen_name for c in by_name)
    for nothing in ("", "   ", "\"*()", "ЯЯЯЯЯЯЯ"):
        result = queries.list_cases(demo_db, CaseFilter(search=nothing), limit=5)
        assert (len(result) == 5) if not nothing.strip() else result == []


def test_case_detail_timeline_and_other_cases(demo_db):
    (case_id, citizen_id) = sql(demo_db, "SELECT case_id, citizen_id FROM cases WHERE pauses != '[]' LIMIT 1")[0]
    detail = queries.get_case(demo_db, case_id)
    assert detail.pauses and detail.paused_days >= 1
    entries = queries.timeline(demo_db, detail.case_number)
    assert entries[0].kind == "case.registered" and len(entries) == detail.version
    assert all(e.user_name for e in entries)
    others = queries.citizen_cases(demo_db, citizen_id, exclude=case_id)
    assert all(c.case_id != case_id for c in others)
    with pytest.raises(NotFoundError):
        queries.get_case(demo_db, "UB-BZD-2026-01-999999")
    with pytest.raises(ValidationError):
        queries.list_cases(demo_db, sort="password")


@pytest.mark.parametrize("sort", ["registered_on", "due_date", "citizen", "subject", "state", "case_number"])
def test_pages_read_from_the_far_end_are_the_same_pages(demo_db, sort):
    """A page in the far half of the list is read backwards from the end (faster); it must be the same rows."""
    total = queries.count_cases(demo_db)
    everything = []
    for offset in range(0, total, 1000):
        everything += queries.list_cases(demo_db, sort=sort, descending=True, offset=offset, limit=1000)
    for offset, limit in ((total - 200, 200), (total - 7, 200), (total // 2 + 1, 200), (1234, 100)):
        page = queries.list_cases(demo_db, sort=sort, descending=True, offset=offset, limit=limit,
                                  expected_rows=total)
        assert [c.case_id for c in page] == [c.case_id for c in everything[offset:offset + limit]]


def test_a_broad_name_search_walks_the_sort_index_and_finds_the_same_page(demo_db):
    """Told that a search matches many cases, the page query tests cases in sort order instead of gathering
    every match: the same page must come back."""
    word = queries.list_cases(demo_db, limit=1)[0].citizen_name.split()[-1][:3]
    filters = CaseFilter(search=word)
    total = queries.count_cases(demo_db, filters)
    assert total > 0
    for sort in ("registered_on", "citizen", "due_date"):
        plain = queries.list_cases(demo_db, filters, sort=sort, limit=100)
        walked = queries.list_cases(demo_db, filters, sort=sort, limit=100, expected_rows=10 ** 6)
        assert [c.case_id for c in walked] == [c.case_id for c in plain], sort


def test_a_case_is_found_by_the_tail_of_its_number_and_a_citizen_by_phone(demo_db):
    """What a citizen reads off a receipt over the phone ("case 10664") and a phone number, however written."""
    from caseapp.services import users, workflow

    number = sql(demo_db, "SELECT case_number FROM cases ORDER BY case_number LIMIT 1 OFFSET 700")[0][0]
    tail = str(int(number[-6:]))                              # "UB-BZD-2026-01-000701" -> "701"
    found = queries.list_cases(demo_db, CaseFilter(search=tail), limit=100)
    assert number in [c.case_number for c in found]
    assert all(c.case_number.endswith(number[-6:]) for c in found)       # only that sequence, any year or node
    clerk = users.actor_for(demo_db, "demo.clerk1")
    case = workflow.register_case(demo_db, clerk, workflow.IntakeForm(
        register_no="ЧЕ01230107", service_code="PET-GENERAL", subject="Утсаар", family_name="Чулууны",
        given_name="Дэлгэр", phone="+976 8800-1122"))
    for typed in ("88001122", "8800 1122", "+976 88001122", "976-8800-1122"):
        assert [c.case_id for c in queries.list_cases(demo_db, CaseFilter(search=typed))] == [case.case_id], typed
    assert queries.count_cases(demo_db, CaseFilter(search="88001123")) == 0
