"""Import photos: hash, copy into the library, read metadata, make a thumbnail, add the rows.

``import_photos`` is a generator that yields one ``ImportProgress`` per input file and returns an
``ImportSummary``; the caller owns the session and commits at the checkpoints the progress
records mark (after the batch's library copies are on disk), so an interrupted import keeps what
it had. Each file is read once; its bytes are hashed, described (metadata, and a thumbnail from
the embedded preview when there is one) and copied into the library on worker threads, which
run ahead of the caller; hashlib, file I/O and Pillow release the GIL, so the work spreads over
the cores. Each copy is flushed to the disk in the background as soon as it is written
(``Flusher``), so the disk writes while the next files are hashed; a checkpoint waits only for
the flushes of its batch still running. Only the database work stays on the caller's thread.

Other imports may run at the same time on the same survey (another command, the desktop app).
The rows of a batch are added only at its checkpoint, in one short write transaction that first
looks which of its photos another import stored meanwhile (those are duplicates); so a photo is
"imported" only in the checkpoint record that stores it, which the caller commits at once. The
library's import lock keeps one import's clean-up away from another's files.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import shutil
import stat
import threading
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import case, delete, event, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from surveyapp import pipes
from surveyapp.cameras.grouping import group_ungrouped_photos
from surveyapp.cameras.operations import current_survey
from surveyapp.cameras.permissions import my_names
from surveyapp.cameras.two_clocks import disagreeing_clocks
from surveyapp.db import notes
from surveyapp.db.files import database_file_check, is_fetched
from surveyapp.db.models import Outbox, Photo, Survey, SyncRun, SyncState
from surveyapp.db.models import Thumbnail as ThumbnailRow
from surveyapp.i18n import system_reason, translate
from surveyapp.photos.containers import UnsupportedFormat, identify
from surveyapp.photos.library import Flusher, ImportLock, clean_library, store
from surveyapp.photos.metadata import NotAnImageError, PhotoMetadata, read_metadata_bytes
from surveyapp.photos.thumbnails import DecompressionBombError, Thumbnail, make_thumbnail
from surveyapp.protocol.fields import (
    BY_RECORD,
    FILE_NAME,
    escaped_unstorable,
    time_problem,
)

log = logging.getLogger(__name__)

MAX_FILE_SIZE = 512 * 1024 * 1024  # larger files are refused, not read into memory
CHECKPOINT_EVERY = 50  # photos between commits
# Files prepared ahead of the caller: enough that the workers never wait for a checkpoint's
# database work; each holds a photo's bytes only while a worker reads, hashes and copies it.
RUN_AHEAD = 64

# Write failures that no other file would escape: the import stops instead of failing each file.
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
# Space left free on the library's disk: the database must still be able to commit the rows of
# the photos already copied (and the system to breathe). The import stops before going below it.
DISK_RESERVE = int(os.environ.get("SURVEYAPP_DISK_RESERVE_MB", "16")) << 20


class DiskFullError(OSError):
    """The library's disk is full: the import stopped; the photos before it are kept.

    ``stored`` holds the results of the photos added to the session just before it stopped
    (the caller commits them if it can).
    """

    stored: tuple[ImportResult, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """What happened to one input file (the ``import --json`` object)."""

    path: str
    status: str  # imported | restored (its missing original) | duplicate | skipped | error
    sha256: str | None = None
    message: str = ""
    photo_id: uuid.UUID | None = None
    warnings: tuple[str, ...] = ()
    has_position: bool = False
    has_time: bool = False


@dataclass(frozen=True)
class ImportProgress:
    """One file done: ``done`` of ``total``, and its result.

    ``checkpoint`` says the library copies of every photo so far are on disk and their rows are
    in the session: the caller commits now. ``stored`` then holds the final results of every
    file since the previous checkpoint, in input order (a photo that another import stored in
    the meantime is a duplicate there): they are true once that commit is done. Before its
    checkpoint, a file's ``result`` says "imported" for a photo that is still to be stored.
    """

    done: int
    total: int
    result: ImportResult
    checkpoint: bool = False
    stored: tuple[ImportResult, ...] = ()
    cameras: tuple[uuid.UUID, ...] = ()  # made or grown at this checkpoint: show them now


@dataclass(frozen=True)
class ImportSummary:
    """What the whole import did."""

    imported: int = 0
    restored: int = 0  # photos already in the survey whose missing original was put back
    duplicates: int = 0
    errors: int = 0
    skipped: int = 0  # files that are not photos (notes, sidecars, videos)
    without_position: int = 0
    cameras: tuple[uuid.UUID, ...] = ()  # made by this import (not those of earlier ones it grew)
    cleaned: int = 0  # orphan library files from an earlier interrupted import
    results: tuple[ImportResult, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class _Prepared:
    """A file read, hashed, copied and described on a worker thread (plain values only)."""

    path: Path
    sha256: str | None = None
    relative: str | None = None
    size: int = 0
    metadata: PhotoMetadata | None = None
    thumbnail: Thumbnail | None = None
    error: str | None = None
    skipped: bool = False  # not a photo: ``error`` says what it is
    disk_full: bool = False
    durable: Future[None] | None = None  # the flush of the library copy to the disk
    known: bool = False  # already in the survey when the import began: not copied again
    restored: bool = False  # already in the survey, its original missing here: copied back


def find_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every file below the folders named (sorted; hidden ones, named
    pipes, sockets and devices skipped). A folder that cannot be listed is in the list too:
    reading it says why (never passed over in silence)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, onerror=_unlisted(found)):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                listed = (Path(root) / name for name in sorted(files) if not name.startswith("."))
                found.extend(file for file in listed if not _special(file))
        else:
            found.append(path)  # named by the volunteer: read even from a pipe (``<(…)``)
    return found


def _unlisted(found: list[Path]) -> Callable[[OSError], None]:
    def note(error: OSError) -> None:
        if error.filename is not None:
            found.append(Path(error.filename))

    return note


def _unreadable_folder(path: Path) -> _Prepared | None:
    """A folder the walk could not list (no permission, gone meanwhile): an error naming it."""
    if not path.is_dir():
        return None
    reason = translate("import", "it could not be listed")
    try:
        os.listdir(path)
    except OSError as error:
        reason = system_reason(error)
    message = translate("import", "cannot read the folder: {reason}")
    return _Prepared(path, error=message.format(reason=reason))


def _special(path: Path) -> bool:
    """A named pipe, socket or device (or a link to one) in a folder: never a photo, and a
    pipe that nobody writes to would keep the import waiting for ever. A file that cannot be
    looked at (a dangling link) is not: reading it says why it was not imported."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)


