#!/usr/bin/env python3
"""Check gold.jsonl against events/*/*.md: every quote must occur exactly once in its document body.

    python3 benchmarks/events_heldout2/validate.py [SET_DIR]   (default: the folder of this file)
"""
import json
import sys
from pathlib import Path


def body(folder: Path, event: str, doc: str) -> str:
    text = (folder / "events" / event / doc).read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1]


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
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
