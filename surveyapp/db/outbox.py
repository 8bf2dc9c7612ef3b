"""The outbox: every local change to a survey, camera or photo, queued in the edit's transaction.

A ``before_flush`` hook on the session turns what the flush is about to write into outbox rows:
one per new, changed or deleted record, holding only the fields that changed, in their wire form
(UUIDs and times as text). An edit that changes nothing queues nothing. The camera operations
and the importer know nothing about it; edits that come from the server
(``session.info[APPLYING_REMOTE]``) make no rows.

Structure travels as intentions, not diffs: a merge or a move of photos is one row
(``queue_operation``), and the photos' new camera and the absorbed cameras' tombstones it implies
are kept out of the field diffs (``structural``), so that the server applies the operation whole.

A change coalesces into the record's newest row that is still waiting and was never sent; a row
that a push has tried (``attempts`` > 0) is frozen, so that its mutation id always means the same
content. A record deleted before the server ever saw it takes its waiting rows with it. Rows the
server acknowledged stay, as ``sent``: the journal a restored server is given again.

Whether a record waits for the server is derived from here (``waiting_ids``, ``is_waiting``),
never stored beside it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    event,
    exists,
    inspect,
    or_,
    select,
)
from sqlalchemy.orm import Session, sessionmaker

from surveyapp.db import bulk
from surveyapp.db.models import Camera, Outbox, Photo, Survey
from surveyapp.protocol.fields import CAMERA_COLUMNS, PHOTO_COLUMNS, SURVEY_COLUMNS
from surveyapp.protocol.wire import MAX_OPERATION_RECORDS, MERGE_FIELDS, MOVED_FROM, WITH_PHOTOS
from surveyapp.sql import utc_now

APPLYING_REMOTE = "applying_remote"
_CACHE = "outbox_waiting"  # session.info: (type, id) → this transaction's coalescible row
_STRUCTURAL = "outbox_structural"  # session.info: {(record id, attribute)} an operation carries

# The columns each record type sends (surveyapp/protocol/fields.py, shared with the server).
# The photo's thumbnail is added when its row is first pushed.
TRACKED: dict[type[Any], tuple[str, tuple[str, ...]]] = {
    Survey: ("survey", SURVEY_COLUMNS),
    Camera: ("camera", CAMERA_COLUMNS),
    Photo: ("photo", PHOTO_COLUMNS),
}
RECORD_CLASSES: dict[str, type[Any]] = {name: cls for cls, (name, _) in TRACKED.items()}
_ORDER = {cls: index for index, cls in enumerate(TRACKED)}
# Foreign keys that edits often set through the relationship: before the flush only the
# relationship says where the record now points.
_RELATIONSHIPS = {"survey_id": "survey", "camera_id": "camera"}


def wire_value(value: Any) -> Any:
    """A column value as the wire carries it (JSON-safe)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return dict(value)
    return value


def _column_default(cls: type[Any], name: str) -> Any:
    default = inspect(cls).columns[name].default
    if default is None or not default.is_scalar:
        return None
    return default.arg


def _related_id(record: Any, name: str) -> tuple[bool, Any]:
    """Whether the relationship behind foreign key ``name`` was set, and the id it points to."""
    relationship = _RELATIONSHIPS.get(name)
    if relationship is None:
        return False, None
    history = inspect(record).attrs[relationship].history
    if not history.added:
        return False, None
    target = history.added[0]
    return True, None if target is None else target.id


def record_fields(record: Any) -> dict[str, Any]:
    """Every tracked field of a record, in wire form (a whole-record upsert)."""
    _, names = TRACKED[type(record)]
    fields: dict[str, Any] = {}
    for name in names:
        value = getattr(record, name)
        if value is None:
            set_by_relationship, related = _related_id(record, name)
            if set_by_relationship:
                value = related
            elif inspect(record).transient or inspect(record).pending:
                value = _column_default(type(record), name)  # applied only at the insert
        fields[name] = wire_value(value)
    return fields


def _structural(session: Session) -> set[tuple[uuid.UUID, str]]:
    found: set[tuple[uuid.UUID, str]] = session.info.setdefault(_STRUCTURAL, set())
    return found


