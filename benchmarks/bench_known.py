"""Known-cameras benchmark: seconds for ``surveyapp known import`` of 100,000 mapped cameras.

    python3 -m benchmarks.bench_known [--cameras 100000] [--runs 1]
                                      [--formats overpass,osm,geojson]

Writes an Overpass JSON, an OSM XML and an overpass-turbo GeoJSON file of ``--cameras``
``man_made=surveillance`` nodes around Belgrade (with the tags OSM mappers use: camera:direction
or direction, manufacturer/brand/surveillance:brand, camera:type, mount; plus one untagged node
per ten cameras, as Overpass returns for ways), not timed. Then, for each file, times
``surveyapp --db TMP/FORMAT.sqlite known import FILE`` as a subprocess on a fresh database (first
load) and again on the same database (the re-import that updates every row), and checks with
sqlite3 that the layer holds exactly ``--cameras`` rows. Target: <= 10 s for the first load.

Then it adds ``--cameras`` survey cameras (bench_export's generator) to the first database and
times ``surveyapp warnings --json``: duplicates among 100,000 cameras and against 100,000 known
ones, by grid (not every pair). Target: <= 5 s.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_export import _position, fill_database  # noqa: E402
from benchmarks.common import surveyapp_command, timed_run  # noqa: E402

TARGET_SECONDS = 10.0
WARNINGS_TARGET_SECONDS = 5.0
MAKERS = [("manufacturer", "Hikvision"), ("brand", "Dahua"), ("surveillance:brand", "Huawei")]


def known_elements(count: int, seed: int = 11) -> list[dict[str, Any]]:
    """Overpass-style node elements: ``count`` cameras and an untagged node every tenth."""
    rng = random.Random(seed)
    elements: list[dict[str, Any]] = []
    for index in range(count):
        lat, lon = _position(rng)
        tags = {"man_made": "surveillance", "surveillance": "public",
                "surveillance:type": "camera",
                rng.choice(["camera:direction", "direction"]): str(rng.randrange(360))}  # fmt: skip
        if rng.random() < 0.5:
            key, value = rng.choice(MAKERS)
            tags[key] = value
        if rng.random() < 0.5:
            tags["camera:type"] = rng.choice(["fixed", "dome", "panning"])
            tags["camera:mount"] = rng.choice(["wall", "pole"])
        elements.append({"type": "node", "id": 1_000_000 + index, "lat": lat, "lon": lon,
                         "tags": tags})  # fmt: skip
        if index % 10 == 0:
            elements.append({"type": "node", "id": 9_000_000 + index, "lat": lat, "lon": lon})
    return elements


def write_files(folder: Path, elements: list[dict[str, Any]]) -> dict[str, Path]:
    """The same cameras as Overpass JSON, OSM XML and GeoJSON."""
    kinds = (("overpass", "json"), ("osm", "osm"), ("geojson", "geojson"))
    paths = {name: folder / f"known.{suffix}" for name, suffix in kinds}
    paths["overpass"].write_text(json.dumps({"version": 0.6, "elements": elements}))
    with open(paths["osm"], "w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\">\n")
        for e in elements:
            tags = "".join(
                f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in e.get("tags", {}).items()
            )
            out.write(f'<node id="{e["id"]}" version="1" lat="{e["lat"]}" lon="{e["lon"]}">'
                      f"{tags}</node>\n")  # fmt: skip
        out.write("</osm>\n")
    features = [
        {"type": "Feature", "id": f"node/{e['id']}",
         "properties": {"@id": f"node/{e['id']}", **e["tags"]},
         "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]}}
        for e in elements
        if "tags" in e
    ]  # fmt: skip
    paths["geojson"].write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return paths


def known_rows(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        (count,) = connection.execute("SELECT count(*) FROM known_camera").fetchone()
    connection.close()
    return int(count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cameras", type=int, default=100_000, help="default 100,000")
    parser.add_argument("--runs", type=int, default=1, help="timed first loads (default 1)")
    parser.add_argument("--formats", default="overpass,osm,geojson")
    parser.add_argument("--tmp", type=Path, default=None, help="where the temporary files go")
    args = parser.parse_args(argv)
    formats = [name.strip() for name in args.formats.split(",") if name.strip()]

    print(f"== known-cameras benchmark: {args.cameras} cameras")
    failed = False
    with tempfile.TemporaryDirectory(prefix="surveyapp-bench-", dir=args.tmp) as tmp:
        paths = write_files(Path(tmp), known_elements(args.cameras))
        for name in formats:
            path = paths[name]
            first, again = [], []
            for run in range(args.runs):
                database = Path(tmp) / f"{name}-{run}.sqlite"
                import_command = [*surveyapp_command(), "--db", str(database), "known", "import"]
                first.append(timed_run([*import_command, str(path)], "known import")[0])
                again.append(timed_run([*import_command, str(path)], "known import")[0])
                rows = known_rows(database)
                problem = "" if rows == args.cameras else f"{rows} rows, not {args.cameras}"
            median = statistics.median(first)
            verdict = "met" if median <= TARGET_SECONDS else "NOT MET"
            size = path.stat().st_size / 1e6
            print(
                f"  {name:8} {size:5.0f} MB: first load median {median:.2f} s "
                f"({args.cameras / median:,.0f} cameras/s), re-import "
                f"{statistics.median(again):.2f} s; target <= {TARGET_SECONDS:.0f} s: {verdict}; "
                f"check: {problem or 'ok'}"
            )
            failed = failed or bool(problem)
        database = Path(tmp) / f"{formats[0]}-0.sqlite"
        fill_database(database, args.cameras, args.cameras)
        command = [*surveyapp_command(), "--db", str(database), "warnings", "--json"]
        seconds = timed_run(command, "warnings")[0]
        verdict = "met" if seconds <= WARNINGS_TARGET_SECONDS else "NOT MET"
        print(
            f"  warnings --json over {args.cameras} survey and {args.cameras} known cameras: "
            f"{seconds:.2f} s; target <= {WARNINGS_TARGET_SECONDS:.0f} s: {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
