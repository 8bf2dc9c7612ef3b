"""Undo and redo of the volunteer's edits: fields, move, place, merge, split, delete, blur.

Each edit is recorded as one ``UndoStep`` in the edit's own transaction: the values of every
record it changed, before and after, and the outbox rows of those records that were never sent,
before and after. Undoing is itself one transaction, so it is as crash-safe as the edit.

What an undo does depends on what the server has seen (docs/decisions/undo.md):

- Nothing of the edit was sent (its outbox rows still wait, untried): the records and the
  outbox are put back exactly as they were. The next sync sends nothing for the edit.
- The edit was sent: a change of values (fields, move, place, back to the photos' position,
  blur) is undone by a new change that sets the old values, which syncs like any edit. A merge,
  a split or a deletion the server has applied is refused with a message: the server never
  brings back a record it has merged away or deleted.
- Someone else changed what the edit changed since (another program on the survey, a pull):
  refused with a message, so an undo never overwrites anybody's later work.

The desktop app and the command line each undo only their own steps (``origin``), and so does
each window of the app (``window_origin``: two windows on one survey never take back each
other's edits); a window takes up the steps of the app's windows that are no longer open (a
restart), as the app's one stack did before. A new edit clears that origin's redo steps. Like
every edit, an undo is offered only when the server would let this volunteer make it
(surveyapp/cameras/permissions.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Uuid,
    and_,
    delete,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from surveyapp.cameras import operations, review
from surveyapp.cameras.grouping import photo_positions, position_source
from surveyapp.cameras.permissions import (
    NotAllowedError,
    current_editor,
    forget_shared_copy,
    require_editable,
)
from surveyapp.db.models import Camera, Outbox, Photo, UndoStep
from surveyapp.db.outbox import APPLYING_REMOTE, wire_value
from surveyapp.i18n import QT_TRANSLATE_NOOP, translate
from surveyapp.protocol.fields import CAMERA_COLUMNS, PHOTO_COLUMNS
from surveyapp.protocol.merge import mean_position

T = TypeVar("T")

APP = "app"  # the desktop app's steps
CLI = "cli"  # the command line's steps
KEPT_STEPS = 100  # per origin: older steps are forgotten
DONE, UNDONE = "done", "undone"

# What a step remembers of each record: what the volunteer's edits change.
_KEYS: dict[str, tuple[str, ...]] = {
    "camera": (*CAMERA_COLUMNS, "deleted"),
    "photo": (*PHOTO_COLUMNS, "deleted", "privacy_regions", "upload_state"),
}
# The shareable copy's bookkeeping: the sync changes it, so it is never "someone's change".
_SHARING = frozenset({"blob_sha256", "blob_size", "upload_state"})
_CLASSES: dict[str, type[Any]] = {"camera": Camera, "photo": Photo}
# Steps that only change values: once sent, they are undone by sending the old values.
_VALUES = frozenset({"fields", "move", "place", "position", "blur", "review"})
_OUTBOX_KEYS = (
    "id", "mutation_id", "record_type", "record_id", "op", "base_version", "fields", "args",
    "attempts", "state", "last_error", "server_records", "created_at",
)  # fmt: skip


# The name of each kind of step, as the Edit menu and the command line say it.
LABELS = {
    "fields": QT_TRANSLATE_NOOP("undo", "field edit"),
    "move": QT_TRANSLATE_NOOP("undo", "move"),
    "place": QT_TRANSLATE_NOOP("undo", "placing on the map"),
    "position": QT_TRANSLATE_NOOP("undo", "return to the photos' position"),
    "merge": QT_TRANSLATE_NOOP("undo", "merge"),
    "distinct": QT_TRANSLATE_NOOP("undo", "marking as two cameras"),
    "split": QT_TRANSLATE_NOOP("undo", "split"),
    "delete": QT_TRANSLATE_NOOP("undo", "deletion"),
    "blur": QT_TRANSLATE_NOOP("undo", "blur change"),
    "review": QT_TRANSLATE_NOOP("undo", "review decision"),
}


def label(name: str) -> str:
    """The translated name of a kind of step ("merge")."""
    return translate("undo", LABELS.get(name, "edit"))


class UndoError(ValueError):
    """The step cannot be undone (or redone): the message says why; no record was changed.

    ``dropped``: it never can be (the server has been sent it, or was sent it since it was
    undone), so the step was taken off its list in the same session, which the caller commits:
    undo (or redo) then offers the step before it instead of repeating the refusal."""

    def __init__(self, message: str, *, dropped: bool = False) -> None:
        super().__init__(message)
        self.dropped = dropped
        # An undo refused for a reason that may stop being true (changed since, not allowed, a
        # geotagging undone since): the step stays on the list, and ``set_aside`` may take it
        # off without undoing (redoing) it. ``before``: the kind of the step undo (redo) would
        # take after it.
        self.refused_step: int | None = None
        self.refused_kind: str | None = None
        self.before: str | None = None


# -- snapshots ------------------------------------------------------------------------------------


def _snapshot(record: Any) -> dict[str, Any]:
    kind = "camera" if isinstance(record, Camera) else "photo"
    values = {name: wire_value(getattr(record, name)) for name in _KEYS[kind]}
    values[_VERSION] = record.server_version
    return values


# The server's version of the record the laptop had pulled when the step was taken: a pull
# since then may have held back the server's values of fields the step's waiting changes set
# (and a step recorded before this was remembered has none).
_VERSION = "server_version"


def _column_value(cls: type[Any], name: str, value: Any) -> Any:
    """A wire value back in the column's Python type."""
    if value is None:
        return None
    column_type = inspect(cls).columns[name].type
    column_type = getattr(column_type, "impl", column_type)  # a TypeDecorator's storage type
    if isinstance(column_type, Uuid):
        return uuid.UUID(value)
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return list(value)
    return value


