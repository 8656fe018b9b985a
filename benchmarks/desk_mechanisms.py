#!/usr/bin/env python3
"""Which step lost each planted error of the desk sets, and how often each rule's findings hit the planted
pair, over every set at once (a round reads this before changing a relation's or a check's policy).

It audits each draft in-process (as ``shared/eval/desk_score.py`` does through the command line: a planted
error is caught by an error or warning finding involving a claim inside quote ``a`` and, where given,
``b``; a clean draft is flagged by an error finding) and names, for each miss, the first step that failed:

* ``not extracted``: no claim inside ``a`` (or ``b``);
* ``relation not found``: no relation of extraction (``part_of``, ``list_of``, ``share_of``,
  ``change_from``, ``same_as``, ``earlier``...) ties a claim of ``a`` to one of ``b``, and no finding does;
* ``relation found, no finding``: a relation ties them, the check did not fire (a guard held);
* ``info only``: a finding ties them, as a note;
* ``wrong pair``: a finding involves one of the quotes, with another figure.

Findings table: for each rule and severity, findings on the planted pair (right), on one quote of it
(half), on neither (other), and on clean drafts (clean). Wrong findings on planted drafts are what
unseen clean drafts show as false alarms::

    python3 benchmarks/desk_mechanisms.py --all --skip desk_heldout21 --skip desk_heldout22
    python3 benchmarks/desk_mechanisms.py benchmarks/desk_heldout20 --detail
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.audit import audit  # noqa: E402
from auditor.documents import read_documents  # noqa: E402
from auditor.run import load_rules  # noqa: E402
from benchmarks.audit_misses import body_of  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "desk"
RELATIONS = ("part_of", "list_of", "share_of", "share_part", "share_list", "change_from", "change_by", "same_as",
             "earlier")


def involves(c: dict, body: str, quote: str, title: str) -> bool:
    """The scorer's test: the claim's span overlaps the quote, or a title claim's text is in it."""
    start = body.find(quote)
    s, e = c.get("start"), c.get("end")
    if isinstance(s, int) and isinstance(e, int) and start >= 0 and s < start + len(quote) and start < e:
        return True
    text = (c.get("text") or "").strip()
    return bool(text and text in quote and (quote in body or quote in title))


def judge(g: dict, claims: list[dict], findings: list[dict], body: str, title: str) -> str:
    """The first step that lost a planted error, or "caught"."""
    def on(f: dict, quote: str | None) -> bool:
        return not quote or any(involves(c, body, quote, title) for c in f["claims"])

    serious = [f for f in findings if f["severity"] in ("error", "warning")]
    if any(on(f, g["a"]) and on(f, g.get("b")) for f in serious):
        return "caught"
    in_a = [c for c in claims if involves(c, body, g["a"], title)]
    in_b = [c for c in claims if g.get("b") and involves(c, body, g["b"], title)]
    if not in_a or g.get("b") and not in_b:
        return "not extracted"
    if any(on(f, g["a"]) and on(f, g.get("b")) for f in findings):
        return "info only"
    if any(on(f, g["a"]) or g.get("b") and on(f, g["b"]) for f in serious):
        return "wrong pair"
    ids = {c["id"] for c in in_a + in_b}
    tied = any(c.get(name) in ids for c in in_a + in_b for name in RELATIONS)
    return "relation found, no finding" if tied else "relation not found"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--all", action="store_true", help="the eval desk and every benchmarks/desk_heldout*")
    ap.add_argument("--skip", action="append", default=[], metavar="SET", help="leave out this set (repeatable)")
    ap.add_argument("--detail", action="store_true", help="one line a missed error and a flagged clean draft")
    args = ap.parse_args(argv)
    sets = list(args.sets)
    if args.all:
        held = [p for p in (ROOT / "benchmarks").glob("desk_heldout*") if (p / "gold.jsonl").exists()]
        sets = [EVAL, *sorted(held, key=lambda p: int(p.name[len("desk_heldout"):] or 1))]
    sets = [s for s in sets if s.name not in args.skip]
    ruleset, vocab = load_rules()
    steps: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    verdicts: collections.Counter = collections.Counter()
    for folder in sets:
        gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line.strip()]
        caught = planted = flagged = 0
        for g in gold:
            path = folder / "docs" / g["doc"]
            raw = path.read_text(encoding="utf-8")
            title = raw.split("title:", 1)[1].split("\n", 1)[0] if "title:" in raw else ""
            body = body_of(path)
            docs, _ = read_documents([str(path)])
            result = audit(docs, ruleset, vocab)
            findings = [f.to_dict() for f in result.findings]
            claims = [c.to_dict() for c in result.claims]
            for f in findings:
                if f["severity"] not in ("error", "warning"):
                    continue
                a = not g["clean"] and any(involves(c, body, g["a"], title) for c in f["claims"])
                b = not g["clean"] and (not g.get("b") or any(involves(c, body, g["b"], title) for c in f["claims"]))
                b_only = bool(g.get("b")) and b
                verdicts[(f["rule"], f["severity"],
                          "clean" if g["clean"] else "right" if a and b else "half" if a or b_only else "other")] += 1
            if g["clean"]:
                bad = [f for f in findings if f["severity"] == "error"]
                flagged += bool(bad)
                if bad and args.detail:
                    print(f"  flagged {folder.name}/{g['doc']}: {bad[0]['rule']}: {bad[0]['message'][:100]}")
                continue
            planted += 1
            step = judge(g, claims, findings, body, title)
            caught += step == "caught"
            steps[g["type"]][step] += 1
            if step != "caught" and args.detail:
                print(f"  {step}: {folder.name}/{g['doc']} ({g['type']})")
        name = "eval desk" if folder == EVAL else folder.name
        print(f"{name:<18} {caught:>3} of {planted:<3} clean flagged {flagged}")
    print("\nplanted errors by type and step")
    for kind in sorted(steps):
        print(f"  {kind:<30} " + ", ".join(f"{k} {v}" for k, v in steps[kind].most_common()))
    print("\nfindings by rule: right / half / other / clean")
    for rule, severity in sorted({k[:2] for k in verdicts}):
        row = [verdicts[(rule, severity, v)] for v in ("right", "half", "other", "clean")]
        print(f"  {rule:<40} {severity:<8} " + " / ".join(map(str, row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
