"""Printable documents (reportlab): counter receipt (A5 or 80 mm roll), decision letter, extension notice,
transfer cover letter, case file, and the day's reminder slips.

Every document issued is an event on its case (``case.document_issued``: kind, verification token, sha256 of the
PDF, who, when) and so a row of the documents register. The QR code carries only the unguessable token.
The issue event also keeps what the document showed (``content``: every text and date on it, without the logo's
bytes), so a reprint is drawn from that: the same bytes, whatever happened to the case, the citizen's record, the
letterhead or the calendar since. Only a logo replaced in between shows, and the register's sha256 says so.

Modules:
- ``wording``:   the words (catalogue keys ``doc.*``, shared ``state.*``/``channel.*`` labels), dates.
- ``data``:      what a document shows (``DocumentData``, ``Letterhead``, ``build_data``, ``content_of``...).
- ``layout``:    fonts, styles, letterhead block, tables, QR, signature, the document frame.
- ``receipt``, ``letter``, ``notice``, ``transfer``, ``case_file``: one story per document; ``rendering``: render.
- ``reminders``: the day's reminder slips.
- ``issuing``:   issue_document and reprint (drawn outside the write transaction), the issue event.
- ``register``:  the register of issued documents: register_of, verify.
"""

from __future__ import annotations

from caseapp.services.documents.data import (KINDS, QR_PREFIX, RECEIPT_SIZES, DocumentData, Letterhead,
                                             TimelineLine, build_data, content_of, data_from_content, letterhead,
                                             user_names)
from caseapp.services.documents.issuing import MAX_ATTEMPTS, IssuedDocument, issue_document, reprint
from caseapp.services.documents.layout import FONT, Styles, _Styles, markup, register_fonts
from caseapp.services.documents.register import DocumentRecord, register_of, verify
from caseapp.services.documents.reminders import Reminder, reminders_due, reminders_pdf, render_reminders
from caseapp.services.documents.rendering import render
from caseapp.services.documents.wording import written_date

__all__ = [
    "KINDS", "RECEIPT_SIZES", "QR_PREFIX", "FONT", "MAX_ATTEMPTS",
    "DocumentData", "Letterhead", "TimelineLine", "IssuedDocument", "DocumentRecord", "Reminder",
    "build_data", "content_of", "data_from_content", "letterhead", "user_names",
    "issue_document", "reprint", "register_of", "verify",
    "reminders_due", "reminders_pdf", "render_reminders",
    "render", "register_fonts", "markup", "written_date", "Styles", "_Styles",
]
