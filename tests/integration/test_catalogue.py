"""The service catalogue through the service layer: admin changes, refusals, new cases only, consistency."""

from __future__ import annotations

from datetime import date
import json
import sqlite3

import pytest

from caseapp.errors import NotFoundError, PermissionDenied, ValidationError
from caseapp.services import catalogue, maintenance, queries, users, workflow
from caseapp.services.workflow import IntakeForm
from tests.helpers import event_count

PASSWORD = "Сайн-нууц-үг-1"


def _with_clerk(db) -> None:
    users.add_user(db, users.actor_for(db, "admin"), username="saraa", password=PASSWORD, role="clerk",
                   full_name="Сараа Б.")


@pytest.fixture
def office(database_from_template):
    """(db, admin, clerk) on a fresh office database (a copy of one made once)."""
    db = database_from_template("catalogue", _with_clerk)
    return db, users.actor_for(db, "admin"), users.actor_for(db, "saraa")


def service(db, code: str) -> catalogue.ServiceInfo:
    return next(s for s in catalogue.list_services(db) if s.code == code)


def form(**overrides) -> IntakeForm:
    values = dict(register_no="УБ99031512", service_code="PET-GENERAL", subject="Газрын маргаан",
                  family_name="Батын", given_name="Өлзийсайхан", phone="99112233")
    values.update(overrides)
    return IntakeForm(**values)


def test_list_services_is_ordered_by_code_and_carries_plain_data(db):
    services = catalogue.list_services(db)
    assert len(services) >= 30
    assert [s.code for s in services] == sorted(s.code for s in services)
    general = service(db, "PET-GENERAL")
    assert general == catalogue.ServiceInfo(
        "PET-GENERAL", "petition", "Өргөдөл", "General petition", "calendar", 30, 30, True, 0, True,
        general.legal_basis_mn)
    assert general.name("en") == "General petition" and general.name("mn") == "Өргөдөл"


