#!/usr/bin/env python3
"""Check docs/*.md and gold.jsonl of the held-out desk drafts, so a typo in the gold cannot pass for a miss.

Same checks as the eval set's validator: front matter (source, ISO published, title), 80-250 body words,
one gold line per document, clean/type consistency, counts by type, and every `a`/`b` occurring exactly
once in the body (for headline_body_mismatch, `a` once in the title and not in the body).
Run `python3 benchmarks/desk_heldout/validate.py`; exit 1 on any problem.
"""
from __future__ import annotations

import collections
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"part_exceeds_whole", "arithmetic_sum", "percent_over_100", "percentage_mismatch",
         "headline_body_mismatch", "cumulative_decreased_in_text", "rounding_incompatible"}
PER_TYPE, CLEAN = 2, 10


def parse(path: Path) -> tuple[dict[str, str], str]:
    """Front matter as a dict and the body after it."""
    m = re.match(r"---\n(.*?)\n---\n(.*)\Z", path.read_text(encoding="utf-8"), re.S)
    if not m:
        return {}, ""
    fm = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        fm[key.strip()] = json.loads(value) if value.startswith('"') else value
    return fm, m.group(2)


def main() -> int:
    problems: list[str] = []
    docs: dict[str, tuple[dict[str, str], str]] = {}
    for path in sorted((HERE / "docs").glob("*.md")):
        name = path.name
        if not re.fullmatch(r"\d\d-[a-z0-9-]+\.md", name):
            problems.append(f"{name}: file name not NN-slug.md")
        fm, body = parse(path)
        if not body:
            problems.append(f"{name}: no front matter")
        for key in ("source", "published", "title"):
            if not fm.get(key):
                problems.append(f"{name}: front matter lacks {key}")
        try:
            datetime.date.fromisoformat(fm.get("published", ""))
        except ValueError:
            problems.append(f"{name}: published not an ISO date")
        words = len(body.split())
        if not 80 <= words <= 250:
            problems.append(f"{name}: body has {words} words (want 80-250)")
        docs[name] = (fm, body)

    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    seen = collections.Counter(g["doc"] for g in gold)
    problems += [f"{d}: {c} gold lines" for d, c in seen.items() if c != 1]
    problems += [f"{d}: no gold line" for d in docs if d not in seen]
    counts: collections.Counter[str] = collections.Counter()
    for g in gold:
        d = g["doc"]
        if set(g) != {"doc", "clean", "type", "a", "b", "explain"}:
            problems.append(f"{d}: fields {sorted(g)}")
        if d not in docs:
            problems.append(f"{d}: gold line for a missing document")
            continue
        fm, body = docs[d]
        if g["clean"] != (g["type"] is None) or (g["type"] is not None and g["type"] not in TYPES):
            problems.append(f"{d}: clean={g['clean']} with type {g['type']}")
        counts[g["type"] or "clean"] += 1
        if not g.get("explain") or not g.get("a"):
            problems.append(f"{d}: no explain or no a")
        if g["b"] is None and g["type"] != "percent_over_100":
            problems.append(f"{d}: b is null but type is {g['type']}")
        for key in ("a", "b"):
            s = g[key]
            if s is None:
                continue
            if not re.search(r"\d|million|thousand|hundred|dozen", s, re.I):
                problems.append(f"{d}: {key} contains no number: {s!r}")
            if key == "a" and g["type"] == "headline_body_mismatch":
                in_title, in_body = fm.get("title", "").count(s), body.count(s)
                if (in_title, in_body) != (1, 0):
                    problems.append(f"{d}: headline a {s!r} occurs {in_title}x in title, {in_body}x in body")
            elif body.count(s) != 1:
                problems.append(f"{d}: {key} {s!r} occurs {body.count(s)}x in body (want 1)")

    for t in sorted(TYPES):
        if counts[t] != PER_TYPE:
            problems.append(f"type {t}: {counts[t]} documents, want {PER_TYPE}")
    if counts["clean"] != CLEAN:
        problems.append(f"{counts['clean']} clean documents, want {CLEAN}")
    for p in problems:
        print("BAD", p)
    by_type = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"documents: {len(docs)}  gold lines: {len(gold)}  {by_type}")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
