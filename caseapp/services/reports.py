"""Excel reports for office managers (openpyxl, DESIGN.md section 6).

Each report is a workbook a manager can hand to a superior as it is: a title block (office, period, when and by
whom it was made), the definitions of its columns where they are not obvious, a frozen header with an autofilter,
real dates and numbers with number formats, print titles and landscape fit-to-width, and a chart where a manager
would look rather than read. Mongolian by default, English with ``language="en"``.

- ``register``:   one row per case of this office registered in the period (by ``registered_on``).
- ``ontime``:     on-time statistics of the cases registered in the period, by service type and by channel
                  (two sheets, each with a bar chart): the shape of the quarterly petitions report.
- ``overdue``:    running cases of this office past their due date or due within 3 working days, as of today.
- ``workload``:   per staff member: open, overdue and waiting now; decided and closed in the period.
- ``extensions``: every extension recorded in the period (who, how many days, why, from the event log), and
                  paused time per service of the cases registered in the period.

Counts are of the cases as they are now (the projections are current state): a case registered in the period
and decided later counts as decided. "Now" and "today" are the moment the report is made.

Safety and size: every user-typed string is written as a string cell (a subject typed ``=1+1`` or ``#N/A``
stays text: openpyxl would store the first as a formula and the second as an error value), rows are streamed
from one read transaction (a consistent snapshot) into a write-only workbook, so memory stays flat however many
rows; the file is written next to the target under a temporary name and renamed into place only when complete,
so a cancel or an error leaves no file behind and never a half-written target.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
import json
import os
import stat
from pathlib import Path
import tempfile
from typing import Callable, Iterable

from babel.dates import format_date
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from sqlalchemy import Integer, and_, case, cast, func, or_, select

from caseapp import messages
from caseapp.domain.deadlines import WORKING, count_forward
from caseapp.domain.states import OPEN_STATES
from caseapp.errors import CancelledError, StorageError, ValidationError
from caseapp.services.database import Database
from caseapp.services.queries import workstation
from caseapp.services.users import Actor, require
from caseapp.services.workflow import CHANNELS, STATE_NAMES_MN
from caseapp.storage.calendar import load_calendar
from caseapp.storage.eventlog import EVENTS
from caseapp.storage.models import CaseRow, CitizenRow, ServiceTypeRow, UserRow

CASES = CaseRow.__table__
CITIZENS = CitizenRow.__table__
SERVICES = ServiceTypeRow.__table__
USERS = UserRow.__table__

KINDS = ("register", "ontime", "overdue", "workload", "extensions")
LANGUAGES = ("mn", "en")
FILE_STEMS = {"register": "case-register", "ontime": "on-time", "overdue": "overdue-due-soon",
              "workload": "workload", "extensions": "extensions-pauses"}
MAX_PERIOD_DAYS = 3653                      # ten years
EARLIEST, LATEST = date(1990, 1, 1), date(2100, 12, 31)
DUE_SOON_WORKING_DAYS = 3
CHUNK = 1000                                # rows fetched at a time; progress and cancel each chunk
ACTIVE = ("registered", "in_progress")      # the clock runs: these can be overdue (as in queries.py)
RESOLVED = frozenset({"decided", "rejected", "closed"})
MAX_CELL_TEXT = 32_767                      # Excel's limit of one cell

Progress = Callable[[str, int, "int | None"], None]


@dataclass(frozen=True)
class ReportResult:
    kind: str
    path: Path
    rows: int                       # data rows written (all sheets; no title, header or total rows)
    sheets: tuple[str, ...]


def default_file_name(kind: str, date_from: date, date_to: date) -> str:
    """``case-register-2026-10-01-2026-12-31.xlsx``."""
    return f"{FILE_STEMS.get(kind, kind)}-{date_from.isoformat()}-{date_to.isoformat()}.xlsx"


# --- words ----------------------------------------------------------------------------------------------------

STATE_NAMES_EN = {"registered": "Registered", "in_progress": "In progress", "waiting": "Waiting for the citizen",
                  "decided": "Decided", "rejected": "Rejected", "closed": "Closed", "withdrawn": "Withdrawn",
                  "transferred_out": "Being transferred"}
CHANNEL_NAMES = {"mn": {"counter": "Биечлэн", "phone": "Утсаар", "letter": "Албан бичгээр",
                        "e-mongolia": "e-Mongolia", "11-11": "11-11 төв"},
                 "en": {"counter": "Counter", "phone": "Phone", "letter": "Letter", "e-mongolia": "e-Mongolia",
                        "11-11": "11-11 call centre"}}
ROLE_NAMES = {"mn": {"clerk": "Ажилтан", "manager": "Менежер", "admin": "Админ", "auditor": "Хянагч"},
              "en": {"clerk": "Clerk", "manager": "Manager", "admin": "Administrator", "auditor": "Auditor"}}

# key: (Mongolian, English)
WORDS: dict[str, tuple[str, str]] = {
    # titles and sheets
    "title.register": ("Хэргийн бүртгэл", "Case register"),
    "title.ontime": ("Өргөдөл, хүсэлтийг хугацаанд нь шийдвэрлэсэн байдал", "Cases resolved on time"),
    "title.overdue": ("Хугацаа хэтэрсэн ба дөхсөн хэргүүд", "Overdue and due-soon cases"),
    "title.workload": ("Ажилтны ачаалал", "Workload per staff member"),
    "title.extensions": ("Хугацаа сунгалт", "Extensions"),
    "title.pauses": ("Түр зогсоолт үйлчилгээгээр", "Paused time per service"),
    "sheet.register": ("Бүртгэл", "Register"),
    "sheet.by_service": ("Үйлчилгээгээр", "By service"),
    "sheet.by_channel": ("Сувгаар", "By channel"),
    "sheet.overdue": ("Хэтэрсэн ба дөхсөн", "Overdue and due soon"),
    "sheet.workload": ("Ачаалал", "Workload"),
    "sheet.extensions": ("Сунгалт", "Extensions"),
    "sheet.pauses": ("Түр зогсоолт", "Pauses"),
    "subtitle.by_service": ("үйлчилгээний төрлөөр", "by service type"),
    "subtitle.by_channel": ("хүлээн авсан сувгаар", "by channel"),
    # title block
    "block.office": ("Байгууллага", "Office"),
    "block.period": ("Хугацаа", "Period"),
    "block.as_of": ("Байдал", "As of"),
    "block.generated_at": ("Үүсгэсэн огноо", "Generated at"),
    "block.generated_by": ("Үүсгэсэн", "Generated by"),
    "block.as_of_today": ("{date}-ны байдлаар", "as of {date}"),
    # columns
    "col.case_number": ("Хэргийн дугаар", "Case number"),
    "col.registered_on": ("Бүртгэсэн огноо", "Registered on"),
    "col.citizen": ("Өргөдөл гаргагч", "Applicant"),
    "col.register_no": ("Регистрийн дугаар", "Register number"),
    "col.service_code": ("Үйлчилгээний код", "Service code"),
    "col.service": ("Үйлчилгээ", "Service"),
    "col.subject": ("Товч утга", "Subject"),
    "col.channel": ("Хүлээн авсан суваг", "Channel"),
    "col.state": ("Төлөв", "State"),
    "col.assignee": ("Хариуцагч", "Assignee"),
    "col.due_date": ("Шийдвэрлэх хугацаа", "Due date"),
    "col.decided_on": ("Шийдвэрлэсэн огноо", "Decided on"),
    "col.closed_on": ("Хаасан огноо", "Closed on"),
    "col.extension_days": ("Сунгасан хоног", "Extension days"),
    "col.paused_days": ("Түр зогсоосон хоног", "Paused days"),
    "col.overdue_days": ("Хэтэрсэн хоног", "Days overdue"),
    "col.on_time": ("Хугацаандаа", "On time"),
    "col.received": ("Хүлээн авсан", "Received"),
    "col.resolved_on_time": ("Хугацаандаа шийдвэрлэсэн", "Resolved on time"),
    "col.resolved_late": ("Хугацаа хэтрүүлж шийдвэрлэсэн", "Resolved late"),
    "col.withdrawn": ("Буцаан авсан", "Withdrawn"),
    "col.open": ("Шийдвэрлэгдээгүй", "Open"),
    "col.open_overdue": ("Үүнээс хугацаа хэтэрсэн", "Of which overdue"),
    "col.share_on_time": ("Хугацаандаа шийдвэрлэсэн хувь", "Share on time"),
    "col.mean_days": ("Шийдвэрлэсэн дундаж хоног", "Mean days to resolve"),
    "col.median_days": ("Шийдвэрлэсэн медиан хоног", "Median days to resolve"),
    "col.status": ("Хугацааны байдал", "Deadline status"),
    "col.staff": ("Ажилтан", "Staff member"),
    "col.username": ("Нэвтрэх нэр", "User name"),
    "col.role": ("Эрх", "Role"),
    "col.open_now": ("Одоо нээлттэй", "Open now"),
    "col.overdue_now": ("Үүнээс хугацаа хэтэрсэн", "Of which overdue"),
    "col.waiting_now": ("Үүнээс иргэнийг хүлээж буй", "Of which waiting for the citizen"),
    "col.decided_in_period": ("Хугацаанд шийдвэрлэсэн", "Decided in the period"),
    "col.closed_in_period": ("Хугацаанд хаасан", "Closed in the period"),
    "col.extended_at": ("Сунгасан огноо, цаг", "Extended at"),
    "col.days": ("Хоног", "Days"),
    "col.reason": ("Шалтгаан", "Reason"),
    "col.extended_by": ("Сунгасан", "Extended by"),
    "col.cases_paused": ("Түр зогсоосон хэрэг", "Cases paused"),
    "col.pauses": ("Түр зогсоолтын тоо", "Pauses"),
    "col.paused_days_total": ("Түр зогсоосон нийт хоног", "Paused days in total"),
    "col.paused_days_mean": ("Нэг хэрэгт ногдох дундаж хоног", "Mean paused days per paused case"),
    "col.paused_now": ("Одоо түр зогссон", "Paused now"),
    # values
    "yes": ("Тийм", "Yes"),
    "no": ("Үгүй", "No"),
    "total": ("Бүгд", "Total"),
    "unassigned": ("Хариуцагчгүй", "Unassigned"),
    "status.overdue": ("Хугацаа хэтэрсэн", "Overdue"),
    "status.due_today": ("Өнөөдөр дуусна", "Due today"),
    "status.due_soon": ("Хугацаа дөхсөн", "Due soon"),
    # notes under the titles
    "note.register.1": ("Энэ байгууллагын тухайн хугацаанд бүртгэсэн (бүртгэсэн огноогоор) бүх хэрэг, одоогийн "
                        "төлөвөөр.",
                        "Every case of this office registered in the period (by the registration date), in its "
                        "state now."),
    "note.register.2": ("Хэтэрсэн хоног: шийдвэрлэсэн хэрэгт шийдвэрлэсэн огноо хугацаанаас хоцорсон "
                        "календарийн хоног; шийдвэрлэж байгаа хэрэгт өнөөдрийн байдлаар хэтэрсэн хоног.",
                        "Days overdue: for a decided case, the calendar days its decision came after the due "
                        "date; for a running case, the days it is past its due date today."),
    "note.register.3": ("Хугацаандаа: шийдвэрлэсэн огноо шийдвэрлэх хугацаанаас хэтрээгүй бол «Тийм». Буцаан "
                        "авсан болон шийдвэрлэгдээгүй хэрэгт хоосон.",
                        "On time: “Yes” when the decision came on or before the due date. Empty for withdrawn "
                        "cases and for cases not decided yet."),
    "note.ontime.1": ("Хүлээн авсан: тухайн хугацаанд бүртгэсэн хэрэг. Бусад багана эдгээр хэргийн одоогийн "
                      "байдлыг харуулна (хүлээн авсан = хугацаандаа + хэтрүүлсэн + буцаан авсан + "
                      "шийдвэрлэгдээгүй).",
                      "Received: the cases registered in the period. The other columns show where those cases "
                      "stand now (received = on time + late + withdrawn + open)."),
    "note.ontime.2": ("Шийдвэрлэсэн: шийдвэрлэсэн, татгалзсан эсвэл хаагдсан хэрэг. Хугацаандаа: шийдвэрлэсэн "
                      "огноо шийдвэрлэх хугацааны (сунгалт, түр зогсоолтыг тооцсон) сүүлийн өдрөөс хэтрээгүй.",
                      "Resolved: decided, rejected or closed. On time: decided on or before the due date "
                      "(extensions and pauses included)."),
    "note.ontime.3": ("Буцаан авсан хэрэг хугацаандаа ч, хэтэрсэн ч биш: тусдаа тоолно.",
                      "A withdrawn case is neither on time nor late: it is counted on its own."),
    "note.ontime.4": ("Шийдвэрлэгдээгүй: бүртгэгдсэн, шийдвэрлэж байгаа, иргэнийг хүлээж буй, шилжүүлж буй. "
                      "Үүнээс хугацаа хэтэрсэн: хугацаа нь өнөөдрөөс өмнө дууссан, шийдвэрлэж байгаа хэрэг.",
                      "Open: registered, in progress, waiting for the citizen or being transferred. Of which "
                      "overdue: running cases whose due date is before today."),
    "note.ontime.5": ("Хугацаандаа шийдвэрлэсэн хувь = хугацаандаа / (хугацаандаа + хэтрүүлсэн). Шийдвэрлэсэн "
                      "хоног: бүртгэснээс шийдвэрлэсэн хүртэлх календарийн хоног.",
                      "Share on time = on time / (on time + late). Days to resolve: calendar days from "
                      "registration to decision."),
    "note.overdue.1": ("Энэ байгууллагын шийдвэрлэж байгаа (бүртгэгдсэн, шийдвэрлэж байгаа) хэргүүдээс хугацаа "
                       "нь өнгөрсөн эсвэл {days} ажлын өдрийн дотор дуусах хэрэг, өнөөдрийн байдлаар. Түр "
                       "зогсоосон хэргийн хугацаа тоологдохгүй тул орохгүй.",
                       "Running cases of this office (registered or in progress) past their due date or due "
                       "within {days} working days, as of today. Paused cases are not counted down, so they "
                       "are not listed."),
    "note.overdue.2": ("Хэтэрсэн хоног: шийдвэрлэх хугацаанаас хойш өнгөрсөн календарийн хоног.",
                       "Days overdue: calendar days since the due date."),
    "note.workload.1": ("Одоо нээлттэй, хугацаа хэтэрсэн, хүлээж буй: өнөөдрийн байдлаар. Шийдвэрлэсэн, хаасан: "
                        "тухайн хугацаанд (шийдвэрлэсэн, хаасан огноогоор). Хариуцагч: хэргийн одоогийн "
                        "хариуцагч.",
                        "Open, overdue and waiting: now. Decided and closed: in the period (by the decision and "
                        "closing dates). Assignee: the case's assignee now."),
    "note.extensions.1": ("Тухайн хугацаанд (орон нутгийн цагаар) бүртгэгдсэн хугацаа сунгалт бүр, үйл явдлын "
                          "бүртгэлээс.",
                          "Every extension recorded in the period (local time), from the event log."),
    "note.pauses.1": ("Тухайн хугацаанд бүртгэсэн хэргүүдийн түр зогсоолт (иргэнийг хүлээсэн хугацаа). "
                      "Дуусаагүй түр зогсоолтыг өнөөдөр хүртэл тоолно.",
                      "Pauses (waiting for the citizen) of the cases registered in the period. A pause that "
                      "has not ended counts up to today."),
    # errors
    "error.kind": ("Тайлангийн төрөл буруу: «{kind}». Дараахын нэг байна: {allowed}.",
                   "Unknown report “{kind}”. It must be one of: {allowed}."),
    "error.language": ("Тайлангийн хэл «mn» эсвэл «en» байна.", "The report language must be “mn” or “en”."),
    "error.date": ("«{field}» огноо биш байна.", "“{field}” is not a date."),
    "error.date_range": ("«{field}» {first}-{last} оны хооронд байна.",
                         "“{field}” must be between {first} and {last}."),
    "error.order": ("Эхлэх огноо дуусах огнооноос хойш байж болохгүй.",
                    "The start date cannot be after the end date."),
    "error.too_long": ("Тайлангийн хугацаа 10 жилээс урт байж болохгүй.",
                       "A report period cannot be longer than 10 years."),
    "error.path": ("Тайлангийн файлын нэрийг өгнө үү.", "Give the report's file name."),
    "error.suffix": ("Тайлангийн файл «.xlsx» өргөтгөлтэй байна.", "The report file must end in “.xlsx”."),
    "error.folder": ("Хавтас олдсонгүй: {folder}", "Folder not found: {folder}"),
    "error.is_folder": ("{path} нь хавтас байна, файл биш.", "{path} is a folder, not a file."),
    "error.write": ("Тайлангийн файлыг бичиж чадсангүй: {reason} ({path})",
                    "Could not write the report file: {reason} ({path})"),
    "cancelled": ("Тайлан цуцлагдлаа; файл үүсгээгүй.", "The report was cancelled; no file was written."),
    "label.date_from": ("Эхлэх огноо", "From"),
    "label.date_to": ("Дуусах огноо", "To"),
}


class _Words:
    def __init__(self, language: str) -> None:
        self.language = language
        self._index = 1 if language == "en" else 0

    def __call__(self, key: str, **values: object) -> str:
        text = WORDS[key][self._index]
        return text.format(**values) if values else text

    def state(self, state: str) -> str:
        if self.language == "en":
            return STATE_NAMES_EN.get(state, state)
        return STATE_NAMES_MN.get(state, state).capitalize()

    def channel(self, channel: str) -> str:
        return CHANNEL_NAMES[self.language].get(channel, channel)

    def role(self, role: str) -> str:
        return ROLE_NAMES[self.language].get(role, role)

    def long_date(self, value: date) -> str:
        """"2026 оны 2-р сарын 18" / "18 Feb 2026" (as ui/format.py writes dates for people)."""
        text = format_date(value, format="medium", locale="en_GB" if self.language == "en" else "mn")
        return text.replace("\u202f", " ")


def _error_words() -> _Words:
    """Errors speak the language the service layer speaks (the desktop sets it; the command line is Mongolian)."""
    return _Words(messages.language())


# --- validation -----------------------------------------------------------------------------------------------

def validate_request(kind: str, date_from, date_to, path, language: str = "mn") -> Path:
    """Check the request before anything is read or written; returns the target path (absolute)."""
    w = _error_words()
    if kind not in KINDS:
        raise ValidationError(w("error.kind", kind=kind, allowed=", ".join(KINDS)), field="kind")
    if language not in LANGUAGES:
        raise ValidationError(w("error.language"), field="language")
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError(w("error.date", field=w(f"label.{name}")), field=name)
        if not EARLIEST <= value <= LATEST:
            raise ValidationError(w("error.date_range", field=w(f"label.{name}"), first=EARLIEST.year,
                                    last=LATEST.year), field=name)
    if date_from > date_to:
        raise ValidationError(w("error.order"), field="date_from")
    if (date_to - date_from).days >= MAX_PERIOD_DAYS:
        raise ValidationError(w("error.too_long"), field="date_to")
    if path is None or not str(path).strip():
        raise ValidationError(w("error.path"), field="path")
    target = Path(path).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise ValidationError(w("error.suffix"), field="path")
    target = target.absolute()
    if target.is_dir():
        raise ValidationError(w("error.is_folder", path=target), field="path")
    if not target.parent.is_dir():
        raise ValidationError(w("error.folder", folder=target.parent), field="path")
    return target


# --- cells -----------------------------------------------------------------------------------------------------

TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
DECIMAL_FORMAT = "0.0"


def _clean(value: str) -> str:
    """Text a cell can hold: no XML-illegal control characters, not longer than Excel allows."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value if len(value) <= MAX_CELL_TEXT else value[:MAX_CELL_TEXT - 1] + "…"


