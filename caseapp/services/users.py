"""Signing in, lockout, users and roles.

Failed sign-ins are counted in the local ``auth_log``: after ``MAX_FAILURES`` failures in a row within
``LOCKOUT_MINUTES`` the account is refused for the rest of that window, whatever password is typed. An admin can
lock an account for good (an event, so it syncs to every workstation) and unlock it.

The log never keeps what was typed as an unknown user name (often the password, typed into the wrong box): it
keeps a keyed hash of it instead (``_unknown_name``). A sign-in with an unknown name costs one password check too
(``auth.dummy_verify``), so neither its answer nor its time tells whether a user name exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
import hashlib
import hmac
import secrets

from sqlalchemy import insert, select, update

from caseapp.domain import permissions
from caseapp.domain.events import USER
from caseapp.domain.ids import uuid7
from caseapp.errors import NotFoundError, PermissionDenied, ValidationError
from caseapp.services import auth
from caseapp.services.database import Database
from caseapp.text import Term, has
from caseapp.storage.eventlog import EventWriter, load_chain_head
from caseapp.storage.event_rows import stream_version
from caseapp.storage.models import AuthLogRow, SettingRow, UserRow, table_of

USERS = table_of(UserRow)
AUTH_LOG = table_of(AuthLogRow)
SETTINGS = table_of(SettingRow)
AUTH_LOG_KEY_SETTING = "auth_log_key"
UNKNOWN_PREFIX = "unknown:"
MAX_FAILURES = 5
LOCKOUT_MINUTES = 15
MAX_FULL_NAME = 200


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as services see them."""
    user_id: str
    username: str
    full_name: str
    role: str
    office_id: str

    def can(self, action: str) -> bool:
        return permissions.allowed(self.role, action)


@dataclass(frozen=True)
class UserInfo:
    user_id: str
    username: str
    full_name: str
    role: str
    office_id: str
    active: bool
    locked: bool


def require(actor: Actor, action: str) -> None:
    if not actor.can(action):
        role = Term(f"role.{actor.role}") if has(f"role.{actor.role}") else actor.role
        raise PermissionDenied("permission.role", role=role, action=action)


def _row_to_info(row) -> UserInfo:
    return UserInfo(row.user_id, row.username, row.full_name, row.role, row.office_id, row.active, row.locked)


def _lockout_until(conn, username: str, now: datetime) -> datetime | None:
    """When the temporary lockout of ``username`` ends, or None if it is not locked out."""
    recent = conn.execute(select(AUTH_LOG.c.at, AUTH_LOG.c.outcome).where(AUTH_LOG.c.username == username)
                          .order_by(AUTH_LOG.c.id.desc()).limit(MAX_FAILURES)).all()
    if len(recent) < MAX_FAILURES or any(r.outcome not in ("failure", "locked_out") for r in recent):
        return None
    failures = [datetime.fromisoformat(r.at) for r in recent if r.outcome == "failure"]
    window = timedelta(minutes=LOCKOUT_MINUTES)
    if not failures or max(failures) - min(failures) > window:
        return None          # the failures were spread out (an old lockout has run out): not a guessing run
    until = max(failures) + window
    return until if until > now else None


def _auth_log_key(conn) -> bytes:
    """This database's key for the names of the sign-in log (made at the first need, kept in ``settings``).

    Made the first time, it also replaces the unknown names an older version wrote in the log as typed."""
    value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == AUTH_LOG_KEY_SETTING)).scalar()
    if value is None:
        value = secrets.token_hex(32)
        conn.execute(insert(SETTINGS).values(key=AUTH_LOG_KEY_SETTING, value=value))
        known = select(USERS.c.username)
        typed = conn.execute(select(AUTH_LOG.c.username).distinct().where(
            AUTH_LOG.c.username.not_in(known), AUTH_LOG.c.username.not_like(f"{UNKNOWN_PREFIX}%"))).scalars().all()
        for name in typed:
            conn.execute(update(AUTH_LOG).where(AUTH_LOG.c.username == name)
                         .values(username=_keyed_name(bytes.fromhex(value), name)))
    return bytes.fromhex(value)


