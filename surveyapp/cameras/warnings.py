"""What a volunteer should look at before sharing a survey: likely duplicates, cameras already
mapped by others, cameras without a position, photos without a capture time and photos whose
original is missing from the library.

Cameras are named as a volunteer remembers them: vendor and type, street, and when the first
photo was taken ("Hikvision dome, Knez Mihailova, 14:32"), never by their id. A pair the
volunteer found to be two cameras (``distinct_from``, synced) is no likely duplicate any more.

Near neighbours are found on a grid of cells about 20 m wide, so each camera is compared with
the few in its own and the eight surrounding cells instead of every other camera (five billion
pairs for 100,000 cameras), with numpy doing the comparisons.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# numpy is imported in the functions that use it: the command line starts 0.1 s faster.
from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from surveyapp.cameras.listing import street_of_position
from surveyapp.cameras.permissions import my_names
from surveyapp.cameras.two_clocks import disagreeing_clocks
from surveyapp.db import notes
from surveyapp.db.files import absent_originals
from surveyapp.db.models import Camera, CameraStreet, KnownCamera, Photo
from surveyapp.db.windows import left_empty
from surveyapp.i18n import translate
from surveyapp.vendors import load_catalogue

DUPLICATE_DISTANCE_M = 20.0
_EARTH_RADIUS_M = 6_371_008.8
_METRES_PER_DEGREE = _EARTH_RADIUS_M * math.pi / 180.0
_ROW_DEGREES = DUPLICATE_DISTANCE_M / _METRES_PER_DEGREE  # a grid row's height, in latitude

KINDS = ("missing_original", "duplicate", "known_duplicate", "no_position", "no_time", "clocks")
MISSING_NAMED = 10  # file names in the missing originals' sentence; the count says how many


@dataclass(frozen=True)
class SurveyWarning:
    """One thing to check: what kind, a sentence for the volunteer, and what it concerns.

    ``camera_ids`` are survey cameras (both of a likely duplicate pair, the older first) and
    ``names`` their names, in the same order; ``known_ids`` the KnownCamera rows
    (already-mapped cameras) a warning points at.
    """

    kind: str  # one of KINDS
    message: str
    camera_ids: tuple[uuid.UUID, ...]
    photo_ids: tuple[uuid.UUID, ...]
    distance_m: float | None
    known_ids: tuple[uuid.UUID, ...] = ()
    names: tuple[str, ...] = ()


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Metres between two nearby points on a local flat map (within 0.5 % below a few km)."""
    mean_latitude = math.radians((lat1 + lat2) / 2)
    north = math.radians(lat2 - lat1)
    east = math.radians((lon2 - lon1 + 180.0) % 360.0 - 180.0)
    return _EARTH_RADIUS_M * math.hypot(north, east * math.cos(mean_latitude))


# A located camera: raw id (as the database stores it), latitude, longitude, (vendor, type).
_Located = tuple[str, float, float, tuple[str | None, str | None]]
_NAMES_PER_QUERY = 500  # ids in one IN (…): well below SQLite's limit on parameters
_ALL_AT_ONCE = 2000  # more cameras to name than this: one pass over all of them


def _short(value: uuid.UUID | str) -> str:
    return str(value)[:8]


# A photo's capture time as the volunteer's watch said (its UTC time when no wall time is known).
_wall_time = func.coalesce(Photo.taken_local, Photo.taken_sort)


