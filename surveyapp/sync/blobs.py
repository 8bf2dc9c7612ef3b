"""Photos on the wire: the shareable copy that is uploaded, resumable uploads, fetch on demand.

The original never leaves the laptop. Before a photo's record is pushed, a shareable copy is
made by the function the caller passes in (the photos package's privacy derivative: no personal
metadata, faces and plates blurred when the survey says so); its SHA-256 and size go into the
photo's record, the bytes into ``<library>/shared/``. After the records, each copy is uploaded:
``HEAD`` says what the server already holds, ``PATCH`` sends the rest from that byte offset,
and a cut connection resumes from wherever the server got to. A copy a teammate sent (their
file of the same picture, other metadata) is sent again all the same: the server serves a copy
only while a photo of someone who sent it names it, so it says "not complete" until then.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tempfile
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
from PIL import Image
from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from surveyapp.db.engine import BEGIN_OPTION
from surveyapp.db.files import SHARED_DIR, shared_path
from surveyapp.db.models import Outbox, Photo
from surveyapp.db.outbox import APPLYING_REMOTE
from surveyapp.i18n import QT_TRANSLATE_NOOP, system_error_text, translate
from surveyapp.sync.client import (
    NOT_NAMED,
    RETRIABLE,
    MalformedAnswerError,
    RequestError,
    ServerUnavailableError,
    SyncClient,
    SyncError,
    Words,
    offset_header,
    retry_after,
)

CHUNK = 8 * 1024 * 1024  # bytes per PATCH: a cut costs at most this much again
THUMBNAIL_SIZE = 320  # pixels, longest side: the size of the app's own thumbnails
THUMBNAIL_FIELD = "thumbnail_jpeg_base64"

# (photo, bytes of the original) → the shareable JPEG, as the photo's survey and the
# volunteer's blur choices say (surveyapp.photos.sharing.make_shareable)
MakeShareable = Callable[[Photo, bytes], bytes]


@dataclass(frozen=True)
class PhotoStep:
    """One photo prepared, uploaded or failed; ``error`` says why when it failed (in the
    volunteer's language), ``kept`` that it stays on this laptop for good (its pixels cannot be
    read, so no shareable copy exists), ``withdrawn`` that its upload is put off because the
    server no longer has it as ours (``WITHDRAWN``); an upload step ``sent`` its copy's bytes
    (not sent: the server already held the copy for this user, which it confirmed)."""

    photo_id: uuid.UUID
    sha256: str
    error: str | None = None
    kept: bool = False
    withdrawn: bool = False
    sent: bool = False


@dataclass(frozen=True)
class PhotoSending:
    """A photo's copy on its way (``size`` bytes), before the server's answer: said while the
    upload waits, which on a slow connection takes a while for every photo."""

    photo_id: uuid.UUID
    sha256: str
    size: int


class UploadBusyError(SyncError):
    """Another upload of the same photo holds it on the server; it goes next time."""


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(suffix=".tmp", dir=target.parent)
    try:
        with open(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def shared_thumbnail(data: bytes) -> str | None:
    """A small JPEG of the shareable copy, base64: the thumbnail the server shows others.

    Made from the shareable copy, never from the original (whose local thumbnail shows the
    faces unblurred and may be the camera's embedded preview).
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            image.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
    except (OSError, ValueError):
        return None
    return base64.b64encode(out.getvalue()).decode("ascii")


def _attach_thumbnail(session: Session, photo_id: uuid.UUID, data: bytes) -> None:
    """Put the shareable copy's thumbnail into the photo's changes that were never sent (the
    first upsert and the one carrying the new copy's hash), so it reaches the server with them."""
    thumbnail = shared_thumbnail(data)
    if thumbnail is None:
        return
    rows = session.scalars(
        select(Outbox).where(
            Outbox.record_type == "photo",
            Outbox.record_id == photo_id,
            Outbox.state == "pending",
            Outbox.attempts == 0,
            Outbox.op == "upsert",
        )
    )
    for row in rows:
        row.fields = {**row.fields, THUMBNAIL_FIELD: thumbnail}


UNSHAREABLE = "unshareable"  # upload_state of a photo whose pixels cannot be read


def reattach_thumbnails(session: Session, library: Path) -> None:
    """Put the shared copy's thumbnail back into the photos' creations waiting to be sent
    again (the journal keeps them without it)."""
    rows = session.scalars(
        select(Outbox).where(
            Outbox.record_type == "photo",
            Outbox.state == "pending",
            Outbox.op == "upsert",
            Outbox.base_version.is_(None),
        )
    )
    for row in rows:
        blob = row.fields.get("blob_sha256")
        if THUMBNAIL_FIELD in row.fields or not isinstance(blob, str):
            continue
        try:
            thumbnail = shared_thumbnail(shared_path(library, blob).read_bytes())
        except OSError:
            continue
        if thumbnail is not None:
            row.fields = {**row.fields, THUMBNAIL_FIELD: thumbnail}


def _needs_copy(photo: Photo) -> bool:
    """Whether the photo still has no shareable copy (and can have one)."""
    return (
        photo.upload_state == "local"
        and not photo.deleted
        and photo.blob_sha256 is None
        and photo.library_path != ""
    )


def photos_to_prepare(session: Session) -> list[uuid.UUID]:
    """Our photos that have no shareable copy yet (and can have one)."""
    query = select(Photo.id).where(
        Photo.upload_state == "local",
        Photo.deleted.is_(False),
        Photo.blob_sha256.is_(None),
        Photo.library_path != "",
    )
    return list(session.scalars(query.order_by(Photo.taken_sort, Photo.id)))


def prepare_photos(
    factory: sessionmaker[Session],
    library: Path,
    make_shareable: MakeShareable,
    ids: list[uuid.UUID] | None = None,
) -> Iterator[PhotoStep]:
    """Make the shareable copy of each photo that needs one (of ``ids``, the list
    ``photos_to_prepare`` gave), one transaction per photo; a step per photo, as it is made
    (about a second each). A photo whose copy another program on the survey made meanwhile (the
    app and ``surveyapp sync`` started together) is not made again: its step says nothing."""
    if ids is None:
        with factory() as session:
            ids = photos_to_prepare(session)
    reader = reading(factory)
    for photo_id in ids:
        # The copy is made (about a second of face detection) in a reading transaction, which
        # never holds other writers up; only storing its hash takes the write lock.
        with reader() as session:
            photo = session.get(Photo, photo_id)
            if photo is None:
                continue
            sha256 = photo.sha256
            if not _needs_copy(photo):
                yield PhotoStep(photo_id, sha256)
                continue
            path = library / photo.library_path
            try:
                original = path.read_bytes()
            except FileNotFoundError:  # the library lost it: importing it again puts it back
                yield PhotoStep(photo_id, sha256, missing_original_text(photo.file_name, path))
                continue
            except OSError as error:  # the library is not where it should be: try next time
                yield PhotoStep(photo_id, sha256, no_copy_text(error))
                continue
            try:
                data: bytes | None = make_shareable(photo, original)
                problem = None
            except (OSError, ValueError) as error:
                data, problem = None, no_copy_text(error)
        if data is None:
            # Its pixels cannot be read (a truncated file): it stays on this laptop, with its
            # record; the rest of the survey syncs.
            with factory() as session, session.begin():
                session.info[APPLYING_REMOTE] = True
                photo = session.get(Photo, photo_id)
                if photo is not None:
                    photo.upload_state = UNSHAREABLE
            yield PhotoStep(photo_id, sha256, problem, kept=True)
            continue
        digest = hashlib.sha256(data).hexdigest()
        _write_atomically(shared_path(library, digest), data)
        with factory() as session, session.begin():
            photo = session.get(Photo, photo_id)
            if photo is None:
                continue
            old = photo.blob_sha256
            # Through the outbox hook: the record that is pushed next carries the copy's hash.
            photo.blob_sha256, photo.blob_size = digest, len(data)
            session.flush()
            _attach_thumbnail(session, photo_id, data)
            if old is not None and old != digest:
                drop_stale_copy(session, library, old)
        yield PhotoStep(photo_id, sha256)


def no_copy_text(error: Exception) -> str:
    """Why a photo has no shareable copy, in the volunteer's language (a known system error
    too; the image reader's words as it says them)."""
    detail = system_error_text(error)
    return translate("sync", "no shareable copy: {error}").format(error=detail)


def missing_original_text(file_name: str, path: Path) -> str:
    """Why a photo whose original the library lost has no shareable copy, and what to do."""
    return translate(
        "sync",
        "no shareable copy: the original of {name} is missing from the library ({path}): "
        "import its file again to put it back",
    ).format(name=file_name, path=path)


def reading(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions like ``factory``'s whose transactions only read (a deferred BEGIN on SQLite:
    they never wait for, nor hold up, a writer)."""
    bind = factory.kw["bind"]
    return sessionmaker(bind.execution_options(**{BEGIN_OPTION: "BEGIN"}), expire_on_commit=False)


def sweep_stale_copies(session: Session, library: Path) -> int:
    """Delete the shared copies no photo here names any more (a more blurred copy replaced
    them, or the photo was deleted); returns how many. A file stays while a live photo names
    it as its shared copy or as the picture fetched from the server (a teammate's withdrawn
    photo keeps none here)."""
    folder = library / SHARED_DIR
    if not folder.is_dir():
        return 0
    named = set(
        session.scalars(
            select(Photo.blob_sha256).where(
                Photo.deleted.is_(False), Photo.blob_sha256.is_not(None)
            )
        )
    )
    kept = {
        path
        for path in session.scalars(
            select(Photo.library_path).where(Photo.library_path != "", Photo.deleted.is_(False))
        )
        if path
    }
    removed = 0
    for path in folder.glob("*.jpg"):
        if path.stem in named or f"{SHARED_DIR}/{path.name}" in kept:
            continue
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def drop_stale_copy(session: Session, library: Path, blob_sha256: str) -> None:
    """Delete a shared copy no photo here names any more (a more blurred one replaced it)."""
    named = select(Photo.id).where(Photo.blob_sha256 == blob_sha256, Photo.deleted.is_(False))
    if session.scalars(named.limit(1)).first() is None:
        shared_path(library, blob_sha256).unlink(missing_ok=True)


def photos_to_upload(session: Session) -> list[tuple[uuid.UUID, str, str]]:
    """(id, sha256, blob sha256) of our photos whose record the server has, copy not yet sent."""
    accepted = exists().where(Outbox.record_id == Photo.id, Outbox.state == "sent")
    naming = exists().where(
        Outbox.record_id == Photo.id,
        Outbox.state != "sent",
        func.json_type(Outbox.fields, "$.blob_sha256").is_not(None),
    )
    query = select(Photo.id, Photo.sha256, Photo.blob_sha256).where(
        Photo.upload_state == "local",
        Photo.deleted.is_(False),
        Photo.blob_sha256.is_not(None),
        or_(Photo.server_version.is_not(None), accepted),
        ~naming,  # the server must know the copy's hash before it takes the bytes
    )
    rows = session.execute(query.order_by(Photo.taken_sort))
    return [(row[0], row[1], row[2]) for row in rows if row[2] is not None]


def upload_blob(
    client: SyncClient, path: Path, blob_sha256: str, known: tuple[bool, int] | None = None
) -> bool:
    """Upload one file so that the server holds it complete; resumes after cuts. Whether any
    of its bytes were sent (False: the server already held it complete for this user).

    ``known`` is what the server said it holds (asked for many photos at once); else a
    ``HEAD`` asks. A cut or a 5xx costs a backoff delay and a ``HEAD`` to learn the server's
    offset: a body is never sent from an offset the server did not name. The client's retry
    policy bounds how many times in a row that may happen without progress.
    """
    complete, offset = known if known is not None else client.blob_offset(blob_sha256)
    if complete:
        return False  # nothing to send, nor to read (the file here may be gone)
    data = path.read_bytes()  # its SHA-256 is the server's to check (422 when it differs)
    total = len(data)

    def held(complete: bool, offset: int) -> int:
        """An offset the server named, if it can be one of this file's (any, once complete)."""
        if not complete and not 0 <= offset <= total:
            raise MalformedAnswerError(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "the server says it holds {offset} bytes of photo {photo}, which has {total}",
                ),
                offset=offset,
                photo=blob_sha256[:12],
                total=total,
            )
        return offset

    offset = held(complete, offset)
    delays = client.retry.delays()
    wrong_offsets = 0
    busy = False
    sent = False
    while not complete:
        asked: httpx.Headers | None = None  # a Retry-After to honour
        problem: object  # words, or the server's reason
        try:
            chunk = data[offset : offset + CHUNK]
            sent = True  # bytes went (a cut one too: they cost the volunteer as much)
            status = client.blob_patch(blob_sha256, offset, total, chunk)
        except RequestError as error:
            if error.code == "wrong_offset" and "upload-offset" in error.headers:
                # The server had other bytes.
                offset = held(False, offset_header(error.headers, "upload-offset"))
                wrong_offsets += 1
                if wrong_offsets <= 3:
                    continue
                problem = Words(QT_TRANSLATE_NOOP("sync", "the server's offset keeps moving"))
            elif error.code == "upload_in_progress":
                # Someone else's upload (or our own from a dropped connection) holds the blob
                # for a while: wait, then ask where it stands; never a loop of PATCHes.
                problem = Words(
                    QT_TRANSLATE_NOOP("sync", "another upload of this photo is under way")
                )
                busy = True
            elif error.status not in RETRIABLE:
                raise
            else:
                problem = error.said  # the server's reason: its own words
                asked = error.headers
        except httpx.TransportError as error:  # cut mid-upload: ask where to resume
            problem = Words(
                QT_TRANSLATE_NOOP("sync", "connection cut ({error})"),
                {"error": type(error).__name__},
            )
        else:
            # A 200 takes the whole chunk (the server writes it all or answers an error); one
            # that took less, or went back, is no progress: resending at once might never end.
            complete = status.complete
            moved = complete or status.offset == offset + len(chunk)
            offset = held(complete, status.offset)
            if moved:
                delays = client.retry.delays()  # progress: the patience starts again
                wrong_offsets, busy = 0, False
                continue
            problem = Words(QT_TRANSLATE_NOOP("sync", "the server did not take the bytes sent"))
        delay = next(delays, None)
        if delay is None:
            if busy:
                raise UploadBusyError(PROBLEMS[BUSY])  # in English; a step words BUSY itself
            raise ServerUnavailableError(
                QT_TRANSLATE_NOOP("sync", "upload of {photo} kept failing: {problem}"),
                photo=blob_sha256[:12],
                problem=problem,
            )
        if asked is not None:
            delay = retry_after(asked, delay)
        client.pause(delay, f"upload {blob_sha256[:12]}", problem, resuming=True)
        complete, offset = client.blob_offset(blob_sha256)
        offset = held(complete, offset)
    return sent


