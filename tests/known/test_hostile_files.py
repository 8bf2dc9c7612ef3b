"""`known import` of hostile or broken files: one line naming the file, exit 2, nothing stored,
no traceback, no hang, bounded memory (each run in a subprocess with a time limit and a 1 GB
address space)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.test_cli import as_json, surveyapp

CAMERA = {"man_made": "surveillance"}


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def known_import(db: Path, path: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The command as a volunteer runs it, with its time and memory bounded."""
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    return subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(db), "known", "import", str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        preexec_fn=_limited,
    )


def overpass(*elements: dict[str, object]) -> str:
    return json.dumps({"elements": list(elements)})


def geojson(geometry: object) -> str:
    feature = {"type": "Feature", "properties": {}, "geometry": geometry}
    return json.dumps({"type": "FeatureCollection", "features": [feature]})


def _laughs() -> str:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{f"&{chr(97 + i)};" * 10}">' for i in range(9)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE osm [{entities}]><osm version="0.6">'
        '<node id="1" lat="1" lon="1"><tag k="man_made" v="surveillance"/>'
        '<tag k="note" v="&j;"/></node></osm>'
    )


NODE = '<node id="1" lat="1" lon="1"><tag k="man_made" v="surveillance"/>'
REFUSED: dict[str, tuple[bytes, str]] = {
    "laughs.osm": (_laughs().encode(), "not valid XML"),
    "xxe.osm": (
        (
            '<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            f'<osm version="0.6">{NODE}<tag k="note" v="&x;"/></node></osm>'
        ).encode(),
        "not valid XML",
    ),
    "control.osm": (f'<osm>{NODE}<tag k="n" v="a&#1;b"/></node></osm>'.encode(), "not valid XML"),
    "latin1.osm": (f'<osm>{NODE}<tag k="n" v="caf\xe9"/></node></osm>'.encode("latin-1"), "XML"),
    "nan.osm": (b'<osm><node id="1" lat="nan" lon="1"><tag k="man_made" v="surveillance"/>'
                b"</node></osm>", "not a position on Earth"),
    "huge.osm": (b'<osm><node id="1" lat="1e400" lon="1"><tag k="man_made" v="surveillance"/>'
                 b"</node></osm>", "not a position on Earth"),
    "nan.json": (b'{"elements": [{"type": "node", "id": 1, "lat": NaN, "lon": 1}]}',
                 "not valid JSON"),
    "huge.json": (b'{"elements": [{"type": "node", "id": 1, "lat": 1e400, "lon": 1}]}',
                  "not valid JSON"),
    "range.json": (overpass({"type": "node", "id": 1, "lat": 91, "lon": 1, "tags": CAMERA})
                   .encode(), "not a position on Earth"),
    "latin1.json": (b'{"elements": [{"type": "node", "id": 1, "lat": 1, "lon": 1, '
                    b'"tags": {"name": "caf\xe9"}}]}', "not valid JSON"),
    "surrogate.json": (b'{"elements": [{"type": "node", "id": 1, "lat": 1, "lon": 1, '
                       b'"tags": {"name": "\\ud800"}}]}', "not valid JSON"),
    "deep.json": (b'{"elements": ' + b"[" * 5000 + b"]" * 5000 + b"}", "not valid JSON"),
    "empty.json": (b"", "is not GeoJSON, OSM XML or Overpass JSON"),
    "photo.json": (b"\xff\xd8\xff\xe0" + bytes(100), "is not GeoJSON, OSM XML or Overpass JSON"),
    # An encoding Python does not know printed "error: unknown encoding: x-mac-farsi".
    "encoding.osm": (f'<?xml version="1.0" encoding="x-mac-farsi"?><osm>{NODE}</node></osm>'
                     .encode(), "not valid XML"),
    "rot13.osm": (f'<?xml version="1.0" encoding="rot13"?><osm>{NODE}</node></osm>'.encode(),
                  "not valid XML"),
    # A FeatureCollection without its features printed "error: 'features'".
    "nofeatures.geojson": (b'{"type": "FeatureCollection"}', "'features' is not a list"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_file_is_refused_in_one_line_naming_it(tmp_path: Path, name: str) -> None:
    db, bad = tmp_path / "s.sqlite", tmp_path / name
    content, reason = REFUSED[name]
    bad.write_bytes(content)
    result = known_import(db, bad)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and reason in lines[0], result.stderr
    assert "nothing was imported" in lines[0]
    assert "root:" not in result.stderr  # /etc/passwd was never read into a message
    assert as_json(surveyapp("known", "--json", db=db)) == []


def test_a_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    db, folder = tmp_path / "s.sqlite", tmp_path / "export.json"
    folder.mkdir()
    result = known_import(db, folder)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "export.json" in lines[0] and "folder" in lines[0]


@pytest.mark.parametrize(
    "content",
    [
        # `out geom` whose geometry is no list: a TypeError's traceback
        overpass({"type": "way", "id": 1, "geometry": 5, "tags": CAMERA}),
        overpass({"type": "way", "id": 1, "geometry": "abc", "tags": CAMERA}),
        # a GeometryCollection whose geometries are no list: the same
        geojson({"type": "GeometryCollection", "geometries": 5}),
    ],
    ids=["geometry-number", "geometry-text", "geometries-number"],
)
def test_a_camera_with_a_malformed_geometry_is_skipped_without_a_traceback(
    tmp_path: Path, content: str
) -> None:
    db, data = tmp_path / "s.sqlite", tmp_path / "cameras.json"
    data.write_text(content)
    result = known_import(db, data)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "1 elements skipped" in result.stdout
    assert as_json(surveyapp("known", "--json", db=db)) == []


def test_deeply_nested_geometries_are_read_without_a_traceback(tmp_path: Path) -> None:
    """Coordinates nested 1,000 deep (orjson reads up to 1,024) broke Python's recursion
    limit; so did GeometryCollections nested 500 deep."""
    db, data = tmp_path / "s.sqlite", tmp_path / "deep.geojson"
    # Written as text: Python's own json module cannot nest this deep either.
    point = '{"type": "Point", "coordinates": ' + "[" * 1000 + "20.5, 44.8" + "]" * 1000 + "}"
    collection = '{"type": "Point", "coordinates": [20.4, 44.9]}'
    for _ in range(500):
        collection = '{"type": "GeometryCollection", "geometries": [' + collection + "]}"
    features = ", ".join(
        f'{{"type": "Feature", "id": "f{i}", "properties": {{}}, "geometry": {geometry}}}'
        for i, geometry in enumerate([point, collection])
    )
    data.write_text(f'{{"type": "FeatureCollection", "features": [{features}]}}')
    result = known_import(db, data)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    known = {c["source_id"]: c for c in as_json(surveyapp("known", "--json", db=db))}
    assert (known["f0"]["latitude"], known["f0"]["longitude"]) == (44.8, 20.5)
    assert (known["f1"]["latitude"], known["f1"]["longitude"]) == (44.9, 20.4)


@pytest.mark.parametrize("suffix", ["json", "osm"])
def test_a_file_from_a_pipe_is_read(tmp_path: Path, suffix: str) -> None:
    """`known import <(curl …)`: the file was opened twice, so the second open found the pipe
    empty (or waited for ever for a writer, with a named pipe)."""
    db, pipe = tmp_path / "s.sqlite", tmp_path / f"cameras.{suffix}"
    os.mkfifo(pipe)
    if suffix == "json":
        content = overpass({"type": "node", "id": 7, "lat": 44.8, "lon": 20.4, "tags": CAMERA})
    else:
        content = "<osm>" + NODE.replace('lat="1"', 'lat="44.8"') + "</node></osm>"

    def write() -> None:
        with open(pipe, "w") as stream:  # waits for the command to open it
            stream.write(content)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        result = known_import(db, pipe, timeout=30)
    finally:
        if writer.is_alive():  # the command never opened the pipe: let the writer go
            with open(pipe, "rb"):
                pass
    assert result.returncode == 0, result.stderr
    assert len(as_json(surveyapp("known", "--json", db=db))) == 1


def test_terminal_controls_in_a_file_never_reach_the_terminal(tmp_path: Path) -> None:
    """A file's ids and tags carrying a terminal's escapes (clear the screen, retitle the
    window) or a right-to-left override were printed as they were by `known`."""
    db, data = tmp_path / "s.sqlite", tmp_path / "cameras.json"
    data.write_text(
        overpass(
            {"type": "node\x1b]0;pwned\x07", "id": "1\x1b[2J", "lat": 1, "lon": 1,
             "tags": {**CAMERA, "camera:type": "dome\x1b[31m\u202e", "manufacturer": "Hik\x9bJ"}}
        )
    )  # fmt: skip
    assert known_import(db, data).returncode == 0
    printed = surveyapp("known", db=db).stdout
    stored = json.dumps(as_json(surveyapp("known", "--json", db=db)), ensure_ascii=False)
    for character in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert character not in printed and character not in stored
    assert "node\\x1b]0;pwned\\x07/1\\x1b[2J" in printed and "Hik\\x9bJ" in printed


def _many_elements(megabytes: int) -> bytes:
    """Overpass JSON of small elements, ``megabytes`` long: parsed whole, ten times that."""
    element = b'{"type": "node", "id": 1, "lat": 1, "lon": 1, "tags": {"ref": "x"}},\n'
    count = megabytes * 1024 * 1024 // len(element)
    return b'{"elements": [' + element * count + b'{"type": "node", "id": 2}]}'


@pytest.mark.slow
@pytest.mark.parametrize("megabytes", [100, 130])
def test_a_json_file_too_large_for_the_memory_is_refused_in_one_line(
    tmp_path: Path, megabytes: int
) -> None:
    """A 500 MB Overpass file took 5 GB; in 1 GB of address space, 100 MB ended in a
    MemoryError's traceback. Past 128 MB JSON is refused at once, pointing to OSM XML."""
    db, big = tmp_path / "s.sqlite", tmp_path / "country.json"
    big.write_bytes(_many_elements(megabytes))
    result = known_import(db, big, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "country.json" in lines[0], result.stderr
    expected = "memory this computer has free" if megabytes < 128 else "export OSM XML instead"
    assert expected in lines[0] and "nothing was imported" in lines[0]
    assert as_json(surveyapp("known", "--json", db=db)) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [
        # Windows' Notepad: a byte order mark before UTF-8 ("not valid JSON: UTF-8 byte order
        # mark (BOM) is not supported") and "Unicode" (UTF-16 with its mark: "is not GeoJSON,
        # OSM XML or Overpass JSON", for JSON and XML alike).
        ("bom.json", b"\xef\xbb\xbf" + overpass({"type": "node", "id": 7, "lat": 44.8,
                                                  "lon": 20.4, "tags": CAMERA}).encode()),
        ("utf16.json", overpass({"type": "node", "id": 7, "lat": 44.8, "lon": 20.4,
                                 "tags": CAMERA}).encode("utf-16")),
        ("utf16be.geojson", geojson({"type": "Point", "coordinates": [20.4, 44.8]})
         .encode("utf-16-be").join([b"\xfe\xff", b""])),
        ("utf16.osm", ('<?xml version="1.0" encoding="UTF-16"?><osm>'
                       + NODE.replace('lat="1" lon="1"', 'lat="44.8" lon="20.4"')
                       + "</node></osm>").encode("utf-16")),
    ],
    ids=["bom", "utf16", "utf16be", "utf16-xml"],
)  # fmt: skip
def test_a_file_saved_by_notepad_is_read(tmp_path: Path, name: str, content: bytes) -> None:
    db, data = tmp_path / "s.sqlite", tmp_path / name
    data.write_bytes(content)
    result = known_import(db, data)
    assert result.returncode == 0, result.stderr
    [camera] = as_json(surveyapp("known", "--json", db=db))
    assert (camera["latitude"], camera["longitude"]) == (44.8, 20.4)


@pytest.mark.slow
def test_elements_that_are_not_map_data_do_not_fill_the_memory(tmp_path: Path) -> None:
    """100 MB of <note/> in OSM XML were kept to the end (only nodes, ways and relations
    were let go): 1 GB of address space filled up, and the file was refused."""
    db, data = tmp_path / "s.sqlite", tmp_path / "notes.osm"
    with open(data, "wb") as stream:
        stream.write(b'<osm version="0.6">')
        for _ in range(100):
            stream.write(b"<note/>" * 150_000)
        stream.write(NODE.encode() + b"</node></osm>")
    result = known_import(db, data, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(as_json(surveyapp("known", "--json", db=db))) == 1
