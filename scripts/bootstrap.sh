#!/usr/bin/env bash
# Prepare this machine and the project's virtual environment (.venv). Safe to run again: it only installs
# what is missing. Usage: scripts/bootstrap.sh [--test]
#   (no flag)  what the application needs: Python venv, Qt's system libraries, the app itself
#   --test     also what the tests need: pytest & co, Xvfb, poppler (pdftotext), zbar, chromium, LibreOffice Calc,
#              the accessibility bus and pyatspi (a screen reader's view), PostgreSQL (the central server)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

APP_DEBS=(python3 python3-venv python3-pip libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6
          libxkbcommon0 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
          libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0
          libxcb-xkb1 libx11-xcb1 fonts-dejavu-core)
TEST_DEBS=(xvfb poppler-utils zbar-tools libreoffice-calc-nogui at-spi2-core python3-pyatspi dbus-x11 postgresql chromium)

missing_debs() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
    done
}

install_debs() {
    local missing
    missing=$(missing_debs "$@")
    [ -z "$missing" ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "bootstrap: please install these system packages: $missing" >&2
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "bootstrap: installing system packages: $missing" >&2
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

if command -v dpkg-query >/dev/null; then
    install_debs "${APP_DEBS[@]}"
    [ "$want_test" = 1 ] && install_debs "${TEST_DEBS[@]}"
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "bootstrap: creating .venv with $($PYTHON --version)" >&2
    "$PYTHON" -m venv .venv
fi

extras=""
[ "$want_test" = 1 ] && extras="[test]"
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)${extras}"
if [ ! -f "$stamp" ]; then
    echo "bootstrap: installing the application${extras} into .venv" >&2
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
    touch "$stamp"
fi
