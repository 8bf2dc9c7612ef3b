"""A per-token rate limit, so that one broken client cannot starve the others.

A token bucket per bearer token (keyed by the token's SHA-256: the token itself is not kept),
refilled at ``rate`` requests a second up to ``burst``. A request that finds the bucket empty
gets 429 with ``Retry-After`` (whole seconds until a request is allowed again), and the
laptop's client waits that long. Requests without a token (/health, /metrics) are not limited
here: they cost nothing, and a load balancer's probes must never be refused.

The buckets live in each process: with N worker processes a token can make up to N times the
rate in all (documented in docs/deploy.md); the limit is there to keep one client from taking a
whole process, which a per-process bucket does.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from surveyapp.server.envelope import error_response

MAX_TRACKED = 10_000  # buckets kept at most (the least recently used go first)


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimiter:
    """Token buckets by key; ``take(key)`` → 0 when allowed, else seconds to wait."""

    def __init__(self, rate: float, burst: float) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("a rate limit needs a positive rate and a burst of at least 1")
        self.rate, self.burst = rate, burst
        self._buckets: OrderedDict[bytes, _Bucket] = OrderedDict()
        self._guard = threading.Lock()

    def take(self, key: bytes, now: float | None = None) -> float:
        """Spend one request of ``key``'s bucket: 0.0 if allowed, else the seconds to wait."""
        now = time.monotonic() if now is None else now
        with self._guard:
            bucket = self._buckets.pop(key, None) or _Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
            bucket.at = now
            self._buckets[key] = bucket
            if len(self._buckets) > MAX_TRACKED:
                self._buckets.popitem(last=False)
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / self.rate


class RateLimit:
    """ASGI middleware: 429 with Retry-After for a token over its rate."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        self.app, self.limiter = app, limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            authorization = dict(scope["headers"]).get(b"authorization")
            if authorization:
                wait = self.limiter.take(hashlib.sha256(authorization).digest())
                if wait > 0:
                    seconds = max(1, math.ceil(wait))
                    response = error_response(
                        429,
                        "rate_limited",
                        f"too many requests with this token: try again in {seconds} s",
                        {"Retry-After": str(seconds)},
                    )
                    await response(scope, receive, send)
                    return
        await self.app(scope, receive, send)
