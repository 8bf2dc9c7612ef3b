"""The edits a volunteer makes to cameras: set fields, move (and back to the photos' GPS
position), merge, split, delete.

Each takes the caller's session, changes rows, flushes, and never commits: the caller makes one
user action one transaction. The outbox queues what changed (an edit that changes nothing queues
nothing); merge and split go into it as one operation each, which the server applies whole. An
edit the server would refuse from this volunteer (another volunteer's camera) raises
NotAllowedError before anything changes.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from surveyapp.cameras.fields import apply_field
from surveyapp.cameras.grouping import (
    new_camera_for,
    photo_positions,
    position_source,
)
from surveyapp.cameras.permissions import current_editor, require_editable
from surveyapp.cameras.vendor import apply_vendor
from surveyapp.db.models import Camera, Photo, Survey
from surveyapp.db.outbox import name_deleted_photos, never_sent, queue_operation, structural
from surveyapp.i18n import translate
from surveyapp.protocol.fields import BY_RECORD
from surveyapp.protocol.merge import (
    DERIVED,
    POSITION,
    changed_fields,
    mean_position,
    merged_fields,
    position_after_photos_left,
    problems,
)
from surveyapp.protocol.wire import MERGE_FIELDS, MOVED_FROM

DEFAULT_SURVEY_NAME = "My survey"


class CameraChangedError(ValueError):
    """A camera changed between what the volunteer was shown and the change she asked for."""


class CameraNotFoundError(LookupError):
    """No live camera has that id (or id prefix)."""


def current_survey(session: Session) -> Survey:
    """The survey new photos go into, made on first use: of several, the one that holds most
    of this volunteer's cameras (a survey begun here stays hers after a sync brings the team's
    others), else the first one."""
    surveys = session.scalars(
        select(Survey).where(Survey.deleted.is_(False)).order_by(Survey.created_at)
    ).all()
    survey = surveys[0] if surveys else None
    if len(surveys) > 1:
        name = current_editor(session).name
        mine = (
            Camera.owner.is_(None)
            if name is None
            else Camera.owner.is_(None) | (Camera.owner == name)
        )
        query = (
            select(Camera.survey_id, func.count())
            .where(Camera.deleted.is_(False), mine)
            .group_by(Camera.survey_id)
        )
        counts = {survey_id: count for survey_id, count in session.execute(query)}
        if counts:
            survey = max(surveys, key=lambda s: counts.get(s.id, 0))  # the first of equals
    if survey is None:
        survey = Survey(id=uuid.uuid4(), name=DEFAULT_SURVEY_NAME)
        session.add(survey)
        session.flush()
    return survey


def find_camera(session: Session, ref: str | uuid.UUID) -> Camera:
    """The live camera with this UUID, or with a unique UUID prefix of at least 4 characters."""
    if isinstance(ref, uuid.UUID):
        camera = session.get(Camera, ref)
    else:
        text = ref.strip().lower()
        try:
            camera = session.get(Camera, uuid.UUID(text))
        except ValueError:
            if len(text) < 4:
                raise CameraNotFoundError(
                    translate("fields", "'{ref}' is too short to name a camera").format(ref=ref)
                ) from None
            matches = [
                c
                for c in session.scalars(select(Camera).where(Camera.deleted.is_(False)))
                if str(c.id).startswith(text)
            ]
            if len(matches) > 1:
                count = len(matches)
                raise CameraNotFoundError(
                    translate("fields", "'{ref}' names %n cameras", None, count).format(ref=ref)
                ) from None
            camera = matches[0] if matches else None
    if camera is None or camera.deleted:
        raise CameraNotFoundError(translate("fields", "no camera '{ref}'").format(ref=ref))
    return camera


def set_fields(session: Session, camera_id: str | uuid.UUID, values: Mapping[str, str]) -> Camera:
    """Set OSM fields from text (``{"camera:type": "dome"}``); ``vendor`` picks from the catalogue.

    A bad value raises FieldError; the caller rolls back, so the edit is all or nothing.
    """
    camera = find_camera(session, camera_id)
    require_editable(session, [camera])
    for key, text in values.items():
        if key.strip() == "vendor":
            apply_vendor(camera, text)
        else:
            apply_field(camera, key, text)
    session.flush()
    return camera


def move_camera(
    session: Session, camera_id: str | uuid.UUID, latitude: float, longitude: float
) -> Camera:
    """Place a camera by hand: its position source becomes manual."""
    if not (math.isfinite(latitude) and -90 <= latitude <= 90):
        raise ValueError(
            translate("fields", "latitude {latitude} is outside -90..90").format(latitude=latitude)
        )
    if not (math.isfinite(longitude) and -180 <= longitude <= 180):
        raise ValueError(
            translate("fields", "longitude {longitude} is outside -180..180").format(
                longitude=longitude
            )
        )
    camera = find_camera(session, camera_id)
    require_editable(session, [camera])
    camera.latitude, camera.longitude = latitude, longitude
    camera.position_source = "manual"
    camera.position_accuracy = None
    session.flush()
    return camera


def restore_photo_position(session: Session, camera_id: str | uuid.UUID) -> Camera:
    """Put a camera placed by hand back where its photos' GPS says, as grouping placed it: the
    mean of its live photos' positions, with their position source.

    Raises ValueError when none of its photos has a position (the hand-placed one stays).
    """
    camera = find_camera(session, camera_id)
    require_editable(session, [camera])
    photos = [photo for photo in camera.photos if not photo.deleted]
    position = mean_position(photo_positions(photos))
    if position is None:
        raise ValueError(translate("fields", "none of this camera's photos has a GPS position"))
    camera.latitude, camera.longitude = position
    camera.position_source = position_source(photos)
    camera.position_accuracy = None
    session.flush()
    return camera


# Cameras farther apart than this are hardly one camera: merging them asks (the app) or says
# so (the command line), as the merged camera stands at their mean position.
FAR_APART_M = 500.0


def farthest_apart_m(points: Iterable[tuple[float | None, float | None]]) -> float | None:
    """The longest geodesic distance from the first located point (the camera merged into) to
    another located one (None: fewer than two). One distance a point, so that a merge of a
    thousand selected cameras asks at once."""
    from geopy.distance import geodesic  # imported here: geopy's import costs ~0.1 s

    located = [(lat, lon) for lat, lon in points if lat is not None and lon is not None]
    if len(located) < 2:
        return None
    first = located[0]
    return max(float(geodesic(first, other).meters) for other in located[1:])


def merge_spread_m(session: Session, camera_ids: Sequence[str | uuid.UUID]) -> float | None:
    """How far apart the cameras to merge stand (:func:`farthest_apart_m`)."""
    cameras = [find_camera(session, camera_id) for camera_id in camera_ids]
    return farthest_apart_m((c.latitude, c.longitude) for c in cameras)


def merge_cameras(session: Session, camera_ids: Sequence[str | uuid.UUID]) -> Camera:
    """Merge cameras into the first one named: its photos, fields and notes gain the others'.

    The fields follow the merge rule the server applies too (``surveyapp.protocol.merge``):
    the first camera's values win, empty ones are filled from the others in the order given,
    notes joined, tags united, the position the mean of the cameras' unless the first was
    placed by hand. The others become tombstones. Once the server has seen one of the others,
    the merge travels as one operation and the server derives the target's fields again from
    the cameras it absorbs (one someone else merged meanwhile stays apart and gives nothing),
    so those fields are not sent as an edit.

    Raises ValueError when the merged notes or tags would be longer than a camera may hold.
    """
    cameras = [find_camera(session, ref) for ref in camera_ids]
    if len({c.id for c in cameras}) != len(cameras) or len(cameras) < 2:
        raise ValueError(translate("fields", "merging needs at least two different cameras"))
    target, others = cameras[0], cameras[1:]
    moved = [photo for other in others for photo in other.photos if not photo.deleted]
    require_editable(session, [*cameras, *moved])
    session.flush()  # the target's own waiting edits are queued before the merge
    changed = merged_values(target, others)
    refusal = merge_problem(changed)
    if refusal:
        raise ValueError(refusal)
    # Cameras the server has never seen merge here alone: the target's new values are an edit,
    # the others' creations are dropped. Otherwise the server derives them (its merge absorbs
    # the unsent ones too, after their creation): the merge operation carries them.
    derived = not all(never_sent(session, other.id) for other in others)
    if derived:
        structural(session, target, *changed)
    for name, value in changed.items():
        setattr(target, name, value)
    for other in others:
        for photo in [photo for photo in other.photos if not photo.deleted]:
            structural(session, photo, "camera_id")
            photo.camera = target
        structural(session, other, "deleted")
        other.deleted = True
        forget_merge(other)
    args = {"absorbed": [other.id for other in others], "photos": [p.id for p in moved]}
    if derived:
        args[MERGE_FIELDS] = [target.id]
    queue_operation(session, "merge", target, args)
    return target


def merged_values(target: Camera, others: Sequence[Camera]) -> dict[str, Any]:
    """The fields a merge of ``others`` into ``target`` changes on it, with their new values
    (the merge rule), changing nothing."""
    values = _merge_values(target)
    return changed_fields(values, merged_fields(values, [_merge_values(o) for o in others]))


def merge_problem(changed: dict[str, Any]) -> str | None:
    """Why a merge that changes these fields cannot be made (joined notes or tags longer than a
    camera holds), in words; None when it can."""
    too_long = problems(changed)
    if not too_long:
        return None
    name, problem = next(iter(too_long.items()))
    return translate("fields", "the merged camera's {field} {problem}: shorten it first").format(
        field=BY_RECORD["camera"][name].osm_key or name, problem=problem
    )


def _merge_values(camera: Camera) -> dict[str, Any]:
    """A camera's fields a merge derives, as its columns hold them."""
    return {name: getattr(camera, name) for name in DERIVED}


