"""Geotagging benchmark: photos without GPS placed from a long GPS track.

    python3 -m benchmarks.bench_geotag [--photos 10000] [--points 100000] [--runs 3]

Writes a GPX 1.1 file of ``--points`` fixes one second apart (a logger's walk through Belgrade,
with elevation and HDOP, in 4 segments) and a survey database holding ``--photos`` photos
without GPS taken during the walk by a camera without offset tag (each a camera of its own, as
an import leaves them); the survey's time zone is set. Not timed. Then, in one run:

1. **the yardstick**: reading the file and parsing it with ElementTree (the floor of any GPX
   reader in Python);
2. **read**: ``read_gpx`` (gpxpy, then the sorted fixes);
3. **locate**: the position of every photo's instant on the track (the interpolation alone);
4. **plan**: ``plan_from_track`` on the database (choosing the photos, their clocks and time
   zone, every position and accuracy);
5. **apply**: ``apply_plan`` and the commit (photo rows, the outbox, each camera placed or
   joined to its neighbour, the undo journal).

**Target: locate + plan + apply <= 1 s** for 10,000 photos on a 100,000-point track (reading
the file is reported beside it). ``--runs`` repeats steps 2–5 on fresh copies of the database;
the best and the median are shown, with the load average (on busy cores the wall clock says
more about the neighbours than about the code).
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surveyapp.db.database import open_database  # noqa: E402
from surveyapp.db.models import Camera, Photo, Survey  # noqa: E402
from surveyapp.photos.geotag import apply_plan, plan_from_track  # noqa: E402
from surveyapp.photos.gpstrack import read_gpx  # noqa: E402

BEGIN = datetime(2026, 5, 4, 6, 0, 0, tzinfo=UTC)
TARGET_S = 1.0


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=10_000)
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
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
        rows: dict[str, list[float]] = {
            "yardstick": [],
            "read": [],
            "locate": [],
            "plan": [],
            "apply": [],
        }
        placed = 0
        for run in range(args.runs):
            started = time.perf_counter()
            ElementTree.fromstring(gpx.read_bytes())
            rows["yardstick"].append(time.perf_counter() - started)

            started = time.perf_counter()
            track = read_gpx(gpx)
            rows["read"].append(time.perf_counter() - started)

            instants = [
                (BEGIN + timedelta(seconds=1 + i * 9.9998)).timestamp() for i in range(args.photos)
            ]
            started = time.perf_counter()
            for when in instants:
                track.locate(when)
            rows["locate"].append(time.perf_counter() - started)

            copy = folder / f"run{run}.sqlite"
            shutil.copy(master, copy)
            db = open_database(copy)
            with db.session() as session:
                started = time.perf_counter()
                plan = plan_from_track(session, track)
                rows["plan"].append(time.perf_counter() - started)
                started = time.perf_counter()
                result = apply_plan(session, plan)
                session.commit()
                rows["apply"].append(time.perf_counter() - started)
            db.close()
            placed = result.photos
        print(f"load average: {load()}")
        for name, values in rows.items():
            print(
                f"  {name:10} best {min(values):7.3f} s   median {statistics.median(values):7.3f} s"
            )
        total = [
            loc + plan + apply
            for loc, plan, apply in zip(rows["locate"], rows["plan"], rows["apply"], strict=True)
        ]
        print(f"  locate + plan + apply: best {min(total):.3f} s (target <= {TARGET_S:.1f} s)")
        print(f"  placed {placed:,} of {args.photos:,} photos")
        return 0 if placed == args.photos else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
