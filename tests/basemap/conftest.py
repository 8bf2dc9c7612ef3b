"""The real OpenStreetMap extracts in ../shared/data/osm, prepared once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from surveyapp.basemap.prepare import prepare_extract
from surveyapp.basemap.store import Store, StoreInfo
from tests.conftest import REPO

OSM = Path(os.environ.get("SURVEYAPP_OSM", REPO.parent / "shared" / "data" / "osm"))


def extract(name: str) -> Path:
    """A real extract, or skip when the shared data is absent."""
    path = OSM / name
    if not path.is_file():
        pytest.skip(f"the OSM extract {name} is not at {OSM}")
    return path


def prepared(source: Path, folder: Path) -> StoreInfo:
    """Run a preparation to its end."""
    steps = prepare_extract(source, folder)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            info: StoreInfo = stop.value
            return info


@pytest.fixture(scope="session")
def andorra(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("andorra")
    return Store(prepared(extract("andorra.osm.pbf"), folder).path)


@pytest.fixture(scope="session")
def monaco(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("monaco")
    return Store(prepared(extract("monaco.osm.gz"), folder).path)
