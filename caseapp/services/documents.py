"""Printable documents (reportlab): counter receipt (A5 or 80 mm roll), decision letter, extension notice,
transfer cover letter, case file, and the day's reminder slips.

Every document issued is an event on its case (``case.document_issued``: kind, verification token, sha256 of the
PDF, who, when) and so a row of the documents register. The QR code carries only the unguessable token.
The issue event also keeps what the document showed (``content``: every text and date on it, without the logo's
bytes), so a reprint is drawn from that: the same bytes, whatever happened to the case, the citizen's record, the
letterhead or the calendar since. Only a logo replaced in between shows, and the register's sha256 says so.

Fonts: DejaVu Sans in every face, embedded and subset (reportlab's standard fonts draw Cyrillic as black boxes
without an error). User text is escaped before it goes into Paragraph markup: ``<img src=...>`` typed by a
citizen would otherwise make reportlab read a local file.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
import hashlib
import io
import json
import secrets
from typing import TYPE_CHECKING, Iterable
from xml.sax.saxutils import escape

from babel.dates import format_date
from sqlalchemy import Connection, select

from caseapp.domain.events import CASE
from caseapp.domain.fold import CaseState, fold_case, sort_for_fold
from caseapp.domain.ids import uuid7
from caseapp.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from caseapp.services import queries
from caseapp.services.database import Database
from caseapp.services.users import Actor, require
from caseapp.storage.calendar import load_calendar
from caseapp.storage.eventlog import EventWriter, load_stream, stream_version
from caseapp.storage.models import CaseRow, CitizenRow, DocumentRow, OfficeRow, ServiceTypeRow, UserRow
from caseapp.storage.projections import case_row
import resources

if TYPE_CHECKING:
    from reportlab.platypus import Table

CASES, CITIZENS, OFFICES = CaseRow.__table__, CitizenRow.__table__, OfficeRow.__table__
SERVICES, USERS, DOCUMENTS = ServiceTypeRow.__table__, UserRow.__table__, DocumentRow.__table__

KINDS = ("receipt", "letter", "notice", "transfer", "file")
RECEIPT_SIZES = ("a5", "80mm")
QR_PREFIX = "caseapp-doc:"
FONT = "DejaVuSans"

# --- wording (documents are in the office's language: Mongolian, or English) ------------------------------------

TEXT = {
    "mn": {
        "receipt.title": "Өргөдөл, хүсэлт хүлээн авсан баримт", "case_number": "Хэргийн дугаар",
        "received": "Хүлээн авсан", "applicant": "Өргөдөл гаргагч", "service": "Үйлчилгээ",
        "subject": "Товч утга", "due": "Шийдвэрлэх хугацаа", "clerk": "Хүлээн авсан ажилтан",
        "documents.required": "Бүрдүүлэх баримт бичиг (дутуу бол авчирна уу)",
        "enquiries": "Хэргийнхээ явцыг хэргийн дугаараа хэлж {contact} лавлана уу.",
        "contact.phone": "{phone} утсаар", "contact.address": "{address} хаягаар", "contact.office": "байгууллагаас",
        "verify": "Баталгаажуулах код", "our_number": "Манай №", "date": "Огноо",
        "letter.title": "Өргөдлийн хариу",
        "letter.about": "Таны {registered}-ны өдөр гаргасан {number} дугаартай «{subject}» өргөдлийн тухай",
        "outcome": "Шийдвэр", "approved": "Зөвшөөрсөн", "rejected": "Татгалзсан", "answered": "Хариу өгсөн",
        "notice.title": "Өргөдөл шийдвэрлэх хугацааг сунгасан тухай мэдэгдэл",
        "notice.body": "Таны {registered}-ны өдөр гаргасан {number} дугаартай «{subject}» өргөдлийг шийдвэрлэх "
                       "хугацааг Иргэдээс төрийн байгууллага, албан тушаалтанд гаргасан өргөдөл, гомдлыг "
                       "шийдвэрлэх тухай хуулийн 16 дугаар зүйлд заасны дагуу {days} хоногоор сунгаж, "
                       "{due} хүртэл болгосныг мэдэгдье.",
        "reason": "Шалтгаан",
        "transfer.title": "Хэрэг шилжүүлэх тухай",
        "transfer.body": "{number} дугаартай «{subject}» хэргийг харьяаллын дагуу танай байгууллагад шилжүүлж "
                         "байна. Өргөдөл гаргагч: {applicant}. Бүртгэсэн: {registered}. Шийдвэрлэх хугацаа: {due}. "
                         "Хэргийн хавтас хавсралтаар явуулав.",
        "to": "Хүлээн авагч", "signature": "(гарын үсэг)",
        "file.title": "Хэргийн хавтас", "file.summary": "Ерөнхий мэдээлэл", "file.description": "Дэлгэрэнгүй",
        "file.decision": "Шийдвэр", "file.pauses": "Түр зогсоосон хугацаа", "file.extensions": "Сунгалт",
        "file.documents": "Гаргасан баримт бичиг", "file.timeline": "Хэргийн түүх",
        "file.compiled": "Бүрдүүлсэн: {date}, {who}", "state": "Төлөв", "channel": "Суваг",
        "assignee": "Хариуцагч", "registered": "Бүртгэсэн", "address": "Хаяг", "phone": "Утас",
        "days": "{days} хоног", "none": "—", "page": "{number} · {page}-р хуудас",
        "reminder.title": "Сануулга: хугацаа дөхсөн хэргүүд", "reminder.for": "Хариуцагч: {who}",
        "reminder.left": "{days} хоног үлдсэн", "reminder.today": "Өнөөдөр дуусна",
        "reminder.overdue": "{days} хоног хэтэрсэн", "nobody": "оноогоогүй",
    },
    "en": {
        "receipt.title": "Receipt of your request", "case_number": "Case number",
        "received": "Received", "applicant": "Applicant", "service": "Service",
        "subject": "Subject", "due": "Due date", "clerk": "Received by",
        "documents.required": "Documents required (bring any that are missing)",
        "enquiries": "To ask about your case, give its number {contact}.",
        "contact.phone": "by phone on {phone}", "contact.address": "at {address}", "contact.office": "at the office",
        "verify": "Verification code", "our_number": "Our ref.", "date": "Date",
        "letter.title": "Response to your petition",
        "letter.about": "Your petition no. {number} of {registered}: “{subject}”",
        "outcome": "Decision", "approved": "Approved", "rejected": "Rejected", "answered": "Answered",
        "notice.title": "Notice of extension of the time to resolve your petition",
        "notice.body": "Under Article 16 of the Law on resolving petitions and complaints, the time to resolve "
                       "your petition no. {number} of {registered} (“{subject}”) has been extended by {days} "
                       "days, until {due}.",
        "reason": "Reason",
        "transfer.title": "Transfer of a case",
        "transfer.body": "We transfer case no. {number} (“{subject}”) to your office, which is competent for it. "
                         "Applicant: {applicant}. Registered: {registered}. Due date: {due}. "
                         "The case file is attached.",
        "to": "To", "signature": "(signature)",
        "file.title": "Case file", "file.summary": "Summary", "file.description": "Description",
        "file.decision": "Decision", "file.pauses": "Paused", "file.extensions": "Extensions",
        "file.documents": "Documents issued", "file.timeline": "History of the case",
        "file.compiled": "Compiled on {date} by {who}", "state": "State", "channel": "Channel",
        "assignee": "Assigned to", "registered": "Registered", "address": "Address", "phone": "Phone",
        "days": "{days} days", "none": "—", "page": "{number} · page {page}",
        "reminder.title": "Reminder: cases coming due", "reminder.for": "Assigned to: {who}",
        "reminder.left": "{days} days left", "reminder.today": "Due today",
        "reminder.overdue": "{days} days overdue", "nobody": "unassigned",
    },
}
STATE_NAMES = {
    "mn": {"registered": "Бүртгэгдсэн", "in_progress": "Шийдвэрлэж байна", "waiting": "Иргэнийг хүлээж байна",
           "decided": "Шийдвэрлэсэн", "rejected": "Татгалзсан", "closed": "Хаагдсан", "withdrawn": "Буцаан авсан",
           "transferred_out": "Шилжүүлсэн"},
    "en": {"registered": "Registered", "in_progress": "In progress", "waiting": "Waiting for citizen",
           "decided": "Decided", "rejected": "Rejected", "closed": "Closed", "withdrawn": "Withdrawn",
           "transferred_out": "Transferred out"},
}
EVENT_NAMES = {
    "mn": {"case.registered": "Бүртгэсэн", "case.assigned": "Хариуцагч оноосон", "case.started": "Ажил эхэлсэн",
           "case.paused": "Иргэнийг хүлээсэн", "case.resumed": "Үргэлжлүүлсэн", "case.extended": "Хугацаа сунгасан",
           "case.extension_requested": "Сунгалт хүссэн", "case.extension_declined": "Сунгалтаас татгалзсан",
           "case.service_changed": "Үйлчилгээ сольсон", "case.decided": "Шийдвэрлэсэн", "case.closed": "Хаасан",
           "case.withdrawn": "Буцаан авсан", "case.reopened": "Дахин нээсэн",
           "case.transfer_offered": "Шилжүүлэхээр илгээсэн", "case.transfer_accepted": "Шилжүүлгийг хүлээн авсан",
           "case.transfer_returned": "Шилжүүлгийг буцаасан", "case.note_added": "Тэмдэглэл",
           "case.document_issued": "Баримт бичиг гаргасан", "case.conflict_resolved": "Зөрчлийг шийдсэн"},
    "en": {"case.registered": "Registered", "case.assigned": "Assigned", "case.started": "Work started",
           "case.paused": "Waiting for citizen", "case.resumed": "Resumed", "case.extended": "Deadline extended",
           "case.extension_requested": "Extension asked for", "case.extension_declined": "Extension declined",
           "case.service_changed": "Service changed", "case.decided": "Decided", "case.closed": "Closed",
           "case.withdrawn": "Withdrawn", "case.reopened": "Reopened", "case.transfer_offered": "Transfer offered",
           "case.transfer_accepted": "Transfer accepted", "case.transfer_returned": "Transfer returned",
           "case.note_added": "Note", "case.document_issued": "Document issued",
           "case.conflict_resolved": "Conflict resolved"},
}
CHANNEL_NAMES = {
    "mn": {"counter": "Биечлэн", "phone": "Утсаар", "letter": "Албан бичгээр", "e-mongolia": "e-Mongolia",
           "11-11": "11-11 төв"},
    "en": {"counter": "At the counter", "phone": "By phone", "letter": "By letter", "e-mongolia": "e-Mongolia",
           "11-11": "11-11 call centre"},
}
KIND_NAMES = {
    "mn": {"receipt": "Хүлээн авсан баримт", "letter": "Өргөдлийн хариу", "notice": "Сунгалтын мэдэгдэл",
           "transfer": "Шилжүүлэх албан бичиг", "file": "Хэргийн хавтас"},
    "en": {"receipt": "Receipt", "letter": "Response letter", "notice": "Extension notice",
           "transfer": "Transfer letter", "file": "Case file"},
}


def _t(language: str, key: str, **values) -> str:
    text = TEXT["en" if language == "en" else "mn"][key]
    return text.format(**values) if values else text


def written_date(value: date | None, language: str) -> str:
    """"2026 оны 2-р сарын 18" / "18 Feb 2026" (Babel), with a plain space where CLDR puts a narrow one."""
    if value is None:
        return ""
    text = format_date(value, format="medium", locale="mn" if language == "mn" else "en_GB")
    return text.replace("\u202f", " ")


def _local_time(moment: str) -> str:
    try:
        return datetime.fromisoformat(moment).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return moment[:16].replace("T", " ")


# --- what a document shows ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Letterhead:
    office_code: str
    name: str
    address: str
    phone: str
    signatory_name: str
    signatory_title: str
    logo_png: bytes | None = None


@dataclass(frozen=True)
class TimelineLine:
    at: str
    who: str
    kind: str
    details: str


@dataclass(frozen=True)
class DocumentData:
    """Everything one document shows: built from the database, rendered without it."""
    kind: str
    language: str
    token: str
    issued_on: date
    size: str
    letterhead: Letterhead
    case_number: str
    registered_at: str
    registered_on: date
    state: str
    channel: str
    subject: str
    description: str
    due_date: date | None
    applicant: str
    register_no: str | None
    citizen_address: str
    citizen_phone: str
    service_name: str
    required_documents: tuple[str, ...]
    clerk: str
    assignee: str
    decision: str | None
    decision_text: str | None
    decided_on: date | None
    extension_days: int
    last_extension: tuple[int, str] | None          # (days, reason)
    pauses: tuple[tuple[date, date | None], ...]
    letter_number: str
    to_office: tuple[str, str] | None = None        # (code, name)
    timeline: tuple[TimelineLine, ...] = ()
    documents: tuple[str, ...] = ()
    compiled_by: str = ""


@dataclass(frozen=True)
class IssuedDocument:
    doc_id: str
    kind: str
    case_number: str
    token: str
    sha256: str
    pdf: bytes
    reprint_of: str | None = None


@dataclass(frozen=True)
class DocumentRecord:
    """One row of the register of issued documents."""
    doc_id: str
    case_number: str
    kind: str
    sha256: str
    token: str
    issued_by: str
    issued_at: str
    file_name: str | None
    reprint_of: str | None


def letterhead(conn: Connection, office_code: str, language: str) -> Letterhead:
    row = conn.execute(select(OFFICES).where(OFFICES.c.code == office_code)).first()
    if row is None:
        return Letterhead(office_code, office_code, "", "", "", "")
    return Letterhead(office_code, row.name_en if language == "en" else row.name_mn, row.address or "",
                      row.phone or "", row.signatory_name or "", row.signatory_title or "", row.logo_png)


def _user_names(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(USERS.c.user_id, USERS.c.full_name)).all())


def _details(event, names: dict[str, str], language: str) -> str:
    p = event.payload
    parts: list[str] = []
    if event.kind == "case.registered":
        parts.append(p.get("subject", ""))
    if p.get("assignee"):
        parts.append(names.get(p["assignee"], p["assignee"]))
    if "service" in p and event.kind != "case.registered":
        parts.append(str(p["service"]))
    if "days" in p:
        parts.append(_t(language, "days", days=p["days"]))
    if "outcome" in p:
        parts.append(_t(language, p["outcome"]) if p["outcome"] in ("approved", "rejected", "answered")
                     else str(p["outcome"]))
    for key in ("reason", "text"):
        if p.get(key):
            parts.append(str(p[key]))
    if event.kind == "case.document_issued":
        parts.append(KIND_NAMES[language].get(p.get("kind", ""), p.get("kind", "")))
    return " · ".join(part for part in parts if part)


def _issue_payload(conn: Connection, case_id: str, doc_id: str) -> dict:
    """The payload of the event that issued document ``doc_id``."""
    for event in load_stream(conn, CASE, case_id):
        if event.kind == "case.document_issued" and event.payload.get("doc_id") == doc_id:
            return event.payload
    raise NotFoundError(f"Баримт бичиг олдсонгүй: {doc_id}", field="document")


def _find_case_id(conn: Connection, reference: str) -> str:
    reference = (reference or "").strip()
    row = conn.execute(select(CASES.c.case_id).where(
        (CASES.c.case_number == reference.upper()) | (CASES.c.case_id == reference))).first()
    if row is None:
        raise NotFoundError(f"Хэрэг олдсонгүй: {reference}", field="case")
    return row.case_id


def build_data(conn: Connection, case_id: str, kind: str, *, language: str, token: str, issued_on: date,
               size: str = "a5", to_office: str | None = None, compiled_by: str = "") -> DocumentData:
    """What document ``kind`` of the case shows, from the case's events and the reference data now."""
    events = sort_for_fold(load_stream(conn, CASE, case_id))
    state: CaseState = fold_case(case_id, events)
    if not state.state:
        raise NotFoundError(f"Хэрэг олдсонгүй: {case_id}", field="case")
    row = case_row(state, load_calendar(conn))
    names = _user_names(conn)
    citizen = conn.execute(select(CITIZENS).where(CITIZENS.c.citizen_id == state.citizen_id)).first() \
        if state.citizen_id else None
    service = conn.execute(select(SERVICES).where(SERVICES.c.code == state.service)).first()
    required = tuple(d.get("en" if language == "en" else "mn", "") for d in
                     json.loads(service.required_documents or "[]")) if service else ()
    extensions = [e for e in events if e.kind == "case.extended"]
    last_extension = ((int(extensions[-1].payload["days"]), extensions[-1].payload.get("reason", ""))
                      if extensions else None)
    letters = sum(1 for e in events if e.kind == "case.document_issued" and e.payload.get("kind") == "letter"
                  and not e.payload.get("reprint_of"))
    target = None
    if kind == "transfer":
        code = (to_office or state.transfer_to or "").strip().upper()
        if not code:
            raise ValidationError("Хэргийг аль байгууллагад шилжүүлэхийг сонгоно уу.", field="to_office")
        office = conn.execute(select(OFFICES).where(OFFICES.c.code == code)).first()
        if office is None:
            raise ValidationError(f"Ийм кодтой байгууллага алга: {code}", field="to_office")
        if code == state.owner_office:
            raise ValidationError("Хэргийг өөрийн байгууллага руу шилжүүлэх боломжгүй.", field="to_office")
        target = (code, office.name_en if language == "en" else office.name_mn)
    applicant = (f"{citizen.family_name or ''} {citizen.given_name or ''}".strip() if citizen else "")
    timeline = tuple(TimelineLine(_local_time(e.recorded_at), names.get(e.user_id or "", e.user_id or ""),
                                  EVENT_NAMES[language].get(e.kind, e.kind), _details(e, names, language))
                     for e in events)
    documents = tuple(f"{_local_time(d['created_at'])} · {KIND_NAMES[language].get(d['kind'], d['kind'])} · "
                      f"{names.get(d.get('created_by') or '', '')} · sha256 {d['sha256'][:16]}…"
                      for d in state.documents)
    return DocumentData(
        kind=kind, language=language, token=token, issued_on=issued_on, size=size,
        letterhead=letterhead(conn, state.owner_office, language), case_number=state.number,
        registered_at=_local_time(state.registered_at), registered_on=state.registered_on, state=state.state,
        channel=state.channel, subject=state.subject, description=state.description, due_date=row["due_date"],
        applicant=applicant, register_no=citizen.register_no if citizen else None,
        citizen_address=(citizen.address or "") if citizen else "", citizen_phone=(citizen.phone or "") if citizen
        else "", service_name=(service.name_en if language == "en" else service.name_mn) if service else state.service,
        required_documents=required, clerk=names.get(state.registered_by or "", ""),
        assignee=names.get(state.assignee or "", ""), decision=state.decision, decision_text=state.decision_text,
        decided_on=state.decided_on, extension_days=state.extension_days, last_extension=last_extension,
        pauses=tuple(state.pauses), letter_number=f"{state.number}/{letters + 1}", to_office=target,
        timeline=timeline, documents=documents, compiled_by=compiled_by)


