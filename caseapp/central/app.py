"""The central server's HTTP API (FastAPI): a thin edge over ``caseapp.services.central``.

Every request but ``/v1/enroll`` carries ``Authorization: Bearer <node token>``. A refusal is a JSON body
``{"error": {"code", "message", "field"}}`` in the language the client asks for (``Accept-Language``: mn by
default, en), with the HTTP status of its kind. Bodies are limited in size (``MAX_BODY_BYTES``), pushes and pulls
in events.
"""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.synchronize import Event as ProcessEvent
from typing import Any

from fastapi import BackgroundTasks, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
import orjson
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from caseapp import errors
from caseapp.central import public as public_pages
from caseapp.domain.wire import MAX_SEQ
from caseapp.services import central
from caseapp.text import translate

MAX_BODY_BYTES = 8 * 1024 * 1024
STATUS_OF = ((errors.ValidationError, 422), (errors.PermissionDenied, 403), (errors.NotFoundError, 404),
             (errors.ConflictError, 409), (errors.StorageError, 503), (errors.SyncError, 502))
UNAUTHENTICATED = {"sync.token_missing", "sync.token_unknown", "sync.token_revoked"}


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


class EnrollRequest(BaseModel):
    code: str = Field(max_length=64)
    node_id: str | None = Field(default=None, max_length=40)
    office_id: str | None = Field(default=None, max_length=32)
    node_no: int | None = Field(default=None, ge=1, le=99)


class EnrollResponse(BaseModel):
    token: str
    node_id: str
    node_no: int
    office_id: str
    server_public_key: str
    server_time: str
    public_url: str = Field(description="where citizens open the office's documents and cases (/d/..., /status)")


class StatusResponse(BaseModel):
    server_time: str
    head: int
    api: int
    schema_revision: str
    server_public_key: str
    node_id: str
    office_id: str
    public_url: str


class PushRequest(BaseModel):
    events: list[dict[str, Any]]


class PushResult(BaseModel):
    event_id: str | None
    server_seq: int | None
    status: str
    reason: str | None
    detail: str | None = Field(None, description="the reason's values, as a JSON object (a refusal of content)")


class Checkpoint(BaseModel):
    node_id: str
    node_seq: int
    hash: str
    server_seq: int
    at: str
    signature: str


class PushResponse(BaseModel):
    results: list[PushResult]
    checkpoint: Checkpoint | None
    head: int


class PullResponse(BaseModel):
    events: list[dict[str, Any]]
    after: int
    after_seq: int
    head: int
    more: bool


class DigestResponse(BaseModel):
    office_id: str
    count: int
    xor: str


class BucketDigest(BaseModel):
    bucket: int
    count: int
    xor: str


class StreamDigest(BaseModel):
    stream: str
    stream_id: str
    count: int
    xor: str


class StreamEvents(BaseModel):
    events: list[dict[str, Any]]


def language_of(request: Request) -> str:
    header = request.headers.get("accept-language", "")
    return "en" if header.strip().lower().startswith("en") else "mn"


def error_response(request: Request, status: int, code: str, *, field: str | None = None,
                   message: str | None = None, **values: object) -> JSONResponse:
    text = message if message is not None else translate(code, language_of(request), **values)
    return JSONResponse({"error": {"code": code, "message": text, "field": field}}, status_code=status)


