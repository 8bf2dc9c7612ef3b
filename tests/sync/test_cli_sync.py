"""`surveyapp sync` as a volunteer runs it: tokens, exit status, status, dry run, fetch."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pty
import re
import select
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.proxy import BreakingProxy, breaking_proxy
from tests.sync.conftest import Laptop, Team, photo_walk

CLI = [sys.executable, "-m", "surveyapp.cli"]
REPO = Path(__file__).resolve().parents[2]


def run(
    db: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("SURVEYAPP_TOKEN",)}
    environment.update(env or {})
    return subprocess.run(
        [*CLI, "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=REPO,
    )


@pytest.mark.slow
def test_sync_from_the_command_line(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    team = sqlite_team
    ana, coordinator = laptop("ana"), laptop("coordinator")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=7))
    ana.db.close()  # the command line opens the files itself
    coordinator.db.close()
    ana_db, coordinator_db = ana.db.path, coordinator.db.path
    keyring = {
        "PYTHON_KEYRING_BACKEND": "tests.sync.file_keyring.FileKeyring",
        "SURVEYAPP_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }

    dry = run(ana_db, "sync", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["records"] == {"survey": 1, "camera": 2, "photo": 2}
    assert json.loads(dry.stdout)["photos"] == 2

    missing = run(ana_db, "sync", "--server", team.url, env=keyring)
    assert missing.returncode == 2 and "no token" in missing.stderr

    token = team.user()
    first = run(ana_db, "sync", "--server", team.url, "--json", env={"SURVEYAPP_TOKEN": token})
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["complete"] and (report["pushed"], report["photos_uploaded"]) == (5, 2)
    assert report["errors"] == [] and token not in first.stdout + first.stderr

    status = json.loads(run(ana_db, "sync", "status", "--json").stdout)
    assert (status["changes"], status["photos"], status["failed"]) == (0, 0, [])
    assert [(r["pushed"], r["message"]) for r in status["runs"]] == [(5, "complete")]

    reviewer = team.user("reviewer")
    pulled = run(coordinator_db, "sync", "--server", team.url, "--token", reviewer,
                 "--save-token", env=keyring)  # fmt: skip
    assert pulled.returncode == 0, pulled.stderr
    assert "everything is in sync" in pulled.stdout
    assert reviewer in (tmp_path / "keyring.json").read_text()
    # The server is shared with other tests (Ana's sync pulled theirs too): look for her own
    # two photos, by their hashes.
    with sqlite3.connect(ana_db) as connection:
        query = "SELECT sha256 FROM photo WHERE upload_state != 'remote'"
        hers = {row[0] for row in connection.execute(query)}
    connection.close()
    with sqlite3.connect(coordinator_db) as connection:
        mine = [
            row
            for row in connection.execute(
                "SELECT sha256 FROM photo WHERE upload_state = 'remote'"
            ).fetchall()
            if row[0] in hers
        ]
    connection.close()
    assert len(hers) == len(mine) == 2
    # The server (the only one known) and the token (in the keyring) are found by themselves.
    fetched = run(coordinator_db, "sync", "fetch", mine[0][0], env=keyring)
    assert fetched.returncode == 0, fetched.stderr
    picture = Path(fetched.stdout.strip())
    assert (
        picture.is_file()
        and picture.name == f"{hashlib.sha256(picture.read_bytes()).hexdigest()}.jpg"
    )


def test_a_keyring_that_cannot_keep_the_token_does_not_stop_the_sync(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """On a desktop without a keyring, `sync --token T --save-token` stopped before sending
    anything, telling the volunteer to "pass --token" (which they had). The sync now goes on
    with the token given, and says it was not saved."""
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=1551))
    ana.db.close()
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    token = sqlite_team.user()
    synced = run(ana.db.path, "sync", "--server", sqlite_team.url, "--token", token,
                 "--save-token", env=no_keyring)  # fmt: skip
    assert synced.returncode == 0, synced.stderr
    assert "everything is in sync" in synced.stdout
    assert "the token was not saved" in synced.stderr and "pass --token" not in synced.stderr
    status = json.loads(run(ana.db.path, "sync", "status", "--json").stdout)
    assert (status["changes"], status["photos"]) == (0, 0)


def test_a_refused_change_is_listed_by_status_and_dropped_by_discard(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    from surveyapp.db.models import Camera

    team = sqlite_team
    ana, bojan = laptop("ana"), laptop("bojan")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=61))
    [target] = ana.camera_ids()
    ana_token, bojan_token = team.user(), team.user()
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    with bojan.db.session() as session:  # an edit of Ana's camera, as an older app queued it
        camera = session.get(Camera, target)
        assert camera is not None
        camera.notes = "from the bus"
        session.commit()
    bojan.db.close()
    env = {"SURVEYAPP_TOKEN": bojan_token}
    refused = run(bojan.db.path, "sync", "--server", team.url, env=env)
    assert refused.returncode == 1
    assert f"camera {target}" in refused.stderr and "not allowed" in refused.stderr
    assert "sync discard" in refused.stdout
    status = run(bojan.db.path, "sync", "status")
    assert status.returncode == 0 and f"refused: camera {target}" in status.stdout
    assert run(bojan.db.path, "sync", "discard", "zz").returncode == 2  # names nothing
    dropped = run(bojan.db.path, "sync", "discard", str(target)[:6])
    assert dropped.returncode == 0 and f"discarded: camera {target}" in dropped.stdout
    assert "refused: camera" not in run(bojan.db.path, "sync", "status").stdout
    assert run(bojan.db.path, "sync", "--server", team.url, env=env).returncode == 0
    listed = json.loads(run(bojan.db.path, "cameras", "--json").stdout)
    assert next(c for c in listed if c["id"] == str(target))["notes"] is None


def test_what_libtiff_prints_while_a_copy_is_made_stays_off_the_terminal(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, corpus_dir: Path
) -> None:
    """A DNG whose strip is cut short: libtiff printed "TIFFFillStrip: Read error…" straight
    through the sync's output while the shareable copy was tried (the import had made it the
    photo's warning already). The sync says once, in its own words, that the photo stays."""
    ana = laptop("ana")
    folder = photo_walk(tmp_path / "walk", 1, seed=44)
    (folder / "short.dng").symlink_to(corpus_dir / "photos" / "exiv2__IMG_1361.dng")
    ana.import_photos(folder)
    ana.db.close()
    env = {"SURVEYAPP_TOKEN": sqlite_team.user()}
    done = run(ana.db.path, "sync", "--server", sqlite_team.url, env=env)
    assert done.returncode == 0, done.stderr
    assert "TIFF" not in done.stderr
    assert "1 photo stays on this laptop: its pixels cannot be read" in done.stderr
    status = run(ana.db.path, "sync", "status")
    assert "1 photo stays on this laptop: its pixels cannot be read" in status.stdout


