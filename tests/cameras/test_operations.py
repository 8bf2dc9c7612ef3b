"""A volunteer's edits: fields in OSM's vocabulary, move, merge, split, delete."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras import operations
from surveyapp.cameras.fields import FieldError
from surveyapp.cameras.grouping import group_ungrouped_photos
from surveyapp.cameras.operations import current_survey
from surveyapp.db.models import Camera, Outbox, Photo

from .test_grouping import add_photo, offset


def two_cameras(session: Session) -> tuple[Camera, Camera]:
    add_photo(session, "a1", offset(0), 0, bearing=90)
    add_photo(session, "a2", offset(2), 1)
    add_photo(session, "b1", offset(100), 2)
    first, second = group_ungrouped_photos(session, current_survey(session))
    session.commit()
    return first, second


def queued(session: Session, record_id: uuid.UUID) -> list[tuple[str, dict[str, object]]]:
    """The record's changes waiting in the outbox: (operation, fields)."""
    session.flush()
    rows = session.scalars(select(Outbox).where(Outbox.record_id == record_id).order_by(Outbox.id))
    return [(row.op, row.fields) for row in rows]


def test_set_fields_in_the_osm_vocabulary(session: Session) -> None:
    camera, _ = two_cameras(session)
    operations.set_fields(
        session,
        str(camera.id),
        {
            "surveillance": "public",
            "surveillance:type": "alpr",  # case-insensitive, stored as OSM writes it
            "camera:type": "Dome",
            "camera:mount": "pole",
            "camera:direction": "NE",
            "height": "5.5 m",
            "manufacturer": "Hikvision",
            "model": "DS-2CD2143G0-I",
            "vendor_confidence": "seen",
            "check_date": "2026-05-04",
            "camera:angle": "30",
            "tag:survey:team": "north",
        },
    )
    assert camera.surveillance == "public"
    assert camera.surveillance_type == "ALPR"
    assert camera.camera_type == "dome"
    assert camera.camera_direction == "NE"
    assert camera.height == 5.5
    assert camera.check_date == date(2026, 5, 4)
    assert camera.extra_tags == {"camera:angle": "30", "survey:team": "north"}
    # One row for the camera: its creation, with the edit folded in (never sent yet).
    [(op, fields)] = queued(session, camera.id)
    assert op == "upsert" and fields["camera_type"] == "dome" and fields["height"] == 5.5


def test_a_value_outside_the_vocabulary_names_the_allowed_values(session: Session) -> None:
    camera, _ = two_cameras(session)
    with pytest.raises(FieldError) as error:
        operations.set_fields(session, camera.id, {"camera:type": "bullet"})
    assert "camera:type" in str(error.value)
    assert "fixed, panning, dome" in str(error.value)
    with pytest.raises(FieldError, match="0-359"):
        operations.set_fields(session, camera.id, {"camera:direction": "400"})
    with pytest.raises(FieldError, match="unknown field 'colour'"):
        operations.set_fields(session, camera.id, {"colour": "red"})
    with pytest.raises(FieldError, match="YYYY-MM-DD"):
        operations.set_fields(session, camera.id, {"check_date": "yesterday"})


def test_an_empty_value_clears_a_field(session: Session) -> None:
    camera, _ = two_cameras(session)
    operations.set_fields(session, camera.id, {"camera:type": "dome", "vendor_confidence": "seen"})
    operations.set_fields(session, camera.id, {"camera:type": "", "vendor_confidence": ""})
    assert camera.camera_type is None
    assert camera.vendor_confidence == "unknown"


def test_a_camera_is_found_by_a_unique_prefix(session: Session) -> None:
    camera, _ = two_cameras(session)
    assert operations.find_camera(session, str(camera.id)[:8]) is camera
    with pytest.raises(operations.CameraNotFoundError):
        operations.find_camera(session, "zzzz")


def test_move_places_a_camera_by_hand(session: Session) -> None:
    camera, _ = two_cameras(session)
    operations.move_camera(session, camera.id, 44.81, 20.46)
    assert (camera.latitude, camera.longitude, camera.position_source) == (44.81, 20.46, "manual")
    with pytest.raises(ValueError, match="latitude"):
        operations.move_camera(session, camera.id, 91, 0)


def test_merge_keeps_the_first_and_tombstones_the_others(session: Session) -> None:
    first, second = two_cameras(session)
    operations.set_fields(session, second.id, {"camera:mount": "wall", "notes": "red light"})
    operations.set_fields(session, first.id, {"notes": "near the bank"})
    merged = operations.merge_cameras(session, [first.id, second.id])
    assert merged is first
    assert sorted(p.file_name for p in merged.photos) == ["a1", "a2", "b1"]
    assert merged.camera_mount == "wall"
    assert merged.notes == "near the bank\nred light"
    assert merged.position_source == "merged"
    assert second.deleted
    # Never sent: no operation is needed; the absorbed camera goes, its photo's creation names
    # the camera it is on now.
    assert [op for op, _ in queued(session, first.id)] == ["upsert"]
    assert queued(session, second.id) == []
    moved = next(p for p in merged.photos if p.file_name == "b1")
    assert [fields["camera_id"] for _, fields in queued(session, moved.id)] == [str(first.id)]
    with pytest.raises(operations.CameraNotFoundError):
        operations.find_camera(session, second.id)
    with pytest.raises(ValueError, match="two different"):
        operations.merge_cameras(session, [first.id, first.id])


