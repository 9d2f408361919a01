"""The working-day calendar: public holidays by law, plus days the Government decrees (admin, as events)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from collections.abc import Sequence

from sqlalchemy import select

from caseapp.domain import deadlines
from caseapp.domain.events import CALENDAR
from caseapp.errors import NotFoundError, ValidationError
from caseapp.services import validation as check
from caseapp.services.database import Database
from caseapp.services.users import Actor, require
from caseapp.storage.calendar import holiday_names, load_calendar, public_holidays
from caseapp.storage.eventlog import EventWriter
from caseapp.storage.models import CalendarOverrideRow, ServiceTypeRow, table_of

OVERRIDES = table_of(CalendarOverrideRow)
SERVICES = table_of(ServiceTypeRow)
CALENDAR_STREAM = "MN"


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str            # "public_holiday", "day_off" (decreed) or "workday" (decreed)
    reason: str


def year_days(db: Database, year: int, language: str = "mn") -> list[CalendarDay]:
    """Public holidays (with their names as the reason) and decreed changes of one year, in date order."""
    year = check.year(year)
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
    day = check.day(day)
    check.one_of(kind, (deadlines.DAY_OFF, deadlines.WORKDAY), "date")
    reason = check.text(reason, "reason", required=True, max_length=500)
    with db.uow(write=True, acting=actor) as uow:
        calendar = load_calendar(uow.conn)
        if kind == deadlines.WORKDAY and (day.weekday() < 5 and day not in public_holidays(day.year)):
            raise ValidationError("calendar.already_workday", field="date", day=day.isoformat())
        if kind == deadlines.DAY_OFF and not calendar.is_working_day(day) and day not in calendar.overrides:
            raise ValidationError("calendar.already_day_off", field="date", day=day.isoformat())
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CALENDAR, CALENDAR_STREAM, "calendar.day_set",
                      {"date": day.isoformat(), "kind": kind, "reason": reason}, user_id=actor.user_id)
        writer.flush()
        uow.commit()


def clear_day(db: Database, actor: Actor, day: date) -> None:
    require(actor, "edit_calendar")
    day = check.day(day)
    with db.uow(write=True, acting=actor) as uow:
        if uow.conn.execute(select(OVERRIDES.c.day).where(OVERRIDES.c.day == day)).first() is None:
            raise NotFoundError("calendar.no_override", field="date", day=day.isoformat())
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(CALENDAR, CALENDAR_STREAM, "calendar.day_cleared", {"date": day.isoformat()},
                      user_id=actor.user_id)
        writer.flush()
        uow.commit()


def service_clock(db: Database, service_code: str) -> deadlines.Clock:
    service_code = check.plain(service_code, "service")
    with db.uow() as uow:
        row = uow.conn.execute(select(SERVICES).where(SERVICES.c.code == (service_code or "").strip().upper())).first()
    if row is None:
        raise ValidationError("catalogue.not_found", field="service", code=service_code)
    return deadlines.Clock(row.clock, row.target_days, bool(row.roll_forward), row.max_extension_days)


FIRST_DAY, LAST_DAY = deadlines.FIRST_DAY, deadlines.LAST_DAY    # what the holiday tables and the law cover


def compute_due_date(db: Database, service_code: str, registered: date,
                     pauses: Sequence[tuple[date, date]] = (), extended: Sequence[int] = ()) -> date:
    """When will it be ready? The engine's answer for a service registered on a day, with pauses (from, to:
    the resume day) and extensions; extensions are capped as the service type says."""
    clock = service_clock(db, service_code)
    with db.uow() as uow:
        calendar = load_calendar(uow.conn)
    return _due_date(clock, calendar, registered, pauses, extended)


def reference_due_date(service_code: str, registered: date, pauses: Sequence[tuple[date, date]] = (),
                       extended: Sequence[int] = ()) -> date:
    """The same answer before any database exists: the reference catalogue and the public holidays only."""
    from caseapp.services.setup import reference_services

    wanted = check.plain(service_code, "service").strip().upper()
    service = next((s for s in reference_services() if s.code == wanted), None)
    if service is None:
        raise ValidationError("catalogue.not_found", field="service", code=service_code)
    clock = deadlines.Clock(service.clock, service.target_days, bool(service.roll_forward),
                            service.max_extension_days)
    return _due_date(clock, deadlines.WorkCalendar(public_holidays, {}), registered, pauses, extended)


def _due_date(clock: deadlines.Clock, calendar: deadlines.WorkCalendar, registered: date,
              pauses: Sequence[tuple[date, date]], extended: Sequence[int]) -> date:
    for field, day in (("registered", registered), *(("paused", d) for pause in pauses for d in pause)):
        check.day(day, field)
    extended = [check.positive_days(days, "extended") for days in extended]
    for start, end in pauses:
        if end < start or start < registered:
            raise ValidationError("calendar.pause_order", field="paused")
    if sum(extended) > clock.max_extension_days:
        raise ValidationError("calendar.extension_cap", field="extended", days=clock.max_extension_days)
    result = deadlines.due_date(registered, clock, calendar, list(pauses), list(extended))
    assert result is not None          # every pause given here has ended
    return result
