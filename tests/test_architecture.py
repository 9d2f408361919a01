"""DESIGN.md section 2: the layout and the direction of imports, checked with a plain ast walk."""

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
                 "caseapp/cli.py", "caseapp/errors.py", "ui", "resources", "tests/unit", "tests/integration",
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
