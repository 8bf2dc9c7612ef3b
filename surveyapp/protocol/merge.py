"""How a merge of cameras combines their fields: one rule, applied by the laptop and the server.

The laptop applies it when a volunteer merges (what the volunteer sees at once); the server
applies it again when the merge arrives, to the cameras it really absorbs, as they are on the
server then. A camera the server keeps apart (someone else merged it meanwhile) gives the target
nothing: neither its notes nor its tags nor its place in the mean position.

The rule only compares, copies and joins values, so it works on a laptop's column values and on
the wire's alike (a date stays whatever it was given as).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from surveyapp.protocol.fields import BY_RECORD

# What the volunteer said of the camera's maker: one claim, taken whole from one camera (a
# model read on one camera and "Dahua, by its shape" said of another would make a claim nobody
# made). vendor_confidence "unknown" says nothing.
VENDOR = (
    "manufacturer", "manufacturer_wikidata", "vendor_slug", "brand", "model", "vendor_confidence",
)  # fmt: skip
# The other fields whose policy is ``keep``: the target's value, filled from the others when
# empty, each on its own.
KEPT = tuple(
    name for name, f in BY_RECORD["camera"].items() if f.merge == "keep" and name not in VENDOR
)


def _says_vendor(camera: Mapping[str, Any]) -> bool:
    return any(camera.get(name) not in (None, "", "unknown") for name in VENDOR)


POSITION = ("latitude", "longitude", "position_source")
# Every field a merge may change on its target.
DERIVED = (*KEPT, *VENDOR, "notes", "extra_tags", *POSITION)


def mean_position(
    points: Iterable[tuple[float | None, float | None]],
) -> tuple[float, float] | None:
    """The mean of the known (latitude, longitude) points, longitudes unwrapped across ±180°."""
    located = [(lat, lon) for lat, lon in points if lat is not None and lon is not None]
    if not located:
        return None
    if len(located) == 1:  # a camera of one photo, the usual case: what the sums below give
        latitude, longitude = located[0][0] + 0.0, located[0][1] + 0.0  # -0.0 sums to 0.0
        return latitude, longitude - 360.0 if longitude > 180.0 else longitude
    lons = [lon for _, lon in located]
    if max(lons) - min(lons) > 180.0:  # the points straddle the antimeridian
        lons = [lon + 360.0 if lon < 0 else lon for lon in lons]
    longitude = sum(lons) / len(lons)
    if longitude > 180.0:
        longitude -= 360.0
    return sum(lat for lat, _ in located) / len(located), longitude


def photos_position(
    photos: Iterable[Mapping[str, Any]],
) -> tuple[float | None, float | None, str | None]:
    """Where a camera's photos say it stands: (latitude, longitude, position source) from their
    ``latitude``, ``longitude`` and ``position_source``, as grouping places a camera. The
    source is the photos' own when all located ones agree, else "merged"; (None, None, None)
    when none is located. The points are summed in one order whatever order the photos come
    in, so that a laptop and the server derive the same floats."""
    located = sorted(
        (photo["latitude"], photo["longitude"], photo.get("position_source"))
        for photo in photos
        if photo.get("latitude") is not None and photo.get("longitude") is not None
    )
    position = mean_position((lat, lon) for lat, lon, _ in located)
    if position is None:
        return None, None, None
    sources = {source for _, _, source in located}
    return position[0], position[1], sources.pop() if len(sources) == 1 else "merged"


def position_after_photos_left(
    camera: Mapping[str, Any], remaining: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """The position fields that change on a camera photos left (a split): a position derived
    from photos (not placed by hand) is derived again from the live photos it keeps; with no
    located photo left it has no position (none of its photos supports one). Empty when
    nothing changes. One rule for the laptop that splits and the server that applies it."""
    if camera.get("position_source") == "manual":
        return {}
    latitude, longitude, source = photos_position(remaining)
    values = {
        "latitude": latitude,
        "longitude": longitude,
        "position_source": source,
        "position_accuracy": None,
    }
    return {name: value for name, value in values.items() if camera.get(name) != value}


def merged_fields(target: Mapping[str, Any], others: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The target's ``DERIVED`` fields once ``others`` are merged into it, in the order given.

    The target's values win; empty ones are filled from the others in order; the vendor
    (maker, brand, model and how sure) comes whole from the first camera that says any of it;
    notes are joined line by line, tags united (the target's value of a key wins); the position
    is the mean of the located cameras' positions unless the target was placed by hand."""
    result = {name: target.get(name) for name in DERIVED}
    if not _says_vendor(target):
        sayer = next((other for other in others if _says_vendor(other)), None)
        if sayer is not None:
            result.update({name: sayer.get(name) for name in VENDOR})
    for other in others:
        for name in KEPT:
            if result[name] is None:
                result[name] = other.get(name)
        result["extra_tags"] = {**(other.get("extra_tags") or {}), **(result["extra_tags"] or {})}
        notes = other.get("notes")
        if notes:
            result["notes"] = f"{result['notes']}\n{notes}" if result["notes"] else notes
    if target.get("position_source") != "manual":
        located = [
            camera
            for camera in (target, *others)
            if camera.get("latitude") is not None and camera.get("longitude") is not None
        ]
        position = mean_position((c["latitude"], c["longitude"]) for c in located)
        if position is not None:
            result["latitude"], result["longitude"] = position
            result["position_source"] = (
                "merged" if len(located) > 1 else located[0].get("position_source")
            )
    return result


def changed_fields(target: Mapping[str, Any], merged: Mapping[str, Any]) -> dict[str, Any]:
    """The merged values that differ from the target's."""
    return {name: value for name, value in merged.items() if target.get(name) != value}


def problems(changed: Mapping[str, Any]) -> dict[str, str]:
    """The merged values a camera cannot hold (notes or tags over their limits), with why."""
    fields = BY_RECORD["camera"]
    found = {name: fields[name].problem(value) for name, value in changed.items()}
    return {name: problem for name, problem in found.items() if problem}
