"""The one answer to "may this role do this action on this case?" (caseapp/domain/rules.py), for the services and
the central server alike."""

from __future__ import annotations

import pytest

from caseapp.domain.rules import case_action_refusal


def refusal(**overrides):
    values = dict(role="clerk", actor_office="UB-BZD", action="start", state="registered", owner_office="UB-BZD")
    values.update(overrides)
    found = case_action_refusal(**values)
    return None if found is None else (found.kind, found.key)


def test_a_clerk_of_the_owning_office_starts_a_registered_case():
    assert refusal() is None


@pytest.mark.parametrize("overrides, expected", [
    ({"role": "auditor"}, ("permission", "permission.role")),                       # who
    ({"role": "clerk", "action": "extend"}, ("permission", "permission.role")),
    ({"actor_office": "UB-SBD"}, ("permission", "case.other_office")),               # whose case
    ({"state": "closed"}, ("state", "case.state_refuses")),                          # when
    ({"action": "note", "actor_office": "UB-SBD"}, ("permission", "case.note_outsider")),
])
def test_each_reason_not_to(overrides, expected):
    assert refusal(**overrides) == expected


def test_the_office_a_case_is_offered_to_may_write_a_note_but_not_act():
    assert refusal(action="note", actor_office="UB-SBD", transfer_to="UB-SBD", state="in_progress") is None
    assert refusal(action="start", actor_office="UB-SBD", transfer_to="UB-SBD") == ("permission",
                                                                                    "case.other_office")


def test_who_comes_before_when():
    """A role that may not act is told so, whatever the state (the server answers the same way)."""
    assert refusal(role="auditor", state="closed") == ("permission", "permission.role")
    assert refusal(role="manager", action="extend", state="in_progress") is None


def test_every_reason_the_rules_give_is_said_in_both_languages():
    """The refusals' keys are built in the domain, where the catalogue walk does not see them as raise sites."""
    import ast
    from pathlib import Path

    from caseapp.text import has

    source = Path(__file__).resolve().parents[2] / "caseapp" / "domain" / "rules.py"
    keys = {node.args[1].value for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Refusal"}
    assert keys == {"permission.role", "case.note_outsider", "case.other_office", "case.state_refuses"}
    assert all(has(key) for key in keys)
