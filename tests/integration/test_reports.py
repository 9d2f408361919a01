"""Excel reports as a manager's superior meets them: opened in a real spreadsheet (LibreOffice headless), every
number checked against an independent plain-SQL count of the database, hostile text kept as text."""

from __future__ import annotations

import csv
from datetime import date, datetime
import os
from pathlib import Path
import shutil
import sqlite3
import subprocess
import sys
import tempfile

import openpyxl
import pytest

from caseapp.errors import CancelledError, PermissionDenied, ValidationError
from caseapp.services import queries, reports, users, workflow
from caseapp.services.workflow import IntakeForm
from caseapp.text import translate

ROOT = Path(__file__).resolve().parents[2]
OFFICE = "UB-BZD"
RESOLVED = ("decided", "rejected", "closed")
ACTIVE = ("registered", "in_progress")
OPEN = ("registered", "in_progress", "waiting", "transferred_out")
LONG_REASON = "=SUM(1;2) " + ("Өргөдөл гаргагчийн «баримт» № ₮ Ё ү ө " * 40)[:990]
HOSTILE_SUBJECTS = ["=1+1", '=HYPERLINK("http://evil","x")', "@SUM(A1)", "#N/A", "+1-1", "-2+3",
                    "Өргөдөл «Үүрцайх» Ё №5 ₮1000 Өө Үү", "Хүсэлт 😀 👍🏽 🇲🇳", "'; DROP TABLE cases; --",
                    "<b>markup</b> & \"quotes\"", "Ө" * 300]


# --- a real spreadsheet -------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is missing on CI: scripts/bootstrap.sh --test installs it")
        pytest.skip("LibreOffice is not installed (scripts/bootstrap.sh --test installs libreoffice-calc-nogui)")
    return found


