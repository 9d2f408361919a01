"""The central server's own tables (DESIGN §7), beside the event log and the projections it shares with every
workstation (``storage/models.py``: the same ``events`` table and the same projection tables, folded by the
same code). Their own metadata, so a workstation's schema never grows them; their own migrations
(``storage/central_migrations``), written for PostgreSQL and SQLite alike.

Ordering: ``seq_head`` holds the last ``server_seq`` handed out; a push locks that row until it commits, so when a
reader sees ``seq_head = H`` every event with ``server_seq <= H`` is committed. What an office may see is the
``office_feed``: one row per (office, event), ordered by ``at_seq`` (when the event became visible to the office:
its own ``server_seq``, or the ``server_seq`` of the transfer offer that made an older case visible) and then by
``server_seq``. A pull reads only its office's rows, so its cost grows with what changed for that office, not
with the country.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from caseapp.storage.models import NAMING_CONVENTION, Base, table_of

NATIONAL = "*"          # the office_feed / digest key of what every office sees (the reference data)


class CentralBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SeqHeadRow(CentralBase):
    """One row: the last server_seq allocated (locked by every push until it commits)."""
    __tablename__ = "seq_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)


class NodeHeadRow(CentralBase):
    """Where each workstation's hash chain stands on the server."""
    __tablename__ = "node_heads"
    node_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(32))
    node_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[bytes] = mapped_column(LargeBinary)


class DeviceRow(CentralBase):
    """An enrolled workstation: only the sha256 of its token is kept."""
    __tablename__ = "devices"
    node_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(32))
    node_no: Mapped[int] = mapped_column(Integer)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    enrolled_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32))
    last_seen_at: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (Index("ix_devices_office_node_no", "office_id", "node_no", unique=True),)


class EnrollmentRow(CentralBase):
    """A one-time enrollment code (its sha256), for one office, until it expires or is used."""
    __tablename__ = "enrollments"
    code_hash: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    office_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    used_at: Mapped[str | None] = mapped_column(String(32))
    used_by: Mapped[str | None] = mapped_column(String(40))


class StreamScopeRow(CentralBase):
    """Which office may see (and write) which stream, from which server_seq, until which (a transfer accepted
    elsewhere ends the old owner's: it keeps what it had, and gets nothing new)."""
    __tablename__ = "stream_scope"
    stream: Mapped[str] = mapped_column(String(16), primary_key=True)
    stream_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))          # owner | offered | reader
    since_seq: Mapped[int] = mapped_column(BigInteger)
    until_seq: Mapped[int | None] = mapped_column(BigInteger)


class OfficeFeedRow(CentralBase):
    """The events an office sees, in the order it pulls them (see the module's docstring)."""
    __tablename__ = "office_feed"
    office_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    at_seq: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_office_feed_office_at", "office_id", "at_seq", "server_seq"),)


class OfficeDigestRow(CentralBase):
    """Per office: how many events its feed holds and the XOR of their hashes, kept current by every push."""
    __tablename__ = "office_digests"
    office_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)
    xor: Mapped[bytes] = mapped_column(LargeBinary)


class PublicLookupRow(CentralBase):
    """One look-up on the citizens' pages (a document's QR, a case's status, the statistics): what was asked
    for and how it ended, when; never who asked or for what case (no address, no number, no code)."""
    __tablename__ = "public_lookups"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    at: Mapped[str] = mapped_column(String(32), index=True)
    page: Mapped[str] = mapped_column(String(16))          # document, status, stats
    outcome: Mapped[str] = mapped_column(String(16))       # found, unknown, refused, limited, bad_request


class RefusedEventRow(CentralBase):
    """An event whose link in its node's chain is sound but whose content the server refused (a non-owner's
    change, say): kept with the reason, never shown to anyone's fold."""
    __tablename__ = "refused_events"
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    node_id: Mapped[str] = mapped_column(String(40))
    node_seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[bytes] = mapped_column(LargeBinary)
    reason: Mapped[str] = mapped_column(String(80))
    detail: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String(32))


class ServerStateRow(CentralBase):
    """One row: the server's signing key (Ed25519, raw private bytes), when it was made, and how far the
    central projections are folded."""
    __tablename__ = "server_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))
    folded_seq: Mapped[int] = mapped_column(BigInteger)


SEQ_HEAD = table_of(SeqHeadRow)
NODE_HEADS = table_of(NodeHeadRow)
DEVICES = table_of(DeviceRow)
ENROLLMENTS = table_of(EnrollmentRow)
SCOPE = table_of(StreamScopeRow)
FEED = table_of(OfficeFeedRow)
DIGESTS = table_of(OfficeDigestRow)
REFUSED = table_of(RefusedEventRow)
SERVER_STATE = table_of(ServerStateRow)
PUBLIC_LOOKUPS = table_of(PublicLookupRow)

# the workstation's tables the central store holds too: the log and the projections (not the node's own state)
SHARED_TABLES = ("events", "offices", "service_types", "calendar_overrides", "users", "citizens", "cases",
                 "documents")


def central_metadata() -> MetaData:
    """Everything the central store holds: the shared log and projections, and the server's own tables."""
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    for name in SHARED_TABLES:
        Base.metadata.tables[name].to_metadata(metadata)
    for table in CentralBase.metadata.sorted_tables:
        table.to_metadata(metadata)
    return metadata
