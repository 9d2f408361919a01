"""Identifiers: UUIDv7 (time-ordered, so B-tree inserts stay append-like)."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand_a = 0


def uuid7(unix_ms: int | None = None) -> str:
    """Return a RFC 9562 UUIDv7 as text.

    Within one millisecond the 12-bit ``rand_a`` field is used as a counter, so ids made by this process
    are strictly increasing (when no explicit time is given).
    """
    global _last_ms, _last_rand_a
    if unix_ms is None:
        with _lock:
            ms = time.time_ns() // 1_000_000
            if ms <= _last_ms:
                ms = _last_ms
                _last_rand_a += 1
                if _last_rand_a > 0xFFF:
                    ms += 1
                    _last_rand_a = 0
            else:
                _last_rand_a = int.from_bytes(os.urandom(2), "big") & 0x7FF
            _last_ms = ms
            rand_a = _last_rand_a
    else:
        ms = unix_ms
        rand_a = int.from_bytes(os.urandom(2), "big") & 0xFFF
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def uuid7_time_ms(value: str) -> int:
    """The Unix milliseconds encoded in a UUIDv7."""
    return uuid.UUID(value).int >> 80


def new_token(nbytes: int = 18) -> str:
    """An unguessable URL-safe token (for document verification and node credentials)."""
    import secrets

    return secrets.token_urlsafe(nbytes)
