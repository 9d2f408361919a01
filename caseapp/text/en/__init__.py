"""The English catalogue: the same keys as the Mongolian one, the same placeholders."""

from __future__ import annotations

from caseapp.text.catalogue import merge
from caseapp.text.en import cli, documents, errors, labels, public, reports

TEXT: dict[str, str] = merge(labels.TEXT, errors.TEXT, cli.TEXT, documents.TEXT, reports.TEXT, public.TEXT)
