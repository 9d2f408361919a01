"""Building a language's catalogue from its area modules."""

from __future__ import annotations

from collections.abc import Mapping


def merge(*parts: Mapping[str, str]) -> dict[str, str]:
    """One dict from the area modules; a key defined in two areas is a mistake, refused at import."""
    merged: dict[str, str] = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise ValueError(f"catalogue keys defined twice: {sorted(twice)}")
        merged.update(part)
    return merged