def structural(session: Session, record: Any, *attributes: str) -> None:
    """Keep these attribute changes out of the field diffs: an operation row carries them."""
    _structural(session).update((record.id, name) for name in attributes)


def _changed_fields(session: Session, record: Any) -> dict[str, Any]:
    state = inspect(record)
    _, names = TRACKED[type(record)]
    carried = _structural(session)
    changed: dict[str, Any] = {}
    for name in names:
        if (record.id, name) in carried:
            continue
        set_by_relationship, related = _related_id(record, name)
        if set_by_relationship:
            if related != getattr(record, name):  # the column still holds the old id
                changed[name] = wire_value(related)
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        new = history.added[0] if history.added else None
        if history.deleted and history.deleted[0] == new:
            continue  # set to the value it had
        changed[name] = wire_value(new)
    return changed


def _is_deleting(session: Session, record: Any) -> bool:
    if (record.id, "deleted") in _structural(session):
        return False
    history = inspect(record).attrs["deleted"].history
    return bool(history.added) and bool(history.added[0]) and not any(history.deleted)


def _never_tried(ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """SQL: these records' waiting rows that no push has tried (the ones a change joins).

    ``state || ''`` keeps SQLite on the record id's index: on the state's it would read every
    waiting row of the survey for each batch of ids.
    """
    return and_(Outbox.record_id.in_(ids), (Outbox.state + "") == "pending", Outbox.attempts == 0)


def _waiting_rows(session: Session, keys: Iterable[tuple[str, uuid.UUID]]) -> dict[Any, Outbox]:
    """This transaction's cached rows, plus the never-sent waiting rows stored before."""
    cache: dict[tuple[str, uuid.UUID], Outbox] = session.info.setdefault(_CACHE, {})
    found = {key: cache[key] for key in keys if key in cache}
    missing = [key for key in keys if key not in cache]
    ids = list({record_id for _, record_id in missing})
    for start in range(0, len(ids), 500):
        rows = session.scalars(
            select(Outbox).where(_never_tried(ids[start : start + 500])).order_by(Outbox.id)
        )
        for row in rows:
            found[(row.record_type, row.record_id)] = row  # the newest waiting row wins
    return found


def _never_sent(session: Session, row: Outbox, record: Any) -> bool:
    if record.server_version is not None or row.op != "upsert" or row.base_version is not None:
        return False
    tried = select(Outbox.id).where(
        Outbox.record_id == record.id, or_(Outbox.attempts > 0, Outbox.op != "upsert")
    )
    return session.scalars(tried.limit(1)).first() is None


def _drop(session: Session, row: Outbox) -> None:
    if inspect(row).persistent:
        session.delete(row)
    else:
        session.expunge(row)


def _queue(
    session: Session,
    waiting: dict[Any, Outbox],
    record: Any,
    op: str,
    fields: dict[str, Any],
    new: bool,
) -> None:
    record_type, _ = TRACKED[type(record)]
    key = (record_type, record.id)
    cache: dict[tuple[str, uuid.UUID], Outbox] = session.info.setdefault(_CACHE, {})
    row = waiting.get(key)
    if op == "delete" and row is not None and _never_sent(session, row, record):
        # The server never saw this record and its creation is still waiting: let both go
        # rather than send a create and its deletion.
        _drop(session, row)
        cache.pop(key, None)
        return
    if row is not None and row.op == "upsert":
        if op != "delete":
            row.fields = {**row.fields, **fields}  # a new dict: JSON columns see reassignment
            return
        # The delete goes last, after the operations queued since (a split that took a camera's
        # photo away must reach the server before the camera's delete, which takes along the
        # photos it still holds there). It replaces a waiting edit; a waiting creation stays,
        # for the operations queued since that name the record.
        if row.base_version is not None:
            _drop(session, row)
        waiting.pop(key, None)
    row = Outbox(
        mutation_id=uuid.uuid4(),
        record_type=record_type,
        record_id=record.id,
        op=op,
        base_version=None if new else record.server_version,
        fields={} if op == "delete" else fields,
        args={},
        attempts=0,
        state="pending",
    )
    session.add(row)
    cache[key] = row


def queue_decision(session: Session, record: Any, names: Iterable[str]) -> None:
    """Queue these fields at their current values even when unchanged: a reviewer's decision
    to keep a value is news for the server (it closes the field's conflicts)."""
    session.flush()
    record_type, columns = TRACKED[type(record)]
    fields = {name: wire_value(getattr(record, name)) for name in names if name in columns}
    if not fields:
        return
    waiting = _waiting_rows(session, [(record_type, record.id)])
    _queue(session, waiting, record, "upsert", fields, new=False)
    session.flush()


def _unsent_creation(session: Session, record_id: uuid.UUID) -> Outbox | None:
    """The record's creation when the server has never seen the record (nothing sent yet)."""
    rows = list(session.scalars(select(Outbox).where(Outbox.record_id == record_id)))
    if len(rows) == 1 and rows[0].attempts == 0 and rows[0].state == "pending":
        row = rows[0]
        if row.op == "upsert" and row.base_version is None:
            return row
    return None


def never_sent(session: Session, record_id: uuid.UUID) -> bool:
    """Whether the server has never seen this record: its creation is all there is to send."""
    return _unsent_creation(session, record_id) is not None


def set_delete_args(session: Session, record_id: uuid.UUID, args: dict[str, list[str]]) -> None:
    """Give the record's waiting delete (queued by flushing the session) these arguments."""
    session.flush()
    waiting = select(Outbox).where(
        Outbox.record_id == record_id, Outbox.op == "delete", Outbox.state == "pending"
    )
    for row in session.scalars(waiting):
        row.args = args


def name_deleted_photos(session: Session, camera: Camera, photos: Sequence[Photo]) -> None:
    """Name, on a camera's waiting delete, the photos deleted with it (``WITH_PHOTOS``): a
    photo someone else puts on the camera before the delete arrives keeps the camera there.
    Above MAX_OPERATION_RECORDS the server takes the camera's photos along, as before.

    The photos' own deletes are not sent beside it: the camera's takes them along where they
    still are, and a photo a teammate split or merged onto another camera meanwhile stays
    there (sent alone, each delete went wherever its photo was: a live camera lost it)."""
    session.flush()
    delete = select(Outbox).where(
        Outbox.record_id == camera.id, Outbox.op == "delete", Outbox.state == "pending"
    )
    if session.scalars(delete).first() is not None:
        cache: dict[tuple[str, uuid.UUID], Outbox] = session.info.setdefault(_CACHE, {})
        ids = [photo.id for photo in photos]
        for start in range(0, len(ids), 500):
            deletes = select(Outbox).where(
                Outbox.record_type == "photo",
                Outbox.record_id.in_(ids[start : start + 500]),
                Outbox.op == "delete",
                Outbox.state == "pending",
            )
            for row in session.scalars(deletes):
                _drop(session, row)
                cache.pop(("photo", row.record_id), None)
        session.flush()
    if len(photos) > MAX_OPERATION_RECORDS:
        return
    set_delete_args(session, camera.id, {WITH_PHOTOS: [str(photo.id) for photo in photos]})


def queue_operation(
    session: Session, op: str, record: Any, args: dict[str, list[uuid.UUID]]
) -> Outbox | None:
    """Queue a structural operation (merge, move_photos) on ``record`` as one row.

    The changes already made in the session are flushed first, so that their rows come before
    this one (a split's new camera is created before photos move onto it). Photos the server
    has never seen need no move: a photo's waiting creation names its new camera instead. An
    absorbed camera never sent goes too when the merge's fields travel as an edit (no
    ``MERGE_FIELDS``); when the server derives them, it needs every absorbed camera, so the
    creation stays and the merge absorbs it. None when nothing is left to send.
    """
    session.flush()
    session.info.pop(_STRUCTURAL, None)
    record_type, _ = TRACKED[type(record)]
    photos = []
    for photo_id in args.get("photos", []):
        creation = _unsent_creation(session, photo_id)
        if creation is None:
            photos.append(photo_id)
        else:
            creation.fields = {**creation.fields, "camera_id": str(record.id)}
    absorbed = []
    derived = bool(args.get(MERGE_FIELDS))
    for camera_id in args.get("absorbed", []):
        creation = None if derived else _unsent_creation(session, camera_id)
        if creation is None:
            absorbed.append(camera_id)
        else:
            _drop(session, creation)
    if op == "merge" and len(photos) > MAX_OPERATION_RECORDS:
        # The server takes no longer list; without one, only photos this user may not move
        # that were put on an absorbed camera keep it (a conflict, never a loss).
        photos = []
    remaining = {"absorbed": absorbed, "photos": photos} if op == "merge" else {"photos": photos}
    if derived:
        remaining[MERGE_FIELDS] = list(args[MERGE_FIELDS])
    if op == "move_photos" and args.get(MOVED_FROM):
        remaining[MOVED_FROM] = list(args[MOVED_FROM])
    if not remaining.get("absorbed" if op == "merge" else "photos"):
        session.flush()
        return None
    row = Outbox(
        mutation_id=uuid.uuid4(),
        record_type=record_type,
        record_id=record.id,
        op=op,
        base_version=record.server_version,
        fields={},
        args={name: [str(i) for i in ids] for name, ids in remaining.items()},
        attempts=0,
        state="pending",
    )
    session.add(row)
    session.info.setdefault(_CACHE, {})[(record_type, record.id)] = row
    session.flush()
    return row


def queue_changes(
    session: Session,
    record_type: str,
    changes: Sequence[tuple[str, int | None, dict[str, Any]]],
) -> None:
    """Queue field changes that were written with bulk UPDATE statements (no flush sees them):
    the rows ``record_changes`` would have written, in a few statements.

    ``changes`` holds (the record's stored id, its server version, the changed fields in wire
    form). Each change coalesces into the record's newest waiting row when that row is an upsert
    never tried (SQLite's ``json_set`` adds the fields in place, as ``{**old, **new}`` would),
    else becomes a new row. The caller has flushed the session before its bulk writes, and
    expires what it loaded before afterwards.
    """
    if session.info.get(APPLYING_REMOTE) or not changes:
        return
    ids = [record_id for record_id, _, _ in changes]
    newest: dict[str, tuple[int, str]] = {}
    # ``state || ''`` keeps SQLite on the record id's index (see _never_tried).
    waiting = bulk.execute(
        session,
        "SELECT id, record_id, op FROM outbox"
        " WHERE record_id IN (SELECT value FROM json_each(?))"
        " AND state || '' = 'pending' AND attempts = 0",
        (json.dumps(ids),),
    )
    for row_id, record_id, op in waiting:
        if record_id not in newest or newest[record_id][0] < row_id:
            newest[record_id] = (row_id, op)  # the newest waiting row wins
    coalesced: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    added: list[tuple[Any, ...]] = []
    now = bulk.stored_time(utc_now())
    for record_id, server_version, fields in changes:
        found = newest.get(record_id)
        if found is not None and found[1] == "upsert":
            # Numbers keep their exact text: bound as JSON text, not as SQL reals.
            values = tuple(map(_json_text, fields.values()))
            coalesced.setdefault(tuple(fields), []).append((*values, found[0]))
            continue
        added.append(
            (uuid.uuid4().hex, record_type, record_id, "upsert", server_version,
             json.dumps(fields), "{}", now, 0, "pending")
        )  # fmt: skip
    for names, rows in coalesced.items():
        paths = ", ".join(f"'$.{name}', json(?)" for name in names)
        bulk.update_rows(session, "outbox", f"fields = json_set(fields, {paths})", rows)
    bulk.insert(session, "outbox", _OUTBOX_COLUMNS, added)
    # Written around the unit of work: the cache no longer knows these records' newest rows
    # (the caller expires the objects it loaded before).
    cache: dict[tuple[str, uuid.UUID], Outbox] = session.info.setdefault(_CACHE, {})
    written = set(ids)
    for key in [key for key in cache if key[0] == record_type and key[1].hex in written]:
        del cache[key]


_quoted = json.encoder.encode_basestring_ascii  # what json.dumps writes of a str


def _json_text(value: Any) -> str:
    """``json.dumps(value)``, quicker for a finite number, None or text (a field's usual
    values: ``json.dumps`` costs a few microseconds a call, 20,000 calls for 10,000 photos)."""
    kind = type(value)
    if kind is float and value - value == 0.0:  # not NaN or infinite
        return float.__repr__(value)
    if value is None:
        return "null"
    if kind is str:
        return _quoted(value)
    return json.dumps(value)


_OUTBOX_COLUMNS = (
    "mutation_id", "record_type", "record_id", "op", "base_version", "fields", "args",
    "created_at", "attempts", "state",
)  # fmt: skip


def _tracked(objects: Iterable[Any]) -> Iterator[Any]:
    return (obj for obj in objects if type(obj) in TRACKED)


def record_changes(session: Session, _flush_context: Any, _instances: Any) -> None:
    """``before_flush``: queue an outbox row for each survey, camera and photo being written."""
    if session.info.get(APPLYING_REMOTE):
        return
    # Surveys before their cameras before their photos: the queue keeps that order.
    new = sorted(_tracked(session.new), key=lambda obj: _ORDER[type(obj)])
    dirty = [obj for obj in _tracked(session.dirty) if session.is_modified(obj)]
    removed = list(_tracked(session.deleted))
    if not (new or dirty or removed):
        return
    with session.no_autoflush:
        keys = [(TRACKED[type(obj)][0], obj.id) for obj in (*dirty, *removed)]
        waiting = _waiting_rows(session, keys) if keys else {}
        for obj in new:
            if obj.id is None:
                obj.id = uuid.uuid4()  # the default would come too late for the outbox row
            if obj.deleted:
                continue
            _queue(session, waiting, obj, "upsert", record_fields(obj), new=True)
        for obj in sorted(dirty, key=lambda obj: _ORDER[type(obj)]):
            if _is_deleting(session, obj):
                _queue(session, waiting, obj, "delete", {}, new=False)
                continue
            if obj.deleted:
                continue  # an edit to a tombstone does not travel
            fields = _changed_fields(session, obj)
            if fields:
                _queue(session, waiting, obj, "upsert", fields, new=False)
        for obj in removed:
            if not obj.deleted:
                _queue(session, waiting, obj, "delete", {}, new=False)


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_CACHE, None)
    session.info.pop(_STRUCTURAL, None)


