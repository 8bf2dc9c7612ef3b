"""Photo blobs: HEAD to skip what the server has, PATCH to upload (resumable), GET to fetch."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import anyio
import anyio.to_thread
from fastapi import APIRouter, Header, Path, Request
from starlette.requests import ClientDisconnect
from starlette.responses import FileResponse, Response

from surveyapp.protocol.wire import BlobQuery, BlobStates, BlobStatus
from surveyapp.server.blobs import SHA256_TEXT, BlobStore, PartWriter
from surveyapp.server.database import ServerDatabase
from surveyapp.server.deps import CurrentUser, Database, Store
from surveyapp.server.envelope import ApiError, envelope
from surveyapp.server.metrics import UPLOAD_BYTES, UPLOADS
from surveyapp.server.models import Blob
from surveyapp.server.push import insert_ignoring_duplicates
from surveyapp.server.retract import (
    NotYoursError,
    StillNamedError,
    add_uploader,
    copies_changed,
    hold_copy,
    named,
    named_by,
    nothing_to_send,
    renamed,
    retract,
    stored_bytes,
)
from surveyapp.server.users import UserView

router = APIRouter(tags=["blobs"])

READ_TIMEOUT = 60.0  # seconds without a byte before an upload is given up (resumable)

Sha256 = Annotated[str, Path(pattern=SHA256_TEXT.pattern, min_length=64, max_length=64)]


def _header_int(value: str | None, name: str) -> int:
    try:
        number = int(value) if value is not None else -1
    except ValueError:
        number = -1
    if number < 0:
        raise ApiError(400, "bad_request", f"{name} must be a whole number of bytes")
    return number


@router.post("/blobs/status")
def blob_states(query: BlobQuery, user: CurrentUser, store: Store, database: Database) -> Response:
    """What the server holds of each of many shared copies, as this user sees it (complete only
    once they sent it: ``blob_head``): one round trip for a whole sync."""
    for sha256 in query.sha256:
        if not SHA256_TEXT.fullmatch(sha256):
            raise ApiError(422, "invalid_request", "hashes are 64 lowercase hexadecimal digits")
    with database.reader() as session:
        sent = nothing_to_send(session, list(set(query.sha256)), user)
    states = []
    for sha256 in query.sha256:
        size = store.size(sha256) if sha256 in sent else None
        complete = size is not None
        offset = size if size is not None else store.offset(sha256, user.id)
        states.append(BlobStatus(sha256=sha256, offset=offset, complete=complete))
    return envelope(BlobStates(blobs=states))


def _held_for(database: Database, store: Store, sha256: str, user: UserView) -> int | None:
    """The blob's size when the server holds it and this user has nothing to send of it
    (``nothing_to_send``): a copy another user sent, which a photo of theirs names, is for them
    not there yet."""
    size = store.size(sha256)
    if size is None:
        return None
    with database.reader() as session:
        return size if nothing_to_send(session, [sha256], user) else None


@router.head("/blobs/{sha256}")
def blob_head(sha256: Sha256, user: CurrentUser, store: Store, database: Database) -> Response:
    """200 with Content-Length when the server has the blob and this user has nothing to send
    of it; 404 with Upload-Offset if not: a volunteer whose photo names a copy another sent
    sends it too, which proves they hold it (server/retract.py)."""
    size = _held_for(database, store, sha256, user)
    if size is not None:
        return Response(status_code=200, headers={"Content-Length": str(size)})
    return Response(status_code=404, headers={"Upload-Offset": str(store.offset(sha256, user.id))})


@router.get("/blobs/{sha256}")
def blob_get(sha256: Sha256, user: CurrentUser, store: Store, database: Database) -> Response:
    """The blob's bytes, while a live photo names them (a replaced or withdrawn copy is gone)."""
    if store.size(sha256) is None:
        raise ApiError(404, "not_found", f"no blob {sha256}")
    with database.reader() as session:
        if not named(session, sha256):
            raise ApiError(404, "retracted", f"no photo shows {sha256} any more")
    return FileResponse(store.path(sha256), media_type="application/octet-stream")


@router.delete("/blobs/{sha256}")
def blob_delete(sha256: Sha256, user: CurrentUser, store: Store, database: Database) -> Response:
    """Retract a shared copy no live photo names (its uploader, or a reviewer), now."""
    try:
        with database.session() as session:
            removed = retract(session, store, sha256, user)
    except NotYoursError as error:
        raise ApiError(403, "forbidden", str(error)) from None
    except StillNamedError as error:
        raise ApiError(409, "still_named", str(error)) from None
    return envelope({"sha256": sha256, "retracted": removed})


def record_upload(
    database: ServerDatabase, store: BlobStore, sha256: str, uploader: int, size: int
) -> None:
    """Put a verified upload (``BlobStore.finish``) in place and record it (its sender, the
    copy's row) in one transaction holding the copy's lock (``hold_copy``): a sweep that
    deleted the copy meanwhile deleted it whole, and the copy comes back here whole; one that
    comes after sees this sender's photo naming it."""
    with database.session() as session:
        hold_copy(session, sha256)
        store.place(sha256, uploader)
        now = datetime.now(UTC)
        sender = add_uploader(session, sha256, uploader)
        unnamed = None if named(session, sha256) else now
        if insert_ignoring_duplicates(
            session,
            Blob,
            "sha256",
            sha256=sha256,
            size=size,
            uploaded_by=uploader,
            unnamed_since=unnamed,
        ):
            copies_changed(session)
        elif sender:  # another user sent it first: this user's photos may show it now
            renamed(session, sha256, now)


