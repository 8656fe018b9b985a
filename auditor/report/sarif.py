"""SARIF 2.1.0: findings for code-scanning dashboards and review tools.

One run; every rule that ran is a ``reportingDescriptor``; each finding is a
``result`` located at its first claim, with the other claims as
``relatedLocations``. Regions give line and column in the document's file
(``columnKind: unicodeCodePoints``; a document read from a file carries its
front matter's line count, ``Document.body_line``) and always a snippet; a JSON Lines
document points at its line of the file; an HTML page only has the snippet,
since its text is the page with tags removed. ``partialFingerprints`` carries
the finding's stable fingerprint, so dashboards track a finding across runs.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from auditor import __version__
from auditor.claims import Claim
from auditor.report.context import ReportContext
from auditor.report.locations import JSONL_LINE, Quoted, line_col

if TYPE_CHECKING:
    from auditor.audit import AuditResult

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A URI reference for a path as given: relative stays relative, absolute becomes file://."""
    p = PureWindowsPath(path) if re.match(r"^[A-Za-z]:[\\/]", path) else PurePosixPath(path.replace("\\", "/"))
    if p.is_absolute():
        return PurePath(p).as_uri() if isinstance(p, PureWindowsPath) else "file://" + quote(p.as_posix())
    return quote(p.as_posix())


def _mime(uri: str) -> str:
    name = uri.lower()
    for suffix, mime in ((".md", "text/markdown"), (".markdown", "text/markdown"), (".html", "text/html"),
                         (".htm", "text/html"), (".jsonl", "application/jsonl")):
        if name.endswith(suffix):
            return mime
    return "text/plain"


def _location(c: Claim, doc: Quoted | None, artifacts: dict[str, int]) -> dict:
    loc: dict = {"logicalLocations": [{"name": c.doc, "kind": "document"}]}
    path = doc.path if doc else None
    if not path or path == "-":
        loc["message"] = {"text": f"{c.source or c.doc}: {c.text}"}
        return loc
    m = JSONL_LINE.match(path)
    file = m.group("path") if m else path
    region: dict = {"snippet": {"text": c.text}}
    if m:
        region["startLine"] = int(m.group("line"))
    elif doc is not None and doc.body_line is not None and not c.in_title:   # a title's offsets are not the body's
        region["startLine"], region["startColumn"] = line_col(doc.text, c.start)
        region["endLine"], region["endColumn"] = line_col(doc.text, c.end)
        region["startLine"] += doc.body_line
        region["endLine"] += doc.body_line
    uri = _uri(file)
    loc["physicalLocation"] = {"artifactLocation": {"uri": uri, "index": artifacts[uri]}, "region": region}
    loc["message"] = {"text": f"{c.source or c.doc}: {c.text}"}
    return loc


def render_sarif(result: "AuditResult", ctx: ReportContext | None = None) -> str:
    ctx = ctx or ReportContext()
    docs = {d.id: d for d in result.documents}
    rules = list(ctx.rules)
    known = {r.id for r in rules}
    for f in result.findings:  # a finding from a rule the caller did not list still gets a descriptor
        if f.rule not in known:
            from auditor.report.context import RuleInfo
            rules.append(RuleInfo(f.rule, f.rule_type, f.severity))
            known.add(f.rule)
    rules.sort(key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}

    artifacts: dict[str, int] = {}
    for d in result.documents:
        if d.path and d.path != "-":
            m = JSONL_LINE.match(d.path)
            uri = _uri(m.group("path") if m else d.path)
            artifacts.setdefault(uri, len(artifacts))

    results = []
    for f in result.findings:
        locs = [_location(c, docs.get(c.doc), artifacts) for c in f.claims]
        for i, loc in enumerate(locs[1:], 1):
            loc["id"] = i
        results.append({
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": locs[:1],
            "relatedLocations": locs[1:],
            "partialFingerprints": {"auditorFinding/v1": f.fingerprint},
            "properties": {"severity": f.severity, "explanation": f.explanation, "key": list(f.key),
                           "claims": [c.to_contract() for c in f.claims]},
        })
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "auditor",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [{
                "id": r.id,
                "shortDescription": {"text": (r.description.strip().splitlines() or [r.id])[0]},
                "fullDescription": {"text": r.description.strip() or r.id},
                "defaultConfiguration": {"level": LEVELS.get(r.severity, "warning")},
                "properties": {"type": r.type},
            } for r in rules],
        }},
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": uri}, "mimeType": _mime(uri)}
                      for uri, _ in sorted(artifacts.items(), key=lambda kv: kv[1])],
        "invocations": [{
            "executionSuccessful": not result.problems,
            "toolExecutionNotifications": [{"level": "error", "message": {"text": f"skipped {p}"}}
                                           for p in result.problems],
        }],
        "results": results,
    }
    if ctx.generated_at:
        run["invocations"][0]["endTimeUtc"] = ctx.generated_at
    return json.dumps({"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]},
                      ensure_ascii=False, sort_keys=True, indent=2) + "\n"
