#!/usr/bin/env python3
"""Why the audit misses a gold conflict: one line per missed strong conflict, and a tally of causes.

For each event of each events set given, this runs ``python3 -m auditor claims`` and
``python3 -m auditor audit`` on the event's folder (the code of this checkout), finds the claims
inside each of a missed conflict's two quotes, and names the first cause that applies:

* ``not extracted``: no claim inside one of the quotes;
* ``intervals overlap``: the two claims' intervals, as extracted, overlap (so no conflict);
* ``key differs: place, thing, ...``: the two claims' ``quantity`` keys differ in these parts
  (place / period / thing / measure, as ``resolve`` builds the key);
* ``superseded``: one claim is given by its text as an earlier figure;
* ``same key, not flagged``: one key, apart intervals, and still no finding (the check judged it an
  update, or a window, source or place rule kept them apart).

It also lists findings that involve both claims of a gold ``consistent`` pair. The cause tally is
what a round should read before it fixes anything: it says which structural step loses the most
conflicts across every set, rather than which document does::

    python3 benchmarks/audit_misses.py benchmarks/events_heldout18 benchmarks/events_heldout19
    python3 benchmarks/audit_misses.py --all --skip events_heldout21      # every set but a fresh one
    python3 benchmarks/audit_misses.py --all --tally                      # the tally alone
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
KEY_PARTS = ("place", "period", "thing", "measure")


def run_json(args: list[str]) -> str:
    """stdout of ``python3 -m auditor ARGS`` run from this checkout."""
    proc = subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, cwd=ROOT)
    return proc.stdout


def body_of(path: Path) -> str:
    """A document's body, without its front matter (the offsets claims carry are into the body)."""
    raw = path.read_text(encoding="utf-8")
    if raw.startswith("---\n"):
        return raw[raw.index("\n---\n", 4) + 5:]
    return raw


def claims_in(claims: list[dict], doc: str, body: str, quote: str) -> list[dict]:
    """The extracted claims of ``doc`` whose span overlaps ``quote`` (the scorer's test)."""
    start = body.find(quote)
    if start < 0:
        return []
    end = start + len(quote)
    stem = Path(doc).stem
    return [c for c in claims if Path(str(c.get("doc", ""))).stem == stem
            and isinstance(c.get("start"), int) and c["start"] < end and start < c["end"]]


def overlap(a: dict, b: dict) -> bool:
    """Whether two extracted intervals overlap (open bounds as in the claims contract)."""
    lo_a, hi_a = a.get("low"), a.get("high")
    lo_b, hi_b = b.get("low"), b.get("high")

    def below(hi, hi_inc, lo, lo_inc) -> bool:   # interval ending at hi lies below one starting at lo
        if hi is None or lo is None:
            return False
        return hi < lo or (hi == lo and not (hi_inc and lo_inc))

    return not (below(hi_a, a.get("high_inclusive"), lo_b, b.get("low_inclusive"))
                or below(hi_b, b.get("high_inclusive"), lo_a, a.get("low_inclusive")))


def key_parts(claim: dict) -> tuple[str, ...]:
    """The ``quantity`` key split into its parts (place/period/thing/measure), padded."""
    parts = str(claim.get("quantity") or "").split("/")
    if len(parts) > len(KEY_PARTS):   # a period "a..b" has no slash; a place or thing may
        parts = ["/".join(parts[:-3]), *parts[-3:]]
    return tuple(parts + [""] * (len(KEY_PARTS) - len(parts)))


def cause(a_claims: list[dict], b_claims: list[dict]) -> str:
    """The first structural cause that explains a missed conflict between two quotes."""
    if not a_claims or not b_claims:
        return "not extracted"
    pairs = [(a, b) for a in a_claims for b in b_claims]
    if all(overlap(a, b) for a, b in pairs):
        return "intervals overlap"
    apart = [(a, b) for a, b in pairs if not overlap(a, b)]
    if any(a.get("quantity") and a.get("quantity") == b.get("quantity") for a, b in apart):
        if any(a.get("superseded") or b.get("superseded") for a, b in apart):
            return "superseded"
        return "same key, not flagged"
    a, b = apart[0]
    if not a.get("quantity") or not b.get("quantity"):
        return "key differs: no key"
    diff = [name for name, x, y in zip(KEY_PARTS, key_parts(a), key_parts(b)) if x != y]
    return "key differs: " + ", ".join(diff)


