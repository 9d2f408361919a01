"""The one way to find a case from what a person typed or a screen holds: its number or its id."""

from __future__ import annotations

from sqlalchemy import Connection, ColumnElement, select

from caseapp.domain.case_number import looks_like_case_number
from caseapp.errors import NotFoundError
from caseapp.storage.models import CaseRow, table_of

CASES = table_of(CaseRow)


def case_condition(reference: str) -> ColumnElement[bool]:
    """``UB-BZD-2026-01-000123`` (any case, spaces around ignored) is a case number; anything else an id."""
    reference = (reference or "").strip()
    if looks_like_case_number(reference):
        return CASES.c.case_number == reference.upper()
    return CASES.c.case_id == reference


def not_found(reference: str) -> NotFoundError:
    return NotFoundError("case.not_found", field="case", reference=(reference or "").strip())


def find_case_id(conn: Connection, reference: str) -> str:
    """The id of the case ``reference`` names, or NotFoundError."""
    case_id = conn.execute(select(CASES.c.case_id).where(case_condition(reference))).scalar()
    if case_id is None:
        raise not_found(reference)
    return case_id