def test_a_change_applies_to_new_cases_only(office):
    db, admin, clerk = office
    before = workflow.register_case(db, clerk, form(), today=date(2026, 6, 12))
    assert before.due_date == date(2026, 7, 16)                       # 30 calendar days, rolled past Naadam
    events = event_count(db)

    info = catalogue.change_service_type(db, admin, "pet-general",
                                         {"target_days": 10, "name_mn": "Өргөдөл (ерөнхий)", "fee_mnt": 0})
    assert info.target_days == 10 and info.name_mn == "Өргөдөл (ерөнхий)"
    assert service(db, "PET-GENERAL") == info
    assert event_count(db) == events + 1                              # one event ...
    con = sqlite3.connect(db.path)
    try:
        stream, kind, payload, user_id = con.execute(
            "SELECT stream, kind, payload, user_id FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()
    assert (stream, kind, user_id) == ("catalogue", "service.changed", admin.user_id)
    assert json.loads(payload) == {"target_days": 10, "name_mn": "Өргөдөл (ерөнхий)"}   # ... with what changed

    after = workflow.register_case(db, clerk, form(subject="Шинэ"), today=date(2026, 6, 12))
    assert after.due_date == date(2026, 6, 22)                         # the new target
    assert queries.get_case(db, before.case_number).due_date == date(2026, 7, 16)   # the old case keeps its own

    report = maintenance.check(db)                                     # projections == fold(log), chains hold
    assert report.ok, report.problems
    maintenance.rebuild(db)                                            # a rebuild keeps the old case's clock
    assert service(db, "PET-GENERAL").target_days == 10
    assert queries.get_case(db, before.case_number).due_date == date(2026, 7, 16)


def test_nothing_changed_writes_nothing(office):
    db, admin, _ = office
    events = event_count(db)
    info = catalogue.change_service_type(db, admin, "PET-GENERAL", {"target_days": 30, "active": True})
    assert info.target_days == 30 and event_count(db) == events


def test_the_clock_and_active_flag_can_change_and_an_inactive_service_takes_no_new_cases(office):
    db, admin, clerk = office
    info = catalogue.change_service_type(db, admin, "ADDR-CHANGE", {"clock": "calendar", "active": False})
    assert (info.clock, info.active) == ("calendar", False)
    with pytest.raises(ValidationError) as refused:
        workflow.register_case(db, clerk, form(service_code="ADDR-CHANGE"), today=date(2026, 6, 12))
    assert refused.value.field == "service"


@pytest.mark.parametrize("role", ["clerk", "manager", "auditor"])
def test_only_an_admin_may_change_the_catalogue(office, role):
    db, admin, _ = office
    users.add_user(db, admin, username=f"x.{role}", password=PASSWORD, role=role)
    actor = users.actor_for(db, f"x.{role}")
    events = event_count(db)
    with pytest.raises(PermissionDenied):
        catalogue.change_service_type(db, actor, "PET-GENERAL", {"target_days": 1})
    assert event_count(db) == events
    assert service(db, "PET-GENERAL").target_days == 30


@pytest.mark.parametrize("changes, field", [
    ({"name_mn": ""}, "name_mn"),
    ({"name_mn": "   "}, "name_mn"),
    ({"name_en": "x" * 10_000}, "name_en"),
    ({"name_mn": "Нэр\x00"}, "name_mn"),
    ({"target_days": -1}, "target_days"),
    ({"target_days": 366}, "target_days"),
    ({"target_days": 2.5}, "target_days"),
    ({"target_days": "арав"}, "target_days"),
    ({"target_days": True}, "target_days"),
    ({"target_days": None}, "target_days"),
    ({"max_extension_days": -5}, "max_extension_days"),
    ({"max_extension_days": 1000}, "max_extension_days"),
    ({"clock": "lunar"}, "clock"),
    ({"clock": ""}, "clock"),
    ({"fee_mnt": -1}, "fee_mnt"),
    ({"active": "yes"}, "active"),
    ({"roll_forward": 1}, "roll_forward"),
    ({"target_days": 5, "name_en": ""}, "name_en"),         # one bad field spoils the whole change
    ({"version": 7}, "version"),                            # not an editable field
    ({"code": "NEW"}, "code"),
])
def test_invalid_input_is_refused_with_its_field_and_writes_nothing(office, changes, field):
    db, admin, _ = office
    events = event_count(db)
    with pytest.raises(ValidationError) as refused:
        catalogue.change_service_type(db, admin, "PET-GENERAL", changes)
    assert refused.value.field == field
    assert refused.value.message and "{" not in refused.value.message
    assert event_count(db) == events
    assert service(db, "PET-GENERAL").target_days == 30


def test_messages_are_mongolian_and_name_the_field(office):
    db, admin, _ = office
    with pytest.raises(ValidationError) as refused:
        catalogue.change_service_type(db, admin, "PET-GENERAL", {"target_days": -1})
    assert "Шийдвэрлэх хугацаа" in refused.value.message and "365" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        catalogue.change_service_type(db, admin, "PET-GENERAL", {"name_mn": "ж" * 301})
    assert "300" in refused.value.message and "301" in refused.value.message


def test_an_unknown_code_is_not_found(office):
    db, admin, _ = office
    events = event_count(db)
    with pytest.raises(NotFoundError):
        catalogue.change_service_type(db, admin, "NO-SUCH-SERVICE", {"target_days": 3})
    assert event_count(db) == events


@pytest.mark.parametrize("name", [
    "Төрсний бүртгэл 👶",                          # emoji: legitimate text, stored as typed
    "<b>Тод</b> & «хашилт»",                       # markup is text, escaped where it is printed
    "=HYPERLINK(\"http://x\")",                    # formula-looking: Excel reports write it as a string
    "'; DROP TABLE service_types; --",             # SQL-looking text is just text
    "ж" * 300,                                     # exactly the limit
])
def test_unusual_but_valid_names_are_stored_exactly(office, name):
    db, admin, _ = office
    info = catalogue.change_service_type(db, admin, "CR-BIRTH", {"name_mn": name})
    assert info.name_mn == name and service(db, "CR-BIRTH").name_mn == name
    assert maintenance.check(db, quick=True).ok


def test_names_are_stripped_of_surrounding_spaces(office):
    db, admin, _ = office
    assert catalogue.change_service_type(db, admin, "CR-BIRTH", {"name_en": "  Birth  "}).name_en == "Birth"


def test_the_command_line_check_reports_ok_after_a_change(office):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    db, admin, _ = office
    catalogue.change_service_type(db, admin, "ID-CARD", {"target_days": 7, "max_extension_days": 0,
                                                         "fee_mnt": 20_000, "roll_forward": False})
    catalogue.change_service_type(db, admin, "ID-CARD", {"name_en": "First ID card"})
    result = subprocess.run([sys.executable, "-m", "caseapp", "check", "--db", str(db.path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stdout + result.stderr
    info = service(db, "ID-CARD")
    assert (info.target_days, info.max_extension_days, info.fee_mnt, info.roll_forward, info.name_en) == \
        (7, 0, 20_000, False, "First ID card")
