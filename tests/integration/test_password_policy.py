"""Trust at the workstation, the identity part: the password policy of every account, who reset whose password,
a sign-in log that never keeps a password typed into the user-name box, and sign-ins with an unknown user name
that cost a password check like any other (the times themselves: benchmarks/sign_in.py)."""

from __future__ import annotations

import re
import sqlite3

from argon2 import PasswordHasher
import pytest
from sqlalchemy import func, select

from caseapp.domain.events import USER
from caseapp.errors import PermissionDenied, ValidationError
from caseapp.services import auth, users
from caseapp.services.database import open_database
from caseapp.services.setup import initialise
from caseapp.storage.event_rows import load_stream
from caseapp.storage.models import EventRow, table_of
from tests.conftest import ADMIN_PASSWORD, copy_database

PASSWORD = "Сайн-нууц-үг-1"
CYRILLIC = re.compile("[\u0400-\u04FF]")


def event_count(db) -> int:
    with db.uow() as uow:
        return uow.conn.execute(select(func.count()).select_from(table_of(EventRow))).scalar_one()


def log_rows(db) -> list[tuple]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT username, outcome, detail FROM auth_log ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.fixture
def office(database_from_template):
    """(db, {name: Actor}): the admin, a second admin, and a clerk, manager and auditor."""
    def build(db):
        admin = users.login(db, "admin", ADMIN_PASSWORD)
        for name, role in (("second", "admin"), ("saraa", "clerk"), ("bold", "manager"), ("tuya", "auditor")):
            users.add_user(db, admin, username=name, password=PASSWORD, role=role, full_name=name.title())

    db = database_from_template("password-policy-office", build)
    return db, {name: users.actor_for(db, name) for name in ("admin", "second", "saraa", "bold", "tuya")}


# --- the policy --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("password, username, key", [
    ("abc-12345", None, "password.too_short"),                 # 9 characters: 8 were enough before
    ("Ab1-Ab1-A", "bat", "password.too_short"),
    ("aaaaaaaaaa", None, "password.one_character"),
    ("7777777777777", None, "password.one_character"),
    ("admin", "admin", "password.too_short"),
    ("admin12345", "admin", "password.like_user_name"),
    ("ADMIN-2026!", "admin", "password.like_user_name"),      # whatever the case, digits and signs added
    ("2026saraa2026", "Saraa", "password.like_user_name"),
    ("demo.clerk1", "demo.clerk1", "password.like_user_name"),
    ("password123", None, "password.common"),
    ("1234567890", None, "password.common"),
    ("QwertyUIOP", None, "password.common"),                  # case-insensitively
    ("password1!", "bat", "password.common"),
    ("iloveyou12", None, "password.common"),
])
def test_weak_passwords_are_refused_with_their_own_message(password, username, key):
    with pytest.raises(ValidationError) as refused:
        auth.validate_password(password, username=username)
    assert refused.value.key == key and refused.value.field == "password"
    english, mongolian = refused.value.render("en"), refused.value.render("mn")
    assert english and not CYRILLIC.search(english) and "{" not in english
    assert CYRILLIC.search(mongolian) and "{" not in mongolian
    if key == "password.too_short":
        assert "10" in english and "10" in mongolian


@pytest.mark.parametrize("password, username", [
    ("correct-horse-1", "admin"), ("demo-pass-2026", "demo.clerk1"), ("Админ-нууц-1", "admin"),
    ("benchmark-pass-1", "admin"), ("admin-and-a-horse", "admin"),   # the name and other words is a passphrase
    ("aaaaaaaaab", None), (PASSWORD, "saraa"),
])
def test_reasonable_passwords_pass(password, username):
    auth.validate_password(password, username=username)


