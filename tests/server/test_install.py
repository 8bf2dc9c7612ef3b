"""The server installed on its own (server/pyproject.toml) into a fresh environment without the
system's packages: no Qt, OpenCV or NumPy comes along, and the server runs and syncs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.live_server import free_port

REPOSITORY = Path(__file__).resolve().parents[2]
DESKTOP_ONLY = ("pyside6", "shiboken6", "opencv", "numpy", "pillow", "osmium", "keyring")


@pytest.fixture(scope="module")
def server_environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv (no system site packages) with `pip install ./server` from a copy of the sources."""
    root = tmp_path_factory.mktemp("server-install")
    source = root / "source"
    for folder in ("surveyapp", "alembic", "server"):
        shutil.copytree(
            REPOSITORY / folder,
            source / folder,
            ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"),
        )
    (source / "resources").mkdir()
    shutil.copy(REPOSITORY / "resources" / "__init__.py", source / "resources")
    translations = REPOSITORY / "resources" / "translations"
    shutil.copytree(translations, source / "resources" / "translations")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(source / "server")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return venv


def test_the_server_install_brings_no_desktop_packages(server_environment: Path) -> None:
    python = server_environment / "bin" / "python"
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.lower()
    names = {line.split("==")[0] for line in listed.split()}
    assert "surveyapp-server" in names and "fastapi" in names
    assert not [name for name in names if name.startswith(DESKTOP_ONLY)], names
    # Nothing reaches the machine's own packages either: the environment is sealed.
    probe = "import importlib.util as u; print([m for m in ('PySide6', 'cv2', 'numpy', 'PIL')"
    probe += " if u.find_spec(m)])"
    found = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


@pytest.mark.slow
def test_the_installed_server_starts_and_syncs(
    server_environment: Path, server_database_url: str, tmp_path: Path
) -> None:
    script = server_environment / "bin" / "surveyapp-server"
    added = subprocess.run(
        [str(script), "add-user", "coordinator", "--role", "admin"]
        + ["--database-url", server_database_url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip().splitlines()[-1]
    port = free_port()
    log = tmp_path / "server.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [str(script), "run", "--port", str(port), "--database-url", server_database_url]
            + ["--storage", str(tmp_path / "blobs")],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if httpx.get(f"{base}/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        survey = str(uuid.uuid4())
        mutations: list[dict[str, Any]] = [
            {
                "mutation_id": str(uuid.uuid4()),
                "record_type": "survey",
                "record_id": survey,
                "op": "upsert",
                "base_version": None,
                "fields": {"name": "Installed"},
            },
            {
                "mutation_id": str(uuid.uuid4()),
                "record_type": "camera",
                "record_id": str(uuid.uuid4()),
                "op": "upsert",
                "base_version": None,
                "fields": {"survey_id": survey, "latitude": 44.81, "longitude": 20.46},
            },
        ]
        headers = {"Authorization": f"Bearer {token}"}
        pushed = httpx.post(f"{base}/sync/push", json={"mutations": mutations}, headers=headers)
        assert pushed.status_code == 200, pushed.text
        assert [r["status"] for r in pushed.json()["data"]["results"]] == ["applied"] * 2
        pulled = httpx.get(f"{base}/sync/pull", headers=headers).json()["data"]["changes"]
        assert {c["record_id"] for c in pulled} == {m["record_id"] for m in mutations}
        assert httpx.get(f"http://127.0.0.1:{port}/metrics").status_code == 200
    finally:
        process.terminate()
        process.wait(30)