def may_split_off(session: Session, camera_id: str | uuid.UUID) -> bool:
    """Whether this volunteer may split photos off a camera: she may edit it, or it holds a
    live photo of hers (a reviewer merged it into a teammate's camera: she can always take back
    what she shared), as ``split_photos`` and the server allow."""
    camera = session.get(Camera, uuid.UUID(str(camera_id)))
    if camera is None or camera.deleted:
        return False
    editor = current_editor(session)
    if editor.may_edit(camera):
        return True
    live = select(Photo).where(Photo.camera_id == camera.id, Photo.deleted.is_(False))
    return any(editor.may_edit(photo) for photo in session.scalars(live))


def split_photos(session: Session, photo_ids: Iterable[str | uuid.UUID]) -> Camera:
    """Move photos (by id or sha256) off their camera(s) into a new camera."""
    photos = list({photo.id: photo for photo in map(_find_photo_in(session), photo_ids)}.values())
    if not photos:
        raise ValueError(translate("fields", "name at least one photo to split off"))
    sources = {photo.camera for photo in photos if photo.camera is not None}
    # A volunteer's own photos may leave a teammate's camera (a reviewer merged them into it):
    # she can always take back what she shared.
    require_editable(session, photos)
    editor = current_editor(session)
    survey = next(iter(sources)).survey if sources else current_survey(session)
    photos.sort(key=lambda p: (p.taken_sort is None, p.taken_sort, p.file_name))
    for photo in photos:
        structural(session, photo, "camera_id")
    camera = new_camera_for(photos, survey, author=None)
    session.add(camera)
    session.flush()
    for source in sources:
        session.refresh(source, ["photos"])
        # A position derived from photos is derived again from those it keeps, by the rule
        # the server applies when the split arrives; on a camera she may not edit, the
        # server's value comes back in its answer (an edit of it would be refused).
        if editor.may_edit(source):
            place_by_photos_kept(source)
    # The cameras they came from: a photo found elsewhere on the server was split off by
    # another laptop meanwhile, and this split then joins that one (no empty camera is left).
    args = {"photos": [photo.id for photo in photos], MOVED_FROM: [s.id for s in sources]}
    queue_operation(session, "move_photos", camera, args)
    return camera


