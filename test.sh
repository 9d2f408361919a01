#!/usr/bin/env bash
# Install what the tests need (first time only) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh --test
exec .venv/bin/python -m pytest "$@"
