"""The Mongolian catalogue (the default language), one dict built from one module per area."""

from __future__ import annotations

from caseapp.text.catalogue import merge
from caseapp.text.mn import cli, documents, errors, labels, public, reports

TEXT: dict[str, str] = merge(labels.TEXT, errors.TEXT, cli.TEXT, documents.TEXT, reports.TEXT, public.TEXT)
