"""Input the real world allows: a day no case can have lived, a year no calendar covers, a number of days that is
not a number, a name nobody can see, text that is not text, a logo that is not a file. Each is refused with a
clear error naming the field, and nothing changes."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, timedelta
import io
import os
from pathlib import Path
import sqlite3
import subprocess
import sys

import pytest

from caseapp.errors import ValidationError
from caseapp.services import calendar, letterhead, queries, users, workflow
from caseapp.services.calendar import FIRST_DAY, LAST_DAY
from caseapp.services.workflow import IntakeForm
from tests.conftest import ADMIN_PASSWORD, ROOT

PASSWORD = "Сайн-нууц-үг-1"
REGISTERED = date(2026, 6, 12)          # a Friday: every case of this file is registered then
SURROGATE = "\ud800"                     # a byte that was not UTF-8, as Python keeps it


def _staff(db) -> None:
    admin = users.actor_for(db, "admin")
    users.add_user(db, admin, username="saraa", password=PASSWORD, role="clerk", full_name="Saraa Б.")
    users.add_user(db, admin, username="bold", password=PASSWORD, role="manager", full_name="Bold Б.")


@pytest.fixture
def office(database_from_template):
    """(db, {role: Actor}) with a clerk and a manager (made once per session: argon2 is slow on purpose)."""
    db = database_from_template("input-bounds-staff", _staff)
    return db, {role: users.actor_for(db, name) for role, name in
                (("admin", "admin"), ("clerk", "saraa"), ("manager", "bold"))}


def form(**overrides) -> IntakeForm:
    values = dict(register_no="УБ99031512", service_code="PET-GENERAL", subject="Газрын маргаан",
                  family_name="Батын", given_name="Өлзийсайхан", phone="99112233", address="Баянзүрх, 4-р хороо")
    values.update(overrides)
    return IntakeForm(**values)


def tables(db) -> dict[str, int]:
    con = sqlite3.connect(db.path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("events", "cases", "citizens", "calendar_overrides")}
    finally:
        con.close()


@contextmanager
def refused(db, field: str, key: str | None = None, case_id: str | None = None):
    """The block raises a ValidationError about ``field`` (with ``key``), the message reads in both languages,
    and nothing changed: the event log, the projections, the case's state and version."""
    before = tables(db), (queries.get_case(db, case_id) if case_id else None)
    with pytest.raises(ValidationError) as info:
        yield info
    error = info.value
    assert error.field == field, (error.key, error.field)
    if key is not None:
        assert error.key == key
    for language in ("mn", "en"):
        message = error.render(language)
        assert message and "{" not in message and not message.startswith(("field.", "calendar.", "label."))
        message.encode("utf-8")              # shown, logged or printed without a UnicodeEncodeError
    after = tables(db), (queries.get_case(db, case_id) if case_id else None)
    assert after == before


# --- 1. the days of a case's life ------------------------------------------------------------------------------

def _pause(db, a, case_id, on):
    return workflow.pause(db, a["clerk"], case_id, "Иргэн нэмэлт баримт авчрах", on=on)


def _resume(db, a, case_id, on):
    return workflow.resume(db, a["clerk"], case_id, on=on)


def _decide(db, a, case_id, on):
    return workflow.decide(db, a["clerk"], case_id, "approved", "Хүсэлтийг хангав.", on=on)


def _close(db, a, case_id, on):
    return workflow.close(db, a["clerk"], case_id, on=on)


def _withdraw(db, a, case_id, on):
    return workflow.withdraw(db, a["clerk"], case_id, "Иргэн татгалзсан", on=on)


# action: (what it does with a date, what the case needs first, with real days)
ACTIONS = {
    "pause": (_pause, []),
    "resume": (_resume, [(_pause, date(2026, 6, 15))]),
    "decide": (_decide, []),
    "close": (_close, [(_decide, date(2026, 7, 20))]),
    "withdraw": (_withdraw, []),
}

