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


# the right an event kind needs where it is not its action's name (the services pass the same)
PERMISSION_OF_KIND = {"case.registered": "register", "case.service_changed": "register",
                      "case.document_issued": "issue_documents", "case.conflict_resolved": "resolve_conflict",
                      "case.transfer_offered": "transfer", "case.transfer_accepted": "transfer",
                      "case.transfer_returned": "transfer", "case.transfer_withdrawn": "transfer",
                      "case.change_discarded": "resolve_sync"}
# what the office a case is offered to may do with it (besides notes)
TARGET_ACTIONS = frozenset({"accept_transfer", "return_transfer"})


def case_action_refusal(*, role: str, actor_office: str, action: str, state: str | None, owner_office: str,
                        transfer_to: str | None = None, permission: str | None = None) -> Refusal | None:
    """None if a user of ``role`` at ``actor_office`` may do ``action`` on a case in ``state`` owned by
    ``owner_office`` (a note, and the answer to a transfer, may also come from the office it is offered to);
    else the first reason not to. ``permission``: the right the action needs when it is not named after it.
    ``state`` None: who, not when (the server on push: an action that was legal where it was made but meets a
    concurrent one is the fold's to flag, not a refusal)."""
    needed = permission or action
    if not permissions.allowed(role, needed):
        return Refusal("permission", "permission.role", "", {"role": role, "action": needed})
    if action == "note":
        if actor_office not in (owner_office, transfer_to):
            return Refusal("permission", "case.note_outsider", "case")
    elif action in TARGET_ACTIONS and transfer_to is not None and actor_office == transfer_to:
        pass
    elif owner_office != actor_office:
        return Refusal("permission", "case.other_office", "case", {"office": owner_office})
    if state is not None and not states.can(action, state):
        return Refusal("state", "case.state_refuses", "state", {"state": state, "action": action})
    return None
