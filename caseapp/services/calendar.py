"""The working-day calendar: public holidays by law, plus days the Government decrees (admin, as events)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from caseapp.domain import deadlines
from caseapp.domain.events import CALENDAR
from caseapp.errors import NotFoundError, ValidationError
from caseapp.services import validation as check
from caseapp.services.database import Database
from caseapp.services.users import Actor, require
from caseapp.storage.calendar import holiday_names, load_calendar, public_holidays
from caseapp.storage.eventlog import EventWriter
from caseapp.storage.models import CalendarOverrideRow, ServiceTypeRow

OVERRIDES = CalendarOverrideRow.__table__
SERVICES = ServiceTypeRow.__table__
CALENDAR_STREAM = "MN"


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str            # "public_holiday", "day_off" (decreed) or "workday" (decreed)
    reason: str


def year_days(db: Database, year: int, language: str = "mn") -> list[CalendarDay]:
    """Public holidays (with their names as the reason) and decreed changes of one year, in date order."""
    with db.uow() as uow:
        overrides = {r.day: r for r in uow.conn.execute(select(OVERRIDES).where(
            OVERRIDES.c.day >= date(year, 1, 1), OVERRIDES.c.day <= date(year, 12, 31)))}
    names = holiday_names(year, language)
    days = [CalendarDay(d, "public_holiday", names.get(d, "")) for d in sorted(public_holidays(year))
            if d not in overrides]
    days += [CalendarDay(r.day, r.kind, r.reason) for r in overrides.values()]
    return sorted(days, key=lambda d: d.day)


def set_day(db: Database, actor: Actor, day: date, kind: str, reason: str) -> None:
    """Record a decreed extra day off or extra working day. Open cases' due dates follow."""
    require(actor, "edit_calendar")
    check.one_of(kind, (deadlines.DAY_OFF, deadlines.WORKDAY), "date")
    reason = check.text(reason, "reason", required=True, max_length=500)
    with db.uow(write=True) as uow:
        calendar = load_calendar(uow.conn)
        if kind == deadlines.WORKDAY and (day.weekday() < 5 and day not in public_holidays(day.year)):
            raise ValidationError(f"{day} аль хэдийн ажлын өдөр байна.", field="date")
        if kind == deadlines.DAY_OFF and not calendar.is_working_day(day) and day not in calendar.overrides:
            raise ValidationError(f"{day} аль хэдийн амралтын өдөр байна.", field="date")
        writer = EventWriter(uow.conn)
        writer.append(CALENDAR, CALENDAR_STREAM, "calendar.day_set",
                      {"date": day.isoformat(), "kind": kind, "reason": reason}, user_id=actor.user_id)
        writer.flush()
        uow.commit()


def clear_day(db: Database, actor: Actor, day: date) -> None:
    require(actor, "edit_calendar")
    with db.uow(write=True) as uow:
        if uow.conn.execute(select(OVERRIDES.c.day).where(OVERRIDES.c.day == day)).first() is None:
            raise NotFoundError(f"{day}-нд тогтоолоор өөрчилсөн өдөр алга.", field="date")
        writer = EventWriter(uow.conn)
        writer.append(CALENDAR, CALENDAR_STREAM, "calendar.day_cleared", {"date": day.isoformat()},
                      user_id=actor.user_id)
        writer.flush()
        uow.commit()


def service_clock(db: Database, service_code: str) -> deadlines.Clock:
    with db.uow() as uow:
        row = uow.conn.execute(select(SERVICES).where(SERVICES.c.code == (service_code or "").strip().upper())).first()
    if row is None:
        raise ValidationError(f"Үйлчилгээ олдсонгүй: «{service_code}».", field="service")
    return deadlines.Clock(row.clock, row.target_days, bool(row.roll_forward), row.max_extension_days)


def compute_due_date(db: Database, service_code: str, registered: date,
                     pauses: list[tuple[date, date]] = (), extended: list[int] = ()) -> date:
    """When will it be ready? The engine's answer for a service registered on a day, with pauses (from, to:
    the resume day) and extensions; extensions are capped as the service type says."""
    clock = service_clock(db, service_code)
    for start, end in pauses:
        if end < start or start < registered:
            raise ValidationError("Түр зогсоолт бүртгэсэн өдрөөс хойш, үргэлжлүүлэх өдөр нь зогсоосноос хойш "
                                  "байна.", field="paused")
    if sum(extended) > clock.max_extension_days:
        raise ValidationError(f"Энэ үйлчилгээг хамгийн ихдээ {clock.max_extension_days} хоног сунгана.",
                              field="extended")
    with db.uow() as uow:
        calendar = load_calendar(uow.conn)
    result = deadlines.due_date(registered, clock, calendar, list(pauses), list(extended))
    assert result is not None          # every pause given here has ended
    return result