# --- rendering ------------------------------------------------------------------------------------------------

_fonts_ready = False


def register_fonts() -> None:
    """DejaVu Sans in all four faces, as one family (bold/italic markup finds its face)."""
    global _fonts_ready
    if _fonts_ready:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = {FONT: "DejaVuSans.ttf", f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
             f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf", f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", file))))
    for bold, italic, name in ((0, 0, FONT), (1, 0, f"{FONT}-Bold"), (0, 1, f"{FONT}-Oblique"),
                               (1, 1, f"{FONT}-BoldOblique")):
        addMapping(FONT, bold, italic, name)
    _fonts_ready = True


def markup(text: str | None) -> str:
    """User text for Paragraph markup: escaped (``<img>``, ``&``, unclosed tags print literally), line breaks kept."""
    return escape(text or "").replace("\r\n", "\n").replace("\n", "<br/>")


class _Styles:
    def __init__(self, base: float) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.body = ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.35)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=base * 0.8, leading=base * 1.05)
        self.label = ParagraphStyle("label", parent=self.small, textColor="#444444")
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=f"{FONT}-Bold")
        self.title = ParagraphStyle("title", parent=self.body, fontName=f"{FONT}-Bold", fontSize=base * 1.3,
                                    leading=base * 1.7, spaceBefore=base * 0.6, spaceAfter=base * 0.6,
                                    alignment=1)
        self.heading = ParagraphStyle("heading", parent=self.bold, fontSize=base * 1.1, leading=base * 1.5,
                                      spaceBefore=base * 0.8, spaceAfter=base * 0.3)
        self.number = ParagraphStyle("number", parent=self.bold, fontSize=base * 1.6, leading=base * 2.0,
                                     alignment=1)
        self.right = ParagraphStyle("right", parent=self.body, alignment=2)


