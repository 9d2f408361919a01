"""docs/architecture.md §1: the layout and the direction of imports, checked with a plain ast walk."""

from __future__ import annotations

import ast
from pathlib import Path
import sys

import pytest

ROOT = Path(__file__).resolve().parent.parent
STDLIB = set(sys.stdlib_module_names) | {"__future__"}


def imports_of(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, node.lineno))
    return found


def python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_layout_exists():
    for name in ("main.py", "caseapp/domain", "caseapp/storage", "caseapp/services",
                 "caseapp/cli", "caseapp/errors.py", "ui", "resources", "tests/unit", "tests/integration",
                 "tests/ui", "benchmarks"):
        assert (ROOT / name).exists(), name


@pytest.mark.parametrize("path", python_files("caseapp/domain"), ids=lambda p: p.name)
def test_domain_imports_only_the_standard_library(path):
    bad = [(m, line) for m, line in imports_of(path)
           if m.split(".")[0] not in STDLIB and not m.startswith("caseapp.domain")]
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


@pytest.mark.parametrize("path", python_files("caseapp"), ids=lambda p: str(p.relative_to(ROOT)))
def test_caseapp_never_imports_qt_or_ui(path):
    bad = [(m, line) for m, line in imports_of(path) if m.split(".")[0] in ("PySide6", "ui", "shiboken6")]
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


@pytest.mark.parametrize("path", python_files("ui"), ids=lambda p: str(p.relative_to(ROOT)))
def test_ui_never_touches_storage_or_sessions(path):
    """ui/ calls services and gets plain data: no storage layer, no SQLAlchemy, no sqlite3."""
    bad = [(m, line) for m, line in imports_of(path)
           if m.startswith("caseapp.storage") or m.split(".")[0] in ("sqlalchemy", "sqlite3", "alembic")]
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


# the desktop start-up benchmark drives the real window, as main.py starts it
UI_PROBES = {"benchmarks/startup_probe.py"}


def test_only_main_wires_ui_and_services_together():
    for folder in ("caseapp", "resources", "benchmarks"):
        for path in python_files(folder):
            if path.relative_to(ROOT).as_posix() in UI_PROBES:
                continue
            bad = [m for m, _ in imports_of(path) if m.split(".")[0] == "ui"]
            assert not bad, f"{path.relative_to(ROOT)} imports ui"


def test_one_exception_tree():
    import caseapp.errors as errors

    for name in ("ValidationError", "NotFoundError", "PermissionDenied", "ConflictError", "StorageError",
                 "SyncError", "CancelledError"):
        assert issubclass(getattr(errors, name), errors.CaseAppError)


# the clock itself, and UUIDv7 ids, whose time part only makes them unique and sortable (never a decision)
REAL_TIME_ALLOWED = {"caseapp/domain/clock.py", "caseapp/domain/ids.py"}
CLOCK_CALLS = {("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
               ("time", "time"), ("time", "time_ns")}


def clock_reads(path: Path) -> list[tuple[str, int]]:
    """Calls that read the real clock: date.today(), datetime.now(), time.time() and the like."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if (name, node.func.attr) in CLOCK_CALLS:
                found.append((f"{name}.{node.func.attr}()", node.lineno))
    return found


@pytest.mark.parametrize("path", [p for folder in ("caseapp", "ui") for p in python_files(folder)]
                         + [ROOT / "main.py"], ids=lambda p: str(p.relative_to(ROOT)))
def test_the_time_comes_only_from_the_clock(path):
    """Today and now come from the one Clock object (fixed in tests), so no date or hour decides an outcome."""
    if path.relative_to(ROOT).as_posix() in REAL_TIME_ALLOWED:
        return
    assert not clock_reads(path), f"{path.relative_to(ROOT)} reads the real clock: {clock_reads(path)}"


def test_the_clock_check_finds_a_real_clock_read(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import datetime, time\nfrom datetime import date\n"
                      "a = date.today()\nb = datetime.datetime.now()\nc = time.time()\n", encoding="utf-8")
    assert [line for _, line in clock_reads(sample)] == [3, 4, 5]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_cycles(folder: str = "caseapp") -> list[list[str]]:
    """Cycles among our modules, counting imports inside functions too (a function-local import only hides
    a cycle; it does not remove it). Importing a package counts as importing its __init__."""
    modules = {_module_name(p): p for p in python_files(folder)}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported, _ in imports_of(path):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and not name.startswith(imported + "."):
                targets.add(imported)
        graph[name] = targets
    cycles, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                cycles.append(trail[trail.index(target):] + [target])
            elif target not in state:
                visit(target, trail + [target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return cycles


def test_no_import_cycles_in_the_package():
    assert import_cycles() == []


def test_the_architecture_document_names_every_module():
    """docs/architecture.md describes the code as it is: a module it does not name is a module nobody told about."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = []
    for folder in ("caseapp/domain", "caseapp/storage", "caseapp/services", "caseapp/cli"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name == "__init__.py" or "migrations" in path.parts:
                continue
            if path.name not in text and path.stem not in text:
                missing.append(path.relative_to(ROOT).as_posix())
    assert not missing, f"docs/architecture.md does not mention {missing}"
