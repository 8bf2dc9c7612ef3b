"""Geotagging benchmark: photos without GPS placed from a long GPS track.

    python3 -m benchmarks.bench_geotag [--photos 10000] [--points 100000] [--runs 3] [--compare]

Writes a GPX 1.1 file of ``--points`` fixes one second apart (a logger's walk through Belgrade,
with elevation and HDOP, in 4 segments) and a survey database holding ``--photos`` photos
without GPS taken during the walk by a camera without offset tag (each a camera of its own, as
an import leaves them); the survey's time zone is set. Not timed. Then, in one run:

1. **the yardstick**: reading the file and parsing it with ElementTree (the floor of any GPX
   reader in Python);
2. **read**: ``read_gpx`` (the plain reading, a pattern over the bytes, then the fixes in order);
3. **locate**: the position of every photo's instant on the track (the interpolation alone,
   inside plan; shown for what it costs);
4. **plan**: ``plan_from_track`` on the database (choosing the photos, their clocks and time
   zone, every position and accuracy);
5. **apply**: ``apply_plan`` and the commit (photo rows, the outbox, each camera placed or
   joined to its neighbour, the undo journal).
6. **undo**: ``undo_last`` and the commit (not part of the target; shown because a volunteer
   waits for it too).

**Target: read + plan + apply <= 1 s** for 10,000 photos on a 100,000-point track: the whole
geotagging a volunteer waits for. ``--compare`` also times, in the same run, what this replaced:
reading with gpxpy, and applying record by record through the ORM (``bulk=False``).
``--runs`` repeats steps 2–5 on fresh copies of the database; the best and the median are
shown, wall clock and this process's CPU time, with the load average (on busy cores the wall
clock says more about the neighbours than about the code; the CPU time does not).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surveyapp.db.database import open_database  # noqa: E402
from surveyapp.db.models import Camera, Photo, Survey  # noqa: E402
from surveyapp.photos.geotag import (  # noqa: E402
    GeotagResult,
    apply_plan,
    plan_from_track,
    undo_last,
)
from surveyapp.photos.gpstrack import _read_gpxpy, read_gpx  # noqa: E402

BEGIN = datetime(2026, 5, 4, 6, 0, 0, tzinfo=UTC)
TARGET_S = 1.0
T = TypeVar("T")


def write_track(path: Path, points: int) -> None:
    """A walk east and north-east through Belgrade: one fix a second, 2 m/s (cycling pace:
    the photos, one every 10 s, are 20 m apart, each a camera of its own)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gpx version="1.1" creator="GPSLogger" xmlns="http://www.topografix.com/GPX/1/1">',
        "<trk><name>bench</name><trkseg>",
    ]
    per_segment = points // 4 + 1
    for index in range(points):
        if index and index % per_segment == 0:
            lines.append("</trkseg><trkseg>")
        lat = 44.80 + index * 2.0 * 0.5 / 111_195
        lon = 20.40 + index * 2.0 * 0.866 / (111_195 * 0.7095)
        when = (BEGIN + timedelta(seconds=index)).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(
            f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{117 + index % 30}</ele>'
            f"<time>{when}</time><hdop>1.1</hdop></trkpt>"
        )
    lines.append("</trkseg></trk></gpx>")
    path.write_text("\n".join(lines), encoding="utf-8")


def fill_survey(path: Path, photos: int, points: int) -> None:
    """``photos`` photos without GPS over the track's span, each a camera of its own."""
    db = open_database(path)
    with db.session() as session:
        survey = Survey(id=uuid.uuid4(), name="Bench", time_zone="Europe/Belgrade")
        session.add(survey)
        step = (points - 2) / photos
        for index in range(photos):
            wall = (BEGIN + timedelta(seconds=1 + index * step, hours=2)).replace(tzinfo=None)
            camera = Camera(id=uuid.uuid4(), survey=survey, extra_tags={})
            session.add(camera)
            session.add(
                Photo(
                    id=uuid.uuid4(),
                    sha256=f"{index:064x}",
                    camera=camera,
                    file_name=f"DSC{index:05d}.JPG",
                    library_path=f"x/{index}.jpg",
                    mime="image/jpeg",
                    size=1,
                    taken_local=wall,
                    taken_sort=wall,
                    make="Canon",
                    model="Canon EOS 40D",
                    warnings=[],
                )
            )
        session.commit()
    db.close()