BAD_DAYS = [
    pytest.param(date(9990, 1, 1), "case.date_future", id="year-9990"),        # was: 1.3 s and 220 MB an action
    pytest.param(date(9999, 12, 31), "case.date_future", id="year-9999"),      # was: an uncaught OverflowError
    pytest.param(date.max, "case.date_future", id="date.max"),
    pytest.param(date(1, 1, 1), "calendar.day_out_of_range", id="year-1"),     # was: closed before it was registered
    pytest.param(date.min, "calendar.day_out_of_range", id="date.min"),
    pytest.param(REGISTERED - timedelta(days=1), "case.date_before_registration", id="before-registration"),
    pytest.param("tomorrow", "case.date_future", id="tomorrow"),
    pytest.param(datetime(2026, 6, 20, 9, 30), "field.not_a_date", id="a-moment"),
    pytest.param("2026-06-20", "field.not_a_date", id="text"),
]


def _case_ready_for(db, a, action: str) -> str:
    case = workflow.register_case(db, a["clerk"], form(), today=REGISTERED)
    for step, on in ACTIONS[action][1]:
        step(db, a, case.case_id, on)
    return case.case_id


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("day, key", BAD_DAYS)
def test_a_day_no_case_can_have_lived_is_refused_and_changes_nothing(office, action, day, key):
    db, a = office
    case_id = _case_ready_for(db, a, action)
    if day == "tomorrow":
        day = db.today() + timedelta(days=1)
    with refused(db, "date", key, case_id):
        ACTIONS[action][0](db, a, case_id, day)


# action: (the earliest day it can take, the state it leaves the case in)
EARLIEST = {"pause": (REGISTERED, "waiting"), "resume": (date(2026, 6, 15), "in_progress"),
            "decide": (REGISTERED, "decided"), "close": (date(2026, 7, 20), "closed"),
            "withdraw": (REGISTERED, "withdrawn")}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_the_first_day_of_the_case_and_today_are_taken(office, action):
    db, a = office
    earliest, state = EARLIEST[action]
    for day in (earliest, db.today()):
        case_id = _case_ready_for(db, a, action)
        assert ACTIONS[action][0](db, a, case_id, day).state == state


def test_a_resumed_case_still_takes_no_time_after_a_refused_far_day(office):
    db, a = office
    case_id = _case_ready_for(db, a, "resume")
    with refused(db, "date", "case.date_future", case_id):
        workflow.resume(db, a["clerk"], case_id, on=date(9990, 1, 1))
    resumed = workflow.resume(db, a["clerk"], case_id, on=date(2026, 6, 18))
    assert resumed.state == "in_progress" and resumed.due_date == date(2026, 7, 16)


@pytest.mark.parametrize("day, key", [
    pytest.param(date.max, "case.date_future", id="date.max"),
    pytest.param(date(9999, 12, 31), "case.date_future", id="year-9999"),
    pytest.param(date(1989, 12, 31), "calendar.day_out_of_range", id="year-1989"),
    pytest.param(date.min, "calendar.day_out_of_range", id="date.min"),
    pytest.param(datetime(2026, 6, 12, 10, 0), "field.not_a_date", id="a-moment"),
])
def test_the_day_a_case_is_registered_on_is_a_real_day(office, day, key):
    db, a = office
    with refused(db, "date", key):
        workflow.register_case(db, a["clerk"], form(), today=day)
    with refused(db, "date", key):
        workflow.preview_intake(db, "УБ99031512", "PET-GENERAL", today=day)


# --- 2. the decreed calendar -----------------------------------------------------------------------------------

def _working_day_near(db, start: date, step: int) -> date:
    """The first day from ``start`` (going by ``step``) that is a plain working day (no holiday, no decree)."""
    from caseapp.storage.calendar import load_calendar

    with db.uow() as uow:
        work = load_calendar(uow.conn)
    day = start
    while not (day.weekday() < 5 and work.is_working_day(day)):
        day += timedelta(days=step)
    return day


