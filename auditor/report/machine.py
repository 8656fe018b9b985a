"""Machine formats: findings JSON (versioned), findings CSV, claims JSONL/CSV/table, terminal text.

The findings JSON is described by ``docs/json-schema.json``; bump
``FINDINGS_SCHEMA_VERSION`` (and the schema) when a field changes meaning or
goes away. New fields may be added within a version.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.claims import CONTRACT_FIELDS, Claim, format_interval
from auditor.report.context import ReportContext, words_headline
from auditor.report.locations import in_order, locate
from auditor.report.wording import headline, plural, tidy

if TYPE_CHECKING:
    from auditor.audit import AuditResult

FINDINGS_SCHEMA_VERSION = "1"


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def render_json(result: "AuditResult", ctx: ReportContext | None = None) -> str:
    """The findings JSON contract (DESIGN.md), versioned; ``docs/json-schema.json``."""
    ctx = ctx or ReportContext()
    per_doc: dict[str, int] = {}
    for c in result.claims:
        per_doc[c.doc] = per_doc.get(c.doc, 0) + 1
    out = {
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
        "rules": [{"id": r.id, "type": r.type, "severity": r.severity, "description": r.description}
                  for r in ctx.rules],
    }
    if ctx.generated_at:
        out["generated_at"] = ctx.generated_at
    return _dumps(out)


FINDINGS_CSV_FIELDS = ("rule", "severity", "message", "explanation", "fingerprint", "key",
                       "docs", "sources", "texts", "quotes", "spans", "published", "locations")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+|inf)")


def _cell(value):
    """A cell for a spreadsheet (CSV injection, OWASP): text beginning with = + - @, a tab or a
    carriage return gets a leading ``'`` so it is never read as a formula. Numbers stay
    numbers, and so does text that is only a number ("-5" is data, not a formula)."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START) or _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def render_findings_csv(result: "AuditResult", ctx: ReportContext | None = None) -> str:
    """One row per finding; the claims' fields joined with `` | `` in claim order.

    ``spans`` are character offsets into each document's text (for programs);
    ``locations`` are ``path.ext:line:col`` in its file (for people).
    """
    ctx = ctx or ReportContext()
    docs = {d.id: d for d in result.documents}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FINDINGS_CSV_FIELDS)
    for f in result.findings:
        def join(values) -> str:
            return " | ".join(str(v) for v in values)
        quotes = [result.sentence(c) for c in f.claims]
        w.writerow([_cell(v) for v in (
                    f.rule, f.severity, f.message, f.explanation, f.fingerprint,
                    join(f.key), join(c.doc for c in f.claims), join(c.source or "" for c in f.claims),
                    join(c.text for c in f.claims), join(quotes),
                    join(f"{c.doc}:{c.start}-{c.end}" for c in f.claims),
                    join(c.published or "" for c in f.claims),
                    join(locate(c, docs.get(c.doc)) for c in f.claims))])
    return buf.getvalue()


def render_claims(claims: list[Claim], fmt: str) -> str:
    """Claims as ``jsonl`` (the contract), ``csv`` or an aligned ``table``."""
    if fmt == "jsonl":
        return "".join(json.dumps(c.to_contract(), ensure_ascii=False) + "\n" for c in claims)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(CONTRACT_FIELDS), lineterminator="\n")
        w.writeheader()
        for c in claims:
            w.writerow({k: _cell(v) for k, v in c.to_contract().items()})
        return buf.getvalue()
    rows = [("doc", "text", "interval", "thing", "measure", "when", "where", "according_to")]
    for c in claims:
        when = c.when_start if c.when_start == c.when_end else f"{c.when_start or ''}..{c.when_end or ''}"
        rows.append((c.doc, c.text, format_interval(c.low, c.high, c.low_inclusive, c.high_inclusive),
                     c.thing or "", c.measure or "", when or "", c.where or "", c.according_to or ""))
    widths = [min(40, max(len(str(r[i])) for r in rows)) for i in range(len(rows[0]))]
    return "".join("  ".join(str(v)[:40].ljust(w) for v, w in zip(r, widths)).rstrip() + "\n" for r in rows)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _plain(text: str) -> str:
    """Document-derived text for a terminal: no escape sequences smuggled in by an article."""
    return _CONTROL.sub("\ufffd", text)


def render_terminal(result: "AuditResult", ctx: ReportContext | None = None, color: bool | None = None) -> str:
    """A short human summary: one line per finding (with ``verbose``, its quotes), then counts.

    Each finding is its headline as the HTML report words it (``auditor.report.wording``):
    the text summary is read by people too.
    """
    ctx = ctx or ReportContext()
    color = ctx.color if color is None else color
    colors = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
    reset = "\033[0m" if color else ""
    bold = ("\033[1m", "\033[0m") if color else ("»", "«")
    docs = {d.id: d for d in result.documents}
    lines = []
    for f in result.findings:
        sev = f"{colors[f.severity] if color else ''}{f.severity}{reset}"
        where = ", ".join(str(loc) for loc in in_order(locate(c, docs.get(c.doc))
                                                        for c in f.claims))
        lines.append(f"{sev}: [{f.rule}] {_plain(headline(f, words_headline(ctx, f.rule)))} ({_plain(where)})")
        if ctx.verbose:
            for c in f.claims:
                before, number, after = result.quote(c)
                sentence = " ".join((_plain(before) + bold[0] + _plain(number) + bold[1] + _plain(after)).split())
                when = tidy(c.published) if c.published else "undated"
                lines.append(f"    {_plain(c.source or c.doc)}, {when}: {sentence}")
            if f.explanation:
                lines.append(f"    why: {_plain(f.explanation)}")
    for p in result.problems:
        lines.append(f"skipped: {_plain(str(p))}")
    if ctx.archive:
        a = ctx.archive
        window = f"claims since {tidy(a.since)}" if a.since else "every claim the rules select"
        lines.append(f"archive: {a.path} ({plural(a.documents, 'document')}, {plural(a.claims, 'claim')}; "
                     f"read {window}; {plural(a.used, 'stored claim')} in the findings)")
    n = result.counts()
    lines.append(f"{plural(len(result.documents), 'document')}, {plural(len(result.claims), 'claim')}: "
                 f"{plural(n['error'], 'error')}, {plural(n['warning'], 'warning')}, {n['info']} info"
                 + (f", {result.suppressed} suppressed" if result.suppressed else ""))
    return "\n".join(lines) + "\n"
