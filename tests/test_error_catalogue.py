"""Errors carry a catalogue key, never finished text: every key a raise site names is in both catalogues, and
the English catalogue says everything in English.

A plain ``ast`` walk (like tests/test_architecture.py): every construction of an error of ``caseapp/errors.py``
(or of a subclass defined under caseapp/) whose first argument is a string must name its key with a literal that
both catalogues define; an f-string as the key is refused (it is either finished text or a key nobody can check).
"""

from __future__ import annotations

import ast
from fnmatch import fnmatch
from pathlib import Path
import re
import string

import pytest

from caseapp.text import CATALOGUES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "caseapp"

# Paths (relative to caseapp/, glob patterns) that the walk leaves out: code another engineer is converting.
# Remove a pattern once its code is converted.
NOT_YET_CHECKED: tuple[str, ...] = ()

ERROR_BASES = {"CaseAppError", "ValidationError", "NotFoundError", "PermissionDenied", "ConflictError",
               "StorageError", "SyncError", "CancelledError"}

# Keys built from a code the domain gives (file, the f-string's literal prefix): every key of the family must
# exist. caseapp/services/citizens.py turns a RegisterNumberError's reason code into "register.<code>".
KEY_FAMILIES = {
    ("services/citizens.py", "register."): ("empty", "letters", "latin", "format", "date", "future"),
}

# English text that must quote Cyrillic (an example register number, the letters a register number may have).
CYRILLIC_IN_ENGLISH = {"register.format", "register.letters"}

CYRILLIC = re.compile("[\u0400-\u04FF]")


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _checked_files() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if not any(fnmatch(_relative(p), pattern) for pattern in NOT_YET_CHECKED)]


def _trees() -> dict[str, ast.Module]:
    return {_relative(p): ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(PACKAGE.rglob("*.py"))}


def _base_names(node: ast.ClassDef) -> set[str]:
    return {b.id if isinstance(b, ast.Name) else b.attr for b in node.bases if isinstance(b, (ast.Name, ast.Attribute))}


def error_classes(trees: dict[str, ast.Module]) -> set[str]:
    """The error classes of caseapp/errors.py and every class under caseapp/ derived from one of them."""
    names = set(ERROR_BASES)
    classes = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            if cls.name not in names and _base_names(cls) & names:
                names.add(cls.name)
                grew = True
    return names


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
            and isinstance(func.value.func, ast.Name) and func.value.func.id == "super")


def error_constructions(tree: ast.Module, classes: set[str]):
    """(line, first argument) of each construction of an error class, ``super().__init__`` of one included."""
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        if cls.name in classes:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call) and _is_super_init(n)]:
                if call.args:
                    yield call.lineno, call.args[0]
    for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
        if _called_name(call) in classes and call.args:
            yield call.lineno, call.args[0]


def _literal_prefix(node: ast.JoinedStr) -> str:
    first = node.values[0] if node.values else None
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""


def key_problems() -> list[str]:
    trees = _trees()
    classes = error_classes(trees)
    mn, en = CATALOGUES["mn"], CATALOGUES["en"]
    checked = {_relative(p) for p in _checked_files()}
    problems = []
    for name in sorted(checked):
        for line, arg in error_constructions(trees[name], classes):
            where = f"caseapp/{name}:{line}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                missing = [lang for lang, catalogue in (("mn", mn), ("en", en)) if arg.value not in catalogue]
                if missing:
                    problems.append(f"{where}: key {arg.value!r} missing from {', '.join(missing)}")
            elif isinstance(arg, ast.JoinedStr):
                family = KEY_FAMILIES.get((name, _literal_prefix(arg)))
                if family is None or len(arg.values) != 2:
                    problems.append(f"{where}: an f-string is not a catalogue key: {ast.unparse(arg)[:80]}")
                    continue
                prefix = _literal_prefix(arg)
                problems += [f"{where}: key {prefix + code!r} missing from {lang}" for code in family
                             for lang, catalogue in (("mn", mn), ("en", en)) if prefix + code not in catalogue]
        for call in [n for n in ast.walk(trees[name]) if isinstance(n, ast.Call) and _called_name(n) == "Term"]:
            arg = call.args[0] if call.args else None
            literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            if literal and not (arg.value in mn and arg.value in en):
                problems.append(f"caseapp/{name}:{call.lineno}: Term key {arg.value!r} missing from a catalogue")
    return problems


def test_every_raise_site_names_a_key_of_both_catalogues():
    assert key_problems() == []


def test_the_walk_sees_the_raise_sites():
    """The walk is not vacuous: it finds the converted services and the subclass defined in workflow.py."""
    trees = _trees()
    classes = error_classes(trees)
    assert "DuplicateCandidates" in classes
    found = {name: len(list(error_constructions(trees[name], classes))) for name in trees}
    assert found["services/workflow.py"] >= 22 and found["services/users.py"] >= 10
    assert sum(found[_relative(p)] for p in _checked_files()) >= 90


def test_an_f_string_or_an_unknown_key_is_caught(tmp_path):
    source = ("from caseapp.errors import ValidationError\n"
              "class Refused(ValidationError):\n"
              "    def __init__(self):\n"
              "        super().__init__('no.such.key')\n"
              "def f(x):\n"
              "    raise ValidationError(f'Хэрэг олдсонгүй: {x}', field='case')\n"
              "def g():\n"
              "    raise Refused()\n"
              "def h():\n"
              "    raise ValidationError('case.not_found', reference='x')\n")
    tree = ast.parse(source)
    classes = error_classes({"x.py": tree})
    args = [arg for _, arg in error_constructions(tree, classes)]
    assert "Refused" in classes and len(args) == 3
    assert isinstance(args[0], ast.Constant) and args[0].value == "no.such.key"
    assert sum(isinstance(a, ast.JoinedStr) for a in args) == 1
    assert any(isinstance(a, ast.Constant) and a.value == "case.not_found" for a in args)


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def test_both_catalogues_have_the_same_keys():
    mn, en = CATALOGUES["mn"], CATALOGUES["en"]
    assert sorted(mn.keys() - en.keys()) == [] and sorted(en.keys() - mn.keys()) == []


@pytest.mark.parametrize("key", sorted(CATALOGUES["mn"]))
def test_both_languages_fill_in_the_same_values(key):
    assert _placeholders(CATALOGUES["mn"][key]) == _placeholders(CATALOGUES["en"].get(key, ""))


def test_the_english_catalogue_is_english():
    cyrillic = sorted(k for k, v in CATALOGUES["en"].items() if CYRILLIC.search(v) and k not in CYRILLIC_IN_ENGLISH)
    assert cyrillic == []
    assert all(k in CATALOGUES["en"] for k in CYRILLIC_IN_ENGLISH)       # the allow-list names real keys


def test_labels_name_every_state_action_and_role():
    from caseapp.domain import permissions, states

    for lang in ("mn", "en"):
        catalogue = CATALOGUES[lang]
        assert all(f"state.{s}" in catalogue and f"case_state.{s}" in catalogue for s in states.STATES)
        assert all(f"role.{r}" in catalogue for r in permissions.ROLES)
        assert all(f"action.{a}" in catalogue for a in states.ALLOWED_FROM
                   if a not in ("offer_transfer", "accept_transfer", "return_transfer"))