def install_outbox(factory: sessionmaker[Session]) -> None:
    """Record every session's survey, camera and photo changes in the outbox."""
    event.listen(factory, "before_flush", record_changes)
    # The cache is only sure within one transaction: afterwards a push may freeze its rows.
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_soft_rollback", _forget)


# -- what waits -----------------------------------------------------------------------------------


def is_refused(cls: Any) -> ColumnElement[bool]:
    """SQL: the server refused a change of the record for good; no sync sends it again (the
    volunteer discards it, taking the server's values back)."""
    return exists().where(Outbox.record_id == cls.id, Outbox.state == "failed")


def is_waiting(cls: Any) -> ColumnElement[bool]:
    """SQL: the record has a change the next sync sends: one queued, or the record itself when
    the server never got it and refused nothing of it (a refused change is not waiting:
    ``is_refused``)."""
    queued = exists().where(Outbox.record_id == cls.id, Outbox.state == "pending")
    return or_(and_(cls.server_version.is_(None), ~is_refused(cls)), queued)


def waiting_ids(session: Session, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these records wait for the next sync (see ``is_waiting``)."""
    return _ids_where(session, ids, is_waiting)


def refused_ids(session: Session, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these records have a change the server refused (see ``is_refused``)."""
    return _ids_where(session, ids, is_refused)


def _ids_where(
    session: Session, ids: Iterable[uuid.UUID], condition: Callable[[Any], ColumnElement[bool]]
) -> set[uuid.UUID]:
    wanted = list(ids)
    found: set[uuid.UUID] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for cls in TRACKED:
            found.update(session.scalars(select(cls.id).where(cls.id.in_(chunk), condition(cls))))
    return found
