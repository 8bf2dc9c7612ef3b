"""What a server instance is configured with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from surveyapp.protocol.wire import DEFAULT_MAX_BLOB_BYTES


@dataclass(frozen=True)
class PublicSettings:
    """The coordinator's choices for the public map page."""

    title: str = "Surveillance cameras"
    about: str = "Cameras mapped and verified by the team's volunteers."
    tile_url: str = ""  # {z}/{x}/{y} template; empty: no background map, the points alone
    tile_attribution: str = ""
    two_volunteers: bool = False  # photos from two volunteers verify a camera


@dataclass(frozen=True)
class ServerSettings:
    """Database URL (SQLite or PostgreSQL), blob folder, the largest photo accepted, and how long
    a shared copy nobody names any more stays on disk before it is deleted."""

    database_url: str
    storage: Path
    max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES
    retract_after: timedelta = timedelta(hours=24)
    public: PublicSettings = PublicSettings()
