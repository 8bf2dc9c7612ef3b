"""Offline basemap benchmark: preparing OpenStreetMap extracts, and drawing their tiles.

    python3 -m benchmarks.bench_basemap [--copies 20] [--runs 3]

1. Prepares the real Andorra extract (../shared/data/osm/andorra.osm.pbf, 72,443 OSM objects)
   with ``prepare_extract`` into a fresh folder ``--runs`` times and reports the median time and
   OSM objects per second (every node, way and relation read, divided by the wall time of the
   whole preparation, store written and renamed).
2. The same for the synthetic extract ``--copies`` times its size (``benchmarks/osm_extract.py``;
   made once, not timed).
3. Renders every 256-pixel tile of the synthetic region at zooms 12, 14, 16 and 18 around
   Terazije (the store, Natural Earth under it) as the map's background thread does, and
   reports the median and worst time per tile.

4. Looks up the street of ``--cameras`` cameras around Terazije (``bench_export``'s survey,
   made before, not timed) in the synthetic region with ``update_streets``, as the desktop app
   does in the background after an area is added, and reports cameras per second.

Target: preparing >= 50,000 OSM objects/s for both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.osm_extract import ANDORRA, CENTRE, synthetic_extract  # noqa: E402

TARGET_OBJECTS_PER_S = 50_000


def prepare_timed(source: Path, runs: int, tmp: Path) -> tuple[float, int, int]:
    """Median seconds, objects read and named streets of ``runs`` preparations."""
    from surveyapp.basemap.prepare import prepare_extract

    times, objects, streets = [], 0, 0
    for run in range(runs):
        folder = tmp / f"{source.stem}-{run}"
        started = time.perf_counter()
        steps = prepare_extract(source, folder)
        while True:
            try:
                next(steps)
            except StopIteration as stop:
                info = stop.value
                break
        times.append(time.perf_counter() - started)
        objects, streets = info.objects, info.named_streets
    return statistics.median(times), objects, streets


def render_timed(store_path: Path) -> dict[int, list[float]]:
    """Milliseconds per tile at a few zooms over the region around Terazije."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from surveyapp.basemap.geometry import world_xy
    from surveyapp.basemap.store import Store
    from surveyapp.ui.basemap_render import render_tile
    from surveyapp.ui.offline_map import world_store_path

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    stores = [Store(world_store_path()), Store(store_path)]
    x, y = world_xy(*CENTRE)
    result: dict[int, list[float]] = {}
    for z in (12, 14, 16, 18):
        n = 1 << z
        cx, cy = int(x * n), int(y * n)
        times = []
        for tx in range(cx - 3, cx + 3):
            for ty in range(cy - 2, cy + 2):
                started = time.perf_counter()
                render_tile(stores, z, tx, ty)
                times.append((time.perf_counter() - started) * 1000)
        result[z] = times
    del app
    return result


def streets_timed(store_path: Path, cameras: int, tmp: Path) -> tuple[float, int]:
    """Seconds to look up every camera's street, and how many got one."""
    from sqlalchemy import func, select

    from benchmarks.bench_export import fill_database
    from surveyapp.basemap.store import Store
    from surveyapp.basemap.streets import StreetFinder, update_streets
    from surveyapp.db.database import open_database
    from surveyapp.db.models import CameraStreet

    fill_database(tmp / "streets.sqlite", cameras, cameras)
    db = open_database(tmp / "streets.sqlite")
    try:
        finder = StreetFinder([Store(store_path)])
        started = time.perf_counter()
        for _progress in update_streets(db.session, finder):
            pass
        seconds = time.perf_counter() - started
        with db.session() as session:
            found = session.scalar(
                select(func.count()).select_from(CameraStreet).where(CameraStreet.street != "")
            )
    finally:
        db.close()
    return seconds, int(found or 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tmp", type=Path, default=None)
    parser.add_argument("--cameras", type=int, default=10_000, help="street lookups (10,000)")
    args = parser.parse_args(argv)
    if not ANDORRA.is_file():
        raise SystemExit(f"the Andorra extract is not at {ANDORRA}")
    synthetic = synthetic_extract(args.copies)
    failed = False
    with tempfile.TemporaryDirectory(prefix="surveyapp-bench-basemap-", dir=args.tmp) as tmp:
        print("== preparing OpenStreetMap extracts (prepare_extract, median of "
              f"{args.runs} runs)")  # fmt: skip
        for name, source in (("Andorra", ANDORRA), (f"{args.copies}x Andorra", synthetic)):
            seconds, objects, streets = prepare_timed(source, args.runs, Path(tmp))
            rate = objects / seconds
            ok = rate >= TARGET_OBJECTS_PER_S
            failed |= not ok
            print(
                f"  {name}: {objects:,} objects ({source.stat().st_size / 1e6:.1f} MB) in "
                f"{seconds:.2f} s = {rate:,.0f} objects/s, {streets:,} named streets "
                f"(target >= {TARGET_OBJECTS_PER_S:,}/s: {'met' if ok else 'NOT MET'})"
            )
        store = next(Path(tmp).glob(f"{synthetic.stem}-0/*.basemap.sqlite"))
        print(f"\n== rendering 256-pixel tiles of the {args.copies}x region (+ Natural Earth)")
        for z, times in render_timed(store).items():
            print(f"  zoom {z}: median {statistics.median(times):.1f} ms, worst "
                  f"{max(times):.1f} ms a tile ({len(times)} tiles)")  # fmt: skip
        seconds, found = streets_timed(store, args.cameras, Path(tmp))
        print(f"\n== street names of {args.cameras:,} cameras around Terazije (update_streets)")
        print(f"  {seconds:.1f} s = {args.cameras / seconds:,.0f} cameras/s; {found:,} on a "
              "named street within 60 m")  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
