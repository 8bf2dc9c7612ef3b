"""Attacks of a hostile teammate on the server, each on SQLite and PostgreSQL.

Each test is one way a volunteer's (or a reviewer's) token was used to break the team's sync or
the evidence; the server must answer per item, store nothing it cannot serve, and keep every
pull answering.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from surveyapp.server.database import ServerDatabase
from surveyapp.server.models import Record
from tests.server.conftest import Api, Team, camera


@pytest.fixture
def ana(team: Team, api_for: Any) -> Api:
    client: Api = api_for(team.server, team.ana)
    return client


def raw_push(api: Api, text: str) -> httpx.Response:
    """A push of a body written by hand (JSON escapes Python's json.dumps would not write)."""
    return api.call(
        "POST", "/sync/push", content=text.encode(), headers={"content-type": "application/json"}
    )


def test_a_lone_surrogate_is_refused_and_every_pull_still_answers(
    team: Team, ana: Api, api_for: Any
) -> None:
    attacks = [
        camera({"notes": "LONE"}),
        camera({"extra_tags": {"note": "LONE"}}),
        camera({"extra_tags": {"LONE": "x"}}),
        camera({"notes": "fine", "LONE": "x"}),
        {**camera(), "args": {"LONE": ["not a uuid"]}},
    ]
    good = camera({"notes": "a camera on the same page"})
    text = json.dumps({"mutations": [*attacks, good]}).replace("LONE", "\\ud800x")
    reply = raw_push(ana, text)
    assert reply.status_code == 200, reply.text
    results = reply.json()["data"]["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(attacks) + ["applied"]
    assert all(r["final"] for r in results[:-1]), results
    # A record an older server stored with one still reaches every teammate, as U+FFFD.
    database = ServerDatabase(team.server.database_url)
    try:
        with database.session() as session:
            session.execute(
                update(Record)
                .where(Record.record_id == uuid.UUID(good["record_id"]))
                .values(fields={**good["fields"], "notes": "bad \ud800 text"})
            )
    finally:
        database.close()
    bojan = api_for(team.server, team.bojan)
    pulled = {c["record_id"]: c for c in bojan.pull_all()}
    assert pulled[good["record_id"]]["fields"]["notes"] == "bad \ufffd text"
    assert not any(r["record_id"] in pulled for r in attacks)
