#!/usr/bin/env python3
"""Which path of which check raised each error/warning finding of the events sets, counted against gold.

The audit's precision on sets nobody tuned on is its worst figure, and it is decided by a few paths
(a rule, and inside ``agreement`` the branch whose explanation a finding carries) that fire for many
pairs at once. This runs ``python3 -m auditor audit`` on every event of the sets given (the code of
this checkout), matches each error/warning finding to the gold the way ``shared/eval/audit_score.py``
does (a finding covers a pair when it cites a claim inside each quote), and tallies per path: findings
that cover a gold ``consistent`` pair (whatever else they cover: the scorer counts them flagged), that
cover a gold conflict (strong or weak), and that cover neither, with what the gold says of the claims
such a finding cites (their ``quantity_key`` and ``source_key``, when the gold annotates them)::

    python3 benchmarks/false_alarms.py --all --skip events_heldout22 --skip events_heldout23
    python3 benchmarks/false_alarms.py benchmarks/events_heldout20 --detail   # one line a false alarm

A path that covers no conflict more often than one is a policy to narrow, not a phrasing to fix.
It also prints, per set, the scorer's strong recall and precision, so a policy change's trade is seen.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.audit_misses import body_of, sets_from  # noqa: E402

# the branch of the agreement check a finding's explanation names, first match wins
_AGREEMENT_PATHS = (
    ("a part exceeds its whole", "agreement: place share above the whole"),
    ("differ within tolerance", "agreement: within tolerance"),
    ("update from a misquote", "agreement: one authority, one day"),
    ("the lower figure came later", "agreement: cumulative, later lower"),
    ("so neither is an update", "agreement: cumulative, same day"),
)


def path_of(finding: dict, types: dict[str, str]) -> str:
    """The rule and, for an agreement finding, the branch that raised it."""
    rule = str(finding.get("rule"))
    if types.get(rule) != "agreement":
        return f"{types.get(rule, '?')}: {rule}"
    text = str(finding.get("explanation") or "") + " " + str(finding.get("message") or "")
    for needle, name in _AGREEMENT_PATHS:
        if needle in text:
            return f"{name} [{rule}]"
    return f"agreement: apart, not cumulative [{rule}]"


def inside(claim: dict, doc: str, span: tuple[int, int], quote: str) -> bool:
    """The scorer's test: the claim is of ``doc`` and its span overlaps the quote (or its text is in it)."""
    name = str(claim.get("doc", ""))
    if not (name == doc or name.endswith("/" + doc) or Path(name).name == doc or Path(name).stem == Path(doc).stem):
        return False
    start, end = claim.get("start"), claim.get("end")
    if isinstance(start, int) and isinstance(end, int) and start < span[1] and span[0] < end:
        return True
    text = (claim.get("text") or "").strip()
    return bool(text) and text in quote


def gold_says(finding: dict, gold_claims: list[dict], bodies: dict[str, str]) -> str:
    """What the gold annotates of the claims an unmatched finding cites."""
    keys: list[dict] = []
    for c in finding.get("claims", []):
        for g in gold_claims:
            body = bodies.get(g["doc"], "")
            s = body.find(g["quote"])
            if s >= 0 and inside(c, g["doc"], (s, s + len(g["quote"])), g["quote"]):
                keys.append(g)
                break
    if len({id(g) for g in keys}) < 2:
        return "cites <2 gold claims"
    qk = {g.get("quantity_key") for g in keys}
    if len(qk) > 1:
        return "gold: different quantities"
    sk = {g.get("source_key") for g in keys}
    asof = {g.get("as_of") for g in keys}
    return ("gold: one quantity, " + ("one source" if len(sk) == 1 else "several sources")
            + (", one as_of" if len(asof) == 1 else ", several as_of"))


def audit_event(event_dir: Path) -> list[dict]:
    proc = subprocess.run([sys.executable, "-m", "auditor", "audit", str(event_dir), "--format", "json",
                           "--fail-on", "never"], capture_output=True, text=True, cwd=ROOT)
    report = json.loads(proc.stdout)
    return [f for f in report.get("findings", []) if f.get("severity") in ("error", "warning")]


