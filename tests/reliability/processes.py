"""Real processes on one survey: the desktop app (tests/app_driver.py) and the command line.

``AppProcess`` starts the real app offscreen in its own process and talks to it in JSON lines;
``cli`` runs one `surveyapp` command. ``sqlite_locks`` and ``deleted_files`` look at what the
kernel says about a process: the POSIX locks SQLite holds (/proc/locks) and the descriptors
whose file was deleted under it (/proc/PID/fd).
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "surveyapp.cli"]
PATIENCE_S = 300.0  # the longest any one step may take on a loaded two-core machine


def private_env(home: Path) -> dict[str, str]:
    """An environment whose settings, logs and keyring live under ``home``."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")])),
    )
    env.pop("SURVEYAPP_DB", None)
    return env


def cli(
    db: Path, *args: str, env: dict[str, str] | None = None, timeout: float = PATIENCE_S
) -> subprocess.CompletedProcess[str]:
    """Run `surveyapp --db DB ARGS...` to its end."""
    return subprocess.run(
        [*CLI, "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
    )


class AppProcess:
    """The real desktop app on ``db``, driven through tests/app_driver.py."""

    def __init__(self, db: Path, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.log = home / "app-stderr.txt"
        self._stderr = open(self.log, "wb")  # noqa: SIM115 (closed in kill())
        # Unbuffered: every line the driver prints is on the pipe when it is printed.
        self.process = subprocess.Popen(
            [sys.executable, "-u", "-m", "tests.app_driver", "--db", str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            env=private_env(home),
            cwd=REPO,
        )
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.saved: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()
        ready = self.next_event()
        assert ready["event"] == "ready", ready
        self.pid = self.process.pid

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                event = json.loads(line)
                if event["event"] == "saved":
                    self.saved.append(event)
                self.events.put(event)
        self.events.put({"event": "exited", "status": self.process.wait()})

    def next_event(self) -> dict[str, Any]:
        try:
            return self.events.get(timeout=PATIENCE_S)
        except queue.Empty:
            silent = f"the app said nothing for {PATIENCE_S} s: {self.stderr()}"
            raise AssertionError(silent) from None

    def next_event_or_none(self, wait_s: float) -> dict[str, Any] | None:
        """The next event if one comes within ``wait_s`` (a bounded wait for the app's own
        timer to fire), else None."""
        try:
            return self.events.get(timeout=wait_s)
        except queue.Empty:
            return None

    def stderr(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def send(self, command: dict[str, Any]) -> None:
        """Start a command; its events arrive on ``events``."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def do(self, command: dict[str, Any]) -> dict[str, Any]:
        """Run a command to its end; its "done" event (fails on "failed")."""
        self.send(command)
        while True:
            event = self.next_event()
            if event["event"] == "failed":
                raise AssertionError(f"the app failed {command}: {event}\n{self.stderr()}")
            if event["event"] == "exited":
                raise AssertionError(
                    f"the app exited ({event['status']}) during {command}: {self.stderr()}"
                )
            if event["event"] == "done" and event["do"] == command["do"]:
                return event

    def cameras(self) -> dict[str, str | None]:
        """camera id → model, as the app's list shows them now."""
        self.send({"do": "cameras"})
        while True:
            event = self.next_event()
            if event["event"] == "cameras":
                rows: dict[str, str | None] = event["rows"]
                self.next_event()  # its "done"
                return rows
            if event["event"] in ("failed", "exited"):
                raise AssertionError(f"{event}: {self.stderr()}")

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind runs in the app."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=60)
        self._stderr.close()


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except FileNotFoundError:
        return None


def sqlite_locks(pid: int, db: Path) -> set[str]:
    """Which of the database's files ``pid`` holds POSIX locks on ("db", "shm")."""
    inodes = {_inode(db): "db", _inode(Path(f"{db}-shm")): "shm"}
    held = set()
    with open("/proc/locks") as locks:
        for line in locks:
            parts = line.split()
            if len(parts) < 6 or parts[1] != "POSIX" or parts[4] != str(pid):
                continue
            inode = int(parts[5].rsplit(":", 1)[1])
            if inode in inodes and inodes[inode] is not None:
                held.add(inodes[inode])
    return held


def deleted_files(pid: int, db: Path) -> list[str]:
    """The database's files that ``pid`` still has open although they were deleted."""
    found = []
    folder = Path(f"/proc/{pid}/fd")
    for entry in folder.iterdir():
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if target.startswith(str(db)) and target.endswith("(deleted)"):
            found.append(target)
    return found


def integrity(db: Path) -> str:
    """SQLite's verdict on the whole file (after every process is gone)."""
    connection = sqlite3.connect(db)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def camera_values(db: Path, key: str) -> dict[str, Any]:
    """camera id → the value of one OSM key, read by a fresh `surveyapp cameras --json`."""
    done = cli(db, "cameras", "--json")
    assert done.returncode == 0, done.stderr
    return {c["id"]: c.get(key) for c in json.loads(done.stdout)}


def no_traceback(results: Sequence[subprocess.CompletedProcess[str]]) -> None:
    """No command ended in a traceback or told the user the database was locked."""
    for result in results:
        assert "Traceback" not in result.stderr, result.stderr
        assert "database is locked" not in result.stderr, result.stderr