UPLOADS_AT_ONCE = 2  # while the server verifies and flushes one copy, the next one travels


def upload_photos(
    factory: sessionmaker[Session],
    library: Path,
    client: SyncClient,
    user: str | None = None,
    *,
    teammates_only: bool = False,
    skip: frozenset[uuid.UUID] = frozenset(),
) -> Iterator[PhotoStep | PhotoSending]:
    """Upload the shareable copy of every photo whose record the server already has.

    Two uploads run at once (the server hashes and flushes one copy to disk while the next one
    arrives); what each one did is stored here, in order, one transaction per photo. Before
    waiting for a copy whose bytes may go (the server did not say it holds it), a
    ``PhotoSending`` says it is on its way; a ``PhotoStep`` then says what it did.

    A photo that is another user's record (``user`` is this laptop's: the same picture, shared
    first from another laptop) is only asked about: it is marked uploaded once the server says
    it holds that record's copy, and put off (``WITHDRAWN``) while it does not; none of its
    bytes go (the copy is the teammate's to send). ``teammates_only``: those photos alone, but
    the ones in ``skip`` (after a pull that made some of ours a teammate's).
    """
    with factory() as session:
        todo = [row for row in photos_to_upload(session) if row[0] not in skip]
        ids = [row[0] for row in todo]
        rows = session.execute(
            select(Photo.id, Photo.owner, Photo.blob_size).where(Photo.id.in_(ids))
        ).all()
    owners = {row[0]: row[1] for row in rows}
    sizes = {row[0]: row[2] or 0 for row in rows}
    teammates = {
        photo_id
        for photo_id, owner in owners.items()
        if owner is not None and user is not None and owner != user
    }
    if teammates_only:
        todo = [row for row in todo if row[0] in teammates]
    if not todo:
        return
    # What the server holds of every copy, in one round trip rather than a HEAD per photo.
    known = client.blob_states([blob for _, _, blob in todo])

    def send(blob_sha256: str) -> str | None:
        """Upload one copy; the reason when it could not be (None: the server has it; ``SENT``:
        it has it now that its bytes went): a code (``WITHDRAWN``, ``MISSING_COPY``,
        ``BUSY``) or a text; the generator words the codes, in the volunteer's language, as
        the steps are yielded."""
        try:
            path = shared_path(library, blob_sha256)
            if upload_blob(client, path, blob_sha256, known.get(blob_sha256)):
                return SENT
        except RequestError as error:  # 413, 422: this photo, not the run
            if error.code == NOT_NAMED:
                return WITHDRAWN
            # The detail is the server's reason, in its words.
            return translate("sync", "upload refused: {reason}").format(reason=error)
        except UploadBusyError:
            return BUSY
        except FileNotFoundError:
            return MISSING_COPY
        return None

    pool = ThreadPoolExecutor(UPLOADS_AT_ONCE, thread_name_prefix="upload")
    try:
        # One upload a copy: a volunteer's files of one picture (one turned by another tool)
        # make one copy, and a second upload of it beside the first would only be told to
        # wait ("another upload of this photo is under way") and come back.
        own = dict.fromkeys(blob for photo_id, _, blob in todo if photo_id not in teammates)
        sending: dict[str, Future[str | None]] = {blob: pool.submit(send, blob) for blob in own}
        queued = deque(todo)
        waited: set[str] = set()  # the copies said to be on their way
        while queued:
            photo_id, sha256, blob = queued.popleft()
            future = sending.get(blob)
            if future is not None and blob not in waited and not known.get(blob, (False, 0))[0]:
                waited.add(blob)  # a copy of two files goes once, and is said once
                yield PhotoSending(photo_id, sha256, sizes[photo_id])
            # A run-stopping SyncError is raised by the result.
            outcome = future.result() if future is not None else WITHDRAWN
            if photo_id in teammates:  # asked about, never sent
                # The server holds the copy for this user: it said so before the run's uploads,
                # or this laptop sent the same copy for a photo of its own just now (a picture
                # of the same pixels), which the answer read before could not tell.
                held = known.get(blob, (False, 0))[0] or outcome in (None, SENT)
                sent, problem = False, None if held else WITHDRAWN
            else:
                sent = outcome == SENT
                problem = None if sent else outcome
            if problem is None:
                with factory() as session, session.begin():
                    session.info[APPLYING_REMOTE] = True  # bookkeeping, not an edit
                    photo = session.get(Photo, photo_id)
                    if photo is not None:
                        photo.upload_state = "uploaded"
            elif problem == MISSING_COPY:
                with factory() as session, session.begin():
                    photo = session.get(Photo, photo_id)
                    if photo is not None:  # made again next time (the server hears of it)
                        photo.blob_sha256 = photo.blob_size = None
            text = translate("sync", PROBLEMS[problem]) if problem in PROBLEMS else problem
            yield PhotoStep(photo_id, sha256, text, withdrawn=problem == WITHDRAWN, sent=sent)
    except (KeyboardInterrupt, GeneratorExit):
        client.stop()  # Ctrl-C, or the run closed: the upload under way stops waiting too
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


