"""What a person reads when a service refuses: English for an English interface (no Mongolian in it), and the
Mongolian exactly as it has always been said."""

from __future__ import annotations

import re
import sqlite3

import pytest

from caseapp.errors import (CaseAppError, ConflictError, NotFoundError, PermissionDenied, StorageError,
                            ValidationError)
from caseapp.services import auth, settings, users, workflow
from caseapp.services.database import open_database
from caseapp.services.workflow import IntakeForm
from caseapp.storage.engine import storage_error

CYRILLIC = re.compile("[\u0400-\u04FF]")
CLERK_PASSWORD = "Сайн-нууц-үг-1"


@pytest.fixture
def office(db):
    admin = users.actor_for(db, "admin")
    users.add_user(db, admin, username="saraa", password=CLERK_PASSWORD, role="clerk", full_name="Saraa Б.")
    return db, admin, users.actor_for(db, "saraa")


def form(**overrides) -> IntakeForm:
    values = dict(register_no="УБ99031512", service_code="PET-GENERAL", subject="Газрын маргаан",
                  family_name="Батын", given_name="Өлзийсайхан")
    values.update(overrides)
    return IntakeForm(**values)


def said(error: CaseAppError, mongolian: str, english: str) -> None:
    """The error reads ``mongolian`` by default and in Mongolian, ``english`` in English, which has no Cyrillic."""
    assert error.render("mn") == mongolian and error.message == mongolian and str(error) == mongolian
    assert error.render("en") == english
    assert not CYRILLIC.search(english) and "{" not in english


def test_a_validation_error_names_the_field_in_the_users_language(office):
    db, _, clerk = office
    with pytest.raises(ValidationError) as refused:
        workflow.register_case(db, clerk, form(subject="  "))
    assert refused.value.field == "subject"
    said(refused.value, "«Товч утга» талбарыг бөглөнө үү.", "Fill in “Subject”.")


def test_a_permission_error_names_the_role(office):
    db, admin, _ = office
    with pytest.raises(PermissionDenied) as refused:
        workflow.register_case(db, admin, form())
    said(refused.value, "Админ эрхтэй хэрэглэгч энэ үйлдлийг хийх боломжгүй (register).",
         "The “Administrator” role does not allow this action (register).")


def test_the_state_machine_refuses_with_the_states_and_actions_names(office):
    db, _, clerk = office
    case = workflow.register_case(db, clerk, form())
    with pytest.raises(ConflictError) as refused:
        workflow.close(db, clerk, case.case_number)
    assert refused.value.field == "state"
    said(refused.value, "Бүртгэгдсэн хэрэгт «хаах» үйлдэл хийх боломжгүй.",
         "The action “close” is not possible for a case that is registered.")
    workflow.start(db, clerk, case.case_number)
    with pytest.raises(ConflictError) as again:
        workflow.resume(db, clerk, case.case_number)
    said(again.value, "Шийдвэрлэж байгаа хэрэгт «үргэлжлүүлэх» үйлдэл хийх боломжгүй.",
         "The action “resume” is not possible for a case that is in progress.")


def test_not_found_says_what_was_looked_for(office):
    db, _, clerk = office
    with pytest.raises(NotFoundError) as missing:
        workflow.start(db, clerk, " UB-BZD-2026-01-999999 ")
    said(missing.value, "Хэрэг олдсонгүй: UB-BZD-2026-01-999999", "Case not found: UB-BZD-2026-01-999999")
    with pytest.raises(NotFoundError) as nobody:
        users.actor_for(db, "nobody")
    said(nobody.value, "Хэрэглэгч олдсонгүй: nobody", "User not found: nobody")


def test_a_storage_error_keeps_sqlites_own_text_after_the_reason(tmp_path):
    with pytest.raises(StorageError) as folder:
        open_database(tmp_path)
    said(folder.value, f"{tmp_path} нь хавтас байна, өгөгдлийн сангийн файл биш.",
         f"{tmp_path} is a folder, not a database file.")
    text = tmp_path / "notes.sqlite3"
    text.write_bytes(b"this is not a database, just some text " * 200)
    with pytest.raises(StorageError) as foreign:
        open_database(text)
    assert foreign.value.key == "storage.not_a_database"
    broken = tmp_path / "broken.sqlite3"                   # a SQLite header, then garbage
    broken.write_bytes(b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + b"garbage " * 600)
    with pytest.raises(StorageError) as corrupt:
        open_database(broken)
    assert corrupt.value.key == "storage.corrupt"
    detail = corrupt.value.values["detail"]
    said(corrupt.value, f"Өгөгдлийн сангийн файл эвдэрсэн байна. Мэдээллийн технологийн ажилтанд хандана уу. "
                        f"({detail})", f"The database file is damaged. Please contact your IT staff. ({detail})")
    locked = sqlite3.OperationalError("database is locked")
    said(storage_error(locked), "Өгөгдлийн сан өөр программд түгжигдсэн байна. Түр хүлээгээд дахин оролдоно уу. "
                                "(database is locked)",
         "The database is locked by another program. Wait a moment and try again. (database is locked)")


def test_other_refusals_are_english_too(office):
    db, admin, clerk = office
    case = workflow.register_case(db, clerk, form())
    refusals = []
    for attempt in (
        lambda: auth.validate_password("short"),
        lambda: auth.normalise_username("Бат"),
        lambda: auth.validate_role("boss"),
        lambda: users.login(db, "saraa", "wrong-password"),
        lambda: users.set_locked(db, admin, "admin", True),
        lambda: users.add_user(db, admin, username="saraa", password=CLERK_PASSWORD, role="clerk"),
        lambda: workflow.register_case(db, clerk, form(applicant_kind="foreign", register_no="Ө1")),
        lambda: workflow.register_case(db, clerk, form(applicant_kind="organisation")),
        lambda: workflow.register_case(db, clerk, form(service_code="NOPE")),
        lambda: workflow.register_case(db, clerk, form(register_no="УБ99031513", given_name="Өлзийсайхан")),
        lambda: workflow.extend(db, clerk, case.case_number, 5, "шинжээч"),
        lambda: workflow.start(db, clerk, case.case_number, expected_version=99),
        lambda: workflow.correct_citizen(db, clerk, case.citizen_id, {"email": "not an address"}),
        lambda: settings.save_workstation(db, clerk, language="fr", auto_lock=10),
        lambda: settings.save_workstation(db, clerk, language="en", auto_lock=999),
    ):
        with pytest.raises(CaseAppError) as refused:
            attempt()
        refusals.append(refused.value)
    for error in refusals:
        english, mongolian = error.render("en"), error.render("mn")
        assert not CYRILLIC.search(english) and "{" not in english, (error.key, english)
        assert CYRILLIC.search(mongolian) and mongolian != english, error.key
    assert "boss" in refusals[2].render("en") and "clerk, manager, admin, auditor" in refusals[2].render("en")
