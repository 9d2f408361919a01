"""Data shipped with the application: reference data, demo name lists, fonts, translations."""

from __future__ import annotations

from importlib import resources as _resources
import json
from pathlib import Path


def path(*parts: str) -> Path:
    """Filesystem path of a shipped resource (the package is installed unzipped)."""
    return Path(str(_resources.files(__name__).joinpath(*parts)))


def load_json(*parts: str):
    with path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
