"""The live-server fixtures (tests/live_server.py) and a small HTTP client for the server tests."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from surveyapp.protocol.wire import API_VERSION
from surveyapp.server.database import ServerDatabase
from surveyapp.server.users import UserView, authenticate, create_user
from tests.live_server import (  # noqa: F401 - fixtures, registered by being imported here
    LiveServer,
    live_server,
    postgres_schema,
    postgres_schema_url,
    server_database_url,
    start_live_server,
    start_server,
)


def server_user(database: ServerDatabase, name: str, role: str = "volunteer") -> UserView:
    """A new user of the server's database, as the server knows them behind their token."""
    with database.session() as session:
        token = create_user(session=session, name=name, role=role)
    with database.session() as session:
        user = authenticate(session=session, token=token)
    assert user is not None
    return user


class Api:
    """Calls the live server as one user; every JSON reply is checked for the envelope."""

    def __init__(self, server: LiveServer, token: str | None) -> None:
        self.server = server
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(base_url=server.api(""), headers=headers, timeout=30)

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One request; the response (its envelope already checked when it has a body)."""
        response = self.http.request(method, path, **kwargs)
        if method != "HEAD" and response.headers.get("content-type") == "application/json":
            body = response.json()
            assert body["surveyapp"] == API_VERSION and "server_time" in body, body
        return response

    def push(self, mutations: list[Any]) -> list[dict[str, Any]]:
        """Push a batch that must be accepted; the per-item results."""
        response = self.call("POST", "/sync/push", json={"mutations": mutations})
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["data"]["results"]
        return results

    def pull_all(self, since: int = 0, limit: int = 500) -> list[dict[str, Any]]:
        """Every change after ``since``, page by page."""
        changes: list[dict[str, Any]] = []
        while True:
            response = self.call("GET", "/sync/pull", params={"since": since, "limit": limit})
            assert response.status_code == 200, response.text
            page = response.json()["data"]
            changes.extend(page["changes"])
            since = page["next"]
            if not page["more"]:
                return changes

    def close(self) -> None:
        self.http.close()


# The survey every test camera belongs to (pushed when the team's server starts).
SURVEY = "5e11a0e5-0000-4000-8000-000000000001"


def camera(fields: dict[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
    """A camera upsert mutation with fresh ids (override any key by keyword); a new camera
    belongs to the team's test survey unless its fields name another."""
    mutation: dict[str, Any] = {
        "mutation_id": str(uuid.uuid4()),
        "record_type": "camera",
        "record_id": str(uuid.uuid4()),
        "op": "upsert",
        "base_version": None,
        "fields": fields if fields is not None else {"latitude": 44.8125, "longitude": 20.4612},
    }
    mutation.update(kwargs)
    creating = mutation["op"] == "upsert" and mutation["base_version"] is None
    if creating and mutation["record_type"] == "camera" and isinstance(mutation["fields"], dict):
        mutation["fields"] = {"survey_id": SURVEY, **mutation["fields"]}
    return mutation


def photo_naming(blob_sha256: str, size: int) -> list[dict[str, Any]]:
    """A new camera and a photo on it whose shared copy is ``blob_sha256``."""
    home = camera()
    picture = uuid.uuid4().hex * 2
    return [
        home,
        camera(
            {
                "sha256": picture,
                "camera_id": home["record_id"],
                "file_name": "IMG_1.jpg",
                "blob_sha256": blob_sha256,
                "blob_size": size,
            },
            record_type="photo",
        ),
    ]


def survey_mutation(record_id: str = SURVEY, name: str = "Test survey") -> dict[str, Any]:
    """A survey's creation."""
    return camera({"name": name}, record_type="survey", record_id=record_id)


@pytest.fixture
def api_for() -> Iterator[Any]:
    """``api_for(server, token)`` → an Api client, closed after the test."""
    clients: list[Api] = []

    def make(server: LiveServer, token: str | None) -> Api:
        client = Api(server, token)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@dataclass(frozen=True)
class Team:
    """A server shared by the server tests, and the tokens of its users."""

    server: LiveServer
    ana: str  # volunteer
    bojan: str  # volunteer
    coordinator: str  # reviewer
    admin: str


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def team(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Team]:
    """One live server per database for the whole run; tests use fresh record ids to stay apart."""
    folder = tmp_path_factory.mktemp("team")
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{folder / 'server.sqlite'}"
        else:
            url = stack.enter_context(postgres_schema())
        server = start_server(url, folder / "blobs")
        stack.callback(server.stop)
        # Users straight into the server's database (the add-user command has its own tests).
        database = ServerDatabase(url)
        with database.session() as session:
            tokens = [
                create_user(session=session, name=name, role=role)
                for name, role in [
                    ("ana", "volunteer"),
                    ("bojan", "volunteer"),
                    ("coordinator", "reviewer"),
                    ("admin", "admin"),
                ]
            ]
        database.close()
        admin = Api(server, tokens[3])
        assert admin.push([survey_mutation()])[0]["status"] in ("applied", "duplicate")
        admin.close()
        yield Team(server, *tokens)
