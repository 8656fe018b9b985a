"""Findings: what a check says about a set of claims.

A finding names its rule, severity and message, the claims involved and an
explanation of the interval arithmetic that failed. ``fingerprint`` is
stable across runs (it depends on the rule and the claims' documents and
quotes, not on positions in a batch), so baselines can key on it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from auditor.claims import Claim

SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    claims: tuple[Claim, ...]
    explanation: str = ""
    rule_type: str = ""
    key: tuple[str, ...] = field(default_factory=tuple)
    # reports repeating one of the finding's statements that it does not name (a wire's figure
    # run by hundreds of outlets is named in the first few and counted for the rest)
    more_reports: int = 0
    # figures that conflict with the blamed one beyond those the finding names
    more_figures: int = 0

    @property
    def fingerprint(self) -> str:
        parts = [self.rule] + sorted(f"{c.doc}:{c.text}:{c.value}" for c in self.claims)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]

    def sort_key(self) -> tuple:
        first = min(((c.doc, c.start) for c in self.claims), default=("", 0))
        return (-SEVERITY_RANK[self.severity], self.rule, first, self.message)

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "type": self.rule_type,
            "severity": self.severity,
            "message": self.message,
            "explanation": self.explanation,
            "fingerprint": self.fingerprint,
            "key": list(self.key),
            "claims": [c.to_dict() for c in self.claims],
            "more_reports": self.more_reports,
            "more_figures": self.more_figures,
        }


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def reaches(severity: str, threshold: str) -> bool:
    """Whether a finding of ``severity`` reaches a ``--fail-on`` threshold."""
    if threshold == "never":
        return False
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]