OUTSIDE_THE_CALENDAR = [
    pytest.param(date.min, "calendar.day_out_of_range", id="date.min"),
    pytest.param(date.max, "calendar.day_out_of_range", id="date.max"),
    pytest.param(FIRST_DAY - timedelta(days=1), "calendar.day_out_of_range", id="1989-12-31"),
    pytest.param(LAST_DAY + timedelta(days=1), "calendar.day_out_of_range", id="2100-01-01"),
    pytest.param(date(1, 1, 6), "calendar.day_out_of_range", id="a-saturday-of-year-1"),
    pytest.param(datetime(2026, 12, 7, 0, 0), "field.not_a_date", id="a-moment"),
    pytest.param("2026-12-07", "field.not_a_date", id="text"),
]


@pytest.mark.parametrize("day, key", OUTSIDE_THE_CALENDAR)
@pytest.mark.parametrize("kind", ["day_off", "workday"])
def test_a_decree_outside_the_calendar_years_is_refused(office, day, key, kind):
    db, a = office
    with refused(db, "date", key):
        calendar.set_day(db, a["admin"], day, kind, "Засгийн газрын тогтоол")


@pytest.mark.parametrize("day, key", OUTSIDE_THE_CALENDAR)
def test_clearing_a_day_outside_the_calendar_years_is_refused(office, day, key):
    db, a = office
    with refused(db, "date", key):
        calendar.clear_day(db, a["admin"], day)


def test_the_first_and_last_years_take_decrees(office):
    db, a = office
    first, last = _working_day_near(db, FIRST_DAY, 1), _working_day_near(db, LAST_DAY, -1)
    for day in (first, last):
        calendar.set_day(db, a["admin"], day, "day_off", "Засгийн газрын тогтоол")
        assert any(d.day == day and d.kind == "day_off" for d in calendar.year_days(db, day.year))
        calendar.clear_day(db, a["admin"], day)
    saturday = LAST_DAY - timedelta(days=(LAST_DAY.weekday() - 5) % 7)
    calendar.set_day(db, a["admin"], saturday, "workday", "Нөхөж ажиллах өдөр")
    calendar.clear_day(db, a["admin"], saturday)


@pytest.mark.parametrize("year", [0, 10000, -5, True, "2026", 2026.0, None])
def test_a_year_no_date_can_be_in_is_refused(office, year):
    db, _ = office
    with refused(db, "year", "calendar.year_out_of_range"):
        calendar.year_days(db, year)              # was: a ValueError or a TypeError


def test_reading_a_year_the_holiday_tables_do_not_cover_shows_no_holidays(office):
    db, _ = office
    assert calendar.year_days(db, 1) == [] and calendar.year_days(db, 9999) == []
    assert calendar.year_days(db, 2100)           # the desktop's calendar shows 2100 (holidays, no decrees)


@pytest.mark.parametrize("extended", [[True], [1.9], ["3"], [0], [-5]])
def test_the_deadline_calculator_counts_whole_days_of_extension(office, extended):
    db, _ = office
    with refused(db, "extended"):
        calendar.compute_due_date(db, "PET-GENERAL", REGISTERED, extended=extended)
    with refused(db, "extended"):
        calendar.reference_due_date("PET-GENERAL", REGISTERED, extended=extended)
    assert calendar.reference_due_date("PET-GENERAL", REGISTERED, extended=[30]) == date(2026, 8, 17)


# --- 3. days of an extension -------------------------------------------------------------------------------------

@pytest.mark.parametrize("days, key", [
    pytest.param(True, "field.whole_days", id="True"), pytest.param(False, "field.whole_days", id="False"),
    pytest.param(1.9, "field.whole_days", id="1.9"), pytest.param(3.0, "field.whole_days", id="3.0"),
    pytest.param("3", "field.whole_days", id="text"), pytest.param(None, "field.whole_days", id="None"),
    pytest.param([3], "field.whole_days", id="a-list"),
    pytest.param(0, "field.days", id="0"), pytest.param(-1, "field.days", id="-1"),
    pytest.param(366, "field.days", id="366"),
])
@pytest.mark.parametrize("action", ["extend", "request_extension"])
def test_extension_days_are_a_whole_positive_number(office, days, key, action):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=REGISTERED)
    with refused(db, "days", key, case.case_id):
        if action == "extend":
            workflow.extend(db, a["manager"], case.case_id, days, "Шинжээчийн дүгнэлт хүлээж байна")
        else:
            workflow.request_extension(db, a["clerk"], case.case_id, days, "Шинжээчийн дүгнэлт хүлээж байна")
    asked = workflow.request_extension(db, a["clerk"], case.case_id, 5, "Шинжээчийн дүгнэлт хүлээж байна")
    assert asked.extension_request and asked.extension_request["days"] == 5