def _unsent_rows(session: Session, ids: Iterable[uuid.UUID]) -> list[dict[str, Any]]:
    """The outbox rows of these records that wait and were never tried, in queue order."""
    wanted = list(ids)
    rows: list[Outbox] = []
    for start in range(0, len(wanted), 500):
        rows.extend(
            session.scalars(
                select(Outbox).where(
                    Outbox.record_id.in_(wanted[start : start + 500]),
                    Outbox.state == "pending",
                    Outbox.attempts == 0,
                )
            )
        )
    return [
        {name: wire_value(getattr(row, name)) for name in _OUTBOX_KEYS}
        for row in sorted(rows, key=lambda r: r.id)
    ]


def _key(record: Any) -> tuple[str, str]:
    return ("camera" if isinstance(record, Camera) else "photo", str(record.id))


# -- recording ------------------------------------------------------------------------------------


@dataclass
class Recording:
    """An edit being recorded: ``created(record)`` names a record the edit made."""

    session: Session
    origin: str
    name: str
    before: dict[tuple[str, str], dict[str, Any] | None]
    rows_before: list[dict[str, Any]]
    made: list[Any] = field(default_factory=list)

    def created(self, record: Any) -> None:
        """A record this edit made (it did not exist before)."""
        self.made.append(record)

    def finish(self, records: Iterable[Any]) -> UndoStep | None:
        """Write the step (None when the edit changed nothing)."""
        session = self.session
        session.flush()
        keys = dict.fromkeys([*self.before, *map(_key, self.made)])
        by_key = {_key(record): record for record in [*records, *self.made]}
        entries = []
        for key in keys:
            kind, record_id = key
            record = by_key.get(key) or session.get(_CLASSES[kind], uuid.UUID(record_id))
            before = self.before.get(key)
            after = None if record is None else _snapshot(record)
            if before != after:
                entries.append({"type": kind, "id": record_id, "before": before, "after": after})
        ids = [uuid.UUID(record_id) for _, record_id in keys]
        rows_after = _unsent_rows(session, ids)
        if not entries and rows_after == self.rows_before:
            return None
        session.execute(
            delete(UndoStep).where(UndoStep.origin == self.origin, UndoStep.state == UNDONE)
        )
        step = UndoStep(
            origin=self.origin,
            name=self.name,
            state=DONE,
            records=entries,
            outbox_before=self.rows_before,
            outbox_after=rows_after,
        )
        session.add(step)
        session.flush()
        old = session.scalars(
            select(UndoStep.id)
            .where(UndoStep.origin == self.origin)
            .order_by(UndoStep.id.desc())
            .offset(KEPT_STEPS)
        ).all()
        if old:
            session.execute(delete(UndoStep).where(UndoStep.id.in_(old)))
        return step