# Names that promise a photo SurveyApp reads: such a file that is no image is an error (a
# damaged photo); any other file that is no image is skipped (a note, a sidecar, a video).
PHOTO_SUFFIXES = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".jpe",
        ".jfif",
        ".png",
        ".tif",
        ".tiff",
        ".dng",
        ".webp",
        ".heic",
        ".heif",
        ".hif",
        ".avif",
    ]
)


def _not_a_photo(path: Path, head: bytes) -> _Prepared | None:
    """A file that is no image, by its first bytes: skipped, or an error when its name says
    it is a photo. None for an image (read on)."""
    try:
        identify(head)
    except UnsupportedFormat as error:
        if path.suffix.lower() in PHOTO_SUFFIXES:
            reason = translate("import", "not a photo: {reason}").format(reason=error)
            return _Prepared(path, error=reason)
        return _Prepared(path, error=str(error), skipped=True)
    return None


def _too_large(path: Path) -> _Prepared:
    return _Prepared(
        path,
        error=translate("import", "file is larger than {size} MB").format(size=MAX_FILE_SIZE >> 20),
    )


# Of the photos already in the survey, those whose original this laptop should hold: their
# library path (empty when the record came from the server without it), MIME type and size in
# bytes, by hash.
Originals = Mapping[str, tuple[str, str, int]]


def _go_on() -> None:
    pass


def _prepare(
    path: Path,
    library: Path,
    flusher: Flusher | None,
    known: frozenset[str],
    originals: Originals,
    waiting: Callable[[], object] = _go_on,
) -> _Prepared:
    try:
        return _prepare_file(path, library, flusher, known, originals, waiting)
    except Exception as error:  # a bug must cost one file, never the whole import
        log.exception("importing %s failed", path)
        return _Prepared(
            path,
            error=translate("import", "unexpected error ({kind}: {error})").format(
                kind=type(error).__name__, error=error
            ),
        )


def _read_rest(file: IO[bytes] | pipes.Pipe, head: bytes, size: int) -> bytes:
    """``head`` and the rest of the file, at most one byte past MAX_FILE_SIZE. Read by the size
    the file says it has (then by the megabyte: a pipe, a file still growing); one read of
    MAX_FILE_SIZE took 512 MB of address space per thread even for a photo of 2 MB."""
    parts = [head]
    total, want = len(head), max(size + 1 - len(head), 1 << 20)
    while total <= MAX_FILE_SIZE:
        part = file.read(min(want, MAX_FILE_SIZE + 1 - total))
        if not part:
            break
        parts.append(part)
        total += len(part)
        want = 1 << 20
    return b"".join(parts)