# --- 4. names and text ---------------------------------------------------------------------------------------------

BAD_NAMES = [
    (dict(family_name="\u200b"), "family_name", "field.invisible"),
    (dict(given_name="\u200b"), "given_name", "field.invisible"),
    (dict(given_name="\u200b\u200c\u200d\u2060\ufeff\u00ad"), "given_name", "field.invisible"),
    (dict(given_name=" \ufeff \u2060 "), "given_name", "field.invisible"),
    (dict(family_name="\u00ad\u00ad"), "family_name", "field.invisible"),
    (dict(given_name="Өлзий\u202eнахйас"), "given_name", "field.bidi"),
    (dict(family_name="\u202aБатын"), "family_name", "field.bidi"),
    (dict(family_name="Батын\u202c"), "family_name", "field.bidi"),
    (dict(given_name="Өлзий\u2066сайхан\u2069"), "given_name", "field.bidi"),
    (dict(given_name="\u2067Өлзийсайхан"), "given_name", "field.bidi"),
    (dict(given_name="\u2068Өлзийсайхан"), "given_name", "field.bidi"),
    (dict(given_name="Өлзий\u2028сайхан"), "given_name", "field.one_line"),
    (dict(family_name="Батын\u2029"), "family_name", "field.one_line"),
    (dict(given_name=SURROGATE), "given_name", "field.not_text"),
    (dict(family_name="Бат" + "\udcff" + "ын"), "family_name", "field.not_text"),
    (dict(subject="\u200b"), "subject", "field.invisible"),
    (dict(subject="Газрын маргаан\u202e"), "subject", "field.bidi"),
    (dict(subject="Газрын\u2028маргаан"), "subject", "field.one_line"),
    (dict(description="Тайлбар" + SURROGATE), "description", "field.not_text"),
    (dict(description="Тайлбар\u202e"), "description", "field.bidi"),
    (dict(address="Баянзүрх\u2066"), "address", "field.bidi"),
    (dict(phone="9911" + SURROGATE), "phone", "field.not_text"),
    (dict(register_no="УБ9903151" + SURROGATE), "register_no", "field.not_text"),
    (dict(register_no="AB123" + SURROGATE, applicant_kind="foreign"), "register_no", "field.not_text"),
    (dict(service_code=SURROGATE), "service", "field.not_text"),
    (dict(citizen_id=SURROGATE), "citizen", "field.not_text"),
    (dict(assignee_id=SURROGATE), "assignee", "field.not_text"),
]


@pytest.mark.parametrize("overrides, field, key", BAD_NAMES)
def test_a_name_nobody_can_see_or_read_is_refused_at_intake(office, overrides, field, key):
    db, a = office
    with refused(db, field, key):
        workflow.register_case(db, a["clerk"], form(**overrides), today=REGISTERED)


def test_zero_width_characters_around_the_words_of_a_name_are_dropped(office):
    db, a = office
    first = workflow.register_case(db, a["clerk"], form(), today=REGISTERED)
    again = workflow.register_case(db, a["clerk"], form(family_name="\ufeffБатын\u200b",
                                                        given_name="\u2060Өлзийсайхан\u00ad "), today=REGISTERED)
    assert again.citizen_id == first.citizen_id                  # recalled: the same name, not a look-alike
    assert again.citizen_name == "Батын Өлзийсайхан"
    two_words = workflow.correct_citizen(db, a["clerk"], first.citizen_id, {"given_name": "Өлзий\u200b сайхан"})
    assert two_words["given_name"] == "Өлзий сайхан"
    # inside a word a joiner shapes traditional Mongolian script (and emoji): it is kept
    kept = workflow.correct_citizen(db, a["clerk"], first.citizen_id, {"family_name": "ᠪᠠ\u200dᠲ"})
    assert kept["family_name"] == "ᠪᠠ\u200dᠲ"
    # a separator in an address (a text of several lines) is the line break it means
    moved = workflow.correct_citizen(db, a["clerk"], first.citizen_id, {"address": "Баянзүрх\u20284-р хороо"})
    assert moved["address"] == "Баянзүрх\n4-р хороо"


