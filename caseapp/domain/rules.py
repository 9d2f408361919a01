"""May this role do this action on a case in this state, owned by this office? One answer, for the services
(before they write) and for the central server (when a workstation pushes an event it made offline)."""

from __future__ import annotations

from dataclasses import dataclass, field as dataclass_field
from typing import Any

from caseapp.domain import permissions, states


@dataclass(frozen=True)
class Refusal:
    """Why not: ``kind`` is "permission" (who) or "state" (when); ``key`` is the catalogue key of the message,
    ``field`` the field it is about, ``values`` the message's values (codes: the caller words them)."""
    kind: str
    key: str
    field: str
    values: dict[str, Any] = dataclass_field(default_factory=dict)


def case_action_refusal(*, role: str, actor_office: str, action: str, state: str, owner_office: str,
                        transfer_to: str | None = None, permission: str | None = None) -> Refusal | None:
    """None if a user of ``role`` at ``actor_office`` may do ``action`` on a case in ``state`` owned by
    ``owner_office`` (a note may also come from the office a transfer is offered to); else the first reason
    not to. ``permission``: the right the action needs when it is not named after it."""
    needed = permission or action
    if not permissions.allowed(role, needed):
        return Refusal("permission", "permission.role", "", {"role": role, "action": needed})
    if action == "note":
        if actor_office not in (owner_office, transfer_to):
            return Refusal("permission", "case.note_outsider", "case")
    elif owner_office != actor_office:
        return Refusal("permission", "case.other_office", "case", {"office": owner_office})
    if not states.can(action, state):
        return Refusal("state", "case.state_refuses", "state", {"state": state, "action": action})
    return None
