#!/usr/bin/env bash
# Install what the tests need (first time only), start a private PostgreSQL, check lint and types, and run the
# whole test suite; then the tests that depend on the day and hour again at two instants far apart (a Friday
# afternoon, and the early morning of a public holiday, when the UTC date is still the day before). Extra
# arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh --test
# the central server's tests run on a real PostgreSQL too: a private one, started here and stopped at the end
# (or the one named by CASEAPP_TEST_POSTGRES_URL)
if [ -z "${CASEAPP_TEST_POSTGRES_URL:-}" ]; then
    pg_dir="${TMPDIR:-/tmp}/caseapp-test-postgres-$(id -u)"
    CASEAPP_TEST_POSTGRES_URL=$(scripts/postgres.sh start "$pg_dir" "${CASEAPP_TEST_POSTGRES_PORT:-55432}")
    export CASEAPP_TEST_POSTGRES_URL
    trap 'scripts/postgres.sh stop "$pg_dir"' EXIT
fi
.venv/bin/ruff check .
.venv/bin/mypy
# on every core (-n auto; the tests share no files, each makes its own databases and displays)
.venv/bin/python -m pytest -n auto "$@"
OTHER_INSTANTS=("2027-06-11T16:55:00+08:00" "2028-02-28T06:30:00+08:00")
for instant in "${OTHER_INSTANTS[@]}"; do
    echo "test.sh: the date-dependent tests at $instant" >&2
    status=0
    CASEAPP_TEST_NOW="$instant" .venv/bin/python -m pytest -n auto -m dates "$@" || status=$?
    # 5: the tests asked for include none that depend on the date
    [ "$status" -eq 0 ] || [ "$status" -eq 5 ] || exit "$status"
done
