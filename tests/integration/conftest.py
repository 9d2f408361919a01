"""Fixtures of the integration tests that start the command line as a real process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import copy_database

CLI_ADMIN_PASSWORD = "Админ-нууц-1"


@pytest.fixture(scope="session")
def cli_office_template(tmp_path_factory) -> Path:
    """An office made once by ``caseapp init`` itself (as IT staff would), copied by each test."""
    from tests.integration.test_cli import caseapp

    folder = tmp_path_factory.mktemp("cli-office")
    password = folder / "pw.txt"
    password.write_text(f"{CLI_ADMIN_PASSWORD}\n", encoding="utf-8")
    path = folder / "office.sqlite3"
    result = caseapp("init", "--db", str(path), "--office", "UB-BZD", "--node", "1", "--admin", "admin",
                     "--password-file", str(password))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def cli_office(cli_office_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(database, password file) of a private copy of the office ``caseapp init`` made."""
    path = tmp_path / "office.sqlite3"
    copy_database(cli_office_template, path)
    password = tmp_path / "pw.txt"
    password.write_text(f"{CLI_ADMIN_PASSWORD}\n", encoding="utf-8")
    return path, password