def rule_types() -> dict[str, str]:
    """rule id -> rule type of the built-in packs."""
    import yaml
    types: dict[str, str] = {}
    for pack in (ROOT / "rules" / "packs").glob("*.yaml"):
        for r in (yaml.safe_load(pack.read_text()) or {}).get("rules", []):
            types[r["id"]] = r.get("type", "?")
    return types


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="events set folders (layout of ../shared/eval/events)")
    ap.add_argument("--all", action="store_true", help="every events set (eval and benchmarks/events_heldout*)")
    ap.add_argument("--skip", action="append", default=[], metavar="SET", help="leave out this set (repeatable)")
    ap.add_argument("--path", help="print every finding of the paths containing this text, matched or not")
    ap.add_argument("--dump", type=Path, help="write each finding, its path and its gold label to this JSONL file")
    ap.add_argument("--detail", action="store_true", help="one line for each finding that covers no conflict")
    args = ap.parse_args(argv)
    sets = sets_from(args)
    if not sets:
        print("no events sets given (name folders, or --all)", file=sys.stderr)
        return 2
    types = rule_types()
    dump = args.dump.open("w") if args.dump else None
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    why: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    sole: collections.Counter[str] = collections.Counter()   # strong conflicts only this path finds
    print(f"{'set':<20}{'strong':>10}{'findings':>10}{'unmatched':>10}{'consistent':>11}{'precision':>10}")
    for folder in sets:
        gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines() if x.strip()]
        n_strong = found_strong = n_findings = bad = flagged = 0
        for event_dir in sorted((folder / "events").iterdir()):
            event = event_dir.name
            bodies = {p.name: body_of(p) for p in event_dir.glob("*.md")}
            findings = audit_event(event_dir)
            n_findings += len(findings)

            def covers(f: dict, pair: dict, bodies: dict[str, str] = bodies) -> bool:
                hits = []
                for side in ("a", "b"):
                    ref = pair[side]
                    s = bodies[ref["doc"]].find(ref["quote"])
                    hits.append(any(inside(c, ref["doc"], (s, s + len(ref["quote"])), ref["quote"])
                                    for c in f.get("claims", [])))
                return all(hits)

            conflicts = [g for g in gold if g["kind"] == "conflict" and g["event"] == event]
            consistent = [g for g in gold if g["kind"] == "consistent" and g["event"] == event]
            gold_claims = [g for g in gold if g["kind"] == "claim" and g["event"] == event]
            for c in conflicts:
                if c.get("strength", "strong") == "strong":
                    n_strong += 1
                    by = {path_of(f, types) for f in findings if covers(f, c)}
                    found_strong += bool(by)
                    if len(by) == 1:
                        sole[by.pop()] += 1
            for f in findings:
                p = path_of(f, types)
                hit = [c for c in conflicts if covers(f, c)]
                if args.path and args.path in p:
                    print(f"  {folder.name}/{event}: {p}: {'conflict' if hit else 'NO'}\n"
                          f"      {str(f.get('message'))[:200]}")
                # the scorer's order: a finding that covers a consistent pair flags it, whatever else it covers
                pair = next((c for c in consistent if covers(f, c)), None)
                if pair is not None:
                    hit = []
                if dump:
                    label = ("strong" if any(c.get("strength", "strong") == "strong" for c in hit) else "weak") \
                        if hit else "consistent" if pair else "none"
                    dump.write(json.dumps({"set": folder.name, "event": event, "path": p, "label": label,
                                           "finding": f}) + "\n")
                if hit:
                    strong = any(c.get("strength", "strong") == "strong" for c in hit)
                    table[p]["strong conflict" if strong else "weak conflict"] += 1
                    continue
                if pair is not None:
                    table[p]["consistent pair"] += 1
                    flagged += 1
                    reason = f"consistent: {pair.get('explain', '')[:70]}"
                else:
                    table[p]["no gold conflict"] += 1
                    bad += 1
                    reason = gold_says(f, gold_claims, bodies)
                why[p][reason.split(":")[0] if reason.startswith("consistent") else reason] += 1
                if args.detail:
                    print(f"  {folder.name}/{event}: {p}: {reason}\n      {str(f.get('message'))[:160]}")
        prec = round((n_findings - bad - flagged) / n_findings, 3) if n_findings else None
        print(f"{folder.name:<20}{f'{found_strong}/{n_strong}':>10}{n_findings:>10}{bad:>10}{flagged:>11}"
              f"{str(prec):>10}")
    cols = ("strong conflict", "weak conflict", "consistent pair", "no gold conflict")
    print(f"\n{'path':<72}" + "".join(f"{c[:12]:>14}" for c in cols) + f"{'sole strong':>13}")
    for p, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{p[:72]:<72}" + "".join(f"{counts[c]:>14}" for c in cols) + f"{sole[p]:>13}")
        for reason, n in why[p].most_common():
            print(f"{'':<8}{n:>4}  {reason}")
    total = collections.Counter()
    for counts in table.values():
        total.update(counts)
    print(f"{'all paths':<72}" + "".join(f"{total[c]:>14}" for c in cols) + f"{sum(sole.values()):>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
