"""The words on a document: the ``doc.*`` entries of the catalogues (caseapp/text/{mn,en}/documents.py) and the
shared names of states and channels (``state.*``, ``channel.*`` in labels.py), in the document's language."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from caseapp.domain.clock import office_wall_time
from caseapp.text import has, translate


def t(language: str, key: str, **values: object) -> str:
    """The document text ``doc.<key>`` in ``language`` (mn or en), with ``values`` filled in."""
    return translate(f"doc.{key}", "en" if language == "en" else "mn", **values)


def _name(key: str, language: str, fallback: str) -> str:
    return translate(key, "en" if language == "en" else "mn") if has(key) else fallback


def state_name(state: str, language: str) -> str:
    return _name(f"state.{state}", language, state)


def channel_name(channel: str, language: str) -> str:
    return _name(f"channel.{channel}", language, channel)


def kind_name(kind: str, language: str) -> str:
    """"Receipt", "Case file" ...: the name of a document kind (an unknown kind as it is)."""
    return _name(f"doc.kind.{kind}", language, kind)


def event_name(kind: str, language: str) -> str:
    """The name of a case event in a case file's history (``case.extended`` -> "Хугацаа сунгасан")."""
    return _name(f"doc.event.{kind.removeprefix('case.')}", language, kind) if kind.startswith("case.") else kind


def decision_name(outcome: str, language: str) -> str:
    return _name(f"doc.decision.{outcome}", language, outcome)


def written_date(value: date | None, language: str) -> str:
    """"2026 оны 2-р сарын 18" / "18 Feb 2026" (Babel), with a plain space where CLDR puts a narrow one."""
    if value is None:
        return ""
    text = format_date(value, format="medium", locale="mn" if language == "mn" else "en_GB")
    return text.replace("\u202f", " ")


def local_time(moment: str) -> str:
    try:
        return office_wall_time(moment).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return moment[:16].replace("T", " ")
