"""What the benchmarks share: how to run SurveyApp, and how to time a command."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def surveyapp_command() -> list[str]:
    """The installed ``surveyapp`` script, else the module run by this interpreter."""
    # The script beside this interpreter (its venv), never another Python's on PATH.
    script = Path(sys.executable).with_name("surveyapp")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "surveyapp.cli"]


def timed_run(
    command: list[str], name: str, env: dict[str, str] | None = None
) -> tuple[float, str]:
    """Run ``command`` (stdout discarded); its wall-clock seconds and stderr. Exits on failure."""
    started = time.perf_counter()
    done = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"{name} failed with exit code {done.returncode}")
    return seconds, done.stderr


def compile_bytecode(code: Path) -> None:
    """Compile the package in ``code`` to bytecode beside its sources (its ``__pycache__``),
    as installing SurveyApp does: the timed runs then load it as a user's copy would."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(code / "surveyapp")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