def test_a_merge_whose_notes_would_not_fit_is_refused_and_changes_nothing(
    session: Session,
) -> None:
    first, second = two_cameras(session)
    operations.set_fields(session, first.id, {"notes": "a" * 3000})
    operations.set_fields(session, second.id, {"notes": "b" * 2500, "operator": "City"})
    with pytest.raises(ValueError, match="notes .*shorten it first"):
        operations.merge_cameras(session, [first.id, second.id])
    assert (first.notes, first.operator, second.deleted) == ("a" * 3000, None, False)
    assert len(first.photos) == 2 and len(second.photos) == 1


def test_split_moves_photos_into_a_new_camera(session: Session) -> None:
    first, _ = two_cameras(session)
    photo = next(p for p in first.photos if p.file_name == "a2")
    new = operations.split_photos(session, [photo.sha256])
    assert [p.file_name for p in new.photos] == ["a2"]
    assert (new.latitude, new.longitude) == (photo.latitude, photo.longitude)
    session.refresh(first)
    assert [p.file_name for p in first.photos] == ["a1"]
    assert (first.latitude, first.longitude) == offset(0)
    with pytest.raises(LookupError):
        operations.split_photos(session, ["f" * 64])


def test_a_photo_is_named_by_a_prefix_as_listings_show_it(session: Session) -> None:
    """`surveyapp photos` shows a photo's first 12 hex digits: a split takes them, or any
    prefix of 4 or more of its SHA-256 or id that names one live photo, and says why not."""
    first, second = two_cameras(session)
    a1, a2 = sorted(first.photos, key=lambda p: p.file_name)
    [b1] = second.photos
    a1.sha256, a2.sha256, b1.sha256 = "abcd01" + "0" * 58, "abcd02" + "0" * 58, "9f" * 32
    session.commit()
    new = operations.split_photos(session, ["ABCD02"])
    assert [p.file_name for p in new.photos] == ["a2"]
    assert operations.find_photo(session, str(b1.id)[:8]) is b1
    for ref, reason in (("abcd", "'abcd' names 2 photos"), ("abc", "'abc' is too short"),
                        ("abcd03", "no photo 'abcd03'"), ("zzzz", "no photo 'zzzz'")):  # fmt: skip
        with pytest.raises(LookupError, match=reason):
            operations.find_photo(session, ref)
    operations.delete_camera(session, second.id)
    session.commit()
    with pytest.raises(LookupError, match="no photo '9f9f'"):
        operations.find_photo(session, "9f9f")  # a deleted photo is no longer named


def test_delete_leaves_a_tombstone(session: Session) -> None:
    camera, _ = two_cameras(session)
    operations.delete_camera(session, camera.id)
    session.commit()
    stored = session.get(Camera, camera.id)
    assert stored is not None and stored.deleted
    assert session.query(Photo).count() == 3  # photos are kept, as tombstones with it
    assert all(photo.deleted for photo in stored.photos)
    # Never sent: its creation and its photos' go, and nothing is queued for them.
    assert queued(session, camera.id) == []
    assert all(queued(session, photo.id) == [] for photo in stored.photos)


def test_a_new_survey_is_made_on_first_use(session: Session) -> None:
    survey = current_survey(session)
    assert survey.name == "My survey"
    assert current_survey(session).id == survey.id
    assert isinstance(survey.id, uuid.UUID)


def test_back_to_the_photos_gps_position_undoes_a_hand_placement(session: Session) -> None:
    camera, _ = two_cameras(session)
    grouped = (camera.latitude, camera.longitude, camera.position_source)
    operations.move_camera(session, camera.id, 44.9, 20.5)
    session.commit()
    operations.restore_photo_position(session, str(camera.id))
    session.commit()
    assert (camera.latitude, camera.longitude, camera.position_source) == grouped
    # Queued for sync like any edit: the last change of this camera carries the position.
    rows = session.scalars(select(Outbox).where(Outbox.record_id == camera.id)).all()
    assert rows and rows[-1].fields["latitude"] == grouped[0]
    assert rows[-1].fields["position_source"] == "exif"


def test_back_to_the_photos_gps_position_needs_a_photo_with_gps(session: Session) -> None:
    add_photo(session, "indoors", None, 0)
    (camera,) = group_ungrouped_photos(session, current_survey(session))
    operations.move_camera(session, camera.id, 44.9, 20.5)
    with pytest.raises(ValueError, match="GPS"):
        operations.restore_photo_position(session, camera.id)
    assert (camera.latitude, camera.position_source) == (44.9, "manual")
