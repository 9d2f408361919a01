"""The admin screens: the working-day calendar and the service catalogue (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (QApplication, QCalendarWidget, QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget,
                               QPushButton, QSpinBox, QTableView)

from caseapp.domain.deadlines import DAY_OFF, WORKDAY
from caseapp.services import catalogue, users
from caseapp.services import calendar as calendar_service
from ui.calendar_editor import BACKGROUNDS, CalendarEditor, kind_label
from ui.catalogue_screen import CatalogueDialog, CatalogueModel
from ui.tasks import TaskRunner
from tests.helpers import event_count


def type_text(widget, text: str) -> None:
    """Cyrillic and ASCII alike, one key event per character (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def runner(qtbot):
    task_runner = TaskRunner()
    yield task_runner
    qtbot.waitUntil(lambda: task_runner.pending == 0, timeout=10_000)
    task_runner.shutdown()


def open_calendar(qtbot, db, runner, username: str, month: date) -> CalendarEditor:
    dialog = CalendarEditor(db, runner, users.actor_for(db, username), "mn")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.calendar.setCurrentPage(month.year, month.month)
    dialog.calendar.setSelectedDate(QDate(month.year, month.month, month.day))
    return dialog


def month_texts(dialog) -> list[str]:
    days = dialog.findChild(QListWidget, "monthDays")
    return [days.item(i).text() for i in range(days.count())]


# --- calendar -----------------------------------------------------------------------------------------------------

def test_naadam_is_a_holiday_in_text_and_in_format(qtbot, demo_db, runner, mongolian):
    dialog = open_calendar(qtbot, demo_db, runner, "demo.manager", date(2026, 7, 11))
    calendar = dialog.findChild(QCalendarWidget, "calendar")
    fmt = calendar.dateTextFormat(QDate(2026, 7, 11))
    assert fmt.background().color().name() == BACKGROUNDS["public_holiday"]
    assert fmt.fontWeight() == QFont.Weight.Bold                                # not colour alone
    assert calendar.dateTextFormat(QDate(2026, 7, 9)).background().style() == Qt.BrushStyle.NoBrush
    naadam = next(t for t in month_texts(dialog) if t.startswith("2026-07-11"))
    assert kind_label("public_holiday") in naadam and "наадам" in naadam
    assert len([t for t in month_texts(dialog) if kind_label("public_holiday") in t]) == 6     # Jul 10-15
    info = dialog.findChild(QLabel, "dayInfo").text()
    assert "2026" in info and kind_label("public_holiday") in info
    calendar.setSelectedDate(QDate(2026, 7, 18))                                   # a Saturday
    assert kind_label("public_holiday") not in dialog.findChild(QLabel, "dayInfo").text()
    calendar.setCurrentPage(2026, 8)                                               # navigation reloads the list
    assert not any(t.startswith("2026-07") for t in month_texts(dialog))
    calendar.setCurrentPage(2027, 7)                                               # another year: its own days
    assert calendar.dateTextFormat(QDate(2026, 7, 11)).background().style() == Qt.BrushStyle.NoBrush
    assert calendar.dateTextFormat(QDate(2027, 7, 11)).fontWeight() == QFont.Weight.Bold


def test_admin_marks_a_day_off_with_a_reason(qtbot, demo_db, runner, mongolian):
    dialog = open_calendar(qtbot, demo_db, runner, "admin", date(2026, 7, 9))
    before = event_count(demo_db, "calendar.day_set")
    reason = dialog.findChild(QLineEdit, "reason")
    reason.setFocus()
    type_text(reason, "Засгийн газрын 2026 оны 123 дугаар тогтоол")
    qtbot.mouseClick(dialog.findChild(QPushButton, "markDayOff"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: event_count(demo_db, "calendar.day_set") == before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: any(t.startswith("2026-07-09") for t in month_texts(dialog)), timeout=10_000)
    line = next(t for t in month_texts(dialog) if t.startswith("2026-07-09"))
    assert kind_label(DAY_OFF) in line and "123 дугаар тогтоол" in line
    fmt = dialog.calendar.dateTextFormat(QDate(2026, 7, 9))
    assert fmt.background().color().name() == BACKGROUNDS[DAY_OFF] and fmt.fontUnderline()
    assert any(d.day == date(2026, 7, 9) and d.kind == DAY_OFF for d in calendar_service.year_days(demo_db, 2026))
    assert dialog.findChild(QLabel, "calendarError").text() == ""
    assert reason.text() == ""

    # ... and clears it again: the day falls back to an ordinary Thursday
    clear = dialog.findChild(QPushButton, "clearDay")
    assert clear.isEnabled()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(t.startswith("2026-07-09") for t in month_texts(dialog)), timeout=10_000)
    assert event_count(demo_db, "calendar.day_cleared") >= 1


def test_enter_in_the_reason_makes_a_saturday_a_working_day(qtbot, demo_db, runner, mongolian):
    dialog = open_calendar(qtbot, demo_db, runner, "admin", date(2026, 9, 19))          # a Saturday
    reason = dialog.findChild(QLineEdit, "reason")
    reason.setFocus()
    type_text(reason, "Нөхөж ажиллах өдөр")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(t.startswith("2026-09-19") for t in month_texts(dialog)), timeout=10_000)
    assert kind_label(WORKDAY) in next(t for t in month_texts(dialog) if t.startswith("2026-09-19"))
    assert dialog.isVisible()                                                          # Enter did not close it