@pytest.mark.parametrize(
    "address", ["surveys.example.org", "http://127.0.0.1:80x", "http://[::1", "https://"]
)
def test_an_address_that_is_no_server_is_named_in_one_line(tmp_path: Path, address: str) -> None:
    """A mistyped port or an open bracket gave a traceback (httpx.InvalidURL)."""
    result = run(tmp_path / "s.sqlite", "sync", "--server", address, env={"SURVEYAPP_TOKEN": "t"})
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert (
        result.stderr.strip()
        == f"error: '{address}' is not a server address (http://... or https://...)"
    )


def test_a_volunteer_may_not_change_a_teammates_survey_settings(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """`survey set` on the survey Ana made, from Bojan's laptop: refused at once, as `camera
    set` is (before: the laptop took it, showed it as the team's, and the server refused it at
    the next sync). A reviewer may."""
    team = sqlite_team
    ana, bojan, vesna = laptop("ana"), laptop("bojan"), laptop("vesna")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=840))
    ana_token, bojan_token, vesna_token = team.user(), team.user(), team.user("reviewer")
    assert ana.sync(team.url, ana_token).complete
    for machine, token in ((bojan, bojan_token), (vesna, vesna_token)):
        assert machine.sync(team.url, token).complete
        machine.db.close()
    queued = len(bojan.waiting())
    refused = run(bojan.db.path, "survey", "set", "name=Bojan's walk", "blur=off")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "only they or a reviewer can change its settings" in refused.stderr
    assert len(bojan.waiting()) == queued
    assert run(vesna.db.path, "survey", "set", "time_zone=Europe/Belgrade").returncode == 0