def test_every_way_of_setting_a_password_applies_the_policy(office, tmp_path):
    db, a = office
    before = event_count(db)
    refusals = {
        "add": lambda: users.add_user(db, a["admin"], username="tsetseg", password="Tsetseg2026", role="clerk"),
        "add, common": lambda: users.add_user(db, a["admin"], username="tsetseg", password="welcome123",
                                              role="clerk"),
        "reset": lambda: users.reset_password(db, a["admin"], "saraa", "saraa-1234567"),
        "reset, short": lambda: users.reset_password(db, a["admin"], "saraa", "Сайн-нууц"),
        "change": lambda: users.change_password(db, a["saraa"], PASSWORD, "SARAA1234567"),
        "change, one character": lambda: users.change_password(db, a["saraa"], PASSWORD, "ззззззззззззз"),
    }
    for what, attempt in refusals.items():
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.field == "password", what
    assert event_count(db) == before                       # nothing was written
    assert users.login(db, "saraa", PASSWORD).username == "saraa"
    fresh = open_database(tmp_path / "new.sqlite3")
    try:
        with pytest.raises(ValidationError) as refused:    # the first admin too
            initialise(fresh, office_code="UB-BZD", node_no=1, admin_username="Boss", admin_password="boss-2026-01")
        assert refused.value.key == "password.like_user_name"
    finally:
        fresh.close()


# --- who reset whose password --------------------------------------------------------------------------------

def _last_user_event(db, user_id: str):
    with db.uow() as uow:
        return load_stream(uow.conn, USER, user_id)[-1]


def test_an_admins_reset_of_another_admins_password_is_recorded_with_who_did_it(office):
    """Only an admin resets a password (another admin's too), the reset is checked against the target's user name,
    and the event's user_id names the admin who did it."""
    db, a = office
    before = event_count(db)
    for who in ("saraa", "bold", "tuya"):                                                 # clerk, manager, auditor
        for target in ("admin", "second", who):
            with pytest.raises(PermissionDenied):
                users.reset_password(db, a[who], target, "someone-elses-pass-1")
    assert event_count(db) == before
    with pytest.raises(ValidationError) as refused:                                       # the target's name
        users.reset_password(db, a["admin"], "Second", "second-2026")
    assert refused.value.key == "password.like_user_name" and event_count(db) == before
    users.reset_password(db, a["admin"], "second", "new-second-pass-1")
    event = _last_user_event(db, a["second"].user_id)
    assert event.kind == "user.changed" and event.user_id == a["admin"].user_id        # the acting admin
    assert set(event.payload) == {"password_hash"} and "new-second-pass-1" not in event.payload["password_hash"]
    second = users.login(db, "second", "new-second-pass-1")
    users.reset_password(db, second, "admin", "new-admin-pass-1")                          # and the other way
    assert _last_user_event(db, a["admin"].user_id).user_id == second.user_id
    users.change_password(db, second, "new-second-pass-1", "own-choice-pass-2")            # one's own: oneself
    assert _last_user_event(db, second.user_id).user_id == second.user_id
    assert event_count(db) == before + 3


# --- the sign-in log -----------------------------------------------------------------------------------------

