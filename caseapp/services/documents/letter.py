"""The response letter: the decision on the petition, to the citizen."""

from __future__ import annotations

from caseapp.services.documents.data import DocumentData
from caseapp.services.documents.layout import Styles, addressee, letter_closing, letter_opening, markup, paragraphs
from caseapp.services.documents.wording import decision_name, t, written_date


def story(data: DocumentData, st: Styles, width: float) -> list:
    from reportlab.platypus import Paragraph, Spacer

    lang = data.language
    result = [*letter_opening(data, st, width), *addressee(data, st),
              Paragraph(t(lang, "letter.title"), st.title),
              Paragraph(markup(t(lang, "letter.about", registered=written_date(data.registered_on, lang),
                                 number=data.case_number, subject=data.subject)), st.bold), Spacer(1, 6)]
    result += paragraphs(data.decision_text, st.body)
    result += [Spacer(1, 6),
               Paragraph(markup(f"{t(lang, 'outcome')}: {decision_name(data.decision or '', lang)}"), st.bold)]
    return result + letter_closing(data, st, width)