def ctrl_c_at_an_upload(
    command_line: list[str], db: Path, proxy: BreakingProxy, environment: dict[str, str]
) -> tuple[int, str, float]:
    """Sync ``db`` through ``proxy``, silent from the first upload on, and press Ctrl-C once
    the sync waits there: its exit status, what it said, and how long it took to end after
    Ctrl-C (given up after 20 s: TimeoutExpired)."""
    proxy.go_silent_at(b"PATCH /api/v1/blobs/")
    command = subprocess.Popen(
        [*command_line, "--db", str(db), "sync", "--server", proxy.url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=REPO,
    )
    try:
        assert proxy.silent.wait(120), "the sync never reached the photos"
        pressed = time.monotonic()
        command.send_signal(signal.SIGINT)
        _out, err = command.communicate(timeout=20)
        return command.returncode, err, time.monotonic() - pressed
    finally:
        if command.poll() is None:
            command.kill()
            command.communicate()


@pytest.mark.slow
@pytest.mark.usefixtures("ctrl_c_reaches_children")
def test_ctrl_c_while_an_upload_waits_for_a_silent_server_stops_at_once_in_one_line(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Ctrl-C while the photos' uploads wait for a server that stopped answering ends the
    command at once with one line and status 130 (before, it waited for the uploads'
    time-outs and retries: minutes); the run is listed as stopped (before, as failed, with
    "KeyboardInterrupt()"), and the next sync finishes what was left."""
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=1200))
    ana.db.close()
    environment = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_TOKEN"}
    environment["SURVEYAPP_TOKEN"] = sqlite_team.user()
    with breaking_proxy(sqlite_team.server.port) as proxy:
        code, err, took = ctrl_c_at_an_upload(CLI, ana.db.path, proxy, environment)
        assert code == 130, err
        assert took < 5, f"{took:.1f} s after Ctrl-C"
        assert "Traceback" not in err
        assert err.strip().splitlines()[-1] == (
            "interrupted: what was sent is kept; sync again to finish"
        )
        status = run(ana.db.path, "sync", "status", "--json")
        assert json.loads(status.stdout)["runs"][0]["message"] == "stopped before the end"
        proxy.answer_again()
        again = run(ana.db.path, "sync", "--server", proxy.url, "--json", env=environment)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["complete"] and summary["photos_uploaded"] == 2


# Python's teardown as a busy machine makes it last: the full garbage collection of every
# module (OpenCV's, SQLAlchemy's...) is about 0.3 s of CPU, which took up to 17 s, and over
# 20 s, for a command at a low priority beside busy processes. Loaded into the command
# (sitecustomize), it makes the teardown last a minute, whatever the machine's load.
SLOW_TEARDOWN = """import atexit, time
atexit.register(time.sleep, 60)
"""


# How a volunteer starts the command line: the README's `python3 -m surveyapp`, the installed
# `surveyapp` command (its console script calls `surveyapp.app:run` so), and the tests' way.
ENTRY_POINTS = {
    "python -m surveyapp": [sys.executable, "-m", "surveyapp"],
    "surveyapp": [
        sys.executable,
        "-c",
        "import sys; from surveyapp.app import run; sys.exit(run())",
    ],
    "python -m surveyapp.cli": CLI,
}


@pytest.mark.slow
@pytest.mark.usefixtures("ctrl_c_reaches_children")
@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_ctrl_c_during_an_upload_does_not_wait_for_pythons_teardown(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path, entry: str
) -> None:
    """Ctrl-C while an upload waits for a silent server: the command ends once it has said its
    line, without Python's teardown after it (before, on a busy machine that teardown kept the
    volunteer waiting up to 17 s after the line: the Ctrl-C test failed 2 times in 47)."""
    ana = laptop("ana")
    seed = 2110 + list(ENTRY_POINTS).index(entry)  # photos the shared server has not seen
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=seed))
    ana.db.close()
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(SLOW_TEARDOWN)
    environment = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_TOKEN"}
    environment["SURVEYAPP_TOKEN"] = sqlite_team.user()
    paths = [str(tmp_path / "site"), str(REPO), environment.get("PYTHONPATH", "")]
    environment["PYTHONPATH"] = os.pathsep.join(path for path in paths if path)
    with breaking_proxy(sqlite_team.server.port) as proxy:
        status, err, _took = ctrl_c_at_an_upload(
            ENTRY_POINTS[entry], ana.db.path, proxy, environment
        )
    assert status == 130, err
    assert err.strip().splitlines()[-1] == (
        "interrupted: what was sent is kept; sync again to finish"
    )


def on_a_terminal(db: Path, *args: str, env: dict[str, str]) -> tuple[int, str]:
    """Run the command line with a terminal as its stderr, where the progress bar draws (it
    stays silent on a pipe); its exit status and what the terminal showed."""
    leader, follower = pty.openpty()
    # A terminal 120 characters wide, as a laptop's usually is (the bar fits its width).
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
    environment = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_TOKEN"}
    environment.update(env)
    command = subprocess.Popen(
        [*CLI, "--db", str(db), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=environment,
        cwd=REPO,
    )
    os.close(follower)  # the command holds the terminal's only other end
    shown = bytearray()
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], deadline - time.monotonic())
            try:
                chunk = os.read(leader, 4096) if ready else b""
            except OSError:  # EIO: the command ended and closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        status = command.wait(timeout=10)
    finally:
        if command.poll() is None:
            command.kill()
            command.wait()
        os.close(leader)
    return status, shown.decode("utf-8", "replace")


def test_the_progress_bar_names_each_stage_in_the_volunteers_language(tmp_path: Path) -> None:
    """`sync` in French on a terminal: the bar names the run's stages in French ("réception :
    jusqu’à la modification 40"), as the app's dialog does (before, by their keys: "pull:
    jusqu’à la modification 40")."""
    from tests.sync.test_hostile_server import hostile_server, page

    with hostile_server(lambda since, limit: page([], 40, False)) as url:
        status, shown = on_a_terminal(
            tmp_path / "s.sqlite",
            *("sync", "--server", url),
            env={"SURVEYAPP_LANG": "fr", "SURVEYAPP_TOKEN": "t"},
        )
    assert status == 0, shown
    assert f"connexion : {url}" in shown, shown
    assert "réception : jusqu’à la modification 40" in shown, shown
    assert not any(key in shown for key in ("connect:", "pull:")), shown


def held_sync(team: Team, db: Path, marker: bytes) -> str:
    """`sync` in French on a terminal through a proxy that holds the answer to the request
    containing ``marker`` until the request arrived; what the terminal showed."""
    with breaking_proxy(team.server.port) as proxy:
        proxy.hold_answer_to(marker)

        def answer_once_held() -> None:
            proxy.holding.wait(60)
            proxy.let_answers_go()

        waiter = threading.Thread(target=answer_once_held)
        waiter.start()
        env = {"SURVEYAPP_LANG": "fr", "SURVEYAPP_TOKEN": team.user()}
        status, shown = on_a_terminal(db, "sync", "--server", proxy.url, env=env)
        waiter.join()
    assert status == 0 and proxy.holding.is_set(), shown
    return shown


def test_the_bar_says_the_push_waits_for_the_servers_answer(
    sqlite_team: Team, tmp_path: Path
) -> None:
    """`sync` on a terminal, a server slow to answer the push: the bar says the changes are
    on their way and that it waits for the server's answer, drawn at once after the photos
    prepared (before, it kept "prepare: 136c9fa672f6" until the answer came, up to 30 s)."""
    db = tmp_path / "s.sqlite"
    assert run(db, "import", str(photo_walk(tmp_path / "walk", 1, seed=2851))).returncode == 0
    shown = held_sync(sqlite_team, db, b"POST /api/v1/sync/push ")
    prepared = shown.rindex("préparation : ")
    waited = shown.index("en attente de la réponse du serveur", prepared)
    assert shown.index("modifications envoyées", prepared) > waited, shown


def test_the_bar_says_the_pull_waits_for_the_servers_first_page(
    sqlite_team: Team, tmp_path: Path
) -> None:
    """`sync` on a terminal, a server slow to answer the pull: once the photo went, the bar
    says it waits for the server's first page, drawn at once (before, it kept the photo sent,
    "photos : 136c9fa672f6", until the page came, up to 30 s)."""
    db = tmp_path / "s.sqlite"
    assert run(db, "import", str(photo_walk(tmp_path / "walk", 1, seed=3201))).returncode == 0
    shown = held_sync(sqlite_team, db, b"GET /api/v1/sync/pull?")
    sent = shown.rindex("photos : ")
    waited = shown.index("réception : en attente de la première page du serveur", sent)
    assert shown.index("réception : jusqu’à la modification", sent) > waited, shown


def test_the_bar_says_which_photo_is_on_its_way_and_how_big(
    sqlite_team: Team, tmp_path: Path
) -> None:
    """`sync` on a terminal, a server slow to answer a photo's upload: once the changes went,
    the bar says it checks which copies the server holds, then which photo of how many is on its
    way and its size, each drawn at once (before, it kept "envoi : 3 modifications envoyées"
    until the answer came, up to 30 s)."""
    db = tmp_path / "s.sqlite"
    assert run(db, "import", str(photo_walk(tmp_path / "walk", 1, seed=3202))).returncode == 0
    shown = held_sync(sqlite_team, db, b"PATCH /api/v1/blobs/")
    pushed = shown.rindex("modifications envoyées")
    asked = shown.index("photos : 1 photo à envoyer, vérification sur le serveur", pushed)
    waiting = re.compile(r"photos : envoi de la photo 1 sur 1 \((\d+) ko\)…")
    found = waiting.search(shown, asked)
    assert found is not None, shown
    sent = re.compile(r"photos : ([0-9a-f]{12})").search(shown, found.end())
    assert sent is not None, shown  # then the photo went
    with sqlite3.connect(db) as connection:
        query = "SELECT blob_size FROM photo WHERE sha256 LIKE ?"
        [(size,)] = connection.execute(query, (sent[1] + "%",)).fetchall()
    assert int(found[1]) == round(size / 1024), (found[0], size)


def test_syncs_own_lines_are_in_the_volunteers_language(tmp_path: Path) -> None:
    """`sync` in French: its bar, the run's counts, what still waits and "everything is in
    sync" are said in French, each count agreeing with its noun, as its other messages are
    (before, in English whatever the language); `--json` stays as it was, for programs."""
    from tests.sync.test_hostile_server import empty_pages, envelope, error, hostile_server

    db = tmp_path / "s.sqlite"
    french = {"SURVEYAPP_LANG": "fr", "SURVEYAPP_TOKEN": "t"}
    walk = photo_walk(tmp_path / "walk", 2, seed=1450)
    assert run(db, "import", str(walk), env=french).returncode == 0

    def refused(sha256: str, offset: int, sent: bytes) -> tuple[bytes, int, dict[str, str]]:
        return error("too_large", "too large"), 413, {}

    def taken(sha256: str, offset: int, sent: bytes) -> tuple[bytes, int, dict[str, str]]:
        held = {"sha256": sha256, "offset": offset + len(sent), "complete": True}
        return envelope(held), 200, {}

    with hostile_server(empty_pages, refused) as url:
        first = run(db, "sync", "--server", url, env=french)
        machine = run(db, "sync", "--server", url, "--json", env=french)
    assert first.returncode == 1, first.stderr
    assert first.stdout.splitlines() == [
        "5 modifications envoyées (0 fusionnée avec les modifications d’autres), "
        "0 photo téléversée, 0 modification récupérée (0 nouvelle ici)",
        "0 modification et 2 photos encore en attente : synchronisez à nouveau",
    ], first.stdout
    report = json.loads(machine.stdout)
    assert (report["complete"], report["waiting_photos"], report["pushed"]) == (False, 2, 0)
    with hostile_server(empty_pages, taken) as url:
        status, shown = on_a_terminal(db, "sync", "--server", url, env=french)
        last = run(db, "sync", "--server", url, env=french)
    assert status == 0 and "Synchronisation [" in shown and "Syncing" not in shown, shown
    assert last.returncode == 0, last.stderr
    assert last.stdout.splitlines() == [
        "0 modification envoyée (0 fusionnée avec les modifications d’autres), "
        "0 photo téléversée, 0 modification récupérée (0 nouvelle ici)",
        "tout est synchronisé",
    ], last.stdout


def test_a_dry_run_speaks_the_volunteers_language(tmp_path: Path) -> None:
    """`sync --dry-run` in French: what would leave the laptop, each count agreeing with its
    noun (before, in English whatever the language, and "1 surveys" in English); the field
    names stay the protocol's, as --json gives them."""
    db = tmp_path / "s.sqlite"
    french = {"SURVEYAPP_LANG": "fr"}
    assert run(db, "import", str(photo_walk(tmp_path / "walk", 2, seed=1650))).returncode == 0
    dry = run(db, "sync", "--dry-run", env=french)
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0] == (
        "5 modifications seraient envoyées (2 caméras, 2 photos, 1 relevé ; 0 suppression)"
    ), lines[0]
    assert "  camera_id: 2" in lines
    assert lines[-1] == "2 photos seraient téléversées (copies partageables, jamais les originaux)"
    english = run(db, "sync", "--dry-run").stdout.splitlines()
    assert english[0] == "5 changes would be pushed (2 cameras, 2 photos, 1 survey; 0 deletions)"


