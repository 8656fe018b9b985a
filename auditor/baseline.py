"""Baselines: the findings a desk has already looked at, kept out of later runs.

A baseline file is JSON with the findings' stable fingerprints (sorted, so it
diffs well in version control) and, for a reader, each one's rule and message.
"""

from __future__ import annotations

import dataclasses
import json

from auditor.errors import InputError

BASELINE_VERSION = "1"
MAX_BASELINE_BYTES = 64 * 1024 * 1024     # about a million fingerprints


def baseline_text(findings) -> str:
    """A baseline file for ``findings``."""
    entries = {f.fingerprint: f"{f.rule}: {f.message}" for f in findings}
    return json.dumps({"version": BASELINE_VERSION, "fingerprints": sorted(entries),
                       "findings": entries}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def read_baseline(path: str) -> set[str]:
    """The fingerprints of a baseline file; anything else is an ``InputError``."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BASELINE_BYTES + 1)
        if len(data) > MAX_BASELINE_BYTES:
            raise InputError(f"{path}: baseline file is over the {MAX_BASELINE_BYTES:,}-byte limit")
        prints = json.loads(data.decode("utf-8"))["fingerprints"]
        if not isinstance(prints, list) or not all(isinstance(p, str) for p in prints):
            raise TypeError("fingerprints")
    except (ValueError, KeyError, TypeError, OSError, RecursionError):   # nested 100,000 deep: RecursionError
        raise InputError(f"{path}: not a baseline file (expected JSON with a 'fingerprints' list, "
                         "as written by --write-baseline)") from None
    return set(prints)


def apply_baseline(result, known: set[str]):
    """``result`` without the findings whose fingerprint is in ``known`` (counted as suppressed)."""
    kept = tuple(f for f in result.findings if f.fingerprint not in known)
    return dataclasses.replace(result, findings=kept,
                               suppressed=result.suppressed + len(result.findings) - len(kept))
