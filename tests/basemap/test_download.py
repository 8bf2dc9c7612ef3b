"""Downloading an area's tiles for offline use: refused where the terms forbid it, counted before,
fetched politely from a tile server on 127.0.0.1 into MBTiles, nothing left when cancelled."""

from __future__ import annotations

import http.server
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from surveyapp.basemap.download import (
    DownloadRefused,
    bulk_download_refusal,
    count_tiles,
    download_tiles,
    tiles_in,
)
from tests.local_http import reply, serving

MONACO = (43.72, 7.40, 43.76, 7.44)  # south, west, north, east


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (256, 256), (30, 160, 60)).save(out, "PNG")
    return out.getvalue()


class _Tiles(http.server.BaseHTTPRequestHandler):
    paths: list[str] = []
    agents: set[str] = set()
    fail_after = 10**9

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        cls = type(self)
        cls.paths.append(self.path)
        cls.agents.add(self.headers.get("User-Agent", ""))
        if len(cls.paths) > cls.fail_after:
            self.send_error(429)
            return
        reply(self, png(), "image/png")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Tiles.paths, _Tiles.agents, _Tiles.fail_after = [], set(), 10**9
    with serving(_Tiles) as httpd:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"


@pytest.mark.parametrize(
    "url",
    [
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "https://a.tile.openstreetmap.org/{z}/{x}/{y}.png",
        "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
        "http://TILE.OSM.ORG/{z}/{x}/{y}.png",
    ],
)
def test_the_osm_foundation_tiles_are_never_downloaded_in_bulk(url: str, tmp_path: Path) -> None:
    reason = bulk_download_refusal(url)
    assert reason is not None and "OpenStreetMap extract" in reason
    with pytest.raises(DownloadRefused, match="tile usage policy"):
        next(download_tiles(url, MONACO, range(12, 14), tmp_path / "x.mbtiles", "test"))
    assert list(tmp_path.iterdir()) == []


def test_other_servers_may_be_downloaded() -> None:
    assert bulk_download_refusal("https://tiles.example.org/{z}/{x}/{y}.png") is None
    assert bulk_download_refusal("https://openstreetmap.example.org/{z}/{x}/{y}.png") is None


def test_the_count_is_known_before_anything_is_fetched() -> None:
    zooms = range(10, 16)
    assert count_tiles(MONACO, zooms) == len(list(tiles_in(MONACO, zooms)))
    assert count_tiles(MONACO, range(10, 11)) == 1
    assert count_tiles(MONACO, range(16, 17)) > 50


def test_an_area_is_saved_as_mbtiles(server: str, tmp_path: Path) -> None:
    out = tmp_path / "monaco.mbtiles"
    steps = download_tiles(server, MONACO, range(11, 14), out, "SurveyApp/test")
    progress = []
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as stop:
            result = stop.value
            break
    total = count_tiles(MONACO, range(11, 14))
    assert [p.done for p in progress] == list(range(1, total + 1))
    assert result.done == total and result.failed == 0 and result.size > 0
    assert len(_Tiles.paths) == total and _Tiles.agents == {"SurveyApp/test"}
    with sqlite3.connect(out) as db:
        count = db.execute("SELECT count(*) FROM tiles").fetchone()[0]
        meta = dict(db.execute("SELECT name, value FROM metadata").fetchall())
    db.close()
    assert count == total and meta["tile_url"] == server and meta["format"] == "png"
    assert not list(tmp_path.glob(".*"))


def test_a_cancelled_download_leaves_nothing(server: str, tmp_path: Path) -> None:
    steps = download_tiles(server, MONACO, range(11, 15), tmp_path / "m.mbtiles", "test")
    next(steps)
    next(steps)
    steps.close()
    assert list(tmp_path.iterdir()) == []


def test_a_server_that_keeps_refusing_stops_the_download(server: str, tmp_path: Path) -> None:
    _Tiles.fail_after = 3
    with pytest.raises(RuntimeError, match="429"):
        list(download_tiles(server, MONACO, range(11, 15), tmp_path / "m.mbtiles", "test"))
    assert list(tmp_path.iterdir()) == []
    assert len(_Tiles.paths) == 3 + 5  # stopped after five refusals in a row


def test_too_big_an_area_is_refused_before_fetching(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadRefused, match="too many"):
        next(download_tiles(server, (40, 0, 50, 20), range(5, 16), tmp_path / "a", "test"))
    assert _Tiles.paths == []
