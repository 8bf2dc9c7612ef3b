"""Export benchmark: seconds for ``surveyapp export FORMAT`` of a survey of 100,000 cameras.

    python3 -m benchmarks.bench_export [--cameras 100000] [--photos 150000] [--runs 3]
                                       [--formats geojson,csv,kml,osm,gpx] [--before DIR]

Fills a fresh database (opened with ``open_database``, so it is migrated like a real one) with
``--cameras`` cameras around Belgrade and ``--photos`` photo rows linked to them, by SQLAlchemy
Core bulk inserts into the real tables (not timed). Then, for each format, times
``surveyapp --db TMP/survey.sqlite export FORMAT OUT`` as a subprocess, ``--runs`` times, and
checks OUT with a real reader (JSON, csv, XML, osmium): one feature per camera. The command runs
this checkout's code (``python3 -m surveyapp`` with it first on PYTHONPATH, not whichever copy is
installed); ``--before DIR`` also times the code in DIR (e.g. ``git archive main | tar -x -C
DIR``), round by round beside this one, and says whether both wrote the same bytes. Targets: GeoJSON
<= 1.0 s; every other format <= 1.5x GeoJSON's median in the same run. (The photo zip is not
timed here: its cost is the privacy derivative of each photo, about a second a photo; see
bench_privacy.)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Connection, Table, insert  # noqa: E402

from benchmarks.common import compile_bytecode, timed_run  # noqa: E402
from surveyapp.cameras.fields import CARDINALS  # noqa: E402
from surveyapp.db.database import open_database  # noqa: E402
from surveyapp.db.models import Base  # noqa: E402
from surveyapp.vendors import load_catalogue  # noqa: E402

FORMATS = ("geojson", "csv", "kml", "osm", "gpx")
GEOJSON_TARGET = 1.0  # seconds, for 100,000 cameras
RATIO_TARGET = 1.5  # every other format: at most this times GeoJSON's median, same run
CHUNK = 10_000  # rows per executemany
CENTRE = (44.8125, 20.4612)  # Terazije, Belgrade
START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

ZONES = ["town", "traffic", "parking", "shop", "bank", "building", "entrance", "atm"]
TYPES = ["fixed", "fixed", "fixed", "dome", "dome", "panning", "panorama"]
MOUNTS = ["wall", "wall", "pole", "pole", "ceiling", "street_lamp", "traffic_signal", "building"]
OPERATORS = ["MUP Srbije", "Grad Beograd", "GSP Beograd", "NIS", "Banca Intesa", "Maxi"]
PHONES = [("Google", "Pixel 8"), ("samsung", "SM-S921B"), ("Fairphone", "FP5")]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _position(rng: random.Random) -> tuple[float, float]:
    """A point in Belgrade: most within ~3 km of the centre, some out to ~10 km."""
    radius = abs(rng.gauss(0, 2500)) if rng.random() < 0.8 else rng.uniform(2000, 10000)
    angle = rng.uniform(0, 2 * math.pi)
    lat = CENTRE[0] + radius * math.cos(angle) / 111_320
    lon = CENTRE[1] + radius * math.sin(angle) / (111_320 * math.cos(math.radians(CENTRE[0])))
    return round(lat, 7), round(lon, 7)


def _direction(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.6:
        return str(rng.randrange(360))
    if roll < 0.8:
        return rng.choice(CARDINALS)
    if roll < 0.85:
        start = rng.randrange(360)
        return f"{start}-{(start + rng.choice([90, 120, 180])) % 360}"
    return None


def camera_rows(count: int, survey_id: uuid.UUID, seed: int = 7) -> Iterator[dict[str, Any]]:
    """``count`` realistic camera rows: OSM fields, vendors from the catalogue, some notes."""
    rng = random.Random(seed)
    vendors = load_catalogue().vendors
    for index in range(count):
        created = START + timedelta(seconds=index * 17 + rng.randrange(10))
        lat, lon = _position(rng)
        row: dict[str, Any] = {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "survey_id": survey_id,
            "latitude": lat,
            "longitude": lon,
            "position_source": rng.choice(["exif", "exif", "exif", "merged", "manual"]),
            "position_accuracy": None,
            "surveillance": rng.choice(["public", "public", "public", "outdoor", None]),
            "surveillance_type": "ALPR" if rng.random() < 0.05 else "camera",
            "surveillance_zone": rng.choice([*ZONES, None, None]),
            "camera_type": rng.choice([*TYPES, None]),
            "camera_mount": rng.choice([*MOUNTS, None]),
            "camera_direction": _direction(rng),
            "height": round(rng.uniform(2.5, 9), 1) if rng.random() < 0.5 else None,
            "operator": rng.choice(OPERATORS) if rng.random() < 0.15 else None,
            "manufacturer": None,
            "manufacturer_wikidata": None,
            "vendor_slug": None,
            "brand": None,
            "model": None,
            "vendor_confidence": "unknown",
            "status": "removed" if rng.random() < 0.03 else "present",
            "check_date": date(2026, 3, 1) + timedelta(days=rng.randrange(60))
            if rng.random() < 0.3
            else None,
            "notes": "behind the bus stop, partly hidden" if rng.random() < 0.05 else None,
            "extra_tags": {"lit": "yes"} if rng.random() < 0.05 else {},
            "created_at": created,
            "updated_at": created,
            "author": f"volunteer-{rng.randrange(40)}",
            "server_version": None,
            "deleted": False,
        }
        roll = rng.random()
        if roll < 0.4:  # identified from the catalogue
            vendor = rng.choice(vendors)
            row["vendor_slug"] = vendor.slug
            row["manufacturer"] = vendor.name
            row["manufacturer_wikidata"] = vendor.wikidata
            if vendor.brands and rng.random() < 0.3:
                row["brand"] = rng.choice(vendor.brands).name
            if rng.random() < 0.5:
                row["model"] = f"DS-2CD{rng.randrange(1000, 9999)}G{rng.randrange(3)}-I"
            row["vendor_confidence"] = rng.choice(["seen", "shape"])
        elif roll < 0.5:  # a maker typed by hand (no slug)
            row["manufacturer"] = rng.choice(["Hikvision", "Dahua", "Some Local Integrator"])
            row["vendor_confidence"] = "shape"
        yield row


def photo_rows(
    cameras: list[dict[str, Any]], count: int, seed: int = 8
) -> Iterator[dict[str, Any]]:
    """``count`` photo rows, each linked to a camera (every camera gets at least one)."""
    rng = random.Random(seed)
    owners = list(cameras)
    owners += [rng.choice(cameras) for _ in range(max(0, count - len(cameras)))]
    for index, camera in enumerate(owners[:count]):
        sha256 = hashlib.sha256(b"benchmark photo %d" % index).hexdigest()
        # A synced survey: each photo has its shared copy, which the exports name it by.
        copy = hashlib.sha256(b"benchmark shared copy %d" % index).hexdigest()
        taken_utc = camera["created_at"] - timedelta(minutes=5, seconds=rng.randrange(120))
        local = taken_utc.replace(tzinfo=None) + timedelta(hours=2)
        make, model = rng.choice(PHONES)
        yield {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "sha256": sha256,
            "camera_id": camera["id"],
            "file_name": f"IMG_{local:%Y%m%d_%H%M%S}_{index:06d}.jpg",
            "library_path": f"{sha256[:2]}/{sha256}.jpg",
            "mime": "image/jpeg",
            "size": rng.randrange(3_000_000, 4_000_000),
            "width": 4032,
            "height": 3024,
            "orientation": rng.choice([1, 1, 1, 6]),
            "taken_local": local,
            "utc_offset_minutes": 120,
            "taken_utc": taken_utc,
            "taken_sort": taken_utc.replace(tzinfo=None),
            "latitude": camera["latitude"] + rng.uniform(-3e-5, 3e-5),
            "longitude": camera["longitude"] + rng.uniform(-3e-5, 3e-5),
            "altitude": round(rng.uniform(75, 250), 1),
            "bearing": round(rng.uniform(0, 360), 2),
            "bearing_ref": "T",
            "position_source": "exif",
            "make": make,
            "model": model,
            "warnings": [],
            "upload_state": "uploaded",
            "blob_sha256": copy,
            "blob_size": 400_000,
            "created_at": camera["created_at"],
            "updated_at": camera["created_at"],
            "author": camera["author"],
            "server_version": None,
            "deleted": False,
        }


def _bulk_insert(connection: Connection, table: Table, rows: Iterator[dict[str, Any]]) -> int:
    done = 0
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            connection.execute(insert(table), chunk)
            done += len(chunk)
            chunk = []
    if chunk:
        connection.execute(insert(table), chunk)
        done += len(chunk)
    return done


def fill_database(database: Path, cameras: int, photos: int) -> None:
    """A fresh, migrated database holding one survey, ``cameras`` cameras and ``photos`` photos."""
    db = open_database(database)
    try:
        survey_id = uuid.uuid4()
        with db.engine.begin() as connection:
            connection.execute(
                insert(_table("survey")),
                [
                    {
                        "id": survey_id,
                        "name": "Belgrade 2026",
                        "created_at": START,
                        "updated_at": START,
                        "author": "benchmark",
                        "server_version": None,
                        "deleted": False,
                    }
                ],
            )
            camera_list = list(camera_rows(cameras, survey_id))
            _bulk_insert(connection, _table("camera"), iter(camera_list))
            _bulk_insert(connection, _table("photo"), photo_rows(camera_list, photos))
    finally:
        db.close()


REPOSITORY = Path(__file__).resolve().parent.parent


def time_export(
    database: Path, out: Path, format_name: str = "geojson", code: Path = REPOSITORY
) -> float:
    """Wall-clock seconds of the export by the code in ``code``; its CPU seconds (user +
    system) go to CPU_TIMES."""
    # -P: the current folder is not put first on the path. Run from the repository's root (as
    # `python3 -m benchmarks.bench_export` is), it made every copy run this checkout's code.
    command = [sys.executable, "-P", "-m", "surveyapp", "--db", str(database), "export"]
    command.append(format_name)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")])),
    }
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = timed_run([*command, str(out)], f"surveyapp export {format_name}", env)[0]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    CPU_TIMES.setdefault((code, format_name), []).append(cpu)
    return seconds


# CPU seconds of every timed export, by code and format: on a busy machine the wall clock also
# counts the time other processes held the cores; the CPU time does not.
CPU_TIMES: dict[tuple[Path, str], list[float]] = {}


def check_geojson(out: Path, cameras: int, photos: int) -> list[str]:
    """What is wrong with the exported file (empty when all is well)."""
    with open(out, encoding="utf-8") as stream:
        collection = json.load(stream)
    problems = []
    if collection.get("type") != "FeatureCollection":
        problems.append(f"type is {collection.get('type')!r}, not FeatureCollection")
    found = collection.get("features", [])
    if len(found) != cameras:
        problems.append(f"{len(found)} features, not {cameras}")
    points = sum(1 for f in found if f["geometry"]["type"] == "Point")
    if points != len(found):
        problems.append(f"{len(found) - points} features are not Points")
    listed = sum(f["properties"].get("survey:photo_count", 0) for f in found)
    if listed != photos:
        problems.append(f"the features list {listed} photos, not {photos}")
    return problems


def check_csv(out: Path, cameras: int, photos: int) -> list[str]:
    """Rows with a position and photo counts adding up."""
    with open(out, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    problems = [] if len(rows) == cameras else [f"{len(rows)} rows, not {cameras}"]
    if any(not (-90 <= float(r["latitude"]) <= 90) for r in rows):
        problems.append("a latitude out of range")
    listed = sum(int(r["survey:photo_count"]) for r in rows)
    if listed != photos:
        problems.append(f"the rows list {listed} photos, not {photos}")
    return problems


def _count_elements(out: Path, tag: str) -> int:
    count = 0
    for _, element in ET.iterparse(out):
        if element.tag.rsplit("}", 1)[-1] == tag:
            count += 1
            element.clear()
    return count


def check_kml(out: Path, cameras: int, photos: int) -> list[str]:
    """One Placemark per camera (the file parses as XML)."""
    found = _count_elements(out, "Placemark")
    return [] if found == cameras else [f"{found} placemarks, not {cameras}"]


def check_gpx(out: Path, cameras: int, photos: int) -> list[str]:
    """One waypoint per camera (the file parses as XML)."""
    found = _count_elements(out, "wpt")
    return [] if found == cameras else [f"{found} waypoints, not {cameras}"]


def check_osm(out: Path, cameras: int, photos: int, present: int = 0) -> list[str]:
    """osmium reads one new node (negative id) per present camera."""
    import osmium

    ids = [node.id for node in osmium.FileProcessor(str(out), osmium.osm.NODE)]
    problems = [] if len(ids) == present else [f"{len(ids)} nodes, not {present}"]
    if any(i >= 0 for i in ids):
        problems.append("a node with a non-negative id")
    return problems


CHECKS = {"geojson": check_geojson, "csv": check_csv, "kml": check_kml, "gpx": check_gpx}


def present_cameras(database: Path) -> int:
    """How many cameras are present (not removed): the OSM export's nodes."""
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT count(*) FROM camera WHERE status = 'present' AND NOT deleted"
        ).fetchone()
    connection.close()
    return int(row[0])


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _summary(name: str, runs: list[float], code: Path, geojson: float | None) -> str:
    median = statistics.median(runs)
    if name == "geojson":
        verdict = "met" if median <= GEOJSON_TARGET else "NOT MET"
        target = f"target <= {GEOJSON_TARGET:.1f} s: {verdict}"
    elif geojson is not None:
        ratio = median / geojson
        verdict = "met" if ratio <= RATIO_TARGET else "NOT MET"
        target = f"{ratio:.2f}x GeoJSON, target <= {RATIO_TARGET:.1f}x: {verdict}"
    else:
        target = "(run with geojson for the target)"
    return (
        f"{name:8} median {median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in runs)}), "
        f"CPU {statistics.median(CPU_TIMES[code, name]):.2f} s; {target}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cameras", type=int, default=100_000, help="default 100,000")
    parser.add_argument("--photos", type=int, default=150_000, help="default 150,000")
    parser.add_argument("--runs", type=int, default=3, help="timed exports (default 3)")
    parser.add_argument("--tmp", type=Path, default=None, help="where the temporary database goes")
    parser.add_argument("--formats", default=",".join(FORMATS), help=f"default {','.join(FORMATS)}")
    parser.add_argument(
        "--before", type=Path, default=None, help="a copy of older code to time beside this one"
    )
    args = parser.parse_args(argv)
    if args.photos < args.cameras:
        parser.error("--photos must be at least --cameras (every camera has a photo)")

    formats = [name.strip() for name in args.formats.split(",") if name.strip()]
    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        parser.error(f"unknown format(s) {', '.join(unknown)}: use {', '.join(FORMATS)}")
    codes = [REPOSITORY] if args.before is None else [args.before.resolve(), REPOSITORY]

    print(f"== export benchmark: {args.cameras} cameras, {args.photos} photos")
    print(f"load average at the start: {_load()}")
    for code in codes:
        compile_bytecode(code)
    print("bytecode compiled beforehand for every copy timed (not timed)")
    results = []
    same: dict[str, bool] = {}
    with tempfile.TemporaryDirectory(prefix="surveyapp-bench-", dir=args.tmp) as tmp:
        database = Path(tmp) / "survey.sqlite"
        started = time.perf_counter()
        fill_database(database, args.cameras, args.photos)
        size = database.stat().st_size
        print(
            f"database filled in {time.perf_counter() - started:.1f} s (not timed), "
            f"{size / 1e6:.0f} MB"
        )
        present = present_cameras(database)
        # Round by round, every format once (by the older code, then this code), so that a busy
        # moment slows them all alike.
        times: dict[tuple[Path, str], list[float]] = {(c, n): [] for c in codes for n in formats}
        for run in range(1, args.runs + 1):
            for name in formats:
                digests = []
                for code in codes:
                    out = Path(tmp) / f"cameras.{name}"
                    times[code, name].append(time_export(database, out, name, code))
                    if run == args.runs:
                        data = out.read_bytes()
                        digests.append(hashlib.sha256(data.split(b"\n", 2)[-1]).digest())
                        if name == "osm":
                            problems = check_osm(out, args.cameras, args.photos, present)
                        else:
                            problems = CHECKS[name](out, args.cameras, args.photos)
                        results.append((name, code, len(data), problems))
                    out.unlink()
                same[name] = len(set(digests)) == 1
            print(
                f"  round {run}: "
                + ", ".join(
                    f"{name} " + " / ".join(f"{times[c, name][-1]:.2f}" for c in codes) + " s"
                    for name in formats
                )
                + f"; load {_load()}"
            )
    failed = False
    for code in codes:
        geojson = statistics.median(times[code, "geojson"]) if "geojson" in formats else None
        print(f"\n{code}: surveyapp --db TMP/survey.sqlite export FORMAT OUT (subprocess):")
        for name, where, out_size, problems in results:
            if where == code:
                verdict = "ok" if not problems else "; ".join(problems)
                print(
                    f"  {_summary(name, times[code, name], code, geojson)}; "
                    f"{out_size / 1e6:.0f} MB; check: {verdict}"
                )
                failed = failed or bool(problems)
    if args.before is not None:
        # The OSM and GPX files name the program's version in their first lines.
        print(
            "\nsame bytes as before (past the first two lines): "
            + ", ".join(f"{name} {'yes' if same[name] else 'NO'}" for name in formats)
        )
        failed = failed or not all(same.values())
    print(f"load average at the end: {_load()}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
