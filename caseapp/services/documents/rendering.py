"""``render``: the PDF of one document from its DocumentData, without the database."""

from __future__ import annotations

import io

from caseapp.services.documents import case_file, letter, notice, receipt, transfer
from caseapp.services.documents.data import DocumentData
from caseapp.services.documents.layout import Styles, document_frame, register_fonts
from caseapp.services.documents.wording import kind_name

STORIES = {"receipt": receipt.story, "letter": letter.story, "notice": notice.story, "transfer": transfer.story,
           "file": case_file.story}


def render(data: DocumentData) -> bytes:
    """The PDF of one document. The same data gives the same bytes (reportlab's invariant mode)."""
    from reportlab.lib.pagesizes import A4, A5
    from reportlab.lib.units import mm

    register_fonts()
    title = f"{kind_name(data.kind, data.language)} {data.case_number}"
    if data.kind == "receipt" and data.size == "80mm":
        return receipt.render_roll(data, title)
    pagesize, margin, base = (A5, 12 * mm, 9) if data.kind == "receipt" else (A4, 20 * mm, 10.5)
    buffer = io.BytesIO()
    doc, footer = document_frame(buffer, pagesize, margin, title, data.case_number, data.language)
    doc.build(STORIES[data.kind](data, Styles(base), pagesize[0] - 2 * margin), onFirstPage=footer,
              onLaterPages=footer)
    return buffer.getvalue()