class BodyLimit:
    """Refuse a body larger than ``MAX_BODY_BYTES`` (by its Content-Length, and by counting what arrives), and
    an address longer than any page has."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = public_pages.too_long(scope.get("path", ""), (scope.get("query_string") or b"").decode("latin-1"))
        if refused is not None:
            await refused(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            await self._refuse(scope, receive, send)
            return
        seen = 0

        async def counting_receive():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > MAX_BODY_BYTES:
                raise _TooLarge()
            return message

        try:
            await self.app(scope, counting_receive, send)
        except _TooLarge:
            await self._refuse(scope, receive, send)

    @staticmethod
    async def _refuse(scope, receive, send) -> None:
        request = Request(scope, receive)
        response = error_response(request, 413, "sync.body_too_large", max=MAX_BODY_BYTES // (1024 * 1024))
        await response(scope, receive, send)


class _TooLarge(Exception):
    pass


class FoldWorker:
    """The central projections folded in a process of their own (``caseapp central serve``): the fold is
    Python-heavy, and in the serving process it would hold the interpreter while the next pushes wait.

    It is background work, and runs after a burst of pushes rather than during it: woken by every push, it
    folds once pushes have paused for ``QUIET_S``, or ``LATEST_S`` after the first one it was woken for,
    whichever comes first (a workstation's big push is not slowed by folding its first batches, and under
    steady load the projections are never more than a few seconds behind). Not at a lower priority: on a
    server busy all the time it would never catch up. It also looks once a second anyway (a push served by
    another process, a fold that failed), and ends with the server, even one killed without a word."""

    WAKE_EVERY_S = 1.0
    QUIET_S = 0.3
    LATEST_S = 5.0

    def __init__(self, url: str) -> None:
        context = multiprocessing.get_context("spawn")
        self._wake = context.Event()
        self._stop = context.Event()
        self._process = context.Process(target=_fold_forever, args=(url, self._wake, self._stop),
                                        name="caseapp-fold", daemon=True)

    def start(self) -> "FoldWorker":
        self._process.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 20.0) -> None:
        """Let a fold under way finish its step (each is its own transaction), then end."""
        self._stop.set()
        self._wake.set()
        self._process.join(timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _fold_forever(url: str, wake: ProcessEvent, stop: ProcessEvent) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)           # Ctrl+C is the server's: it stops this in turn
    parent = multiprocessing.parent_process()
    store = central.open_store(url, migrate=False)
    try:
        while not stop.is_set() and (parent is None or parent.is_alive()):
            if wake.wait(FoldWorker.WAKE_EVERY_S):
                _wait_for_a_pause(wake, stop)
            wake.clear()
            if stop.is_set():
                break
            central.fold_in_background(store)
    finally:
        store.close()


def _wait_for_a_pause(wake: ProcessEvent, stop: ProcessEvent) -> None:
    """Until no push has woken the folder for ``QUIET_S``, or ``LATEST_S`` have passed."""
    latest = time.monotonic() + FoldWorker.LATEST_S
    while not stop.is_set() and time.monotonic() < latest:
        wake.clear()
        if not wake.wait(min(FoldWorker.QUIET_S, max(0.0, latest - time.monotonic()))):
            return


async def raw_body(request: Request) -> bytes:
    return await request.body()


def push_events(body: bytes) -> list[Any]:
    """The events of a push body (``PushRequest``); a body that is not one is refused as FastAPI refuses one."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise RequestValidationError([{"loc": ("body",), "msg": "not JSON", "type": "json_invalid"}]) from None
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(events, list):
        raise RequestValidationError([{"loc": ("body", "events"), "msg": "a list", "type": "list_type"}])
    for number, event in enumerate(events):
        if not isinstance(event, dict):
            raise RequestValidationError([{"loc": ("body", "events", number), "msg": "an object",
                                           "type": "dict_type"}])
    return events