def _prepare_file(
    path: Path,
    library: Path,
    flusher: Flusher | None,
    known: frozenset[str],
    originals: Originals,
    waiting: Callable[[], object] = _go_on,
) -> _Prepared:
    """Read the file once; hash, describe and copy its bytes (a photo the survey already holds
    is only hashed). The copy's flush to the disk is started, not waited for. A pipe named
    (a FIFO) is read in turns, ``waiting()`` called between them (it raises to stop)."""
    unreadable = _unreadable_folder(path)
    if unreadable is not None:
        return unreadable
    try:
        # One open and one read of the file, its first bytes first: a file that is no image
        # (a video) is never read whole, and a file still arriving through a pipe is read once.
        with pipes.opened(path, waiting) as file:
            head = file.read(64)
            not_a_photo = _not_a_photo(path, head)
            if not_a_photo is not None:
                return not_a_photo
            size = os.fstat(file.fileno()).st_size
            if size > MAX_FILE_SIZE:
                return _too_large(path)
            data = _read_rest(file, head, size)
        if len(data) > MAX_FILE_SIZE:
            return _too_large(path)
    except OSError as error:
        return _Prepared(
            path,
            error=translate("import", "cannot read the file: {reason}").format(
                reason=system_reason(error)
            ),
        )
    sha256 = hashlib.sha256(data).hexdigest()
    if sha256 in known:
        original = originals.get(sha256)
        if original is None or _intact(library, original[0], original[2], sha256):
            return _Prepared(path, sha256, size=len(data), known=True)
        return _restore(path, library, flusher, sha256, original[1], data)
    try:
        metadata = _storable(read_metadata_bytes(data))
        thumbnail = make_thumbnail(data, metadata)
    except NotAnImageError as error:
        return _Prepared(
            path, sha256, error=translate("import", "not a photo: {reason}").format(reason=error)
        )
    except DecompressionBombError as error:
        return _Prepared(
            path,
            sha256,
            error=translate("import", "image too large to open safely: {reason}").format(
                reason=error
            ),
        )
    try:
        if shutil.disk_usage(library).free < len(data) + DISK_RESERVE:
            return _Prepared(
                path, sha256, error=translate("import", "not enough free space"), disk_full=True
            )
        relative = store(library, sha256, metadata.mime, data)
    except OSError as error:
        full = error.errno in _DISK_FULL
        reason = system_reason(error)
        message = translate("import", "cannot copy into the library: {reason}")
        return _Prepared(path, sha256, error=message.format(reason=reason), disk_full=full)
    durable = flusher.flush(library / relative) if flusher is not None else None
    return _Prepared(path, sha256, relative, len(data), metadata, thumbnail, durable=durable)


