"""Applying pulled changes to the local database, never over a change not yet pushed.

A page of changes and the checkpoint after it are stored in one transaction, so an interrupted
pull resumes exactly where it stopped. Fields with a waiting outbox row stay as the volunteer
left them (they will be pushed, and the server merges them); a change the server refused for
good holds nothing back. Others' photos arrive as metadata and a thumbnail; the picture itself is
fetched on demand.

A change this laptop cannot store is skipped with a note, never a failed page: a value of the
wrong type, a new record without the fields it needs, a change of an identity field (a photo's
SHA-256 never changes through a pull: the library finds originals by it). The same picture
shared earlier under another id becomes that record here too.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from surveyapp.cameras.grouping import described
from surveyapp.cameras.operations import place_by_photos_kept
from surveyapp.cameras.permissions import a_teammates, current_editor, my_names
from surveyapp.db.files import SHARED_DIR, is_fetched
from surveyapp.db.models import (
    Camera,
    CameraStreet,
    Outbox,
    Photo,
    Survey,
    SyncState,
    Thumbnail,
)
from surveyapp.db.outbox import APPLYING_REMOTE, RECORD_CLASSES, set_delete_args
from surveyapp.i18n import QT_TRANSLATE_NOOP, translate
from surveyapp.protocol.fields import (
    BY_RECORD,
    IDENTITY,
    REQUIRED,
    defaults_for_nulls,
    escaped_unstorable,
    thumbnail_problem,
    time_problem,
    with_defaults,
)
from surveyapp.protocol.wire import IF_HOLDING, Change

PLACEHOLDER_SURVEY = "(waiting for the server)"
# A record's kind as a note names it (the wire's word when it is none of these).
RECORD_NAMES = {
    "camera": QT_TRANSLATE_NOOP("sync", "camera"),
    "photo": QT_TRANSLATE_NOOP("sync", "photo"),
    "survey": QT_TRANSLATE_NOOP("sync", "survey"),
}


def record_name(record_type: str) -> str:
    """A record's kind in the volunteer's language (the wire's word when it is none we know)."""
    kind = RECORD_NAMES.get(record_type)
    return translate("sync", kind) if kind else record_type


SHOWN_VALUE = 60  # characters of a value a note repeats (a long note is cut, the rest is hers)


def edited_values(record_type: str, fields: dict[str, Any]) -> str:
    """An edit's fields and values as a volunteer types them ("notes: on the corner; ..."), each
    value cut to a few words."""
    shown = []
    for name, value in fields.items():
        if name == "thumbnail_jpeg_base64":
            continue
        synced = BY_RECORD.get(record_type, {}).get(name)
        key = synced.osm_key or name if synced is not None else name
        text = escaped_unstorable("" if value is None else str(value))
        if len(text) > SHOWN_VALUE:
            text = text[:SHOWN_VALUE] + "…"
        shown.append(
            translate("sync", "{field}: {value}").format(field=escaped_unstorable(key), value=text)
        )
    joined = shown[0] if shown else ""
    for more in shown[1:]:
        joined = translate("sync", "{first}; {then}").format(first=joined, then=more)
    return joined


def not_applied(change: Change, why: str) -> str:
    """The note for a change this laptop cannot store, in the volunteer's language (``why``
    as it comes: a field's problem is worded once, where the server checks it too)."""
    return translate("sync", "{record} {id}: not applied: {why}").format(
        record=record_name(change.record_type),
        id=change.record_id,
        why=why,
    )


def merged_note(change: Change) -> str:
    """What a run says of her camera a teammate's merge took into another (the server names
    who merged it to her: she may edit the camera)."""
    if change.merged_by:
        return translate("sync", "camera {id} was merged into camera {camera} by {who}").format(
            id=change.record_id, camera=change.merged_into, who=change.merged_by[:200]
        )
    return translate("sync", "camera {id} was merged into camera {camera}").format(
        id=change.record_id, camera=change.merged_into
    )


@dataclass(frozen=True)
class PageApplied:
    """What one page did to the local database."""

    applied: int
    skipped: int
    notes: tuple[str, ...]
    news: int = 0  # applied changes that altered what this laptop shows (not its own, sent back)
    # Her cameras a teammate's merge took into another, said as the server told it.
    merged: tuple[str, ...] = ()
    # His cameras whose picture a teammate shared first, each said with whose camera holds it.
    joined: tuple[str, ...] = ()


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _aware(value: Any) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _naive(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=None)


def _uuid(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


# Wire text → column value, for the fields that are not plain JSON scalars.
_CONVERT = {
    "survey_id": _uuid,
    "camera_id": _uuid,
    "check_date": _date,
    "taken_utc": _aware,
    "taken_local": _naive,
}


def local_waiting_fields(
    session: Session, record_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, tuple[set[str], bool]]:
    """For each record with a change not yet pushed: its fields, and whether a deletion waits."""
    waiting: dict[uuid.UUID, tuple[set[str], bool]] = {}
    ids = list(record_ids)
    for start in range(0, len(ids), 500):
        query = select(Outbox.record_id, Outbox.op, Outbox.fields).where(
            Outbox.record_id.in_(ids[start : start + 500]), Outbox.state == "pending"
        )
        for record_id, op, changed in session.execute(query):
            fields, deleting = waiting.setdefault(record_id, (set(), False))
            fields.update(changed)
            waiting[record_id] = (fields, deleting or op == "delete")
    return waiting


class _Page:
    """One page's view of the local records: loaded once, new ones added as they are made.

    Nothing is flushed until the page is done (one flush, in dependency order): a lookup here
    never needs the database to have seen this page's new records.
    """

    def __init__(self, session: Session, changes: list[Change]) -> None:
        self.session = session
        # The pseudonyms this laptop syncs as: records another owns are a teammate's.
        self.me = my_names(session)
        # Changes that altered what this laptop shows: not this laptop's own, sent back.
        self.news = 0
        self.merged: list[str] = []  # her cameras a teammate's merge took into another
        self.said: list[str] = []  # what the page did to her records, said (applied all the same)
        # Cameras of ours whose photos became the server's records of the same pictures, with
        # those photos' new ids: an import's empty shell goes once the page is applied.
        self.emptied: dict[uuid.UUID, list[uuid.UUID]] = {}
        self.records: dict[tuple[str, uuid.UUID], Any] = {}
        by_type: dict[str, set[uuid.UUID]] = {}
        for change in changes:
            by_type.setdefault(change.record_type, set()).add(change.record_id)
        for record_type, ids in by_type.items():
            cls: Any = RECORD_CLASSES[record_type]
            listed = list(ids)
            for start in range(0, len(listed), 500):
                query = select(cls).where(cls.id.in_(listed[start : start + 500]))
                for record in session.scalars(query):
                    self.records[(record_type, record.id)] = record
        self.waiting = local_waiting_fields(session, [record_id for _, record_id in self.records])
        hashes = [c.fields["sha256"] for c in changes if isinstance(c.fields.get("sha256"), str)]
        self.photo_by_hash: dict[str, uuid.UUID] = {}
        for start in range(0, len(hashes), 500):
            query = select(Photo.sha256, Photo.id).where(
                Photo.sha256.in_(hashes[start : start + 500])
            )
            self.photo_by_hash.update((row[0], row[1]) for row in session.execute(query))

    def get(self, record_type: str, record_id: uuid.UUID) -> Any:
        """The local record (this page's, else the database's), or None."""
        key = (record_type, record_id)
        if key not in self.records:
            self.records[key] = self.session.get(RECORD_CLASSES[record_type], record_id)
        return self.records[key]

    def forget(self, key: tuple[str, uuid.UUID]) -> None:
        """Drop a record from the page's view (its id is about to change)."""
        self.records.pop(key, None)

    def add(self, record_type: str, record: Any) -> None:
        """A new record made by this page."""
        self.session.add(record)
        self.records[(record_type, record.id)] = record

    def placeholder_survey(self, survey_id: uuid.UUID) -> None:
        """Make sure the survey exists: a camera may come before its survey in the feed (the
        survey was edited after it); the placeholder is filled when the survey's change comes."""
        if self.get("survey", survey_id) is None:
            survey = Survey(id=survey_id, name=PLACEHOLDER_SURVEY, deleted=True)
            self.add("survey", survey)

    def placeholder_camera(self, camera_id: uuid.UUID) -> None:
        """Make sure the camera exists (hidden until its own change comes)."""
        if self.get("camera", camera_id) is not None:
            return
        survey = next((r for (t, _), r in self.records.items() if t == "survey" and r), None)
        if survey is None:
            survey = self.session.scalars(select(Survey).order_by(Survey.created_at)).first()
        if survey is None:
            survey = Survey(id=uuid.uuid4(), name=PLACEHOLDER_SURVEY, deleted=True)
            self.add("survey", survey)
        camera = Camera(id=camera_id, survey_id=survey.id, deleted=True, extra_tags={})
        self.add("camera", camera)


def _new_record(change: Change) -> Any:
    cls = RECORD_CLASSES[change.record_type]
    record = cls(id=change.record_id, deleted=False)
    if isinstance(record, Survey):
        record.name = ""
    elif isinstance(record, Camera):
        record.extra_tags = {}
    elif isinstance(record, Photo):
        record.file_name = ""
        record.library_path = ""  # the picture stays on the server until asked for
        record.size = 0
        record.upload_state = "remote"
        record.warnings = []
    return record


def converted_fields(change: Change) -> dict[str, Any]:
    """The change's fields as column values; raises ValueError for one that cannot be stored
    (the registry's check, the one the server runs). Fields this laptop does not know are
    left out: a newer server may send more."""
    known = BY_RECORD[change.record_type]
    values: dict[str, Any] = {}
    # A null where a field has a default is its default (the server stores no such null).
    for name, value in defaults_for_nulls(change.record_type, change.fields).items():
        field = known.get(name)
        if field is None:
            continue
        problem = field.problem(value) if not field.wire_only else None
        if problem:
            raise ValueError(f"field {name} {problem}")
        try:
            values[name] = _CONVERT[name](value) if name in _CONVERT else value
        except (TypeError, ValueError) as error:
            raise ValueError(f"field {name}: {error}") from error
    return values


def _set_fields(page: _Page, record: Any, fields: dict[str, Any], keep: set[str]) -> bool:
    """Set the record's fields (not those in ``keep``); whether any value changed."""
    changed = False
    for name, converted in fields.items():
        if name in keep or name == "thumbnail_jpeg_base64":
            continue
        if name == "survey_id" and converted is not None:
            page.placeholder_survey(converted)
        if name == "camera_id" and converted is not None:
            page.placeholder_camera(converted)
        if name in ("name", "file_name", "mime") and converted is None:
            continue  # NOT NULL locally
        if name == "extra_tags" and converted is None:
            converted = {}
        changed = changed or getattr(record, name) != converted
        setattr(record, name, converted)
    if isinstance(record, Photo):
        if _fetched(record) and record.library_path != f"{SHARED_DIR}/{record.blob_sha256}.jpg":
            # The picture fetched was another copy (its owner blurred more, or withdrew it):
            # it is fetched again when asked for; the sync's sweep deletes the old one.
            record.library_path = ""
        if record.size == 0 and record.blob_size:
            record.size = record.blob_size
        if record.taken_sort is None or "taken_utc" in fields or "taken_local" in fields:
            utc = record.taken_utc
            record.taken_sort = utc.replace(tzinfo=None) if utc is not None else record.taken_local
    return changed


# What a photo record says of where, when and with what its picture was taken.
_DETAILS = (
    "width", "height", "orientation", "taken_local", "utc_offset_minutes", "taken_utc",
    "taken_sort", "latitude", "longitude", "altitude", "bearing", "bearing_ref",
    "position_source", "position_accuracy", "make", "model",
)  # fmt: skip


def _forget_details(photo: Photo) -> None:
    """Empty a withdrawn teammate's photo of what it said (file name, place, time, phone)."""
    photo.file_name = ""
    photo.warnings = []
    for name in _DETAILS:
        setattr(photo, name, None)


# What a camera record says (everything but its id, survey and sync bookkeeping).
_CAMERA_DETAILS = (
    "latitude", "longitude", "position_source", "position_accuracy", "surveillance",
    "surveillance_type", "surveillance_zone", "camera_type", "camera_mount", "camera_direction",
    "height", "operator", "manufacturer", "manufacturer_wikidata", "vendor_slug", "brand",
    "model", "check_date", "notes", "distinct_from",
)  # fmt: skip


def _forget_camera(camera: Camera) -> None:
    """Empty a teammate's deleted camera of what it said (place, description, vendor)."""
    for name in _CAMERA_DETAILS:
        setattr(camera, name, None)
    camera.extra_tags = {}
    camera.vendor_confidence = "unknown"


def _fetched(photo: Photo) -> bool:
    """Whether the photo's picture here is a copy fetched from the server (not an original)."""
    return is_fetched(photo.library_path)


def _set_thumbnail(session: Session, photo: Photo, text: Any, new: bool) -> None:
    if not isinstance(text, str) or photo.library_path:
        return  # a photo of ours keeps the thumbnail made from its original
    if thumbnail_problem(text):
        return  # too large, or not a small JPEG: the photo shows without one
    try:
        jpeg = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return
    # The pixel size is the photo's, shrunk to a thumbnail's bounds (only used for layout).
    width, height = photo.width or 0, photo.height or 0
    scale = min(1.0, 320 / max(width, height, 1))
    width, height = max(1, round(width * scale)), max(1, round(height * scale))
    existing = None if new else session.get(Thumbnail, photo.id)
    if existing is None:
        session.add(Thumbnail(photo_id=photo.id, jpeg=jpeg, width=width, height=height))
    else:
        existing.jpeg, existing.width, existing.height = jpeg, width, height


def _identity_changed(record: Any, change: Change, fields: dict[str, Any]) -> str | None:
    for name in IDENTITY[change.record_type]:
        if name in fields and getattr(record, name) != fields[name]:
            return not_applied(
                change, translate("sync", "its {field} may not change").format(field=name)
            )
    return None


def _remember_withdrawn(page: _Page, change: Change, fields: dict[str, Any]) -> None:
    """Keep the tombstone of a photo of hers withdrawn on the server that this laptop never
    had (a restore went back to a backup made before it was shared): its id, its picture's hash
    and when it was withdrawn. Her original of it may be in a folder a restore held back, and
    importing that folder must not share again what she withdrew (``importer``)."""
    sha256 = fields.get("sha256")
    if (
        change.record_type != "photo"
        or not isinstance(sha256, str)
        or change.author is None
        or change.author not in page.me
        or sha256 in page.photo_by_hash  # one record per picture here
    ):
        return
    photo = Photo(
        id=change.record_id, sha256=sha256, camera_id=None, file_name="", library_path="",
        mime="image/jpeg", size=0, warnings=[], upload_state="remote", deleted=True,
        owner=change.author, author=change.author, server_version=change.version,
        created_at=change.updated_at, updated_at=change.updated_at,
    )  # fmt: skip
    page.add("photo", photo)
    page.photo_by_hash[sha256] = change.record_id


def _apply_change(page: _Page, change: Change) -> str | None:
    """Apply one change; returns a note when it was skipped (None when applied)."""
    fields = converted_fields(change)  # before anything changes: a bad field skips the change
    dated = time_problem(change.updated_at)  # year 1 at +14:00 has no UTC form to store
    if dated:
        raise ValueError(f"its time updated_at {dated}")
    record = page.get(change.record_type, change.record_id)
    if (
        record is not None
        and record.server_version is not None
        and change.version < record.server_version
    ):
        return None  # older than what we have (our own push answered with a newer one)
    placeholder = (
        record is not None
        and record.server_version is None
        and record.deleted
        and record.owner is None
    )  # made by an earlier change that pointed to it: its own change fills it in
    if record is not None and not change.deleted and not placeholder:
        refused = _identity_changed(record, change, fields)
        if refused:
            return refused
    keep, deleting = page.waiting.get(change.record_id, (set(), False))
    if change.deleted:
        if record is None:
            _remember_withdrawn(page, change, fields)
        if record is not None:
            page.news += not record.deleted
            theirs = record.owner is not None and record.owner not in page.me
            hers_live = isinstance(record, Camera) and not record.deleted and not theirs
            if hers_live and change.merged_into is not None:  # said once: it was live here
                page.merged.append(merged_note(change))
            record.deleted = True
            record.server_version = change.version
            record.owner = change.author or record.owner
            if isinstance(record, Camera):
                # Where a merge took it, as this server says (none: deleted, or an older
                # server that does not say): what the camera panel tells whoever had it open.
                record.merged_into = change.merged_into
                record.merged_by = change.merged_by and change.merged_by[:200]
            if isinstance(record, Camera) and theirs:
                # A teammate's camera, deleted: its tombstone keeps only its id and survey,
                # not where it stood or what was said of it (her own keep theirs, for an undo).
                _forget_camera(record)
                page.session.execute(
                    delete(CameraStreet).where(CameraStreet.camera_id == record.id)
                )
            if isinstance(record, Photo) and (not record.library_path or _fetched(record)):
                # A teammate's photo, withdrawn: its copy here goes too (the sync's sweep
                # deletes the file nothing names), its thumbnail and what it said now. The
                # tombstone keeps only what the sync needs (its id, picture hash and camera).
                record.library_path = ""
                _forget_details(record)
                page.session.execute(delete(Thumbnail).where(Thumbnail.photo_id == record.id))
        return None
    new = record is None
    if record is None:
        missing = REQUIRED[change.record_type] - {k for k, v in fields.items() if v is not None}
        if missing:
            names = ", ".join(sorted(missing))
            return not_applied(change, translate("sync", "no {fields}").format(fields=names))
        sha256 = fields.get("sha256")
        if change.record_type == "photo" and isinstance(sha256, str):
            twin = page.photo_by_hash.get(sha256)
            if twin is not None and twin != change.record_id:
                mine = page.session.get(Photo, twin)
                if mine is None or (
                    mine.owner is not None
                    and not _told_first(page.session, change.record_id)
                    and bool(mine.library_path)
                ):
                    return translate(
                        "sync", "photo {id}: the same picture is already here as photo {twin}"
                    ).format(id=change.record_id, twin=twin)
                # The server had this picture first (another laptop shared it): ours becomes
                # that record, and takes the server's values below. So does a teammate's record
                # of it never fetched here: a restore lost it on the server, which now holds the
                # picture as another's record (else it stayed here, and the server's was skipped).
                page.forget(("photo", twin))
                page.forget(("photo", change.record_id))
                emptied = rekey_photo(page.session, twin, change.record_id, change, page.said)
                if emptied is not None:
                    page.emptied.setdefault(emptied, []).append(change.record_id)
                # Her edits of the photo now wait as edits of that record: kept here.
                page.waiting.update(local_waiting_fields(page.session, [change.record_id]))
                keep, deleting = page.waiting.get(change.record_id, (set(), False))
                record = page.get("photo", change.record_id)
                new = record is None
            page.photo_by_hash[sha256] = change.record_id
        if record is None:
            record = _new_record(change)
            page.add(change.record_type, record)
    if new or placeholder:  # the defaults of what its first change left out, as the server
        fields = with_defaults(change.record_type, fields)
    altered = _set_fields(page, record, fields, keep) or new or placeholder
    if isinstance(record, Photo):
        _set_thumbnail(page.session, record, change.fields.get("thumbnail_jpeg_base64"), new)
    if not deleting:
        altered = altered or bool(record.deleted)
        record.deleted = False
        if isinstance(record, Camera):  # back (an undone merge): it went nowhere
            record.merged_into = record.merged_by = None
    page.news += altered
    record.server_version = change.version
    record.updated_at = change.updated_at
    if change.author is not None:
        # Our withdrawn record, brought back by the server as a teammate's (he shared the same
        # picture), stays to upload as it is: the upload step asks whether the server holds
        # his copy, and sends nothing of ours (``upload_photos``).
        record.owner = change.author
        if record.author is None:
            record.author = change.author
    if record.created_at is None:
        record.created_at = change.updated_at
    return None


def _told_first(session: Session, record_id: uuid.UUID) -> bool:
    """Whether this laptop told the server of this photo record itself (its journal holds the
    creation it sent): its own first record of a picture it later took as a teammate's record
    (shared first). A server restored from a backup older than that teammate's record gets the
    laptop's journal again and holds the picture under the laptop's first id; the photo here
    takes that id back (else the laptop kept the teammate's id the server no longer has: it
    skipped the server's record, and its operations naming the photo waited for ever)."""
    sent = select(Outbox.id).where(
        Outbox.record_type == "photo",
        Outbox.record_id == record_id,
        Outbox.state != "failed",  # sent, or pending again to resend the journal after a restore
        Outbox.op == "upsert",
        Outbox.base_version.is_(None),
    )
    return session.scalars(sent.limit(1)).first() is not None


def tidy_after_rekey(
    session: Session, cameras: dict[uuid.UUID, list[uuid.UUID]], notes: list[str]
) -> list[str]:
    """A camera of ours that lost its only photos (``cameras``: each one's, under their new
    ids) to the same picture shared before, and that nobody described, is an empty shell of
    the import: it goes. A described one stays, without photos, with what the volunteer
    said of it (the warnings name it beside its twin: nothing is lost).

    When its creation never left, both simply go (the outbox drops them). When the server has
    it already, a teammate may have pulled it meanwhile and put photos on it or described it:
    the delete then says which photos the camera held here (none), and the server deletes it
    only while that is still so (``IF_HOLDING``).

    Returns what the run says of each such camera whose picture a teammate shared first: which
    of hers holds it now, and whether his stays (before, it went or was emptied in silence).
    A camera of his that keeps other photos is no camera joined: what it lost goes to
    ``notes`` (``_photos_left``)."""
    session.flush()  # the photos' new cameras, for the question below
    said: list[str] = []
    for camera_id, photo_ids in cameras.items():
        camera = session.get(Camera, camera_id)
        if camera is None or camera.deleted:
            continue
        photos = [photo for i in photo_ids if (photo := session.get(Photo, i)) is not None]
        holding = exists().where(Photo.camera_id == camera_id, Photo.deleted.is_(False))
        if session.scalar(select(holding)) or a_teammates(camera, my_names(session)):
            # A teammate's camera (her photo was on it: a reviewer merged her camera into his)
            # is his, not joined: the photo that left it is said, as on a camera of hers.
            notes.extend(_photos_left(session, camera, photos))
            continue
        if camera.owner is not None:
            continue
        rows = list(session.scalars(select(Outbox).where(Outbox.record_id == camera_id)))
        shell = all(r.op == "upsert" and r.base_version is None for r in rows) and len(rows) <= 1
        if shell and not described(camera, photos):
            camera.deleted = True
            set_delete_args(session, camera_id, {IF_HOLDING: []})
        # A camera a split made says why itself (``split_of_taken``): not twice.
        split = any(row.op == "move_photos" for row in rows)
        note = None if split else _joined_note(session, camera, photos)
        if note is not None:
            said.append(note)
    return said


def _photos_left(session: Session, camera: Camera, photos: list[Photo]) -> list[str]:
    """What the run says of a camera of his that keeps other photos while some of its photos
    became a teammate's records (the same picture, shared first) on her camera: one sentence
    a photo, by its file name, with whose camera holds it now. A position his camera took
    from its photos is taken again from those it keeps (``position_after_photos_left``, the
    rule of a split): an edit of his, sent like any other, so that everyone has it. Before,
    the photo left in silence and the camera stayed where the photos together had put it.

    A teammate's camera that held her photo (a reviewer merged her camera into his) is said
    too, whose it is named: only her laptop ever held the photo there. It is placed again
    when she may edit it (her merge had placed it at the mean, as her edit)."""
    mine = my_names(session)
    theirs = [
        p
        for p in photos
        if p.owner is not None and p.owner not in mine and p.camera_id not in (None, camera.id)
    ]
    if not theirs:
        return []
    placed = False
    if current_editor(session).may_edit(camera):
        session.refresh(camera, ["photos"])  # without the pictures that became hers
        placed = place_by_photos_kept(camera)
    holder = camera.owner if a_teammates(camera, mine) else None
    said = []
    for photo in theirs:
        values = {
            "id": camera.id,
            "owner": escaped_unstorable(photo.owner or ""),
            "file": escaped_unstorable(photo.file_name),
            "camera": photo.camera_id,
            "holder": escaped_unstorable(holder or ""),
        }
        if holder is not None:
            # Her photo left a teammate's camera (a reviewer's merge had put it there): his
            # laptop never held it there, so hers is the only one to say it. Before, nothing.
            if placed:
                text = translate(
                    "sync",
                    "camera {id} ({holder}'s): {owner} shared the same picture first; your "
                    "photo {file} is on their camera {camera} now; the camera is placed again "
                    "by the photos it keeps",
                )
            else:
                text = translate(
                    "sync",
                    "camera {id} ({holder}'s): {owner} shared the same picture first; your "
                    "photo {file} is on their camera {camera} now",
                )
        elif placed:
            text = translate(
                "sync",
                "camera {id}: {owner} shared the same picture first; photo {file} is on their "
                "camera {camera} now; yours is placed again by the photos it keeps",
            )
        else:
            text = translate(
                "sync",
                "camera {id}: {owner} shared the same picture first; photo {file} is on their "
                "camera {camera} now",
            )
        said.append(text.format(**values))
    return said


def _joined_note(session: Session, camera: Camera, photos: list[Photo]) -> str | None:
    """What the run says of a camera of his whose photos became a teammate's records (the
    same picture, shared first): whose camera holds the picture now, and whether his stays
    with what he said of it. None when the records are his own (from another laptop)."""
    mine = my_names(session)
    theirs = [p for p in photos if p.owner is not None and p.owner not in mine and p.camera_id]
    if not theirs:
        return None
    first = theirs[0]
    values = {
        "id": camera.id,
        "owner": escaped_unstorable(first.owner or ""),
        "camera": first.camera_id,
    }
    if camera.deleted:
        return translate(
            "sync",
            "camera {id}: {owner} shared the same picture first; it is on their camera "
            "{camera} now",
        ).format(**values)
    return translate(
        "sync",
        "camera {id}: {owner} shared the same picture first; it is on their camera "
        "{camera} now; yours stays, with what you said of it",
    ).format(**values)


# The photo positions geotagging sets (surveyapp/photos/geotag.py, ``GEOTAGGED``): never an
# import's, so a creation holding one was edited before it left.
_PLACED = frozenset({"gpx", "neighbours"})
_PLACEMENT = ("latitude", "longitude", "altitude", "position_source", "position_accuracy")


def rekey_photo(
    session: Session,
    old: uuid.UUID,
    new: uuid.UUID,
    server: Change | None = None,
    notes: list[str] | None = None,
) -> uuid.UUID | None:
    """Our photo ``old`` is the server's record ``new`` (the same picture, shared first from
    another laptop): give it that id, drop its creation that was never accepted, and return the
    camera it was on (which may now be empty). Its copy stays to upload: the upload step asks
    the server whether it holds the copy for that record (``upload_photos``).

    What the volunteer changed of the photo besides its creation stays, as one edit of that
    record (``server``: the record as the server holds it): see ``_edits_kept``. Unless the
    record is a teammate's and she may not change it: the laptop offers no edit the server
    would refuse, so none is queued, and ``notes`` gets what she had set, in words, for a
    reviewer (before, it waited refused on her laptop only, which then never again equalled
    the server until she discarded it)."""
    if old == new or session.get(Photo, new) is not None:
        return None
    photo = session.get(Photo, old)
    if photo is None:
        return None
    camera_id = photo.camera_id
    if notes is not None and server is not None and _blur_not_kept(session, photo, server):
        notes.append(_copy_not_kept(server))
    session.flush()
    session.expunge(photo)
    connection = session.connection()
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    # A teammate's record now (or one brought back as ours): it is marked uploaded only once
    # the server said it holds that record's copy. Before, a teammate's record was marked
    # uploaded here, while her copy may never have reached the server (her sync stopped
    # before it): nobody sent it, and the laptop said its sync was complete.
    connection.execute(update(Photo).where(Photo.id == old).values(id=new))
    connection.execute(update(Thumbnail).where(Thumbnail.photo_id == old).values(photo_id=new))
    rows = list(session.scalars(select(Outbox).where(Outbox.record_id == old).order_by(Outbox.id)))
    edited = _edits_kept(rows, server)
    if edited and server is not None and not _may_edit(session, server):
        if notes is not None:
            notes.append(_edit_not_kept(server, edited))
        edited = {}
    for row in rows:
        if row.state == "sent":
            # The journal keeps what the server was told: sent again after a restore, it is
            # the same mutation (the server answers "duplicate", or that record again).
            continue
        if row.op == "upsert" and row.base_version is None:
            # The server has the photo: its creation is not needed; a later edit is queued
            # again below, as an edit of the server's record.
            session.delete(row)
        else:
            row.record_id = new
    if edited and server is not None:
        session.add(
            Outbox(
                mutation_id=uuid.uuid4(),
                record_type="photo",
                record_id=new,
                op="upsert",
                base_version=server.version,
                fields=edited,
                args={},
                attempts=0,
                state="pending",
            )
        )
    _rename_in_operations(session, old, new)
    session.flush()
    session.expire_all()  # collections that held the photo under its old id
    return camera_id


def _may_edit(session: Session, server: Change) -> bool:
    """Whether this laptop's user may change the server's record (the server's rule; a laptop
    that does not know yet who it syncs as sends the edit, and the server says)."""
    editor = current_editor(session)
    owner = server.author
    return (
        editor.role is None or owner is None or owner in my_names(session) or editor.edits_anything
    )


def _edit_not_kept(server: Change, edited: dict[str, Any]) -> str:
    """The note for what she set of her photo that became a teammate's record she may not
    change: his photo, what she had set, who can set it."""
    return translate(
        "sync",
        "photo {id}: {owner} shared this picture first and it is their photo now: what you "
        "had set of yours was not kept ({values}); only they or a reviewer can set it on theirs",
    ).format(
        id=server.record_id,
        owner=escaped_unstorable(server.author or ""),
        values=edited_values("photo", edited),
    )


def _blur_not_kept(session: Session, photo: Photo, server: Change) -> bool:
    """Whether the volunteer chose a blur of her photo (rectangles added or regions left sharp,
    ``surveyapp.photos.sharing``) that the server's record of the same picture does not show:
    its copy is the one its uploader sent, and a laptop sends no copy of a teammate's photo.
    No copy made yet, or one other than the record's, is one without her choices; the same
    copy shows them (he chose the same). Her own record (sent from her other laptop) is not
    said: its copy is hers to make again.

    Her choices are read as ``surveyapp.photos.sharing`` stores them ("add", "remove"): this
    layer does not import that one."""
    choices = photo.privacy_regions or {}
    if not any(choices.get(side) for side in ("add", "remove")) or server.deleted:
        return False
    if server.author is None or server.author in my_names(session):
        return False
    return photo.blob_sha256 is None or photo.blob_sha256 != server.fields.get("blob_sha256")


def _copy_not_kept(server: Change) -> str:
    """The note for her photo that became a teammate's record whose copy lacks her blur."""
    return translate(
        "sync",
        "photo {id}: {owner} shared this picture first and it is their photo now: the team "
        "sees their copy, without the blur you chose on yours; only they can change the blur "
        "of theirs",
    ).format(id=server.record_id, owner=escaped_unstorable(server.author or ""))


def _edits_kept(rows: list[Outbox], server: Change | None) -> dict[str, Any]:
    """The fields the volunteer changed of her photo besides its creation (its rows, oldest
    first), to send as an edit of the server's record of the same picture: never dropped
    without a word (before, the rekey took them as her creation and deleted them).

    A change after a sync that failed part-way is a row of its own (its creation was tried),
    waiting or refused (sent under her first id, which the server never had). One made
    before anything was sent joined the creation and cannot be told from the import's
    values, but for a position geotagging set (an import never gives one): its fields that
    differ from the server's go. Nothing else of the creation does: the two laptops' imports
    of one picture differ in file name and camera, which are not edits.

    The edit's base is the server's version taken here, as an edit of a pulled record is
    queued: the server merges it field by field (a volunteer's of a teammate's photo is not
    queued: ``rekey_photo``). None when the photo is being deleted."""
    if server is None or server.deleted:
        return {}
    creations = [r for r in rows if r.op == "upsert" and r.base_version is None]
    if not creations or any(r.op == "delete" and r.state != "sent" for r in rows):
        return {}
    first, *later = creations
    edited: dict[str, Any] = {}
    if first.fields.get("position_source") in _PLACED:
        edited = {
            name: first.fields[name]
            for name in _PLACEMENT
            if name in first.fields and first.fields[name] != server.fields.get(name)
        }
        if edited:  # the whole placement: its source and accuracy go with it
            edited.update({name: first.fields[name] for name in _PLACEMENT if name in first.fields})
    for row in later:
        if row.state != "sent":  # the server applied none (it never had her first id)
            edited.update(row.fields)
    for name in IDENTITY["photo"] | {"thumbnail_jpeg_base64"}:
        edited.pop(name, None)
    return edited


def _rename_in_operations(session: Session, old: uuid.UUID, new: uuid.UUID) -> None:
    """The waiting operations that name the photo (a split's move, a merge's list of photos, a
    camera's delete naming the photos it takes along) name it by the server's record: a move
    naming the id the server never had would wait for that photo for ever.

    A move a push has tried gets a new mutation id (one id, one content): the server kept
    nothing under the old one, as a move naming a photo it does not have is put off. A merge or
    a delete a push has tried stays as it was: the server may have applied it (neither waits
    for the photos it names), and a name it does not know only keeps a camera apart there."""
    gone, kept = str(old), str(new)
    waiting = select(Outbox).where(Outbox.state == "pending", Outbox.op != "upsert")
    for row in session.scalars(waiting):
        if row.attempts and row.op != "move_photos":
            continue
        args = {
            name: list(dict.fromkeys(kept if value == gone else value for value in values))
            if isinstance(values, list)
            else values
            for name, values in row.args.items()
        }  # the photo named once, were both ids named
        if args == row.args:
            continue
        row.args = args  # a new dict: JSON columns see reassignment
        if row.attempts:
            row.mutation_id = uuid.uuid4()


def apply_changes(session: Session, changes: Iterable[Change]) -> PageApplied:
    """Apply the server's records (a pulled page, or what a push result said), in the caller's
    transaction; never over a field with a change waiting to be pushed."""
    session.info[APPLYING_REMOTE] = True
    applied = skipped = 0
    notes: list[str] = []
    page_changes = list(changes)
    try:
        # No autoflush and no savepoint per change (pysqlite's would commit the page early): a
        # change that cannot be read is found before it touches anything; one flush at the end.
        with session.no_autoflush:
            page = _Page(session, page_changes)
            for change in page_changes:
                try:
                    note = _apply_change(page, change)
                except ValueError as error:
                    note = not_applied(change, str(error))
                if note is None:
                    applied += 1
                else:
                    skipped += 1
                    notes.append(note)
        session.flush()
    finally:
        session.info.pop(APPLYING_REMOTE, None)
    joined: list[str] = []
    if page.emptied:  # this laptop's own change (the shell's deletion, or its creation dropped)
        joined = tidy_after_rekey(session, page.emptied, notes)
        session.flush()
    notes.extend(page.said)
    return PageApplied(applied, skipped, tuple(notes), page.news, tuple(page.merged), tuple(joined))


def apply_page(
    session: Session, server_url: str, changes: Iterable[Change], checkpoint: int
) -> PageApplied:
    """Apply a page of pulled changes and move the checkpoint, in the caller's transaction."""
    page_changes = list(changes)
    applied = apply_changes(session, page_changes)
    state = session.get(SyncState, server_url)
    if state is None:
        state = SyncState(server_url=server_url, checkpoint=0)
        session.add(state)
    if checkpoint > (state.checkpoint or 0):
        state.checkpoint = checkpoint
        at = next((c.change_id for c in page_changes if c.seq == checkpoint), None)
        state.checkpoint_change = None if at is None else str(at)
    state.last_pull_at = datetime.now(UTC)
    session.flush()
    return applied