def test_status_and_discard_speak_the_volunteers_language(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """`sync status` and `sync discard` in French: what waits, the refused change and the
    server's reason, the recent runs with their result, what was discarded, and "erreur :"
    before a failure's line (before, all in English whatever the language); `status --json`'s
    runs stay as they were."""
    from surveyapp.db.models import Camera

    team = sqlite_team
    ana, bojan = laptop("ana"), laptop("bojan")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=1651))
    [target] = ana.camera_ids()
    ana_token, bojan_token = team.user(), team.user()
    assert ana.sync(team.url, ana_token).complete
    assert bojan.sync(team.url, bojan_token).complete
    with bojan.db.session() as session:  # an edit of Ana's camera, which the server refuses
        camera = session.get(Camera, target)
        assert camera is not None
        camera.notes = "depuis le bus"
        session.commit()
    bojan.db.close()
    french = {"SURVEYAPP_LANG": "fr", "SURVEYAPP_TOKEN": bojan_token}
    assert run(bojan.db.path, "sync", "--server", team.url, env=french).returncode == 1
    status = run(bojan.db.path, "sync", "status", env=french)
    assert status.returncode == 0, status.stderr
    lines = status.stdout.splitlines()
    assert lines[0] == "0 modification et 0 photo en attente", lines
    assert lines[1] == (  # the server's reason too (before: in the server's English)
        f"refusée : caméra {target} : non autorisé : un bénévole ne modifie et ne supprime que "
        "ce qu’il a créé"
    ), lines
    assert lines[2] == (
        "  (surveyapp sync discard ID, ou --all : les abandonner et reprendre les valeurs du "
        "serveur)"
    )
    assert lines[3] == "synchronisations récentes :"
    assert lines[4].endswith(
        "envoyées 0, récupérées 0, photos 0, erreurs 1 : 0 modification et 0 photo en attente, "
        "1 refusée"
    ), lines[4]
    assert lines[5].endswith("erreurs 0 : terminée"), lines[5]
    machine = json.loads(run(bojan.db.path, "sync", "status", "--json", env=french).stdout)
    assert machine["runs"][0]["message"] == "0 changes and 0 photos waiting, 1 refused"
    short = run(bojan.db.path, "sync", "discard", "zz", env=french)
    assert short.returncode == 2
    assert short.stderr == "erreur : « zz » est trop court pour désigner un enregistrement\n"
    dropped = run(bojan.db.path, "sync", "discard", "--all", env=french)
    assert dropped.returncode == 0, dropped.stderr
    assert dropped.stdout.startswith(f"abandonnée : caméra {target} : "), dropped.stdout
    again = run(bojan.db.path, "sync", "discard", "--all", env=french)
    assert (again.returncode, again.stderr) == (2, "erreur : aucune modification refusée\n")


