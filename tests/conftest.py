from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _private_documents_folder() -> None:
    """Documents and reports the tests save (and the program they start) go to a Documents folder of the test
    run, never into the Documents of whoever runs the tests: Qt reads the folder from the XDG user-dirs file."""
    import atexit
    import shutil
    import tempfile

    config = Path(tempfile.mkdtemp(prefix="caseapp-test-home-"))
    atexit.register(shutil.rmtree, config, ignore_errors=True)
    (config / "Documents").mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{config / "Documents"}"\n', encoding="utf-8")
    os.environ["XDG_CONFIG_HOME"] = str(config)


_private_documents_folder()

import pytest  # noqa: E402

from caseapp.domain.clock import FixedClock  # noqa: E402
from caseapp.services.database import Database, open_database  # noqa: E402
from caseapp.services.setup import initialise  # noqa: E402

ADMIN_PASSWORD = "correct-horse-1"
ROOT = Path(__file__).resolve().parent.parent
# The instant the suite runs at (office time). CI runs the date-dependent tests again at other instants
# (DATE_DEPENDENT below, test.sh), so a dependence on the real date or hour cannot come back unnoticed.
TEST_NOW = os.environ.get("CASEAPP_TEST_NOW", "2026-12-01T10:00:00+08:00")
os.environ["CASEAPP_NOW"] = TEST_NOW          # the command line and main.py started by tests run at it too


@pytest.fixture
def clock() -> FixedClock:
    """The suite's clock: it stands at TEST_NOW until a test moves it."""
    return FixedClock.parse(TEST_NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


def copy_database(source: Path, target: Path) -> None:
    """A private copy of a closed template database (a file copy; the backup API if a WAL was left)."""
    import shutil
    import sqlite3

    if not Path(f"{source}-wal").exists():
        shutil.copyfile(source, target)
        return
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


# The tests whose outcome could depend on the day and hour they run at: CI runs them again at other instants.
DATE_DEPENDENT = {
    "tests/integration/test_demo.py", "tests/integration/test_queries.py", "tests/integration/test_workflow.py",
    "tests/integration/test_reports.py", "tests/integration/test_documents.py",
    "tests/integration/test_cli_workflow.py", "tests/integration/test_cli.py", "tests/unit/test_deadlines.py",
    "tests/ui/test_main_window.py", "tests/ui/test_case_view.py", "tests/ui/test_report_dialog.py",
    "tests/ui/test_intake.py",
}


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if Path(item.fspath).relative_to(ROOT).as_posix() in DATE_DEPENDENT:
            item.add_marker(pytest.mark.dates)


@pytest.fixture(scope="session")
def office_db_template(tmp_path_factory) -> Path:
    """Bayanzürkh district, node 1, admin 'admin': migrated and initialised once (argon2 is slow on purpose)."""
    path = tmp_path_factory.mktemp("office") / "office.sqlite3"
    database = open_database(path, clock=FixedClock.parse(TEST_NOW))
    initialise(database, office_code="UB-BZD", node_no=1, admin_username="admin", admin_password=ADMIN_PASSWORD)
    database.close()
    return path


@pytest.fixture
def db(db_path: Path, clock: FixedClock, office_db_template: Path) -> Database:
    """A freshly initialised database (a copy of the template): Bayanzürkh district, node 1, admin 'admin'."""
    copy_database(office_db_template, db_path)
    database = open_database(db_path, clock=clock)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _templates() -> dict[str, Path]:
    return {}


@pytest.fixture
def database_from_template(_templates, office_db_template, tmp_path_factory, tmp_path, clock):
    """``make(name, build)``: a private copy of the office database after ``build(db)``, which runs once per
    session for each name (users with argon2 hashes, a catalogue change...)."""
    opened = []

    def make(name: str, build) -> Database:
        if name not in _templates:
            path = tmp_path_factory.mktemp(name) / "template.sqlite3"
            copy_database(office_db_template, path)
            template = open_database(path, clock=FixedClock.parse(TEST_NOW))
            build(template)
            template.close()
            _templates[name] = path
        target = tmp_path / f"{name}.sqlite3"
        copy_database(_templates[name], target)
        database = open_database(target, clock=clock)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """A database with 1,500 demo cases, made once per session; tests copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    from caseapp.services import demo

    database = open_database(path, clock=FixedClock.parse(TEST_NOW))
    demo.create_demo_workstation(database, cases=1500, seed=7)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_db_template: Path, tmp_path: Path, clock: FixedClock) -> Database:
    target = tmp_path / "demo.sqlite3"
    copy_database(demo_db_template, target)
    database = open_database(target, clock=clock)
    yield database
    database.close()
