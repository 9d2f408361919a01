"""The working-day calendar, a month at a time: public holidays, decreed days off and decreed working days.

Every special day has its own background AND its own type face (bold / underline / italic) in the month view, and
the list beside the calendar names each one in words, so nothing depends on colour alone. An admin marks the
selected day as a decreed day off or an extra working day (a reason is required) or clears a decreed change; the
change is written on the writer thread and open cases' due dates follow. Everyone else sees the calendar read-only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (QCalendarWidget, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from caseapp.domain.deadlines import DAY_OFF, WORKDAY
from caseapp.errors import CaseAppError
from caseapp.services import calendar
from caseapp.services.calendar import CalendarDay
from caseapp.services.database import Database
from caseapp.services.users import Actor
from ui.errors import message_for
from ui.format import long_date, short_date
from ui.tasks import TaskRunner
from ui.widgets import close_buttons, error_label

PUBLIC_HOLIDAY = "public_holiday"
BACKGROUNDS = {PUBLIC_HOLIDAY: "#f6c9cc", DAY_OFF: "#ffd9a8", WORKDAY: "#c8e6c9"}


def kind_label(kind: str) -> str:
    """The kind of a special day in words."""
    labels = {
        PUBLIC_HOLIDAY: QCoreApplication.translate("CalendarEditor", "Public holiday"),
        DAY_OFF: QCoreApplication.translate("CalendarEditor", "Decreed day off"),
        WORKDAY: QCoreApplication.translate("CalendarEditor", "Decreed working day"),
    }
    return labels.get(kind, kind)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_format(kind: str) -> QTextCharFormat:
    """A distinct background and a distinct type face for each kind of special day."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor(BACKGROUNDS[kind])))
    fmt.setForeground(QBrush(QColor("#000000")))        # a decreed working Saturday is not drawn as a weekend
    if kind == PUBLIC_HOLIDAY:
        fmt.setFontWeight(QFont.Weight.Bold)
    elif kind == DAY_OFF:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
    else:
        fmt.setFontItalic(True)
        fmt.setFontUnderline(True)
    return fmt


