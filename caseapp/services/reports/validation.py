"""Checking a report request before anything is read or written. The errors carry catalogue keys
(``report.error.*``) and their values, rendered in the user's language at the edge."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from caseapp.errors import ValidationError
from caseapp.services.reports.common import EARLIEST, KINDS, LANGUAGES, LATEST, MAX_PERIOD_DAYS
from caseapp.text import Term


def validate_request(kind: str, date_from, date_to, path, language: str = "mn") -> Path:
    """Check the request before anything is read or written; returns the target path (absolute)."""
    if kind not in KINDS:
        raise ValidationError("report.error.kind", field="kind", kind=kind, allowed=", ".join(KINDS))
    if language not in LANGUAGES:
        raise ValidationError("report.error.language", field="language")
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        label = Term(f"report.label.{name}")
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError("report.error.date", field=name, label=label)
        if not EARLIEST <= value <= LATEST:
            raise ValidationError("report.error.date_range", field=name, label=label, first=EARLIEST.year,
                                  last=LATEST.year)
    if date_from > date_to:
        raise ValidationError("report.error.order", field="date_from")
    if (date_to - date_from).days >= MAX_PERIOD_DAYS:
        raise ValidationError("report.error.too_long", field="date_to")
    if path is None or not str(path).strip():
        raise ValidationError("report.error.path", field="path")
    target = Path(path).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise ValidationError("report.error.suffix", field="path")
    target = target.absolute()
    if target.is_dir():
        raise ValidationError("report.error.is_folder", field="path", path=str(target))
    if not target.parent.is_dir():
        raise ValidationError("report.error.folder", field="path", folder=str(target.parent))
    return target