def test_a_refusal_with_values_in_it_is_said_in_the_volunteers_language(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The server refuses a volunteer's change of her camera's review (reviewers set it): the
    run and `sync status` say the reason in French and in Serbian with the field named in it
    (before: "not allowed: only reviewers and admins change review_state" in English inside the
    French line; the two reasons without values were already translated). `--json` keeps the
    server's English, and the server's answer names the reason and its values. A text no
    reason of this laptop's gives (an older or another server's) is shown as it came."""
    from surveyapp import i18n
    from surveyapp.db.models import Camera
    from surveyapp.protocol.refusals import reason_said
    from tests.sync.test_team_cases import httpx_client

    team = sqlite_team
    vera = laptop("vera")
    vera.import_photos(photo_walk(tmp_path / "walk", 1, seed=1657))
    [target] = vera.camera_ids()
    token = team.user()
    assert vera.sync(team.url, token).complete
    with vera.db.session() as session:  # as an older laptop let a volunteer do
        camera = session.get(Camera, target)
        assert camera is not None
        camera.review_state = "verified"
        session.commit()
    vera.db.close()
    french = {"SURVEYAPP_LANG": "fr", "SURVEYAPP_TOKEN": token}
    ran = run(vera.db.path, "sync", "--server", team.url, "--json", env=french)
    assert ran.returncode == 1
    [error] = json.loads(ran.stdout)["errors"]
    english = "not allowed: only reviewers and admins change review_state"
    assert error["message"] == english
    status = run(vera.db.path, "sync", "status", env=french)
    assert status.stdout.splitlines()[1] == (
        f"refusée : caméra {target} : non autorisé : seuls les relecteurs et les "
        "administrateurs modifient review_state"
    ), status.stdout
    serbian = {**french, "SURVEYAPP_LANG": "sr_Latn"}
    status = run(vera.db.path, "sync", "status", env=serbian)
    assert status.stdout.splitlines()[1] == (
        f"odbijena: kamera {target}: nije dozvoljeno: samo recenzenti i administratori "
        "menjaju review_state"
    ), status.stdout
    with httpx_client(team, token) as http:  # the answer: the reason's key and its values
        answer = http.post(
            "/sync/push",
            json={
                "mutations": [
                    {
                        "mutation_id": str(uuid.uuid4()),
                        "record_type": "photo",
                        "record_id": str(target),
                        "op": "upsert",
                        "fields": {"file_name": "x.jpg"},
                    }
                ]
            },
        ).json()["data"]["results"][0]
    assert answer["status"] == "rejected"
    assert (answer["reason"], answer["values"]) == (
        "wrong_type",
        {"id": str(target), "record": "camera", "other": "photo"},
    )
    i18n.install("fr")
    try:
        assert reason_said(answer["message"], answer["reason"], answer["values"]) == (
            f"l’enregistrement {target} est de type caméra, pas photo"
        )
        assert reason_said("not allowed today: the moon is full") == (
            "not allowed today: the moon is full"
        )
    finally:
        i18n.install()


def test_fetch_and_the_error_prefix_speak_the_volunteers_language(tmp_path: Path) -> None:
    """`sync fetch` in French: a photo named wrongly, a missing server, a mistyped address, no
    token are said in French with "erreur :" before them, as any command's failure (before:
    "error:" and English)."""
    db = tmp_path / "s.sqlite"
    french = {"SURVEYAPP_LANG": "fr", "SURVEYAPP_TOKEN": "t"}
    unknown = run(db, "sync", "fetch", "abcd", "--server", "http://127.0.0.1:9", env=french)
    assert unknown.returncode == 2
    assert unknown.stderr == "erreur : « abcd » désigne 0 photo (donnez son id ou son sha256)\n"
    nowhere = run(db, "sync", "fetch", "abcd", env=french)
    assert (nowhere.returncode, nowhere.stderr) == (
        2,
        "erreur : indiquez le serveur : --server URL\n",
    )
    mistyped = run(db, "sync", "fetch", "abcd", "--server", "example.org", env=french)
    assert mistyped.stderr == (
        "erreur : « example.org » n’est pas une adresse de serveur (http://... ou https://...)\n"
    )
    no_keyring = {"SURVEYAPP_LANG": "fr", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    tokenless = run(db, "sync", "fetch", "abcd", "--server", "http://127.0.0.1:9", env=no_keyring)
    assert tokenless.stderr.startswith(
        "erreur : pas de jeton pour http://127.0.0.1:9 : passez --token JETON"
    ), tokenless.stderr
    other = run(db, "camera", "delete", "zzzz", env=french)  # any command's failure
    assert (other.returncode, other.stderr) == (2, "erreur : aucune caméra « zzzz »\n")


def test_a_refused_token_and_a_silent_server_are_said_in_the_volunteers_language(
    sqlite_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """In French: the warning about a token on the command line, the client's own words for a
    refused token (with the server's reason as it sent it, in English) in `sync` and `sync
    fetch`, its retries and a server that never answered, and `sync status`'s recent runs
    naming what stopped each run ("jeton refusé", "pas de réponse du serveur"); before, all in
    English whatever the language. A run stored before what stopped it was kept shows its
    stored error; every `--json` is unchanged."""
    from tests.live_server import free_port

    team = sqlite_team
    ana, bojan = laptop("ana"), laptop("bojan")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=1750))
    [photo] = ana.photo_ids()  # before a sync brings other tests' photos from the server
    assert ana.sync(team.url, team.user()).complete
    assert bojan.sync(team.url, team.user()).complete  # Ana's photo, its picture on the server
    assert photo in bojan.photo_ids()
    bojan.db.close()
    db = bojan.db.path
    french = {"SURVEYAPP_LANG": "fr"}
    refused = run(db, "sync", "--server", team.url, "--token", "wrong", env=french)
    assert refused.returncode == 3
    assert refused.stderr.splitlines() == [
        "avertissement : un jeton sur la ligne de commande est visible des autres utilisateurs "
        "de cette machine ; préférez $SURVEYAPP_TOKEN ou --save-token (le trousseau)",
        "erreur : le serveur a refusé le jeton : unknown or revoked token (HTTP 401) ; rien "
        "n’est perdu : les modifications attendent un nouveau jeton",
    ], refused.stderr
    machine = run(
        db, "sync", "--server", team.url, "--json", env={**french, "SURVEYAPP_TOKEN": "x"}
    )
    assert json.loads(machine.stdout)["fatal"] == (
        "the server refused the token: unknown or revoked token (HTTP 401); nothing was lost: "
        "the changes wait for a new token"
    )
    fetched = run(db, "sync", "fetch", str(photo), "--server", team.url,
                  env={**french, "SURVEYAPP_TOKEN": "x"})  # fmt: skip
    assert (fetched.returncode, fetched.stderr) == (
        3,
        "erreur : le serveur a refusé le jeton : unknown or revoked token (HTTP 401)\n",
    )
    silent = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    unanswered = run(db, "sync", "--server", silent, env={**french, "SURVEYAPP_TOKEN": "x"})
    assert unanswered.returncode == 1
    [failed] = [line for line in unanswered.stderr.splitlines() if line.startswith("erreur")]
    # What failed, in words (before, the library's "ConnectError: [Errno 111] Connection
    # refused", in English).
    no_server = "la connexion a été refusée : le serveur tourne-t-il à cette adresse ?"
    assert failed == (
        f"erreur : {silent} n’a pas répondu à GET /health après 6 essais : {no_server} ; "
        "rien n’est perdu : synchronisez à nouveau plus tard"
    ), failed
    retries = [line for line in unanswered.stderr.splitlines() if line != failed]
    assert len(retries) == 5, unanswered.stderr
    retry = f"nouvel essai : GET /health : {re.escape(no_server)} ; on réessaie dans \\d+,\\d s"
    assert all(re.fullmatch(retry, line) for line in retries), retries  # a decimal comma
    with sqlite3.connect(db) as connection:  # a run stopped before SurveyApp kept why (0012)
        connection.execute(
            "INSERT INTO sync_run (server_url, started_at, finished_at, pushed, pulled, photos,"
            " errors, message) VALUES (?, '2026-05-01 10:00:00', '2026-05-01 10:00:10', 0, 0,"
            " 0, 0, 'the server refused the token (HTTP 401)')",
            (team.url,),
        )
    status = run(db, "sync", "status", env=french)
    assert status.stdout.splitlines()[1] == "synchronisations récentes :", status.stdout
    results = [line.rpartition(" : ")[2] for line in status.stdout.splitlines()[2:]]
    assert results == [
        "the server refused the token (HTTP 401)",  # as stored, before its kind was kept
        "pas de réponse du serveur",
        "jeton refusé",
        "jeton refusé",
        "terminée",
    ], status.stdout
    stored = json.loads(run(db, "sync", "status", "--json", env=french).stdout)["runs"]
    assert (
        stored[2]["message"] == "the server refused the token: unknown or revoked token (HTTP 401)"
    )
    assert stored[1]["message"].startswith(
        f"{silent} did not answer GET /health after 6 tries: the connection was refused: is the "
        "server running at this address? (ConnectError: [Errno 111] Connection refused)"
    ), stored[1]["message"]  # the library's words kept for whoever helps


def test_syncs_help_speaks_the_volunteers_language(tmp_path: Path) -> None:
    """`sync --help` and its actions' help in French (before, in English whatever the
    language, as no other command's was); in Serbian in Cyrillic the actions named in `sync`'s
    line stay as they are typed."""
    db = tmp_path / "s.sqlite"
    french = {"SURVEYAPP_LANG": "fr"}
    shown = run(db, "sync", "--help", env=french).stdout
    for line in (
        "status       modifications et photos en attente, synchronisations récentes",
        "fetch        télécharger la photo d’un autre dans la bibliothèque",
        "--server URL   l’adresse du serveur",
        "--token TOKEN  votre jeton (sinon $SURVEYAPP_TOKEN, ou le trousseau)",
        "--dry-run      montrer ce qui quitterait l’ordinateur ; sans réseau",
    ):
        assert line in shown, shown
    assert (
        "--all       toutes les modifications refusées"
        in run(db, "sync", "discard", "--help", env=french).stdout
    )
    commands = " ".join(run(db, "--help", env=french).stdout.split())
    assert "sync synchroniser avec le serveur de l’équipe (status : ce qui attend ;" in commands
    cyrillic = " ".join(run(db, "--help", env={"SURVEYAPP_LANG": "sr_Cyrl"}).stdout.split())
    assert "(`status`: шта чека; `fetch`: фотографија)" in cyrillic, cyrillic
