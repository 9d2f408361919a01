"""Hybrid logical clock.

A timestamp is ``(wall_ms, counter)``, written as fixed-width text ``"%015d-%05d"`` so that text order equals
time order in SQLite, PostgreSQL and Python alike. It never goes backwards on one node even when the wall
clock does, and after receiving a remote timestamp it is greater than it (causality survives bad clocks).
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from caseapp.domain.clock import SYSTEM_CLOCK

_FORMAT = "{:015d}-{:05d}"
MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int = 0

    def __str__(self) -> str:
        return _FORMAT.format(self.wall_ms, self.counter)

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        wall, _, counter = text.partition("-")
        if len(wall) != 15 or len(counter) != 5 or not wall.isdigit() or not counter.isdigit():
            raise ValueError(f"not a hybrid logical clock value: {text!r}")
        return cls(int(wall), int(counter))


class HybridClock:
    """The clock of one node. Not thread-safe: the single writer owns it."""

    def __init__(self, last: Timestamp | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self.last = last or Timestamp(0, 0)
        self._now_ms = now_ms or SYSTEM_CLOCK.now_ms

    def _advance(self, wall: int, counter: int) -> Timestamp:
        if counter > MAX_COUNTER:
            wall, counter = wall + 1, 0
        self.last = Timestamp(wall, counter)
        return self.last

    def now(self) -> Timestamp:
        """A new timestamp for a local event."""
        physical = self._now_ms()
        if physical > self.last.wall_ms:
            return self._advance(physical, 0)
        return self._advance(self.last.wall_ms, self.last.counter + 1)

    def receive(self, remote: Timestamp) -> Timestamp:
        """Merge a timestamp seen on an event from another node."""
        physical = self._now_ms()
        wall = max(physical, self.last.wall_ms, remote.wall_ms)
        if wall == self.last.wall_ms == remote.wall_ms:
            counter = max(self.last.counter, remote.counter) + 1
        elif wall == self.last.wall_ms:
            counter = self.last.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        return self._advance(wall, counter)


def from_datetime_ms(unix_ms: int, counter: int = 0) -> str:
    """HLC text for a given wall time (used by the demo generator, which writes history)."""
    return _FORMAT.format(unix_ms, counter)
