"""Machine formats: findings JSON (versioned), claims JSONL/CSV/table, terminal text."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.claims import CONTRACT_FIELDS, CONTRACT_VERSION, Claim, format_interval

if TYPE_CHECKING:
    from auditor.audit import AuditResult

FINDINGS_SCHEMA_VERSION = "1"


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def render_json(result: "AuditResult") -> str:
    """The findings JSON contract (DESIGN.md), versioned."""
    per_doc: dict[str, int] = {}
    for c in result.claims:
        per_doc[c.doc] = per_doc.get(c.doc, 0) + 1
    return _dumps({
        "version": FINDINGS_SCHEMA_VERSION,
        "tool": {"name": "auditor", "version": __version__},
        "summary": result.counts(),
        "documents": [{"id": d.id, "source": d.source, "published": d.published, "title": d.title,
                       "url": d.url, "path": d.path, "claims": per_doc.get(d.id, 0)}
                      for d in result.documents],
        "findings": [f.to_dict() for f in result.findings],
        "problems": [{"path": p.path, "message": p.message} for p in result.problems],
        "suppressed": result.suppressed,
        "rule_files": list(result.rule_files),
    })


def render_claims(claims: list[Claim], fmt: str) -> str:
    """Claims as ``jsonl`` (the contract), ``csv`` or an aligned ``table``."""
    if fmt == "jsonl":
        return "".join(json.dumps(c.to_contract(), ensure_ascii=False) + "\n" for c in claims)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(CONTRACT_FIELDS), lineterminator="\n")
        w.writeheader()
        for c in claims:
            w.writerow(c.to_contract())
        return buf.getvalue()
    rows = [("doc", "text", "interval", "thing", "measure", "when", "where", "according_to")]
    for c in claims:
        when = c.when_start if c.when_start == c.when_end else f"{c.when_start or ''}..{c.when_end or ''}"
        rows.append((c.doc, c.text, format_interval(c.low, c.high, c.low_inclusive, c.high_inclusive),
                     c.thing or "", c.measure or "", when or "", c.where or "", c.according_to or ""))
    widths = [min(40, max(len(str(r[i])) for r in rows)) for i in range(len(rows[0]))]
    return "".join("  ".join(str(v)[:40].ljust(w) for v, w in zip(r, widths)).rstrip() + "\n" for r in rows)


def render_terminal(result: "AuditResult", color: bool = False) -> str:
    """A short human summary: one line per finding, then counts."""
    colors = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
    reset = "\033[0m" if color else ""
    lines = []
    for f in result.findings:
        sev = f"{colors[f.severity] if color else ''}{f.severity}{reset}"
        where = ", ".join(sorted({f'{c.doc}:{c.start}' for c in f.claims}))
        lines.append(f"{sev}: [{f.rule}] {f.message} ({where})")
    for p in result.problems:
        lines.append(f"skipped: {p}")
    n = result.counts()
    lines.append(f"{len(result.documents)} documents, {len(result.claims)} claims: "
                 f"{n['error']} errors, {n['warning']} warnings, {n['info']} info"
                 + (f", {result.suppressed} suppressed" if result.suppressed else ""))
    return "\n".join(lines) + "\n"
