"""The case file: summary, description, decision, pauses, documents issued and the whole history."""

from __future__ import annotations

from xml.sax.saxutils import escape

from caseapp.services.documents.data import DocumentData
from caseapp.services.documents.layout import MM, Styles, fields, letterhead_block, markup, paragraphs, qr_block
from caseapp.services.documents.wording import channel_name, decision_name, state_name, t, written_date

LONG_ENTRY = 600                 # characters: a longer history entry may break across pages


def story(data: DocumentData, st: Styles, width: float) -> list:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    lang = data.language
    result = [*letterhead_block(data, st, width), Spacer(1, 8),
              Paragraph(t(lang, "file.title"), st.title), Paragraph(escape(data.case_number), st.number),
              Paragraph(t(lang, "file.summary"), st.heading),
              fields([(t(lang, "applicant"), data.applicant_line), (t(lang, "address"), data.citizen_address),
                      (t(lang, "phone"), data.citizen_phone), (t(lang, "service"), data.service_name),
                      (t(lang, "subject"), data.subject), (t(lang, "channel"), channel_name(data.channel, lang)),
                      (t(lang, "registered"), f"{data.registered_at} · {data.clerk}"),
                      (t(lang, "assignee"), data.assignee), (t(lang, "state"), state_name(data.state, lang)),
                      (t(lang, "due"), written_date(data.due_date, lang)),
                      (t(lang, "file.extensions"), t(lang, "days", days=data.extension_days))], st, width)]
    if data.description.strip():
        result += [Paragraph(t(lang, "file.description"), st.heading), *paragraphs(data.description, st.body)]
    if data.decision:
        result += [Paragraph(t(lang, "file.decision"), st.heading),
                   Paragraph(markup(f"{decision_name(data.decision, lang)} · {written_date(data.decided_on, lang)}"),
                             st.bold),
                   *paragraphs(data.decision_text, st.body)]
    if data.pauses:
        result += [Paragraph(t(lang, "file.pauses"), st.heading)]
        result += [Paragraph(f"{written_date(start, lang)} — {written_date(end, lang) if end else '…'}", st.body)
                   for start, end in data.pauses]
    if data.documents:
        result += [Paragraph(t(lang, "file.documents"), st.heading)]
        result += [Paragraph(markup(line), st.small) for line in data.documents]
    result.append(Paragraph(t(lang, "file.timeline"), st.heading))
    for line in data.timeline:
        entry = [Paragraph(markup(f"{line.at} · {line.kind} · {line.who}"), st.bold),
                 *paragraphs(line.details, st.body)]
        # a short entry stays on one page; a long note may break across pages (never cut)
        result += [KeepTogether(entry)] if len(line.details) < LONG_ENTRY else entry
        result.append(Spacer(1, 3))
    result += [Spacer(1, 8), Paragraph(markup(t(lang, "file.compiled", date=written_date(data.issued_on, lang),
                                                who=data.compiled_by)), st.small),
               qr_block(data, st, 22 * MM)]
    return result
