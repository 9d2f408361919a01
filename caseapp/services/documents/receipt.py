"""The counter receipt: A5, or an 80 mm thermal roll as long as its content."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from caseapp.services.documents.data import DocumentData
from caseapp.services.documents.layout import MM, Styles, document_frame, fields, letterhead_block, markup, \
    qr_block
from caseapp.services.documents.wording import t, written_date


def story(data: DocumentData, st: Styles, width: float) -> list:
    from reportlab.platypus import Paragraph, Spacer

    lang, head = data.language, data.letterhead
    contact = (t(lang, "contact.phone", phone=head.phone) if head.phone else
               t(lang, "contact.address", address=head.address) if head.address else
               t(lang, "contact.office"))
    result = [*letterhead_block(data, st, width), Paragraph(t(lang, "receipt.title"), st.title),
              Paragraph(escape(data.case_number), st.number), Spacer(1, 4),
              fields([(t(lang, "received"), data.registered_at), (t(lang, "applicant"), data.applicant_line),
                      (t(lang, "service"), data.service_name), (t(lang, "subject"), data.subject),
                      (t(lang, "due"), written_date(data.due_date, lang)), (t(lang, "clerk"), data.clerk)],
                     st, width)]
    if data.required_documents:
        result.append(Paragraph(t(lang, "documents.required"), st.heading))
        result += [Paragraph("☐ " + markup(item), st.body) for item in data.required_documents]
    if data.access_code:
        result += [Spacer(1, 6), fields([(t(lang, "access_code"), data.access_code)], st, width)]
        if data.status_url:
            result.append(Paragraph(markup(t(lang, "status_online", url=data.status_url)), st.small))
    result += [Spacer(1, 6), Paragraph(markup(t(lang, "enquiries", contact=contact)), st.small), Spacer(1, 6),
               qr_block(data, st, 30 * MM if data.size == "80mm" else 34 * MM)]
    return result


def render_roll(data: DocumentData, title: str) -> bytes:
    """The 80 mm roll: the story is measured, then drawn on one page that long."""
    from reportlab.lib.units import mm

    buffer = io.BytesIO()
    st = Styles(8)
    width = 72 * mm
    measured = story(data, st, width)
    height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in measured)
    doc, footer = document_frame(buffer, (80 * mm, height + 24 * mm), 4 * mm, title, data.case_number,
                                 data.language)
    doc.build(story(data, st, width), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
