"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# The shared corpus sits beside the repository; SURVEYAPP_CORPUS points elsewhere if needed.
CORPUS = Path(os.environ.get("SURVEYAPP_CORPUS", REPO.parent / "shared" / "corpus"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus (photos/ and reference.json); skips the test when it is absent."""
    if not (CORPUS / "reference.json").is_file():
        pytest.skip(f"the photo corpus is not at {CORPUS}")
    return CORPUS


@pytest.fixture
def ctrl_c_reaches_children() -> Iterator[None]:
    """Commands started by the test take Ctrl-C (SIGINT) as they would from a terminal. A test
    run started in the background (as CI starts it) ignores SIGINT, and a child inherits an
    ignored signal, so its Python would never see the Ctrl-C the test sends; a handler set here
    is reset to the default in the child when it starts."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