def place_by_photos_kept(camera: Camera) -> bool:
    """A position the camera took from its photos, taken again from the live photos it keeps
    once some left it (``position_after_photos_left``, the rule the server applies to a split):
    True when it changed. The caller has the camera's photos as they are now."""
    remaining = [_photo_position(photo) for photo in camera.photos if not photo.deleted]
    changed = position_after_photos_left(_camera_position(camera), remaining)
    for name, value in changed.items():
        setattr(camera, name, value)
    return bool(changed)


def _photo_position(photo: Photo) -> dict[str, Any]:
    """A photo's position fields, as the wire and the server hold them."""
    return {
        "latitude": photo.latitude,
        "longitude": photo.longitude,
        "position_source": photo.position_source,
    }


def _camera_position(camera: Camera) -> dict[str, Any]:
    return {name: getattr(camera, name) for name in (*POSITION, "position_accuracy")}


def forget_merge(camera: Camera) -> None:
    """A camera deleted or merged here: where a pulled merge once took it no longer holds
    (it came back since), and the panel must not say it."""
    if camera.merged_into is not None or camera.merged_by is not None:
        camera.merged_into = camera.merged_by = None


def delete_camera(session: Session, camera_id: str | uuid.UUID) -> Camera:
    """Delete a camera and its photos: they stay as tombstones so that the deletion syncs."""
    camera = find_camera(session, camera_id)
    photos = [photo for photo in camera.photos if not photo.deleted]
    require_editable(session, [camera, *photos])
    for photo in photos:
        photo.deleted = True
    camera.deleted = True
    forget_merge(camera)
    name_deleted_photos(session, camera, photos)
    return camera


