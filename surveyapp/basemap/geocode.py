"""Street names online, only when the volunteer allows it: OpenStreetMap's Nominatim through
geopy, at most one request a second (Nominatim's usage policy), with an honest User-Agent.

geopy's requests go over connections a stop can cut (``surveyapp.transport``, the sync's own):
closing the app while a request waits for a server that went silent, or for an address that
drops packets, ends it at once (geopy's default adapter waited out its time-outs: 10 s a
connection tried three times).

Each request sends a camera's position to the Nominatim server, which is why it is off unless
chosen in the settings; the answers are cached in the database (streets.update_streets) so that
each camera is asked once.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from surveyapp import __version__
from surveyapp.basemap.streets import StreetName
from surveyapp.transport import AnswerClock, timed_transport

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


class LookupStopped(GeocoderUnavailable):
    """The lookup was stopped (the app closing, the lookups cancelled) while it waited for the
    server: the request under way was abandoned, and nothing was learnt from it."""


# A connection that cannot be made is tried this many more times, as geopy's default adapter
# (requests') did.
CONNECT_RETRIES = 2


def _adapter(clock: AnswerClock) -> Callable[..., Any]:
    """geopy's adapter factory: requests made over connections ``clock.stop()`` cuts."""
    from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
    from geopy.exc import GeocoderParseError, GeocoderServiceError, GeocoderTimedOut
    from geopy.exc import GeocoderUnavailable as Unreachable

    class CuttableAdapter(BaseSyncAdapter):  # type: ignore[misc]
        """geopy's requests over ``timed_transport``: each answer read whole within the time
        out, through the proxies geopy names (the system's, as its own adapters do)."""

        def __init__(self, *, proxies: dict[str, str] | None, ssl_context: Any) -> None:
            super().__init__(proxies=proxies, ssl_context=ssl_context)
            if proxies is None:
                proxies = urllib.request.getproxies()
            context = ssl_context or ssl.create_default_context()
            mounts: dict[str, httpx.BaseTransport | None] = {}
            self._refused: dict[str, str] = {}  # a proxy we cannot use: never go around it
            for scheme in ("http", "https"):
                proxy = _proxy(proxies.get(scheme))
                try:
                    mounts[f"{scheme}://"] = timed_transport(
                        clock, ssl_context=context, proxy=proxy, retries=CONNECT_RETRIES
                    )
                except (ValueError, httpx.InvalidURL) as error:
                    self._refused[scheme] = f"the proxy {proxy}: {error}"
            # The proxies are the ones above: httpx would read the environment again.
            self._http = httpx.Client(mounts=mounts, follow_redirects=True, trust_env=False)

        def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
            text = self.get_text(url, timeout=timeout, headers=headers)
            try:
                return json.loads(text)
            except ValueError:
                raise GeocoderParseError(f"not JSON: {text[:200]}") from None

        def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
            refused = self._refused.get(urlsplit(url).scheme)
            if refused is not None:
                raise GeocoderServiceError(refused)
            clock.arm(timeout)  # the whole answer within the time-out, however it trickles
            try:
                answer = self._http.get(url, headers=headers, timeout=timeout)
            except httpx.TimeoutException as error:
                raise GeocoderTimedOut("Service timed out") from error
            except httpx.TransportError as error:
                raise Unreachable(str(error) or type(error).__name__) from error
            except httpx.HTTPError as error:
                raise GeocoderServiceError(str(error)) from error
            finally:
                clock.budget = None
            if answer.status_code >= 400:
                raise AdapterHTTPError(
                    f"Non-successful status code {answer.status_code}",
                    status_code=answer.status_code,
                    headers=answer.headers,
                    text=answer.text,
                )
            return answer.text

        def __exit__(self, *_exc: object) -> None:
            self._http.close()

    return CuttableAdapter


def _proxy(url: str | None) -> str | None:
    """A proxy address as geopy's adapters take it (a host:port without its scheme is http)."""
    if not url:
        return None
    return url if "://" in url else f"http://{url}"


class OnlineStreets:
    """Asks Nominatim at ``domain`` for streets, at most one request every
    ``min_delay_seconds`` (across runs); ``stop()`` (from any thread) ends the request under
    way and the wait before the next one at once, each raising :class:`LookupStopped`, until
    ``resume()``."""

    def __init__(self, domain: str, scheme: str, min_delay_seconds: float) -> None:
        from geopy.geocoders import Nominatim

        self.domain, self.min_delay_seconds = domain, min_delay_seconds
        self._clock = AnswerClock()
        self._client = Nominatim(
            user_agent=USER_AGENT, domain=domain, scheme=scheme, timeout=10,
            adapter_factory=_adapter(self._clock),
        )  # fmt: skip
        self._last: float | None = None  # when the last request went
        self._lock = threading.Lock()

    def stop(self) -> None:
        """Abandon the request under way, and any later one until resume() (any thread)."""
        self._clock.stop()

    def resume(self) -> None:
        """Take requests again after a stop (call before a new run, never during one)."""
        self._clock.resume()

    def _stopped(self) -> LookupStopped:
        return LookupStopped(f"{self.domain}: stopped")

    def _wait_for_turn(self) -> None:
        # Nominatim's usage policy: at most one request a second. The wait ends at a stop.
        with self._lock:
            if self._last is not None:
                left = self._last + self.min_delay_seconds - time.monotonic()
                if left > 0 and self._clock.stopped.wait(left):
                    raise self._stopped()
            if self._clock.stopped.is_set():
                raise self._stopped()
            self._last = time.monotonic()

    def __call__(self, latitude: float, longitude: float) -> StreetName | None:
        from geopy.exc import GeopyError

        self._wait_for_turn()
        try:
            location = self._client.reverse((latitude, longitude), exactly_one=True, zoom=17)
        except GeopyError as error:
            if self._clock.stopped.is_set():  # a connection cut by stop(): not the server's
                raise self._stopped() from None
            raise GeocoderUnavailable(f"{self.domain}: {error}") from error
        return None if location is None else street_from_address(location.raw)


def nominatim(
    domain: str = NOMINATIM, scheme: str = "https", min_delay_seconds: float = 1.0
) -> OnlineStreets:
    """A geocoder asking Nominatim at ``domain`` (a stop cuts its request under way)."""
    return OnlineStreets(domain, scheme, min_delay_seconds)
