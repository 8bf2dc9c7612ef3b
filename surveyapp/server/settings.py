"""What a server instance is configured with."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from surveyapp.protocol.wire import DEFAULT_MAX_BLOB_BYTES

DEFAULT_QUOTA_BYTES = 20 * 2**30  # ~8,000 shared copies of 2.5 MB


def quota_from_environment() -> int:
    """The per-user quota: SURVEYAPP_QUOTA_MB when set, else DEFAULT_QUOTA_BYTES."""
    text = os.environ.get("SURVEYAPP_QUOTA_MB", "").strip()
    try:
        megabytes = float(text) if text else 0.0
    except ValueError:
        megabytes = 0.0
    return int(megabytes * 2**20) if megabytes > 0 else DEFAULT_QUOTA_BYTES


@dataclass(frozen=True)
class ServerSettings:
    """Database URL (SQLite or PostgreSQL), blob folder, the largest photo accepted, how long
    a shared copy nobody names any more stays on disk before it is deleted, and how many bytes
    of shared copies one user may store."""

    database_url: str
    storage: Path
    max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES
    retract_after: timedelta = timedelta(hours=24)
    quota_bytes: int = DEFAULT_QUOTA_BYTES  # the shared copies one user may store
