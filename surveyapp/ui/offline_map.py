"""The offline basemap: Natural Earth's world (shipped) and the OSM areas the volunteer added,
rendered into tiles in the background and kept in memory.

A frame asks for the tiles it needs; those not rendered yet are drawn by one background task at
a time (the newest view first), and ``tile_ready`` repaints the map as they arrive. The labels
(names of streets, places and cities) are read once per store and placed per frame.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from surveyapp.basemap.store import Labels, Store, StoreInfo, store_files
from surveyapp.basemap.streets import StreetFinder
from surveyapp.ui.basemap_render import render_tile
from surveyapp.ui.tasks import Task, TaskRunner, wait_for_quiet
from surveyapp.ui.tiles import MemoryCache, TileKey

log = logging.getLogger(__name__)

WORLD_FILE = "naturalearth.basemap.sqlite"
_BATCH = 12  # tiles one background task renders before the newest view is looked at again


def world_store_path() -> Path:
    """The Natural Earth store shipped in resources/."""
    return Path(str(resources.files("surveyapp.resources").joinpath(WORLD_FILE)))


class OfflineMap(QObject):
    """Tiles and labels of the offline layers; ``tile_ready`` when rendered tiles arrive,
    ``areas_changed`` when areas are added or removed."""

    tile_ready = Signal()
    areas_changed = Signal()

    def __init__(self, folder: Path, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._tasks = tasks
        self.world: Store | None = None
        try:
            self.world = Store(world_store_path())
        except (OSError, ValueError):  # a broken installation: the map still works without
            log.exception("the world basemap cannot be opened")
        self.areas: list[Store] = []
        self._memory = MemoryCache(768)
        self._wanted: list[TileKey] = []
        self._rendering: Task | None = None
        self._generation = 0
        self.labels: list[tuple[Store, Labels]] = []
        self.reload_areas()

    @property
    def stores(self) -> list[Store]:
        """The world, then the areas (drawn in this order)."""
        return ([self.world] if self.world else []) + self.areas

    def reload_areas(self) -> None:
        """Open the stores in the folder again (after one was added or removed)."""
        # The old stores are not closed here: a tile being rendered may still read them.
        self.areas = []
        for path in store_files(self.folder):
            try:
                self.areas.append(Store(path))
            except (OSError, ValueError):
                log.exception("offline area %s cannot be opened", path)
        self._generation += 1
        self._memory.clear()
        self._wanted.clear()
        self.labels = [(store, store.labels()) for store in self.stores]
        self.areas_changed.emit()
        self.tile_ready.emit()

    def area_infos(self) -> list[StoreInfo]:
        """What each added area holds, with its size on disk."""
        return [store.info for store in self.areas]

    def tile_files(self) -> list[Path]:
        """The MBTiles files of areas downloaded for offline use."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.glob("*.mbtiles") if not p.name.startswith("."))

    def remove(self, path: Path) -> None:
        """Delete an area's store (or downloaded tiles) and stop drawing it."""
        for store in self.areas:
            if store.path == path:
                store.close()
        path.unlink(missing_ok=True)
        self.reload_areas()

    def finder(self) -> StreetFinder:
        """Street lookups over the added areas."""
        return StreetFinder(self.areas)

    def tile(self, key: TileKey) -> QPixmap | None:
        """The rendered tile, or None (it is then rendered in the background)."""
        found, pixmap = self._memory.get(key)
        if found:
            return pixmap
        if key not in self._wanted:
            self._wanted.append(key)
        return None

    def cached(self, key: TileKey) -> QPixmap | None:
        """The rendered tile if there is one; never asks for it."""
        return self._memory.get(key)[1]

    def start_frame(self) -> None:
        """A new frame: forget what the last one wanted (the view has moved on)."""
        self._wanted.clear()

    @property
    def idle(self) -> bool:
        """Whether every tile asked for is rendered (nothing is being drawn in the background)."""
        return self._rendering is None and not self._wanted

    def end_frame(self) -> None:
        """Render what this frame wanted and did not have."""
        if self._wanted and self._rendering is None:
            self._render()

    def _render(self) -> None:
        keys = list(self._wanted[:_BATCH])
        stores = self.stores
        generation = self._generation

        def render(task: Task) -> tuple[int, list[tuple[TileKey, QImage]]]:
            images = []
            for key in keys:
                if task.cancelled:
                    break
                wait_for_quiet()
                images.append((key, render_tile(stores, *key, pause=wait_for_quiet)))
            return generation, images

        task = self._tasks.read("render basemap tiles", render)
        self._rendering = task
        task.finished.connect(self._rendered)
        task.done.connect(self._render_done)

    def _rendered(self, result: tuple[int, list[tuple[TileKey, QImage]]]) -> None:
        generation, images = result
        if generation != self._generation:
            return
        for key, image in images:
            self._memory.put(key, QPixmap.fromImage(image))
            if key in self._wanted:
                self._wanted.remove(key)
        self.tile_ready.emit()

    def _render_done(self) -> None:
        self._rendering = None
        if self._wanted:
            self._render()

    def close(self) -> None:
        """Release the files."""
        for store in self.stores:
            store.close()
