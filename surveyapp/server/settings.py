"""What a server instance is configured with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from surveyapp.protocol.wire import DEFAULT_MAX_BLOB_BYTES


@dataclass(frozen=True)
class ServerSettings:
    """Database URL (SQLite or PostgreSQL), blob folder, the largest photo accepted, and how long
    a shared copy nobody names any more stays on disk before it is deleted."""

    database_url: str
    storage: Path
    max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES
    retract_after: timedelta = timedelta(hours=24)