def _string_cell(ws, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    cell.value = value
    cell.data_type = "s"          # never a formula or an error value, whatever the text looks like
    return cell


def _text(ws, value):
    """A user-typed string as a string cell. Plain text goes as it is (openpyxl makes it a string cell); only
    text openpyxl would take for a formula ("=...") or an error value ("#N/A") gets an explicit string cell."""
    if value is None or value == "":
        return None
    value = _clean(value)
    if value[0] == "=" or (value[0] == "#" and value in ERROR_CODES):
        return _string_cell(ws, value)
    return value


def _styled(ws, value, *, font: Font | None = None, number_format: str | None = None,
            fill: PatternFill | None = None, alignment: Alignment | None = None) -> WriteOnlyCell:
    if isinstance(value, str):
        cell = _string_cell(ws, _clean(value))
    else:
        cell = WriteOnlyCell(ws, value)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    if fill is not None:
        cell.fill = fill
    if alignment is not None:
        cell.alignment = alignment
    return cell


# --- the workbook ----------------------------------------------------------------------------------------------

@dataclass
class _Context:
    db: Database
    conn: object
    actor: Actor
    w: _Words
    office_code: str
    office_name: str
    date_from: date
    date_to: date
    today: date
    now: datetime                       # local, naive
    progress: Progress
    cancelled: Callable[[], bool]
    rows: int = 0
    sheets: list[str] = field(default_factory=list)

    def check_cancel(self) -> None:
        if self.cancelled():
            raise CancelledError(_error_words()("cancelled"))


class _Sheet:
    """One write-only sheet: title block, optional notes, a header row, data rows (counted), a total row.

    Everything that must come before the first row (widths, frozen panes, fit-to-page) is set when the sheet is
    made; the autofilter and page setup are written at the end of the sheet."""

    def __init__(self, ctx: _Context, wb: Workbook, title: str, sheet_name: str, columns: list[tuple[str, float]],
                 *, notes: Iterable[str] = (), period: bool = True, as_of: bool = False) -> None:
        self.ctx = ctx
        w = ctx.w
        self.ws = ws = wb.create_sheet(sheet_name[:31])
        ctx.sheets.append(ws.title)
        block: list[tuple[str, str]] = [(w("block.office"), ctx.office_name)]
        if period:
            block.append((w("block.period"), f"{w.long_date(ctx.date_from)} – {w.long_date(ctx.date_to)}"))
        if as_of:
            block.append((w("block.as_of"), w("block.as_of_today", date=w.long_date(ctx.today))))
        block.append((w("block.generated_at"), f"{w.long_date(ctx.now.date())} {ctx.now:%H:%M}"))
        block.append((w("block.generated_by"), f"{ctx.actor.full_name} ({ctx.actor.username})"))
        notes = list(notes)
        self.header_row = 1 + len(block) + (len(notes) + 1 if notes else 0) + 2
        self.columns = columns
        for index, (_, width) in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = f"A{self.header_row + 1}"
        ws.row_dimensions[self.header_row].height = 45
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"            # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.HeaderFooter.oddFooter.center.text = "&P / &N"
        ws.HeaderFooter.oddFooter.left.text = title.replace("&", "&&")[:200]
        self.row = 0
        self._append([_styled(ws, title, font=TITLE_FONT)])
        for label, value in block:
            self._append([_styled(ws, label, font=BOLD), _styled(ws, value)])
        if notes:
            self._append([])
            for note in notes:
                self._append([_styled(ws, note, font=NOTE_FONT)])
        self._append([])
        self._append([_styled(ws, name, font=BOLD, fill=HEADER_FILL, alignment=HEADER_ALIGNMENT)
                      for name, _ in columns])
        assert self.row == self.header_row
        self.first_data_row = self.header_row + 1

    def _append(self, values) -> None:
        self.ws.append(values)
        self.row += 1

    def add(self, values) -> None:
        """A data row."""
        self.ws.append(values)
        self.row += 1
        self.ctx.rows += 1

    def add_total(self, values) -> None:
        self._append([_styled(self.ws, v, font=BOLD) if isinstance(v, str) else v for v in values])

    @property
    def last_data_row(self) -> int:
        return self.row

    def finish(self, last_data_row: int | None = None) -> None:
        last = max(last_data_row or self.row, self.header_row)
        self.ws.auto_filter.ref = f"A{self.header_row}:{get_column_letter(len(self.columns))}{last}"


def _percent(ws, value: float | None):
    return None if value is None else _styled(ws, value, number_format=PERCENT_FORMAT)


def _decimal(ws, value: float | None):
    return None if value is None else _styled(ws, round(value, 2), number_format=DECIMAL_FORMAT)


def _datetime_cell(ws, value: datetime | None):
    return None if value is None else _styled(ws, value, number_format=DATETIME_FORMAT)


def _local(recorded_at: str) -> datetime | None:
    try:
        return datetime.fromisoformat(recorded_at).astimezone().replace(tzinfo=None, microsecond=0)
    except (TypeError, ValueError):
        return None


def _utc_bound(day: date) -> str:
    """The start of a local day as the stored event time text (UTC, ISO 8601, milliseconds)."""
    return datetime.combine(day, time.min).astimezone().astimezone(timezone.utc).isoformat(timespec="milliseconds")


def _paused_days(pauses_json: str | None, today: date) -> int:
    if not pauses_json or pauses_json == "[]":
        return 0
    total = 0
    for start, end in json.loads(pauses_json):
        total += ((date.fromisoformat(end) if end else today) - date.fromisoformat(start)).days
    return total


def _citizen_name(family: str | None, given: str | None) -> str:
    return f"{family or ''} {given or ''}".strip()


def _service_name(ctx: _Context):
    return SERVICES.c.name_en if ctx.w.language == "en" else SERVICES.c.name_mn


def _median(counts: Counter) -> float | None:
    n = sum(counts.values())
    if not n:
        return None
    ordered = sorted(counts.items())

    def nth(k: int) -> int:          # the k-th smallest value, 0-based
        seen = 0
        for value, count in ordered:
            seen += count
            if k < seen:
                return value
        return ordered[-1][0]
    if n % 2:
        return float(nth(n // 2))
    return (nth(n // 2 - 1) + nth(n // 2)) / 2


# --- register -------------------------------------------------------------------------------------------------

REGISTER_COLUMNS = (("col.case_number", 24), ("col.registered_on", 12), ("col.citizen", 28),
                    ("col.register_no", 13), ("col.service_code", 14), ("col.service", 36), ("col.subject", 40),
                    ("col.channel", 14), ("col.state", 18), ("col.assignee", 26), ("col.due_date", 12),
                    ("col.decided_on", 12), ("col.closed_on", 12), ("col.extension_days", 10),
                    ("col.paused_days", 11), ("col.overdue_days", 10), ("col.on_time", 12))


def register_statement(office: str, date_from: date, date_to: date, language: str = "mn"):
    """The register's rows (a Core select, streamed): cases of ``office`` registered from..to."""
    name = SERVICES.c.name_en if language == "en" else SERVICES.c.name_mn
    return (select(CASES.c.case_number, CASES.c.registered_on, CITIZENS.c.family_name, CITIZENS.c.given_name,
                   CITIZENS.c.register_no, CASES.c.service_code, name.label("service_name"), CASES.c.subject,
                   CASES.c.channel, CASES.c.state, USERS.c.full_name.label("assignee_name"), CASES.c.due_date,
                   CASES.c.decided_on, CASES.c.closed_on, CASES.c.extension_days, CASES.c.pauses)
            .select_from(CASES.outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id)
                         .outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
                         .outerjoin(USERS, USERS.c.user_id == CASES.c.assignee_id))
            .where(CASES.c.owner_office == office, CASES.c.registered_on >= date_from,
                   CASES.c.registered_on <= date_to)
            .order_by(CASES.c.registered_on, CASES.c.case_number))


def _register(ctx: _Context, wb: Workbook) -> None:
    w, conn, today = ctx.w, ctx.conn, ctx.today
    total = conn.execute(select(func.count()).select_from(CASES).where(
        CASES.c.owner_office == ctx.office_code, CASES.c.registered_on >= ctx.date_from,
        CASES.c.registered_on <= ctx.date_to)).scalar_one()
    sheet = _Sheet(ctx, wb, w("title.register"), w("sheet.register"),
                   [(w(key), width) for key, width in REGISTER_COLUMNS],
                   notes=[w("note.register.1"), w("note.register.2"), w("note.register.3")])
    ws = sheet.ws
    states = {s: w.state(s) for s in (*STATE_NAMES_EN, )}
    channels = {c: w.channel(c) for c in CHANNELS}
    yes, no = w("yes"), w("no")
    ctx.progress("report", 0, total)
    done = 0
    result = conn.execution_options(yield_per=CHUNK).execute(
        register_statement(ctx.office_code, ctx.date_from, ctx.date_to, w.language))
    for chunk in result.partitions():
        ctx.check_cancel()
        for r in chunk:
            state, due = r.state, r.due_date
            overdue_days = on_time = None
            if state in RESOLVED:
                decided = r.decided_on
                if decided is not None:
                    late = (decided - due).days if due is not None else 0
                    overdue_days = late if late > 0 else 0
                    on_time = no if late > 0 else yes
            elif state in ACTIVE and due is not None:
                late = (today - due).days
                overdue_days = late if late > 0 else 0
            pauses = r.pauses
            ws.append((
                r.case_number, r.registered_on, _text(ws, _citizen_name(r.family_name, r.given_name)),
                r.register_no, r.service_code, _text(ws, r.service_name), _text(ws, r.subject),
                channels.get(r.channel) or _text(ws, r.channel), states.get(state, state),
                _text(ws, r.assignee_name), due, r.decided_on, r.closed_on, r.extension_days,
                _paused_days(pauses, today) if pauses and pauses != "[]" else 0, overdue_days, on_time))
            sheet.row += 1
        done += len(chunk)
        ctx.rows += len(chunk)
        ctx.progress("report", done, total)
    sheet.finish()


# --- on-time statistics -----------------------------------------------------------------------------------------

@dataclass
class _Tally:
    received: int = 0
    on_time: int = 0
    late: int = 0
    withdrawn: int = 0
    open: int = 0
    overdue: int = 0
    days: Counter = field(default_factory=Counter)

    def add(self, state: str, late: bool, overdue: bool, days: int | None, count: int) -> None:
        self.received += count
        if state in RESOLVED:
            if late:
                self.late += count
            else:
                self.on_time += count
            if days is not None:
                self.days[days] += count
        elif state == "withdrawn":
            self.withdrawn += count
        elif state in OPEN_STATES:
            self.open += count
            if overdue:
                self.overdue += count

    def values(self, ws) -> list:
        decided = self.on_time + self.late
        n = sum(self.days.values())
        mean = sum(d * c for d, c in self.days.items()) / n if n else None
        return [self.received, self.on_time, self.late, self.withdrawn, self.open, self.overdue,
                _percent(ws, self.on_time / decided if decided else None), _decimal(ws, mean),
                _decimal(ws, _median(self.days))]


def _ontime_tallies(ctx: _Context) -> tuple[dict[str, _Tally], dict[str, _Tally], _Tally, dict[str, str]]:
    late = case((and_(CASES.c.decided_on.is_not(None), CASES.c.due_date.is_not(None),
                      CASES.c.decided_on > CASES.c.due_date), 1), else_=0)
    overdue = case((and_(CASES.c.state.in_(ACTIVE), CASES.c.due_date < ctx.today), 1), else_=0)
    days = case((CASES.c.decided_on.is_not(None),
                 cast(func.julianday(CASES.c.decided_on) - func.julianday(CASES.c.registered_on), Integer)),
                else_=None)
    stmt = (select(CASES.c.service_code, CASES.c.channel, CASES.c.state, late.label("late"),
                   overdue.label("overdue"), days.label("days"), func.count().label("n"))
            .where(CASES.c.owner_office == ctx.office_code, CASES.c.registered_on >= ctx.date_from,
                   CASES.c.registered_on <= ctx.date_to)
            .group_by(CASES.c.service_code, CASES.c.channel, CASES.c.state, "late", "overdue", "days"))
    by_service: dict[str, _Tally] = defaultdict(_Tally)
    by_channel: dict[str, _Tally] = defaultdict(_Tally)
    total = _Tally()
    for r in ctx.conn.execute(stmt):
        for tally in (by_service[r.service_code], by_channel[r.channel], total):
            tally.add(r.state, bool(r.late), bool(r.overdue), r.days, r.n)
    names = dict(ctx.conn.execute(select(SERVICES.c.code, _service_name(ctx))).all())
    return by_service, by_channel, total, names


def _bar_chart(sheet: _Sheet, title: str, first_col: int, last_col: int, category_col: int, last_row: int,
               *, horizontal: bool, stacked: bool, anchor_row: int) -> None:
    rows = last_row - sheet.header_row
    if rows <= 0:
        return
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    if stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    data = Reference(sheet.ws, min_col=first_col, max_col=last_col, min_row=sheet.header_row, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=category_col, min_row=sheet.header_row + 1, max_row=last_row))
    chart.width = 26
    chart.height = max(8.0, 0.7 * rows + 3) if horizontal else 10
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"        # the first row at the top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    sheet.ws.add_chart(chart, f"A{anchor_row}")


ONTIME_NUMBER_COLUMNS = (("col.received", 11), ("col.resolved_on_time", 13), ("col.resolved_late", 13),
                         ("col.withdrawn", 11), ("col.open", 13), ("col.open_overdue", 12),
                         ("col.share_on_time", 13), ("col.mean_days", 13), ("col.median_days", 13))


def _ontime(ctx: _Context, wb: Workbook) -> None:
    w = ctx.w
    ctx.progress("report", 0, None)
    by_service, by_channel, total, names = _ontime_tallies(ctx)
    ctx.check_cancel()
    notes = [w(f"note.ontime.{i}") for i in range(1, 6)]
    numbers = [(w(key), width) for key, width in ONTIME_NUMBER_COLUMNS]

    title = f"{w('title.ontime')}: {w('subtitle.by_service')}"
    sheet = _Sheet(ctx, wb, title, w("sheet.by_service"),
                   [(w("col.service_code"), 16), (w("col.service"), 44), *numbers], notes=notes)
    ws = sheet.ws
    for code in sorted(by_service):
        sheet.add([code, _text(ws, names.get(code) or code), *by_service[code].values(ws)])
    last = sheet.row
    sheet.add_total([w("total"), None, *total.values(ws)])
    sheet.finish(last)
    _bar_chart(sheet, title, 4, 7, 2, last, horizontal=True, stacked=True, anchor_row=sheet.row + 3)
    ctx.check_cancel()

    title = f"{w('title.ontime')}: {w('subtitle.by_channel')}"
    sheet = _Sheet(ctx, wb, title, w("sheet.by_channel"), [(w("col.channel"), 22), *numbers], notes=notes)
    ws = sheet.ws
    order = [c for c in CHANNELS if c in by_channel] + sorted(c for c in by_channel if c not in CHANNELS)
    for channel in order:
        label = w.channel(channel) if channel in CHANNELS else _text(ws, channel)
        sheet.add([label, *by_channel[channel].values(ws)])
    last = sheet.row
    sheet.add_total([w("total"), *total.values(ws)])
    sheet.finish(last)
    _bar_chart(sheet, title, 3, 6, 1, last, horizontal=False, stacked=True, anchor_row=sheet.row + 3)
    ctx.progress("report", ctx.rows, ctx.rows)


# --- overdue and due soon -----------------------------------------------------------------------------------------

OVERDUE_COLUMNS = (("col.status", 16), ("col.case_number", 24), ("col.registered_on", 12), ("col.citizen", 28),
                   ("col.register_no", 13), ("col.service", 36), ("col.subject", 40), ("col.state", 18),
                   ("col.assignee", 26), ("col.due_date", 12), ("col.overdue_days", 10))


def due_soon_horizon(conn, today: date) -> date:
    """The last day of "due soon": DUE_SOON_WORKING_DAYS working days after today (queries.due_within's rule)."""
    return count_forward(today, DUE_SOON_WORKING_DAYS, WORKING, load_calendar(conn))


def _overdue(ctx: _Context, wb: Workbook) -> None:
    w, conn, today = ctx.w, ctx.conn, ctx.today
    horizon = due_soon_horizon(conn, today)
    sheet = _Sheet(ctx, wb, w("title.overdue"), w("sheet.overdue"),
                   [(w(key), width) for key, width in OVERDUE_COLUMNS],
                   notes=[w("note.overdue.1", days=DUE_SOON_WORKING_DAYS), w("note.overdue.2")],
                   period=False, as_of=True)
    ws = sheet.ws
    stmt = (select(CASES.c.case_number, CASES.c.registered_on, CITIZENS.c.family_name, CITIZENS.c.given_name,
                   CITIZENS.c.register_no, _service_name(ctx).label("service_name"), CASES.c.service_code,
                   CASES.c.subject, CASES.c.state, USERS.c.full_name.label("assignee_name"), CASES.c.due_date)
            .select_from(CASES.outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id)
                         .outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
                         .outerjoin(USERS, USERS.c.user_id == CASES.c.assignee_id))
            .where(CASES.c.owner_office == ctx.office_code, CASES.c.state.in_(ACTIVE),
                   CASES.c.due_date.is_not(None), CASES.c.due_date <= horizon)
            .order_by(CASES.c.due_date, CASES.c.case_number))
    labels = {"overdue": w("status.overdue"), "today": w("status.due_today"), "soon": w("status.due_soon")}
    ctx.progress("report", 0, None)
    for chunk in conn.execution_options(yield_per=CHUNK).execute(stmt).partitions():
        ctx.check_cancel()
        for r in chunk:
            late = (today - r.due_date).days
            status = "overdue" if late > 0 else ("today" if late == 0 else "soon")
            sheet.add([labels[status], r.case_number, r.registered_on,
                       _text(ws, _citizen_name(r.family_name, r.given_name)), r.register_no,
                       _text(ws, r.service_name or r.service_code), _text(ws, r.subject), w.state(r.state),
                       _text(ws, r.assignee_name) or w("unassigned"), r.due_date, late if late > 0 else None])
        ctx.progress("report", ctx.rows, None)
    sheet.finish()


# --- workload -------------------------------------------------------------------------------------------------------

def _workload(ctx: _Context, wb: Workbook) -> None:
    w, conn, today = ctx.w, ctx.conn, ctx.today
    in_period = lambda column: and_(column >= ctx.date_from, column <= ctx.date_to)  # noqa: E731
    count = lambda condition: func.sum(case((condition, 1), else_=0))               # noqa: E731
    stmt = (select(CASES.c.assignee_id,
                   count(CASES.c.state.in_(tuple(OPEN_STATES))).label("open"),
                   count(and_(CASES.c.state.in_(ACTIVE), CASES.c.due_date < today)).label("overdue"),
                   count(CASES.c.state == "waiting").label("waiting"),
                   count(and_(CASES.c.state.in_(tuple(RESOLVED)), in_period(CASES.c.decided_on))).label("decided"),
                   count(and_(CASES.c.state == "closed", in_period(CASES.c.closed_on))).label("closed"))
            .where(CASES.c.owner_office == ctx.office_code,
                   or_(CASES.c.state.in_(tuple(OPEN_STATES)), in_period(CASES.c.decided_on),
                       in_period(CASES.c.closed_on)))
            .group_by(CASES.c.assignee_id))
    ctx.progress("report", 0, None)
    counts = {r.assignee_id: r for r in conn.execute(stmt)}
    ctx.check_cancel()
    staff = conn.execute(select(USERS.c.user_id, USERS.c.full_name, USERS.c.username, USERS.c.role)
                         .where(or_(and_(USERS.c.office_id == ctx.office_code,
                                         USERS.c.role.in_(("clerk", "manager")), USERS.c.active == True),  # noqa: E712
                                    USERS.c.user_id.in_([k for k in counts if k is not None])))
                         .order_by(USERS.c.full_name, USERS.c.username)).all()
    sheet = _Sheet(ctx, wb, w("title.workload"), w("sheet.workload"),
                   [(w("col.staff"), 30), (w("col.username"), 16), (w("col.role"), 12), (w("col.open_now"), 12),
                    (w("col.overdue_now"), 12), (w("col.waiting_now"), 14), (w("col.decided_in_period"), 14),
                    (w("col.closed_in_period"), 14)],
                   notes=[w("note.workload.1")], as_of=True)
    ws = sheet.ws
    totals = [0, 0, 0, 0, 0]

    def numbers(row) -> list[int]:
        values = [int(row.open or 0), int(row.overdue or 0), int(row.waiting or 0), int(row.decided or 0),
                  int(row.closed or 0)] if row is not None else [0, 0, 0, 0, 0]
        for i, v in enumerate(values):
            totals[i] += v
        return values
    known = set()
    for user in staff:
        known.add(user.user_id)
        sheet.add([_text(ws, user.full_name), _text(ws, user.username), w.role(user.role),
                   *numbers(counts.get(user.user_id))])
    for assignee, row in counts.items():          # assigned to someone no longer in the users table
        if assignee is not None and assignee not in known:
            sheet.add([_text(ws, assignee), None, None, *numbers(row)])
    if None in counts:
        sheet.add([w("unassigned"), None, None, *numbers(counts[None])])
    last = sheet.row
    sheet.add_total([w("total"), None, None, *totals])
    sheet.finish(last)
    _bar_chart(sheet, w("title.workload"), 4, 5, 1, last, horizontal=True, stacked=False,
               anchor_row=sheet.row + 3)
    ctx.progress("report", ctx.rows, ctx.rows)


# --- extensions and pauses ------------------------------------------------------------------------------------------

EXTENSION_COLUMNS = (("col.extended_at", 17), ("col.case_number", 24), ("col.citizen", 28), ("col.service", 36),
                     ("col.days", 8), ("col.reason", 50), ("col.extended_by", 26), ("col.extension_days", 10),
                     ("col.due_date", 12), ("col.state", 18))


def _extensions(ctx: _Context, wb: Workbook) -> None:
    w, conn, today = ctx.w, ctx.conn, ctx.today
    sheet = _Sheet(ctx, wb, w("title.extensions"), w("sheet.extensions"),
                   [(w(key), width) for key, width in EXTENSION_COLUMNS], notes=[w("note.extensions.1")])
    ws = sheet.ws
    by = USERS.alias("by_user")
    # An extension happens while the case is open: only cases extended at all, registered by the end of the
    # period and not closed before it, are looked at (the event log itself is searched per case, on its index).
    stmt = (select(EVENTS.c.recorded_at, EVENTS.c.payload, CASES.c.case_number, CITIZENS.c.family_name,
                   CITIZENS.c.given_name, _service_name(ctx).label("service_name"), CASES.c.service_code,
                   by.c.full_name.label("by_name"), EVENTS.c.user_id, CASES.c.extension_days, CASES.c.due_date,
                   CASES.c.state)
            .select_from(CASES.join(EVENTS, and_(EVENTS.c.stream == "case", EVENTS.c.stream_id == CASES.c.case_id))
                         .outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id)
                         .outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
                         .outerjoin(by, by.c.user_id == EVENTS.c.user_id))
            .where(CASES.c.owner_office == ctx.office_code, CASES.c.extension_days > 0,
                   CASES.c.registered_on <= ctx.date_to,
                   or_(CASES.c.closed_on.is_(None), CASES.c.closed_on >= ctx.date_from),
                   EVENTS.c.kind == "case.extended",
                   EVENTS.c.recorded_at >= _utc_bound(ctx.date_from),
                   EVENTS.c.recorded_at < _utc_bound(ctx.date_to + timedelta(days=1)))
            .order_by(EVENTS.c.recorded_at, CASES.c.case_number))
    ctx.progress("report", 0, None)
    for chunk in conn.execution_options(yield_per=CHUNK).execute(stmt).partitions():
        ctx.check_cancel()
        for r in chunk:
            try:
                payload = json.loads(r.payload)
            except ValueError:
                payload = {}
            days = payload.get("days")
            sheet.add([_datetime_cell(ws, _local(r.recorded_at)), r.case_number,
                       _text(ws, _citizen_name(r.family_name, r.given_name)),
                       _text(ws, r.service_name or r.service_code), int(days) if days is not None else None,
                       _text(ws, str(payload.get("reason") or "")), _text(ws, r.by_name or r.user_id),
                       r.extension_days, r.due_date, w.state(r.state)])
        ctx.progress("report", ctx.rows, None)
    sheet.finish()

    # paused time per service, of the cases registered in the period
    received = dict(conn.execute(select(CASES.c.service_code, func.count()).where(
        CASES.c.owner_office == ctx.office_code, CASES.c.registered_on >= ctx.date_from,
        CASES.c.registered_on <= ctx.date_to).group_by(CASES.c.service_code)).all())
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])   # cases paused, pauses, days, paused now
    stmt = (select(CASES.c.service_code, CASES.c.pauses, CASES.c.paused_since)
            .where(CASES.c.owner_office == ctx.office_code, CASES.c.registered_on >= ctx.date_from,
                   CASES.c.registered_on <= ctx.date_to, CASES.c.pauses != "[]"))
    for chunk in conn.execution_options(yield_per=CHUNK).execute(stmt).partitions():
        ctx.check_cancel()
        for r in chunk:
            pauses = json.loads(r.pauses or "[]")
            if not pauses:
                continue
            s = stats[r.service_code]
            s[0] += 1
            s[1] += len(pauses)
            s[2] += _paused_days(r.pauses, today)
            s[3] += 1 if r.paused_since is not None else 0
    names = dict(conn.execute(select(SERVICES.c.code, _service_name(ctx))).all())
    sheet = _Sheet(ctx, wb, w("title.pauses"), w("sheet.pauses"),
                   [(w("col.service_code"), 16), (w("col.service"), 44), (w("col.received"), 11),
                    (w("col.cases_paused"), 12), (w("col.pauses"), 12), (w("col.paused_days_total"), 14),
                    (w("col.paused_days_mean"), 14), (w("col.paused_now"), 12)],
                   notes=[w("note.pauses.1")])
    ws = sheet.ws
    totals = [0, 0, 0, 0, 0]
    for code in sorted(received):
        cases_paused, pauses, days, now = stats.get(code, (0, 0, 0, 0))
        values = [received[code], cases_paused, pauses, days, now]
        for i, v in enumerate(values):
            totals[i] += v
        sheet.add([code, _text(ws, names.get(code) or code), *values[:4],
                   _decimal(ws, days / cases_paused if cases_paused else None), now])
    last = sheet.row
    sheet.add_total([w("total"), None, *totals[:4], _decimal(ws, totals[3] / totals[1] if totals[1] else None),
                     totals[4]])
    sheet.finish(last)
    ctx.progress("report", ctx.rows, ctx.rows)


