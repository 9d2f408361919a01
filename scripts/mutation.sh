#!/usr/bin/env bash
# Mutation testing of the pure domain rules (caseapp/domain) with mutmut 3, configured in [tool.mutmut] of
# pyproject.toml, then the score per module.
#
#   scripts/mutation.sh              fresh run (deletes mutants/), then the scores
#   scripts/mutation.sh --report     only the scores of the last run
#   scripts/mutation.sh --tables     also the pass over the module-level rule tables (which mutmut does not mutate)
#   MUTMUT_CHILDREN=2 scripts/mutation.sh    more workers (default 1: the machine is shared)
#
# Killed = killed + timeout (as mutmut counts); "no tests" and "survived" are not killed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
CHILDREN="${MUTMUT_CHILDREN:-1}"
REPORT_ONLY=0
TABLES=0
for arg in "$@"; do
    case "$arg" in
        --report) REPORT_ONLY=1 ;;
        --tables) TABLES=1 ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done

if ! "$PY" -c 'import mutmut, sys; sys.exit(0 if mutmut.__version__.startswith("3.") else 1)' 2>/dev/null; then
    .venv/bin/pip install --quiet 'mutmut>=3,<4'
fi

if [ "$REPORT_ONLY" = 0 ]; then
    rm -rf mutants
    # nice: the other processes on the machine (the test suite, the UI) keep their speed
    nice -n 10 .venv/bin/mutmut run --max-children "$CHILDREN" || true
fi

.venv/bin/mutmut results --all true > mutants/results.txt
"$PY" - mutants/results.txt <<'EOF'
import collections, re, sys

counts = collections.defaultdict(collections.Counter)
for line in open(sys.argv[1], encoding="utf-8"):
    match = re.match(r"\s*(caseapp\.domain\.\w+)\.\S+:\s*(.+?)\s*$", line)
    if match:
        counts[match[1]][match[2]] += 1
print(f"{'module':32} {'mutants':>7} {'killed':>7} {'timeout':>7} {'survived':>8} {'no tests':>8} {'score':>7}")
total = collections.Counter()
for module in sorted(counts):
    c = counts[module]
    total.update(c)
    n = sum(c.values())
    killed = c["killed"] + c["timeout"]
    print(f"{module:32} {n:7} {c['killed']:7} {c['timeout']:7} {c['survived']:8} {c['no tests']:8} "
          f"{100 * killed / n:6.1f}%")
n = sum(total.values())
if n:
    print(f"{'all':32} {n:7} {total['killed']:7} {total['timeout']:7} {total['survived']:8} {total['no tests']:8} "
          f"{100 * (total['killed'] + total['timeout']) / n:6.1f}%")
print("survivors: .venv/bin/mutmut results; one diff: .venv/bin/mutmut show NAME")
EOF

if [ "$TABLES" = 1 ]; then
    # mutmut 3 mutates code inside functions only; the rules in module-level tables (the state machine's
    # allowed transitions, the fold's owner-only actions and written fields) are mutated here: each entry
    # added or removed in turn, the unit tests of states and fold run against it, a pass must fail.
    nice -n 10 "$PY" - <<'EOF'
import os, subprocess, sys
sys.path.insert(0, ".")
from caseapp.domain import states, fold

mutants = []
for action, allowed in states.ALLOWED_FROM.items():
    for state in states.STATES:
        mutants.append(("ALLOWED_FROM", action, state))
for action in sorted(states.ALLOWED_FROM):
    mutants.append(("OWNER_ONLY", action, ""))
for action, fields in fold.FIELDS_WRITTEN.items():
    for name in fields:
        mutants.append(("FIELDS_WRITTEN", action, name))

PATCH = r'''
import sys
from caseapp.domain import states, fold
table, key, item = sys.argv[1:4]
if table == "ALLOWED_FROM":
    states.ALLOWED_FROM[key] = states.ALLOWED_FROM[key] ^ {item}
elif table == "OWNER_ONLY":
    fold.OWNER_ONLY = fold.OWNER_ONLY ^ {key}
else:
    fields = fold.FIELDS_WRITTEN.get(key, ())
    fold.FIELDS_WRITTEN[key] = tuple(f for f in fields if f != item) if item in fields else fields + (item,)
import pytest
sys.exit(pytest.main(["-q", "-x", "-p", "no:cacheprovider", "tests/unit/test_states.py", "tests/unit/test_fold.py",
                      "tests/unit/test_fold_rules.py"]))
'''
survivors = []
for table, key, item in mutants:
    result = subprocess.run([sys.executable, "-c", PATCH, table, key, item], capture_output=True)
    if result.returncode == 0:
        survivors.append((table, key, item))
by_table = {}
for table, key, item in mutants:
    by_table.setdefault(table, [0, 0])[0] += 1
for table, key, item in survivors:
    by_table[table][1] += 1
for table, (n, alive) in by_table.items():
    print(f"tables: {table:15} {n:4} changes, {n - alive:4} killed ({100 * (n - alive) / n:.1f}%)")
for s in survivors:
    print("  survived:", *s)
EOF
fi
