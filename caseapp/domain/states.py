"""The case state machine.

States: registered, in_progress, waiting (for the citizen; the clock is paused), decided, rejected, closed,
withdrawn, transferred_out (offered to another office, not yet accepted). "Overdue" and "due soon" are computed
from the due date, never stored.
"""

from __future__ import annotations

REGISTERED = "registered"
IN_PROGRESS = "in_progress"
WAITING = "waiting"
DECIDED = "decided"
REJECTED = "rejected"
CLOSED = "closed"
WITHDRAWN = "withdrawn"
TRANSFERRED_OUT = "transferred_out"

STATES = (REGISTERED, IN_PROGRESS, WAITING, DECIDED, REJECTED, CLOSED, WITHDRAWN, TRANSFERRED_OUT)
OPEN_STATES = frozenset({REGISTERED, IN_PROGRESS, WAITING, TRANSFERRED_OUT})
FINISHED_STATES = frozenset({DECIDED, REJECTED, CLOSED, WITHDRAWN})
WORKABLE = frozenset({REGISTERED, IN_PROGRESS})

# action -> states it may start from
ALLOWED_FROM: dict[str, frozenset[str]] = {
    "start": frozenset({REGISTERED}),
    "assign": frozenset({REGISTERED, IN_PROGRESS, WAITING}),
    "pause": WORKABLE,
    "resume": frozenset({WAITING}),
    "extend": frozenset({REGISTERED, IN_PROGRESS, WAITING}),
    "request_extension": frozenset({REGISTERED, IN_PROGRESS, WAITING}),
    "decline_extension": frozenset({REGISTERED, IN_PROGRESS, WAITING}),
    "change_service": frozenset({REGISTERED, IN_PROGRESS, WAITING}),
    "decide": WORKABLE,
    "close": frozenset({DECIDED, REJECTED}),
    "withdraw": frozenset({REGISTERED, IN_PROGRESS, WAITING}),
    "reopen": frozenset({DECIDED, REJECTED, CLOSED, WITHDRAWN}),
    "offer_transfer": frozenset({REGISTERED, IN_PROGRESS, WAITING}),
    "accept_transfer": frozenset({TRANSFERRED_OUT}),
    "return_transfer": frozenset({TRANSFERRED_OUT}),
    "note": frozenset(STATES),
}

DECISION_OUTCOMES = ("approved", "rejected", "answered")


class TransitionError(ValueError):
    def __init__(self, action: str, state: str) -> None:
        super().__init__(f"{action} is not allowed in state {state}")
        self.action = action
        self.state = state


def can(action: str, state: str) -> bool:
    return state in ALLOWED_FROM.get(action, frozenset())


def check(action: str, state: str) -> None:
    if not can(action, state):
        raise TransitionError(action, state)
