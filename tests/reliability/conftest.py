"""Fixtures of the reliability tests: the live server (tests/live_server.py) and a small disk."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.live_server import (  # noqa: F401 - fixtures, registered by being imported here
    live_server,
    postgres_schema,
    postgres_schema_url,
    server_database_url,
    start_live_server,
)


def mount_tmpfs(point: Path, size: str, *options: str) -> subprocess.CompletedProcess[str]:
    """Mount (or with "remount", resize) a tmpfs of ``size`` ("8m") at ``point``."""
    return subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join([*options, f"size={size}"]), "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """``small_disk("8m")``: a real filesystem of that size that really fills up (a tmpfs; the
    test skips without root)."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a small tmpfs needs root")
        done = mount_tmpfs(point, size)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield make
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)
