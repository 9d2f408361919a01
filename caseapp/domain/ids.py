"""Identifiers: UUIDv7 (time-ordered, so B-tree inserts stay append-like)."""

from __future__ import annotations

import os
import random
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand_a = 0
# Ids need to be unique, not secret (tokens use ``secrets``): a PRNG seeded from the OS is enough and far
# cheaper than a system call per id. Reseeded in a forked child so two processes never share a sequence.
_random = random.Random(os.urandom(32))
os.register_at_fork(after_in_child=lambda: _random.seed(os.urandom(32)))


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
                _last_rand_a = _random.getrandbits(11)
            _last_ms = ms
            rand_a = _last_rand_a
            rand_b = _random.getrandbits(62)
    else:
        ms = unix_ms
        with _lock:
            rand_a = _random.getrandbits(12)
            rand_b = _random.getrandbits(62)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def uuid7_time_ms(value: str) -> int:
    """The Unix milliseconds encoded in a UUIDv7."""
    return uuid.UUID(value).int >> 80


# the receipt's access code: capitals and digits no one mistakes for another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V)
ACCESS_ALPHABET = "ACDEFGHJKMNPQRTWXY34679"
ACCESS_LENGTH = 8
# what a Mongolian keyboard types for the Latin capitals that look the same
_CYRILLIC_LOOKALIKES = str.maketrans("АВСЕНКМОРТХУ", "ABCEHKMOPTXY")


def access_code(rng: random.Random | None = None) -> str:
    """A case's access code, printed on its receipt: the citizen's key to the case's status page (``XXXX-XXXX``).
    ``rng``: the demo's, for data that is the same on every run; otherwise the system's secure source."""
    import secrets

    pick = rng.choice if rng is not None else secrets.choice
    code = "".join(pick(ACCESS_ALPHABET) for _ in range(ACCESS_LENGTH))
    return f"{code[:4]}-{code[4:]}"


def normalise_access_code(text: str) -> str:
    """What a citizen typed, as the code is kept: capitals, the dash in the middle, Cyrillic lookalikes read as
    the Latin letters they look like, spaces and dashes anywhere ignored."""
    plain = "".join(ch for ch in (text or "").upper().translate(_CYRILLIC_LOOKALIKES) if ch not in " -\t")
    return f"{plain[:4]}-{plain[4:]}" if len(plain) == ACCESS_LENGTH else plain


def new_token(nbytes: int = 18) -> str:
    """An unguessable URL-safe token (for document verification and node credentials)."""
    import secrets

    return secrets.token_urlsafe(nbytes)
