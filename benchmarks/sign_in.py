"""Sign-in timing benchmark: an unknown user name must not answer faster than a known one with a wrong password.

    .venv/bin/python benchmarks/sign_in.py [--rounds 5]

Times, in one run on a fresh database, interleaved (unknown, known, unknown, known, ...) so that a busy machine
slows both alike:
- a sign-in with a user name no account has (a new name each round, so no lockout is reached);
- a sign-in with a known user name and a wrong password (a right one between rounds, untimed, so the failures
  never add up to a lockout);
- the baseline: one argon2 verify of the same password on its own.
Prints both medians and their difference. Budget: the medians differ by less than 80 ms (one argon2 check is
about 100-150 ms here, so an unknown name answered at once would be far over it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import PASSWORD, fresh_database, median_ms  # noqa: E402

from caseapp.errors import PermissionDenied  # noqa: E402
from caseapp.services import auth, users  # noqa: E402

BUDGET_MS = 80.0


def refused(work) -> float:
    started = time.perf_counter()
    try:
        work()
    except PermissionDenied:
        pass
    else:
        raise SystemExit("a sign-in that should have been refused was let in")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="caseapp-sign-in-"))
    db = fresh_database(folder / "sign_in.sqlite3")
    stored = auth.hash_password(PASSWORD)
    users.login(db, "admin", PASSWORD)                                          # warm-up: connection, caches
    refused(lambda: users.login(db, "warm.up", "wrong-password-1"))
    unknown, known, bare = [], [], []
    for i in range(args.rounds):
        unknown.append(refused(lambda: users.login(db, f"nobody.{i}", "wrong-password-1")))
        known.append(refused(lambda: users.login(db, "admin", "wrong-password-1")))
        users.login(db, "admin", PASSWORD)                                      # untimed: no lockout builds up
        started = time.perf_counter()
        auth.verify_password(stored, "wrong-password-1")
        bare.append(time.perf_counter() - started)
    db.close()
    unknown_ms, known_ms, bare_ms = median_ms(unknown), median_ms(known), median_ms(bare)
    difference = abs(unknown_ms - known_ms)
    print(f"rounds: {args.rounds} (interleaved)")
    print(f"unknown user name:            median {unknown_ms:8.1f} ms")
    print(f"known name, wrong password:   median {known_ms:8.1f} ms")
    print(f"baseline, one argon2 verify:  median {bare_ms:8.1f} ms")
    print(f"difference of the medians:    {difference:8.1f} ms (budget < {BUDGET_MS:.0f} ms): "
          f"{'OK' if difference < BUDGET_MS else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
