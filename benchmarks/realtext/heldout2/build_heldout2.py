#!/usr/bin/env python3
"""Writes docs.jsonl and gold.jsonl of the second held-out set from docs_d.py, with the
main set's writer (../build.py), so hedges, intervals and quote checks are the same.

    python3 benchmarks/realtext/heldout2/build_heldout2.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from build import write  # noqa: E402 (../build.py)
from docs_d import DOCS  # noqa: E402

if __name__ == "__main__":
    write(DOCS, HERE)
