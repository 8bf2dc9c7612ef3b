"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
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
