"""JUnit XML, for CI systems that show test results (Jenkins, GitLab, GitHub actions).

One ``testsuite`` per rule, one ``testcase`` per rule and document
(``classname`` the rule, ``name`` the document), and one ``failure`` per
finding, filed under the document of the finding's first claim (the claim
the finding is about), so the number of failures is the number of findings.
``type`` is the severity. No ``time`` or ``timestamp`` attributes: the same
inputs give the same bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING

from auditor.report.context import ReportContext

if TYPE_CHECKING:
    from auditor.audit import AuditResult

# characters XML 1.0 cannot carry at all, even escaped
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render_junit(result: "AuditResult", ctx: ReportContext | None = None) -> str:
    ctx = ctx or ReportContext()
    rule_ids = sorted({r.id for r in ctx.rules} | {f.rule for f in result.findings})
    failures: dict[tuple[str, str], list] = defaultdict(list)
    for f in result.findings:
        failures[(f.rule, f.claims[0].doc if f.claims else "")].append(f)
    doc_ids = [d.id for d in result.documents]

    root = ET.Element("testsuites", {"name": "auditor", "tests": str(len(rule_ids) * len(doc_ids)),
                                     "failures": str(len(result.findings)), "errors": str(len(result.problems))})
    for rule in rule_ids:
        suite = ET.SubElement(root, "testsuite", {
            "name": rule, "tests": str(len(doc_ids)),
            "failures": str(sum(len(failures[(rule, d)]) for d in doc_ids)), "errors": "0", "skipped": "0"})
        for doc in doc_ids:
            case = ET.SubElement(suite, "testcase", {"classname": rule, "name": _x(doc)})
            for f in failures[(rule, doc)]:
                lines = []
                for c in f.claims:
                    sentence = result.sentence(c)
                    lines.append(f"{c.doc}:{c.start}-{c.end} {c.source or c.doc} ({c.published or 'undated'}): "
                                 f"{c.text!r} in: {sentence}")
                if f.explanation:
                    lines.append(f.explanation)
                el = ET.SubElement(case, "failure", {"type": f.severity, "message": _x(f.message)})
                el.text = _x("\n".join(lines))
    if result.problems:
        suite = ET.SubElement(root, "testsuite", {"name": "inputs", "tests": str(len(result.problems)),
                                                  "failures": "0", "errors": str(len(result.problems))})
        for p in result.problems:
            case = ET.SubElement(suite, "testcase", {"classname": "inputs", "name": _x(p.path)})
            ET.SubElement(case, "error", {"type": "unreadable", "message": _x(p.message)})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
