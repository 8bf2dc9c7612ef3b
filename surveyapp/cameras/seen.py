"""When a camera was seen: the one rule the exports and the app's camera list share.

A photo's time is written as ``photos --json`` says it (``taken_at``): its wall-clock time with
its offset when both are known, its wall-clock time alone when only it is, else its GPS time
marked UTC. A camera's first and last seen are the earliest and latest of those times as
written — never one photo's time ordered by another clock. Before, the exports ordered the
photos by their GPS clock and wrote their wall clock: a photo whose clocks disagree (a camera
set to 2003, a GPS time a day stale) made a camera first seen after it was last seen.

Ordered as written: a time with an offset by its instant (UTC), a wall-clock time without one
as it reads (a time zone can move it by at most 14 hours: it is compared as if UTC, as the
survey orders such photos when nothing else is known), a GPS time by its instant. With
``--day-only`` only the days are written, and the first and last are the earliest and latest
day. Which clock groups and orders the photos of a walk is another rule (``taken_sort``):
unchanged here (docs/decisions/photo-warnings.md).
"""

from __future__ import annotations

from surveyapp.protocol.fields import MAX_UTC_OFFSET, MIN_UTC_OFFSET


def seen_order_sql(table: str = "photo") -> str:
    """SQL: the photo's time as written, as text that sorts in the rule's order (``YYYY-MM-DD
    HH:MM:SS.ffffff``); NULL for a photo with no time."""
    minutes = f"{table}.utc_offset_minutes"
    return (
        f"(CASE WHEN {table}.taken_local IS NULL THEN {table}.taken_utc "
        f"WHEN {table}.taken_utc IS NOT NULL "
        f"AND {minutes} BETWEEN {MIN_UTC_OFFSET} AND {MAX_UTC_OFFSET} THEN {table}.taken_utc "
        f"ELSE {table}.taken_local END)"
    )
