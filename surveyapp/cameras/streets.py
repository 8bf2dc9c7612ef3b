"""A camera's looked-up street as lists and exports show it (no database access here: the
export reads it without SQLAlchemy)."""

from __future__ import annotations


def street_text(street: str | None, cross_street: str | None) -> str | None:
    """A looked-up street as lists show it: "Street / Cross street" (None when none)."""
    if not street:
        return None
    return f"{street} / {cross_street}" if cross_street else street
