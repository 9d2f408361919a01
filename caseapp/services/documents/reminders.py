"""The day's reminder slips: internal work slips for the staff (one page per assignee), not documents issued
to citizens, so they are not entered in the register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
import io
import json

from sqlalchemy import select

from caseapp.services import queries
from caseapp.services.database import Database
from caseapp.services.documents.data import CASES, CITIZENS, SERVICES, Letterhead, letterhead, user_names
from caseapp.services.documents.layout import Styles, document_frame, markup, register_fonts
from caseapp.services.documents.wording import t, written_date
from caseapp.services.users import Actor, require


@dataclass(frozen=True)
class Reminder:
    case_number: str
    applicant: str
    service_name: str
    subject: str
    due_date: date
    assignee: str


def reminders_due(db: Database, office_id: str, today: date | None = None, language: str = "mn") -> list[Reminder]:
    """Running cases of the office whose service's reminder offsets (days before the due date) fall today,
    plus those due today or already overdue, ordered by assignee and due date."""
    today = today or db.today()
    with db.uow() as uow:
        conn = uow.conn
        offsets = {r.code: set(json.loads(r.reminder_days or "[]")) for r in
                   conn.execute(select(SERVICES.c.code, SERVICES.c.reminder_days))}
        names = user_names(conn)
        horizon = today + timedelta(days=max((max(o) for o in offsets.values() if o), default=0))
        rows = conn.execute(select(CASES.c.case_number, CASES.c.service_code, CASES.c.subject, CASES.c.due_date,
                                   CASES.c.assignee_id, CITIZENS.c.family_name, CITIZENS.c.given_name,
                                   SERVICES.c.name_mn, SERVICES.c.name_en)
                            .select_from(CASES.outerjoin(SERVICES, SERVICES.c.code == CASES.c.service_code)
                                         .outerjoin(CITIZENS, CITIZENS.c.citizen_id == CASES.c.citizen_id))
                            .where(CASES.c.owner_office == office_id, CASES.c.state.in_(queries.ACTIVE),
                                   CASES.c.due_date <= horizon)).all()
    chosen = [r for r in rows if r.due_date <= today or (r.due_date - today).days in offsets.get(r.service_code, ())]
    chosen.sort(key=lambda r: (names.get(r.assignee_id or "", "~"), r.due_date, r.case_number))
    return [Reminder(r.case_number, f"{r.family_name or ''} {r.given_name or ''}".strip(),
                     (r.name_en if language == "en" else r.name_mn) or r.service_code, r.subject, r.due_date,
                     names.get(r.assignee_id or "", "")) for r in chosen]


def _when(days: int, language: str) -> str:
    if days < 0:
        return t(language, "reminder.overdue", days=-days)
    return t(language, "reminder.today") if days == 0 else t(language, "reminder.left", days=days)


def render_reminders(reminders: list[Reminder], letterhead_: Letterhead, today: date, language: str = "mn") -> bytes:
    """One A4 PDF for the day: a page per assignee, a block per case."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

    register_fonts()
    st = Styles(10)
    buffer = io.BytesIO()
    title = t(language, "reminder.title")
    doc, footer = document_frame(buffer, A4, 18 * mm, title, written_date(today, language), language)
    story: list = []
    current = None
    for reminder in reminders:
        if reminder.assignee != current:
            if current is not None:
                story.append(PageBreak())
            current = reminder.assignee
            who = t(language, "reminder.for", who=current or t(language, "nobody"))
            story += [Paragraph(markup(letterhead_.name), st.small), Paragraph(title, st.title),
                      Paragraph(markup(f"{written_date(today, language)} · {who}"), st.bold), Spacer(1, 6)]
        when = _when((reminder.due_date - today).days, language)
        story.append(KeepTogether([
            Paragraph(markup(f"{reminder.case_number} · {when} · {written_date(reminder.due_date, language)}"),
                      st.bold),
            Paragraph(markup(f"{reminder.applicant} · {reminder.service_name}"), st.body),
            Paragraph(markup(reminder.subject), st.small), Spacer(1, 6)]))
    if not story:
        story = [Paragraph(title, st.title), Paragraph(t(language, "none"), st.body)]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def reminders_pdf(db: Database, actor: Actor, today: date | None = None, language: str = "mn"
                  ) -> tuple[bytes, int]:
    """The day's reminder slips of the actor's office: (PDF, number of cases)."""
    require(actor, "issue_documents")
    today = today or db.today()
    reminders = reminders_due(db, actor.office_id, today, language)
    with db.uow() as uow:
        head = letterhead(uow.conn, actor.office_id, language)
    return render_reminders(reminders, head, today, language), len(reminders)