@contextmanager
def recording(
    session: Session, origin: str, name: str, records: Iterable[Any]
) -> Iterator[Recording]:
    """Record the edit made inside the block on ``records`` (and those it reports created) as
    one undo step, when the block ends without an error."""
    watched = list(records)
    before: dict[tuple[str, str], dict[str, Any] | None] = {
        _key(record): _snapshot(record) for record in watched
    }
    rows = _unsent_rows(session, [record.id for record in watched])
    record = Recording(session, origin, name, before, rows)
    yield record
    record.finish(watched)


def _live_photos(cameras: Iterable[Camera]) -> list[Photo]:
    return [photo for camera in cameras for photo in camera.photos if not photo.deleted]


# -- the edits, recorded ---------------------------------------------------------------------------


def set_fields(
    session: Session, origin: str, camera_id: str | uuid.UUID, values: Mapping[str, str]
) -> Camera:
    """``operations.set_fields``, undoable."""
    camera = operations.find_camera(session, camera_id)
    with recording(session, origin, "fields", [camera]):
        return operations.set_fields(session, camera.id, values)


def move_camera(
    session: Session, origin: str, camera_id: str | uuid.UUID, latitude: float, longitude: float
) -> Camera:
    """``operations.move_camera``, undoable ("place" when the camera had no position)."""
    camera = operations.find_camera(session, camera_id)
    name = "place" if camera.latitude is None or camera.longitude is None else "move"
    with recording(session, origin, name, [camera]):
        return operations.move_camera(session, camera.id, latitude, longitude)


def restore_photo_position(session: Session, origin: str, camera_id: str | uuid.UUID) -> Camera:
    """``operations.restore_photo_position``, undoable."""
    camera = operations.find_camera(session, camera_id)
    with recording(session, origin, "position", [camera]):
        return operations.restore_photo_position(session, camera.id)


def merge_cameras(session: Session, origin: str, camera_ids: Sequence[str | uuid.UUID]) -> Camera:
    """``operations.merge_cameras``, undoable."""
    cameras = [operations.find_camera(session, ref) for ref in camera_ids]
    with recording(session, origin, "merge", [*cameras, *_live_photos(cameras)]):
        return operations.merge_cameras(session, [camera.id for camera in cameras])


def mark_distinct(
    session: Session, origin: str, first: str | uuid.UUID, second: str | uuid.UUID
) -> list[Camera]:
    """``review.mark_distinct`` (two cameras, not one), undoable; returns both cameras."""
    from surveyapp.cameras.review import mark_distinct as mark  # numpy only when used

    cameras = [operations.find_camera(session, first), operations.find_camera(session, second)]
    with recording(session, origin, "distinct", cameras):
        mark(session, cameras[0].id, cameras[1].id)
    return cameras


def split_photos(session: Session, origin: str, photo_ids: Iterable[str | uuid.UUID]) -> Camera:
    """``operations.split_photos``, undoable."""
    photos = [operations.find_photo(session, ref) for ref in photo_ids]
    sources = {photo.camera.id: photo.camera for photo in photos if photo.camera is not None}
    with recording(session, origin, "split", [*sources.values(), *photos]) as step:
        camera = operations.split_photos(session, [photo.id for photo in photos])
        step.created(camera)
        return camera


def delete_cameras(
    session: Session,
    origin: str,
    camera_ids: Sequence[str | uuid.UUID],
    seen: Collection[uuid.UUID] | None = None,
) -> list[Camera]:
    """``operations.delete_camera`` for each, undoable as one step. ``seen``: the photos the
    volunteer was asked about; if a command or a sync put others on the cameras (a merge) or
    took some off meanwhile, nothing is deleted."""
    cameras = [operations.find_camera(session, ref) for ref in camera_ids]
    photos = _live_photos(cameras)
    if seen is not None and {photo.id for photo in photos} != set(seen):
        raise operations.CameraChangedError(
            translate(
                "undo",
                "photos were put on the camera or taken off it since you were asked (by a "
                "sync or another program): look at it again",
            )
        )
    with recording(session, origin, "delete", [*cameras, *photos]):
        return [operations.delete_camera(session, camera.id) for camera in cameras]


