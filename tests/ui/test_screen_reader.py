"""The program as a screen reader reads it: over the real accessibility bus (AT-SPI on D-Bus), on a real X
display of 1366x768, with the program started as a clerk starts it (main.py). pyatspi (the library Orca uses)
walks the windows, types the sign-in as an assistive tool does and presses the buttons and menu items by name."""

from __future__ import annotations

import json
import os
from pathlib import Path
import shutil
import subprocess
import sys
import time

import pytest

from caseapp.services import demo

ROOT = Path(__file__).resolve().parents[2]
WALK = ROOT / "tests" / "ui" / "atspi_walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"


def missing(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} on CI: scripts/bootstrap.sh --test installs it")
    pytest.skip(f"{reason} (scripts/bootstrap.sh --test installs it)")


@pytest.fixture(scope="module")
def accessibility_bus(x_display):
    """A D-Bus session with the AT-SPI bus and registry running, as a desktop with a screen reader has."""
    launcher, registry = Path("/usr/libexec/at-spi-bus-launcher"), Path("/usr/libexec/at-spi2-registryd")
    if not (launcher.exists() and registry.exists() and shutil.which("dbus-launch")):
        missing("the accessibility bus (at-spi2-core, dbus-x11) is not installed")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        missing("pyatspi (python3-pyatspi) is not installed")
    env = {**os.environ, "DISPLAY": x_display}
    started = subprocess.run(["dbus-launch", "--sh-syntax"], capture_output=True, text=True, env=env, check=True)
    for line in started.stdout.splitlines():
        if "=" in line and line.startswith("DBUS_SESSION_BUS"):
            key, value = line.split("=", 1)
            env[key] = value.rstrip(";").strip("'")
    services = [subprocess.Popen([str(launcher), "--launch-immediately"], env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)]
    time.sleep(0.5)
    services.append(subprocess.Popen([str(registry)], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL))
    time.sleep(0.5)
    yield env
    for service in services:
        service.terminate()
    subprocess.run(["kill", env.get("DBUS_SESSION_BUS_PID", "0")], check=False)


def read_window(env, window: str, *, type_in: dict[str, str] | None = None, press: str | None = None) -> list[dict]:
    command = [SYSTEM_PYTHON, str(WALK), "caseapp", window]
    for name, text in (type_in or {}).items():
        command += ["--type", f"{name}={text}"]
    if press:
        command += ["--press", press]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=90)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and lines and "controls" in lines[0], (result.stdout, result.stderr[-2000:])
    return lines[0]["controls"]


def unnamed(controls: list[dict]) -> list[tuple[dict, dict | None]]:
    """Focusable controls without a name, each with the control before it (where it is on the form)."""
    return [(c, controls[i - 1] if i else None) for i, c in enumerate(controls)
            if c["focusable"] and not c["name"].strip()]


def test_a_screen_reader_names_every_control_from_sign_in_to_the_intake(accessibility_bus, tmp_path):
    env = {**accessibility_bus, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    program = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "demo.sqlite3"),
                                "--demo", "--demo-cases", "300"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        login = read_window(env, "Нэвтрэх", type_in={"Нэвтрэх нэр": "demo.clerk1", "Нууц үг": demo.DEMO_PASSWORD},
                            press="Нэвтрэх")
        assert not unnamed(login), unnamed(login)
        notice = next(c for c in login if c["name"] == "Мэдэгдэл")
        assert notice["focusable"] and "demo.clerk1" in notice["description"] \
            and demo.DEMO_PASSWORD in notice["description"]          # the demo users, read out

        main = read_window(env, "Хэрэг хөтлөлт", press="Шинэ хэрэг…")
        assert not unnamed(main), unnamed(main)
        table = next(c for c in main if c["role"] == "table" and c["name"] == "Хэргүүд")
        assert table["rows"] > 0 and "Хэргийн дугаар" in table["headers"], table
        names = {c["name"] for c in main}
        assert {"Дараалал", "Хайх", "Хэргүүд"} <= names, sorted(names)

        intake = read_window(env, "Шинэ хэрэг")
        assert not unnamed(intake), unnamed(intake)
        fields = {c["name"] for c in intake if c["role"] in ("text", "combo box")}
        assert {"Регистрийн дугаар", "Овог", "Нэр", "Үйлчилгээ", "Товч утга"} <= fields, sorted(fields)
    finally:
        program.kill()
        output, _ = program.communicate(timeout=10)
    assert "Traceback" not in output, output[-3000:]
