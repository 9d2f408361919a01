"""SQLAlchemy 2 models. ``events`` is the source of truth; every other table but the node's own state is a
projection folded from it and can be rebuilt with ``caseapp rebuild``.

Dates are ISO text (SQLite has no date type); hashes are raw sha256 bytes.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (Boolean, Date, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text, func,
                        literal_column, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The Core table of a model (what services and bulk paths write with), typed as a Table."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


# --- the log -------------------------------------------------------------------------------------------------

class EventRow(Base):
    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)          # local arrival order
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    stream: Mapped[str] = mapped_column(String(16))
    stream_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)                          # canonical JSON
    office_id: Mapped[str] = mapped_column(String(32))
    node_id: Mapped[str] = mapped_column(String(40))
    node_seq: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[str | None] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(21))
    base_version: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[str] = mapped_column(String(32))
    server_seq: Mapped[int | None] = mapped_column(Integer)             # null until the server accepted it
    seen: Mapped[str | None] = mapped_column(Text)                      # canonical JSON {node: events seen}
    received_at: Mapped[str | None] = mapped_column(String(32))         # when the server (or a pull) took it in
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary)
    hash: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (
        Index("ix_events_stream", "stream", "stream_id", "hlc"),
        Index("uq_events_node_seq", "node_id", "node_seq", unique=True),
        Index("ix_events_outbox", "node_id", "node_seq", sqlite_where=text("server_seq IS NULL"),
              postgresql_where=text("server_seq IS NULL")),
    )


class NodeRow(Base):
    """This workstation: one row. The writer keeps its clock, chain head and sequence here."""
    __tablename__ = "node"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    node_id: Mapped[str] = mapped_column(String(40))
    office_id: Mapped[str] = mapped_column(String(32))
    node_no: Mapped[int] = mapped_column(Integer)
    hlc_last: Mapped[str] = mapped_column(String(21))
    node_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))


class CaseSequenceRow(Base):
    __tablename__ = "case_sequences"
    node_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class SyncStateRow(Base):
    """Where this node stands with the central server (one row)."""
    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str | None] = mapped_column(String(300))
    node_token: Mapped[str | None] = mapped_column(String(200))
    pull_cursor: Mapped[int] = mapped_column(Integer, default=0)       # last server_seq applied
    last_push_at: Mapped[str | None] = mapped_column(String(32))
    last_pull_at: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    # added in revision 0016 (the sync client): the pull cursor is a pair (office feed position, server_seq)
    pull_cursor_seq: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    office_id: Mapped[str | None] = mapped_column(String(32))
    server_public_key: Mapped[str | None] = mapped_column(String(64))    # hex, Ed25519, from enrollment
    ca_file: Mapped[str | None] = mapped_column(Text)                     # a pinned CA bundle, if any
    checkpoint: Mapped[str | None] = mapped_column(Text)                  # the latest signed checkpoint (JSON)
    enrolled_at: Mapped[str | None] = mapped_column(String(32))
    clock_offset_ms: Mapped[int | None] = mapped_column(Integer)          # server time minus ours, last sync


class SyncRefusalRow(Base):
    """An event of ours the server refused, with its reason (kept, shown, never resent as if new)."""
    __tablename__ = "sync_refusals"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    node_seq: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(80))
    detail: Mapped[str | None] = mapped_column(Text)
    refused_at: Mapped[str] = mapped_column(String(32))


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuthLogRow(Base):
    """Logins and failed logins on this workstation (local security record, not synced)."""
    __tablename__ = "auth_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    username: Mapped[str] = mapped_column(String(80))
    outcome: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str | None] = mapped_column(Text)


# --- projections ---------------------------------------------------------------------------------------------

class OfficeRow(Base):
    __tablename__ = "offices"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    level: Mapped[str] = mapped_column(String(20))
    parent_code: Mapped[str | None] = mapped_column(String(32), index=True)
    name_mn: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    centre_mn: Mapped[str | None] = mapped_column(String(120))
    centre_en: Mapped[str | None] = mapped_column(String(120))
    iso: Mapped[str | None] = mapped_column(String(12))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(80))
    signatory_name: Mapped[str | None] = mapped_column(String(200))
    signatory_title: Mapped[str | None] = mapped_column(String(200))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class ServiceTypeRow(Base):
    __tablename__ = "service_types"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    category: Mapped[str] = mapped_column(String(40))
    name_mn: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    clock: Mapped[str] = mapped_column(String(10))
    target_days: Mapped[int] = mapped_column(Integer)
    max_extension_days: Mapped[int] = mapped_column(Integer)
    roll_forward: Mapped[bool] = mapped_column(Boolean)
    reminder_days: Mapped[str] = mapped_column(Text)                     # JSON list
    required_documents: Mapped[str] = mapped_column(Text)                # JSON list of {mn, en}
    fee_mnt: Mapped[int] = mapped_column(Integer)
    legal_basis_mn: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # a case this service's office takes over from another: "continue" its deadline or "restart" it
    on_transfer: Mapped[str] = mapped_column(String(10), default="continue", server_default=text("'continue'"))
    version: Mapped[int] = mapped_column(Integer)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class CalendarOverrideRow(Base):
    __tablename__ = "calendar_overrides"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))                        # day_off | workday
    reason: Mapped[str] = mapped_column(Text)


class UserRow(Base):
    __tablename__ = "users"
    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(80))       # stored case-folded; unique per office (see below)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    office_id: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    # one office's user names are unique when made (the services check); two made offline on two workstations
    # arrive by sync and are flagged (storage/projections.flag_name_clashes), so the index cannot refuse them
    __table_args__ = (Index("ix_users_office_username", "office_id", "username"),)


class CitizenRow(Base):
    __tablename__ = "citizens"
    citizen_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))                        # person | organisation | foreign
    register_no: Mapped[str | None] = mapped_column(String(20), index=True)
    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(200))
    name_fold: Mapped[str] = mapped_column(String(330))                  # casefold() of the full name
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_citizens_name_fold_birth", "name_fold", "birth_date"),)


class CaseRow(Base):
    __tablename__ = "cases"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    owner_office: Mapped[str] = mapped_column(String(32))
    # No foreign keys to other streams' projections: sync may deliver a case before its citizen or service.
    service_code: Mapped[str] = mapped_column(String(32))
    citizen_id: Mapped[str | None] = mapped_column(String(36))      # indexed with the registration order
    # the citizen's case-folded name and register number, copied here so the case list sorts by them on an
    # index (kept current by the projector when the citizen's record changes)
    citizen_sort: Mapped[str | None] = mapped_column(String(330))
    citizen_register: Mapped[str | None] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    assignee_id: Mapped[str | None] = mapped_column(String(36))
    registered_at: Mapped[str] = mapped_column(String(32))
    registered_on: Mapped[date] = mapped_column(Date)
    registered_by: Mapped[str | None] = mapped_column(String(36))
    due_date: Mapped[date | None] = mapped_column(Date)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    extensions: Mapped[str] = mapped_column(Text)                        # JSON list of days
    pauses: Mapped[str] = mapped_column(Text)                            # JSON [[from, to|null], ...]
    paused_since: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(16))
    decision_text: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    transfer_to: Mapped[str | None] = mapped_column(String(32))
    transfers: Mapped[str | None] = mapped_column(Text)          # JSON: every offer of the case and its outcome
    transferred_from: Mapped[str | None] = mapped_column(String(32))   # the office it was last taken over from
    clock_from: Mapped[date | None] = mapped_column(Date)       # the clock restarted here on a takeover
    notes_count: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer)
    last_hlc: Mapped[str] = mapped_column(String(21))
    updated_at: Mapped[str] = mapped_column(String(32))
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict_details: Mapped[str | None] = mapped_column(Text)           # JSON list
    extension_request: Mapped[str | None] = mapped_column(Text)          # JSON {days, reason, by, at}

    __table_args__ = (
        Index("ix_cases_office_state_due", "owner_office", "state", "due_date"),
        Index("ix_cases_assignee_state", "assignee_id", "state"),
        Index("ix_cases_service_number", "service_code", "case_number"),
        Index("ix_cases_registered_number", "registered_on", "case_number"),
        Index("ix_cases_due_number", "due_date", "case_number"),
        Index("ix_cases_subject_number", "subject", "case_number"),
        Index("ix_cases_office_registered", "owner_office", "registered_on"),
        Index("ix_cases_registered_by_at", "registered_by", "registered_at"),
        Index("ix_cases_citizen_registered", "citizen_id", "registered_on", "case_number", "case_id"),
        Index("ix_cases_office_due", "owner_office", "due_date"),
        Index("ix_cases_office_closed", "owner_office", "closed_on"),
        Index("ix_cases_state_number", "state", "case_number"),
        Index("ix_cases_citizen_sort", "citizen_sort", "case_number"),
        Index("ix_cases_citizen_register", "citizen_register", "case_number"),
        Index("ix_cases_office_conflict", "owner_office", sqlite_where=text("conflict = 1"),
              postgresql_where=text("conflict")),
        Index("ix_cases_office_extension_request", "owner_office",
              sqlite_where=text("extension_request IS NOT NULL"),
              postgresql_where=text("extension_request IS NOT NULL")),
        # the incoming-transfers queue, and the cases that ever moved (outgoing transfers, their report)
        Index("ix_cases_transfer_to", "transfer_to", sqlite_where=text("transfer_to IS NOT NULL"),
              postgresql_where=text("transfer_to IS NOT NULL")),
        Index("ix_cases_transferred", "registered_on", sqlite_where=text("transfers IS NOT NULL"),
              postgresql_where=text("transfers IS NOT NULL")),
    )


class DocumentRow(Base):
    """Register of issued documents (added in revision 0002), folded from ``case.document_issued`` events."""
    __tablename__ = "documents"
    doc_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64))
    token: Mapped[str] = mapped_column(String(64), index=True)       # the QR's; a reprint carries the original's
    created_by: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str | None] = mapped_column(String(260))
    reprint_of: Mapped[str | None] = mapped_column(String(36))


def case_sequence_of(case_number):
    """The last six characters of a case number: its sequence (``UB-BZD-2026-01-010664`` -> ``010664``), what a
    clerk reads off a receipt over the phone."""
    return func.substr(case_number, literal_column("-6"))      # literals, not parameters: the index matches


def phone_tail(phone):
    """The last eight digits of a phone number as typed (``+976 9911-2233`` -> ``99112233``)."""
    blank, space, dash, plus = (literal_column(f"'{c}'") for c in ("", " ", "-", "+"))
    return func.substr(func.replace(func.replace(func.replace(phone, space, blank), dash, blank), plus, blank),
                       literal_column("-8"))


# expression indexes (revision 0011): a case by its sequence, a citizen by phone, without a scan
Index("ix_cases_number_seq", case_sequence_of(CaseRow.__table__.c.case_number))
Index("ix_citizens_phone_tail", phone_tail(CitizenRow.__table__.c.phone))

PROJECTION_TABLES = ("cases", "citizens", "users", "calendar_overrides", "service_types", "offices", "documents")
