"""The one app-wide "data changed" signal that the list, the map and the panel refresh from.

Operations say what they changed (Anki's OpChanges); no widget calls another to refresh.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changed:
    """What an operation changed: these cameras (ids as text), or everything when None."""

    camera_ids: frozenset[str] | None = None

    @property
    def everything(self) -> bool:
        """Whether widgets must reload all their data."""
        return self.camera_ids is None


class Changes(QObject):
    """Carries ``data_changed(Changed)`` to every widget that shows survey data."""

    data_changed = Signal(object)

    def cameras(self, ids: object) -> None:
        """Announce that these cameras changed (ids as UUIDs or text)."""
        self.data_changed.emit(Changed(frozenset(str(i) for i in ids)))  # type: ignore[attr-defined]

    def everything(self) -> None:
        """Announce that anything may have changed (an import, a new database)."""
        self.data_changed.emit(Changed(None))


class Selection(QObject):
    """The cameras selected, shared by the list and the map: ``changed(tuple[str, ...])``."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.ids: tuple[str, ...] = ()

    def set(self, ids: tuple[str, ...] | list[str]) -> None:
        """Select these cameras (in this order); no signal when nothing changes."""
        ids = tuple(dict.fromkeys(ids))
        if ids != self.ids:
            self.ids = ids
            self.changed.emit(ids)