def test_an_empty_reason_shows_the_error_and_writes_nothing(qtbot, demo_db, runner, mongolian):
    dialog = open_calendar(qtbot, demo_db, runner, "admin", date(2026, 7, 9))
    before = event_count(demo_db)
    qtbot.mouseClick(dialog.findChild(QPushButton, "markDayOff"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "calendarError")
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert "Шалтгаан" in error.text()                                   # names the field, in Mongolian
    assert event_count(demo_db) == before
    assert not any(t.startswith("2026-07-09") for t in month_texts(dialog))
    assert QApplication.focusWidget() is dialog.findChild(QLineEdit, "reason") or not dialog.isActiveWindow()


def test_a_refused_change_is_shown_beside_the_form(qtbot, demo_db, runner, mongolian):
    dialog = open_calendar(qtbot, demo_db, runner, "admin", date(2026, 7, 11))          # already a holiday
    before = event_count(demo_db)
    type_text(dialog.findChild(QLineEdit, "reason"), "Тогтоол")
    qtbot.mouseClick(dialog.findChild(QPushButton, "markDayOff"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "calendarError")
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert "амралтын өдөр" in error.text() and event_count(demo_db) == before


@pytest.mark.parametrize("username", ["demo.manager", "demo.clerk1", "demo.auditor"])
def test_others_see_the_calendar_read_only(qtbot, demo_db, runner, mongolian, username):
    dialog = open_calendar(qtbot, demo_db, runner, username, date(2026, 7, 9))
    for name in ("markDayOff", "markWorkday", "clearDay"):
        assert not dialog.findChild(QPushButton, name).isVisible()
    assert not dialog.findChild(QLineEdit, "reason").isVisible()
    before = event_count(demo_db)
    dialog.submit(DAY_OFF)                                   # even if called: nothing is written
    assert runner.pending == 0 and event_count(demo_db) == before
    assert month_texts(dialog)                              # but they do see the month


# --- catalogue ----------------------------------------------------------------------------------------------------

def open_catalogue(qtbot, db, runner, username: str, language: str = "mn") -> CatalogueDialog:
    dialog = CatalogueDialog(db, runner, users.actor_for(db, username), language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_catalogue_model_passes_the_model_tester(qtbot, qtmodeltester, demo_db, mongolian):
    model = CatalogueModel(catalogue.list_services(demo_db), "mn")
    qtmodeltester.check(model)
    assert model.rowCount() == len(catalogue.list_services(demo_db))
    model.set_filter("гэрчилгээ")
    qtmodeltester.check(model)
    model.set_filter("")
    english = CatalogueModel(catalogue.list_services(demo_db), "en")
    row = english.row_of("PET-GENERAL")
    assert english.data(english.index(row, 1)) == "General petition"
    assert model.data(model.index(model.row_of("PET-GENERAL"), 1)) == "Өргөдөл"


def test_a_cyrillic_fragment_narrows_the_rows_whatever_the_case(qtbot, demo_db, runner, mongolian):
    dialog = open_catalogue(qtbot, demo_db, runner, "demo.clerk1")
    table = dialog.findChild(QTableView, "catalogueTable")
    total = table.model().rowCount()
    search = dialog.findChild(QLineEdit, "catalogueFilter")
    search.setFocus()
    type_text(search, "ГЭРЧИЛГЭЭ")                          # upper case; the names are lower case
    rows = [table.model().service_at(r) for r in range(table.model().rowCount())]
    assert 0 < len(rows) < total
    assert {s.code for s in rows} == {"CR-BIRTH-CERT", "CR-MARRIAGE-CERT", "CR-DEATH-CERT"}
    assert dialog.findChild(QLabel, "serviceCode").text() in {s.code for s in rows}
    search.clear()
    type_text(search, "ө")                                   # Ө folds too
    assert all("ө" in s.name_mn.casefold() or "ө" in s.code.casefold()
               for s in (table.model().service_at(r) for r in range(table.model().rowCount())))
    search.clear()
    type_text(search, "pet-")                                # part of a code
    assert table.model().rowCount() == 4
    search.clear()
    type_text(search, "ЖЖЖЖ")
    assert table.model().rowCount() == 0 and not dialog.findChild(QLineEdit, "name_mn").isEnabled()


def select_service(qtbot, dialog, code: str) -> None:
    table = dialog.findChild(QTableView, "catalogueTable")
    row = table.model().row_of(code)
    table.selectRow(row)
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "serviceCode").text() == code)


def test_admin_edits_target_days_and_saves(qtbot, demo_db, runner, mongolian):
    dialog = open_catalogue(qtbot, demo_db, runner, "admin")
    assert dialog.findChild(QLabel, "catalogueNote").text()                        # "new cases only"
    select_service(qtbot, dialog, "ADDR-CHANGE")
    before = event_count(demo_db, "service.changed")
    target = dialog.findChild(QSpinBox, "target_days")
    assert target.value() == 1
    target.setValue(4)
    dialog.findChild(QComboBox, "clock").setCurrentIndex(0)                       # calendar days
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: event_count(demo_db, "service.changed") == before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "catalogueSaved").text() != "", timeout=10_000)
    info = next(s for s in catalogue.list_services(demo_db) if s.code == "ADDR-CHANGE")
    assert (info.target_days, info.clock) == (4, "calendar")
    table = dialog.findChild(QTableView, "catalogueTable")
    row = table.model().row_of("ADDR-CHANGE")
    assert table.model().data(table.model().index(row, 3)) == "4"                  # the table shows it
    assert dialog.findChild(QLabel, "serviceCode").text() == "ADDR-CHANGE"          # still selected
    assert dialog.findChild(QLabel, "catalogueError").text() == ""


