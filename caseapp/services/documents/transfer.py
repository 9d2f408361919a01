"""The transfer cover letter: the case goes to the competent office."""

from __future__ import annotations

from caseapp.services.documents.data import DocumentData
from caseapp.services.documents.layout import Styles, letter_closing, letter_opening, markup
from caseapp.services.documents.wording import t, written_date


def story(data: DocumentData, st: Styles, width: float) -> list:
    from reportlab.platypus import Paragraph

    lang = data.language
    assert data.to_office is not None, "checked before drawing: a transfer letter needs its office"
    code, name = data.to_office
    result = [*letter_opening(data, st, width),
              Paragraph(markup(f"{t(lang, 'to')}: {name} ({code})"), st.bold),
              Paragraph(t(lang, "transfer.title"), st.title),
              Paragraph(markup(t(lang, "transfer.body", number=data.case_number, subject=data.subject,
                                 applicant=data.applicant_line, registered=written_date(data.registered_on, lang),
                                 due=written_date(data.due_date, lang))), st.body)]
    return result + letter_closing(data, st, width)
