"""Every JSON response in the API's own envelope, errors included.

``{"surveyapp": 1, "server_time": ..., "data": ...}`` or ``{..., "error": {code, message}}``: the
client takes nothing without it for success (a captive portal's 200 has none), and reads the
server's clock from it to warn about a laptop whose clock is off.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from surveyapp.protocol.wire import API_VERSION

log = logging.getLogger("surveyapp.server")

SURROGATE = re.compile("[\ud800-\udfff]")

HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "timeout",
    409: "conflict",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error the API answers with its status, a stable code and a readable message."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
        data: Any = None,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers, self.data = headers or {}, data


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return value


def body(data: Any = None, error: tuple[str, str] | None = None) -> dict[str, Any]:
    """The envelope around ``data`` (or an error code and message)."""
    wrapped: dict[str, Any] = {
        "surveyapp": API_VERSION,
        "server_time": datetime.now(UTC).isoformat(),
        "data": _plain(data),
    }
    if error is not None:
        wrapped["error"] = {"code": error[0], "message": error[1]}
    return wrapped


def scrubbed(value: Any) -> Any:
    """``value`` with every lone UTF-16 surrogate (in texts and keys) replaced by U+FFFD."""
    if isinstance(value, str):
        return SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {scrubbed(key): scrubbed(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [scrubbed(item) for item in value]
    return value


def dumps(content: dict[str, Any]) -> bytes:
    """JSON bytes of a response body, whatever text it holds.

    No JSON encoder can write a lone surrogate as UTF-8; the server refuses such text, but one
    stored by an older version (or in a refusal's message) must not turn a whole answer, and so
    every teammate's pull, into a 500: the surrogate is served as U+FFFD instead.
    """
    try:
        return orjson.dumps(content)
    except TypeError:
        log.warning("a response held text that is not valid Unicode; served with U+FFFD")
        return orjson.dumps(scrubbed(content))


def envelope(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON response carrying ``data`` in the envelope."""
    return Response(
        dumps(body(data)), status_code=status, headers=headers, media_type="application/json"
    )


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, data: Any = None
) -> Response:
    """A JSON error response in the envelope."""
    return Response(
        dumps(body(data, (code, message))),
        status_code=status,
        headers=headers,
        media_type="application/json",
    )


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for problem in error.errors()[:5]:
        where = ".".join(str(p) for p in problem.get("loc", ())) or "request"
        parts.append(f"{where}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_handlers(app: FastAPI) -> None:
    """Turn every error (FastAPI's own 404/405/422 included) into an enveloped response."""

    async def api_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ApiError)
        return error_response(error.status, error.code, error.message, error.headers, error.data)

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        message = error.detail if isinstance(error.detail, str) else str(error.detail)
        code = HTTP_CODES.get(error.status_code, "error")
        return error_response(error.status_code, code, message, dict(error.headers or {}))

    async def invalid_request(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        return error_response(422, "invalid_request", _validation_message(error))

    async def database_busy(request: Request, error: Exception) -> Response:
        log.warning("database busy: %s", error)
        return error_response(
            503, "unavailable", "the server's database is busy; try again", {"Retry-After": "2"}
        )

    async def unexpected(request: Request, error: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "the server failed; see its log")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(OperationalError, database_busy)
    app.add_exception_handler(Exception, unexpected)