def _name_rows(session: Session, chunk: list[uuid.UUID] | None) -> Iterator[tuple[Any, ...]]:
    """(raw id, maker, brand, vendor slug, type, street, first photo's time) of the cameras in
    ``chunk``, or of every live camera: two plain queries (SQLite joins a grouped subquery
    slowly)."""
    photos = select(
        type_coerce(Photo.camera_id, String), type_coerce(func.min(_wall_time), String)
    ).where(Photo.deleted.is_(False))
    cameras = select(
        type_coerce(Camera.id, String),  # compared as text: no UUID made for every camera
        Camera.manufacturer,
        Camera.brand,
        Camera.vendor_slug,
        Camera.camera_type,
        CameraStreet.street,
    ).outerjoin(CameraStreet, street_of_position())
    if chunk is None:
        cameras = cameras.where(Camera.deleted.is_(False))
    else:
        cameras = cameras.where(Camera.id.in_(chunk))
        photos = photos.where(Photo.camera_id.in_(chunk))
    first = {raw: taken for raw, taken in session.execute(photos.group_by(Photo.camera_id))}
    for row in session.execute(cameras):
        yield (*row, first.get(row[0]))


def camera_names(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Each camera's name as a volunteer remembers it: "Hikvision dome, Knez Mihailova, 14:32".

    Vendor (typed maker or brand, else the catalogue's name) and type, the street looked up for
    its position, and the capture time of its first photo; the date too when the cameras named
    together were photographed on different days. A camera with none of these is "Camera
    1a2b3c4d"; two cameras that would be named alike get their ids' first digits.
    """
    by_hex = {camera_id.hex: camera_id for camera_id in ids}
    wanted = list(by_hex.values())
    rows: list[tuple[uuid.UUID, str, str | None, str | None]] = []
    catalogue = {vendor.slug: vendor.name for vendor in load_catalogue().vendors}
    generic = translate("warnings", "Camera")
    # Many cameras: one pass over all of them (a dense survey warns about tens of thousands,
    # and a lookup per few hundred would take seconds); a few: looked up by id.
    chunks: list[list[uuid.UUID] | None] = (
        [None]
        if len(wanted) > _ALL_AT_ONCE
        else [wanted[i : i + _NAMES_PER_QUERY] for i in range(0, len(wanted), _NAMES_PER_QUERY)]
    )
    for chunk in chunks:
        for raw, maker, brand, slug, camera_type, street, taken in _name_rows(session, chunk):
            camera_id = by_hex.get(str(raw).replace("-", "").lower())
            if camera_id is None:
                continue
            vendor = (maker or brand or catalogue.get(slug or "") or "").strip()
            kind = translate("osm", camera_type) if camera_type else ""
            what = " ".join(word for word in (vendor, kind) if word) or generic
            rows.append((camera_id, what, street or None, str(taken)[:16] if taken else None))
    one_day = len({taken[:10] for *_, taken in rows if taken}) <= 1
    names: dict[uuid.UUID, str] = {}
    for camera_id, what, street, taken in rows:
        when = taken[11:16] if taken and one_day else taken
        parts = [what, *(part for part in (street, when) if part)]
        if len(parts) == 1 and what == generic:
            parts = [f"{generic} {_short(camera_id)}"]
        names[camera_id] = ", ".join(parts)
    seen: dict[str, int] = defaultdict(int)
    for name in names.values():
        seen[name] += 1
    return {
        camera_id: f"{name} ({_short(camera_id)})" if seen[name] > 1 else name
        for camera_id, name in names.items()
    }


# Cells are encoded as one int64: kind (20 bits) | row + 2**20 (21 bits) | column + 2**21 (22).
_ROW_BIAS, _COLUMN_BIAS = 1 << 20, 1 << 21
_CHUNK = 20_000  # queries per vectorised step: bounds the memory of the candidate arrays


def _cells(latitude: Any, longitude: Any, row_step: int) -> tuple[Any, Any]:
    """Each point's grid row (moved by ``row_step``) and its column in that row.

    Rows are ``DUPLICATE_DISTANCE_M`` high; a row's columns are at least that wide everywhere
    in it and its neighbours (measured at their edge nearest the pole), so points closer than
    the distance are always in the same or neighbouring cells.
    """
    import numpy as np

    rows = np.floor(latitude / _ROW_DEGREES).astype(np.int64) + row_step
    edge = np.minimum(89.9, np.maximum(np.abs(rows - 1), np.abs(rows + 2)) * _ROW_DEGREES)
    width = np.minimum(360.0, _ROW_DEGREES / np.cos(np.radians(edge)))
    return rows, np.floor(longitude / width).astype(np.int64)


def _keys(kinds: Any, rows: Any, columns: Any) -> Any:
    return ((kinds << 21) + (rows + _ROW_BIAS) << 22) + (columns + _COLUMN_BIAS)


def near_pairs(query: tuple[Any, Any, Any], points: tuple[Any, Any, Any]) -> tuple[Any, Any, Any]:
    """Every (query index, point index, metres) closer than ``DUPLICATE_DISTANCE_M``, where
    ``query`` and ``points`` are (latitudes, longitudes, kinds) arrays and only points of the
    query's kind count.

    The points are sorted by cell; each query looks up its nine neighbouring cells by binary
    search and measures the candidates there, all as array operations (a dense survey of
    100,000 cameras has millions of candidate pairs: too many for a Python loop).
    """
    import numpy as np

    q_lat, q_lon, q_kind = (np.asarray(a) for a in query)
    p_lat, p_lon, p_kind = (np.asarray(a) for a in points)
    order = np.argsort(_keys(p_kind, *_cells(p_lat, p_lon, 0)), kind="stable")
    sorted_keys = _keys(p_kind, *_cells(p_lat, p_lon, 0))[order]
    found: list[tuple[Any, Any, Any]] = []
    for start in range(0, len(q_lat), _CHUNK):
        lat, lon, kind = (a[start : start + _CHUNK] for a in (q_lat, q_lon, q_kind))
        for row_step in (-1, 0, 1):
            rows, columns = _cells(lat, lon, row_step)
            for column_step in (-1, 0, 1):
                keys = _keys(kind, rows, columns + column_step)
                low = np.searchsorted(sorted_keys, keys, "left")
                counts = np.searchsorted(sorted_keys, keys, "right") - low
                total = int(counts.sum())
                if not total:
                    continue
                mine = np.repeat(np.arange(len(lat)), counts)
                within_cell = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
                other = order[np.repeat(low, counts) + within_cell]
                metres = _distances(lat[mine], lon[mine], p_lat[other], p_lon[other])
                close = metres < DUPLICATE_DISTANCE_M
                found.append((mine[close] + start, other[close], metres[close]))
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    return tuple(np.concatenate(parts) for parts in zip(*found, strict=True))  # type: ignore[return-value]


def _distances(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> Any:
    """``distance_m`` over arrays."""
    import numpy as np

    mean_latitude = np.radians((lat1 + lat2) / 2)
    north = np.radians(lat2 - lat1)
    east = np.radians((lon2 - lon1 + 180.0) % 360.0 - 180.0)
    return _EARTH_RADIUS_M * np.hypot(north, east * np.cos(mean_latitude))


def _vendor_key(slug: str | None, manufacturer: str | None, brand: str | None) -> str | None:
    """The vendor as compared for duplicates: the catalogue slug, else the typed maker or brand;
    None (unknown) matches only unknown."""
    if slug:
        return slug
    name = manufacturer or brand
    return name.strip().casefold() if name and name.strip() else None


def _arrays(cameras: list[_Located]) -> tuple[Any, Any, Any]:
    """Latitudes, longitudes and kind numbers (one per vendor and type) of the cameras."""
    import numpy as np

    numbers: dict[tuple[str | None, str | None], int] = {}
    kinds = [numbers.setdefault(kind, len(numbers)) for _, _, _, kind in cameras]
    return (
        np.fromiter((c[1] for c in cameras), float, len(cameras)),
        np.fromiter((c[2] for c in cameras), float, len(cameras)),
        np.asarray(kinds, dtype=np.int64),
    )


# Where a warning's camera names go, filled in once every warned camera is known (the names
# are read for those cameras only: a survey of 100,000 cameras has far fewer warnings).
_CAMERA, _OTHER = "\x01", "\x02"


def _duplicates(cameras: list[_Located], apart: set[tuple[str, str]]) -> Iterator[SurveyWarning]:
    arrays = _arrays(cameras)
    newer, older, distances = near_pairs(arrays, arrays)
    pair = older < newer  # each pair once (and no camera with itself): newer to older
    # Translated once per run, not per warning: a dense survey has many thousands of them.
    text = translate("warnings", "{camera} and {other} are probably one camera ({metres} m apart)")
    for index, other, metres in zip(
        newer[pair].tolist(), older[pair].tolist(), distances[pair].tolist(), strict=True
    ):
        camera_id, other_id = uuid.UUID(cameras[index][0]), uuid.UUID(cameras[other][0])
        if apart and (camera_id.hex, other_id.hex) in apart:
            continue
        yield SurveyWarning(
            "duplicate",
            text.format(camera=_CAMERA, other=_OTHER, metres=f"{metres:.0f}"),
            (other_id, camera_id),
            (),
            metres,
        )


def _found_apart(session: Session) -> set[tuple[str, str]]:
    """The pairs (both ways, as hex ids) that someone found to be two cameras."""
    apart: set[tuple[str, str]] = set()
    rows = session.execute(
        select(Camera.id, Camera.distinct_from).where(
            Camera.deleted.is_(False), Camera.distinct_from.is_not(None)
        )
    )
    for camera_id, others in rows:
        for text in (others or "").split():
            try:
                other = uuid.UUID(text)
            except ValueError:
                continue
            apart |= {(camera_id.hex, other.hex), (other.hex, camera_id.hex)}
    return apart


def _named(warning: SurveyWarning, names: dict[uuid.UUID, str]) -> SurveyWarning:
    """The warning with its cameras' names in its message and ``names``."""
    shown = tuple(names.get(i, f"{translate('warnings', 'Camera')} {_short(i)}")
                  for i in warning.camera_ids)  # fmt: skip
    message = warning.message
    for mark, name in zip((_CAMERA, _OTHER), shown, strict=False):
        message = message.replace(mark, name)
    # Made anew, not by dataclasses.replace: that costs more, times tens of thousands.
    w = warning
    return SurveyWarning(
        w.kind, message, w.camera_ids, w.photo_ids, w.distance_m, w.known_ids, shown
    )


def _known_source(source: str) -> str:
    return "OSM" if source.lower() == "osm" else source


def _known_duplicates(session: Session, cameras: list[_Located]) -> Iterator[SurveyWarning]:
    """Each located camera's nearest already-mapped camera within the distance."""
    import numpy as np

    known = session.execute(
        select(
            type_coerce(KnownCamera.id, String),  # made a UUID only when warned about
            KnownCamera.source,
            KnownCamera.source_id,
            KnownCamera.latitude,
            KnownCamera.longitude,
        )
    ).all()
    if not known or not cameras:
        return
    lat, lon, _ = _arrays(cameras)
    points = (
        np.fromiter((row.latitude for row in known), float, len(known)),
        np.fromiter((row.longitude for row in known), float, len(known)),
        np.zeros(len(known), dtype=np.int64),
    )
    mine, other, distances = near_pairs((lat, lon, np.zeros(len(lat), dtype=np.int64)), points)
    order = np.lexsort((distances, mine))  # by camera, nearest first
    firsts = np.unique(mine[order], return_index=True)[1]
    nearest = order[firsts]
    text = translate("warnings", "{camera} is already in {source} ({source_id}, {metres} m away)")
    for index, known_index, metres in zip(
        mine[nearest].tolist(), other[nearest].tolist(), distances[nearest].tolist(), strict=True
    ):
        camera_id = cameras[index][0]
        known_id, source, source_id = known[known_index][:3]
        yield SurveyWarning(
            "known_duplicate",
            text.format(
                camera=_CAMERA,
                source=_known_source(source),
                source_id=source_id,
                metres=f"{metres:.0f}",
            ),
            (uuid.UUID(camera_id),),
            (),
            metres,
            (uuid.UUID(known_id),),
        )


def _photos_of_unplaced(session: Session) -> dict[uuid.UUID, list[uuid.UUID]]:
    """The live photos of each live camera without a position, oldest first."""
    photos: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    query = (
        select(Photo.camera_id, Photo.id)
        .join(Camera, Photo.camera_id == Camera.id)
        .where(
            Photo.deleted.is_(False),
            Camera.deleted.is_(False),
            (Camera.latitude.is_(None)) | (Camera.longitude.is_(None)),
        )
        .order_by(Photo.taken_sort, Photo.sha256)
    )
    for camera_id, photo_id in session.execute(query):
        if camera_id is not None:  # always, by the join; said for the type checker
            photos[camera_id].append(photo_id)
    return photos


def _missing_originals(session: Session, library: Path) -> Iterator[SurveyWarning]:
    """One warning naming the live photos whose original the library does not hold.

    A photo from a teammate (no library path, or a copy fetched from the server) has no
    original here by design (``absent_originals``); a file is taken as there by its name, as
    the import takes it by its size: a damaged original is seen when it is opened or shared.
    """
    # The paths alone first (100,000 rows of one column, a tenth of a second); the rest only
    # for the few photos missing.
    paths = session.scalars(
        select(Photo.library_path).where(Photo.deleted.is_(False), Photo.library_path != "")
    ).all()
    absent = absent_originals(library, paths)
    missing: list[tuple[uuid.UUID, str, uuid.UUID | None]] = []
    for start in range(0, len(absent), _NAMES_PER_QUERY):
        rows = session.execute(
            select(Photo.id, Photo.file_name, Photo.camera_id).where(
                Photo.deleted.is_(False),
                Photo.library_path.in_(absent[start : start + _NAMES_PER_QUERY]),
            )
        )
        missing += [(photo, name, camera) for photo, name, camera in rows]
    missing.sort(key=lambda row: (row[1], row[0]))
    if not missing:
        return
    named = ", ".join(file_name for _, file_name, _ in missing[:MISSING_NAMED])
    if len(missing) > MISSING_NAMED:
        named += ", …"
    count = len(missing)  # a name, not a call: lupdate misses a call among the arguments
    if len(absent) == len(paths) and left_empty(library):
        # None of hers there: the library was moved away (another disk, a restore made on a
        # new laptop). The folder SurveyApp made in its place goes when it closes, so hers
        # can be moved back as it is (``remove_if_left_empty``).
        text = translate(
            "warnings",
            "The originals of %n photos are missing from the library ({names}): it holds "
            "none of them. If you moved the photo library, close SurveyApp and move it back "
            "to {library}; else import their files again",
            None,
            count,
        )
    else:
        text = translate(
            "warnings",
            "The originals of %n photos are missing from the library ({names}): import their "
            "files again",
            None,
            count,
        )
    cameras = tuple(dict.fromkeys(c for _, _, c in missing if c is not None))
    yield SurveyWarning(
        "missing_original",
        text.format(names=named, library=library),
        cameras,
        tuple(photo_id for photo_id, _, _ in missing),
        None,
    )


def survey_warnings(session: Session, library: Path | None = None) -> list[SurveyWarning]:
    """Every warning for the survey's live cameras and photos, grouped by kind (KINDS order),
    duplicates nearest first; the photos whose original ``library`` lacks when it is given."""
    rows = session.execute(
        select(
            type_coerce(Camera.id, String),  # made a UUID only for the few cameras warned about
            Camera.latitude,
            Camera.longitude,
            Camera.vendor_slug,
            Camera.manufacturer,
            Camera.brand,
            Camera.camera_type,
        )
        .where(Camera.deleted.is_(False))
        .order_by(Camera.created_at, Camera.id)
    ).all()
    located: list[_Located] = []
    unplaced: list[uuid.UUID] = []
    for camera_id, latitude, longitude, slug, maker, brand, camera_type in rows:
        if latitude is None or longitude is None:
            unplaced.append(uuid.UUID(camera_id))
        else:
            kind = (_vendor_key(slug, maker, brand), camera_type)
            located.append((camera_id, latitude, longitude, kind))
    missing = list(_missing_originals(session, library)) if library is not None else []
    warnings = sorted(
        _duplicates(located, _found_apart(session)), key=lambda w: (w.distance_m, w.camera_ids)
    )
    warnings += _known_duplicates(session, located)
    photos = _photos_of_unplaced(session) if unplaced else {}
    for unplaced_id in unplaced:
        shown = tuple(photos.get(unplaced_id, ()))
        count = len(shown)
        message = translate(
            "warnings", "{camera} has no position: place it on the map (%n photos)", None, count
        )
        warnings.append(
            SurveyWarning(
                "no_position",
                message.format(camera=_CAMERA),
                (unplaced_id,),
                shown,
                None,
            )
        )
    named = camera_names(session, [i for w in warnings for i in w.camera_ids])
    # The missing originals' warning names photos, not cameras: its cameras (all of a lost
    # library's) are not named.
    warnings = missing + [_named(warning, named) for warning in warnings]
    untimed = session.execute(
        select(Photo.id, Photo.file_name, Photo.camera_id)
        .where(Photo.deleted.is_(False), Photo.taken_sort.is_(None))
        .order_by(Photo.file_name, Photo.id)
    )
    untimed_text = translate("warnings", "Photo {file_name} has no capture time")
    for photo_id, file_name, owner in untimed:
        warnings.append(
            SurveyWarning(
                "no_time",
                untimed_text.format(file_name=file_name),
                () if owner is None else (owner,),
                (photo_id,),
                None,
            )
        )
    warnings += _clocks_disagree(session)
    return warnings


# The stored code of the clocks' warning, as its JSON holds it (no escape in it): the photos
# that may carry it are found by their text, then their warnings read.
_CLOCKS_CODE = next(code for code, kind in notes.known_kinds() if kind == notes.CLOCKS)


def _clocks_disagree(session: Session) -> Iterator[SurveyWarning]:
    """A live photo whose device clock and GPS clock disagree: the photo by name (and whose it
    is, a teammate's), and the warning.

    A photo imported here says it in its warnings (its import, or migration 0016 for a photo an
    older version imported). A photo pulled by sync carries none: the warning is worked out
    again from its record when it says no offset (its UTC time is then its GPS clock, as the
    import stores it); with an offset, the record no longer holds its GPS clock, and nothing is
    said."""
    stored_clocks = type_coerce(Photo.warnings, String).contains(_CLOCKS_CODE, autoescape=True)
    pulled_clocks = (
        Photo.utc_offset_minutes.is_(None)
        & Photo.taken_local.is_not(None)
        & Photo.taken_utc.is_not(None)
    )
    rows = session.execute(
        select(
            Photo.id,
            Photo.file_name,
            Photo.camera_id,
            Photo.owner,
            Photo.warnings,
            Photo.taken_local,
            Photo.utc_offset_minutes,
            Photo.taken_utc,
        )
        .where(Photo.deleted.is_(False), stored_clocks | pulled_clocks)
        .order_by(Photo.file_name, Photo.id)
    )
    mine = translate("warnings", "Photo {file_name}: {warning}")
    theirs = translate("warnings", "{owner}'s photo {file_name}: {warning}")
    names = my_names(session)
    for photo_id, file_name, camera_id, owner, stored, local, offset, utc in rows:
        said = next(
            (
                notes.shown(warning)
                for warning in stored or ()
                if isinstance(warning, dict) and notes.kind(warning) == notes.CLOCKS
            ),
            None,
        )
        if said is None and offset is None:
            said = disagreeing_clocks(local, None, utc)
        if said is None:
            continue
        text = mine if owner is None or owner in names else theirs
        yield SurveyWarning(
            "clocks",
            text.format(file_name=file_name, owner=owner, warning=said),
            () if camera_id is None else (camera_id,),
            (photo_id,),
            None,
        )
