"""Baselines: the findings a desk has already looked at, kept out of later runs.

A baseline file is JSON with the findings' stable fingerprints (sorted, so it
diffs well in version control) and, for a reader, each one's rule and message.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from auditor.errors import InputError

BASELINE_VERSION = "1"


def baseline_text(findings) -> str:
    """A baseline file for ``findings``."""
    entries = {f.fingerprint: f"{f.rule}: {f.message}" for f in findings}
    return json.dumps({"version": BASELINE_VERSION, "fingerprints": sorted(entries),
                       "findings": entries}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def read_baseline(path: str) -> set[str]:
    """The fingerprints of a baseline file; anything else is an ``InputError``."""
    try:
        prints = json.loads(Path(path).read_text(encoding="utf-8"))["fingerprints"]
        if not isinstance(prints, list) or not all(isinstance(p, str) for p in prints):
            raise TypeError("fingerprints")
    except (ValueError, KeyError, TypeError, OSError):
        raise InputError(f"{path}: not a baseline file (expected JSON with a 'fingerprints' list, "
                         "as written by --write-baseline)") from None
    return set(prints)


def apply_baseline(result, known: set[str]):
    """``result`` without the findings whose fingerprint is in ``known`` (counted as suppressed)."""
    kept = tuple(f for f in result.findings if f.fingerprint not in known)
    return dataclasses.replace(result, findings=kept,
                               suppressed=result.suppressed + len(result.findings) - len(kept))
