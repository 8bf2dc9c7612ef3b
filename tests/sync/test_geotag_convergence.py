"""The proof of sync with geotagging in the mix: the team of tests/sync/test_convergence.py
(three laptops, a real server process) also imports photos without GPS, places them from a GPS
track (in bulk, as the app does, or record by record), and undoes the last placing, at random
between everyone's edits, merges, splits, deletes and cut syncs. Geotagging writes its rows and
their outbox entries around the ORM, and a placing may join cameras: after a final round of
syncs every laptop holds exactly the server's cameras and photos, each photo with the server's
position, source and accuracy.
"""

from __future__ import annotations

import uuid
from datetime import UTC, timedelta
from functools import cache
from typing import Any

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import initialize, rule
from sqlalchemy import select

from surveyapp.db.models import Camera, Photo
from surveyapp.db.outbox import record_fields
from surveyapp.photos.geotag import GeotagResult, apply_plan, plan_from_track, undo_last
from surveyapp.photos.gpstrack import Track, parse_gpx
from tests.factory import PhotoSpec, make_jpeg
from tests.photos.gpx_files import gpx_text, walk
from tests.sync.test_convergence import START, TeamConvergence, _settings, server_state

pytestmark = pytest.mark.slow

BELGRADE = (44.8125, 20.4612)
# The walks a laptop's logger may have recorded: east at a walking pace, south-west, or a
# volunteer who hardly moves (every photo within ten minutes then joins one camera).
WALKS = {"east": (90.0, 1.4), "south-west": (200.0, 1.4), "standing": (0.0, 0.02)}
NO_GPS_EVERY = timedelta(minutes=7)  # between the walks' batches of photos without GPS


@cache
def track(name: str) -> Track:
    """The walk's track, from two hours before the first photo (their clocks say +02:00) over
    the next half day, a fix every 30 s."""
    bearing, speed = WALKS[name]
    begin = (START - timedelta(hours=2)).replace(tzinfo=UTC)
    fixes = walk(BELGRADE, begin, 12 * 3600, step=30, bearing=bearing, speed=speed)
    return parse_gpx(gpx_text([fixes]), f"{name}.gpx")


class TeamGeotags(TeamConvergence):
    """The team of test_convergence, with photos without GPS, geotagging and its undo."""

    @initialize()
    def walks_without_gps(self) -> None:
        """Both volunteers start with photos without GPS, shared; the first places hers."""
        for index, together in ((0, True), (1, False)):
            self.import_without_gps(index, 3, together)
            self._sync(index)
        self.geotag(0, "east", bulk=True)

    @rule(index=st.integers(0, 2), count=st.integers(1, 3), together=st.booleans())
    def import_without_gps(self, index: int, count: int, together: bool) -> None:
        """Photos whose position was switched off: ``together`` five seconds apart (one spot
        once placed), else three minutes apart."""
        folder = self.folder / f"no-gps-{self.photo_count}"
        folder.mkdir()
        first = START + NO_GPS_EVERY * self.photo_count
        for i in range(count):
            self.photo_count += 1
            n = self.photo_count
            spec = PhotoSpec(
                latitude=None,
                longitude=None,
                altitude=None,
                bearing=None,
                taken=first + (timedelta(seconds=5) if together else timedelta(minutes=3)) * i,
                size=(32, 24),
            )
            path = folder / f"NOGPS_{n}.jpg"
            path.write_bytes(make_jpeg(spec, seed=n))
            self.files.append(path)
        self.laptops[index].import_photos(folder)
        self.log.append(f"{index}: import {count} photos without GPS")

    @rule(index=st.integers(0, 2), name=st.sampled_from(sorted(WALKS)), bulk=st.booleans())
    def geotag(self, index: int, name: str, bulk: bool) -> None:
        how = "" if bulk else ", record by record"
        self._geotag(
            index,
            f"geotag along the {name} walk{how}",
            lambda s: apply_plan(s, plan_from_track(s, track(name)), bulk=bulk),
        )

    @rule(index=st.integers(0, 2), bulk=st.booleans())
    def undo_geotag(self, index: int, bulk: bool) -> None:
        how = "" if bulk else ", record by record"
        self._geotag(index, f"undo the last geotagging{how}", lambda s: undo_last(s, bulk=bulk))

    def _geotag(self, index: int, what: str, work: Any) -> None:
        """Run a placing or its undo; the cameras it placed, joined or split are the server's
        to settle (their fields are no longer the machine's to predict), and a camera it
        joined to another is gone."""
        machine = self.laptops[index]
        before = set(self._live(machine, Camera))
        results: list[GeotagResult] = []
        self._edit(index, what, lambda s: results.append(work(s)))
        after = set(self._live(machine, Camera))
        self.removed_cameras.update(before - after)
        for name in results[0].cameras if results else ():
            camera_id = uuid.UUID(name)
            self._uncertain(camera_id)
            self.merges_waiting[index].append(camera_id)
        if results:
            self.log[-1] += f": {results[0].photos} photos, {results[0].merged} joined"

    def _final_round(self) -> None:
        super()._final_round()
        history = "\n".join(self.log)
        server = {
            rid: change.fields
            for rid, change in server_state(self.server.url, self.tokens[2]).items()
            if change.record_type == "photo" and not change.deleted
        }
        for index, machine in enumerate(self.laptops):
            for photo_id, fields in photo_fields(machine.db.session).items():
                differ = {
                    name: (value, server[photo_id].get(name))
                    for name, value in fields.items()
                    if value != server[photo_id].get(name)
                }
                assert not differ, f"laptop {index}: photo {photo_id} differs {differ}\n{history}"


def photo_fields(session_factory: Any) -> dict[uuid.UUID, dict[str, Any]]:
    """Every live photo's synced fields, in wire form."""
    with session_factory() as session:
        return {
            photo.id: record_fields(photo)
            for photo in session.scalars(select(Photo).where(Photo.deleted.is_(False)))
        }


TeamGeotags.TestCase.settings = _settings(8)
test_team_with_geotagging_converges_on_sqlite = TeamGeotags.TestCase


class TeamGeotagsPostgres(TeamGeotags):
    backend_kind = "postgresql"


TeamGeotagsPostgres.TestCase.settings = _settings(3)
test_team_with_geotagging_converges_on_postgresql = TeamGeotagsPostgres.TestCase


def test_the_walks_cover_every_photo_without_gps() -> None:
    """The tracks span the photos the machine may import (no placing is refused for time)."""
    most = 6 + 25 * 3  # the initial walks, then at most 3 photos in each of 25 steps
    last = START - timedelta(hours=2) + NO_GPS_EVERY * most + timedelta(minutes=6)
    first = (START - timedelta(hours=2)).replace(tzinfo=UTC).timestamp()
    for name in WALKS:
        start, end = track(name).start, track(name).end
        assert start is not None and end is not None
        assert start <= first and end >= last.replace(tzinfo=UTC).timestamp()
