#!/usr/bin/env python3
"""Check a set of desk drafts in the layout of ``../shared/eval/desk`` (docs/*.md, gold.jsonl), so
a typo in the gold cannot pass for a miss: ``python3 benchmarks/validate_desk_set.py DIR --clean N``.

Checks: front matter (source, ISO published, title); 80-250 body words; one gold line per document
and one document per gold line; clean/type consistency; the planted types are the eval's seven, or
those and the two kinds issue 14 adds (unit and change mismatches), each planted equally often; every
gold ``a``/``b`` holds a number and occurs exactly once in the body (for headline_body_mismatch, ``a``
once in the title and not in the body). Exit 1 on any problem.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import json
import re
import sys
from pathlib import Path

EVAL_TYPES = {"part_exceeds_whole", "arithmetic_sum", "percent_over_100", "percentage_mismatch",
              "headline_body_mismatch", "cumulative_decreased_in_text", "rounding_incompatible"}
NEW_TYPES = {"unit_mismatch", "change_mismatch"}
FIELDS = {"doc", "clean", "type", "a", "b", "explain"}
_FRONT = re.compile(r"---\n(.*?)\n---\n(.*)\Z", re.S)
_NUMBER_WORDS = re.compile(r"million|thousand|hundred|dozen|one|two|three|four|five|quarter|third|half", re.I)


def _parse(path: Path) -> tuple[dict[str, str], str] | None:
    m = _FRONT.match(path.read_text(encoding="utf-8"))
    if not m:
        return None
    front = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        front[key.strip()] = json.loads(value) if value.startswith('"') else value
    return front, m.group(2)


def problems_of(folder: Path, clean: int) -> list[str]:
    problems: list[str] = []
    docs: dict[str, tuple[dict[str, str], str]] = {}
    for path in sorted((folder / "docs").glob("*.md")):
        name = path.name
        if not re.fullmatch(r"\d\d-[a-z0-9-]+\.md", name):
            problems.append(f"{name}: file name not NN-slug.md")
        parsed = _parse(path)
        if parsed is None:
            problems.append(f"{name}: no front matter")
            continue
        front, body = parsed
        problems += [f"{name}: front matter lacks {k}" for k in ("source", "published", "title") if not front.get(k)]
        try:
            datetime.date.fromisoformat(front.get("published", ""))
        except ValueError:
            problems.append(f"{name}: published not an ISO date: {front.get('published')!r}")
        words = len(body.split())
        if not 80 <= words <= 250:
            problems.append(f"{name}: body has {words} words (want 80-250)")
        docs[name] = (front, body)

    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    seen = collections.Counter(g.get("doc") for g in gold)
    problems += [f"{d}: {n} gold lines" for d, n in seen.items() if n != 1]
    problems += [f"{d}: no gold line" for d in docs if d not in seen]
    types: collections.Counter[str] = collections.Counter()
    for g in gold:
        d = g.get("doc")
        if set(g) != FIELDS:
            problems.append(f"{d}: fields {sorted(g)}")
            continue
        if d not in docs:
            problems.append(f"{d}: gold line for a missing document")
            continue
        front, body = docs[d]
        if g["clean"]:
            if g["type"] is not None:
                problems.append(f"{d}: clean but type {g['type']}")
            types["clean"] += 1
        else:
            if g["type"] not in EVAL_TYPES | NEW_TYPES:
                problems.append(f"{d}: unknown type {g['type']}")
            types[g["type"]] += 1
        if not g["explain"]:
            problems.append(f"{d}: no explain")
        if not g["a"]:
            problems.append(f"{d}: no a")
        if g["b"] is None and (g["clean"] or g["type"] != "percent_over_100"):
            problems.append(f"{d}: b is null but type is {g['type']}")
        for key in ("a", "b"):
            s = g[key]
            if not s:
                continue
            if not re.search(r"\d", s) and not _NUMBER_WORDS.search(s):
                problems.append(f"{d}: {key} contains no number: {s!r}")
            if key == "a" and g["type"] == "headline_body_mismatch":
                in_title, in_body = front.get("title", "").count(s), body.count(s)
                if (in_title, in_body) != (1, 0):
                    problems.append(f"{d}: headline a {s!r} occurs {in_title}x in title, {in_body}x in body "
                                    "(want 1, 0)")
            elif body.count(s) != 1:
                problems.append(f"{d}: {key} {s!r} occurs {body.count(s)}x in body (want 1)")

    planted = {t: n for t, n in types.items() if t != "clean"}
    wanted = EVAL_TYPES | NEW_TYPES if NEW_TYPES & set(planted) else EVAL_TYPES
    if set(planted) != wanted:
        problems.append(f"planted types {sorted(planted)}, want {sorted(wanted)}")
    if len(set(planted.values())) > 1:
        problems.append(f"types planted unequally often: {dict(sorted(planted.items()))}")
    if types["clean"] != clean:
        problems.append(f"{types['clean']} clean drafts, want {clean}")
    print(f"{folder}: {len(docs)} documents, {len(gold)} gold lines; "
          + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--clean", type=int, required=True, help="how many clean drafts the set has")
    args = ap.parse_args(argv)
    problems = problems_of(args.folder, args.clean)
    for p in problems:
        print("BAD", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
