"""The proof of sync with undo and redo in the mix: the team of tests/sync/test_convergence.py
(three laptops, a real server process), whose edits are now recorded as the app records them,
also undoes and redoes them at random, between syncs and cut syncs. Whatever is undone, redone
or refused, every laptop ends equal to the server, no live photo is on a deleted camera, no
picture exists twice and nothing the server acknowledged is lost.

``AppAndCommandLine`` puts the command line beside the app on every laptop: one survey file,
two undo histories, each program undoing only its own steps, an undo refused when the other
program changed the same thing since.

An undo or redo makes the fields of the cameras it touched uncertain (the machine's record of
acknowledged edits forgets them): what they end as is the server's, which the final round checks.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import initialize, rule

from surveyapp.cameras import history
from surveyapp.cameras.history import APP, CLI, Reverted, UndoError
from surveyapp.db.models import Camera, Photo
from surveyapp.protocol.fields import OSM_FIELDS
from tests.sync.test_convergence import EDITS, TeamConvergence, _settings

pytestmark = pytest.mark.slow


class TeamWithUndo(TeamConvergence):
    """The team's edits through surveyapp.cameras.history, plus undo and redo."""

    @initialize()
    def walks(self) -> None:
        """Every laptop starts with cameras of its own, so that there is something to undo."""
        for index in range(len(self.laptops)):
            self.import_photos(index, 2, False)

    @rule(
        index=st.integers(0, 2),
        pick=st.integers(0, 10_000),
        key=st.sampled_from(sorted(EDITS)),
        choice=st.integers(0, 2),
    )
    def edit(self, index: int, pick: int, key: str, choice: int) -> None:
        self._set_field(index, pick, key, choice, APP)

    @rule(index=st.integers(0, 2), pick=st.integers(0, 10_000), step=st.integers(1, 50))
    def move(self, index: int, pick: int, step: int) -> None:
        cameras = self._live(self.laptops[index], Camera)
        if not cameras:
            return
        camera_id = cameras[pick % len(cameras)]
        self._edit(
            index,
            f"move {str(camera_id)[:8]}",
            lambda s: history.move_camera(s, APP, camera_id, 44.9 + step * 1e-4, 20.5),
        )

    @rule(index=st.integers(0, 2), first=st.integers(0, 10_000), second=st.integers(0, 10_000))
    def merge(self, index: int, first: int, second: int) -> None:
        self._merge(index, first, second, APP)

    @rule(index=st.integers(0, 2), pick=st.integers(0, 10_000))
    def split(self, index: int, pick: int) -> None:
        photos = self._live(self.laptops[index], Photo)
        if not photos:
            return
        photo_id = photos[pick % len(photos)]
        self._edit(
            index,
            f"split photo {str(photo_id)[:8]} off",
            lambda s: history.split_photos(s, APP, [photo_id]),
        )

    @rule(index=st.integers(0, 2), pick=st.integers(0, 10_000))
    def delete(self, index: int, pick: int) -> None:
        self._delete(index, pick, APP)

    @rule(index=st.integers(0, 2))
    def undo(self, index: int) -> None:
        self._revert(index, "undo", history.undo)

    @rule(index=st.integers(0, 2))
    def redo(self, index: int) -> None:
        self._revert(index, "redo", history.redo)

    @rule(index=st.integers(0, 2))
    def undo_setting_aside_a_refused_one(self, index: int) -> None:
        """Undo; when it is refused for a reason that may pass, set the step aside (no record
        changes) and undo the one before it, as the app's next Undo and `undo --skip` do."""
        self._setting_aside(index, redo=False)

    @rule(index=st.integers(0, 2))
    def redo_setting_aside_a_refused_one(self, index: int) -> None:
        """Redo; when it is refused for a reason that may pass, set the step aside (it stays
        undone) and redo the one after it, as the app's next Redo and `redo --skip` do."""
        self._setting_aside(index, redo=True)

    def _setting_aside(self, index: int, *, redo: bool) -> None:
        take = history.redo if redo else history.undo

        def take_or_set_aside(session: Any, origin: str) -> Reverted:
            try:
                return take(session, origin)
            except UndoError as error:
                if error.refused_step is None:
                    raise
                session.rollback()
                refused = error.refused_step
            history.set_aside(session, origin, step_id=refused, redo=redo)
            session.commit()
            self.log.append(f"{index}: set aside")
            return take(session, origin)

        name = "redo" if redo else "undo"
        self._revert(index, f"{name} (setting aside)", take_or_set_aside)

    @rule(
        index=st.integers(0, 2),
        kind=st.sampled_from(["edit", "move", "merge", "split", "delete"]),
        pick=st.integers(0, 10_000),
        sync_between=st.booleans(),
        then_redo=st.booleans(),
    )
    def regret(self, index: int, kind: str, pick: int, sync_between: bool, then_redo: bool) -> None:
        """An edit taken back at once or after a sync (and perhaps made again): the flows an
        undo exists for, more often than random steps would meet them."""
        if kind == "edit":
            self.edit(index, pick, "operator", 1 + pick % 2)
        elif kind == "move":
            self.move(index, pick, 1 + pick % 50)
        elif kind == "merge":
            self.merge(index, pick, pick // 7)
        elif kind == "split":
            self.split(index, pick)
        else:
            self.delete(index, pick)
        if sync_between:
            self._sync(index)
        self.undo(index)
        if then_redo:
            self.redo(index)

    # -- the edits, by either program (``origin``) ------------------------------------------

    def _by(self, origin: str, what: str) -> str:
        return what if origin == APP else f"command line: {what}"

    def _set_field(self, index: int, pick: int, key: str, choice: int, origin: str) -> None:
        cameras = self._live(self.laptops[index], Camera)
        if not cameras:
            return
        camera_id, value = cameras[pick % len(cameras)], EDITS[key][choice]
        name = OSM_FIELDS[key].name
        before = self._field(index, camera_id, name)
        self._edit(
            index,
            self._by(origin, f"set {key}={value!r} on {str(camera_id)[:8]}"),
            lambda s: history.set_fields(s, origin, camera_id, {key: value}),
        )
        after = self._field(index, camera_id, name)
        if after != before:
            self.edits_waiting[index].append((camera_id, name, after))

    def _merge(self, index: int, first: int, second: int, origin: str) -> None:
        machine = self.laptops[index]
        cameras = self._live(machine, Camera)
        if len(cameras) < 2:
            return
        target, other = cameras[first % len(cameras)], cameras[second % len(cameras)]
        if target == other:
            return
        self._edit(
            index,
            self._by(origin, f"merge {str(other)[:8]} into {str(target)[:8]}"),
            lambda s: history.merge_cameras(s, origin, [target, other]),
        )
        self._uncertain(target)
        self.merges_waiting[index].append(target)
        if other not in set(self._live(machine, Camera)):
            self._forget_camera(machine, other)

    def _delete(self, index: int, pick: int, origin: str) -> None:
        machine = self.laptops[index]
        cameras = self._live(machine, Camera)
        if not cameras:
            return
        camera_id = cameras[pick % len(cameras)]
        self._forget_camera(machine, camera_id)  # an undo may bring it back: then it is kept
        self._edit(
            index,
            self._by(origin, f"delete {str(camera_id)[:8]}"),
            lambda s: history.delete_cameras(s, origin, [camera_id]),
        )

    def _revert(self, index: int, what: str, action: Any, origin: str = APP) -> None:
        done: list[Reverted] = []

        def revert(session: Any) -> None:
            try:
                done.append(action(session, origin))
            except UndoError as refused:
                if (
                    refused.dropped
                ):  # off its list for good, as the app and the command line keep it
                    session.commit()
                raise

        self._edit(index, what, revert)
        for reverted in done:
            self.log[-1] += f" {reverted.name} ({'exact' if reverted.exact else 'sent'})"
            for camera_id in reverted.camera_ids:
                self._uncertain(uuid.UUID(camera_id))


TeamWithUndo.TestCase.settings = _settings(8)
test_team_with_undo_converges_on_sqlite = TeamWithUndo.TestCase


class AppAndCommandLine(TeamWithUndo):
    """The same team with the command line beside the app on each laptop (one survey file, two
    undo histories): edits, merges and deletes of either program, each undoing and redoing
    only its own steps. An undo refused because the other program changed the same thing since
    is refused, never applied over it."""

    @rule(
        index=st.integers(0, 2),
        pick=st.integers(0, 10_000),
        key=st.sampled_from(sorted(EDITS)),
        choice=st.integers(0, 2),
    )
    def edit_from_the_command_line(self, index: int, pick: int, key: str, choice: int) -> None:
        self._set_field(index, pick, key, choice, CLI)

    @rule(index=st.integers(0, 2), first=st.integers(0, 10_000), second=st.integers(0, 10_000))
    def merge_from_the_command_line(self, index: int, first: int, second: int) -> None:
        self._merge(index, first, second, CLI)

    @rule(index=st.integers(0, 2), pick=st.integers(0, 10_000))
    def delete_from_the_command_line(self, index: int, pick: int) -> None:
        self._delete(index, pick, CLI)

    @rule(index=st.integers(0, 2))
    def undo_from_the_command_line(self, index: int) -> None:
        self._revert(index, "command line: undo", history.undo, CLI)

    @rule(index=st.integers(0, 2))
    def redo_from_the_command_line(self, index: int) -> None:
        self._revert(index, "command line: redo", history.redo, CLI)


AppAndCommandLine.TestCase.settings = _settings(4)
test_the_app_and_the_command_line_undoing_side_by_side_converge_on_sqlite = (
    AppAndCommandLine.TestCase
)