@pytest.mark.parametrize("changes, field, key", [
    ({"given_name": "\u2060"}, "given_name", "field.invisible"),
    ({"family_name": "\u200b\u200b"}, "family_name", "field.invisible"),
    ({"given_name": "Өлзий\u202eсайхан"}, "given_name", "field.bidi"),
    ({"given_name": "Өлзий\u2029"}, "given_name", "field.one_line"),
    ({"given_name": SURROGATE}, "given_name", "field.not_text"),
    ({"email": "a" + SURROGATE + "@b.mn"}, "email", "field.not_text"),
    ({"register_no": SURROGATE}, "register_no", "field.not_text"),
    ({SURROGATE: "x"}, "citizen", "field.not_text"),
])
def test_a_correction_nobody_can_see_or_read_is_refused(office, changes, field, key):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=REGISTERED)
    with refused(db, field, key, case.case_id):
        workflow.correct_citizen(db, a["clerk"], case.citizen_id, changes)
    with refused(db, "citizen", "field.not_text"):
        workflow.correct_citizen(db, a["clerk"], SURROGATE, {"phone": "99112233"})


def test_a_lone_surrogate_is_not_text_wherever_it_is_given(office):
    """No service lets a UnicodeEncodeError out (sqlite3 and the event log's JSON cannot encode a surrogate)."""
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=REGISTERED)
    clerk, manager, admin = a["clerk"], a["manager"], a["admin"]
    calls = [
        ("case", lambda: workflow.start(db, clerk, SURROGATE)),
        ("case", lambda: workflow.start(db, clerk, "UB-BZD-2026-01-00000" + SURROGATE)),
        ("assignee", lambda: workflow.assign(db, manager, case.case_id, SURROGATE)),
        ("service", lambda: workflow.change_service(db, clerk, case.case_id, SURROGATE)),
        ("text", lambda: workflow.add_note(db, clerk, case.case_id, "тэмдэглэл" + SURROGATE)),
        ("reason", lambda: workflow.pause(db, clerk, case.case_id, SURROGATE)),
        ("text", lambda: workflow.decide(db, clerk, case.case_id, "approved", SURROGATE)),
        ("register_no", lambda: workflow.preview_intake(db, SURROGATE)),
        ("service", lambda: workflow.preview_intake(db, "УБ99031512", SURROGATE)),
        ("family_name", lambda: workflow.preview_intake(db, "УБ99031512", family_name=SURROGATE)),
        ("reason", lambda: calendar.set_day(db, admin, date(2026, 12, 7), "day_off", SURROGATE)),
        ("service", lambda: calendar.service_clock(db, SURROGATE)),
        ("service", lambda: calendar.compute_due_date(db, SURROGATE, REGISTERED)),
        ("service", lambda: calendar.reference_due_date(SURROGATE, REGISTERED)),
        ("office", lambda: letterhead.get(db, SURROGATE)),
        ("address", lambda: letterhead.set_letterhead(db, admin, "UB-BZD", {"address": SURROGATE})),
        ("signatory_name", lambda: letterhead.set_letterhead(db, admin, "UB-BZD", {"signatory_name": SURROGATE})),
        ("phone", lambda: letterhead.set_letterhead(db, admin, "UB-BZD", {"phone": SURROGATE})),
    ]
    for field, call in calls:
        with refused(db, field, "field.not_text", case.case_id):
            call()


def test_bidi_and_invisible_text_is_refused_in_other_services_too(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=REGISTERED)
    with refused(db, "reason", "field.invisible", case.case_id):
        workflow.pause(db, a["clerk"], case.case_id, "\u200b\u200b")
    with refused(db, "text", "field.bidi", case.case_id):
        workflow.add_note(db, a["clerk"], case.case_id, "exe.\u202egpj")
    with refused(db, "reason", "field.one_line"):
        calendar.set_day(db, a["admin"], date(2026, 12, 7), "day_off", "Тогтоол\u2028№ 5")
    with refused(db, "signatory_name", "field.invisible"):
        letterhead.set_letterhead(db, a["admin"], "UB-BZD", {"signatory_name": "\ufeff"})