# every sheet to its own file (LibreOffice >= 7.2), UTF-8, cells "as shown" (so dates come out in the format
# the workbook gives them), formulas exported as their results (so a real formula would show "2", not "=1+1")
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def open_in_libreoffice(soffice: str, workbooks: list[Path], out: Path) -> dict[str, dict[str, list[list[str]]]]:
    """{workbook stem: {sheet name: rows}} as LibreOffice reads the workbooks."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        result = subprocess.run([soffice, "--headless", "--norestore", "--convert-to", CSV_ALL_SHEETS,
                                 "--outdir", str(out), *map(str, workbooks)],
                                capture_output=True, text=True, timeout=240, env={**os.environ, "HOME": home})
    assert result.returncode == 0, result.stderr
    sheets: dict[str, dict[str, list[list[str]]]] = {}
    for book in workbooks:
        found = sorted(out.glob(f"{book.stem}-*.csv"))
        assert found, (book, result.stdout, result.stderr)
        for path in found:
            with path.open(encoding="utf-8", newline="") as f:
                sheets.setdefault(book.stem, {})[path.stem[len(book.stem) + 1:]] = list(csv.reader(f))
    return sheets


def table(rows: list[list[str]], first_header: str, stop: str | None = None) -> tuple[list[str], list[list[str]]]:
    """(header, data rows) of a sheet: the rows after the header row, up to the total row or the end."""
    index = next(i for i, row in enumerate(rows) if row and row[0] == first_header)
    data = []
    for row in rows[index + 1:]:
        if not any(row) or (stop is not None and row[0] == stop):
            break
        data.append(row)
    return rows[index], data


# --- data ---------------------------------------------------------------------------------------------------

def sql(db, query: str, *params):
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def form(number: int, **overrides) -> IntakeForm:
    values = dict(register_no=f"ӨҮ990315{number:02d}", service_code="PET-GENERAL", subject="Газрын маргаан",
                  family_name="Батын", given_name="Өлзийсайхан", phone="99112233", address="Баянзүрх, 4-р хороо",
                  new_citizen_confirmed=True)
    values.update(overrides)
    return IntakeForm(**values)


@pytest.fixture
def office(demo_db):
    """The demo office plus cases typed by a hostile (or just unusual) public."""
    clerk = users.actor_for(demo_db, "demo.clerk1")
    manager = users.actor_for(demo_db, "demo.manager")
    hostile = {}
    for number, subject in enumerate(HOSTILE_SUBJECTS):
        case = workflow.register_case(demo_db, clerk, form(number, subject=subject))
        hostile[case.case_number] = subject
    odd_name = workflow.register_case(demo_db, clerk, form(40, family_name="=2+3", given_name="Ёндон 😀",
                                                            subject="Нэр"))
    extended, asked = list(hostile)[:2]
    workflow.extend(demo_db, manager, extended, 10, LONG_REASON)
    workflow.request_extension(demo_db, clerk, asked, 5, "Иргэн газрын кадастрын зураг авчрах хугацаа хүссэн")
    workflow.extend(demo_db, manager, asked, 5, "Зөвшөөрөв")
    first = date.fromisoformat(sql(demo_db, "SELECT min(registered_on) FROM cases")[0][0])
    return {"db": demo_db, "manager": manager, "clerk": clerk, "hostile": hostile, "odd_name": odd_name.case_number,
            "extended": extended, "asked": asked, "from": first, "to": demo_db.today()}


@pytest.fixture
def folder(tmp_path) -> Path:
    """Where reports go (the database itself lives in tmp_path)."""
    path = tmp_path / "reports"
    path.mkdir()
    return path


def build(office, kind: str, path: Path, **kwargs) -> reports.ReportResult:
    return reports.build_report(office["db"], office["manager"], kind, office["from"], office["to"], path, **kwargs)


def mn_state(state: str) -> str:
    return translate(f"state.{state}", "mn")          # the shared label (caseapp/text/mn/labels.py)


# --- the reports in LibreOffice --------------------------------------------------------------------------------------

def test_every_report_opens_in_libreoffice_with_the_database_numbers(office, folder, soffice):
    db, today = office["db"], office["db"].today()
    paths = {kind: folder / f"{kind}.xlsx" for kind in reports.KINDS}
    results = {kind: build(office, kind, path) for kind, path in paths.items()}
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{k}.xlsx" for k in reports.KINDS)  # no leftovers
    books = open_in_libreoffice(soffice, list(paths.values()), folder.parent / "csv")
    period = (office["from"].isoformat(), office["to"].isoformat())

    # register: one row per case of the office registered in the period, every column as stored
    sheet = books["register"]["Бүртгэл"]
    assert sheet[0][0] == "Хэргийн бүртгэл"
    assert sheet[1][:2] == ["Байгууллага", "Баянзүрх дүүрэг"]
    assert sheet[2][0] == "Хугацаа" and f"{office['from'].year} оны" in sheet[2][1]
    assert sheet[4][1] == "Гантулгын Энхтуяа (demo.manager)"
    header, rows = table(sheet, "Хэргийн дугаар")
    expected = sql(db, "SELECT c.case_number, c.registered_on, c.service_code, c.subject, c.state, c.due_date, "
                       "c.decided_on, c.closed_on, c.extension_days, s.register_no, u.full_name "
                       "FROM cases c LEFT JOIN citizens s ON s.citizen_id = c.citizen_id "
                       "LEFT JOIN users u ON u.user_id = c.assignee_id "
                       "WHERE c.owner_office = ? AND c.registered_on BETWEEN ? AND ? ORDER BY c.registered_on, "
                       "c.case_number", OFFICE, *period)
    assert len(rows) == len(expected) == results["register"].rows > 1500
    col = {name: header.index(name) for name in header}
    for row, (number, registered, service, subject, state, due, decided, closed, ext, regno, assignee) \
            in zip(rows, expected):
        assert row[col["Хэргийн дугаар"]] == number
        assert row[col["Бүртгэсэн огноо"]] == registered            # a date cell, shown yyyy-mm-dd
        assert row[col["Үйлчилгээний код"]] == service
        assert row[col["Товч утга"]] == subject                      # formulas, markup, emoji: literally
        assert row[col["Төлөв"]] == mn_state(state)
        assert row[col["Шийдвэрлэх хугацаа"]] == (due or "")
        assert row[col["Шийдвэрлэсэн огноо"]] == (decided or "")
        assert row[col["Хаасан огноо"]] == (closed or "")
        assert row[col["Сунгасан хоног"]] == str(ext)
        assert row[col["Регистрийн дугаар"]] == (regno or "")
        assert row[col["Хариуцагч"]] == (assignee or "")
    by_number = {row[col["Хэргийн дугаар"]]: row for row in rows}
    for number, subject in office["hostile"].items():
        assert by_number[number][col["Товч утга"]] == subject
    assert by_number[office["odd_name"]][col["Өргөдөл гаргагч"]] == "=2+3 Ёндон 😀"
    on_time = sql(db, "SELECT count(*) FROM cases WHERE owner_office = ? AND registered_on BETWEEN ? AND ? AND "
                      "state IN ('decided','rejected','closed') AND decided_on IS NOT NULL AND "
                      "(due_date IS NULL OR decided_on <= due_date)", OFFICE, *period)[0][0]
    late = sql(db, "SELECT count(*) FROM cases WHERE owner_office = ? AND registered_on BETWEEN ? AND ? AND "
                   "state IN ('decided','rejected','closed') AND decided_on > due_date", OFFICE, *period)[0][0]
    assert [r[col["Хугацаандаа"]] for r in rows].count("Тийм") == on_time > 0
    assert [r[col["Хугацаандаа"]] for r in rows].count("Үгүй") == late > 0
    overdue_now = sql(db, "SELECT count(*) FROM cases WHERE owner_office = ? AND registered_on BETWEEN ? AND ? "
                          "AND state IN ('registered','in_progress') AND due_date < ?", OFFICE, *period,
                      today.isoformat())[0][0]
    assert "Шийдвэрлэж байна" in {r[col["Төлөв"]] for r in rows}      # the shared label's word for in_progress
    running = [r for r in rows if r[col["Төлөв"]] in (mn_state("registered"), mn_state("in_progress"))]
    assert sum(1 for r in running if r[col["Хэтэрсэн хоног"]] not in ("", "0")) == overdue_now > 0

    # ontime: by service and by channel, each number an independent count
    by_service = books["ontime"]["Үйлчилгээгээр"]
    header, rows = table(by_service, "Үйлчилгээний код", stop="Бүгд")
    expected = {r[0]: r[1:] for r in sql(db, """
        SELECT service_code, count(*),
               sum(state IN ('decided','rejected','closed') AND NOT coalesce(decided_on > due_date, 0)),
               sum(state IN ('decided','rejected','closed') AND coalesce(decided_on > due_date, 0)),
               sum(state = 'withdrawn'),
               sum(state IN ('registered','in_progress','waiting','transferred_out')),
               sum(state IN ('registered','in_progress') AND due_date < ?)
        FROM cases WHERE owner_office = ? AND registered_on BETWEEN ? AND ? GROUP BY service_code""",
        today.isoformat(), OFFICE, *period)}
    assert {r[0]: tuple(int(v) for v in r[2:8]) for r in rows} == expected
    total = next(r for r in by_service if r and r[0] == "Бүгд")
    received, ontime, late_n = (sum(v[i] for v in expected.values()) for i in range(3))
    assert int(total[2]) == received == results["register"].rows
    assert total[8] == f"{100 * ontime / (ontime + late_n):.1f}%"             # a percent format, not text
    mean = sql(db, "SELECT avg(julianday(decided_on) - julianday(registered_on)) FROM cases WHERE owner_office = ? "
                   "AND registered_on BETWEEN ? AND ? AND state IN ('decided','rejected','closed') "
                   "AND decided_on IS NOT NULL", OFFICE, *period)[0][0]
    assert total[9] == f"{mean:.1f}"
    assert any("Буцаан авсан хэрэг хугацаандаа ч, хэтэрсэн ч биш" in r[0] for r in by_service[:15])
    by_channel = books["ontime"]["Сувгаар"]
    _, rows = table(by_channel, "Хүлээн авсан суваг", stop="Бүгд")
    channels = dict(sql(db, "SELECT channel, count(*) FROM cases WHERE owner_office = ? AND registered_on "
                            "BETWEEN ? AND ? GROUP BY channel", OFFICE, *period))
    names = {"Биечлэн": "counter", "Утсаар": "phone", "Албан бичгээр": "letter", "e-Mongolia": "e-mongolia",
             "11-11 төв": "11-11"}
    assert {names[r[0]]: int(r[1]) for r in rows} == channels

    # overdue and due soon: running cases, as of today
    header, rows = table(books["overdue"]["Хэтэрсэн ба дөхсөн"], "Хугацааны байдал")
    overdue = sql(db, "SELECT case_number, due_date, julianday(?) - julianday(due_date) FROM cases "
                      "WHERE owner_office = ? AND state IN ('registered','in_progress') AND due_date < ? "
                      "ORDER BY due_date, case_number", today.isoformat(), OFFICE, today.isoformat())
    listed = [r for r in rows if r[0] == "Хугацаа хэтэрсэн"]
    assert [(r[1], r[9], int(r[10])) for r in listed] == [(n, d, int(days)) for n, d, days in overdue]
    horizon = queries.working_day_horizon(db, 3, today)
    soon = sql(db, "SELECT count(*) FROM cases WHERE owner_office = ? AND state IN ('registered','in_progress') "
                   "AND due_date BETWEEN ? AND ?", OFFICE, today.isoformat(), horizon.isoformat())[0][0]
    assert len(rows) - len(listed) == soon
    assert all(today.isoformat() <= r[9] <= horizon.isoformat() for r in rows if r[0] != "Хугацаа хэтэрсэн")


def test_workload_extensions_and_pauses_match_the_database(office, folder, soffice):
    db, today = office["db"], office["db"].today()
    period = (office["from"].isoformat(), office["to"].isoformat())
    paths = [folder / "workload.xlsx", folder / "extensions.xlsx"]
    build(office, "workload", paths[0])
    build(office, "extensions", paths[1])
    books = open_in_libreoffice(soffice, paths, folder.parent / "csv")

    _, rows = table(books["workload"]["Ачаалал"], "Ажилтан", stop="Бүгд")
    counts = {r[0]: r[1:] for r in sql(db, """
        SELECT u.username,
               sum(c.state IN ('registered','in_progress','waiting','transferred_out')),
               sum(c.state IN ('registered','in_progress') AND c.due_date < ?),
               sum(c.state = 'closed' AND c.closed_on BETWEEN ? AND ?)
        FROM cases c JOIN users u ON u.user_id = c.assignee_id WHERE c.owner_office = ? GROUP BY u.username""",
        today.isoformat(), *period, OFFICE)}
    listed = {r[1]: (int(r[3]), int(r[4]), int(r[7])) for r in rows if r[1]}
    assert {k: v for k, v in listed.items() if any(v)} == {k: tuple(v) for k, v in counts.items() if any(v)}
    assert listed["demo.clerk1"][0] >= len(office["hostile"])

    _, rows = table(books["extensions"]["Сунгалт"], "Сунгасан огноо, цаг")
    events = sql(db, "SELECT c.case_number, json_extract(e.payload, '$.days'), u.full_name FROM events e "
                     "JOIN cases c ON c.case_id = e.stream_id AND e.stream = 'case' "
                     "LEFT JOIN users u ON u.user_id = e.user_id "
                     "WHERE e.kind = 'case.extended' AND c.owner_office = ? ORDER BY e.recorded_at", OFFICE)
    assert len(rows) == len(events) > 1
    assert sorted((r[1], int(r[4]), r[7]) for r in rows) == sorted(events)
    mine = next(r for r in rows if r[1] == office["extended"])
    assert mine[5] == LONG_REASON                           # 1,000 characters, starting with "=", as typed
    assert mine[7] == "Гантулгын Энхтуяа" and mine[6] == "" and mine[8] == ""          # no request before it
    answered = next(r for r in rows if r[1] == office["asked"])
    # the reason is the clerk's, from her request; what the manager wrote when extending is a note beside it
    assert answered[5] == "Иргэн газрын кадастрын зураг авчрах хугацаа хүссэн"
    assert answered[6] == "Батболдын Сарангэрэл" and answered[7] == "Гантулгын Энхтуяа" and answered[8] == "Зөвшөөрөв"
    assert datetime.strptime(mine[0], "%Y-%m-%d %H:%M").date() == today

    _, rows = table(books["extensions"]["Түр зогсоолт"], "Үйлчилгээний код", stop="Бүгд")
    paused = dict(sql(db, "SELECT service_code, count(*) FROM cases WHERE owner_office = ? AND registered_on "
                          "BETWEEN ? AND ? AND pauses != '[]' GROUP BY service_code", OFFICE, *period))
    assert {r[0]: int(r[3]) for r in rows if int(r[3])} == paused and paused


def test_cells_are_real_dates_numbers_and_strings(office, folder):
    path = folder / "register.xlsx"
    build(office, "register", path)
    book = openpyxl.load_workbook(path)          # not read-only: the sheet's settings are read back too
    ws = book["Бүртгэл"]
    header_row = next(r for r in range(1, 20) if ws.cell(r, 1).value == "Хэргийн дугаар")
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.auto_filter.ref == f"A{header_row}:Q{ws.max_row}"
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["G"].width >= 30
    rows = {ws.cell(r, 1).value: r for r in range(header_row + 1, ws.max_row + 1)}
    for number, subject in office["hostile"].items():
        cell = ws.cell(rows[number], 7)
        assert cell.data_type == "s" and cell.value == subject
    first = header_row + 1
    assert ws.cell(first, 2).is_date and ws.cell(first, 2).number_format == "yyyy-mm-dd"
    assert isinstance(ws.cell(first, 2).value, datetime)
    assert ws.cell(first, 14).data_type == "n"              # extension days: a number
    assert ws.cell(rows[office["odd_name"]], 3).data_type == "s"
    ontime = folder / "ontime.xlsx"
    build(office, "ontime", ontime)
    ws = openpyxl.load_workbook(ontime)["Үйлчилгээгээр"]
    assert len(ws._charts) == 1
    total = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Бүгд")
    assert ws.cell(total, 9).number_format == "0.0%" and 0 < ws.cell(total, 9).value <= 1


def test_english_workbook(office, folder):
    path = folder / "register-en.xlsx"
    build(office, "register", path, language="en")
    ws = openpyxl.load_workbook(path, read_only=True)["Register"]
    values = [row for row in ws.iter_rows(values_only=True)]
    assert values[0][0] == "Case register"
    header = next(row for row in values if row and row[0] == "Case number")
    assert header[8] == "State" and header[16] == "On time"
    states = {row[8] for row in values[values.index(header) + 1:] if row}
    assert {"Closed", "Registered"} <= states and not any("Хаагдсан" == s for s in states)


# --- refusals, cancel, no half-written files ------------------------------------------------------------------------

def test_a_clerk_may_not_run_reports_and_no_file_is_written(office, folder):
    target = folder / "register.xlsx"
    with pytest.raises(PermissionDenied):
        reports.build_report(office["db"], office["clerk"], "register", office["from"], office["to"], target)
    assert list(folder.iterdir()) == []
    auditor = users.actor_for(office["db"], "demo.auditor")
    assert reports.build_report(office["db"], auditor, "workload", office["from"], office["to"], target).rows > 0


@pytest.mark.parametrize("date_from, date_to, name, field", [
    (date(2026, 3, 1), date(2026, 2, 1), "r.xlsx", "date_from"),
    (date(2010, 1, 1), date(2026, 1, 1), "r.xlsx", "date_to"),
    (date(1900, 1, 1), date(1900, 2, 1), "r.xlsx", "date_from"),
    ("2026-01-01", date(2026, 2, 1), "r.xlsx", "date_from"),
    (date(2026, 1, 1), datetime(2026, 2, 1, 12, 0), "r.xlsx", "date_to"),
    (date(2026, 1, 1), date(2026, 2, 1), "r.csv", "path"),
    (date(2026, 1, 1), date(2026, 2, 1), "missing-folder/r.xlsx", "path"),
])
def test_a_bad_period_or_file_is_refused_with_its_field(office, folder, date_from, date_to, name, field):
    with pytest.raises(ValidationError) as refused:
        reports.build_report(office["db"], office["manager"], "register", date_from, date_to, folder / name)
    assert refused.value.field == field
    assert any(ch in refused.value.message for ch in "аоэөү")         # said in Mongolian
    assert list(folder.iterdir()) == []


def test_errors_are_catalogue_keys_said_in_the_users_language(office, folder):
    with pytest.raises(ValidationError) as refused:
        reports.build_report(office["db"], office["manager"], "register", "2026-01-01", date(2026, 2, 1),
                             folder / "r.xlsx")
    assert refused.value.key == "report.error.date" and refused.value.field == "date_from"
    assert refused.value.render("en") == "“From” is not a date."              # the field's label translated too
    assert refused.value.render("mn") == "«Эхлэх огноо» огноо биш байна."
    with pytest.raises(ValidationError) as kind:
        build(office, "salaries", folder / "x.xlsx")
    assert kind.value.render("en") == ("Unknown report “salaries”. It must be one of: register, ontime, overdue, "
                                       "workload, extensions, transfers.")
    assert list(folder.iterdir()) == []


def test_unknown_kind_is_refused(office, folder):
    with pytest.raises(ValidationError) as refused:
        build(office, "salaries", folder / "x.xlsx")
    assert refused.value.field == "kind"


def test_cancel_leaves_no_file_and_keeps_an_existing_one(office, folder):
    target = folder / "register.xlsx"
    target.write_bytes(b"last month's report")
    calls = []
    before = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))

    def progress(stage, done, total):
        calls.append(done)

    with pytest.raises(CancelledError):
        build(office, "register", target, progress=progress, cancelled=lambda: any(calls))   # after rows were written
    assert calls and calls[-1] > 0
    assert target.read_bytes() == b"last month's report"
    assert [p.name for p in folder.iterdir()] == ["register.xlsx"]
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= before      # the sheet's own temp file too


def test_a_failure_while_saving_leaves_no_file(office, folder, monkeypatch):
    target = folder / "overdue.xlsx"
    target.write_bytes(b"old")

    def broken(self, filename):
        Path(filename).write_bytes(b"half a zip")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(openpyxl.Workbook, "save", broken)
    from caseapp.errors import StorageError
    with pytest.raises(StorageError):
        build(office, "overdue", target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["overdue.xlsx"]


def test_default_file_name():
    assert reports.default_file_name("register", date(2026, 10, 1), date(2026, 12, 31)) == \
        "case-register-2026-10-01-2026-12-31.xlsx"


# --- the command line --------------------------------------------------------------------------------------------

def caseapp(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "caseapp", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


def test_command_line_report(office, folder, soffice):
    from caseapp.services.demo import DEMO_ADMIN, DEMO_PASSWORD

    db = office["db"]
    db.close()                   # the command runs in its own process
    out = folder / "out" / "ontime.xlsx"
    out.parent.mkdir()
    password = folder.parent / "demo-pw.txt"                   # every demo account has the demo password
    password.write_text(f"{DEMO_PASSWORD}\n", encoding="utf-8")

    def signed_in(username: str) -> tuple[str, ...]:
        return "--as", username, "--as-password-file", str(password)
    args = ("--db", str(db.path), "--from", office["from"].isoformat(), "--to", office["to"].isoformat())
    result = caseapp("report", "ontime", *args, "-o", str(out), *signed_in("demo.manager"))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and out.exists()
    books = open_in_libreoffice(soffice, [out], folder.parent / "csv")
    total = next(r for r in books["ontime"]["Үйлчилгээгээр"] if r and r[0] == "Бүгд")
    assert int(total[2]) == sql(db, "SELECT count(*) FROM cases")[0][0]

    english = folder / "out" / "register-en.xlsx"
    result = caseapp("report", "register", *args, "-o", str(english), "--lang", "en", *signed_in(DEMO_ADMIN))
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(english, read_only=True).sheetnames == ["Register"]

    refused = folder / "out" / "clerk.xlsx"
    result = caseapp("report", "register", *args, "-o", str(refused), *signed_in("demo.clerk1"))
    assert result.returncode == 1 and not refused.exists()
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr and "run_reports" in result.stderr

    result = caseapp("report", "register", *args, "-o", str(refused))                     # nobody signed in
    assert result.returncode == 1 and "--as" in result.stderr and not refused.exists()

    result = caseapp("report", "register", "--db", str(db.path), "--from", "2026-05-01", "--to", "2026-04-01",
                     "-o", str(refused), *signed_in("demo.manager"))
    assert result.returncode == 1 and "date_from" in result.stderr and not refused.exists()

    result = caseapp("report", "register", "--db", str(folder.parent / "nope.sqlite3"), "--from", "2026-01-01",
                     "--to", "2026-02-01", "-o", str(refused), *signed_in("demo.manager"))
    assert result.returncode == 1 and "олдсонгүй" in result.stderr and not (folder.parent / "nope.sqlite3").exists()

    result = caseapp("report", "register", *args[:2], "--from", "2026-02-30", "--to", "2026-03-01", "-o", str(refused),
                     *signed_in("demo.manager"))
    assert result.returncode == 2 and "2026-02-30" in result.stderr
    assert sorted(p.name for p in out.parent.iterdir()) == ["ontime.xlsx", "register-en.xlsx"]


def test_the_printed_register_shows_service_codes_and_header_words_whole(office, folder, soffice):
    """Printed (LibreOffice to PDF, as a manager prints it), the register cut the 18-letter service codes and
    broke its headers in the middle of a word."""
    db = office["db"]
    case = workflow.register_case(db, office["clerk"], form(41, service_code="LAND-OWNERSHIP-REG"))
    path = folder / "register.xlsx"
    reports.build_report(db, office["manager"], "register", case.registered_on, case.registered_on, path)
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(folder),
                        str(path)], capture_output=True, text=True, timeout=240, check=True,
                       env={**os.environ, "HOME": home})
    printed = subprocess.run(["pdftotext", "-layout", str(path.with_suffix(".pdf")), "-"], capture_output=True,
                             text=True, check=True).stdout
    words = set(printed.split())
    assert "LAND-OWNERSHIP-REG" in words, printed[:2000]
    from caseapp.services.reports.register import REGISTER_COLUMNS

    headers = [translate(f"report.{key}", "mn") for key, _ in REGISTER_COLUMNS]
    broken = [word for header in headers for word in header.split() if word not in words]
    assert not broken, f"header words broken or cut on paper: {broken}"