@router.patch("/blobs/{sha256}")
async def blob_patch(
    sha256: Sha256,
    request: Request,
    user: CurrentUser,
    store: Store,
    database: Database,
    upload_offset: Annotated[str | None, Header()] = None,
    upload_length: Annotated[str | None, Header()] = None,
) -> Response:
    """Append the body at ``Upload-Offset``; when all ``Upload-Length`` bytes are in, verify."""
    offset = _header_int(upload_offset, "Upload-Offset")
    length = _header_int(upload_length, "Upload-Length")
    if length > store.max_bytes:  # before reading a byte of the body
        raise ApiError(
            413,
            "too_large",
            f"the photo is {length} bytes; this server takes at most {store.max_bytes}",
        )
    size = await anyio.to_thread.run_sync(_held_for, database, store, sha256, user)
    if size is not None:
        return envelope(BlobStatus(sha256=sha256, offset=size, complete=True))

    def allowed() -> int:
        """The bytes this user has stored; refuses a copy no photo of theirs names."""
        with database.reader() as session:
            if not named_by(session, sha256, user.id):
                raise ApiError(
                    403,
                    "not_named",
                    "no photo of yours names this copy: push the photo's record first",
                )
            return stored_bytes(session, user.id)

    used = await anyio.to_thread.run_sync(allowed)
    used += store.partial_bytes(user.id) - store.offset(sha256, user.id)
    if used + length > store.quota_bytes:
        raise ApiError(
            413,
            "quota",
            f"this upload would take your photos on the server past your quota of "
            f"{store.quota_bytes // 2**20} MB; ask the coordinator",
        )
    # One upload per blob and user at a time, in every process on the database (an advisory
    # lock on PostgreSQL): taken on a worker thread, as it may open a connection. Per user, as
    # the .part files are: a teammate's stalled upload of the copy never holds up another's.
    lock = database.uploads.holding(sha256, user.id)
    mine = await anyio.to_thread.run_sync(lock.__enter__)
    try:
        size = await anyio.to_thread.run_sync(_held_for, database, store, sha256, user)
        if mine and size is not None:  # finished by another upload while this one waited
            return envelope(BlobStatus(sha256=sha256, offset=size, complete=True))
        held = store.offset(sha256, user.id)
        if not mine:
            UPLOADS.labels("busy").inc()
            raise ApiError(
                409,
                "upload_in_progress",
                "another upload of this blob is under way",
                {"Upload-Offset": str(held)},
            )
        if held > length:  # an earlier upload claimed another length: it cannot be right
            store.discard(sha256, user.id)
            held = 0
        if offset != held or offset > length:
            raise ApiError(
                409,
                "wrong_offset",
                f"the server holds {held} bytes of this blob",
                {"Upload-Offset": str(held)},
            )
        writer = PartWriter(store.part_path(sha256, user.id), hashing=offset == 0)
        written = offset
        too_many = False
        chunks = request.stream()
        try:
            while True:
                # A client that stops sending without hanging up must not hold the upload
                # (and its lock) forever: give up after READ_TIMEOUT of silence.
                with anyio.fail_after(READ_TIMEOUT):
                    chunk = await anext(chunks, None)
                if chunk is None:
                    break
                if written + len(chunk) > length:
                    too_many = True
                    break
                writer.write(chunk)
                written += len(chunk)
        except (ClientDisconnect, TimeoutError):
            pass  # keep what arrived: the client resumes from Upload-Offset
        except BaseException:
            writer.abandon()
            raise

        def wrap_up() -> bool | None:
            """Flush; when the bytes are complete, verify, move into place and record."""
            digest = writer.close()
            if too_many or written < length:
                return None
            if not store.finish(sha256, user.id, digest):
                return False
            record_upload(database, store, sha256, user.id, length)
            return True

        verified = await anyio.to_thread.run_sync(wrap_up)
        UPLOAD_BYTES.inc(written - offset)
        UPLOADS.labels({None: "partial", True: "complete", False: "mismatch"}[verified]).inc()
        if too_many:
            store.truncate(sha256, user.id, offset)
            raise ApiError(
                400,
                "bad_request",
                "the body is longer than Upload-Length says",
                {"Upload-Offset": str(offset)},
            )
        if verified is None:
            return envelope(BlobStatus(sha256=sha256, offset=written, complete=False))
    finally:
        await anyio.to_thread.run_sync(lock.__exit__, None, None, None)
    if not verified:
        raise ApiError(
            422,
            "sha256_mismatch",
            "the uploaded bytes do not have this SHA-256; the upload was discarded",
            {"Upload-Offset": "0"},
        )
    return envelope(BlobStatus(sha256=sha256, offset=length, complete=True))
