"""Map background tiles: an XYZ URL (OpenStreetMap by default) cached on disk, or an MBTiles file.

Tiles are 256-pixel squares in Web Mercator. Network tiles are fetched with QNetworkAccessManager
(never blocking the GUI), sent with an honest User-Agent as OpenStreetMap's tile policy asks, and
kept in a disk cache so the map works in the café with no network. An MBTiles file (SQLite, TMS
rows counted from the south) gives fully offline basemaps.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkDiskCache,
    QNetworkReply,
    QNetworkRequest,
)

from surveyapp import __version__
from surveyapp.basemap.geometry import MAX_LATITUDE, lat_lon, metres_per_unit, world_xy

__all__ = ["MAX_LATITUDE", "lat_lon", "world_xy"]  # the map's projection, for its modules

TILE_SIZE = 256
MAX_ZOOM = 19
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
# OSM's tile policy asks for an honest User-Agent naming the application (no browser's).
USER_AGENT = f"SurveyApp/{__version__} (desktop app that maps surveillance cameras)"

TileKey = tuple[int, int, int]  # z, x, y (XYZ, rows counted from the north)


def metres_per_pixel(latitude: float, zoom: float) -> float:
    """Ground metres per screen pixel at this latitude and (fractional) zoom."""
    return metres_per_unit(latitude) / (TILE_SIZE * 2**zoom)


class TileSource(QObject):
    """Hands out tile pixmaps; ``tile_ready`` says a tile that was missing has arrived,
    ``failed(reason)`` that tiles cannot be had (said once per source)."""

    tile_ready = Signal()
    failed = Signal(str)
    attribution = ""

    def tile(self, key: TileKey) -> QPixmap | None:
        """The tile if it is at hand now; otherwise None (and it may arrive later)."""
        return None

    def close(self) -> None:
        """Release files and network requests."""


class MemoryCache:
    """The last few hundred decoded tiles."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self.items: OrderedDict[TileKey, QPixmap | None] = OrderedDict()

    def get(self, key: TileKey) -> tuple[bool, QPixmap | None]:
        if key in self.items:
            self.items.move_to_end(key)
            return True, self.items[key]
        return False, None

    def put(self, key: TileKey, pixmap: QPixmap | None) -> None:
        self.items[key] = pixmap
        while len(self.items) > self.size:
            self.items.popitem(last=False)

    def clear(self) -> None:
        self.items.clear()


class MBTilesSource(TileSource):
    """Tiles from an MBTiles file (a local SQLite database), read on demand."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        names = dict(self._db.execute("SELECT name, value FROM metadata").fetchall())
        self.attribution = str(names.get("attribution", "") or names.get("name", path.name))
        self._memory = MemoryCache()

    def tile(self, key: TileKey) -> QPixmap | None:
        found, pixmap = self._memory.get(key)
        if found:
            return pixmap
        z, x, y = key
        row = self._db.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
            (z, x, (1 << z) - 1 - y),  # MBTiles counts rows from the south (TMS)
        ).fetchone()
        pixmap = None
        if row is not None:
            pixmap = QPixmap()
            if not pixmap.loadFromData(bytes(row[0])):
                pixmap = None
        self._memory.put(key, pixmap)
        return pixmap

    def close(self) -> None:
        self._db.close()


def _tile_url(path: Path) -> str | None:
    """The tile URL an MBTiles file was downloaded from (None when it does not say)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM metadata WHERE name = 'tile_url'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def check_mbtiles(path: Path) -> str | None:
    """Why ``path`` cannot be used as an MBTiles basemap, or None when it can."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            db.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1")
            db.execute("SELECT name, value FROM metadata LIMIT 1")
        finally:
            db.close()
    except sqlite3.Error as error:
        text = QCoreApplication.translate("tiles", "{name} is not an MBTiles file ({error})")
        return text.format(name=path.name, error=error)
    return None


class XyzTileSource(TileSource):
    """Tiles from an XYZ URL template, fetched in the background and cached on disk; the areas
    downloaded from the same URL for offline use (MBTiles ``downloaded``) are read first."""

    def __init__(
        self,
        url: str,
        cache_dir: Path,
        attribution: str = OSM_ATTRIBUTION,
        downloaded: Sequence[Path] = (),
    ) -> None:
        super().__init__()
        self.url = url
        self.attribution = attribution
        self.downloaded = [MBTilesSource(p) for p in downloaded if _tile_url(p) == url]
        self._manager = QNetworkAccessManager(self)
        cache = QNetworkDiskCache(self)
        cache_dir.mkdir(parents=True, exist_ok=True)
        cache.setCacheDirectory(str(cache_dir))
        cache.setMaximumCacheSize(512 * 1024 * 1024)
        self._manager.setCache(cache)
        self._memory = MemoryCache()
        self._pending: dict[TileKey, QNetworkReply] = {}
        self.failures = 0
        self._closed = False

    def tile(self, key: TileKey) -> QPixmap | None:
        found, pixmap = self._memory.get(key)
        if found:
            return pixmap
        for area in self.downloaded:
            pixmap = area.tile(key)
            if pixmap is not None:
                return pixmap
        if key not in self._pending and len(self._pending) < 64:
            self._fetch(key)
        return None

    def _fetch(self, key: TileKey) -> None:
        z, x, y = key
        url = self.url.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", USER_AGENT.encode())
        # Use the disk copy when there is one; the network only for tiles never seen.
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.PreferCache,
        )
        reply = self._manager.get(request)
        self._pending[key] = reply
        reply.finished.connect(lambda: self._arrived(key, reply))

    def _arrived(self, key: TileKey, reply: QNetworkReply) -> None:
        self._pending.pop(key, None)
        if self._closed:
            reply.deleteLater()
            return
        pixmap: QPixmap | None = None
        if reply.error() == QNetworkReply.NetworkError.NoError:
            pixmap = QPixmap()
            if not pixmap.loadFromData(reply.readAll().data()):
                pixmap = None
        if pixmap is None:
            self.failures += 1
            if self.failures == 1:  # said once, in plain words, by the map
                self.failed.emit(_reason(reply))
        else:
            # Failed tiles are not remembered: they are asked again when the view comes back.
            self._memory.put(key, pixmap)
            self.tile_ready.emit()
        reply.deleteLater()

    def close(self) -> None:
        for area in self.downloaded:
            area.close()
        self._closed = True
        for reply in list(self._pending.values()):
            reply.abort()
        self._pending.clear()


def _reason(reply: QNetworkReply) -> str:
    """Why a tile did not come, short."""
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    if status:
        return QCoreApplication.translate("tiles", "the tile server answered {status}").format(
            status=status
        )
    if reply.error() == QNetworkReply.NetworkError.NoError:
        return QCoreApplication.translate("tiles", "a tile was not an image")
    return QCoreApplication.translate("tiles", "no connection to {host}").format(
        host=reply.url().host()
    )
