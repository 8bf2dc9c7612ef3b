"""Reviewers clear the Refused list: a reviewer marks the refusals she was shown reviewed (a
row, all its count, or all of one sender's rows) and they leave the list, so a volunteer's
token aiming at many records no longer pushes the team's older refusals out of the reviewers'
view for good. Only the rows named are marked: the same refusal arriving again afterwards is a
new row. Volunteers are refused 403 and hostile bodies 422, in the envelope, never a 5xx.
Real server on SQLite and PostgreSQL (``own_team``), a real laptop and the laptops' client."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from surveyapp.db.models import Photo
from surveyapp.sync.client import SyncClient
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_review_flood import aimed
from tests.sync.test_teammates_records import own_camera, push


def test_a_reviewer_marks_refusals_reviewed_and_only_those_she_named_leave_the_list(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    team = own_team
    ana_token, mallory, bojan, reviewer = (team.user(), team.user(), team.user(),
                                           team.user("reviewer"))  # fmt: skip
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=4270))
    assert ana.sync(team.url, ana_token).complete
    with ana.db.session() as session:
        camera = str(session.execute(select(Photo.camera_id)).scalar_one())
    with SyncClient(team.url, mallory) as client:
        sender = client.me().name
    with SyncClient(team.url, bojan) as client:
        teammate = client.me().name

    def refused() -> list[dict[str, Any]]:
        with SyncClient(team.url, reviewer) as client:
            return client.refused()

    # Mallory's same edit of Ana's camera three times and a delete of Bojan's: two rows of hers.
    _, his = own_camera(team, bojan)
    for n in range(3):
        [result] = push(team, mallory, [aimed("upsert", camera, fields={"notes": f"mine {n}"})])
        assert result["status"] == "rejected", result
    [result] = push(team, mallory, [aimed("delete", his["record_id"])])
    assert result["status"] == "rejected", result
    [result] = push(team, bojan, [aimed("delete", camera)])
    assert result["status"] == "rejected", result
    shown = refused()
    assert sorted(row["user"] for row in shown) == sorted([sender, sender, teammate]), shown
    hers = [row["mutation_id"] for row in shown if row["user"] == sender]
    assert sorted(row["count"] for row in shown if row["user"] == sender) == [1, 3], shown

    # Hostile or broken requests are refused in the envelope, never a 5xx, and mark nothing.
    url = team.server.api("/refused/review")
    as_reviewer = {"Authorization": f"Bearer {reviewer}"}
    reply = httpx.post(url, json={"ids": hers}, headers={"Authorization": f"Bearer {mallory}"},
                       timeout=30)  # fmt: skip
    assert reply.status_code == 403 and reply.json()["error"]["code"], reply.text
    bodies: list[Any] = [{}, {"ids": []}, {"ids": [1]}, {"ids": ["not an id"]}, {"ids": None},
                         {"ids": hers, "user": sender}, {"ids": [str(uuid.uuid4())] * 10_001},
                         [hers[0]], "ids", {"ids": [{"id": hers[0]}]}]  # fmt: skip
    for body in bodies:
        reply = httpx.post(url, json=body, headers=as_reviewer, timeout=30)
        assert reply.status_code == 422 and reply.json()["error"]["code"], (body, reply.text)
    reply = httpx.post(url, content=b"{not json", headers=as_reviewer, timeout=30)
    assert reply.status_code == 422, reply.text
    assert len(refused()) == 3

    # The reviewer marks Mallory's two rows (all their count): Bojan's stays. Asking again
    # changes nothing; an id no refusal has is named back as unknown.
    stranger = str(uuid.uuid4())
    with SyncClient(team.url, reviewer) as client:
        answer = client.review_refused([*hers, stranger])
        assert answer == {"reviewed": sorted(hers), "unknown": [stranger]}, answer
        assert client.review_refused(hers)["reviewed"] == sorted(hers)
    left = refused()
    assert [row["user"] for row in left] == [teammate], left

    # Mallory's same edit again, after the review: a new row, counted from the review on.
    [result] = push(team, mallory, [aimed("upsert", camera, fields={"notes": "again"})])
    assert result["status"] == "rejected", result
    again = {row["user"]: row["count"] for row in refused()}
    assert again == {sender: 1, teammate: 1}, again

    # Ana's camera is hers as it was, and her laptop syncs clean.
    summary = ana.sync(team.url, ana_token)
    assert summary.complete and not summary.errors, summary
    assert "Traceback" not in team.server.log_text()