def load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


class Timer:
    """Wall clock and CPU time of each phase over the runs."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def time(self, name: str, work: Callable[[], T]) -> T:
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        self.wall.setdefault(name, []).append(time.perf_counter() - wall)
        self.cpu.setdefault(name, []).append(time.process_time() - cpu)
        return result

    def add(self, name: str, parts: tuple[str, ...]) -> None:
        """A phase that is the sum of others, run by run."""
        for table in (self.wall, self.cpu):
            table[name] = [sum(values) for values in zip(*(table[p] for p in parts), strict=True)]

    def show(self, name: str, note: str = "") -> None:
        wall, cpu = self.wall[name], self.cpu[name]
        print(
            f"  {name:22} wall best {min(wall):7.3f} s  median {statistics.median(wall):7.3f} s"
            f"   cpu best {min(cpu):7.3f} s{note}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=10_000)
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", action="store_true", help="also time gpxpy, by record")
    parser.add_argument("--tmp", type=Path, default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-geotag-", dir=args.tmp))
    try:
        gpx = folder / "track.gpx"
        write_track(gpx, args.points)
        master = folder / "master.sqlite"
        fill_survey(master, args.photos, args.points)
        size = gpx.stat().st_size
        print(f"{args.photos:,} photos, {args.points:,}-point track ({size / 1e6:.1f} MB)")
        timer = Timer()
        placed = 0
        instants = [
            (BEGIN + timedelta(seconds=1 + i * 9.9998)).timestamp() for i in range(args.photos)
        ]
        for run in range(args.runs):
            timer.time("yardstick", lambda: ElementTree.fromstring(gpx.read_bytes()))
            track = timer.time("read", lambda: read_gpx(gpx))
            timer.time("locate", lambda: [track.locate(when) for when in instants])  # noqa: B023
            copy = folder / f"run{run}.sqlite"
            shutil.copy(master, copy)
            db = open_database(copy)
            with db.session() as session:
                plan = timer.time("plan", lambda: plan_from_track(session, track))  # noqa: B023

                def apply() -> GeotagResult:
                    result = apply_plan(session, plan)  # noqa: B023
                    session.commit()  # noqa: B023
                    return result

                placed = timer.time("apply", apply).photos

                def undo() -> GeotagResult:
                    result = undo_last(session)  # noqa: B023
                    session.commit()  # noqa: B023
                    return result

                timer.time("undo", undo)
            db.close()
            if args.compare:
                timer.time("read with gpxpy", lambda: _read_gpxpy(gpx.read_bytes(), gpx.name))
                shutil.copy(master, copy)
                db = open_database(copy)
                with db.session() as session:
                    plan = plan_from_track(session, track)

                    def by_record() -> GeotagResult:
                        result = apply_plan(session, plan, bulk=False)  # noqa: B023
                        session.commit()  # noqa: B023
                        return result

                    timer.time("apply by record", by_record)
                db.close()
        timer.add("read + plan + apply", ("read", "plan", "apply"))
        print(f"load average: {load()}")
        for name in ("yardstick", "read", "locate", "plan", "apply"):
            timer.show(name)
        timer.show("read + plan + apply", f"   (target <= {TARGET_S:.1f} s)")
        timer.show("undo")
        if args.compare:
            timer.show("read with gpxpy", "   (before)")
            timer.show("apply by record", "   (before)")
        print(f"  placed {placed:,} of {args.photos:,} photos")
        return 0 if placed == args.photos else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