SENT = "sent"  # not a problem: the copy's bytes went (None: the server already held it)
MISSING_COPY = "missing_copy"
BUSY = "busy"  # another upload holds the photo on the server (UploadBusyError)
# Put off, not an error (``PhotoStep.withdrawn``): the pull that follows brings what became of
# the photo (withdrawn by a reviewer, or a teammate's record); one still waiting for its copy
# afterwards keeps the run from being complete.
WITHDRAWN = "withdrawn"
# What an upload's problem code says, translated where a step is yielded.
PROBLEMS = {
    MISSING_COPY: QT_TRANSLATE_NOOP("sync", "the shareable copy is missing; sync again"),
    BUSY: QT_TRANSLATE_NOOP(
        "sync", "another upload of this photo is under way; it is sent next time"
    ),
    WITHDRAWN: QT_TRANSLATE_NOOP(
        "sync",
        "its copy was not sent: the server no longer has this photo as yours (withdrawn, or a "
        "teammate's, meanwhile); this sync's pull brings what became of it",
    ),
}


def fetch_photo(session: Session, library: Path, client: SyncClient, photo: Photo) -> Path:
    """Download the picture of someone else's photo into the library; its path."""
    if photo.library_path:
        return library / photo.library_path
    if not photo.blob_sha256:
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "photo {photo} has no picture on the server"), photo=photo.id
        )
    target = download_copy(library, client, photo.id, photo.blob_sha256, photo.blob_size)
    note_fetched(session, library, photo, target)
    return target


