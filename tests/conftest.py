from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from caseapp.services.database import Database, open_database  # noqa: E402
from caseapp.services.setup import initialise  # noqa: E402

ADMIN_PASSWORD = "correct-horse-1"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Database:
    """A freshly initialised database: Bayanzürkh district, node 1, admin 'admin'."""
    database = open_database(db_path)
    initialise(database, office_code="UB-BZD", node_no=1, admin_username="admin", admin_password=ADMIN_PASSWORD)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """A database with 1,500 demo cases, made once per session; tests copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    from caseapp.services import demo

    database = open_database(path)
    demo.create_demo_workstation(database, cases=1500, seed=7)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_db_template: Path, tmp_path: Path) -> Database:
    import sqlite3

    target = tmp_path / "demo.sqlite3"
    source = sqlite3.connect(demo_db_template)
    destination = sqlite3.connect(target)
    source.backup(destination)
    source.close()
    destination.close()
    database = open_database(target)
    yield database
    database.close()
