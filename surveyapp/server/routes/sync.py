"""Push, pull and the conflicts reviewers look at."""

from __future__ import annotations

import json
import math
import re
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any

import anyio
import anyio.to_thread
import orjson
from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DBAPIError
from starlette.responses import Response

from surveyapp.protocol.roles import EDITORS
from surveyapp.protocol.wire import (
    DEFAULT_PULL_LIMIT,
    MAX_BATCH,
    MAX_PULL_LIMIT,
    ItemResult,
    PushRequest,
    PushResponse,
)
from surveyapp.server.database import ServerDatabase
from surveyapp.server.deps import CurrentUser, Database, Reviewer
from surveyapp.server.envelope import ApiError, envelope
from surveyapp.server.metrics import MUTATIONS
from surveyapp.server.pull import (
    changes_since,
    open_conflicts,
    resolve_conflict,
    resolve_conflicts,
    server_state,
)
from surveyapp.server.push import (
    BatchOutcome,
    ConcurrentCreateError,
    ParsedItem,
    apply_parsed,
    parse_item,
)
from surveyapp.server.pushbody import ItemCounter
from surveyapp.server.review import refused_changes, review_refusals
from surveyapp.server.users import UserView

router = APIRouter(tags=["sync"])

# 100 photo records with their thumbnails (at most 96 kB each) fit easily; anything bigger is a
# mistake or an attack.
MAX_PUSH_BYTES = 16 * 1024 * 1024
READ_TIMEOUT = 30.0  # seconds without a byte of a push's body
TOO_MANY = f"a push holds at most {MAX_BATCH} mutations; send the rest in another push"
PUSH_DEADLINE = 300.0  # seconds for a whole push body (16 MB at ~55 kB/s)


# A string (to its closing quote, or as far as it goes: never a second scan of the same bytes)
# or a number token.
_TOKEN = re.compile(
    rb'"(?:[^"\\]|\\.)*"?|-?(?:Infinity|NaN)|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?', re.DOTALL
)


def _number_or_text(match: re.Match[bytes]) -> bytes:
    token = match.group()
    if token.startswith(b'"'):
        return token
    try:
        if token.lstrip(b"-").isdigit():
            if -(2**63) <= int(token) < 2**64:
                return token
        elif math.isfinite(float(token)):
            return token
    except ValueError:  # a number of thousands of digits
        pass
    return b'"not a number a JSON parser takes"'


def _numbers_as_text(raw: bytes) -> bytes:
    """The body with every number no parser takes as a number (NaN, beyond 64 bits or a
    double) written as a text in its place: the item holding it is refused for its type."""
    return _TOKEN.sub(_number_or_text, raw)


def _batch(raw: bytes) -> list[Any]:
    """The mutations of a push body; the body as a whole must be JSON with a list of them.

    Items are not parsed here: each is checked on its own, so that one malformed item is
    rejected with its reason while the rest are applied.
    """
    try:
        parsed = orjson.loads(raw)
    except orjson.JSONDecodeError:
        # orjson refuses numbers beyond 64 bits or a double (1e400) and NaN: those become text
        # that names the problem, so that only the item holding one is rejected, not the whole
        # batch (the standard library's parser would take them, but not nesting ~1000 deep).
        # A lone surrogate escape (\ud800) only the standard library's parser reads: the item
        # holding one is then refused for its text.
        text = _numbers_as_text(raw)
        try:
            parsed = orjson.loads(text)
        except orjson.JSONDecodeError:
            try:
                parsed = json.loads(text)
            except (ValueError, RecursionError) as error:
                message = f"the body is not valid JSON: {error}"
                raise ApiError(400, "invalid_json", message) from None
    if not isinstance(parsed, dict) or set(parsed) != {"mutations"}:
        raise ApiError(422, "invalid_request", 'a push is {"mutations": [...]}')
    items = parsed["mutations"]
    if not isinstance(items, list):
        raise ApiError(422, "invalid_request", "mutations must be a list")
    if len(items) > MAX_BATCH:
        raise ApiError(422, "invalid_request", TOO_MANY)
    return items


@router.post(
    "/sync/push",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": PushRequest.model_json_schema()}},
        }
    },
)
async def push(request: Request, user: CurrentUser, database: Database) -> Response:
    """Apply a batch of mutations (PushRequest); one result per item, in order."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_PUSH_BYTES:
        raise ApiError(
            413,
            "too_large",
            f"a push is at most {MAX_PUSH_BYTES} bytes; send fewer mutations per batch",
        )
    body = bytearray()
    counter = ItemCounter()
    chunks = request.stream()
    try:
        # A client that sends its body a byte at a time must not hold a connection for ever.
        with anyio.fail_after(PUSH_DEADLINE):
            while True:
                with anyio.fail_after(READ_TIMEOUT):
                    chunk = await anext(chunks, None)
                if chunk is None:
                    break
                body += chunk
                if len(body) > MAX_PUSH_BYTES:
                    raise ApiError(413, "too_large", f"a push is at most {MAX_PUSH_BYTES} bytes")
                if counter.feed(body) > MAX_BATCH:  # refused at the first item too many
                    raise ApiError(422, "invalid_request", TOO_MANY)
    except TimeoutError:
        raise ApiError(408, "timeout", "the push's body came too slowly; send it again") from None

    def apply() -> PushResponse:
        items = _batch(bytes(body))  # off the event loop: parsing takes a while
        parsed = [parse_item(item) for item in items]  # before the lock: no database needed
        outcome = apply_again_if_raced(database, user, parsed)
        for result in outcome.results:
            MUTATIONS.labels(result.status).inc()
        if outcome.all_clashed:
            raise ApiError(
                409,
                "mutation_conflict",
                "every mutation id in this batch was already used for different content",
                data=PushResponse(results=outcome.results),
            )
        return PushResponse(results=outcome.results)

    answer = await anyio.to_thread.run_sync(apply, limiter=_push_slots())
    request.app.state.public.changed()  # the public map is made again in the background
    return envelope(answer)


# Pushes applied at once by one process: one merging in Python while another waits for the
# database. More would only share the GIL (each batch slower, the slowest much slower); the
# others queue in arrival order. More processes (--workers) add more.
PUSHES_AT_ONCE = 2
_slots: list[anyio.CapacityLimiter] = []


def _push_slots() -> anyio.CapacityLimiter:
    """The process's push limiter (made inside the event loop, on first use)."""
    if not _slots:
        _slots.append(anyio.CapacityLimiter(PUSHES_AT_ONCE))
    return _slots[0]


