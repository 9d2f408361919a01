"""Fixtures of the desktop tests."""

from __future__ import annotations

import pytest

from ui.i18n import install_language


@pytest.fixture
def mongolian(qapp):
    """The interface in Mongolian (the default), and back to it after a test that switched."""
    install_language(qapp, "mn")
    yield
    install_language(qapp, "mn")


@pytest.fixture
def runner(qtbot, qapp, mongolian):
    """A background runner of its own, drained and stopped after the test."""
    from ui.tasks import TaskRunner

    task_runner = TaskRunner()
    yield task_runner
    qtbot.waitUntil(lambda: task_runner.pending == 0, timeout=10_000)
    task_runner.shutdown()
