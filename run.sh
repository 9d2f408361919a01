#!/usr/bin/env bash
# Set up (first time only) and start the application. Extra arguments go to main.py, e.g. ./run.sh --db FILE
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
exec .venv/bin/python main.py "$@"
