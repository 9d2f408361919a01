"""Fixtures of the desktop tests."""

from __future__ import annotations

import os
from pathlib import Path
import shutil
import subprocess
import time

import pytest

from tests.integration.central.conftest import Server, workstations  # noqa: F401 - the fixture, for these tests
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


@pytest.fixture(scope="module")
def x_display():
    """A real X display (Xvfb) of the common office screen, 1366x768."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Xvfb is missing on CI: scripts/bootstrap.sh --test installs it")
        pytest.skip("Xvfb is not installed (scripts/bootstrap.sh --test installs it)")
    for number in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    process = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.1)
    yield f":{number}"
    process.terminate()
    process.wait(10)


@pytest.fixture
def server(tmp_path: Path) -> Server:
    """A central server (its own process) over an SQLite file; the PostgreSQL path of the same code is the
    integration tests'."""
    running = Server(f"sqlite:///{tmp_path / 'central.sqlite3'}", tmp_path).start()
    yield running
    running.stop()