def set_review(session: Session, origin: str, camera_id: str | uuid.UUID, state: str) -> Camera:
    """``review.set_review`` of one camera, undoable (a reviewer's or an admin's only)."""
    camera = operations.find_camera(session, camera_id)
    with recording(session, origin, "review", [camera]):
        [reviewed] = review.set_review(session, [camera.id], state)
        return reviewed


def change_blur(session: Session, origin: str, photo_id: uuid.UUID, change: Callable[[], T]) -> T:
    """A change of a photo's blur choices (surveyapp.photos.sharing), undoable."""
    photo = session.get(Photo, photo_id)
    watched = [] if photo is None else [photo]
    with recording(session, origin, "blur", watched):
        return change()


# -- undo and redo ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reverted:
    """What an undo or redo did: the kind of step, and the cameras it changed (ids as text)."""

    name: str
    camera_ids: frozenset[str]
    exact: bool  # the outbox was put back too (nothing of the step is sent)
    backwards: bool = True  # an undo (False: a redo)
    set_aside: str | None = None  # the kind of the refused step set aside before it, if any


def window_origin(window: str) -> str:
    """The origin of the steps of one window of the desktop app."""
    return f"{APP}:{window}"


def _left_by_windows(open_elsewhere: Collection[str]) -> ColumnElement[bool]:
    """Steps of the app's windows that are no longer open (``open_elsewhere``: the ids of the
    other windows open now), and the app's steps from before windows were told apart."""
    others = [window_origin(window) for window in open_elsewhere]
    return and_(
        or_(UndoStep.origin == APP, UndoStep.origin.like(f"{APP}:%")),
        UndoStep.origin.not_in(others),
    )


def _steps_of(origin: str, open_elsewhere: Collection[str]) -> ColumnElement[bool]:
    if not origin.startswith(f"{APP}:"):
        return UndoStep.origin == origin
    return or_(UndoStep.origin == origin, _left_by_windows(open_elsewhere))


def take_up(session: Session, origin: str, open_elsewhere: Collection[str]) -> None:
    """Make the steps that closed windows of the app left this window's (``origin``), before
    an edit (which clears the redo steps and keeps the newest ones) or an undo or redo."""
    if origin.startswith(f"{APP}:"):
        session.execute(
            update(UndoStep)
            .where(UndoStep.origin != origin, _left_by_windows(open_elsewhere))
            .values(origin=origin)
        )


def _next(
    session: Session, origin: str, state: str, open_elsewhere: Collection[str] = ()
) -> UndoStep | None:
    mine = _steps_of(origin, open_elsewhere)
    query = select(UndoStep).where(mine, UndoStep.state == state)
    # Undo takes the newest step done; redo the step undone last (the oldest undone one).
    order = UndoStep.id.desc() if state == DONE else UndoStep.id
    return session.scalars(query.order_by(order).limit(1)).first()


def available(
    session: Session, origin: str, open_elsewhere: Collection[str] = ()
) -> tuple[str | None, str | None]:
    """The kinds of the steps that undo and redo would take now (None: nothing); for a window
    of the app, ``open_elsewhere`` names the other windows open now."""
    undo_step = _next(session, origin, DONE, open_elsewhere)
    redo_step = _next(session, origin, UNDONE, open_elsewhere)
    return (
        None if undo_step is None else undo_step.name,
        None if redo_step is None else redo_step.name,
    )


def undo(session: Session, origin: str, open_elsewhere: Collection[str] = ()) -> Reverted:
    """Undo ``origin``'s newest step; UndoError when there is none or it cannot be undone."""
    return _take(session, origin, DONE, open_elsewhere)


def redo(session: Session, origin: str, open_elsewhere: Collection[str] = ()) -> Reverted:
    """Redo ``origin``'s step undone last; UndoError when there is none or it cannot be redone."""
    return _take(session, origin, UNDONE, open_elsewhere)


