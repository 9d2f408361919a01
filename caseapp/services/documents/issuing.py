"""Issuing a document (and reprinting one): every issue is an event on its case (``case.document_issued``: kind,
verification token, sha256 of the PDF, who, when, and for an original what it showed), so a row of the register.

The PDF is drawn outside any write transaction: the data is read in a read unit of work (one snapshot), drawn
with no lock held, and only then is the issue recorded in a short write unit of work, after checking that what
the document was drawn from has not changed in between (the stream versions of the case, its citizen and its
office). If it has, the document is read and drawn again, at most ``MAX_ATTEMPTS`` times, then refused with a
ConflictError. So a slow case file never holds the database's write lock while reportlab works.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
import hashlib
from pathlib import Path
import secrets

from sqlalchemy import Connection, select

from caseapp.domain.events import CASE, CITIZEN, OFFICE
from caseapp.domain.ids import uuid7
from caseapp.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from caseapp.services import files
from caseapp.services.case_lookup import find_case_id, not_found
from caseapp.services.database import Database
from caseapp.services.documents import rendering
from caseapp.services.documents.data import (CASES, DOCUMENTS, KINDS, RECEIPT_SIZES, DocumentData, build_data,
                                             content_of, data_from_content, letterhead)
from caseapp.services.users import Actor, require
from caseapp.storage.engine import UnitOfWork
from caseapp.storage.eventlog import EventWriter
from caseapp.storage.event_rows import load_stream, stream_version

LANGUAGES = ("mn", "en")
MAX_ATTEMPTS = 3                 # reads and drawings of one document before a busy case is refused


@dataclass(frozen=True)
class IssuedDocument:
    doc_id: str
    kind: str
    case_number: str
    token: str
    sha256: str
    pdf: bytes
    reprint_of: str | None = None


def _check_kind(kind: str, size: str, language: str) -> None:
    if kind not in KINDS:
        raise ValidationError("doc.error.kind", field="kind", allowed=", ".join(KINDS))
    if size not in RECEIPT_SIZES:
        raise ValidationError("doc.error.size", field="size", allowed=", ".join(RECEIPT_SIZES))
    if language not in LANGUAGES:
        raise ValidationError("doc.error.language", field="language")


def _check_ready(data: DocumentData) -> None:
    if data.kind == "letter" and not data.decision:
        raise ConflictError("doc.error.not_decided", field="kind")
    if data.kind == "notice" and not data.last_extension:
        raise ConflictError("doc.error.not_extended", field="kind")


def _case(conn: Connection, case_id: str):
    row = conn.execute(select(CASES.c.owner_office, CASES.c.transfer_to, CASES.c.citizen_id)
                       .where(CASES.c.case_id == case_id)).first()
    if row is None:
        raise not_found(case_id)
    return row


def _require_involved(actor: Actor, case) -> None:
    require(actor, "issue_documents")
    if actor.office_id not in (case.owner_office, case.transfer_to):
        raise PermissionDenied("doc.error.not_involved", field="case")


def _versions(conn: Connection, case_id: str, citizen_id: str | None, office_code: str) -> tuple[int, int, int]:
    """Where the streams a document is drawn from stand: the case, its citizen, the office of the letterhead."""
    return (stream_version(conn, CASE, case_id),
            stream_version(conn, CITIZEN, citizen_id) if citizen_id else 0,
            stream_version(conn, OFFICE, office_code))


def _issue_payload(conn: Connection, case_id: str, doc_id: str) -> dict:
    """The payload of the event that issued document ``doc_id``."""
    for event in load_stream(conn, CASE, case_id):
        if event.kind == "case.document_issued" and event.payload.get("doc_id") == doc_id:
            return event.payload
    raise NotFoundError("doc.error.not_found", field="document", doc_id=doc_id)


def _record(uow: UnitOfWork, actor: Actor, case_id: str, document: IssuedDocument, issued_on: date,
            size: str, language: str, file_name: str | None, to_office: str | None,
            content: dict | None = None) -> None:
    conn = uow.conn
    writer = EventWriter(conn, uow.clock)
    payload: dict[str, object] = {"doc_id": document.doc_id, "kind": document.kind, "token": document.token,
               "sha256": document.sha256, "issued_on": issued_on.isoformat(), "size": size, "language": language,
               "file_name": file_name, "reprint_of": document.reprint_of}
    if to_office:
        payload["to_office"] = to_office
    if content is not None:
        payload["content"] = content              # an original: what a reprint will show
    writer.append(CASE, case_id, "case.document_issued", payload, user_id=actor.user_id,
                  base_version=stream_version(conn, CASE, case_id))
    writer.flush()


class _Retry(Exception):
    """What the PDF shows changed while it was drawn: draw it again."""


def _pdf_of(data: DocumentData) -> tuple[bytes, str]:
    pdf = rendering.render(data)
    return pdf, hashlib.sha256(pdf).hexdigest()


def _recorded_with_file(output: Path | None, pdf: bytes, record) -> bool:
    """``record()`` (which commits the issue) with the PDF's file, if one is asked for, complete on the disk
    first: written beside the target and flushed before the write transaction, renamed onto it after. A file
    that cannot be written means nothing is recorded; the file that was there stays as it was. False when what
    the PDF shows changed while it was drawn (``_Retry``): nothing recorded, nothing written, draw it again."""
    staged = files.stage(output, pdf) if output is not None else None
    try:
        record()
    except BaseException as exc:
        if staged is not None:
            staged.discard()
        if isinstance(exc, _Retry):
            return False
        raise
    if staged is not None:
        staged.publish()
    return True


def issue_document(db: Database, actor: Actor, case: str, kind: str, *, language: str = "mn", size: str = "a5",
                   to_office: str | None = None, file_name: str | None = None,
                   today: date | None = None, output: Path | None = None) -> IssuedDocument:
    """Render document ``kind`` of ``case`` and record its issue; returns the PDF (also written to ``output``,
    whole, before the issue is recorded).

    Read, then draw with no transaction open, then record if nothing it shows changed meanwhile (else again)."""
    _check_kind(kind, size, language)
    issued_on = today or db.today()
    token = secrets.token_hex(16)        # 128 random bits, 0-9a-f (easy to type, never read as an option)
    for _ in range(MAX_ATTEMPTS):
        with db.uow() as uow:            # one read snapshot
            case_id = find_case_id(uow.conn, case)
            row = _case(uow.conn, case_id)
            _require_involved(actor, row)
            data = build_data(uow.conn, case_id, kind, language=language, token=token, issued_on=issued_on,
                              size=size, to_office=to_office, compiled_by=actor.full_name)
            seen = _versions(uow.conn, case_id, row.citizen_id, row.owner_office)
        _check_ready(data)
        pdf, digest = _pdf_of(data)      # no lock held: other workstations and threads keep writing
        document = IssuedDocument(uuid7(), kind, data.case_number, token, digest, pdf)

        def record() -> None:
            with db.uow(write=True, acting=actor) as uow:
                row = _case(uow.conn, case_id)
                if _versions(uow.conn, case_id, row.citizen_id, row.owner_office) != seen:
                    raise _Retry             # the case moved on while the PDF was drawn: read and draw again
                _record(uow, actor, case_id, document, issued_on, size, language, file_name,
                        data.to_office[0] if data.to_office else None, content_of(data))
                uow.commit()
        if _recorded_with_file(output, pdf, record):
            return document
    raise ConflictError("doc.error.changed", field="case")


def reprint(db: Database, actor: Actor, doc_id: str, *, file_name: str | None = None,
            output: Path | None = None) -> IssuedDocument:
    """The same document again: drawn from what its first issue showed (same token, same date, same text);
    recorded as a new issue pointing at the original. Drawn outside the write transaction, as an original is."""
    for _ in range(MAX_ATTEMPTS):
        with db.uow() as uow:
            found = uow.conn.execute(select(DOCUMENTS).where(DOCUMENTS.c.doc_id == doc_id)).first()
            if found is None:
                raise NotFoundError("doc.error.not_found", field="document", doc_id=doc_id)
            case_id, original_id = found.case_id, found.reprint_of or found.doc_id
            _require_involved(actor, _case(uow.conn, case_id))
            payload = _issue_payload(uow.conn, case_id, original_id)
            content = payload["content"]
            office_code = content["letterhead"]["office_code"]
            logo = letterhead(uow.conn, office_code, payload["language"]).logo_png
            seen = _versions(uow.conn, case_id, None, office_code)
        data = data_from_content(content, logo)
        pdf, digest = _pdf_of(data)
        document = IssuedDocument(uuid7(), payload["kind"], data.case_number, payload["token"], digest, pdf,
                                  reprint_of=original_id)

        def record() -> None:
            with db.uow(write=True, acting=actor) as uow:
                if _versions(uow.conn, case_id, None, office_code) != seen:
                    raise _Retry             # the case or the letterhead changed meanwhile: check and draw again
                _record(uow, actor, case_id, document, date.fromisoformat(payload["issued_on"]), payload["size"],
                        payload["language"], file_name, payload.get("to_office"))
                uow.commit()
        if _recorded_with_file(output, pdf, record):
            return document
    raise ConflictError("doc.error.changed", field="case")
