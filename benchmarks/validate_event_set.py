#!/usr/bin/env python3
"""Check a set of events in the eval's layout (gold.jsonl against events/*/*.md): every quote
must occur exactly once in its document body, so a typo in the gold cannot pass for a miss.

    python3 benchmarks/validate_event_set.py benchmarks/events_heldout
    python3 benchmarks/validate_event_set.py benchmarks/events_heldout2
"""
import json
import sys
from pathlib import Path


def body(folder: Path, event: str, doc: str) -> str:
    text = (folder / "events" / event / doc).read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1]


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    bad = n = 0
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        n += 1
        refs = [d] if d["kind"] == "claim" else [d["a"], d["b"]]
        for r in refs:
            count = body(folder, d["event"], r["doc"]).count(r["quote"])
            if count != 1:
                bad += 1
                print("BAD", count, d["event"], r["doc"], r["quote"])
    print(f"{n} lines checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
