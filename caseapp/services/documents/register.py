"""The register of issued documents: a case's documents, and checking a verification token (and a file)."""

from __future__ import annotations

from dataclasses import dataclass
import hashlib

from sqlalchemy import Connection, select

from caseapp.services.case_lookup import find_case_id
from caseapp.services.database import Database
from caseapp.services.documents.data import CASES, DOCUMENTS, user_names
from caseapp.services.documents.data import QR_PREFIX


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


def records(conn: Connection, *where) -> list[DocumentRecord]:
    """The register rows that match ``where`` (Core conditions on the documents table), oldest first."""
    names = user_names(conn)
    rows = conn.execute(select(DOCUMENTS, CASES.c.case_number).join(CASES, CASES.c.case_id == DOCUMENTS.c.case_id)
                        .where(*where).order_by(DOCUMENTS.c.created_at, DOCUMENTS.c.doc_id)).all()
    return [DocumentRecord(r.doc_id, r.case_number, r.kind, r.sha256, r.token,
                           names.get(r.created_by or "", r.created_by or ""), r.created_at, r.file_name, r.reprint_of)
            for r in rows]


def register_of(db: Database, case: str) -> list[DocumentRecord]:
    """The documents issued for one case, oldest first."""
    with db.uow() as uow:
        return records(uow.conn, DOCUMENTS.c.case_id == find_case_id(uow.conn, case))


def verify(db: Database, token_or_qr: str, pdf: bytes | None = None) -> list[DocumentRecord]:
    """The register rows of a verification token (as printed or as the QR reads); with ``pdf``, only the
    issues whose sha256 is that file's (an altered file matches none)."""
    token = (token_or_qr or "").strip().removeprefix(QR_PREFIX)
    if "/d/" in token:                      # the QR of an enrolled office: <server's public address>/d/<token>
        token = token.rsplit("/d/", 1)[1].split("?", 1)[0]
    with db.uow() as uow:
        found = records(uow.conn, DOCUMENTS.c.token == token)
    if pdf is not None:
        digest = hashlib.sha256(pdf).hexdigest()
        found = [r for r in found if r.sha256 == digest]
    return found