def _keyed_name(key: bytes, name: str) -> str:
    return UNKNOWN_PREFIX + hmac.new(key, name.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def _unknown_name(conn, name: str) -> str:
    """What the sign-in log keeps for a user name no account has: "unknown:" and 16 hex digits of
    HMAC-SHA256(name) under a random key of this database (``settings.auth_log_key``).

    Why not the name itself: people type their password into the user-name box, and the log is read on the
    users screen by admins and auditors. Why not a plain sha256 of it: a short password's hash is reversed in
    seconds by trying every short string; without the key (which only the database file holds, where the
    argon2 hashes are anyway) there is nothing to try against. The same name gives the same value, so repeated
    guesses under one unknown name are still counted and locked out like those under a real one."""
    return _keyed_name(_auth_log_key(conn), name)


def _log(uow, username: str, outcome: str, detail: str | None = None) -> None:
    uow.conn.execute(insert(AUTH_LOG).values(at=uow.clock.now().isoformat(timespec="seconds"),
                                             username=username[:80], outcome=outcome, detail=detail))


def login(db: Database, username: str, password: str) -> Actor:
    """Check the password; every attempt is recorded. Raises PermissionDenied with the reason."""
    name = (username or "").strip().casefold()
    if not name or not password:
        raise ValidationError("login.empty", field="username" if not name else "password")
    if db.read_only:
        return _login_read_only(db, name, password)
    now = db.clock.now()
    with db.uow(write=True) as uow:
        conn = uow.conn
        rows = conn.execute(select(USERS).where(USERS.c.username == name).limit(2)).all()
        if len(rows) > 1:                   # two accounts of one name met by sync: whose would this be?
            _log(uow, name, "refused", "name clash")
            uow.commit()
            raise PermissionDenied("login.name_clash", field="username", username=name)
        row = rows[0] if rows else None
        logged = name if row is not None else _unknown_name(conn, name)
        until = _lockout_until(conn, logged, now)
        if until is not None:
            _log(uow, logged, "locked_out")
            uow.commit()
            minutes = max(1, int((until - now).total_seconds() // 60) + 1)
            raise PermissionDenied("login.locked_out", field="password", minutes=minutes)
        if row is None:
            auth.dummy_verify(password)         # as long as checking a real password: the time tells nothing
            _log(uow, logged, "failure", "unknown user")
            uow.commit()
            raise PermissionDenied("login.wrong", field="password")
        if not auth.verify_password(row.password_hash, password):
            _log(uow, name, "failure")
            uow.commit()
            raise PermissionDenied("login.wrong", field="password")
        if row.locked or not row.active:
            _log(uow, name, "refused", "locked" if row.locked else "inactive")
            uow.commit()
            raise PermissionDenied("login.account_closed", field="username")
        _log(uow, name, "success")
        uow.commit()
    return Actor(row.user_id, row.username, row.full_name, row.role, row.office_id)


def _login_read_only(db: Database, name: str, password: str) -> Actor:
    """A database this program may not write (a read-only disk, file or folder): the password is checked as
    always, but nothing is recorded (no sign-in log, no lockout count): nothing can be changed there either."""
    with db.uow() as uow:
        rows = uow.conn.execute(select(USERS).where(USERS.c.username == name).limit(2)).all()
    if len(rows) > 1:
        raise PermissionDenied("login.name_clash", field="username", username=name)
    row = rows[0] if rows else None
    if row is None:
        auth.dummy_verify(password)
        raise PermissionDenied("login.wrong", field="password")
    if not auth.verify_password(row.password_hash, password):
        raise PermissionDenied("login.wrong", field="password")
    if row.locked or not row.active:
        raise PermissionDenied("login.account_closed", field="username")
    return Actor(row.user_id, row.username, row.full_name, row.role, row.office_id)


def actor_for(db: Database, username: str) -> Actor:
    """The Actor of a user by name, without a password (the command line run by the workstation's IT staff)."""
    with db.uow() as uow:
        row = uow.conn.execute(select(USERS).where(USERS.c.username == (username or "").strip().casefold())).first()
    if row is None:
        raise NotFoundError("user.not_found", field="username", username=username)
    return Actor(row.user_id, row.username, row.full_name, row.role, row.office_id)


def list_users(db: Database) -> list[UserInfo]:
    with db.uow() as uow:
        return [_row_to_info(r) for r in uow.conn.execute(select(USERS).order_by(USERS.c.username))]


def add_user(db: Database, actor: Actor, *, username: str, password: str, role: str, full_name: str = "",
             office_id: str | None = None) -> UserInfo:
    require(actor, "manage_users")
    name = auth.normalise_username(username)
    auth.validate_role(role)
    full_name = (full_name or "").strip()
    if len(full_name) > MAX_FULL_NAME:
        raise ValidationError("user.full_name_too_long", field="full_name", max=MAX_FULL_NAME)
    password_hash = auth.hash_password(password, username=name)
    with db.uow(write=True, acting=actor) as uow:
        if uow.conn.execute(select(USERS.c.user_id).where(USERS.c.username == name)).first():
            raise ValidationError("user.exists", field="username", username=name)
        writer = EventWriter(uow.conn, uow.clock)
        user_id = uuid7()
        office = office_id or load_chain_head(uow.conn, uow.clock).office_id
        writer.append(USER, user_id, "user.created", {
            "username": name, "full_name": full_name or name, "role": role, "office_id": office,
            "password_hash": password_hash, "active": True, "locked": False}, user_id=actor.user_id, base_version=0)
        writer.flush()
        uow.commit()
    return UserInfo(user_id, name, full_name or name, role, office, True, False)


def _change(db: Database, actor: Actor, username: str, fields: dict) -> None:
    name = (username or "").strip().casefold()
    with db.uow(write=True, acting=actor) as uow:
        row = uow.conn.execute(select(USERS).where(USERS.c.username == name)).first()
        if row is None:
            raise NotFoundError("user.not_found", field="username", username=username)
        loses_admin = fields.get("locked") is True or fields.get("role", auth.ADMIN) != auth.ADMIN
        if row.role == auth.ADMIN and loses_admin and _other_admins(uow.conn, row) == 0:
            raise ValidationError("user.last_admin", field="role" if "role" in fields else "username")
        writer = EventWriter(uow.conn, uow.clock)
        writer.append(USER, row.user_id, "user.changed", fields, user_id=actor.user_id,
                      base_version=stream_version(uow.conn, USER, row.user_id))
        writer.flush()
        if "locked" in fields and not fields["locked"]:
            _log(uow, name, "unlocked", f"by {actor.username}")     # ends a temporary lockout too
        uow.commit()


def _other_admins(conn, row) -> int:
    """Active, unlocked admins of the same office besides ``row`` (an office must keep one)."""
    return len(conn.execute(select(USERS.c.user_id).where(
        USERS.c.office_id == row.office_id, USERS.c.role == auth.ADMIN, USERS.c.active == True,  # noqa: E712
        USERS.c.locked == False, USERS.c.user_id != row.user_id)).all())  # noqa: E712


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes their own password (the old one is asked again)."""
    with db.uow() as uow:
        row = uow.conn.execute(select(USERS).where(USERS.c.user_id == actor.user_id)).first()
    if row is None or not auth.verify_password(row.password_hash, old_password or ""):
        raise PermissionDenied("password.old_wrong", field="old_password")
    if old_password == new_password:
        raise ValidationError("password.same", field="new_password")
    _change(db, actor, row.username, {"password_hash": auth.hash_password(new_password, username=row.username)})


def reset_password(db: Database, actor: Actor, username: str, new_password: str) -> None:
    """An admin sets a new password for someone who forgot theirs (another admin's too). The event's
    ``user_id`` is the admin who did it, so the log says who set whose password."""
    require(actor, "manage_users")
    name = (username or "").strip().casefold()
    _change(db, actor, username, {"password_hash": auth.hash_password(new_password, username=name)})


def set_locked(db: Database, actor: Actor, username: str, locked: bool) -> None:
    require(actor, "manage_users")
    if (username or "").strip().casefold() == actor.username and locked:
        raise ValidationError("user.lock_self", field="username")
    _change(db, actor, username, {"locked": bool(locked)})


def set_role(db: Database, actor: Actor, username: str, role: str) -> None:
    require(actor, "manage_users")
    _change(db, actor, username, {"role": auth.validate_role(role)})


def staff_list(db: Database, actor: Actor) -> list[UserInfo]:
    """The users and roles screen: managers, admins and auditors (a clerk has no business with it)."""
    require(actor, "view_users")
    return list_users(db)


def auth_log(db: Database, actor: Actor, limit: int = 200) -> list[tuple[str, str, str, str | None]]:
    """Everyone's sign-in attempts (admins and auditors only)."""
    require(actor, "view_auth_log")
    with db.uow() as uow:
        return [(r.at, r.username, r.outcome, r.detail) for r in uow.conn.execute(
            select(AUTH_LOG).order_by(AUTH_LOG.c.id.desc()).limit(limit))]
