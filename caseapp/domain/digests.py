"""What two stores compare to know they hold the same events: a count and the XOR of the events' hashes, for
an office's whole feed, per bucket of streams (the first byte of a stream key's sha256) and per stream. XOR is
order-free, so a workstation and the server compute the same value however the events arrived."""

from __future__ import annotations

from dataclasses import dataclass
import hashlib
from collections.abc import Iterable

BUCKETS = 256
ZERO = bytes(32)


def xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a or ZERO, "big") ^ int.from_bytes(b or ZERO, "big")).to_bytes(32, "big")


def bucket_of(stream: str, stream_id: str) -> int:
    return hashlib.sha256(f"{stream}\x1f{stream_id}".encode()).digest()[0]


@dataclass(frozen=True)
class Digest:
    count: int
    xor: str       # hex of 32 bytes

    @staticmethod
    def of(hashes: Iterable[bytes]) -> "Digest":
        count, total = 0, 0
        for value in hashes:
            count += 1
            total ^= int.from_bytes(value, "big")
        return Digest(count, total.to_bytes(32, "big").hex())


def group_digests(rows: Iterable[tuple[str, str, bytes]], *, bucket: int | None = None,
                  every_stream: bool = False) -> tuple[dict[int, Digest], dict[tuple[str, str], Digest]]:
    """(per bucket, per stream) digests of (stream, stream_id, hash) rows, in one pass; per stream only of
    ``bucket``, or of every stream with ``every_stream``."""
    buckets: dict[int, list[bytes]] = {}
    streams: dict[tuple[str, str], list[bytes]] = {}
    for stream, stream_id, value in rows:
        b = bucket_of(stream, stream_id)
        buckets.setdefault(b, []).append(value)
        if every_stream or b == bucket:
            streams.setdefault((stream, stream_id), []).append(value)
    return ({b: Digest.of(v) for b, v in buckets.items()}, {k: Digest.of(v) for k, v in streams.items()})
