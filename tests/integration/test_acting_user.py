"""Every change names the person who made it, and that person is checked at that moment: the services read the
acting user again inside the write transaction instead of trusting the Actor object they are handed."""

from __future__ import annotations

import ast
from pathlib import Path
import sqlite3

import pytest

from caseapp.errors import PermissionDenied
from caseapp.services import users, workflow
from caseapp.services.users import Actor
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Сайн-нууц-үг-1"


def form(n: int = 1) -> workflow.IntakeForm:
    return workflow.IntakeForm(register_no=f"УБ99{n:02d}0315", service_code="PET-GENERAL", subject="Өргөдөл",
                               family_name="Батын", given_name="Сараа", new_citizen_confirmed=True)


def counts(db) -> tuple[int, int]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT count(*) FROM events").fetchone()[0], con.execute(
            "SELECT count(*) FROM cases").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def office(db):
    admin = users.login(db, "admin", ADMIN_PASSWORD)
    users.add_user(db, admin, username="saraa", password=PASSWORD, role="clerk", full_name="Saraa")
    users.add_user(db, admin, username="bold", password=PASSWORD, role="manager", full_name="Bold")
    return db, admin, users.login(db, "saraa", PASSWORD), users.login(db, "bold", PASSWORD)


def test_a_locked_clerks_open_session_registers_nothing(office):
    db, admin, clerk, _ = office
    workflow.register_case(db, clerk, form(1))                  # her session works...
    users.set_locked(db, admin, "saraa", True)                  # ...until an admin locks the account
    before = counts(db)
    with pytest.raises(PermissionDenied) as refused:
        workflow.register_case(db, clerk, form(2))
    assert refused.value.key == "login.account_closed" and counts(db) == before


def test_a_manager_demoted_to_clerk_can_no_longer_extend(office):
    db, admin, clerk, manager = office
    case = workflow.register_case(db, clerk, form(1))
    workflow.request_extension(db, clerk, case.case_number, 5, "Шинжээчийн дүгнэлт хүлээж байна")
    users.set_role(db, admin, "bold", "clerk")
    before = counts(db)
    with pytest.raises(PermissionDenied) as refused:
        workflow.extend(db, manager, case.case_number, 5, "Зөвшөөрөв")       # the Actor he signed in with
    assert refused.value.key == "actor.changed" and counts(db) == before


def test_a_forged_or_unknown_actor_is_refused(office):
    db, _, clerk, _ = office
    forged = Actor(clerk.user_id, clerk.username, clerk.full_name, "admin", clerk.office_id)
    before = counts(db)
    with pytest.raises(PermissionDenied) as refused:
        users.add_user(db, forged, username="boss", password=PASSWORD, role="admin")
    assert refused.value.key == "actor.changed"
    nobody = Actor("0190a000-0000-7000-8000-000000000000", "ghost", "Ghost", "manager", clerk.office_id)
    with pytest.raises(PermissionDenied) as unknown:
        workflow.register_case(db, nobody, form(3))
    assert unknown.value.key == "actor.unknown" and counts(db) == before


def test_every_write_made_for_a_user_checks_that_user():
    """A service that takes an ``actor`` and opens a write unit of work names it (``acting=``)."""
    missing = []
    for path in sorted((ROOT / "caseapp" / "services").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if "actor" not in {a.arg for a in function.args.args + function.args.kwonlyargs}:
                continue
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "uow":
                    keywords = {k.arg: k.value for k in call.keywords}
                    writes = isinstance(keywords.get("write"), ast.Constant) and keywords["write"].value is True
                    if writes and "acting" not in keywords:
                        missing.append(f"{path.relative_to(ROOT)}:{call.lineno} {function.name}")
    assert not missing, missing
