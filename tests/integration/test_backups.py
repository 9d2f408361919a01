"""Backups that restore: made, verified, pruned, listed, restored from the command line, with check clean after."""

from __future__ import annotations

from datetime import timedelta
import os
from pathlib import Path
import sqlite3
import stat

import pytest

from caseapp.errors import PermissionDenied, StorageError
from caseapp.services import backup, maintenance, users, workflow
from caseapp.services.database import open_database
from caseapp.domain.clock import FixedClock
from tests.conftest import ADMIN_PASSWORD, TEST_NOW
from tests.integration.test_cli import caseapp

PASSWORD = "Сайн-нууц-үг-1"


def register(db, clerk, n: int) -> str:
    return workflow.register_case(db, clerk, workflow.IntakeForm(
        register_no=f"УБ99{n:02d}0315", service_code="PET-GENERAL", subject=f"Өргөдөл {n}", family_name="Батын",
        given_name="Сараа", new_citizen_confirmed=True)).case_number


def cases_in(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {n for (n,) in con.execute("SELECT case_number FROM cases")}


@pytest.fixture
def office(db):
    admin = users.login(db, "admin", ADMIN_PASSWORD)
    users.add_user(db, admin, username="saraa", password=PASSWORD, role="clerk", full_name="Saraa")
    return db, admin, users.login(db, "saraa", PASSWORD)


def test_a_backup_is_a_verified_private_copy_and_the_daily_one_is_made_once_a_day(office):
    db, admin, clerk = office
    register(db, clerk, 1)
    old = os.umask(0o022)
    try:
        first = backup.backup_if_due(db)
    finally:
        os.umask(old)
    assert first is not None and first.verified and first.cases == 1 and first.reason == "daily"
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(first.path.parent.stat().st_mode) == 0o700
    assert cases_in(first.path) == cases_in(db.path)
    assert backup.backup_if_due(db) is None                     # not again the same day
    db.clock.advance(timedelta(days=1, minutes=1))
    second = backup.backup_if_due(db)
    assert second is not None and [b.path for b in backup.list_backups(db.path)] == [second.path, first.path]
    with pytest.raises(PermissionDenied):
        backup.make_backup(db, by=clerk)                       # every citizen's data: an admin's to copy


def test_retention_keeps_seven_days_and_four_weeks(office):
    db, admin, _ = office
    for _ in range(60):                                       # two months of daily backups
        backup.make_backup(db, reason="daily")
        db.clock.advance(timedelta(days=1))
    kept = backup.list_backups(db.path)
    days = sorted({b.made_at.date() for b in kept}, reverse=True)
    assert len(kept) == 11 and len(days) == 11
    assert (days[0] - days[6]).days == 6                       # the last seven days, one each
    assert all((a - b).days >= 7 for a, b in zip(days[7:], days[8:]))    # then one a week


def test_a_damaged_backup_is_neither_kept_nor_restored(office, tmp_path):
    db, admin, clerk = office
    register(db, clerk, 1)
    made = backup.make_backup(db, by=admin)
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(made.path.read_bytes())
    page = 4096
    for start in range(page, len(data) - page, 3 * page):     # every third page's header overwritten
        data[start:start + 16] = b"\xff" * 16
    damaged.write_bytes(bytes(data))
    path = db.path
    db.close()
    with pytest.raises(StorageError) as refused:
        backup.restore(path, damaged, db.clock)
    assert refused.value.key == "backup.not_verified"
    assert len(cases_in(path)) == 1                            # the database is as it was


def test_backup_list_and_restore_from_the_command_line_round_trip(cli_office, tmp_path):
    path, admin_password = cli_office
    credentials = ["--db", str(path), "--as", "admin", "--as-password-file", str(admin_password)]
    clerk_password = tmp_path / "clerk.txt"
    clerk_password.write_text(PASSWORD + "\n", encoding="utf-8")
    assert caseapp("user", "add", "saraa", "--role", "clerk", "--password-file", str(clerk_password),
                   *credentials).returncode == 0
    db = open_database(path, create=False)
    try:
        clerk = users.login(db, "saraa", PASSWORD)
        before = {register(db, clerk, n) for n in (1, 2)}
    finally:
        db.close()
    made = caseapp("backup", *credentials, "--lang", "en")
    assert made.returncode == 0 and "verified" in made.stdout, made.stderr
    listed = caseapp("backups", "--db", str(path))
    assert listed.returncode == 0 and "\tverified\tmanual\t" in listed.stdout
    copy = Path(listed.stdout.split("\t")[-1].strip())
    db = open_database(path, create=False)
    try:
        later = register(db, users.login(db, "saraa", PASSWORD), 3)           # printed on a receipt after
    finally:
        db.close()
    refused = caseapp("restore", str(copy), "--db", str(path))                  # never without an admin
    assert refused.returncode == 1 and cases_in(path) == before | {later}
    restored = caseapp("restore", str(copy), *credentials, "--lang", "en")
    assert restored.returncode == 0, restored.stderr
    assert "kept in" in restored.stdout and cases_in(path) == before
    aside = next(path.parent.glob("office.before-restore-*.sqlite3"))
    assert cases_in(aside) == before | {later}                                  # nothing thrown away
    checked = caseapp("check", "--db", str(path), "--lang", "en")
    assert checked.returncode == 3 and "restored from a backup" in checked.stdout     # it went back in time
    db = open_database(path, create=False)
    try:
        again = register(db, users.login(db, "saraa", PASSWORD), 4)
        report = maintenance.check(db)
    finally:
        db.close()
    assert again != later and again not in before                           # the printed number is not reused
    assert [p for p in report.problems if "restored from a backup" not in p] == []


def test_a_backup_stopped_because_the_program_closes_leaves_nothing(office):
    """The daily backup runs in the background; quitting meanwhile must not wait minutes nor leave a copy."""
    from caseapp.errors import CancelledError

    db, admin, clerk = office
    register(db, clerk, 1)
    asked = []

    def closing() -> bool:
        asked.append(True)
        return len(asked) > 1                  # the copy has begun; then the program closes

    with pytest.raises(CancelledError):
        backup.backup_if_due(db, closing)
    folder = backup.backups_folder(db.path)
    assert list(folder.iterdir()) == [] and backup.newest_backup(db.path) is None
    assert backup.backup_if_due(db) is not None        # the next start makes it


def test_the_copy_made_before_a_migration_is_listed_as_checked(tmp_path):
    from tests.integration.test_migrations import downgrade_to

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    db.close()
    downgrade_to(path, "0013")
    upgraded = open_database(path)                      # the start-up upgrade copies the database first
    try:
        listed = backup.list_backups(path)
        assert [(b.reason, b.verified) for b in listed] == [("before-migration", True)]
        assert listed[0].path == upgraded.migration.backup
    finally:
        upgraded.close()


def test_restoring_the_copy_made_before_a_migration_leaves_that_copy_as_it_was(tmp_path):
    """Checking an older schema's copy by opening it would have upgraded the copy itself."""
    from tests.integration.test_migrations import downgrade_to

    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    downgrade_to(path, "0013")
    upgraded = open_database(path)
    copy = upgraded.migration.backup
    upgraded.close()
    before = copy.read_bytes()
    result = backup.restore(path, copy, FixedClock.parse(TEST_NOW))
    assert copy.read_bytes() == before and result.kept_aside.exists()
    reopened = open_database(path)                       # the next start upgrades the restored database
    try:
        assert reopened.migration.before == "0013"
    finally:
        reopened.close()