def _nothing(state: str) -> UndoError:
    if state == DONE:
        return UndoError(translate("undo", "there is nothing to undo"))
    return UndoError(translate("undo", "there is nothing to redo"))


def _take(session: Session, origin: str, state: str, open_elsewhere: Collection[str]) -> Reverted:
    """Undo (``state`` DONE) or redo (UNDONE) the step that comes first on its list. A refusal
    that may stop being true names the step (``refused_step``) so that it may be set aside."""
    take_up(session, origin, open_elsewhere)
    step = _next(session, origin, state, open_elsewhere)
    if step is None:
        raise _nothing(state)
    step_id, kind = step.id, step.name
    try:
        return _revert(session, step, backwards=state == DONE)
    except UndoError as error:
        if error.dropped:
            raise
        refused = error
    except NotAllowedError as error:
        refused = UndoError(str(error))
        refused.__cause__ = error
    refused.refused_step, refused.refused_kind = step_id, kind
    refused.before = _kind_after(session, origin, state, step_id, open_elsewhere)
    raise refused


def _kind_after(
    session: Session, origin: str, state: str, step_id: int, open_elsewhere: Collection[str]
) -> str | None:
    """The kind of the step undo (or redo) takes after ``step_id`` (None: there is none)."""
    mine = _steps_of(origin, open_elsewhere)
    query = select(UndoStep.name).where(mine, UndoStep.state == state)
    if state == DONE:  # undo goes back in time, redo forward
        query = query.where(UndoStep.id < step_id).order_by(UndoStep.id.desc())
    else:
        query = query.where(UndoStep.id > step_id).order_by(UndoStep.id)
    return session.scalars(query.limit(1)).first()


@dataclass(frozen=True)
class Newest:
    """The step undo (or redo) would take now, and the kind of the one it would take after it
    (None: there is none)."""

    step_id: int
    name: str
    before: str | None


def newest(
    session: Session, origin: str, open_elsewhere: Collection[str] = (), *, redo: bool = False
) -> Newest | None:
    """The step undo (``redo``: redo) would take now (None: nothing to undo or redo)."""
    state = UNDONE if redo else DONE
    step = _next(session, origin, state, open_elsewhere)
    if step is None:
        return None
    return Newest(step.id, step.name, _kind_after(session, origin, state, step.id, open_elsewhere))


def set_aside(
    session: Session,
    origin: str,
    open_elsewhere: Collection[str] = (),
    step_id: int | None = None,
    *,
    redo: bool = False,
) -> str:
    """Take the step undo (``redo``: redo) would take now off its list without undoing (or
    redoing) it, because that is refused now (changed since, not allowed, a geotagging undone
    since); returns its kind. No record and no outbox row changes: the edit stays as it is (or
    undone), and the step is gone, so no later undo or redo can apply it. UndoError, changing
    nothing, when there is no step, when ``step_id`` (the step the volunteer was told was
    refused) is no longer the one that comes first, or when the step can be undone (redone)
    now (she is told so: undo takes it back, redo makes it again)."""
    state = UNDONE if redo else DONE
    take_up(session, origin, open_elsewhere)
    step = _next(session, origin, state, open_elsewhere)
    if step is None:
        raise _nothing(state)
    name, found = step.name, step.id
    if step_id is not None and found != step_id:
        raise UndoError(
            translate(
                "undo",
                "the edit to set aside is no longer the first one to redo (another window or "
                "a restart changed the list): look at the Edit menu again",
            )
            if redo
            else translate(
                "undo",
                "the edit to set aside is no longer the last one (another window or a "
                "restart changed the list): look at the Edit menu again",
            )
        )
    trial = session.begin_nested()  # whether the undo (redo) is refused now, then nothing of it
    try:
        _revert(session, step, backwards=not redo)
    except (UndoError, NotAllowedError):
        refused = True
    else:
        refused = False
    trial.rollback()
    if not refused:
        raise UndoError(
            (
                translate(
                    "undo",
                    "the {name} can be redone now, so it was not set aside: redo makes it again",
                )
                if redo
                else translate(
                    "undo",
                    "the {name} can be undone now, so it was not set aside: undo takes it back",
                )
            ).format(name=label(name))
        )
    session.execute(delete(UndoStep).where(UndoStep.id == found))
    session.flush()
    return name


