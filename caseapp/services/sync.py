"""The workstation's side of sync (DESIGN §7): enrollment, one push + pull round, status, and verification
against the server's digests. HTTP through ``httpx``; certificates verified (an office may pin a CA file), plain
HTTP only to this machine.

Every step that changes the database is one SQLite transaction: the acknowledged ``server_seq``s of a pushed
batch together with the server's signed checkpoint; a pulled page together with the cursor (never the cursor
without the data). Anything unacknowledged is sent again as it is; the server answers a repeat with the
``server_seq`` it gave the first time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import ipaddress
import json
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from sqlalchemy import Connection, insert, select, update

from caseapp.domain.clock import Clock, SYSTEM_CLOCK
from caseapp.domain.digests import BUCKETS, Digest, bucket_of, group_digests
from caseapp.domain.wire import WireError, from_wire
from caseapp.errors import StorageError, SyncError, ValidationError
from caseapp.services import signing
from caseapp.services.database import Database, open_database
from caseapp.services.setup import load_reference_events
from caseapp.storage.bulk import CheckReport
from caseapp.storage.event_rows import EVENTS
from caseapp.storage.eventlog import (Changes, EventWriter, acknowledge, create_node, load_chain_head, outbox_wire,
                                      pending_count, utc_iso)
from caseapp.storage.models import NodeRow, SyncRefusalRow, SyncStateRow, table_of

STATE = table_of(SyncStateRow)
REFUSALS = table_of(SyncRefusalRow)
NODE = table_of(NodeRow)
PUSH_BATCH = 500
PUSH_IN_FLIGHT = 2                              # batches at the server at once (its answers awaited)
PULL_PAGE = 2000
CLOCK_TOLERANCE_MS = 5 * 60 * 1000            # DESIGN §7: a clock off by more than 5 minutes is reported
# refusals of the chain itself: the rest of the log cannot follow until a person acts
CHAIN_REFUSALS = {"event.forked_chain", "event.chain_gap", "event.tampered", "event.not_this_node",
                  "event.hash_differs"}
TIMEOUT_SECONDS = 30.0


# --- talking to the server -------------------------------------------------------------------------------------

def check_server_url(url: str) -> str:
    """The server's base URL, refused unless it is https, or http to this machine (loopback)."""
    text = (url or "").strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("sync.bad_url", field="server", url=text)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValidationError("sync.plain_http", field="server", url=text)
    return text


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ServerClient:
    """One server, one token: the API's calls as plain dicts, every failure a ``SyncError`` in the user's
    language (the server's own message when it refused)."""

    def __init__(self, url: str, *, token: str | None = None, ca_file: str | None = None, language: str = "mn",
                 timeout: float = TIMEOUT_SECONDS, http: Any = None) -> None:
        """``http``: an httpx.Client to send through instead of a new one (a test's in-process server)."""
        import ssl

        import httpx

        self.url = check_server_url(url)
        if ca_file is not None and not Path(ca_file).is_file():
            raise ValidationError("sync.ca_missing", field="ca_file", path=str(ca_file))
        headers = {"Accept-Language": language, "User-Agent": "caseapp-workstation"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if http is not None:
            http.headers.update(headers)
            self._http = http
            return
        try:        # the system's trusted CAs, or only the office's own when it pins one (plain http: loopback)
            verify: ssl.SSLContext | bool = (ssl.create_default_context(cafile=ca_file) if ca_file
                                             else ssl.create_default_context() if self.url.startswith("https:")
                                             else False)
        except (ssl.SSLError, OSError) as exc:
            raise ValidationError("sync.ca_unreadable", field="ca_file", path=str(ca_file), detail=str(exc)) from exc
        self._http = httpx.Client(base_url=self.url, headers=headers, verify=verify,
                                  timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "ServerClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        import httpx

        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise SyncError("sync.timeout", server=self.url) from exc
        except httpx.ConnectError as exc:
            text = str(exc)
            if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
                raise SyncError("sync.tls_untrusted", server=self.url, detail=text) from exc
            raise SyncError("sync.unreachable", server=self.url, detail=text) from exc
        except httpx.HTTPError as exc:
            raise SyncError("sync.unreachable", server=self.url, detail=str(exc)) from exc
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400:
            error = body.get("error") if isinstance(body, dict) else None
            if isinstance(error, dict) and isinstance(error.get("code"), str):
                raise SyncError("sync.refused_by_server", server_code=error["code"],
                                message=str(error.get("message") or error["code"]),
                                details={"code": error["code"], "status": response.status_code})
            raise SyncError("sync.server_failed", server=self.url, status=response.status_code)
        return body

    def status(self) -> dict:
        return self.call("GET", "/v1/status")

    def enroll(self, code: str, **node: Any) -> dict:
        return self.call("POST", "/v1/enroll", json={"code": code, **node})

    def push(self, events: list[dict] | bytes) -> dict:
        """Push wire events, or a body ``push_body`` made of them beforehand."""
        body = events if isinstance(events, bytes) else push_body(events)
        return self.call("POST", "/v1/sync/push", content=body, headers={"Content-Type": "application/json"})

    def pull(self, after: int, after_seq: int, limit: int = PULL_PAGE) -> dict:
        return self.call("GET", "/v1/sync/pull", params={"after": after, "after_seq": after_seq, "limit": limit})

    def digest(self) -> dict:
        return self.call("GET", "/v1/sync/digest")

    def buckets(self) -> list[dict]:
        return self.call("GET", "/v1/sync/digest/buckets")

    def streams(self, bucket: int) -> list[dict]:
        return self.call("GET", "/v1/sync/digest/streams", params={"bucket": bucket})

    def stream(self, stream: str, stream_id: str) -> dict:
        return self.call("GET", "/v1/sync/stream", params={"stream": stream, "stream_id": stream_id})


# --- where this workstation stands ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SyncSettings:
    server_url: str
    token: str
    office_id: str | None
    server_public_key: str | None
    ca_file: str | None
    pull_cursor: int
    pull_cursor_seq: int


def _settings(conn: Connection) -> SyncSettings:
    row = conn.execute(select(STATE).where(STATE.c.id == 1)).first()
    if row is None or not row.server_url or not row.node_token:
        raise SyncError("sync.not_enrolled")
    return SyncSettings(row.server_url, row.node_token, row.office_id, row.server_public_key, row.ca_file,
                        int(row.pull_cursor or 0), int(row.pull_cursor_seq or 0))


def _save_state(conn: Connection, **values: Any) -> None:
    if conn.execute(select(STATE.c.id).where(STATE.c.id == 1)).first() is None:
        conn.execute(insert(STATE).values(id=1, pull_cursor=0, pull_cursor_seq=0, **values))
    else:
        conn.execute(update(STATE).where(STATE.c.id == 1).values(**values))


def client_for(db: Database, *, language: str = "mn", timeout: float = TIMEOUT_SECONDS) -> ServerClient:
    with db.uow() as uow:
        settings = _settings(uow.conn)
    return ServerClient(settings.server_url, token=settings.token, ca_file=settings.ca_file, language=language,
                        timeout=timeout)


# --- enrollment -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EnrollResult:
    node_id: str
    office_id: str
    created: bool                 # a new database made from the server's data
    report: "SyncReport | None"


def enroll(path: Path | str, server_url: str, code: str, *, ca_file: str | None = None,
           clock: Clock = SYSTEM_CLOCK, language: str = "mn", sync_now: bool = True) -> EnrollResult:
    """Enroll this workstation. An existing database enrolls as the node it is (the server refuses one already
    enrolled: a copy, or a second ``init``); a new file becomes a new node of the code's office and pulls the
    office's data (its users sign in at once). ``sync_now``: the first round right away (else at the next)."""
    path = Path(path).expanduser().resolve()
    server_url = check_server_url(server_url)
    ca_file = str(Path(ca_file).expanduser().resolve()) if ca_file else None
    if path.exists():
        db = open_database(path, create=False, clock=clock)
        try:
            return connect(db, server_url, code, ca_file=ca_file, language=language, sync_now=sync_now)
        finally:
            db.close()
    with ServerClient(server_url, ca_file=ca_file, language=language) as client:
        answer = client.enroll(code)           # a refused code leaves no file behind
    db = open_database(path, create=True, clock=clock)
    try:
        return _become_node(db, answer, server_url, ca_file, language=language, sync_now=sync_now)
    finally:
        db.close()


def connect(db: Database, server_url: str, code: str, *, ca_file: str | None = None, language: str = "mn",
            sync_now: bool = True) -> EnrollResult:
    """A workstation that is set up (an office's node) enrolls as the node it is: "Connect to the central
    server" in the settings, and ``caseapp sync enroll`` of an existing database."""
    server_url = check_server_url(server_url)
    with db.uow() as uow:
        node = uow.conn.execute(select(NODE)).first()
        state = uow.conn.execute(select(STATE.c.node_token).where(STATE.c.id == 1)).scalar()
    if node is None:
        raise StorageError("storage.not_initialised")
    if state:
        raise SyncError("sync.already_enrolled")
    with ServerClient(server_url, ca_file=ca_file, language=language) as client:
        answer = client.enroll(code.strip(), node_id=node.node_id, office_id=node.office_id, node_no=node.node_no)
    with db.uow(write=True) as uow:
        _save_state(uow.conn, **_enrolled_state(answer, server_url, ca_file, db.clock))
        uow.commit()
    _keep_public_url(db, answer)
    report = sync(db, language=language) if sync_now else None
    return EnrollResult(node.node_id, node.office_id, False, report)


def read_code_image(path: Path | str) -> str:
    """The one-time code of a QR image (``caseapp central enroll-code --qr``, a photo or a scan of it)."""
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.barcode_formats_from_str("QRCode"))
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError("sync.qr_unreadable", field="code") from exc   # not an image, or a hostile one
    texts = [r.text.strip() for r in found if r.text and r.text.strip().isprintable() and len(r.text.strip()) <= 64]
    if not texts:
        raise ValidationError("sync.qr_unreadable", field="code")
    return texts[0]


def join(db: Database, server_url: str, code: str, *, ca_file: str | None = None, language: str = "mn",
         sync_now: bool = True) -> EnrollResult:
    """A workstation with no data yet becomes the next node of the code's office and pulls what the office has
    (its users sign in at once with their passwords): "Join an existing office" at the first start."""
    server_url = check_server_url(server_url)
    with db.uow() as uow:
        if uow.conn.execute(select(NODE)).first() is not None:
            raise SyncError("sync.already_set_up")
    with ServerClient(server_url, ca_file=ca_file, language=language) as client:
        answer = client.enroll(code.strip())
    return _become_node(db, answer, server_url, ca_file, language=language, sync_now=sync_now)


def _become_node(db: Database, answer: dict, server_url: str, ca_file: str | None, *, language: str,
                 sync_now: bool) -> EnrollResult:
    with db.uow(write=True) as uow:
        create_node(uow.conn, answer["office_id"], int(answer["node_no"]), uow.clock)
        writer = EventWriter(uow.conn, uow.clock)
        load_reference_events(writer)
        writer.flush()
        _save_state(uow.conn, **_enrolled_state(answer, server_url, ca_file, uow.clock))
        uow.commit()
    _keep_public_url(db, answer)
    report = sync(db, language=language) if sync_now else None
    return EnrollResult(answer["node_id"], answer["office_id"], True, report)


def public_url(db: Database) -> str | None:
    """Where citizens open this office's documents and cases (the central server's public address), if enrolled."""
    from caseapp.services import settings

    return settings.get(db, settings.PUBLIC_URL_SETTING) or None


def _keep_public_url(db: Database, answer: object) -> None:
    """The server's public address as its answer names it (enrollment, every round's status): written only when
    it changed, so an idle round writes nothing."""
    from caseapp.services import central, settings

    url = central.sound_public_url(answer.get("public_url")) if isinstance(answer, dict) else None
    if url is not None and url != public_url(db):
        settings.set_value(db, settings.PUBLIC_URL_SETTING, url)


def _enrolled_state(answer: dict, server_url: str, ca_file: str | None, clock: Clock) -> dict:
    return {"server_url": server_url, "node_token": answer["token"], "office_id": answer["office_id"],
            "server_public_key": answer["server_public_key"], "ca_file": ca_file, "enrolled_at": utc_iso(clock)}


# --- one round ----------------------------------------------------------------------------------------------

@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    refused: int = 0
    pulled: int = 0
    clock_offset_ms: int | None = None
    changes: Changes = field(default_factory=Changes)

    @property
    def clock_off(self) -> bool:
        return self.clock_offset_ms is not None and abs(self.clock_offset_ms) > CLOCK_TOLERANCE_MS


def sync(db: Database, *, client: ServerClient | None = None, language: str = "mn", push_batch: int = PUSH_BATCH,
         pull_page: int = PULL_PAGE) -> SyncReport:
    """One round: the server's time, then every unacknowledged event pushed, then everything new pulled.
    A failure is recorded (``sync status``) and raised; what was done before it stays done."""
    own = client is None
    client = client or client_for(db, language=language)
    report = SyncReport()
    try:
        report.clock_offset_ms = _clock_offset(db, client)
        push_all(db, client, report, batch=push_batch)
        pull_all(db, client, report, page=pull_page)
    except SyncError as exc:
        _record(db, last_error=exc.render(language))
        raise
    finally:
        if own:
            client.close()
    _record(db, last_error=None, clock_offset_ms=report.clock_offset_ms)
    return report


def _record(db: Database, **values: Any) -> None:
    try:
        with db.uow(write=True) as uow:
            _save_state(uow.conn, **values)
            uow.commit()
    except StorageError:
        pass                       # the round's own error is the one to report


def _clock_offset(db: Database, client: ServerClient) -> int | None:
    from datetime import datetime

    before = db.clock.now_ms()
    answer = client.status()
    after = db.clock.now_ms()
    _keep_public_url(db, answer)
    try:
        server = int(datetime.fromisoformat(answer["server_time"]).timestamp() * 1000)
    except (KeyError, TypeError, ValueError):
        return None
    return server - (before + after) // 2


def push_all(db: Database, client: ServerClient, report: SyncReport, *, batch: int = PUSH_BATCH,
             in_flight: int = PUSH_IN_FLIGHT) -> None:
    """Push the outbox in batches, in chain order, up to ``in_flight`` of them at the server at once (the
    server takes a node's batches in chain order, ``central.push``): the next one is read and sent as soon as
    an answer is in, before that answer is written here. A crash in between only means the batches are
    answered again, as duplicates with the same numbers; a chain refusal stops the sending, and the batches
    already out come back refused too."""
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    with db.uow() as uow:
        settings = _settings(uow.conn)
        node_id = load_chain_head(uow.conn, db.clock).node_id
    out: deque[tuple[list[Sent], Future]] = deque()
    last_sent = 0                             # the node_seq of the last event sent

    def send_more(sender: ThreadPoolExecutor) -> None:
        nonlocal last_sent
        while len(out) < in_flight:
            with db.uow() as uow:
                rows = outbox_wire(uow.conn, node_id, limit=batch, after=last_sent)
            if not rows:
                return
            body = '{"events":[' + ",".join(wire for _, _, wire in rows) + "]}"
            out.append(([Sent(event_id, node_seq) for event_id, node_seq, _ in rows],
                        sender.submit(client.push, body.encode())))
            last_sent = rows[-1][1]

    with ThreadPoolExecutor(max_workers=in_flight, thread_name_prefix="caseapp-push") as sender:
        send_more(sender)
        while out:
            events, sent = out.popleft()
            answer = sent.result()
            results = answer.get("results") if isinstance(answer, dict) else None
            if not isinstance(results, list) or len(results) != len(events):
                raise SyncError("sync.bad_answer", server=client.url)
            sound = not any(isinstance(r, dict) and r.get("status") == "refused" and _chain_refusal(r.get("reason"))
                            for r in results)
            if sound:
                send_more(sender)          # also what was written here while these were out
            chain_problem = _apply_push(db, events, results, answer.get("checkpoint"), settings, report)
            if chain_problem is not None:
                if chain_problem == "event.forked_chain":
                    raise SyncError("sync.forked")
                raise SyncError("sync.chain_refused", reason=chain_problem)


def push_body(events: list[dict]) -> bytes:
    """The JSON body of a push of these wire events (as httpx would write it: UTF-8, no spaces)."""
    return json.dumps({"events": events}, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


class Sent(NamedTuple):
    """An event of a push, as its answer is written back."""
    event_id: str
    node_seq: int


def _chain_refusal(reason: object) -> bool:
    """A refusal of the chain itself (the batch after it cannot be taken either), not of one event."""
    return isinstance(reason, str) and (reason in CHAIN_REFUSALS or reason.startswith("malformed."))


def _apply_push(db: Database, events: list[Sent], results: list, checkpoint: object, settings: SyncSettings,
                report: SyncReport) -> str | None:
    """Write what the server acknowledged (and its checkpoint) in one transaction; the first chain refusal."""
    chain_problem = None
    now = utc_iso(db.clock)
    with db.uow(write=True) as uow:
        conn = uow.conn
        acknowledged = []
        for event, result in zip(events, results):
            status = result.get("status") if isinstance(result, dict) else None
            if status in ("accepted", "duplicate") and isinstance(result.get("server_seq"), int):
                acknowledged.append((result["server_seq"], event.event_id))
                report.pushed += status == "accepted"
                report.duplicates += status == "duplicate"
            elif status == "refused":
                reason = str(result.get("reason") or "")
                if _chain_refusal(reason):
                    chain_problem = chain_problem or reason
                    continue
                detail = result.get("detail")
                conn.execute(insert(REFUSALS).values(event_id=event.event_id, node_seq=event.node_seq,
                                                     reason=reason[:80], refused_at=now,
                                                     detail=detail if isinstance(detail, str) and len(detail) <= 2000
                                                     else None))
                report.refused += 1
            else:
                raise SyncError("sync.bad_answer", server=settings.server_url)
        acknowledge(conn, acknowledged)
        values: dict[str, Any] = {"last_push_at": now}
        if checkpoint is not None:
            values["checkpoint"] = _checked_checkpoint(checkpoint, settings)
        _save_state(conn, **values)
        uow.commit()
    return chain_problem


def _checked_checkpoint(data: object, settings: SyncSettings) -> str:
    message = signing.checkpoint_message(data)
    signature = data.get("signature") if isinstance(data, dict) else None
    if (message is None or not isinstance(signature, str) or not settings.server_public_key
            or not signing.verify(settings.server_public_key, message, signature)):
        raise SyncError("sync.bad_signature")
    return json.dumps({**message, "signature": signature}, sort_keys=True)


def pull_all(db: Database, client: ServerClient, report: SyncReport, *, page: int = PULL_PAGE) -> None:
    """Pull pages until the server has nothing more, each ingested with the cursor in one transaction. The next
    page is asked for (with the cursor the server returned) while this one is being written: the server's time
    and this workstation's overlap; a page is only ever written after the one before it."""
    from concurrent.futures import ThreadPoolExecutor

    with db.uow() as uow:
        settings = _settings(uow.conn)
    cursor = (settings.pull_cursor, settings.pull_cursor_seq)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-pull") as fetcher:
        pending = fetcher.submit(client.pull, cursor[0], cursor[1], page)
        while True:
            answer = pending.result()
            events, after, more = _read_page(answer, client)
            if more and after != cursor:
                pending = fetcher.submit(client.pull, after[0], after[1], page)
            with db.uow(write=True) as uow:
                writer = EventWriter(uow.conn, uow.clock)
                report.pulled += writer.ingest(events)
                changes = writer.flush()
                _save_state(uow.conn, pull_cursor=after[0], pull_cursor_seq=after[1],
                            last_pull_at=utc_iso(uow.clock))
                uow.commit()
            report.changes.streams |= changes.streams
            report.changes.events += changes.events
            if not more or after == cursor:
                return
            cursor = after


def _read_page(answer: object, client: ServerClient) -> tuple[list, tuple[int, int], bool]:
    try:
        events = [from_wire(raw) for raw in answer["events"]]          # type: ignore[index]
        after = (int(answer["after"]), int(answer["after_seq"]))       # type: ignore[index]
        more = bool(answer["more"])                                     # type: ignore[index]
    except WireError as exc:
        raise SyncError("sync.bad_event", server=client.url, field=exc.field) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise SyncError("sync.bad_answer", server=client.url) from exc
    if any(e.server_seq is None for e in events):
        raise SyncError("sync.bad_answer", server=client.url)
    return events, after, more


# --- status -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Refusal:
    event_id: str
    node_seq: int
    reason: str
    refused_at: str
    detail: str | None = None          # the reason's values (JSON), as the server sent them
    kind: str = ""                     # what the refused change was


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    office_id: str | None
    last_push_at: str | None
    last_pull_at: str | None
    pending: int
    refused: list[Refusal]
    last_error: str | None
    clock_offset_ms: int | None

    @property
    def clock_off(self) -> bool:
        return self.clock_offset_ms is not None and abs(self.clock_offset_ms) > CLOCK_TOLERANCE_MS


def status(db: Database) -> SyncStatus:
    with db.uow() as uow:
        conn = uow.conn
        row = conn.execute(select(STATE).where(STATE.c.id == 1)).first()
        node = conn.execute(select(NODE.c.node_id)).scalar()
        pending = pending_count(conn, node) if node else 0
        refused = [Refusal(r.event_id, r.node_seq, r.reason, r.refused_at, r.detail, r.kind or "")
                   for r in conn.execute(select(REFUSALS, EVENTS.c.kind).outerjoin(
                       EVENTS, EVENTS.c.event_id == REFUSALS.c.event_id).order_by(REFUSALS.c.node_seq))]
    enrolled = row is not None and bool(row.node_token)
    return SyncStatus(enrolled, row.server_url if row else None, row.office_id if row else None,
                      row.last_push_at if row else None, row.last_pull_at if row else None, pending, refused,
                      row.last_error if row else None, row.clock_offset_ms if row else None)


# --- verification -----------------------------------------------------------------------------------------------

@dataclass
class VerifyReport:
    local: Digest
    server: Digest
    streams: list[tuple[str, str, int, int]] = field(default_factory=list)   # stream, id, here, there
    repaired: int = 0

    @property
    def same(self) -> bool:
        return self.local == self.server


def local_rows(conn: Connection):
    """(stream, stream_id, hash) of every event this workstation holds that the server acknowledged."""
    return conn.execute(
        select(EVENTS.c.stream, EVENTS.c.stream_id, EVENTS.c.hash).where(EVENTS.c.server_seq.is_not(None)),
        execution_options={"yield_per": 20_000})


def verify(db: Database, *, client: ServerClient | None = None, language: str = "mn",
           repair: bool = False) -> VerifyReport:
    """Bring this workstation up to date, then compare digests with the server: the whole office, then the
    buckets and streams that differ. ``repair`` fetches the differing streams' events the server holds (adding
    what is missing here, never deleting anything)."""
    own = client is None
    client = client or client_for(db, language=language)
    try:
        sync(db, client=client, language=language)
        server = client.digest()
        with db.uow() as uow:
            local = Digest.of(h for _, _, h in local_rows(uow.conn))
        report = VerifyReport(local, Digest(int(server["count"]), str(server["xor"])))
        if report.same:
            return report
        with db.uow() as uow:                    # one pass over what is held here: every bucket and stream
            local_buckets, local_streams = group_digests(local_rows(uow.conn), every_stream=True)
        server_buckets = {int(b["bucket"]): Digest(int(b["count"]), str(b["xor"])) for b in client.buckets()}
        for bucket in range(BUCKETS):
            if local_buckets.get(bucket) == server_buckets.get(bucket):
                continue
            here = {key: d for key, d in local_streams.items() if bucket_of(*key) == bucket}
            there = {(s["stream"], s["stream_id"]): Digest(int(s["count"]), str(s["xor"]))
                     for s in client.streams(bucket)}
            for key in sorted(set(here) | set(there)):
                if here.get(key) != there.get(key):
                    report.streams.append((key[0], key[1], here[key].count if key in here else 0,
                                           there[key].count if key in there else 0))
        if repair:
            for stream, stream_id, _, _ in report.streams:
                events = [from_wire(raw) for raw in client.stream(stream, stream_id)["events"]]
                with db.uow(write=True) as uow:
                    writer = EventWriter(uow.conn, uow.clock)
                    report.repaired += writer.ingest(events)
                    writer.flush()
                    uow.commit()
        return report
    finally:
        if own:
            client.close()


# --- what ``caseapp check`` adds once a workstation has synced ----------------------------------------------

def check_checkpoint(conn: Connection, report: CheckReport) -> None:
    """The local chain still passes through the newest checkpoint the server signed: a rewrite of anything
    pushed (even re-hashed), or a deleted tail, is found here without asking the server."""
    row = conn.execute(select(STATE.c.checkpoint, STATE.c.server_public_key).where(STATE.c.id == 1)).first()
    if row is None or not row.checkpoint:
        return
    try:
        data = json.loads(row.checkpoint)
    except ValueError:
        data = None
    message = signing.checkpoint_message(data)
    if (message is None or not row.server_public_key
            or not signing.verify(row.server_public_key, message, str(data.get("signature")))):
        report.add("the server's checkpoint kept by this workstation is not signed by the server: it was changed")
        return
    held = conn.execute(select(EVENTS.c.hash).where(EVENTS.c.node_id == message["node_id"],
                                                    EVENTS.c.node_seq == message["node_seq"])).scalar()
    if held is None:
        report.add(f"node {message['node_id']}: event #{message['node_seq']}, acknowledged by the server on "
                   f"{message['at']}, is missing: the log lost events that were synced")
    elif held.hex() != message["hash"]:
        report.add(f"node {message['node_id']}: event #{message['node_seq']} differs from what the server "
                   f"acknowledged on {message['at']}: the log was rewritten")
    report.counts["checkpoint_node_seq"] = int(message["node_seq"])
