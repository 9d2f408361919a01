"""The extension notice: the deadline was extended (Law on petitions, article 16), by how much and why."""

from __future__ import annotations

from caseapp.services.documents.data import DocumentData
from caseapp.services.documents.layout import Styles, addressee, letter_closing, letter_opening, markup, paragraphs
from caseapp.services.documents.wording import t, written_date


def story(data: DocumentData, st: Styles, width: float) -> list:
    from reportlab.platypus import Paragraph, Spacer

    lang = data.language
    assert data.last_extension is not None, "checked before drawing: a notice needs an extension"
    days, reason = data.last_extension
    result = [*letter_opening(data, st, width), *addressee(data, st),
              Paragraph(t(lang, "notice.title"), st.title),
              Paragraph(markup(t(lang, "notice.body", registered=written_date(data.registered_on, lang),
                                 number=data.case_number, subject=data.subject, days=days,
                                 due=written_date(data.due_date, lang))), st.body),
              Spacer(1, 6), Paragraph(markup(f"{t(lang, 'reason')}:"), st.bold)]
    result += paragraphs(reason, st.body)
    return result + letter_closing(data, st, width)