# PostgreSQL's answers to two batches that met on the same rows: a deadlock it broke, a
# serialisation failure, a second row for a unique key (a picture, a record id) created meanwhile.
RACED = frozenset({"40P01", "40001", "23505"})
ATTEMPTS = 5


def apply_again_if_raced(
    database: ServerDatabase, user: UserView, parsed: list[ParsedItem | ItemResult]
) -> BatchOutcome:
    """Apply a batch in one transaction; a batch that lost a race with another is rolled back
    whole and applied again (it then sees what the other committed), a few times at most."""
    for attempt in range(ATTEMPTS):
        try:
            with database.write_lock(), database.session() as session:
                return apply_parsed(
                    session=session, user=user, parsed=parsed, now=datetime.now(UTC)
                )
        except (ConcurrentCreateError, DBAPIError) as error:
            code = getattr(getattr(error, "orig", None), "sqlstate", None)
            if isinstance(error, DBAPIError) and code not in RACED:
                raise
            if attempt == ATTEMPTS - 1:
                raise ConcurrentCreateError(
                    "other pushes kept changing the same records; push again"
                ) from error
    raise AssertionError("unreachable")


@router.get("/sync/pull")
def pull(
    user: CurrentUser,
    database: Database,
    since: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> Response:
    """Records changed after sequence ``since`` (tombstones included), in pages."""
    with database.reader() as session:
        page = changes_since(
            session=session, since=since, limit=limit, server_id=database.server_id,
            reader=user.id, editor=user.role in EDITORS,
        )  # fmt: skip
    return envelope(page)


@router.get("/sync/state")
def state(
    user: CurrentUser,
    database: Database,
    since: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
    change: uuid.UUID | None = None,
) -> Response:
    """The server's identity, and whether the change a laptop pulled at ``since`` is still
    there (when not, the laptop sends again what it knows and pulls from the start)."""
    with database.reader() as session:
        answer = server_state(
            session=session, server_id=database.server_id, since=since, change=change
        )
    return envelope(answer)


@router.get("/conflicts")
def conflicts(user: Reviewer, database: Database, include_resolved: bool = False) -> Response:
    """Fields two people changed concurrently (reviewers and admins)."""
    with database.reader() as session:
        return envelope(open_conflicts(session=session, include_resolved=include_resolved))


@router.get("/refused")
def refused(user: Reviewer, database: Database) -> Response:
    """The team's changes the server refused for good, newest first (reviewers and admins)."""
    with database.reader() as session:
        return envelope(refused_changes(session=session))


MAX_REVIEWED = 10_000  # refusals one request may mark reviewed


class ReviewRefusedRequest(BaseModel):
    """The refusals a reviewer marks reviewed at once, by the ``mutation_id`` of the Refused
    list's rows (each with its whole count)."""

    model_config = ConfigDict(extra="forbid")
    ids: list[uuid.UUID] = Field(min_length=1, max_length=MAX_REVIEWED)


@router.post("/refused/review")
def review_refused(body: ReviewRefusedRequest, user: Reviewer, database: Database) -> Response:
    """Mark the Refused list's rows named reviewed, all or none (reviewers and admins): they
    leave the list. Marking one again changes nothing; ids no refusal has are in ``unknown``."""
    with database.session() as session:
        reviewed, unknown = review_refusals(session=session, ids=body.ids)
    return envelope({"reviewed": reviewed, "unknown": unknown})


MAX_RESOLVED = 10_000  # conflicts one request may mark reviewed


class ResolveRequest(BaseModel):
    """The conflicts a reviewer marks reviewed at once (those the Review tab showed her)."""

    model_config = ConfigDict(extra="forbid")
    ids: list[Annotated[int, Field(strict=True, ge=1, le=2**31 - 1)]] = Field(
        min_length=1, max_length=MAX_RESOLVED
    )


@router.post("/conflicts/resolve")
def resolve_many(body: ResolveRequest, user: Reviewer, database: Database) -> Response:
    """Mark the conflicts named reviewed, all or none (reviewers and admins); marking one
    already reviewed again changes nothing. Ids no conflict has are named in ``unknown``."""
    with database.session() as session:
        resolved, unknown = resolve_conflicts(session=session, ids=body.ids)
    return envelope({"resolved": resolved, "unknown": unknown})


@router.post("/conflicts/{conflict_id}/resolve")
def resolve(
    conflict_id: Annotated[int, Path(ge=1, le=2**31 - 1)], user: Reviewer, database: Database
) -> Response:
    """Mark a conflict as reviewed."""
    with database.session() as session:
        if not resolve_conflict(session=session, conflict_id=conflict_id):
            raise ApiError(404, "not_found", f"no conflict {conflict_id}")
    return envelope({"id": conflict_id, "resolved": True})