def _intact(library: Path, relative: str, size: int, sha256: str) -> bool:
    """Whether the library holds the original at ``relative``: a file of the photo's size, or
    one whose bytes hash to its SHA-256 (a photo of hers back from the server records its
    shared copy's size). Most files are not hashed again, so a card imported again goes at
    hashing speed (docs/decisions/import-export-speed.md): an original lost, cut short or grown
    is put back, while bytes changed in place at the same size are not seen here."""
    if not relative or is_fetched(relative):
        return False  # a record from the server, without its original (or with its copy)
    original = library / relative
    try:
        found = original.stat()
        if not stat.S_ISREG(found.st_mode):
            return False
        if found.st_size == size:
            return True
        digest = hashlib.sha256()
        with original.open("rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return False
    return digest.hexdigest() == sha256


def _restore(
    path: Path, library: Path, flusher: Flusher | None, sha256: str, mime: str, data: bytes
) -> _Prepared:
    """Put a photo's missing or damaged original back in the library from the file imported
    again, with a new photo's guarantees: written whole, then flushed before it is said."""
    try:
        if shutil.disk_usage(library).free < len(data) + DISK_RESERVE:
            return _Prepared(
                path, sha256, error=translate("import", "not enough free space"), disk_full=True
            )
        relative = store(library, sha256, mime, data, again=True)
    except OSError as error:
        message = translate("import", "cannot copy into the library: {reason}")
        return _Prepared(
            path,
            sha256,
            error=message.format(reason=system_reason(error)),
            disk_full=error.errno in _DISK_FULL,
        )
    durable = flusher.flush(library / relative) if flusher is not None else None
    return _Prepared(path, sha256, relative, len(data), durable=durable, known=True, restored=True)


# What the metadata gives that the photo's record carries to the team's server, checked with the
# server's own rules (a record the server refuses never syncs: its photo would stay home).
_CHECKED = ("width", "height", "altitude", "bearing", "utc_offset_minutes")


def _storable(metadata: PhotoMetadata) -> PhotoMetadata:
    """The metadata without the values the team's server would refuse, each left out with a
    warning: an altitude of 250 km, a size of four billion pixels, a capture time in the year
    9999 or one whose offset takes it out of the years the server takes (a damaged file, or a
    camera that writes garbage)."""
    fields = BY_RECORD["photo"]
    left_out: dict[str, Any] = {}
    warnings = list(metadata.warnings)
    for name in _CHECKED:
        value = getattr(metadata, name)
        problem = fields[name].problem(value)
        if problem is not None:
            left_out[name] = None
            warnings.append(_left_out(name, value, problem))
    for name in ("taken_local", "gps_time"):  # times whose UTC form the server refuses
        value = getattr(metadata, name)
        problem = None if value is None else time_problem(value)
        if problem is not None:
            left_out[name] = None
            warnings.append(_left_out(name, value.isoformat(), problem))
    local = None if "taken_local" in left_out else metadata.taken_local
    offset = None if "utc_offset_minutes" in left_out else metadata.utc_offset_minutes
    if local is not None and offset is not None:
        try:
            utc: datetime | None = local - timedelta(minutes=offset)
        except OverflowError:
            utc = None
        if utc is None or time_problem(utc) is not None:
            left_out["utc_offset_minutes"] = None
            warnings.append(_out_of_the_calendar(offset))
    if not left_out:
        return metadata
    return replace(metadata, **left_out, warnings=tuple(warnings))


def _out_of_the_calendar(offset: int) -> str:
    return notes.translate(
        "import", "the offset {value} min takes the capture time out of the calendar: left out"
    ).format(value=offset)


def _left_out(name: str, value: Any, problem: str) -> str:
    return notes.translate(
        "import", "{field} {value} {problem}: left out (the team's server takes no such value)"
    ).format(field=name, value=value, problem=problem)


def _ordered_results(
    paths: list[Path],
    library: Path,
    workers: int,
    flusher: Flusher,
    known: frozenset[str],
    originals: Originals,
) -> Generator[_Prepared, None, None]:
    """Prepare files on ``workers`` threads, yielding results in input order.

    Up to ``RUN_AHEAD`` files are prepared ahead of the one yielded, so the workers go on while
    the caller is busy with a checkpoint. Only the files being read hold their bytes: a
    prepared file holds its metadata and thumbnail, which bounds memory to a few photos.
    """
    if workers <= 1:
        yield from (_prepare(path, library, flusher, known, originals) for path in paths)
        return
    pending: deque[Future[_Prepared]] = deque()
    remaining = iter(paths)
    stopping = threading.Event()

    def waiting() -> None:
        """A worker waiting on a pipe's writer stops once the import stops (Ctrl-C, Cancel,
        an error) or the program ends: left waiting, it held the program open for ever."""
        if stopping.is_set() or not threading.main_thread().is_alive():
            raise InterruptedError(errno.EINTR, "the import stopped")

    with ThreadPoolExecutor(workers, thread_name_prefix="import") as pool:
        try:
            for path in remaining:
                pending.append(
                    pool.submit(_prepare, path, library, flusher, known, originals, waiting)
                )
                if len(pending) >= max(RUN_AHEAD, 2 * workers):
                    break
            while pending:
                done = pending.popleft().result()
                next_path = next(remaining, None)
                if next_path is not None:
                    pending.append(
                        pool.submit(
                            _prepare, next_path, library, flusher, known, originals, waiting
                        )
                    )
                yield done
        finally:
            stopping.set()
            for future in pending:
                future.cancel()


def abandon(steps: Generator[Any, None, Any], session: Session) -> None:
    """Stop an import whose caller could not commit a checkpoint (the database could not grow
    on a full disk): the files being prepared are finished and waited for, no other file is
    read, and what the import added since its last commit is rolled back.

    Left suspended instead, the import's threads went on copying the files read ahead after
    the error was reported, and at the process's exit one failed with a traceback ("cannot
    schedule new futures after interpreter shutdown")."""
    session.rollback()
    try:
        steps.close()  # its last checkpoint may meet the full disk again: rolled back below
    except (OperationalError, DiskFullError):
        pass
    finally:
        session.rollback()


def capture_times(
    metadata: PhotoMetadata,
) -> tuple[datetime | None, int | None, datetime | None, datetime | None]:
    """(taken_local, utc_offset_minutes, taken_utc, taken_sort) of a photo.

    With an offset, UTC follows from the wall time; without one, the wall time is kept as it is
    and the GPS clock, when present, gives UTC. A photo with only a GPS time is taken at that UTC.
    """
    local, offset = metadata.taken_local, metadata.utc_offset_minutes
    if local is not None and offset is not None:
        utc = (local - timedelta(minutes=offset)).replace(tzinfo=UTC)
    elif metadata.gps_time is not None:
        utc = metadata.gps_time.astimezone(UTC)
    else:
        utc = None
    sort = utc.replace(tzinfo=None) if utc is not None else local
    return local, offset, utc, sort


def clocks_disagree(metadata: PhotoMetadata) -> str | None:
    """A warning when the photo's wall clock and its GPS clock disagree by more than a time
    zone and a late fix can explain (``disagreeing_clocks``)."""
    return disagreeing_clocks(metadata.taken_local, metadata.utc_offset_minutes, metadata.gps_time)


def _damaged() -> str:
    return notes.translate(
        "import",
        "no picture: the file is damaged or truncated, or its pixels are in a format SurveyApp "
        "cannot draw; its metadata is kept",
    )


def _warnings(prepared: _Prepared) -> tuple[str, ...]:
    """The metadata's warnings, and one when the pixels could not be decoded (a damaged file
    still carries its position and time: it is imported, and the volunteer is told)."""
    assert prepared.metadata is not None
    thumbnail = prepared.thumbnail
    damaged = thumbnail is not None and thumbnail.source == "placeholder"
    said = thumbnail.said if thumbnail is not None else ()
    reported = notes.translate("import", "the image library reported: {text}")
    clocks = clocks_disagree(prepared.metadata)
    return (
        *prepared.metadata.warnings,
        *((clocks,) if clocks is not None else ()),
        *((_damaged(),) if damaged else ()),
        *(reported.format(text=text) for text in said),
    )


def _file_name(path: Path) -> str:
    """The photo's file name as it is stored and shared (``escaped_unstorable``); a name whose
    escapes make it longer than the field allows keeps its end, where the extension is."""
    name = escaped_unstorable(path.name)
    return name if len(name) <= FILE_NAME else "…" + name[1 - FILE_NAME :]


def _photo_row(prepared: _Prepared, survey_author: str | None) -> Photo:
    meta = prepared.metadata
    assert meta is not None and prepared.sha256 and prepared.relative
    local, offset, utc, sort = capture_times(meta)
    return Photo(
        id=uuid.uuid4(),
        sha256=prepared.sha256,
        file_name=_file_name(prepared.path),
        library_path=prepared.relative,
        mime=meta.mime,
        size=prepared.size,
        width=meta.width,
        height=meta.height,
        orientation=meta.orientation,
        taken_local=local,
        utc_offset_minutes=offset,
        taken_utc=utc,
        taken_sort=sort,
        latitude=meta.latitude,
        longitude=meta.longitude,
        altitude=meta.altitude,
        bearing=meta.bearing,
        bearing_ref=meta.bearing_ref,
        position_source=meta.position_source,
        make=meta.make,
        model=meta.model,
        warnings=[notes.encode(warning) for warning in _warnings(prepared)],
        author=survey_author,
    )


def _thumbnail_row(photo: Photo, thumbnail: Thumbnail | None) -> dict[str, Any]:
    assert thumbnail is not None
    return {
        "photo_id": photo.id,
        "jpeg": thumbnail.jpeg,
        "width": thumbnail.width,
        "height": thumbnail.height,
    }


def original_restored() -> str:
    """What the line of a photo whose missing original the import put back says."""
    return translate("import", "original restored in the library")


def _originals(session: Session) -> dict[str, tuple[str, str, int]]:
    """The live photos whose original this laptop holds or should hold (``Originals``): every
    photo with an original in the library, and those of this volunteer (made here, or hers
    pulled back from the server) that have none. A teammate's photo pulled from the server is
    hers to share: its picture here is her copy, never an original imported again."""
    names = my_names(session)
    rows = session.execute(
        select(Photo.sha256, Photo.library_path, Photo.mime, Photo.size, Photo.owner).where(
            Photo.deleted.is_(False)
        )
    )
    return {
        sha256: (path, mime, size)
        for sha256, path, mime, size, owner in rows
        if (path and not is_fetched(path)) or owner is None or owner in names
    }


def _put_back(session: Session, prepared: _Prepared) -> None:
    """Name the original put back in the library on its photo. A photo of hers the server
    brought back without it becomes one to ask about again: the next sync confirms the copy the
    server holds (no byte sent) or sends it."""
    assert prepared.relative is not None
    session.execute(
        update(Photo)
        .where(Photo.sha256 == prepared.sha256)
        .values(
            library_path=prepared.relative,
            size=prepared.size,  # the original's (a photo back from the server had its copy's)
            upload_state=case((Photo.upload_state == "remote", "local"), else_=Photo.upload_state),
        )
    )


# The folder a restore moves into the originals it could not prove kept (``recovery``), beside
# the survey: ``<survey>.held-back-<time>``.
HELD_BACK_MARK = ".held-back-"
_HELD_BACK = re.compile(re.escape(HELD_BACK_MARK) + r"(\d{8}T\d{6}Z)$")


def held_back_since(path: Path) -> datetime | None:
    """When the restore that held back the file ``path`` was made, if it is in such a folder."""
    found = _HELD_BACK.search(path.parent.name)
    if found is None:
        return None
    try:
        return datetime.strptime(found[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass(frozen=True)
class _HeldBack:
    """What an import of a restore's held-back originals needs to know: the pictures she
    withdrew from the team's server (and when), and when the survey's latest whole sync ended
    (None: it never synced, so nothing of it was ever shared)."""

    withdrawn: dict[str, datetime]
    pulled: datetime | None

    @classmethod
    def read(cls, session: Session) -> _HeldBack:
        withdrawn = session.execute(
            select(Photo.sha256, Photo.updated_at).where(
                Photo.deleted.is_(True), Photo.server_version.is_not(None)
            )
        )
        pulled = None
        if session.scalar(select(func.count()).select_from(SyncState)):
            # The end of the latest run nothing stopped: its pull went to the server's end,
            # tombstones included (a run cut off may not have reached the one that matters).
            pulled = session.scalar(
                select(func.max(SyncRun.finished_at)).where(SyncRun.failure.is_(None))
            ) or datetime.min.replace(tzinfo=UTC)
        return cls({sha256: at for sha256, at in withdrawn}, pulled)

    def reason(self, path: Path, sha256: str) -> tuple[str, str] | None:
        """Why the file ``path`` is not imported, with its status (None: it is imported as any
        file is): it is a held-back original of a photo she withdrew from the team's server,
        which an import of the folder would share again at the next sync; or the survey has not
        synced since the restore, so nothing yet says which of the folder's photos she
        withdrew."""
        held = held_back_since(path)
        if held is None or self.pulled is None:
            return None
        if self.pulled < held:
            return "error", translate(
                "import",
                "held back by a restore: sync first, so that the server says which of these "
                "photos you withdrew, then import this folder again",
            )
        withdrawn = self.withdrawn.get(sha256)
        if withdrawn is None:
            return None
        return "duplicate", translate(
            "import",
            "you withdrew this photo from the team's server on {date}: not imported, so that "
            "it is not shared again (to share it again, copy it out of this folder and import "
            "it)",
        ).format(date=f"{withdrawn.astimezone():%Y-%m-%d}")


def already_in_survey() -> str:
    """What a duplicate's line says, unless the photo was deleted."""
    return translate("import", "already in the survey")


def _retired(session: Session, hashes: Iterable[str] | None = None) -> set[str]:
    """Of these pictures (None: all), those deleted here whose delete reached the server and
    with nothing else waiting to be sent about them: imported again, such a picture comes back
    as a new photo (the server takes it as its withdrawn record brought back)."""
    waiting = select(Outbox.record_id).where(Outbox.state != "sent")
    query = select(Photo.sha256).where(
        Photo.deleted.is_(True),
        Photo.server_version.is_not(None),
        Photo.id.not_in(waiting),
        or_(Photo.camera_id.is_(None), Photo.camera_id.not_in(waiting)),
    )
    if hashes is None:
        return set(session.scalars(query))
    found: set[str] = set()
    chunks = list(hashes)
    for start in range(0, len(chunks), 500):  # SQLite's bound-parameter limit
        found.update(session.scalars(query.where(Photo.sha256.in_(chunks[start : start + 500]))))
    return found


def _discard_copies(session: Session, library: Path, withheld: list[_Prepared]) -> None:
    """Delete the library copies made of originals not imported (they stay where they were),
    unless a photo names one: a copy nothing names would be taken for a photo to add back by a
    later restore."""
    for prepared in withheld:
        if prepared.relative is None or prepared.known or prepared.restored:
            continue
        if prepared.durable is not None:
            with contextlib.suppress(Exception):
                prepared.durable.result()
        named = select(Photo.id).where(Photo.library_path == prepared.relative).limit(1)
        if session.scalar(named) is None:
            with contextlib.suppress(OSError):
                (library / prepared.relative).unlink()


def _forget_retired(session: Session, hashes: list[str]) -> None:
    """Drop the tombstones of these pictures before they are imported again (one record per
    picture here); the server keeps its own and answers the new photo with that record."""
    if not hashes:
        return
    gone = list(session.scalars(select(Photo.id).where(Photo.sha256.in_(hashes))))
    session.execute(delete(ThumbnailRow).where(ThumbnailRow.photo_id.in_(gone)))
    session.execute(delete(Photo).where(Photo.id.in_(gone)))


def _already_in(session: Session, hashes: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(hashes), 500):  # SQLite's bound-parameter limit
        chunk = hashes[start : start + 500]
        found.update(session.scalars(select(Photo.sha256).where(Photo.sha256.in_(chunk))))
    return found


def _disk_full(library: Path, file_name: str, stored: Sequence[ImportResult]) -> DiskFullError:
    """The error that stops an import at ``file_name``, with the results stored before it."""
    free = shutil.disk_usage(library).free >> 20
    full = DiskFullError(
        errno.ENOSPC,
        translate(
            "import",
            "the disk is full ({free} MB free): the import stopped at {file_name}; "
            "free some space and import again",
        ).format(free=free, file_name=file_name),
        str(library),
    )
    full.stored = tuple(stored)
    return full


def _flushed(
    batch: list[tuple[ImportResult, _Prepared | None]],
) -> tuple[list[tuple[ImportResult, _Prepared | None]], ImportResult | None]:
    """The batch once every new photo's copy is on the disk (waiting for the flushes still
    running). A photo whose flush failed is an error; a full disk ends the batch there, and
    that photo's result is returned beside it."""
    flushed: list[tuple[ImportResult, _Prepared | None]] = []
    for result, prepared in batch:
        durable = prepared.durable if prepared is not None else None
        try:
            if durable is not None:
                durable.result()
        except OSError as error:
            if error.errno in _DISK_FULL:
                return flushed, result
            message = translate("import", "cannot copy into the library: {reason}")
            reason = system_reason(error)
            flushed.append(
                (ImportResult(result.path, "error", result.sha256, message.format(reason=reason)),
                 None)
            )  # fmt: skip
            continue
        flushed.append((result, prepared))
    return flushed, None


def _store_batch(
    session: Session,
    batch: list[tuple[ImportResult, _Prepared | None]],
    author: str | None,
) -> list[ImportResult]:
    """Add the rows of the batch's new photos and flush them; the batch's final results.

    The session's transaction begins here (a write session takes the write lock as it begins),
    so no other import can store the same photo between this look-up and the caller's commit.
    """
    new = [
        prepared.sha256
        for _, prepared in batch
        if prepared is not None and prepared.sha256 and not prepared.restored
    ]
    retired = _retired(session, new) if new else set()
    there = (_already_in(session, new) - retired) if new else set()
    final = []
    photos: list[Photo] = []
    thumbnails: list[dict[str, Any]] = []
    for result, prepared in batch:
        if prepared is None:
            final.append(result)
            continue
        assert prepared.sha256 is not None
        if prepared.restored:
            _put_back(session, prepared)
            final.append(result)
            continue
        if prepared.sha256 in there:
            final.append(
                ImportResult(
                    result.path,
                    "duplicate",
                    prepared.sha256,
                    already_in_survey(),
                )  # fmt: skip
            )
            continue
        photo = _photo_row(prepared, author)
        photos.append(photo)
        thumbnails.append(_thumbnail_row(photo, prepared.thumbnail))
        final.append(replace(result, status="imported", photo_id=photo.id))
    _forget_retired(session, [photo.sha256 for photo in photos if photo.sha256 in retired])
    session.add_all(photos)
    session.flush()
    if thumbnails:
        # Thumbnails are no synced record: one executemany, not an ORM object each.
        session.execute(insert(ThumbnailRow), thumbnails)
    return final


def stored_results(session: Session, results: Sequence[ImportResult]) -> list[ImportResult]:
    """Of the results an interrupted import yielded since its last checkpoint, those that are
    true now that the caller committed: "imported" only for photos the database holds."""
    hashes = [r.sha256 for r in results if r.status == "imported" and r.sha256]
    there = _already_in(session, hashes)
    return [r for r in results if r.status != "imported" or r.sha256 in there]


def _release_after_commit(session: Session, lock: ImportLock) -> None:
    """Release the import lock once the caller has ended the transaction holding the rows
    (until then the copies they name are not provably anyone's)."""
    if not session.in_transaction():
        lock.release()
        return
    event.listen(session, "after_transaction_end", lambda *_: lock.release(), once=True)


def import_photos(
    session: Session,
    paths: Iterable[Path],
    library: Path,
    *,
    author: str | None = None,
    workers: int | None = None,
    clean: bool = True,
) -> Generator[ImportProgress, None, ImportSummary]:
    """Import the files and folders in ``paths``; yields per file, returns the summary.

    Rows are flushed, never committed: the caller commits at every checkpoint (the first file
    is one, so that the opening look-up does not hold the write lock for a whole batch). When
    the caller stops early (closes the generator), the photos prepared so far are added to the
    session without cameras; the next import groups them. When the library's disk fills up,
    ``DiskFullError`` is raised after the photos before it are flushed (their copies on disk):
    the caller commits them if it can, or rolls back. ``clean=False`` leaves files without rows
    in the library (a restore adds them back).
    """
    lock = ImportLock(library)
    try:
        # A deleted photo keeps its hash (one record per picture): it is no new photo, but
        # "already in the survey" left the volunteer looking for it.
        known: set[str] = set()
        deleted: set[str] = set()
        originals = _originals(session)
        for sha256, gone in session.execute(select(Photo.sha256, Photo.deleted)):
            known.add(sha256)
            if gone:
                deleted.add(sha256)
        if deleted:  # a picture whose delete was synced is imported again as a new photo
            retired = _retired(session)
            known -= retired
            deleted -= retired
        # What the library keeps is what a row's stored path names, never a hash in a file
        # name: a photo's hash is data a sync may bring; the original is the evidence.
        kept = set(session.scalars(select(Photo.library_path).where(Photo.library_path != "")))
        held_back = _HeldBack.read(session)
        cleaned = clean_library(library, kept.__contains__) if clean and lock.alone else []
    except BaseException:
        lock.release()
        raise
    lock.share()
    is_database = database_file_check(session)
    files = [path for path in find_files(paths) if not is_database(path)]
    workers = workers or min(4, (os.cpu_count() or 1) + 1)
    counts = {"imported": 0, "restored": 0, "duplicate": 0, "error": 0, "skipped": 0}
    withheld: list[_Prepared] = []  # held-back originals not imported: their library copies go
    restored: set[str] = set()  # originals put back by this import (a card may hold one twice)
    without_position = 0
    results: list[ImportResult] = []
    batch: list[tuple[ImportResult, _Prepared | None]] = []
    flusher = Flusher()
    prepared_files = _ordered_results(files, library, workers, flusher, frozenset(known), originals)

    made: dict[uuid.UUID, None] = {}  # the cameras of this import, in the order they were made
    older: set[uuid.UUID] = set()  # cameras of earlier imports its photos joined
    surveys: list[Survey] = []  # the survey this import groups into, looked up once

    def survey_now() -> Survey:
        if not surveys:
            surveys.append(current_survey(session))
        return surveys[0]

    grown: list[uuid.UUID] = []  # the cameras made or grown at the latest checkpoint

    def checkpoint() -> list[ImportResult]:
        """Wait for the batch's copies to be on disk, then add its rows to the session and
        group them into cameras (joining the cameras this import made before)."""
        nonlocal without_position
        flushed, full = _flushed(batch)
        final = _store_batch(session, flushed, author)
        batch.clear()
        if any(result.status == "imported" for result in final):
            survey = survey_now()
            grouped = group_ungrouped_photos(session, survey, author, made, older)
            grown[:] = [c.id for c in grouped]
            made.update(dict.fromkeys(grown))
        else:
            grown.clear()
        for result in final:
            counts[result.status] += 1
            without_position += result.status == "imported" and not result.has_position
        results.extend(final)
        if full is not None:
            raise _disk_full(library, Path(full.path).name, final)
        return final

    try:
        for done, prepared in enumerate(prepared_files, start=1):
            meta = prepared.metadata
            if prepared.disk_full:
                raise _disk_full(library, _file_name(prepared.path), checkpoint())
            candidate: _Prepared | None = None
            shown = escaped_unstorable(str(prepared.path))  # printable: never a raw byte or escape
            if prepared.skipped:
                result = ImportResult(shown, "skipped", None, prepared.error or "")
            elif prepared.error is not None:
                result = ImportResult(shown, "error", prepared.sha256, prepared.error)
            elif prepared.restored and prepared.sha256 not in restored:
                assert prepared.sha256 is not None
                restored.add(prepared.sha256)
                result = ImportResult(shown, "restored", prepared.sha256, original_restored())
                candidate = prepared
            elif prepared.sha256 is not None and (
                withheld_because := held_back.reason(prepared.path, prepared.sha256)
            ):
                # A photo she withdrew is in the survey, as its tombstone: a duplicate, which
                # says so; a folder not to import yet is an error, for her to sync first.
                status, reason = withheld_because
                result = ImportResult(shown, status, prepared.sha256, reason)
                withheld.append(prepared)
            elif prepared.known or prepared.sha256 in known:
                result = ImportResult(
                    shown,
                    "duplicate",
                    prepared.sha256,
                    translate(
                        "import",
                        "deleted from the survey: undo the delete to bring it back (once the "
                        "delete is synced, import it again)",
                    )
                    if prepared.sha256 in deleted
                    else already_in_survey(),
                )
            else:
                assert meta is not None and prepared.sha256 is not None
                known.add(prepared.sha256)
                warnings = _warnings(prepared)
                result = ImportResult(
                    shown, "imported", prepared.sha256, "; ".join(warnings), None,
                    warnings, meta.latitude is not None, capture_times(meta)[3] is not None,
                )  # fmt: skip
                candidate = prepared
            batch.append((result, candidate))
            if done == 1 or done % CHECKPOINT_EVERY == 0 or done == len(files):
                stored = checkpoint()
                yield ImportProgress(
                    done, len(files), stored[-1], True, tuple(stored), tuple(grown)
                )
            else:
                yield ImportProgress(done, len(files), result)
        session.flush()
        _discard_copies(session, library, withheld)
        survey = survey_now()
        made.update(
            dict.fromkeys(
                c.id for c in group_ungrouped_photos(session, survey, author, made, older)
            )
        )
    except GeneratorExit:  # cancelled: what was prepared goes into the session, as promised
        if batch:
            checkpoint()
        raise
    finally:
        prepared_files.close()  # cancels the files not started, waits for those running
        flusher.close()
        _release_after_commit(session, lock)
    return ImportSummary(
        imported=counts["imported"],
        restored=counts["restored"],
        duplicates=counts["duplicate"],
        errors=counts["error"],
        skipped=counts["skipped"],
        without_position=without_position,
        cameras=tuple(camera for camera in made if camera not in older),
        cleaned=len(cleaned),
        results=tuple(results),
    )
