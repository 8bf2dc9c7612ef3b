"""The long run of the sync convergence proof (not part of the test suite).

    python3 -m benchmarks.convergence [--examples 200] [--database sqlite,postgresql]

Runs the hypothesis state machine of tests/sync/test_convergence.py (three laptops and a real
server: imports, the same picture on two laptops, edits, moves, merges, splits, deletes, syncs cut
at random steps, restores from a backup) with random seeds and the given number of examples per
database, and prints the time it took. A failure prints the history of the failing example.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="examples per database")
    parser.add_argument("--database", default="sqlite,postgresql")
    args = parser.parse_args()
    status = 0
    for database in args.database.split(","):
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             "tests/sync/test_convergence.py", "-k", database],
            cwd=REPO,
            env={**os.environ, "SURVEYAPP_CONVERGENCE_EXAMPLES": str(args.examples)},
        )  # fmt: skip
        seconds = time.monotonic() - started
        result = "every laptop equal to the server" if done.returncode == 0 else "FAILED"
        print(f"{database}: {args.examples} random examples in {seconds:.0f} s: {result}")
        status = status or done.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