def create_app(store: central.CentralStore, *, folder: FoldWorker | None = None,
               public_url: str | None = None) -> FastAPI:
    """The API over ``store``. The central projections are folded after each push by ``folder`` (its own
    process) or, without one, as a background task of this process. ``public_url``: the address documents
    print for citizens (default: the one a request came by)."""
    configured = central.sound_public_url(public_url)

    def public_address(request: Request) -> str:
        return configured or str(request.base_url).rstrip("/")

    app = FastAPI(title="caseapp central server", version=str(central.API_VERSION),
                  description="Sync between the workstations of every office (DESIGN §7).",
                  responses={code: {"model": ErrorBody} for code in (401, 403, 404, 409, 413, 422, 503)})
    bearer = HTTPBearer(auto_error=False)

    @app.exception_handler(errors.CaseAppError)
    async def _known(request: Request, exc: errors.CaseAppError) -> JSONResponse:
        status = 401 if exc.key in UNAUTHENTICATED else next(
            (code for kind, code in STATUS_OF if isinstance(exc, kind)), 400)
        return error_response(request, status, exc.key, field=exc.field,
                              message=exc.render(language_of(request)))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part not in ("body", "query"))
        return error_response(request, 422, "request.invalid", field=where or None, place=where or "-")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "request.no_such_path", 405: "request.method"}.get(exc.status_code, "request.invalid")
        return error_response(request, exc.status_code, code, place=request.url.path)

    def device(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> central.Device:
        return central.authenticate(store, credentials.credentials if credentials else None)

    @app.post("/v1/enroll", response_model=EnrollResponse, tags=["enrollment"])
    def enroll(body: EnrollRequest, request: Request) -> EnrollResponse:
        done = central.enroll(store, body.code, node_id=body.node_id, office_id=body.office_id,
                              node_no=body.node_no)
        return EnrollResponse(token=done.token, node_id=done.node_id, node_no=done.node_no,
                              office_id=done.office_id, server_public_key=done.public_key,
                              server_time=done.server_time, public_url=public_address(request))

    @app.get("/v1/status", response_model=StatusResponse, tags=["sync"])
    def status(request: Request, me: central.Device = Depends(device)) -> StatusResponse:
        info = central.status(store)
        return StatusResponse(server_time=info.server_time, head=info.head, api=info.api,
                              schema_revision=info.schema, server_public_key=info.public_key,
                              node_id=me.node_id, office_id=me.office_id, public_url=public_address(request))

    # the body is read (and the answer written) here rather than by FastAPI: orjson parses a push of 500 events
    # in half the time, and each event is checked field by field by the push anyway (``wire.from_wire``)
    @app.post("/v1/sync/push", response_model=PushResponse, tags=["sync"], openapi_extra={"requestBody": {
        "required": True, "content": {"application/json": {"schema": PushRequest.model_json_schema()}}}})
    def push(background: BackgroundTasks, body: bytes = Depends(raw_body),
             credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Response:
        token = credentials.credentials if credentials else None       # checked in the push's transaction
        try:
            events = push_events(body)
        except RequestValidationError:
            central.authenticate(store, token)              # a stranger is told that, not what their body lacks
            raise
        answer = central.push(store, token, events)
        if folder is not None:
            folder.wake()
        else:
            background.add_task(central.fold_in_background, store)
        return Response(orjson.dumps({"results": answer.results, "checkpoint": answer.checkpoint,
                                      "head": answer.head}), media_type="application/json")

    @app.get("/v1/sync/pull", response_model=PullResponse, tags=["sync"])
    def pull(after: int = Query(0, ge=0, le=MAX_SEQ), after_seq: int = Query(0, ge=0, le=MAX_SEQ),
             limit: int = Query(1000, ge=1, le=central.MAX_PULL_EVENTS),
             me: central.Device = Depends(device)) -> JSONResponse:
        page = central.pull(store, me, after=after, after_seq=after_seq, limit=limit)
        # the documented model, answered as JSON directly: re-validating thousands of events the server has
        # just checked and read costs more than reading them
        return JSONResponse({"events": page.events, "after": page.after, "after_seq": page.after_seq,
                             "head": page.head, "more": page.more})

    @app.get("/v1/sync/digest", response_model=DigestResponse, tags=["digest"])
    def digest(me: central.Device = Depends(device)) -> DigestResponse:
        total = central.digest(store, me)
        return DigestResponse(office_id=me.office_id, count=total.count, xor=total.xor)

    @app.get("/v1/sync/digest/buckets", response_model=list[BucketDigest], tags=["digest"])
    def buckets(me: central.Device = Depends(device)) -> list[BucketDigest]:
        return [BucketDigest(bucket=b, count=d.count, xor=d.xor)
                for b, d in sorted(central.bucket_digests(store, me).items())]

    @app.get("/v1/sync/digest/streams", response_model=list[StreamDigest], tags=["digest"])
    def streams(bucket: int = Query(ge=0, lt=central.BUCKETS),
                me: central.Device = Depends(device)) -> list[StreamDigest]:
        return [StreamDigest(stream=s, stream_id=i, count=d.count, xor=d.xor)
                for (s, i), d in sorted(central.stream_digests(store, me, bucket).items())]

    @app.get("/v1/sync/stream", response_model=StreamEvents, tags=["digest"])
    def stream(stream: str = Query(max_length=16), stream_id: str = Query(max_length=64),
               me: central.Device = Depends(device)) -> StreamEvents:
        return StreamEvents(events=central.stream_events(store, me, stream, stream_id))

    app.include_router(public_pages.pages(store))
    app.add_middleware(BodyLimit)
    return app