BUILDERS = {"register": _register, "ontime": _ontime, "overdue": _overdue, "workload": _workload,
            "extensions": _extensions}


# --- the service -------------------------------------------------------------------------------------------------

def _discard(wb: Workbook) -> None:
    """Remove the temporary files of a write-only workbook that will not be saved."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        try:
            if rows is not None:
                rows.close()            # ends the row stream while its file is still open
        except Exception:  # noqa: BLE001 - best effort: the stream may already be broken
            pass
        try:
            writer.close()
        except Exception:  # noqa: BLE001 - best effort: the stream may already be broken
            pass
        try:
            writer.cleanup()
        except (OSError, ValueError):
            pass


def build_report(db: Database, actor: Actor, kind: str, date_from: date, date_to: date, path: Path | str, *,
                 language: str = "mn", progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False, today: date | None = None,
                 now: datetime | None = None) -> ReportResult:
    """Write report ``kind`` for ``date_from``..``date_to`` (inclusive) to ``path`` (.xlsx).

    Raises PermissionDenied (clerks), ValidationError naming the field, CancelledError when ``cancelled()``
    turns true; in every failure no file is left behind and an existing file at ``path`` is untouched."""
    require(actor, "run_reports")
    target = validate_request(kind, date_from, date_to, path, language)
    progress = progress or (lambda stage, done, total: None)
    now = now or datetime.now().astimezone().replace(tzinfo=None, microsecond=0)
    today = today or date.today()
    office = workstation(db)
    w = _Words(language)
    wb = Workbook(write_only=True)
    wb.iso_dates = False
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".xlsx.part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise StorageError(_error_words()("error.write", reason=exc.strerror or exc, path=target)) from exc
    temp = Path(temp_name)
    try:
        with db.uow() as uow:           # one read transaction: every sheet sees the same snapshot
            ctx = _Context(db, uow.conn, actor, w, office.office_code,
                           office.office_name_en if language == "en" else office.office_name_mn,
                           date_from, date_to, today, now, progress, cancelled)
            ctx.check_cancel()
            BUILDERS[kind](ctx, wb)
        ctx.check_cancel()
        wb.properties.title = w(f"title.{kind}")
        wb.properties.creator = actor.full_name[:200]
        wb.save(temp)
        ctx.check_cancel()
        # mkstemp makes the file readable by its owner only: give it the mode a normally saved file gets
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644)
        os.replace(temp, target)
    except BaseException as exc:
        _discard(wb)
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise StorageError(_error_words()("error.write", reason=exc.strerror or exc, path=target)) from exc
        raise
    return ReportResult(kind, target, ctx.rows, tuple(ctx.sheets))
