"""Download the tiles of an area for offline use into an MBTiles file, where the server allows it.

The OpenStreetMap Foundation's standard tiles may not be downloaded in bulk (its tile usage
policy): that server is refused, with the way to an offline map that is allowed, an OSM extract
of the city. For any other server the volunteer confirms that its terms allow it. The count and
the size are estimated before anything is fetched; tiles are fetched one at a time with an
honest User-Agent; the file is written beside its target and renamed when complete, so a
cancelled download leaves nothing.
"""

from __future__ import annotations

import math
import os
import sqlite3
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from surveyapp.basemap.geometry import world_xy
from surveyapp.i18n import translate

# Hosts whose terms forbid bulk downloads (operations.osmfoundation.org/policies/tiles).
NO_BULK_HOSTS = ("tile.openstreetmap.org", "tile.osm.org")
MAX_TILES = 30_000
BYTES_PER_TILE = 18_000  # a typical raster tile of a city (PNG)
_GIVE_UP_AFTER = 5  # consecutive failures before the download stops

Bounds = tuple[float, float, float, float]  # south, west, north, east (degrees)


class DownloadRefused(ValueError):
    """This server or this request may not be downloaded (the message says why)."""


def bulk_download_refusal(url: str) -> str | None:
    """Why tiles of this URL template may not be downloaded for offline use, or None."""
    host = (urlsplit(url.replace("{s}", "a")).hostname or "").lower()
    if any(host == h or host.endswith("." + h) for h in NO_BULK_HOSTS):
        return translate(
            "basemap",
            "OpenStreetMap's standard tiles may not be downloaded in bulk (its tile usage "
            "policy). For an offline map of your city, add an OpenStreetMap extract of it "
            "(a .osm.pbf file) in Settings → Offline map.",
        )
    return None


def tiles_in(bounds: Bounds, zooms: range) -> Iterator[tuple[int, int, int]]:
    """Every (z, x, y) tile that covers the area, zoom by zoom."""
    south, west, north, east = bounds
    x0, y0 = world_xy(north, west)
    x1, y1 = world_xy(south, east)
    for z in zooms:
        n = 1 << z
        for x in range(max(0, int(x0 * n)), min(n - 1, int(x1 * n)) + 1):
            for y in range(max(0, int(y0 * n)), min(n - 1, int(y1 * n)) + 1):
                yield z, x, y


def count_tiles(bounds: Bounds, zooms: range) -> int:
    """How many tiles ``tiles_in`` gives, without listing them."""
    south, west, north, east = bounds
    x0, y0 = world_xy(north, west)
    x1, y1 = world_xy(south, east)
    total = 0
    for z in zooms:
        n = 1 << z
        columns = min(n - 1, int(x1 * n)) - max(0, int(x0 * n)) + 1
        rows = min(n - 1, int(y1 * n)) - max(0, int(y0 * n)) + 1
        total += max(0, columns) * max(0, rows)
    return total


@dataclass(frozen=True)
class DownloadProgress:
    """Tiles fetched so far of the total, and the bytes they took."""

    done: int
    total: int
    size: int
    failed: int


def _url(template: str, z: int, x: int, y: int) -> str:
    return (
        template.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))
        .replace("{s}", "abc"[(x + y) % 3])
    )  # fmt: skip


def download_tiles(
    url: str,
    bounds: Bounds,
    zooms: range,
    out: Path,
    user_agent: str,
    client: httpx.Client | None = None,
) -> Generator[DownloadProgress, None, DownloadProgress]:
    """Fetch every tile of the area into the MBTiles file ``out``; yields progress per tile.

    Raises DownloadRefused before fetching anything when the server or the size is not allowed,
    and RuntimeError when the server keeps failing (nothing is left behind either way).
    """
    refusal = bulk_download_refusal(url)
    if refusal:
        raise DownloadRefused(refusal)
    total = count_tiles(bounds, zooms)
    if total > MAX_TILES:
        text = translate(
            "basemap", "{count} tiles is too many to download: choose a smaller area or fewer zooms"
        )
        raise DownloadRefused(text.format(count=total))
    partial = out.with_name(f".{out.name}.partial")
    partial.unlink(missing_ok=True)
    own_client = client is None
    http = client or httpx.Client(timeout=20, headers={"User-Agent": user_agent})
    db = sqlite3.connect(partial)
    try:
        db.executescript(
            "CREATE TABLE metadata (name TEXT, value TEXT);"
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            " tile_data BLOB);"
            "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);"
        )
        south, west, north, east = bounds
        host = urlsplit(url).hostname or url
        db.executemany("INSERT INTO metadata VALUES (?, ?)", [
            ("name", host), ("format", "png"), ("type", "baselayer"),
            ("bounds", f"{west},{south},{east},{north}"), ("minzoom", str(zooms.start)),
            ("maxzoom", str(zooms.stop - 1)), ("tile_url", url),
            ("attribution", translate("map", "map tiles: {host}").format(host=host)),
            ("downloaded", time.strftime("%Y-%m-%d")),
        ])  # fmt: skip
        done = size = failed = streak = 0
        for z, x, y in tiles_in(bounds, zooms):
            response = http.get(_url(url, z, x, y), headers={"User-Agent": user_agent})
            done += 1
            if response.status_code == 200 and response.content:
                db.execute(
                    "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)",
                    (z, x, (1 << z) - 1 - y, response.content),  # TMS rows, from the south
                )
                size += len(response.content)
                streak = 0
            else:
                failed += 1
                streak += 1
                if streak >= _GIVE_UP_AFTER:
                    text = translate("basemap", "the tile server keeps refusing (HTTP {status})")
                    raise RuntimeError(text.format(status=response.status_code))
            yield DownloadProgress(done, total, size, failed)
        db.commit()
        db.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
        return DownloadProgress(done, total, size, failed)
    except BaseException:  # cancelled, refused, cut: nothing half-written stays
        db.close()
        partial.unlink(missing_ok=True)
        raise
    finally:
        if own_client:
            http.close()


def estimate_bytes(tiles: int) -> int:
    """About how much ``tiles`` tiles take on disk."""
    return tiles * BYTES_PER_TILE


def zoom_for_area(bounds: Bounds) -> int:
    """The zoom at which the area fits about one tile (where downloads usually start)."""
    south, west, north, east = bounds
    span = max(east - west, 1e-6) / 360.0
    return max(0, min(19, int(math.floor(math.log2(1 / span)))))
