"""Push, pull and the conflicts reviewers look at."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any

import anyio.to_thread
import orjson
from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from surveyapp.protocol.wire import (
    DEFAULT_PULL_LIMIT,
    MAX_BATCH,
    MAX_PULL_LIMIT,
    PushRequest,
    PushResponse,
)
from surveyapp.server.deps import CurrentUser, Database, Reviewer
from surveyapp.server.envelope import ApiError, envelope
from surveyapp.server.pull import changes_since, open_conflicts, resolve_conflict, server_state
from surveyapp.server.push import apply_parsed, parse_item
from surveyapp.server.review import refused_changes

router = APIRouter(tags=["sync"])

# 100 photo records with their thumbnails (at most 96 kB each) fit easily; anything bigger is a
# mistake or an attack.
MAX_PUSH_BYTES = 16 * 1024 * 1024


def _batch(raw: bytes) -> list[Any]:
    """The mutations of a push body; the body as a whole must be JSON with a list of them.

    Items are not parsed here: each is checked on its own, so that one malformed item is
    rejected with its reason while the rest are applied.
    """
    try:
        parsed = orjson.loads(raw)
    except orjson.JSONDecodeError:
        # orjson refuses numbers beyond a double (1e400) and NaN: parse those with the standard
        # library, so that only the item holding one is rejected, not the whole batch.
        try:
            parsed = json.loads(raw)
        except (ValueError, RecursionError) as error:
            raise ApiError(400, "invalid_json", f"the body is not valid JSON: {error}") from None
    if not isinstance(parsed, dict) or set(parsed) != {"mutations"}:
        raise ApiError(422, "invalid_request", 'a push is {"mutations": [...]}')
    items = parsed["mutations"]
    if not isinstance(items, list) or len(items) > MAX_BATCH:
        raise ApiError(
            422, "invalid_request", f"mutations must be a list of at most {MAX_BATCH} items"
        )
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
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_PUSH_BYTES:
            raise ApiError(413, "too_large", f"a push is at most {MAX_PUSH_BYTES} bytes")

    def apply() -> PushResponse:
        items = _batch(bytes(body))  # off the event loop: parsing takes a while
        parsed = [parse_item(item) for item in items]  # before the lock: no database needed
        with database.write_lock(), database.session() as session:
            outcome = apply_parsed(session=session, user=user, parsed=parsed, now=datetime.now(UTC))
        if outcome.all_clashed:
            raise ApiError(
                409,
                "mutation_conflict",
                "every mutation id in this batch was already used for different content",
                data=PushResponse(results=outcome.results),
            )
        return PushResponse(results=outcome.results)

    answer = await anyio.to_thread.run_sync(apply)
    request.app.state.public.changed()  # the public map is made again in the background
    return envelope(answer)


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
            session=session, since=since, limit=limit, server_id=database.server_id
        )
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


@router.post("/conflicts/{conflict_id}/resolve")
def resolve(
    conflict_id: Annotated[int, Path(ge=1, le=2**31 - 1)], user: Reviewer, database: Database
) -> Response:
    """Mark a conflict as reviewed."""
    with database.session() as session:
        if not resolve_conflict(session=session, conflict_id=conflict_id):
            raise ApiError(404, "not_found", f"no conflict {conflict_id}")
    return envelope({"id": conflict_id, "resolved": True})
