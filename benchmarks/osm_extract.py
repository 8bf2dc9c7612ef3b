"""A synthetic OpenStreetMap extract N times the size of the real Andorra one, around Belgrade.

    python3 -m benchmarks.osm_extract --copies 20   # makes or reuses benchmarks/out/osm-x20.osm.pbf

Andorra's extract (../shared/data/osm/andorra.osm.pbf: 69,644 nodes, 2,725 ways, 74 relations)
is written N times into one PBF with pyosmium, each copy with its own ids (shifted by
``ID_STEP`` per copy) and moved onto a grid of 0.45° × 0.4° cells, one of them with Andorra la
Vella on Terazije (Belgrade), so that the copies tile a region as a real regional extract does
and the GUI benchmark's cameras (around Terazije) lie on a city's worth of streets. Every tag,
way and relation is kept, so the file is exactly N times Andorra's objects.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REPO = Path(__file__).resolve().parent.parent
ANDORRA = REPO.parent / "shared" / "data" / "osm" / "andorra.osm.pbf"
OUT = REPO / "benchmarks" / "out"
ID_STEP = 10_000_000_000
CENTRE = (44.8125, 20.4612)  # Terazije
ANDORRA_LA_VELLA = (42.5075, 1.5218)  # the densest streets: one copy puts them on Terazije
COLUMNS = 5


def synthetic_extract(copies: int, source: Path = ANDORRA) -> Path:
    """Write (or reuse) the extract of ``copies`` copies; returns its path."""
    import osmium

    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"osm-x{copies}.osm.pbf"
    if out.is_file() and out.stat().st_mtime > source.stat().st_mtime:
        return out
    partial = out.with_suffix(".partial.pbf")
    partial.unlink(missing_ok=True)
    rows = -(-copies // COLUMNS)
    writer = osmium.SimpleWriter(str(partial))
    try:
        for copy in range(copies):
            column, row = copy % COLUMNS, copy // COLUMNS
            dlat = CENTRE[0] - ANDORRA_LA_VELLA[0] + (row - rows // 2) * 0.4
            dlon = CENTRE[1] - ANDORRA_LA_VELLA[1] + (column - COLUMNS // 2) * 0.45
            shift = copy * ID_STEP
            item: Any
            for item in osmium.FileProcessor(str(source)):
                if item.is_node():
                    location = item.location
                    moved = osmium.osm.Location(location.lon + dlon, location.lat + dlat)
                    writer.add_node(item.replace(id=item.id + shift, location=moved))
                elif item.is_way():
                    nodes = [node.ref + shift for node in item.nodes]
                    writer.add_way(item.replace(id=item.id + shift, nodes=nodes))
                elif item.is_relation():
                    members = [(m.type, m.ref + shift, m.role) for m in item.members]
                    writer.add_relation(item.replace(id=item.id + shift, members=members))
    finally:
        writer.close()
    partial.rename(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    path = synthetic_extract(args.copies)
    print(f"{path} ({path.stat().st_size:,} bytes, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
