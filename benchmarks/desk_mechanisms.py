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

With ``--by-relation``, also which step of ``auditor/extract/relations.py`` set each relation a serious
finding rests on (the function that called ``_Links.set`` first for that field), tallied the same way: the
relation steps whose findings land on other figures or on clean drafts more often than on the planted pair
are the policies to narrow.
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
    ap.add_argument("--by-relation", action="store_true", help="tally findings by the relation step they rest on")
    args = ap.parse_args(argv)
    setters: dict[tuple[str, str], str] = {}
    if args.by_relation:
        _record_setters(setters)
    sets = list(args.sets)
    if args.all:
        held = [p for p in (ROOT / "benchmarks").glob("desk_heldout*") if (p / "gold.jsonl").exists()]
        sets = [EVAL, *sorted(held, key=lambda p: int(p.name[len("desk_heldout"):] or 1))]
    sets = [s for s in sets if s.name not in args.skip]
    ruleset, vocab = load_rules()
    steps: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    verdicts: collections.Counter = collections.Counter()
    by_step: collections.Counter = collections.Counter()
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
                verdict = "clean" if g["clean"] else "right" if a and b else "half" if a or b_only else "other"
                verdicts[(f["rule"], f["severity"], verdict)] += 1
                ids = {c["id"] for c in f["claims"]}
                for step in {setters[(c["id"], name)] for c in f["claims"] for name in RELATIONS
                             if c.get(name) in ids and (c["id"], name) in setters}:
                    by_step[(step, verdict)] += 1
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
    if args.by_relation:
        print("\nserious findings by the relation step they rest on: right / half / other / clean")
        for step in sorted({k[0] for k in by_step}, key=lambda x: -sum(by_step[(x, v)] for v in ("half", "other",
                                                                                                "clean"))):
            print(f"  {step:<40} " + " / ".join(str(by_step[(step, v)]) for v in ("right", "half", "other", "clean")))
    return 0


def _record_setters(setters: dict[tuple[str, str], str]) -> None:
    """Wrap ``_Links.set`` so that the first step to set each claim's relation field is remembered."""
    from auditor.extract import relations

    original = relations._Links.set

    def set_and_record(self, c, **fields):  # type: ignore[no-untyped-def]
        caller = sys._getframe(1).f_code.co_name
        for name, value in fields.items():
            if name in RELATIONS and value and not self.get(c, name):
                setters.setdefault((c.id, name), caller)
        original(self, c, **fields)

    relations._Links.set = set_and_record  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.exit(main())
