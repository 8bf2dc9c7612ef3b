"""`pip install .` gives a working SurveyApp: the wheel carries migrations and resources."""

from __future__ import annotations

import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if build.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{build.stderr}")
    (path,) = out.glob("surveyapp-*.whl")
    return path


def test_the_wheel_carries_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    migrations = {p.name for p in (REPO / "alembic" / "versions").glob("*.py")}
    assert "surveyapp/migrations/env.py" in names
    assert "surveyapp/migrations/script.py.mako" in names
    assert {f"surveyapp/migrations/versions/{name}" for name in migrations} <= names
    assert "surveyapp/resources/vendors.json" in names
    assert "surveyapp/resources/naturalearth.basemap.sqlite" in names  # the world, offline
    assert "surveyapp/basemap/prepare.py" in names
    for language in ("en", "fr", "sr_Latn", "sr_Cyrl"):
        assert f"surveyapp/resources/translations/surveyapp_{language}.qm" in names
        assert f"surveyapp/resources/translations/surveyapp_{language}.ts" in names
    assert not any(name.startswith(("tests/", "alembic/", "benchmarks/")) for name in names)


def test_an_installed_wheel_migrates_a_new_database(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    if sys.prefix != sys.base_prefix:
        # Run from a virtualenv, "--system-site-packages" gives the new one the base Python's
        # packages, not this environment's (where the dependencies are): list those too. As
        # plain paths, their .pth files (this checkout's editable install) are not run, so
        # the wheel's copy is the one imported.
        found = subprocess.run(
            [str(python), "-c", "import site; print(site.getsitepackages()[0])"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        own = Path(found.stdout.strip())
        (own / "_surveyapp_test_parent.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall",
         str(wheel)],
        check=True, timeout=300,
    )  # fmt: skip
    script = (
        "import surveyapp, sys; print(surveyapp.__file__);"
        "from surveyapp.cli import main; sys.exit(main(['--db', sys.argv[1], 'cameras', '--json']))"
    )
    result = subprocess.run(
        [str(python), "-c", script, str(tmp_path / "s.sqlite")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    location, listing = result.stdout.split("\n", 1)
    assert str(venv) in location  # the wheel's copy, not the checkout
    assert listing.strip() == "[]"
    vendors = subprocess.run(
        [str(python), "-m", "surveyapp.cli", "vendors", "identify", "IPC6625-Z30"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert vendors.stdout.startswith("Huawei"), vendors.stderr