def involves_both(finding: dict, a_claims: list[dict], b_claims: list[dict]) -> bool:
    """Whether a finding cites a claim of each side."""
    cited = {(Path(str(c.get("doc"))).stem, c.get("start")) for c in finding.get("claims", [])}
    return (any((Path(str(c["doc"])).stem, c["start"]) in cited for c in a_claims)
            and any((Path(str(c["doc"])).stem, c["start"]) in cited for c in b_claims))


def _shown(claim: dict) -> str:
    """A claim's key, or what it lacks for one (its thing and measure) when it has none."""
    if claim.get("quantity"):
        return str(claim["quantity"])
    return f"no key: thing={claim.get('thing')!r} measure={claim.get('measure')!r}"


def diagnose(folder: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(cause, line) for each missed strong conflict of a set, and its flagged consistent pairs."""
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines() if x.strip()]
    misses: list[tuple[str, str]] = []
    flagged: list[str] = []
    for event_dir in sorted((folder / "events").iterdir()):
        event = event_dir.name
        bodies = {p.name: body_of(p) for p in event_dir.glob("*.md")}
        claims = [json.loads(x) for x in run_json(["claims", str(event_dir), "--format", "jsonl"]).splitlines()
                  if x.strip()]
        try:
            report = json.loads(run_json(["audit", str(event_dir), "--format", "json", "--fail-on", "never"]))
        except json.JSONDecodeError:
            misses.append(("audit failed", f"{folder.name}/{event}"))
            continue
        findings = [f for f in report.get("findings", []) if f.get("severity") in ("error", "warning")]

        for pair in gold:
            if pair.get("event") != event or pair["kind"] not in ("conflict", "consistent"):
                continue
            a_claims, b_claims = (claims_in(claims, pair[side]["doc"], bodies.get(pair[side]["doc"], ""),
                                            pair[side]["quote"]) for side in ("a", "b"))
            hit = any(involves_both(f, a_claims, b_claims) for f in findings)
            label = f"{folder.name}/{event}: {pair['a']['quote'][:40]!r} vs {pair['b']['quote'][:40]!r}"
            if pair["kind"] == "consistent":
                if hit:
                    flagged.append(label)
            elif pair.get("strength", "strong") == "strong" and not hit:
                why = cause(a_claims, b_claims)
                keys = ""
                if a_claims and b_claims:
                    keys = f"  [{_shown(a_claims[0])} | {_shown(b_claims[0])}]"
                misses.append((why, f"{label}{keys}"))
    return misses, flagged


def sets_from(args: argparse.Namespace) -> list[Path]:
    """The sets named, or every events set (the eval set and each held-out one) less the skipped."""
    if not args.all:
        return [Path(s) for s in args.sets]
    found = [p for p in (ROOT / "benchmarks").glob("events_heldout*") if (p / "gold.jsonl").exists()]
    found.sort(key=lambda p: int(p.name[len("events_heldout"):] or 1))
    if (EVAL / "events" / "gold.jsonl").exists():
        found.insert(0, EVAL / "events")
    return [p for p in found if p.name not in set(args.skip)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="events set folders (layout of ../shared/eval/events)")
    ap.add_argument("--all", action="store_true",
                    help="every events set: ../shared/eval/events and benchmarks/events_heldout*")
    ap.add_argument("--skip", action="append", default=[], metavar="SET", help="leave out this set (repeatable)")
    ap.add_argument("--tally", action="store_true", help="print the tally of causes only")
    args = ap.parse_args(argv)
    sets = sets_from(args)
    if not sets:
        print("no events sets given (name folders, or --all)", file=sys.stderr)
        return 2
    tally: collections.Counter[str] = collections.Counter()
    flagged_total = 0
    for folder in sets:
        misses, flagged = diagnose(folder)
        flagged_total += len(flagged)
        for why, line in misses:
            tally[why] += 1
            if not args.tally:
                print(f"{why:32} {line}")
        if not args.tally:
            for line in flagged:
                print(f"{'consistent pair flagged':32} {line}")
    print(f"\nmissed strong conflicts by cause ({sum(tally.values())} in {len(sets)} sets; "
          f"{flagged_total} consistent pairs flagged):")
    for why, n in tally.most_common():
        print(f"  {n:4}  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