def _changed_keys(entry: Mapping[str, Any]) -> list[str]:
    before, after = entry["before"], entry["after"]
    if before is None or after is None:
        return [name for name in (after or before) if name != _VERSION]
    return [name for name in after if before.get(name) != after.get(name) and name != _VERSION]


def _revert(session: Session, step: UndoStep, *, backwards: bool) -> Reverted:
    source, target = ("after", "before") if backwards else ("before", "after")
    entries: list[dict[str, Any]] = step.records
    name = label(step.name)
    records: dict[tuple[str, str], Any] = {}
    exact = True
    pulled_since = False  # a newer version of a record came from the server since the step
    for entry in entries:
        kind, record_id = entry["type"], entry["id"]
        record = session.get(_CLASSES[kind], uuid.UUID(record_id))
        records[(kind, record_id)] = record
        expected = entry[source]
        current = None if record is None else _snapshot(record)
        if (current is None) != (expected is None):
            raise _changed_since(name, backwards)
        if current is None or expected is None:
            continue
        if current.get("deleted") and not expected.get("deleted"):
            raise _changed_since(name, backwards)  # deleted since (a teammate's delete, pulled)
        if _VERSION in expected and current[_VERSION] != expected[_VERSION]:
            pulled_since = True
        for key in _changed_keys(entry):
            if current.get(key) != expected.get(key):
                if key not in _SHARING:
                    raise _changed_since(name, backwards)
                exact = False  # a new shareable copy was made since
    require_editable(session, [r for r in records.values() if r is not None])
    if step.name in _VALUES:
        for entry in entries:
            record = records[(entry["type"], entry["id"])]
            if isinstance(record, Camera) and _stale_geotag(record, entry[target]):
                raise UndoError(
                    translate(
                        "undo",
                        "the {name} cannot be undone: the position it would put back came from "
                        "a geotagging undone since, and the camera's photos no longer give it",
                    ).format(name=name)
                )
    ids = {uuid.UUID(entry["id"]) for entry in entries}
    ids.update(uuid.UUID(row["record_id"]) for row in [*step.outbox_before, *step.outbox_after])
    all_source = step.outbox_after if backwards else step.outbox_before
    rows_source, rows_target = _changed_rows(
        all_source, step.outbox_before if backwards else step.outbox_after
    )
    # Exact only while the records' waiting rows are what the step left (nothing of them was
    # tried or added since) and the rows to bring back were never sent meanwhile.
    exact = exact and _unsent_rows(session, ids) == all_source
    returning = [row["id"] for row in rows_target.values() if row["id"] not in rows_source]
    exact = exact and not (
        returning and session.scalars(select(Outbox.id).where(Outbox.id.in_(returning))).first()
    )
    if exact and pulled_since:
        # The step's changes never left, but a pull brought the server's newer version over
        # them: putting the records back would keep what the pull held back from the laptop
        # (a teammate's value, a teammate's delete) away from it for good.
        raise _changed_since(name, backwards)
    if exact:
        _put_back(session, entries, records, target)
        _put_back_rows(session, rows_source, rows_target)
    elif step.name in _VALUES:
        _send_values(session, entries, records, target)
    elif not backwards and _sent(session, all_source):
        refusal = translate(
            "undo",
            "the {name} cannot be redone: the survey was synced since it was undone; make it again",
        ).format(name=name)
        raise _dropped(session, step, refusal, backwards)
    elif _sent(session, all_source):
        refusal = _sent_refusal(session, all_source).format(name=name)
        raise _dropped(session, step, _kept_off_teammates_cameras(session, step, refusal), True)
    else:  # a later edit of the same records was queued with the step's changes
        raise _changed_since(name, backwards)
    step.state = UNDONE if backwards else DONE
    session.flush()
    for record in records.values():
        if record is not None and record in session:
            session.expire(record)  # photos moved by column: collections read again
    cameras = {entry["id"] for entry in entries if entry["type"] == "camera"}
    for entry in entries:
        if entry["type"] == "photo":
            for side in ("before", "after"):
                if entry[side] and entry[side].get("camera_id"):
                    cameras.add(entry[side]["camera_id"])
    return Reverted(step.name, frozenset(cameras), exact, backwards)