class CalendarEditor(QDialog):
    """Month view of the working-day calendar; admins (``edit_calendar``) may change decreed days."""

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, language: str = "mn",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor, self.language = db, runner, actor, language
        self.editable = actor.can("edit_calendar")
        self._years: dict[int, dict[date, CalendarDay]] = {}
        self.setObjectName("calendarEditor")
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.setMinimumSize(820, 480)

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setNavigationBarVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setDateRange(QDate(2004, 1, 1), QDate(2100, 12, 31))   # what the holiday data covers
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.selectionChanged.connect(self._selection_changed)

        self.month_title = QLabel("")
        self.month_title.setObjectName("monthTitle")
        self.month_days = QListWidget()
        self.month_days.setObjectName("monthDays")
        self.month_days.currentItemChanged.connect(self._list_item_chosen)
        self.day_info = QLabel("")
        self.day_info.setObjectName("dayInfo")
        self.day_info.setWordWrap(True)
        legend = QLabel(self.tr("Public holidays are bold, decreed days off bold and underlined, decreed working "
                                "days italic and underlined. Saturdays and Sundays are not working days."))
        legend.setObjectName("calendarLegend")
        legend.setWordWrap(True)

        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("For example: Government resolution No. 123"))
        self.reason.returnPressed.connect(self._enter_pressed)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        self.mark_day_off = QPushButton(self.tr("Mark as &day off"))
        self.mark_day_off.setObjectName("markDayOff")
        self.mark_day_off.clicked.connect(lambda: self.submit(DAY_OFF))
        self.mark_workday = QPushButton(self.tr("Mark as &working day"))
        self.mark_workday.setObjectName("markWorkday")
        self.mark_workday.clicked.connect(lambda: self.submit(WORKDAY))
        self.clear_change = QPushButton(self.tr("&Clear decreed change"))
        self.clear_change.setObjectName("clearDay")
        self.clear_change.clicked.connect(self.clear_selected)
        self.error = error_label("calendarError")
        self.saved_info = QLabel("")
        self.saved_info.setObjectName("calendarSaved")
        self.saved_info.setWordWrap(True)
        self.edit_buttons = (self.mark_day_off, self.mark_workday, self.clear_change)
        for button in self.edit_buttons:
            button.setAutoDefault(False)

        edit = QWidget()
        edit.setObjectName("calendarEditForm")
        form = QFormLayout(edit)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(reason_label, self.reason)
        row = QHBoxLayout()
        for button in self.edit_buttons:
            row.addWidget(button)
        form.addRow(row)
        form.addRow(self.error)
        edit.setVisible(self.editable)
        self.edit_form = edit

        side = QVBoxLayout()
        side.addWidget(self.month_title)
        side.addWidget(self.month_days, 1)
        side.addWidget(self.day_info)
        top = QHBoxLayout()
        top.addWidget(self.calendar, 3)
        top.addLayout(side, 2)

        buttons = close_buttons(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(legend)
        layout.addWidget(edit)
        layout.addWidget(self.saved_info)
        layout.addWidget(buttons)

        self.reload()
        self._selection_changed()

    # --- what the calendar shows --------------------------------------------------------------------------------
    def days_of(self, year: int) -> dict[date, CalendarDay]:
        """The special days of one year (read once, again after a change)."""
        if year not in self._years:
            self._years[year] = {d.day: d for d in calendar.year_days(self.db, year, self.language)}
        return self._years[year]

    def special_day(self, day: date) -> CalendarDay | None:
        return self.days_of(day.year).get(day)

    def month_list(self) -> list[CalendarDay]:
        """The special days of the month on show, in date order."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        return [d for d in self.days_of(year).values() if d.day.month == month]

    def reload(self) -> None:
        """Read the shown year(s) again and redraw formats and the month's list."""
        self._years.clear()
        self._show_page(self.calendar.yearShown(), self.calendar.monthShown())

    def _show_page(self, year: int, month: int) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())          # forget every earlier format
        for shown in {year - 1, year, year + 1} if month in (1, 12) else {year}:
            if not 2004 <= shown <= 2100:
                continue
            for special in self.days_of(shown).values():
                self.calendar.setDateTextFormat(_qdate(special.day), day_format(special.kind))
        self.month_title.setText(self.tr("Special days in %1").replace(
            "%1", QDate(year, month, 1).toString("yyyy-MM")))
        self.month_days.blockSignals(True)
        self.month_days.clear()
        for special in sorted(self.month_list(), key=lambda d: d.day):
            text = f"{short_date(special.day)}  {kind_label(special.kind)}"
            name = special.reason
            if name:
                text += f": {name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, special.day.isoformat())
            item.setToolTip(long_date(special.day, self.language))
            self.month_days.addItem(item)
        if not self.month_days.count():
            empty = QListWidgetItem(self.tr("No holidays or decreed changes this month."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.month_days.addItem(empty)
        self.month_days.blockSignals(False)

    def describe(self, day: date) -> str:
        """What a day is, in words."""
        special = self.special_day(day)
        if special is not None:
            text = kind_label(special.kind)
            name = special.reason
            return f"{text}: {name}" if name else text
        if day.weekday() >= 5:
            return self.tr("Weekend (not a working day)")
        return self.tr("Working day")

    def selected_day(self) -> date:
        return _pydate(self.calendar.selectedDate())

    def _page_changed(self, year: int, month: int) -> None:
        self._show_page(year, month)

    def _selection_changed(self) -> None:
        day = self.selected_day()
        self.day_info.setText(f"{long_date(day, self.language)} ({short_date(day)}): {self.describe(day)}")
        special = self.special_day(day)
        decreed = special is not None and special.kind in (DAY_OFF, WORKDAY)
        self.clear_change.setEnabled(decreed)

    def _list_item_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.calendar.setSelectedDate(QDate.fromString(item.data(Qt.ItemDataRole.UserRole), Qt.DateFormat.ISODate))

    # --- changes (admin) ----------------------------------------------------------------------------------------
    def _enter_pressed(self) -> None:
        """Enter in the reason: the change that makes sense for the day (a working day becomes a day off, a day
        off becomes a working day)."""
        day = self.selected_day()
        special = self.special_day(day)
        non_working = (special is not None and special.kind in (PUBLIC_HOLIDAY, DAY_OFF)) or \
            (special is None and day.weekday() >= 5)
        self.submit(WORKDAY if non_working else DAY_OFF)

    def _busy(self, busy: bool) -> None:
        for button in self.edit_buttons:
            button.setEnabled(not busy)
        if not busy:
            self._selection_changed()

    def submit(self, kind: str) -> None:
        """Record the selected day as a decreed day off or working day (on the writer thread)."""
        if not self.editable:
            return
        day, reason = self.selected_day(), self.reason.text()
        self._busy(True)
        self.error.setText("")
        self.saved_info.setText("")
        db, actor = self.db, self.actor
        self.runner.write(lambda: calendar.set_day(db, actor, day, kind, reason),
                          lambda _: self._done(day), self._refused)

    def clear_selected(self) -> None:
        """Remove the decreed change of the selected day (it falls back to the law's rules)."""
        if not self.editable:
            return
        day = self.selected_day()
        self._busy(True)
        self.error.setText("")
        self.saved_info.setText("")
        db, actor = self.db, self.actor
        self.runner.write(lambda: calendar.clear_day(db, actor, day), lambda _: self._done(day), self._refused)

    def _done(self, day: date) -> None:
        self.reason.clear()
        self.reload()
        self._busy(False)
        self.saved_info.setText(self.tr("Saved: %1. Open cases' due dates were recalculated.")
                                .replace("%1", f"{short_date(day)} {self.describe(day)}"))

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        self.error.setText(message_for(exc))
        field = exc.field if isinstance(exc, CaseAppError) else None
        if field == "reason":
            self.reason.setFocus()
        else:
            self.calendar.setFocus()
