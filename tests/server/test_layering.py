"""The import-linter contract that keeps the server free of the laptop's internals breaks when
the server imports one of them (a contract that cannot fail proves nothing)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
LINT = "import sys; sys.argv = ['lint-imports']; from importlinter.cli import lint_imports_command"
LINT += "; lint_imports_command()"


def test_the_contract_catches_a_server_module_importing_the_laptops(tmp_path: Path) -> None:
    shutil.copytree(
        REPOSITORY / "surveyapp",
        tmp_path / "surveyapp",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(REPOSITORY / "pyproject.toml", tmp_path)
    (tmp_path / "surveyapp" / "server" / "shortcut.py").write_text(
        '"""A server module that reaches into the laptop\'s database."""\n\n'
        "from surveyapp.db.engine import sqlite_url\n\n"
        "__all__ = ['sqlite_url']\n",
        encoding="utf-8",
    )
    environment = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", LINT],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0, done.stdout
    assert "The server imports nothing of the laptop's BROKEN" in done.stdout, done.stdout
    assert "surveyapp.server.shortcut -> surveyapp.db.engine" in done.stdout, done.stdout
    assert "The core never imports Qt KEPT" in done.stdout
