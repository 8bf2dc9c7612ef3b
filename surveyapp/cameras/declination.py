"""True north from a phone's magnetic bearing, by the World Magnetic Model.

Many Android phones write the compass bearing of a photo as magnetic (``GPSImgDirectionRef`` M;
9 of the 24 corpus photos with a bearing), while OpenStreetMap's ``camera:direction`` is measured
from true north. The two differ by the magnetic declination where and when the photo was taken:
about 5.6° east in Belgrade and 15° east in Seattle in 2026. The prefilled direction adds it.

The model is NOAA's WMM as pygeomag reads it (pure Python, its coefficient files inside the
package): the five-year model of the photo's year, the nearest one outside 2010–2030.
"""

from __future__ import annotations

import functools
import math
from datetime import UTC, datetime
from typing import Any

from surveyapp.db.models import Photo

# Each model's first year, newest first, and its coefficient file inside pygeomag.
_MODELS = (
    (2025, "wmm/WMM_2025.COF"),
    (2020, "wmm/WMM_2020.COF"),
    (2015, "wmm/WMM_2015v2.COF"),
    (2010, "wmm/WMM_2010.COF"),
)


@functools.cache
def _model(path: str) -> Any:
    from pygeomag import GeoMag  # a few milliseconds to load: only when a bearing is magnetic

    return GeoMag(coefficients_file=path)


def _decimal_year(when: datetime) -> float:
    start = datetime(when.year, 1, 1, tzinfo=when.tzinfo)
    end = datetime(when.year + 1, 1, 1, tzinfo=when.tzinfo)
    return when.year + (when - start) / (end - start)


def declination(latitude: float, longitude: float, when: datetime | None) -> float | None:
    """Degrees east of true north that a compass points there and then (None: not known)."""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    year = _decimal_year(when or datetime.now(UTC))
    path = next((p for first, p in _MODELS if year >= first), _MODELS[-1][1])
    try:
        result = _model(path).calculate(
            glat=latitude, glon=longitude, alt=0, time=year, allow_date_outside_lifespan=True
        )
    except (ArithmeticError, ValueError):
        return None
    found = float(result.d)
    return found if math.isfinite(found) else None


def true_bearing(
    bearing: float | None,
    reference: str | None,
    latitude: float | None,
    longitude: float | None,
    when: datetime | None,
) -> float | None:
    """A photo's bearing from true north: as written when it is true (T) or unmarked, plus the
    declination when it is magnetic (M); a magnetic bearing without a position stays as it is
    (the declination is unknown)."""
    if bearing is None or reference != "M" or latitude is None or longitude is None:
        return bearing
    offset = declination(latitude, longitude, when)
    return bearing if offset is None else (bearing + offset) % 360


def photo_true_bearing(photo: Photo) -> float | None:
    """The photo's bearing from true north (``true_bearing`` at its position and time)."""
    return true_bearing(
        photo.bearing,
        photo.bearing_ref,
        photo.latitude,
        photo.longitude,
        photo.taken_utc or photo.taken_sort,
    )
