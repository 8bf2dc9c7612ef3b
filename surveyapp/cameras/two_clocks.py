"""Whether a photo's two clocks disagree: its device's wall clock (with the offset it wrote, when
it wrote one) and its GPS clock (UTC). The import says it of a photo it reads; the Warnings tab
works it out again for a photo another laptop imported, from what the photo's record carries
(docs/decisions/photo-warnings.md). Nothing here touches a database or Qt.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from surveyapp.db import notes
from surveyapp.protocol.fields import MAX_UTC_OFFSET, MIN_UTC_OFFSET

# How far a photo's clock may be from its GPS time (UTC) before the volunteer is told: a time
# zone (UTC−12:00 … UTC+14:00) when the photo says none, and, either way, a GPS fix written a
# few minutes before the picture (docs/decisions/photo-warnings.md).
ZONES = (timedelta(hours=-12), timedelta(hours=14))
FIX_LAG = timedelta(minutes=15)


def disagreeing_clocks(
    local: datetime | None, offset_minutes: int | None, gps: datetime | None
) -> str | None:
    """A warning when a photo's wall clock (``local``, with its offset tag in minutes when it
    has one) and its GPS clock (``gps``, UTC; naive is read as UTC) disagree by more than a
    time zone and a late fix can explain: one of them is wrong, and only the volunteer can say
    which (both are kept; which one orders the photo is unchanged). The import says it, and
    migration 0016 for photos an older version imported; the Warnings tab for a photo another
    laptop imported (its record carries no warnings)."""
    if local is None or gps is None:
        return None
    if gps.tzinfo is not None:
        gps = gps.astimezone(UTC).replace(tzinfo=None)
    ahead = local - gps  # the wall clock minus UTC
    if offset_minutes is not None and MIN_UTC_OFFSET <= offset_minutes <= MAX_UTC_OFFSET:
        low = high = timedelta(minutes=offset_minutes)
    else:
        low, high = ZONES
    if low - FIX_LAG <= ahead <= high + FIX_LAG:
        return None
    return notes.translate(
        "import", "the device's clock says {clock}, its GPS {gps} UTC: check which is right"
    ).format(clock=f"{local:%Y-%m-%d %H:%M}", gps=f"{gps:%Y-%m-%d %H:%M}")
