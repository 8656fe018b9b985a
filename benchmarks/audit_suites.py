#!/usr/bin/env python3
"""Score the audit on the eval sets and every held-out set, one row per set.

Runs ``../shared/eval/audit_score.py`` on ``../shared/eval/events`` and each
``benchmarks/events_heldout*`` folder, and ``../shared/eval/desk_score.py`` on
``../shared/eval/desk`` and each ``benchmarks/desk_heldout*`` folder, with
``python3 -m auditor`` from this checkout, and prints their summary lines:

    python benchmarks/audit_suites.py                 # both families
    python benchmarks/audit_suites.py events          # the cross-source audit only
    python benchmarks/audit_suites.py desk --json     # one JSON object per set

Each held-out set was scored once before any code was changed for it; that
first score is in its README and in ``tests/test_eval_floors.py``. This prints
today's. Exits 0 with a message when ../shared (beside the checkout) is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
FAMILIES = {
    # family: (scorer, eval set, held-out folder prefix, summary fields printed)
    "events": ("audit_score.py", EVAL / "events", "events_heldout",
               ("strong_recall", "precision", "consistent_flagged", "claims_f1", "thing")),
    "desk": ("desk_score.py", EVAL / "desk", "desk_heldout", ("recall", "false_alarms", "clean", "run_errors")),
}


def held_out(prefix: str) -> list[Path]:
    """The held-out folders of one family in the order they were written (heldout, heldout2, ...)."""
    found = [p for p in (ROOT / "benchmarks").glob(prefix + "*") if (p / "gold.jsonl").exists()]
    return sorted(found, key=lambda p: int(p.name[len(prefix):] or 1))


def score(scorer: str, folder: Path) -> dict:
    """The scorer's last line (its JSON summary) for one set, or the error it printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, str(EVAL / scorer), "--auditor", f"{sys.executable} -m auditor",
                           "--set", str(folder)], capture_output=True, text=True, cwd=ROOT, env=env)
    lines = proc.stdout.strip().splitlines()
    try:
        return json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("family", nargs="*", metavar="FAMILY", help=f"one of {', '.join(FAMILIES)} (default: all)")
    ap.add_argument("--json", action="store_true", help="one JSON object per set")
    ap.add_argument("--skip", action="append", default=[], metavar="SET",
                    help="leave out this held-out set (e.g. events_heldout21: a fresh set kept unseen; repeatable)")
    args = ap.parse_args(argv)
    unknown = [f for f in args.family if f not in FAMILIES]
    if unknown:
        ap.error(f"unknown family {unknown[0]!r}: choose from {', '.join(FAMILIES)}")
    if not EVAL.is_dir():
        print(f"no evaluation sets at {EVAL}: nothing to score")
        return 0
    for family in args.family or FAMILIES:
        scorer, eval_set, prefix, fields = FAMILIES[family]
        if not args.json:
            print(f"{'set':<18}" + "".join(f"{f:>20}" for f in fields))
        for folder in [eval_set, *(p for p in held_out(prefix) if p.name not in args.skip)]:
            result = score(scorer, folder)
            name = folder.name if folder != eval_set else f"eval {family}"
            if args.json:
                print(json.dumps({"set": name, **result}))
            else:
                print(f"{name:<18}" + "".join(f"{str(result.get(f, result.get('error'))):>20}" for f in fields))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