# Positions a geotagging sets (surveyapp.photos.geotag.GEOTAGGED): derived from the photos'.
_GEOTAGGED = frozenset({"gpx", "neighbours"})
_SAME_PLACE = 1e-6  # degrees, about 0.1 m: the same mean, whatever the rounding


def _stale_geotag(camera: Camera, values: Mapping[str, Any] | None) -> bool:
    """Whether ``values`` would put a camera back at a geotagged position its live photos no
    longer give (the geotagging was undone since: putting it back would bring an undone track
    position back as evidence)."""
    if not values or values.get("position_source") not in _GEOTAGGED:
        return False
    latitude, longitude = values.get("latitude"), values.get("longitude")
    if latitude is None or longitude is None:
        return False
    live = [photo for photo in camera.photos if not photo.deleted]
    position = mean_position(photo_positions(live))
    return (
        position is None
        or position_source(live) != values["position_source"]
        or abs(position[0] - latitude) > _SAME_PLACE
        or abs(position[1] - longitude) > _SAME_PLACE
    )


def _kept_off_teammates_cameras(session: Session, step: UndoStep, refusal: str) -> str:
    """``refusal``, and for a synced split that took the volunteer's photos off a teammate's
    camera (a reviewer had merged them into it) where they stay and who can put them back:
    undoing it would move them onto that camera, which the server refuses her."""
    if step.name != "split":
        return refusal
    editor = current_editor(session)
    owners: dict[str, None] = {}
    count = 0
    for entry in step.records:
        before = entry["before"] if entry["type"] == "photo" else None
        if not before or not before.get("camera_id"):
            continue
        camera = session.get(Camera, uuid.UUID(before["camera_id"]))
        if camera is not None and camera.owner and not editor.may_edit(camera):
            owners[camera.owner] = None
            count += 1
    if not owners:
        return refusal
    text = translate(
        "undo",
        "{refusal}; nothing is lost: %n photos of yours stay on a camera of their own, and "
        "only {owner} or a reviewer can merge them back into their camera",
        None,
        count,
    )
    return text.format(refusal=refusal, owner=", ".join(owners))


def _sent(session: Session, rows: list[dict[str, Any]]) -> bool:
    """Whether any of these outbox rows was tried since (it may have reached the server)."""
    ids = [row["id"] for row in rows]
    tried = select(Outbox.id).where(
        Outbox.id.in_(ids), (Outbox.attempts > 0) | (Outbox.state != "pending")
    )
    return bool(ids) and session.scalars(tried.limit(1)).first() is not None


def _dropped(session: Session, step: UndoStep, refusal: str, backwards: bool) -> UndoError:
    """Take a step that can never be undone (or redone) off its list, changing nothing else,
    and say so after the reason."""
    session.delete(step)
    session.flush()
    text = (
        translate("undo", "{refusal}; it is taken off the list of edits to undo")
        if backwards
        else translate("undo", "{refusal}; it is taken off the list of edits to redo")
    )
    return UndoError(text.format(refusal=refusal), dropped=True)


def _sent_refusal(session: Session, rows: list[dict[str, Any]]) -> str:
    """Why a structural step some of whose outbox rows were tried cannot be undone, saying of
    the server only what the laptop knows: a row is ``sent`` once the server answered that it
    has it; a row tried but still waiting left without an answer back (a lost answer, a run cut
    or stopped, or a journal to send again to a restored server), so the server may have it or
    not, and the next sync sends it (again)."""
    ids = [row["id"] for row in rows]
    unanswered = select(Outbox.id).where(
        Outbox.id.in_(ids), Outbox.state == "pending", Outbox.attempts > 0
    )
    if session.scalars(unanswered.limit(1)).first() is not None:
        return translate(
            "undo",
            "the {name} was sent to the server, but no answer came back: the server may have "
            "it, and the next sync sends it again; it can no longer be undone here",
        )
    return translate(
        "undo",
        "the {name} was already sent to the server, which keeps it: it can no longer be undone "
        "here",
    )