# --- 5. the logo file --------------------------------------------------------------------------------------------

def _png(size: int = 120) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (size, size), (20, 60, 140)).save(buffer, "PNG")
    return buffer.getvalue()


def _not_files(tmp_path: Path) -> list[Path]:
    paths = [tmp_path]                                       # a folder
    if Path("/dev/zero").exists():
        paths.append(Path("/dev/zero"))                      # reads forever
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "logo.png"
        os.mkfifo(fifo)                                      # reading waits for a writer that never comes
        paths.append(fifo)
    return paths


def test_a_logo_that_is_not_a_regular_file_is_refused_before_reading(tmp_path):
    for path in _not_files(tmp_path):
        with pytest.raises(ValidationError) as info:
            letterhead.read_logo(path)
        assert info.value.key == "letterhead.logo_not_file" and info.value.field == "logo"
        assert str(path) in info.value.render("en")
    with pytest.raises(ValidationError) as missing:
        letterhead.read_logo(tmp_path / "no-such-logo.png")
    assert missing.value.key == "letterhead.logo_unreadable" and missing.value.field == "logo"
    big = tmp_path / "big.png"
    big.write_bytes(_png() + b"\0" * letterhead.MAX_LOGO_BYTES)
    with pytest.raises(ValidationError) as too_big:
        letterhead.read_logo(big)
    assert too_big.value.key == "letterhead.logo_too_big" and too_big.value.field == "logo"
    good = tmp_path / "good.png"
    good.write_bytes(_png())
    assert letterhead.read_logo(good) == good.read_bytes()
    assert letterhead.read_logo(str(good)) == good.read_bytes()


def _limited_memory() -> None:            # in the child: a command that reads /dev/zero fails, not the machine
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _caseapp(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "caseapp", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
                          preexec_fn=_limited_memory if sys.platform != "win32" else None)


def test_the_command_line_refuses_a_logo_that_is_not_a_file_and_removes_one_with_nothing(office, tmp_path):
    db, a = office
    letterhead.set_letterhead(db, a["admin"], "UB-BZD", {"logo_png": _png()})
    password = tmp_path / "admin-pw.txt"
    password.write_text(f"{ADMIN_PASSWORD}\n", encoding="utf-8")
    admin = ("--as", "admin", "--as-password-file", str(password))
    before = tables(db)
    for path in _not_files(tmp_path):
        result = _caseapp("doc", "letterhead", "--db", str(db.path), "--lang", "en", "--logo", str(path), *admin)
        assert result.returncode == 1, result.stderr
        assert "logo: " in result.stderr and "is not a file" in result.stderr and str(path) in result.stderr
        assert tables(db) == before
    assert letterhead.get(db, "UB-BZD").logo_png == _png()
    removed = _caseapp("doc", "letterhead", "--db", str(db.path), "--lang", "en", "--logo", "", *admin)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.rstrip().endswith("logo:no")
    assert letterhead.get(db, "UB-BZD").logo_png is None


def test_verifying_against_a_file_that_is_not_a_document_never_reads_forever(cli_office, tmp_path):
    """``doc verify --file /dev/zero`` read without end; a folder gave a traceback-like error."""
    from tests.integration.test_cli import caseapp

    path, _ = cli_office
    for wrong in ("/dev/zero", str(tmp_path)):
        result = caseapp("doc", "verify", "--db", str(path), "--token", "0" * 32, "--file", wrong, "--lang", "en")
        assert result.returncode == 1 and "is not a document file" in result.stderr, result.stderr


def test_a_case_is_not_closed_before_the_day_it_was_decided(office):
    db, a = office
    case_id = _case_ready_for(db, a, "close")                       # decided on 2026-07-20
    with refused(db, "date", "case.close_before_decision", case_id):
        _close(db, a, case_id, date(2026, 7, 19))
    assert _close(db, a, case_id, date(2026, 7, 20)).state == "closed"      # the same day is fine