def test_a_password_typed_as_the_user_name_is_not_kept_in_the_log(office, office_db_template, tmp_path):
    db, a = office
    for typed in (ADMIN_PASSWORD, " Correct-Horse-1 "):           # the same name, however it was typed
        with pytest.raises(PermissionDenied) as refused:
            users.login(db, typed, "whatever-was-next")
        assert refused.value.key == "login.wrong"
    with pytest.raises(PermissionDenied):
        users.login(db, "admin", "wrong-password-1")                 # a known name is kept as it is
    rows = log_rows(db)[-3:]
    assert not any(ADMIN_PASSWORD in str(value).casefold() for row in log_rows(db) for value in row)
    assert rows[0] == rows[1] and rows[0][1:] == ("failure", "unknown user")
    assert re.fullmatch(r"unknown:[0-9a-f]{16}", rows[0][0])
    assert rows[2] == ("admin", "failure", None)
    assert [r[2] for r in users.auth_log(db, a["tuya"])][:3] == ["failure"] * 3
    con = sqlite3.connect(db.path)
    key = con.execute("SELECT value FROM settings WHERE key = 'auth_log_key'").fetchone()[0]
    con.close()
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    copy_database(office_db_template, tmp_path / "other.sqlite3")    # another database: another key
    other = open_database(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(PermissionDenied):
            users.login(other, ADMIN_PASSWORD, "whatever-was-next")
        assert log_rows(other)[-1][0].startswith("unknown:") and log_rows(other)[-1][0] != rows[0][0]
    finally:
        other.close()


def test_names_an_older_version_kept_as_typed_are_replaced_when_the_key_is_made(office):
    db, _ = office
    con = sqlite3.connect(db.path)
    con.executemany("INSERT INTO auth_log (at, username, outcome, detail) VALUES (?, ?, ?, ?)", [
        ("2026-11-30T01:00:00+00:00", "my-secret-pass", "failure", "unknown user"),
        ("2026-11-30T01:00:01+00:00", "my-secret-pass", "locked_out", None),
        ("2026-11-30T01:00:02+00:00", "admin", "failure", None),
    ])
    con.commit()
    con.close()
    with pytest.raises(PermissionDenied):
        users.login(db, "someone-else", "x")
    rows = log_rows(db)[-4:]                                          # the three old rows and the new one
    assert not any("my-secret-pass" in r[0] for r in log_rows(db))
    assert rows[0][0] == rows[1][0] and rows[0][0].startswith("unknown:") and rows[2][0] == "admin"
    with pytest.raises(PermissionDenied):
        users.login(db, "my-secret-pass", "x")                       # the same value as the replaced rows
    assert log_rows(db)[-1][0] == rows[0][0]


def test_lockout_counts_known_names_and_an_unknown_name_under_its_keyed_value(office):
    db, a = office
    for name in ("bold", "typed-password-1"):
        for _ in range(users.MAX_FAILURES):
            with pytest.raises(PermissionDenied) as refused:
                users.login(db, name, "wrong-password-1")
            assert refused.value.key == "login.wrong"
        with pytest.raises(PermissionDenied) as refused:
            users.login(db, name, PASSWORD)                          # even the right password: locked for now
        assert refused.value.key == "login.locked_out" and refused.value.field == "password"
    rows = log_rows(db)[-12:]
    assert [r[1] for r in rows] == (["failure"] * 5 + ["locked_out"]) * 2
    assert {r[0] for r in rows[:6]} == {"bold"}
    assert len({r[0] for r in rows[6:]}) == 1 and rows[6][0].startswith("unknown:")   # counted, never kept
    users.set_locked(db, a["admin"], "bold", False)
    assert users.login(db, "bold", PASSWORD).role == "manager"


# --- the time a sign-in takes -------------------------------------------------------------------------------

class CountingHasher(PasswordHasher):
    """The application's hasher, counting the password checks it does."""

    def __init__(self) -> None:
        super().__init__()
        self.checks = 0

    def verify(self, hash, password):
        self.checks += 1
        return super().verify(hash, password)


def test_an_unknown_user_name_costs_a_password_check_like_a_known_one(office, monkeypatch):
    db, a = office
    hasher = CountingHasher()
    monkeypatch.setattr(auth, "_hasher", hasher)
    users.set_locked(db, a["admin"], "tuya", True)
    checks = {}
    for name in ("bold", "nobody.here", "tuya", "saraa"):            # known, unknown, locked, known
        before = hasher.checks
        with pytest.raises(PermissionDenied):
            users.login(db, name, "wrong-password-1")
        checks[name] = hasher.checks - before
    assert checks == {"bold": 1, "nobody.here": 1, "tuya": 1, "saraa": 1}
    with pytest.raises(PermissionDenied):
        users.login(db, "another.nobody", ADMIN_PASSWORD)           # the dummy hash never lets anyone in
