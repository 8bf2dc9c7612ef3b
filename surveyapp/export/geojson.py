"""GeoJSON export (RFC 7946): one Point feature per located camera, OSM tags as properties.

Written as a stream, a feature at a time, so a survey of 100,000 cameras exports in a few seconds
in constant memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import IO, Any

import orjson

from surveyapp.export.rows import CoveredLookup, ExportedCamera, Source, Tally, exported_cameras


def feature(camera: ExportedCamera) -> dict[str, Any]:
    """The camera as a GeoJSON Feature: OSM tags, then the survey:* properties. An extra tag
    named like one of those (stored before such keys were refused) is ``tag:KEY``."""
    survey = camera.survey
    tags = {(f"tag:{k}" if k in survey else k): v for k, v in camera.tags.items()}
    return {
        "type": "Feature",
        "id": camera.id,
        "geometry": {"type": "Point", "coordinates": [camera.longitude, camera.latitude]},
        "properties": {**tags, **survey},
    }


def _feature_json(camera: ExportedCamera) -> bytes:
    """``feature(camera)`` as JSON, with the OSM tags spliced in as SQLite wrote them (parsing
    and writing them again would double the export's time)."""
    point = {"type": "Point", "coordinates": [camera.longitude, camera.latitude]}
    head = orjson.dumps({"type": "Feature", "id": camera.id, "geometry": point})
    if '"survey:' in camera.tags_json:  # a tag named like the bookkeeping: merged as dicts
        return orjson.dumps(feature(camera))
    tags = camera.tags_json.encode()
    survey = orjson.dumps(camera.survey)
    return b"".join((head[:-1], b',"properties":', tags[:-1], b",", survey[1:], b"}"))


def features(source: Source, covered: CoveredLookup) -> Iterator[dict[str, Any]]:
    """The GeoJSON features of every live, located camera, oldest first.

    ``covered(vendor_slug, manufacturer, brand)`` says whether the vendor is on the FCC Covered
    List (None when unknown).
    """
    for camera in exported_cameras(source, covered):
        yield feature(camera)


def write_geojson(
    source: Source,
    out: IO[bytes],
    covered: CoveredLookup,
    day_only: bool = False,
    verified_only: bool = False,
    photo_names: Mapping[str, str] | None = None,
    tally: Tally | None = None,
) -> Iterator[int]:
    """Write the FeatureCollection to ``out`` (UTF-8 bytes); yields the running feature count
    every 1,000. ``photo_names`` and ``tally``: as ``exported_cameras`` takes them.

    orjson writes the same bytes as the json module (compact, UTF-8, shortest float repr) in a
    quarter of the time, and straight as bytes: no text layer decodes and encodes them again.
    """
    out.write(b'{"type":"FeatureCollection","features":[\n')
    count = 0
    batch: list[bytes] = []
    cameras = exported_cameras(
        source,
        covered,
        day_only=day_only,
        verified_only=verified_only,
        photo_names=photo_names,
        tally=tally,
    )
    for camera in cameras:
        batch.append(_feature_json(camera))
        count += 1
        if len(batch) == 1000:
            out.write((b",\n" if count > len(batch) else b"") + b",\n".join(batch))
            batch.clear()
            yield count
    if batch:
        out.write((b",\n" if count > len(batch) else b"") + b",\n".join(batch))
    out.write(b"\n]}\n")
    yield count