def live_photo_ids(session: Session, camera_ids: Sequence[str]) -> set[uuid.UUID]:
    """The photos on these cameras now (what a volunteer is asked to delete with them)."""
    ids = [uuid.UUID(str(camera_id)) for camera_id in camera_ids]
    return set(
        session.scalars(select(Photo.id).where(Photo.camera_id.in_(ids), Photo.deleted.is_(False)))
    )


def _find_photo_in(session: Session) -> Callable[[str | uuid.UUID], Photo]:
    return lambda ref: _find_photo(session, ref)


def find_photo(session: Session, ref: str | uuid.UUID) -> Photo:
    """The live photo with this id or SHA-256, or a unique prefix of at least 4 characters of
    either (`surveyapp photos` lists the first 12 of the SHA-256)."""
    return _find_photo(session, ref)


def _find_photo(session: Session, ref: str | uuid.UUID) -> Photo:
    text = str(ref).strip().lower()
    live = select(Photo).where(Photo.deleted.is_(False))
    if len(text) == 64:
        photo = session.scalars(live.where(Photo.sha256 == text)).first()
    else:
        try:
            photo = session.get(Photo, uuid.UUID(text))
        except ValueError:
            photo = _photo_by_prefix(session, live, text, ref)
    if photo is None or photo.deleted:
        raise LookupError(
            translate("fields", "no photo '{ref}' (give its id or its sha256)").format(ref=ref)
        )
    return photo


def _photo_by_prefix(
    session: Session, live: Select[Photo], text: str, ref: str | uuid.UUID
) -> Photo | None:
    """The one live photo whose SHA-256 or id begins with ``text``."""
    if len(text) < 4:
        raise LookupError(
            translate("fields", "'{ref}' is too short to name a photo").format(ref=ref)
        )
    # The SHA-256's index finds the hex prefix as a range; ids are few enough to read.
    by_hash = live.where(Photo.sha256 >= text, Photo.sha256 < text + "\uffff")
    matches = {photo.id: photo for photo in session.scalars(by_hash)}
    ids = [i for i in session.scalars(live.with_only_columns(Photo.id)) if str(i).startswith(text)]
    if ids:
        matches.update(
            {photo.id: photo for photo in session.scalars(live.where(Photo.id.in_(ids)))}
        )
    if len(matches) > 1:
        count = len(matches)
        raise LookupError(
            translate("fields", "'{ref}' names %n photos", None, count).format(ref=ref)
        )
    return next(iter(matches.values()), None)
