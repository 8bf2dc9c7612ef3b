"""Preparing real OpenStreetMap extracts into basemap stores: what they hold, cancel, errors."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from surveyapp.basemap.prepare import ExtractError, PrepareProgress, prepare_extract, store_path
from surveyapp.basemap.store import ROADS, Kind, Store, store_files
from tests.basemap.conftest import extract, prepared


def test_andorra_has_its_named_streets_buildings_and_places(andorra: Store) -> None:
    info = andorra.info
    assert info.source == "andorra.osm.pbf"
    assert info.objects == 69_644 + 2_725 + 74  # every node, way and relation was read
    assert info.named_streets == andorra.street_count() == 204
    south, west, north, east = info.bounds
    assert 42.3 < south < 42.5 < north < 42.8 and 1.3 < west < 1.55 < east < 1.9
    every = andorra.features((0, 0, 1, 1), 19)
    kinds = {kind for kind, _name, _parts in every}
    assert {Kind.BUILDING, Kind.STREET, Kind.PRIMARY, Kind.WATER, Kind.PARK} <= kinds
    assert "Andorra la Vella" in {name for kind, name, _ in every if kind >= Kind.SUBURB}
    labels = andorra.labels()
    assert "Avinguda Meritxell" in labels.names and "Andorra la Vella" in labels.names


def test_low_zooms_leave_out_the_small_things(andorra: Store) -> None:
    city = andorra.features((0, 0, 1, 1), 10)
    assert city and all(kind not in (Kind.BUILDING, Kind.STREET, Kind.PATH) for kind, _, _ in city)
    assert len(andorra.features((0, 0, 1, 1), 16)) > 3 * len(city)


def test_monaco_from_gzipped_osm_xml(monaco: Store) -> None:
    assert monaco.info.source == "monaco.osm.gz"
    assert monaco.info.named_streets == 123
    roads = monaco.features((0, 0, 1, 1), 19, ROADS)
    assert {"Boulevard des Moulins", "Avenue Princesse Grace"} <= {n for _, n, _ in roads}


def test_a_cancelled_preparation_leaves_nothing_and_keeps_the_old_store(tmp_path: Path) -> None:
    source = extract("andorra.osm.pbf")
    steps = prepare_extract(source, tmp_path)
    seen = [next(steps), next(steps)]
    assert all(isinstance(p, PrepareProgress) for p in seen) and seen[1].objects > 0
    steps.close()  # what Cancel does
    assert list(tmp_path.iterdir()) == []  # no store, no hidden partial file

    first = prepared(source, tmp_path)  # rebuilt after the cancel, whole
    assert list(store_files(tmp_path)) == [first.path]
    before = first.path.read_bytes()
    steps = prepare_extract(source, tmp_path)
    next(steps)
    next(steps)
    steps.close()
    assert first.path.read_bytes() == before  # the store in use is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.path.name]
    assert Store(first.path).street_count() == 204


def test_progress_climbs_to_the_end(tmp_path: Path) -> None:
    steps = prepare_extract(extract("andorra.osm.pbf"), tmp_path)
    fractions = []
    while True:
        try:
            fractions.append(next(steps).fraction)
        except StopIteration:
            break
    assert fractions == sorted(fractions) and len(fractions) >= 4
    assert 0.9 < fractions[-1] < 1.0


_LAUGHS = (
    b"<!DOCTYPE osm [<!ENTITY a 'aaaaaaaaaa'>"
    + b"".join(b"<!ENTITY %c '%s'>" % (98 + i, b"&%c;" % (97 + i) * 10) for i in range(9))
    + b"]>"
)
_XXE = b"<!DOCTYPE osm [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"


def _city(position: str) -> bytes:
    return (
        f"<?xml version='1.0'?><osm version='0.6'><node id=\"1\" {position}>"
        "<tag k='place' v='city'/><tag k='name' v='X'/></node></osm>"
    ).encode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("streets.txt", b"hello", "not an OpenStreetMap extract"),
        ("broken.osm.pbf", b"\x00\x00\x00\x0dnot protobuf at all", "cannot be read"),
        ("empty.osm", b"<?xml version='1.0'?><osm version='0.6'></osm>", "holds no streets"),
        ("cut.osm.gz", gzip.compress(b"<?xml version='1.0'?><osm version='0.6'><node")[:30],
         "cannot be read"),
        # libosmium's ValueError and InvalidLocationError went past the refusal: the app's
        # offline areas said "wrong format for coordinate: 'nan'" without the file or a reason
        ("nan.osm", _city('lat="nan" lon="1"'), "cannot be read.*coordinate"),
        ("lon.osm", _city('lat="1" lon="400"'), "cannot be read.*coordinate"),
        ("id.osm", _city('lat="1" lon="1"').replace(b'id="1"', b'id="abc"'), "cannot be read.*id"),
        ("time.osm", _city('lat="1" lon="1" timestamp="soon"'), "cannot be read.*timestamp"),
        ("laughs.osm", _city('lat="1" lon="1"').replace(b"<osm", _LAUGHS + b"<osm")
         .replace(b"v='X'", b"v='&j;'"), "cannot be read.*entities"),
        ("xxe.osm", _city('lat="1" lon="1"').replace(b"<osm", _XXE + b"<osm")
         .replace(b"v='X'", b"v='&x;'"), "cannot be read.*entities"),
        ("huge.osm.pbf", b"\x7f\xff\xff\xff\x0a\x09OSMHeader" + bytes(100), "cannot be read"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_an_extract_is_refused_with_a_reason(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    source = tmp_path / "in" / name
    source.parent.mkdir()
    source.write_bytes(content)
    with pytest.raises(ExtractError, match=message):
        prepared(source, tmp_path / "out")
    assert list(store_files(tmp_path / "out")) == []
    assert not any((tmp_path / "out").glob(".*partial"))


def test_an_extract_cut_in_half_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    whole = extract("andorra.osm.pbf").read_bytes()
    source = tmp_path / "in" / "andorra.osm.pbf"
    source.parent.mkdir()
    source.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ExtractError, match="andorra.osm.pbf cannot be read"):
        prepared(source, tmp_path / "out")
    assert list(store_files(tmp_path / "out")) == []
    assert not any((tmp_path / "out").glob(".*partial"))


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match="no such file"):
        prepared(tmp_path / "nowhere.osm.pbf", tmp_path)


def test_stores_are_named_after_their_file(tmp_path: Path) -> None:
    assert store_path(tmp_path, Path("Beograd Čukarica.osm.pbf")).name == (
        "beograd-cukarica.basemap.sqlite"
    )
    assert store_path(tmp_path, Path("monaco.osm.gz")).name == "monaco.basemap.sqlite"


def test_an_extract_whose_file_name_is_no_utf_8_is_prepared(tmp_path: Path) -> None:
    """A file saved under a Latin-1 name (a link to the shared extract here): the store is made
    and says where it came from in escaped text (before: minutes of preparation, then "'utf-8'
    codec can't encode" when the store's description was written, and no store)."""
    named = Path(os.fsdecode(bytes(tmp_path) + b"/monaco-\xe9t\xe9.osm.gz"))
    named.symlink_to(extract("monaco.osm.gz"))
    info = prepared(named, tmp_path / "stores")
    assert info.source == "monaco-\\xe9t\\xe9.osm.gz"
    assert info.named_streets == 123
