"""The public, read-only map at ``/``: no token, verified cameras only (surveyapp/server/public).

``/`` is the page, ``/public/cameras.geojson`` the published cameras (RFC 7946),
``/public/photos/{sha256}.jpg`` a published camera's blurred shared copy, ``/public/static/``
the page's script and style and the Leaflet files the server ships (no CDN).
"""

from __future__ import annotations

import html
import importlib.resources
import json
import mimetypes
import re
from pathlib import PurePosixPath
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Path, Request
from starlette.responses import FileResponse, Response

from surveyapp.server.blobs import SHA256_TEXT
from surveyapp.server.deps import Database, Store
from surveyapp.server.envelope import ApiError
from surveyapp.server.pagelanguage import (
    DEFAULT_ABOUT,
    DEFAULT_TITLE,
    HTML_LANGUAGE,
    NUMBER_LOCALE,
    PLURAL_RULE,
    page_language,
    page_texts,
)
from surveyapp.server.public import PublicMap
from surveyapp.server.settings import PublicSettings

router = APIRouter(tags=["public"])

PUBLIC_PACKAGE = "surveyapp.resources"
PUBLIC_FOLDER = "public"
GEOJSON_TYPE = "application/geo+json"
STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".png": "image/png",
                ".txt": "text/plain", "": "text/plain", ".md": "text/plain"}  # fmt: skip


def _public_file(relative: str) -> bytes | None:
    """A file of resources/public (None when there is none, or the path climbs out)."""
    parts = PurePosixPath(relative).parts
    if not parts or any(part in ("..", ".", "") or part.startswith(".") for part in parts):
        return None
    node = importlib.resources.files(PUBLIC_PACKAGE).joinpath(PUBLIC_FOLDER)
    for part in parts:
        node = node.joinpath(part)
    if not node.is_file():
        return None
    return node.read_bytes()


def _public_map(request: Request) -> PublicMap:
    public: PublicMap = request.app.state.public
    return public


def _tile_origin(url: str) -> str:
    """The scheme and host of the tile URL, for the page's Content-Security-Policy."""
    parts = urlsplit(url.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    host = parts.netloc
    if "{s}." in url:  # Leaflet's subdomains: a., b., c.
        host = "*." + host.split(".", 1)[1]
    return f"{parts.scheme}://{host}"


# HEAD as GET (uvicorn sends no body): `curl -I` and uptime monitors ask with HEAD, and got 405.
GET_AND_HEAD = ["GET", "HEAD"]


PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@router.api_route("/", methods=GET_AND_HEAD, include_in_schema=False)
def page(request: Request) -> Response:
    """The public map page: the coordinator's title and about text, the map, the filters, in
    the coordinator's language, else the visitor's (surveyapp/server/pagelanguage.py)."""
    public = _public_map(request)
    settings = public.settings
    template = _public_file("index.html")
    assert template is not None
    language = page_language(settings.language, request.headers.get("accept-language"))
    texts = page_texts(language)
    defaults = PublicSettings()
    title = texts.translate(DEFAULT_TITLE) if settings.title == defaults.title else settings.title
    about = texts.translate(DEFAULT_ABOUT) if settings.about == defaults.about else settings.about
    config = {
        "tileUrl": settings.tile_url,
        "tileAttribution": settings.tile_attribution,
        "geojson": "/public/cameras.geojson",
        # Street and district names come from OpenStreetMap: its licence wants it said.
        "placesAttribution": public.places.attribution if public.places is not None else "",
        "locale": NUMBER_LOCALE[language],
        "pluralRule": PLURAL_RULE[language],
        "texts": texts.script,
        "plurals": texts.plurals,
    }
    # JSON inside <script type="application/json">: "<" escaped so that no value ends it.
    config_text = json.dumps(config).replace("<", "\\u003c").replace(">", "\\u003e")
    values = {key: html.escape(text) for key, text in texts.page.items()}
    values |= {"lang": HTML_LANGUAGE[language], "title": html.escape(title),
               "about": html.escape(about), "config": config_text}  # fmt: skip
    # One pass: a placeholder written in the coordinator's title stays as it is.
    text = PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template.decode("utf-8"))
    tiles = _tile_origin(settings.tile_url)
    policy = (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src 'self' data: {tiles}".strip()
        + "; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    headers = {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-cache",
        "Content-Language": HTML_LANGUAGE[language],
    }
    if not settings.language:  # a cache keeps one page per language the visitors ask for
        headers["Vary"] = "Accept-Language"
    return Response(text, media_type="text/html; charset=utf-8", headers=headers)


@router.api_route("/public/cameras.geojson", methods=GET_AND_HEAD, include_in_schema=False)
def cameras(request: Request, database: Database) -> Response:
    """Every published camera as an RFC 7946 FeatureCollection."""
    with database.reader() as session:
        published = _public_map(request).current(session)
    headers = {
        "Content-Disposition": 'inline; filename="cameras.geojson"',
        "Cache-Control": "no-cache",
        "Access-Control-Allow-Origin": "*",  # public data: other web maps may load it
        "X-Content-Type-Options": "nosniff",
        "Vary": "Accept-Encoding",
    }
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(published.geojson_gzip, media_type=GEOJSON_TYPE, headers=headers)
    return Response(published.geojson, media_type=GEOJSON_TYPE, headers=headers)


Sha256 = Annotated[str, Path(pattern=SHA256_TEXT.pattern, min_length=64, max_length=64)]


@router.api_route("/public/photos/{sha256}.jpg", methods=GET_AND_HEAD, include_in_schema=False)
def photo(sha256: Sha256, request: Request, database: Database, store: Store) -> Response:
    """A published camera's blurred shared copy (never an original: the server has none)."""
    with database.reader() as session:
        published = _public_map(request).current(session)
    if sha256 not in published.photos or store.size(sha256) is None:
        raise ApiError(404, "not_found", "no published photo")
    # no-cache: a browser or proxy asks again (a 304 when it has the copy) before it shows the
    # photo, so one withdrawn or no longer published is not shown from a cache meanwhile.
    return FileResponse(
        store.path(sha256),
        media_type="image/jpeg",
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"},
    )


@router.api_route("/public/static/{path:path}", methods=GET_AND_HEAD, include_in_schema=False)
def static(path: str) -> Response:
    """The page's script and style, and the Leaflet files (resources/public)."""
    if path == "index.html":
        raise ApiError(404, "not_found", "no such file")
    data = _public_file(path)
    if data is None:
        raise ApiError(404, "not_found", "no such file")
    suffix = PurePosixPath(path).suffix
    media = STATIC_TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "text/plain"
    return Response(
        data,
        media_type=media,
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=3600"},
    )
