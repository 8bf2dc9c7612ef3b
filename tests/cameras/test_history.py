"""Undo and redo of every edit (fields, move, place, back to the photos' position, merge,
split, delete, blur), on a real survey file: an undone edit the server never saw leaves the
records and the outbox exactly as before it, so the next sync sends nothing; one the server saw
is undone by sending the old values, or refused when the server keeps it (a merge, a split, a
deletion)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras import history, operations
from surveyapp.cameras.grouping import group_ungrouped_photos
from surveyapp.cameras.history import APP, CLI, UndoError
from surveyapp.cameras.operations import current_survey
from surveyapp.cameras.permissions import NotAllowedError
from surveyapp.db.models import Camera, Outbox, Photo, SyncState, UndoStep
from surveyapp.db.outbox import APPLYING_REMOTE, wire_value
from surveyapp.photos.sharing import Box, add_rectangle, blur_choices, leave_sharp

from .test_grouping import add_photo, offset

SKIPPED = {"created_at", "updated_at"}


def state(session: Session) -> dict[str, Any]:
    """Every camera, photo and outbox row, as values (what the survey and its sync are)."""
    session.flush()
    session.expire_all()

    def values(record: Any) -> dict[str, Any]:
        return {
            column.key: wire_value(getattr(record, column.key))
            for column in record.__table__.columns
            if column.key not in SKIPPED
        }

    return {
        "cameras": {str(c.id): values(c) for c in session.scalars(select(Camera))},
        "photos": {str(p.id): values(p) for p in session.scalars(select(Photo))},
        "outbox": [values(row) for row in session.scalars(select(Outbox).order_by(Outbox.id))],
    }


def survey_of_three(session: Session) -> list[Camera]:
    """Three cameras from five photos (two, two and one), committed, never synced."""
    for name, metres, minutes in (("a1", 0, 0), ("a2", 2, 1), ("b1", 100, 2), ("b2", 101, 3),
                                  ("c1", 300, 4)):  # fmt: skip
        add_photo(session, name, offset(metres), minutes, bearing=90)
    cameras = group_ungrouped_photos(session, current_survey(session))
    session.commit()
    return sorted(cameras, key=lambda c: min(p.file_name for p in c.photos))


def pushed(session: Session) -> None:
    """What an accepted push leaves: every row sent, every record at a server version."""
    for row in session.scalars(select(Outbox).where(Outbox.state == "pending")):
        row.state, row.attempts = "sent", 1
    session.info[APPLYING_REMOTE] = True
    for record in [*session.scalars(select(Camera)), *session.scalars(select(Photo))]:
        record.server_version = (record.server_version or 0) + 1
        if isinstance(record, Photo) and record.upload_state == "local":
            record.upload_state = "uploaded"  # its shareable copy is on the server
            record.blob_sha256, record.blob_size = record.sha256, 1
    session.flush()
    session.info.pop(APPLYING_REMOTE)
    session.commit()


def one_photo(camera: Camera) -> Photo:
    return sorted(camera.photos, key=lambda p: p.file_name)[0]


EDITS: dict[str, Callable[[Session, list[Camera]], Any]] = {
    "fields": lambda s, c: history.set_fields(
        s, APP, c[0].id, {"camera:type": "dome", "operator": "City", "vendor": "hikvision"}
    ),
    "move": lambda s, c: history.move_camera(s, APP, c[0].id, 44.5, 20.5),
    "merge": lambda s, c: history.merge_cameras(s, APP, [c[0].id, c[1].id, c[2].id]),
    "split": lambda s, c: history.split_photos(s, APP, [one_photo(c[1]).id]),
    "delete": lambda s, c: history.delete_cameras(s, APP, [c[0].id, c[2].id]),
    "blur": lambda s, c: history.change_blur(
        s,
        APP,
        one_photo(c[0]).id,
        lambda: add_rectangle(s, one_photo(c[0]).id, Box(0.1, 0.1, 0.2, 0.2)),
    ),  # fmt: skip
}


@pytest.mark.parametrize("synced_first", [False, True], ids=["never-synced", "synced"])
@pytest.mark.parametrize("name", sorted(EDITS))
def test_undo_puts_back_records_and_outbox_exactly_and_redo_makes_the_edit_again(
    session: Session, name: str, synced_first: bool
) -> None:
    """Whether the survey was synced before or not, an undo of an edit not yet pushed leaves
    the survey and its outbox as before the edit (nothing to send); redo as after it."""
    cameras = survey_of_three(session)
    if synced_first:
        pushed(session)
    before = state(session)
    EDITS[name](session, cameras)
    session.commit()
    after = state(session)
    assert after != before
    assert history.available(session, APP)[0] == name

    done = history.undo(session, APP)
    session.commit()
    assert done.exact and done.name == name
    assert state(session) == before
    assert history.available(session, APP) == (None, name)

    history.redo(session, APP)
    session.commit()
    assert state(session) == after
    assert history.available(session, APP) == (name, None)


def test_place_and_back_to_the_photos_position(session: Session) -> None:
    cameras = survey_of_three(session)
    cameras[0].latitude = cameras[0].longitude = None  # a camera with no position yet
    session.commit()
    camera = session.get_one(Camera, cameras[0].id)
    history.move_camera(session, APP, camera.id, 44.8, 20.4)
    history.restore_photo_position(session, APP, camera.id)
    session.commit()
    assert camera.position_source == "exif"
    assert history.undo(session, APP).name == "position"
    assert (camera.latitude, camera.position_source) == (44.8, "manual")
    assert history.undo(session, APP).name == "place"
    session.commit()
    assert camera.latitude is None and camera.longitude is None
    assert history.redo(session, APP).name == "place"
    assert camera.latitude == 44.8


def test_several_steps_undo_newest_first_and_a_new_edit_clears_redo(session: Session) -> None:
    cameras = survey_of_three(session)
    first = cameras[0]
    history.set_fields(session, APP, first.id, {"height": "4"})
    session.commit()
    history.set_fields(session, APP, first.id, {"height": "6"})
    session.commit()
    history.move_camera(session, APP, first.id, 44.0, 20.0)
    session.commit()
    history.undo(session, APP)
    history.undo(session, APP)
    session.commit()
    assert first.height == 4 and first.position_source != "manual"
    history.redo(session, APP)
    session.commit()
    assert first.height == 6
    history.set_fields(session, APP, first.id, {"operator": "Police"})
    session.commit()
    assert history.available(session, APP) == ("fields", None)
    with pytest.raises(UndoError, match="nothing to redo"):
        history.redo(session, APP)


def test_app_and_command_line_undo_only_their_own_steps(session: Session) -> None:
    cameras = survey_of_three(session)
    history.set_fields(session, APP, cameras[0].id, {"height": "4"})
    history.set_fields(session, CLI, cameras[1].id, {"height": "7"})
    session.commit()
    history.undo(session, CLI)
    session.commit()
    assert (cameras[0].height, cameras[1].height) == (4, None)
    with pytest.raises(UndoError, match="nothing to undo"):
        history.undo(session, CLI)
    history.undo(session, APP)
    assert cameras[0].height is None


def test_an_edit_that_changes_nothing_is_no_step(session: Session) -> None:
    cameras = survey_of_three(session)
    history.set_fields(session, APP, cameras[0].id, {"height": ""})
    session.commit()
    assert session.scalars(select(UndoStep)).all() == []


def test_a_refused_edit_leaves_no_step(session: Session) -> None:
    cameras = survey_of_three(session)
    with pytest.raises(ValueError):
        history.move_camera(session, APP, cameras[0].id, 95.0, 20.0)
    session.rollback()
    assert history.available(session, APP) == (None, None)


def test_a_pushed_field_edit_is_undone_by_sending_the_old_values(session: Session) -> None:
    cameras = survey_of_three(session)
    camera = cameras[0]
    pushed(session)
    history.set_fields(session, APP, camera.id, {"camera:type": "dome", "height": "5"})
    history.move_camera(session, APP, camera.id, 44.1, 20.1)
    session.commit()
    old_latitude = state(session)["cameras"][str(camera.id)]["latitude"]
    pushed(session)
    assert history.undo(session, APP).exact is False
    done = history.undo(session, APP)
    session.commit()
    assert not done.exact
    assert (camera.camera_type, camera.height, camera.position_source) == (None, None, "exif")
    waiting = session.scalars(select(Outbox).where(Outbox.state == "pending")).all()
    assert [(row.op, row.record_id) for row in waiting] == [("upsert", camera.id)]
    assert waiting[0].fields["camera_type"] is None and waiting[0].fields["height"] is None
    assert waiting[0].fields["latitude"] != old_latitude
    # redo sends the edit's values again
    history.redo(session, APP)
    session.commit()
    assert camera.camera_type == "dome"
    assert (
        session.scalars(select(Outbox).where(Outbox.state == "pending")).one().fields["camera_type"]
        == "dome"
    )


@pytest.mark.parametrize("name", ["merge", "split", "delete"])
def test_a_pushed_structural_change_is_refused_and_changes_nothing(
    session: Session, name: str
) -> None:
    cameras = survey_of_three(session)
    pushed(session)
    EDITS[name](session, cameras)
    session.commit()
    pushed(session)
    before = state(session)
    with pytest.raises(UndoError, match="already sent to the server"):
        history.undo(session, APP)
    session.rollback()
    assert state(session) == before
    assert history.available(session, APP)[0] == name  # still there, still explained


def test_a_pushed_blur_change_is_undone_with_a_new_shareable_copy(session: Session) -> None:
    cameras = survey_of_three(session)
    photo = one_photo(cameras[0])
    pushed(session)
    box = Box(0.1, 0.1, 0.2, 0.2)
    history.change_blur(session, APP, photo.id, lambda: leave_sharp(session, photo.id, box))
    session.commit()
    photo.blob_sha256, photo.blob_size = "b" * 64, 10  # the sync made and shared a copy
    session.commit()
    pushed(session)
    done = history.undo(session, APP)
    session.commit()
    assert not done.exact
    undone = session.get_one(Photo, photo.id)
    assert blur_choices(undone).removed == ()
    assert (undone.upload_state, undone.blob_sha256) == ("local", None)  # a new copy to share


def test_undo_never_overwrites_a_later_change_by_another_program(session: Session) -> None:
    cameras = survey_of_three(session)
    camera = cameras[0]
    history.set_fields(session, APP, camera.id, {"height": "4"})
    session.commit()
    operations.set_fields(session, camera.id, {"height": "9"})  # the command line, not recorded
    session.commit()
    before = state(session)
    with pytest.raises(UndoError, match="changed again since"):
        history.undo(session, APP)
    session.rollback()
    assert state(session) == before


def test_a_change_to_other_fields_since_does_not_block_the_undo(session: Session) -> None:
    cameras = survey_of_three(session)
    camera = cameras[0]
    history.move_camera(session, APP, camera.id, 44.1, 20.1)
    session.commit()
    operations.set_fields(session, camera.id, {"notes": "on the bank"})
    session.commit()
    history.undo(session, APP)
    session.commit()
    assert camera.position_source == "exif" and camera.notes == "on the bank"
    row = session.scalars(select(Outbox).where(Outbox.record_id == camera.id)).one()
    assert row.fields["notes"] == "on the bank"  # the other change still goes


def test_undo_is_not_offered_on_another_volunteers_camera(session: Session) -> None:
    cameras = survey_of_three(session)
    history.set_fields(session, APP, cameras[0].id, {"height": "4"})
    session.commit()
    session.add(SyncState(server_url="http://server", user_name="ana", role="volunteer"))
    session.info[APPLYING_REMOTE] = True
    cameras[0].owner = "boris"  # a reviewer's pull: the camera is now known as Boris's
    session.commit()
    session.info.pop(APPLYING_REMOTE)
    with pytest.raises(UndoError, match="mapped by boris: only they or a reviewer") as refused:
        history.undo(session, APP)
    assert isinstance(refused.value.__cause__, NotAllowedError)
    assert refused.value.refused_step is not None  # it may stop being true: she may set it aside


def test_an_undo_not_allowed_is_set_aside_changing_nothing_and_undo_reaches_the_edit_before(
    session: Session,
) -> None:
    cameras = survey_of_three(session)
    history.move_camera(session, APP, cameras[1].id, 44.5, 20.5)
    history.set_fields(session, APP, cameras[0].id, {"height": "4"})
    session.commit()
    session.add(SyncState(server_url="http://server", user_name="ana", role="volunteer"))
    session.info[APPLYING_REMOTE] = True
    cameras[0].owner = "boris"  # a reviewer's pull: the camera is now known as Boris's
    session.commit()
    session.info.pop(APPLYING_REMOTE)
    with pytest.raises(UndoError) as refused:
        history.undo(session, APP)
    assert (refused.value.refused_kind, refused.value.before) == ("fields", "move")
    session.rollback()
    before = state(session)

    assert history.set_aside(session, APP, step_id=refused.value.refused_step) == "fields"
    session.commit()
    assert state(session) == before  # no record and no outbox row changed
    assert history.available(session, APP) == ("move", None)
    history.undo(session, APP)
    session.commit()
    assert cameras[0].height == 4 and cameras[1].position_source == "exif"
    history.redo(session, APP)
    history.undo(session, APP)
    session.commit()
    assert history.available(session, APP) == (None, "move")  # the field edit never comes back
    assert cameras[0].height == 4


def test_a_step_that_can_be_undone_or_is_no_longer_the_last_is_not_set_aside(
    session: Session,
) -> None:
    cameras = survey_of_three(session)
    history.set_fields(session, APP, cameras[0].id, {"height": "4"})
    session.commit()
    step = history.newest(session, APP)
    assert step is not None and (step.name, step.before) == ("fields", None)
    before = state(session)
    with pytest.raises(UndoError, match="can be undone now, so it was not set aside"):
        history.set_aside(session, APP)
    session.rollback()
    history.set_fields(session, APP, cameras[1].id, {"height": "5"})
    session.commit()
    with pytest.raises(UndoError, match="no longer the last one"):
        history.set_aside(session, APP, step_id=step.step_id)
    session.rollback()
    assert history.available(session, APP) == ("fields", None)
    assert state(session)["cameras"][str(cameras[0].id)] == before["cameras"][str(cameras[0].id)]


def test_a_redo_refused_as_changed_since_is_set_aside_changing_nothing_and_redo_reaches_the_next(
    session: Session,
) -> None:
    cameras = survey_of_three(session)
    history.set_fields(session, APP, cameras[0].id, {"height": "4"})
    history.move_camera(session, APP, cameras[1].id, 44.5, 20.5)
    history.undo(session, APP)
    history.undo(session, APP)
    session.commit()
    assert history.available(session, APP) == (None, "fields")
    operations.set_fields(session, cameras[0].id, {"height": "7"})  # another program, since
    session.commit()
    with pytest.raises(UndoError, match="cannot be redone: what it changed was changed") as refused:
        history.redo(session, APP)
    assert (refused.value.refused_kind, refused.value.before) == ("fields", "move")
    session.rollback()
    before = state(session)

    with pytest.raises(UndoError, match="there is nothing to undo"):
        history.set_aside(session, APP, step_id=refused.value.refused_step)  # not the undo list
    session.rollback()
    upcoming = history.newest(session, APP, redo=True)
    assert upcoming is not None and (upcoming.name, upcoming.before) == ("fields", "move")
    assert history.set_aside(session, APP, step_id=refused.value.refused_step, redo=True) == (
        "fields"
    )
    session.commit()
    assert state(session) == before  # no record and no outbox row changed
    assert history.available(session, APP) == (None, "move")
    history.redo(session, APP)
    session.commit()
    assert cameras[1].position_source == "manual" and cameras[0].height == 7
    history.undo(session, APP)
    session.commit()
    assert history.available(session, APP) == (None, "move")  # the field edit never comes back
    assert cameras[0].height == 7


def test_a_redo_that_can_be_made_or_is_no_longer_the_first_is_not_set_aside(
    session: Session,
) -> None:
    cameras = survey_of_three(session)
    history.set_fields(session, APP, cameras[0].id, {"height": "4"})
    history.set_fields(session, APP, cameras[1].id, {"height": "5"})
    history.undo(session, APP)
    history.undo(session, APP)
    session.commit()
    first = history.newest(session, APP, redo=True)
    assert first is not None and (first.name, first.before) == ("fields", "fields")
    before = state(session)
    with pytest.raises(UndoError, match="can be redone now, so it was not set aside: redo"):
        history.set_aside(session, APP, redo=True)
    session.rollback()
    history.redo(session, APP)
    session.commit()
    with pytest.raises(UndoError, match="no longer the first one to redo"):
        history.set_aside(session, APP, step_id=first.step_id, redo=True)
    session.rollback()
    assert history.available(session, APP) == ("fields", "fields")
    assert state(session)["cameras"][str(cameras[1].id)] == before["cameras"][str(cameras[1].id)]


def test_only_the_last_hundred_steps_are_kept(session: Session) -> None:
    cameras = survey_of_three(session)
    for height in range(1, history.KEPT_STEPS + 6):
        history.set_fields(session, APP, cameras[0].id, {"height": str(height / 2)})
    session.commit()
    count = len(session.scalars(select(UndoStep.id).where(UndoStep.origin == APP)).all())
    assert count == history.KEPT_STEPS


def test_undo_of_a_split_removes_the_camera_it_made(session: Session) -> None:
    cameras = survey_of_three(session)
    new = history.split_photos(session, APP, [one_photo(cameras[1]).id])
    session.commit()
    new_id = new.id
    history.undo(session, APP)
    session.commit()
    assert session.get(Camera, new_id) is None
    assert len([p for p in cameras[1].photos if not p.deleted]) == 2
    history.redo(session, APP)
    session.commit()
    assert session.get(Camera, new_id) is not None  # the same camera again, same id
    assert uuid.UUID(str(new_id)) == new_id


def test_a_merge_whose_queued_change_was_edited_since_is_refused_as_changed(
    session: Session,
) -> None:
    """The target's waiting creation now also carries a later edit: putting the outbox back
    would lose it, and the merge was not sent, so the message says what happened."""
    cameras = survey_of_three(session)
    history.merge_cameras(session, CLI, [cameras[0].id, cameras[1].id])
    session.commit()
    history.set_fields(session, APP, cameras[0].id, {"operator": "City"})
    session.commit()
    with pytest.raises(UndoError, match="changed again since"):
        history.undo(session, CLI)


@pytest.mark.parametrize("name", ["merge", "split", "delete"])
def test_a_redo_that_can_never_succeed_leaves_the_redo_list_changing_nothing_else(
    session: Session, name: str
) -> None:
    """Undone before any sync (exactly), then the survey was synced as it was: the server has
    the cameras apart (or alive), so the redo says to make the change again. The refusal is
    kept as the app and the command line keep it: Redo no longer offers the step (it repeated
    the refusal at every try), and nothing else changed."""
    cameras = survey_of_three(session)
    history.set_fields(session, APP, cameras[2].id, {"operator": "City"})
    EDITS[name](session, cameras)
    session.commit()
    history.undo(session, APP)
    session.commit()
    pushed(session)
    before = state(session)
    with pytest.raises(UndoError, match="taken off the list of edits to redo") as refused:
        history.redo(session, APP)
    assert "synced since it was undone" in str(refused.value)
    assert refused.value.dropped
    session.commit()
    assert state(session) == before
    assert history.available(session, APP) == ("fields", None)