def _qr(token: str, size: float):
    """The QR code as a flowable drawn straight on the page (the graphics widget builds a shape per module and
    took two thirds of a receipt's time)."""
    from reportlab.graphics.barcode.qr import QrCode

    return QrCode(QR_PREFIX + token, width=size, height=size, qrLevel="M")


def _letterhead_block(data: DocumentData, st: _Styles, width: float):
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, Paragraph

    head = data.letterhead
    text = [Paragraph(markup(head.name), st.title)]
    contact = " · ".join(part for part in (head.address, head.phone) if part)
    if contact:
        text.append(Paragraph(markup(contact), st.small))
    if not head.logo_png:
        return text
    reader = ImageReader(io.BytesIO(head.logo_png))
    w, h = reader.getSize()
    logo_h = 18 * 2.8346                                   # 18 mm
    logo = Image(io.BytesIO(head.logo_png), width=logo_h * w / h, height=logo_h)
    return [_table([[logo, text]], [logo_h * w / h + 8, width - logo_h * w / h - 8],
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"))]


def _table(rows: list, widths: list, *commands) -> Table:
    """A table whose cells default to DejaVu (a plain-text cell would otherwise pull in unembedded Helvetica)."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))
    return table


def _fields(rows: Iterable[tuple[str, str]], st: _Styles, width: float, label_share: float = 0.36):
    from reportlab.platypus import Paragraph

    return _table([[Paragraph(markup(label), st.label), Paragraph(markup(value), st.body)] for label, value in rows],
                  [width * label_share, width * (1 - label_share)],
                  ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1))


def _paragraphs(text: str | None, style) -> list:
    """Long user text as separate paragraphs (blank lines): each can break across pages."""
    from reportlab.platypus import Paragraph

    blocks = [block for block in (text or "").replace("\r\n", "\n").split("\n\n") if block.strip()]
    return [Paragraph(markup(block), style) for block in blocks]


def _signature(data: DocumentData, st: _Styles, width: float):
    from reportlab.platypus import Paragraph, Spacer

    head = data.letterhead
    table = _table([[Paragraph(markup(head.signatory_title), st.body), Paragraph("_______________", st.body),
                     Paragraph(markup(head.signatory_name), st.body)],
                    ["", Paragraph(_t(data.language, "signature"), st.small), ""]],
                   [width * 0.45, width * 0.25, width * 0.30], ("VALIGN", (0, 0), (-1, -1), "BOTTOM"))
    return [Spacer(1, 28), table]


def _qr_block(data: DocumentData, st: _Styles, size: float):
    from reportlab.platypus import Paragraph

    caption = Paragraph(f"{_t(data.language, 'verify')}:<br/>{escape(data.token)}", st.small)
    table = _table([[_qr(data.token, size), caption]], [size + 6, None], ("VALIGN", (0, 0), (-1, -1), "MIDDLE"))
    table.hAlign = "LEFT"
    return table


def _story(data: DocumentData, st: _Styles, width: float) -> list:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    lang = data.language
    applicant = f"{data.applicant} ({data.register_no})" if data.register_no else data.applicant
    if data.kind == "receipt":
        contact = (_t(lang, "contact.phone", phone=data.letterhead.phone) if data.letterhead.phone else
                   _t(lang, "contact.address", address=data.letterhead.address) if data.letterhead.address else
                   _t(lang, "contact.office"))
        story = [*_letterhead_block(data, st, width), Paragraph(_t(lang, "receipt.title"), st.title),
                 Paragraph(escape(data.case_number), st.number), Spacer(1, 4),
                 _fields([(_t(lang, "received"), data.registered_at), (_t(lang, "applicant"), applicant),
                          (_t(lang, "service"), data.service_name), (_t(lang, "subject"), data.subject),
                          (_t(lang, "due"), written_date(data.due_date, lang)), (_t(lang, "clerk"), data.clerk)],
                         st, width)]
        if data.required_documents:
            story.append(Paragraph(_t(lang, "documents.required"), st.heading))
            story += [Paragraph("☐ " + markup(item), st.body) for item in data.required_documents]
        story += [Spacer(1, 6), Paragraph(markup(_t(lang, "enquiries", contact=contact)), st.small), Spacer(1, 6),
                  _qr_block(data, st, 30 * 2.8346 if data.size == "80mm" else 34 * 2.8346)]
        return story
    story = [*_letterhead_block(data, st, width), Spacer(1, 8)]
    if data.kind != "file":                       # a letter: our reference number and the date, top right
        reference = _fields([(_t(lang, "our_number"), data.letter_number),
                             (_t(lang, "date"), written_date(data.issued_on, lang))], st, width * 0.6, 0.3)
        reference.hAlign = "RIGHT"
        story += [reference, Spacer(1, 10)]
    if data.kind == "transfer":
        story += [Paragraph(markup(f"{_t(lang, 'to')}: {data.to_office[1]} ({data.to_office[0]})"), st.bold),
                  Paragraph(_t(lang, "transfer.title"), st.title),
                  Paragraph(markup(_t(lang, "transfer.body", number=data.case_number, subject=data.subject,
                                      applicant=applicant, registered=written_date(data.registered_on, lang),
                                      due=written_date(data.due_date, lang))), st.body)]
        return story + _signature(data, st, width) + [Spacer(1, 10), _qr_block(data, st, 22 * 2.8346)]
    if data.kind in ("letter", "notice"):
        story += [Paragraph(markup(applicant), st.bold)]
        story += [Paragraph(markup(line), st.body) for line in (data.citizen_address, data.citizen_phone) if line]
    if data.kind == "letter":
        story += [Paragraph(_t(lang, "letter.title"), st.title),
                  Paragraph(markup(_t(lang, "letter.about", registered=written_date(data.registered_on, lang),
                                      number=data.case_number, subject=data.subject)), st.bold), Spacer(1, 6)]
        story += _paragraphs(data.decision_text, st.body)
        story += [Spacer(1, 6), Paragraph(markup(f"{_t(lang, 'outcome')}: {_t(lang, data.decision)}"), st.bold)]
        return story + _signature(data, st, width) + [Spacer(1, 10), _qr_block(data, st, 22 * 2.8346)]
    if data.kind == "notice":
        days, reason = data.last_extension
        story += [Paragraph(_t(lang, "notice.title"), st.title),
                  Paragraph(markup(_t(lang, "notice.body", registered=written_date(data.registered_on, lang),
                                      number=data.case_number, subject=data.subject, days=days,
                                      due=written_date(data.due_date, lang))), st.body),
                  Spacer(1, 6), Paragraph(markup(f"{_t(lang, 'reason')}:"), st.bold)]
        story += _paragraphs(reason, st.body)
        return story + _signature(data, st, width) + [Spacer(1, 10), _qr_block(data, st, 22 * 2.8346)]
    # the case file
    story += [Paragraph(_t(lang, "file.title"), st.title), Paragraph(escape(data.case_number), st.number),
              Paragraph(_t(lang, "file.summary"), st.heading),
              _fields([(_t(lang, "applicant"), applicant), (_t(lang, "address"), data.citizen_address),
                       (_t(lang, "phone"), data.citizen_phone), (_t(lang, "service"), data.service_name),
                       (_t(lang, "subject"), data.subject),
                       (_t(lang, "channel"), CHANNEL_NAMES[lang].get(data.channel, data.channel)),
                       (_t(lang, "registered"), f"{data.registered_at} · {data.clerk}"),
                       (_t(lang, "assignee"), data.assignee), (_t(lang, "state"), STATE_NAMES[lang][data.state]),
                       (_t(lang, "due"), written_date(data.due_date, lang)),
                       (_t(lang, "file.extensions"), _t(lang, "days", days=data.extension_days))], st, width)]
    if data.description.strip():
        story += [Paragraph(_t(lang, "file.description"), st.heading), *_paragraphs(data.description, st.body)]
    if data.decision:
        story += [Paragraph(_t(lang, "file.decision"), st.heading),
                  Paragraph(markup(f"{_t(lang, data.decision)} · {written_date(data.decided_on, lang)}"), st.bold),
                  *_paragraphs(data.decision_text, st.body)]
    if data.pauses:
        story += [Paragraph(_t(lang, "file.pauses"), st.heading)]
        story += [Paragraph(f"{written_date(start, lang)} — {written_date(end, lang) if end else '…'}", st.body)
                  for start, end in data.pauses]
    if data.documents:
        story += [Paragraph(_t(lang, "file.documents"), st.heading)]
        story += [Paragraph(markup(line), st.small) for line in data.documents]
    story.append(Paragraph(_t(lang, "file.timeline"), st.heading))
    for line in data.timeline:
        entry = [Paragraph(markup(f"{line.at} · {line.kind} · {line.who}"), st.bold),
                 *_paragraphs(line.details, st.body)]
        # a short entry stays on one page; a long note may break across pages (never cut)
        story += [KeepTogether(entry)] if len(line.details) < 600 else entry
        story.append(Spacer(1, 3))
    story += [Spacer(1, 8), Paragraph(markup(_t(lang, "file.compiled", date=written_date(data.issued_on, lang),
                                                 who=data.compiled_by)), st.small),
              _qr_block(data, st, 22 * 2.8346)]
    return story


def _document(buffer, pagesize, margin: float, title: str, number: str, language: str):
    from reportlab.platypus import SimpleDocTemplate

    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 10, title=title, author="caseapp", creator="caseapp",
                            subject=number, invariant=1, initialFontName=FONT, initialFontSize=9)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawRightString(pagesize[0] - margin, margin * 0.5,
                               _t(language, "page", number=number, page=document.page))
        canvas.restoreState()
    return doc, footer


def render(data: DocumentData) -> bytes:
    """The PDF of one document. The same data gives the same bytes (reportlab's invariant mode)."""
    from reportlab.lib.pagesizes import A4, A5
    from reportlab.lib.units import mm

    register_fonts()
    buffer = io.BytesIO()
    title = f"{KIND_NAMES[data.language][data.kind]} {data.case_number}"
    if data.kind == "receipt" and data.size == "80mm":
        st = _Styles(8)
        width = 72 * mm
        story = _story(data, st, width)
        # a roll is as long as its content: measure, then make the page that long
        height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
        doc, footer = _document(buffer, (80 * mm, height + 24 * mm), 4 * mm, title, data.case_number,
                                data.language)
        doc.build(_story(data, st, width), onFirstPage=footer, onLaterPages=footer)
        return buffer.getvalue()
    pagesize, margin, base = (A5, 12 * mm, 9) if data.kind == "receipt" else (A4, 20 * mm, 10.5)
    st = _Styles(base)
    doc, footer = _document(buffer, pagesize, margin, title, data.case_number, data.language)
    doc.build(_story(data, st, pagesize[0] - 2 * margin), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


# --- issuing ---------------------------------------------------------------------------------------------------

def content_of(data: DocumentData) -> dict:
    """What a document shows, as JSON for its issue event (the logo only by its sha256)."""
    content = asdict(data)
    logo = content["letterhead"].pop("logo_png")
    content["letterhead"]["logo_sha256"] = hashlib.sha256(logo).hexdigest() if logo else None
    return json.loads(json.dumps(content, default=lambda value: value.isoformat()))


def data_from_content(content: dict, logo_png: bytes | None) -> DocumentData:
    """The DocumentData kept in an issue event, with the office's logo as it is now."""
    def day(value):
        return date.fromisoformat(value) if value else None
    head = {k: v for k, v in content["letterhead"].items() if k != "logo_sha256"}
    fields = {**content, "letterhead": Letterhead(**head, logo_png=logo_png if content["letterhead"]["logo_sha256"]
                                                   else None)}
    for name in ("issued_on", "registered_on", "due_date", "decided_on"):
        fields[name] = day(content[name])
    fields["required_documents"] = tuple(content["required_documents"])
    fields["last_extension"] = tuple(content["last_extension"]) if content["last_extension"] else None
    fields["pauses"] = tuple((day(start), day(end)) for start, end in content["pauses"])
    fields["to_office"] = tuple(content["to_office"]) if content["to_office"] else None
    fields["timeline"] = tuple(TimelineLine(**line) for line in content["timeline"])
    fields["documents"] = tuple(content["documents"])
    return DocumentData(**fields)


def _check_kind(kind: str, size: str, language: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"Баримт бичгийн төрөл: {', '.join(KINDS)}.", field="kind")
    if size not in RECEIPT_SIZES:
        raise ValidationError(f"Баримтын хэмжээ: {', '.join(RECEIPT_SIZES)}.", field="size")
    if language not in ("mn", "en"):
        raise ValidationError("Хэл нь mn эсвэл en байна.", field="language")


def _check_ready(data: DocumentData) -> None:
    if data.kind == "letter" and not data.decision:
        raise ConflictError("Хэрэг шийдвэрлэгдээгүй байна: хариу бичиг гаргахын өмнө шийдвэрээ оруулна уу.",
                            field="kind")
    if data.kind == "notice" and not data.last_extension:
        raise ConflictError("Энэ хэргийн хугацааг сунгаагүй тул сунгалтын мэдэгдэл гаргах боломжгүй.",
                            field="kind")


def _require_involved(actor: Actor, conn: Connection, case_id: str) -> None:
    require(actor, "issue_documents")
    row = conn.execute(select(CASES.c.owner_office, CASES.c.transfer_to).where(CASES.c.case_id == case_id)).one()
    if actor.office_id not in (row.owner_office, row.transfer_to):
        raise PermissionDenied("Энэ хэрэгт оролцоогүй байгууллага баримт бичиг гаргах боломжгүй.", field="case")


def _record(conn: Connection, actor: Actor, case_id: str, document: IssuedDocument, issued_on: date,
            size: str, language: str, file_name: str | None, to_office: str | None,
            content: dict | None = None) -> None:
    writer = EventWriter(conn)
    payload = {"doc_id": document.doc_id, "kind": document.kind, "token": document.token,
               "sha256": document.sha256, "issued_on": issued_on.isoformat(), "size": size, "language": language,
               "file_name": file_name, "reprint_of": document.reprint_of}
    if to_office:
        payload["to_office"] = to_office
    if content is not None:
        payload["content"] = content              # an original: what a reprint will show
    writer.append(CASE, case_id, "case.document_issued", payload, user_id=actor.user_id,
                  base_version=stream_version(conn, CASE, case_id))
    writer.flush()


def issue_document(db: Database, actor: Actor, case: str, kind: str, *, language: str = "mn", size: str = "a5",
                   to_office: str | None = None, file_name: str | None = None,
                   today: date | None = None) -> IssuedDocument:
    """Render document ``kind`` of ``case`` and record its issue (one transaction); returns the PDF."""
    _check_kind(kind, size, language)
    issued_on = today or date.today()
    token = secrets.token_hex(16)        # 128 random bits, 0-9a-f (easy to type, never read as an option)
    with db.uow(write=True) as uow:
        case_id = _find_case_id(uow.conn, case)
        _require_involved(actor, uow.conn, case_id)
        data = build_data(uow.conn, case_id, kind, language=language, token=token, issued_on=issued_on,
                          size=size, to_office=to_office, compiled_by=actor.full_name)
        _check_ready(data)
        pdf = render(data)
        document = IssuedDocument(uuid7(), kind, data.case_number, token, hashlib.sha256(pdf).hexdigest(), pdf)
        _record(uow.conn, actor, case_id, document, issued_on, size, language, file_name,
                data.to_office[0] if data.to_office else None, content_of(data))
        uow.commit()
    return document


def reprint(db: Database, actor: Actor, doc_id: str, *, file_name: str | None = None) -> IssuedDocument:
    """The same document again: drawn from what its first issue showed (same token, same date, same text);
    recorded as a new issue pointing at the original."""
    with db.uow(write=True) as uow:
        row = uow.conn.execute(select(DOCUMENTS).where(DOCUMENTS.c.doc_id == doc_id)).first()
        if row is None:
            raise NotFoundError(f"Баримт бичиг олдсонгүй: {doc_id}", field="document")
        original_id = row.reprint_of or row.doc_id
        _require_involved(actor, uow.conn, row.case_id)
        payload = _issue_payload(uow.conn, row.case_id, original_id)
        issued_on = date.fromisoformat(payload["issued_on"])
        content = payload["content"]
        data = data_from_content(content, letterhead(uow.conn, content["letterhead"]["office_code"],
                                                     payload["language"]).logo_png)
        pdf = render(data)
        document = IssuedDocument(uuid7(), payload["kind"], data.case_number, payload["token"],
                                  hashlib.sha256(pdf).hexdigest(), pdf, reprint_of=original_id)
        _record(uow.conn, actor, row.case_id, document, issued_on, payload["size"], payload["language"], file_name,
                payload.get("to_office"))
        uow.commit()
    return document


def _records(conn: Connection, *where) -> list[DocumentRecord]:
    names = _user_names(conn)
    rows = conn.execute(select(DOCUMENTS, CASES.c.case_number).join(CASES, CASES.c.case_id == DOCUMENTS.c.case_id)
                        .where(*where).order_by(DOCUMENTS.c.created_at, DOCUMENTS.c.doc_id)).all()
    return [DocumentRecord(r.doc_id, r.case_number, r.kind, r.sha256, r.token,
                           names.get(r.created_by or "", r.created_by or ""), r.created_at, r.file_name, r.reprint_of)
            for r in rows]


def register_of(db: Database, case: str) -> list[DocumentRecord]:
    """The documents issued for one case, oldest first."""
    with db.uow() as uow:
        return _records(uow.conn, DOCUMENTS.c.case_id == _find_case_id(uow.conn, case))


def verify(db: Database, token_or_qr: str, pdf: bytes | None = None) -> list[DocumentRecord]:
    """The register rows of a verification token (as printed or as the QR reads); with ``pdf``, only the
    issues whose sha256 is that file's (an altered file matches none)."""
    token = (token_or_qr or "").strip().removeprefix(QR_PREFIX)
    with db.uow() as uow:
        records = _records(uow.conn, DOCUMENTS.c.token == token)
    if pdf is not None:
        digest = hashlib.sha256(pdf).hexdigest()
        records = [r for r in records if r.sha256 == digest]
    return records


# --- reminder slips ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reminder:
    case_number: str
    applicant: str
    service_name: str
    subject: str
    due_date: date
    assignee: str


def reminders_due(db: Database, office_id: str, today: date | None = None, language: str = "mn") -> list[Reminder]:
    """Running cases of the office whose service's reminder offsets (days before the due date) fall today,
    plus those due today or already overdue, ordered by assignee and due date."""
    today = today or date.today()
    with db.uow() as uow:
        conn = uow.conn
        offsets = {r.code: set(json.loads(r.reminder_days or "[]")) for r in
                   conn.execute(select(SERVICES.c.code, SERVICES.c.reminder_days))}
        names = _user_names(conn)
        horizon = today + timedelta(days=max((max(o) for o in offsets.values() if o), default=0))
        rows = conn.execute(select(CASES.c.case_number, CASES.c.service_code, CASES.c.subject, CASES.c.due_date,
                                   CASES.c.assignee_id, CITIZENS.c.family_name, CITIZENS.c.given_name,
                                   SERVICES.c.name_mn, SERVICES.c.name_en)
                            .select_from(CASES.outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
                                         .outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id))
                            .where(CASES.c.owner_office == office_id, CASES.c.state.in_(queries.ACTIVE),
                                   CASES.c.due_date <= horizon)).all()
    chosen = [r for r in rows if r.due_date <= today or (r.due_date - today).days in offsets.get(r.service_code, ())]
    chosen.sort(key=lambda r: (names.get(r.assignee_id or "", "~"), r.due_date, r.case_number))
    return [Reminder(r.case_number, f"{r.family_name or ''} {r.given_name or ''}".strip(),
                     (r.name_en if language == "en" else r.name_mn) or r.service_code, r.subject, r.due_date,
                     names.get(r.assignee_id or "", "")) for r in chosen]


def render_reminders(reminders: list[Reminder], letterhead_: Letterhead, today: date, language: str = "mn") -> bytes:
    """One A4 PDF for the day: a page per assignee, a block per case."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

    register_fonts()
    st = _Styles(10)
    buffer = io.BytesIO()
    doc, footer = _document(buffer, A4, 18 * mm, _t(language, "reminder.title"), written_date(today, language),
                            language)
    story: list = []
    current = None
    for reminder in reminders:
        if reminder.assignee != current:
            if current is not None:
                story.append(PageBreak())
            current = reminder.assignee
            story += [Paragraph(markup(letterhead_.name), st.small), Paragraph(_t(language, "reminder.title"), st.title),
                      Paragraph(markup(f"{written_date(today, language)} · "
                                       f"{_t(language, 'reminder.for', who=current or _t(language, 'nobody'))}"),
                                st.bold), Spacer(1, 6)]
        days = (reminder.due_date - today).days
        when = (_t(language, "reminder.overdue", days=-days) if days < 0 else _t(language, "reminder.today")
                if days == 0 else _t(language, "reminder.left", days=days))
        story.append(KeepTogether([
            Paragraph(markup(f"{reminder.case_number} · {when} · {written_date(reminder.due_date, language)}"),
                      st.bold),
            Paragraph(markup(f"{reminder.applicant} · {reminder.service_name}"), st.body),
            Paragraph(markup(reminder.subject), st.small), Spacer(1, 6)]))
    if not story:
        story = [Paragraph(_t(language, "reminder.title"), st.title), Paragraph(_t(language, "none"), st.body)]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def reminders_pdf(db: Database, actor: Actor, today: date | None = None, language: str = "mn"
                  ) -> tuple[bytes, int]:
    """The day's reminder slips of the actor's office: (PDF, number of cases). Internal work slips, not
    documents issued to citizens, so they are not entered in the register."""
    require(actor, "issue_documents")
    today = today or date.today()
    reminders = reminders_due(db, actor.office_id, today, language)
    with db.uow() as uow:
        head = letterhead(uow.conn, actor.office_id, language)
    return render_reminders(reminders, head, today, language), len(reminders)