def test_an_empty_name_is_refused_beside_the_form_and_writes_nothing(qtbot, demo_db, runner, mongolian):
    dialog = open_catalogue(qtbot, demo_db, runner, "admin")
    select_service(qtbot, dialog, "PET-GENERAL")
    before = event_count(demo_db)
    name = dialog.findChild(QLineEdit, "name_mn")
    name.clear()
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "catalogueError")
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert "Нэр" in error.text() and event_count(demo_db) == before
    assert next(s for s in catalogue.list_services(demo_db) if s.code == "PET-GENERAL").name_mn == "Өргөдөл"


def test_a_clerk_sees_the_form_read_only(qtbot, demo_db, runner, mongolian):
    dialog = open_catalogue(qtbot, demo_db, runner, "demo.clerk1")
    select_service(qtbot, dialog, "PET-GENERAL")
    assert not dialog.findChild(QPushButton, "save").isVisible()
    assert dialog.findChild(QLineEdit, "name_mn").isReadOnly()
    assert dialog.findChild(QLineEdit, "name_mn").text() == "Өргөдөл"
    assert dialog.findChild(QSpinBox, "target_days").isReadOnly()
    assert not dialog.findChild(QComboBox, "clock").isEnabled()
    assert not dialog.findChild(QCheckBox, "active").isEnabled()
    before = event_count(demo_db)
    dialog.save()                                            # even if called: nothing is written
    assert runner.pending == 0 and event_count(demo_db) == before