def fetch_copy(
    factory: sessionmaker[Session], library: Path, client: SyncClient, photo_id: uuid.UUID
) -> Path:
    """``fetch_photo`` holding no transaction while the bytes come (the app's edits go on):
    the photo is read, its copy downloaded, then recorded if the photo still names that copy."""
    with factory() as session:
        photo = session.get(Photo, photo_id)
        if photo is not None and photo.library_path:
            return library / photo.library_path
        if photo is None or not photo.blob_sha256:
            raise SyncError(
                QT_TRANSLATE_NOOP("sync", "photo {photo} has no picture on the server"),
                photo=photo_id,
            )
        blob, size = photo.blob_sha256, photo.blob_size
    target = download_copy(library, client, photo_id, blob, size)
    with factory() as session, session.begin():
        photo = session.get(Photo, photo_id)
        if photo is not None and not photo.deleted and photo.blob_sha256 == blob:
            note_fetched(session, library, photo, target)
    return target


def download_copy(
    library: Path, client: SyncClient, photo_id: object, blob_sha256: str, size: int | None
) -> Path:
    """Download a photo's shared copy into the library, checked against its SHA-256; its
    path."""
    data = client.blob_get(blob_sha256, size or None)
    if hashlib.sha256(data).hexdigest() != blob_sha256:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync", "the server sent other bytes for photo {photo} (SHA-256 differs)"
            ),
            photo=photo_id,
        )
    target = shared_path(library, blob_sha256)
    _write_atomically(target, data)
    return target


def note_fetched(session: Session, library: Path, photo: Photo, target: Path) -> None:
    """Record that ``photo``'s picture is the downloaded copy at ``target`` (this laptop's
    bookkeeping: nothing to send)."""
    session.info[APPLYING_REMOTE] = True
    try:
        photo.library_path = target.relative_to(library).as_posix()
        session.flush()
    finally:
        session.info.pop(APPLYING_REMOTE, None)
