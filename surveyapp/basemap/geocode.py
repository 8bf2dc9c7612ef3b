"""Street names online, only when the volunteer allows it: OpenStreetMap's Nominatim through
geopy, at most one request a second (Nominatim's usage policy), with an honest User-Agent.

Each request sends a camera's position to the Nominatim server, which is why it is off unless
chosen in the settings; the answers are cached in the database (streets.update_streets) so that
each camera is asked once.
"""

from __future__ import annotations

from typing import Any

from surveyapp import __version__
from surveyapp.basemap.streets import Geocoder, StreetName

USER_AGENT = f"SurveyApp/{__version__} (desktop app that maps surveillance cameras)"
NOMINATIM = "nominatim.openstreetmap.org"
# The address parts a street name may come from, in order of preference.
_ROAD_KEYS = ("road", "pedestrian", "footway", "path", "square", "place")


class GeocoderUnavailable(RuntimeError):
    """The online geocoder cannot be reached or refused (the message says why)."""


def street_from_address(raw: dict[str, Any]) -> StreetName | None:
    """The street in a Nominatim reverse answer (its ``address`` part), if it names one."""
    address = raw.get("address") or {}
    for key in _ROAD_KEYS:
        value = address.get(key)
        if value:
            return StreetName(str(value))
    return None


def nominatim(
    domain: str = NOMINATIM, scheme: str = "https", min_delay_seconds: float = 1.0
) -> Geocoder:
    """A geocoder asking Nominatim at ``domain``, rate-limited by geopy's RateLimiter."""
    from geopy.exc import GeopyError
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    client = Nominatim(user_agent=USER_AGENT, domain=domain, scheme=scheme, timeout=10)
    reverse = RateLimiter(
        client.reverse, min_delay_seconds=min_delay_seconds, max_retries=0,
        swallow_exceptions=False,
    )  # fmt: skip

    def lookup(latitude: float, longitude: float) -> StreetName | None:
        try:
            location = reverse((latitude, longitude), exactly_one=True, zoom=17)
        except GeopyError as error:
            raise GeocoderUnavailable(f"{domain}: {error}") from error
        return None if location is None else street_from_address(location.raw)

    return lookup
