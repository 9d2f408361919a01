"""Text for people from the code that is not Qt: one catalogue per language (``mn.py``, ``en.py``), by key.

Nothing here holds a "current language": the edge that talks to a person (the desktop's error presenter, the
command line, the central server) passes the language it serves, so one process can answer in both.
Qt's own translation system (``resources/translations``) covers the desktop's widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Mapping

from caseapp.text import en, mn

LANGUAGES = ("mn", "en")
DEFAULT_LANGUAGE = "mn"
CATALOGUES: dict[str, Mapping[str, str]] = {"mn": mn.TEXT, "en": en.TEXT}


@dataclass(frozen=True)
class Term:
    """A value that is itself a catalogue entry (a field's label, a state's name): translated with the text."""
    key: str


def language_or_default(language: str | None) -> str:
    return language if language in CATALOGUES else DEFAULT_LANGUAGE


def translate(key: str, language: str | None = DEFAULT_LANGUAGE, /, **values: object) -> str:
    """The text of ``key`` in ``language`` with ``values`` filled in (a ``Term`` value is translated too)."""
    catalogue = CATALOGUES[language_or_default(language)]
    template = catalogue.get(key)
    if template is None:                 # a key missing in one language: the default's text, never a crash
        template = CATALOGUES[DEFAULT_LANGUAGE].get(key, key)
    filled = {name: translate(value.key, language) if isinstance(value, Term) else value
              for name, value in values.items()}
    try:
        return template.format(**filled)
    except (KeyError, IndexError, ValueError):
        return template


def has(key: str) -> bool:
    return key in CATALOGUES[DEFAULT_LANGUAGE]