def _changed_since(name: str, backwards: bool) -> UndoError:
    text = (
        translate(
            "undo",
            "the {name} cannot be undone: what it changed was changed again since (by a sync "
            "or another program)",
        )
        if backwards
        else translate(
            "undo",
            "the {name} cannot be redone: what it changed was changed again since (by a sync "
            "or another program)",
        )
    )
    return UndoError(text.format(name=name))


def _put_back(
    session: Session,
    entries: list[dict[str, Any]],
    records: dict[tuple[str, str], Any],
    side: str,
) -> None:
    """Set the records to one side of the step, writing no outbox rows (the caller puts the
    outbox back itself)."""
    session.info[APPLYING_REMOTE] = True
    try:
        # Cameras are made before the photos that point at them, and removed after.
        order = sorted(entries, key=lambda e: e["type"] != "camera")
        for entry in order:
            key, values = (entry["type"], entry["id"]), entry[side]
            cls = _CLASSES[entry["type"]]
            if records[key] is None and values is not None:
                record = cls(id=uuid.UUID(entry["id"]), **_values(cls, values, values))
                session.add(record)
                records[key] = record
        session.flush()
        for entry in order:
            key, values = (entry["type"], entry["id"]), entry[side]
            record = records[key]
            if record is not None and values is not None:
                for name, value in _values(record.__class__, values, _changed(entry)).items():
                    setattr(record, name, value)
        session.flush()
        for entry in reversed(order):
            key = (entry["type"], entry["id"])
            if entry[side] is None and records[key] is not None:
                cls = _CLASSES[entry["type"]]
                session.expunge(records[key])
                session.execute(delete(cls).where(cls.id == uuid.UUID(entry["id"])))
                records[key] = None
        session.flush()
    finally:
        session.info.pop(APPLYING_REMOTE, None)


def _changed(entry: Mapping[str, Any]) -> dict[str, Any]:
    return dict.fromkeys(_changed_keys(entry))


def _values(cls: type[Any], values: Mapping[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    return {name: _column_value(cls, name, values[name]) for name in keys if name in values}


def _changed_rows(
    source: list[dict[str, Any]], target: list[dict[str, Any]]
) -> tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]]:
    """The rows the step changed (made, altered or dropped), on each side, by row id."""
    old = {row["id"]: row for row in source}
    new = {row["id"]: row for row in target}
    changed = {row_id for row_id in old.keys() | new.keys() if old.get(row_id) != new.get(row_id)}
    return (
        {row_id: row for row_id, row in old.items() if row_id in changed},
        {row_id: row for row_id, row in new.items() if row_id in changed},
    )


def _put_back_rows(
    session: Session, now: dict[int, dict[str, Any]], wanted: dict[int, dict[str, Any]]
) -> None:
    """Make the never-sent outbox rows ``now`` into ``wanted`` (the same row ids where free)."""
    for row_id in now.keys() - wanted.keys():
        session.execute(delete(Outbox).where(Outbox.id == row_id))
    session.flush()
    now_ids = set(now)
    for row in sorted(wanted.values(), key=lambda r: r["id"]):
        values = {
            name: _column_value(Outbox, name, row[name]) for name in _OUTBOX_KEYS if name != "id"
        }
        if row["id"] in now_ids:
            existing = session.get(Outbox, row["id"])
            assert existing is not None
            for name, value in values.items():
                setattr(existing, name, value)
        else:
            free = session.get(Outbox, row["id"]) is None
            session.add(Outbox(id=row["id"] if free else None, **values))
        session.flush()


def _send_values(
    session: Session,
    entries: list[dict[str, Any]],
    records: dict[tuple[str, str], Any],
    side: str,
) -> None:
    """Set the values the step changed to one side, as a new edit (the outbox queues it)."""
    for entry in entries:
        record = records[(entry["type"], entry["id"])]
        values = entry[side]
        if record is None or values is None:
            raise UndoError(translate("undo", "a record of this step is gone"))
        keys = [key for key in _changed_keys(entry) if key not in _SHARING]
        for name, value in _values(record.__class__, values, keys).items():
            setattr(record, name, value)
        if isinstance(record, Photo) and "privacy_regions" in keys:
            forget_shared_copy(record)
    session.flush()
