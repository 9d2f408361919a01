"""What a document shows: ``DocumentData``, built from the database (``build_data``), rendered without it.

The issue event keeps it (``content_of``: every text and date on the document, the logo only by its sha256),
so a reprint is drawn from that (``data_from_content``) and gives the same bytes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
import hashlib
import json

from sqlalchemy import Connection, select

from caseapp.domain.events import CASE
from caseapp.domain.fold import CaseState, fold_case, sort_for_fold
from caseapp.errors import ValidationError
from caseapp.services.case_lookup import not_found
from caseapp.services.documents.wording import decision_name, event_name, kind_name, local_time, t
from caseapp.storage.calendar import load_calendar
from caseapp.storage.event_rows import load_stream
from caseapp.storage.models import CaseRow, CitizenRow, DocumentRow, OfficeRow, ServiceTypeRow, UserRow
from caseapp.storage.projections import case_row

CASES, CITIZENS, OFFICES = CaseRow.__table__, CitizenRow.__table__, OfficeRow.__table__
SERVICES, USERS, DOCUMENTS = ServiceTypeRow.__table__, UserRow.__table__, DocumentRow.__table__

KINDS = ("receipt", "letter", "notice", "transfer", "file")
RECEIPT_SIZES = ("a5", "80mm")


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


QR_PREFIX = "caseapp-doc:"          # a document's QR for an office never enrolled in a central server


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
    access_code: str = ""          # the receipt's key to the case's status page (cases registered before: "")
    public_url: str = ""           # the office's central server for citizens ("": never enrolled)

    @property
    def qr_text(self) -> str:
        """What the QR code holds: the verification page a phone opens, or, for an office never enrolled in a
        central server, the bare token (``caseapp-doc:...``)."""
        return f"{self.public_url}/d/{self.token}" if self.public_url else QR_PREFIX + self.token

    @property
    def status_url(self) -> str:
        return f"{self.public_url}/status" if self.public_url else ""

    @property
    def applicant_line(self) -> str:
        """The applicant as the documents name them: "Family Given (register number)"."""
        return f"{self.applicant} ({self.register_no})" if self.register_no else self.applicant


def letterhead(conn: Connection, office_code: str, language: str) -> Letterhead:
    row = conn.execute(select(OFFICES).where(OFFICES.c.code == office_code)).first()
    if row is None:
        return Letterhead(office_code, office_code, "", "", "", "")
    return Letterhead(office_code, row.name_en if language == "en" else row.name_mn, row.address or "",
                      row.phone or "", row.signatory_name or "", row.signatory_title or "", row.logo_png)


def user_names(conn: Connection) -> dict[str, str]:
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
        parts.append(t(language, "days", days=p["days"]))
    if "outcome" in p:
        parts.append(decision_name(str(p["outcome"]), language))
    for key in ("reason", "text"):
        if p.get(key):
            parts.append(str(p[key]))
    if event.kind == "case.document_issued":
        parts.append(kind_name(p.get("kind", ""), language))
    return " · ".join(part for part in parts if part)


def build_data(conn: Connection, case_id: str, kind: str, *, language: str, token: str, issued_on: date,
               size: str = "a5", to_office: str | None = None, compiled_by: str = "") -> DocumentData:
    """What document ``kind`` of the case shows, from the case's events and the reference data now."""
    events = sort_for_fold(load_stream(conn, CASE, case_id))
    state: CaseState = fold_case(case_id, events)
    if not state.state:
        raise not_found(case_id)
    row = case_row(state, load_calendar(conn))
    names = user_names(conn)
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
            raise ValidationError("doc.error.transfer_to", field="to_office")
        office = conn.execute(select(OFFICES).where(OFFICES.c.code == code)).first()
        if office is None:
            raise ValidationError("doc.error.unknown_office", field="to_office", code=code)
        if code == state.owner_office:
            raise ValidationError("doc.error.own_office", field="to_office")
        target = (code, office.name_en if language == "en" else office.name_mn)
    applicant = (f"{citizen.family_name or ''} {citizen.given_name or ''}".strip() if citizen else "")
    timeline = tuple(TimelineLine(local_time(e.recorded_at), names.get(e.user_id or "", e.user_id or ""),
                                  event_name(e.kind, language), _details(e, names, language))
                     for e in events)
    documents = tuple(f"{local_time(d['created_at'])} · {kind_name(d['kind'], language)} · "
                      f"{names.get(d.get('created_by') or '', '')} · sha256 {d['sha256'][:16]}…"
                      for d in state.documents)
    assert state.registered_on is not None, "a case with a projection row has been registered"
    return DocumentData(
        kind=kind, language=language, token=token, issued_on=issued_on, size=size,
        letterhead=letterhead(conn, state.owner_office, language), case_number=state.number,
        registered_at=local_time(state.registered_at), registered_on=state.registered_on, state=state.state,
        channel=state.channel, subject=state.subject, description=state.description, due_date=row["due_date"],
        applicant=applicant, register_no=citizen.register_no if citizen else None,
        citizen_address=(citizen.address or "") if citizen else "", citizen_phone=(citizen.phone or "") if citizen
        else "", service_name=(service.name_en if language == "en" else service.name_mn) if service else state.service,
        required_documents=required, clerk=names.get(state.registered_by or "", ""),
        assignee=names.get(state.assignee or "", ""), decision=state.decision, decision_text=state.decision_text,
        decided_on=state.decided_on, extension_days=state.extension_days, last_extension=last_extension,
        pauses=tuple(state.pauses), letter_number=f"{state.number}/{letters + 1}", to_office=target,
        timeline=timeline, documents=documents, compiled_by=compiled_by,
        access_code=str(next((e.payload.get("access_code") or "" for e in events if e.kind == "case.registered"), "")),
        public_url=public_address(conn))


def public_address(conn: Connection) -> str:
    """The central server's public address this workstation was told at enrollment (and at every sync)."""
    from caseapp.services.settings import PUBLIC_URL_SETTING, SETTINGS

    return str(conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == PUBLIC_URL_SETTING)).scalar() or "")


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
