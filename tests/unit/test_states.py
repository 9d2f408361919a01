"""Every action in every state, the matrix written out by hand from docs/architecture.md §12 (states, the owner).

Read a row as: the action is allowed from the states marked 1. Columns, in order:
registered, in_progress, waiting (for the citizen, clock paused), decided, rejected, closed, withdrawn,
transferred_out (offered to another office, not yet accepted).
"""

import pytest

from caseapp.domain import states
from caseapp.domain.states import TransitionError, can, check

COLUMNS = ("registered", "in_progress", "waiting", "decided", "rejected", "closed", "withdrawn", "transferred_out")

MATRIX = {
    #                       reg ip  wait dec rej clo wd  out
    "start":               (1,  0,  0,   0,  0,  0,  0,  0),   # work starts on a registered case only
    "assign":              (1,  1,  1,   0,  0,  0,  0,  0),   # an open case of ours (an offered one is in limbo)
    "pause":               (1,  1,  0,   0,  0,  0,  0,  0),   # a paused case cannot be paused again
    "resume":              (0,  0,  1,   0,  0,  0,  0,  0),   # only a waiting case resumes
    "extend":              (1,  1,  1,   0,  0,  0,  0,  0),   # a deadline exists only while the case runs
    "request_extension":   (1,  1,  1,   0,  0,  0,  0,  0),
    "decline_extension":   (1,  1,  1,   0,  0,  0,  0,  0),
    "change_service":      (1,  1,  1,   0,  0,  0,  0,  0),
    "decide":              (1,  1,  0,   0,  0,  0,  0,  0),   # not while waiting for the citizen: resume first
    "close":               (0,  0,  0,   1,  1,  0,  0,  0),   # closing follows a decision (approved or rejected)
    "withdraw":            (1,  1,  1,   0,  0,  0,  0,  0),   # the citizen withdraws a running case
    "reopen":              (0,  0,  0,   1,  1,  1,  1,  0),   # any finished case can be reopened
    "offer_transfer":      (1,  1,  1,   0,  0,  0,  0,  0),   # a running case, not one already offered
    "accept_transfer":     (0,  0,  0,   0,  0,  0,  0,  1),
    "return_transfer":     (0,  0,  0,   0,  0,  0,  0,  1),
    "note":                (1,  1,  1,   1,  1,  1,  1,  1),   # notes are commutative: always
}

CELLS = [(action, state, bool(flag)) for action, row in MATRIX.items() for state, flag in zip(COLUMNS, row)]


def test_the_states_are_the_design_s_eight():
    assert set(states.STATES) == set(COLUMNS)
    assert states.OPEN_STATES == {"registered", "in_progress", "waiting", "transferred_out"}
    assert states.FINISHED_STATES == {"decided", "rejected", "closed", "withdrawn"}


def test_the_matrix_covers_every_action_of_the_code():
    assert set(states.ALLOWED_FROM) == set(MATRIX)


@pytest.mark.parametrize("action, state, allowed", CELLS, ids=[f"{a}-{s}" for a, s, _ in CELLS])
def test_action_in_state(action, state, allowed):
    assert can(action, state) is allowed
    if allowed:
        check(action, state)                   # no exception
    else:
        with pytest.raises(TransitionError) as info:
            check(action, state)
        assert (info.value.action, info.value.state) == (action, state)
        assert action in str(info.value) and state in str(info.value)


@pytest.mark.parametrize("action", ["fly", "register", "", "START"])
def test_an_unknown_action_is_never_allowed(action):
    for state in COLUMNS:
        assert can(action, state) is False
        with pytest.raises(TransitionError):
            check(action, state)


def test_no_action_from_an_unknown_state_but_a_note():
    assert not any(can(action, "archived") for action in MATRIX if action != "note")
    assert not can("note", "archived")


def test_a_transition_error_is_a_value_error():
    with pytest.raises(ValueError, match="close is not allowed in state registered"):
        check("close", "registered")
