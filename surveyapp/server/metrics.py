"""Prometheus metrics at /metrics: requests, latency, push mutations, uploads, errors.

Labels name routes by their template (``/api/v1/blobs/{sha256}``), never a hash, a token or
an address: the metrics say how the server is doing, not who uses it. With several worker
processes (``--workers N``) every process writes its numbers to ``PROMETHEUS_MULTIPROC_DIR``
and /metrics adds them up, so one scrape through the load balancer sees the whole server.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prometheus_multiprocess
from starlette.requests import Request
from starlette.responses import Response

MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"

REQUESTS = Counter(
    "surveyapp_requests",
    "HTTP requests answered, by method, route template and status code",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "surveyapp_request_seconds",
    "Time to answer an HTTP request, by method and route template",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
)
ERRORS = Counter(
    "surveyapp_errors",
    "Requests that failed on the server's side (5xx) or were refused for their rate (429)",
    ["kind"],
)
MUTATIONS = Counter(
    "surveyapp_push_mutations",
    "Mutations pushed, by their result (applied, duplicate, conflict, rejected)",
    ["result"],
)
UPLOADS = Counter(
    "surveyapp_uploads",
    "Upload requests (PATCH) by outcome: complete, partial, mismatch, busy",
    ["outcome"],
)
UPLOAD_BYTES = Counter("surveyapp_upload_bytes", "Photo bytes received by uploads")


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    """Count one answered request."""
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)
    if status >= 500:
        ERRORS.labels("server").inc()
    elif status == 429:
        ERRORS.labels("rate_limited").inc()


def metrics(request: Request) -> Response:
    """The Prometheus text exposition of every process's metrics."""
    if os.environ.get(MULTIPROCESS_ENV):
        registry = CollectorRegistry()
        prometheus_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        payload = generate_latest(registry)
    else:
        payload = generate_latest()
    return Response(payload, media_type=CONTENT_TYPE_LATEST)
