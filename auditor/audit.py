"""The one entry point: documents and rules in, findings out.

The CLI, the tests and any future service call ``audit``; it runs
extraction, builds the claims table (the one place where sources meet) and
runs each rule's check over it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from auditor.checks import CHECKS
from auditor.checks.base import CheckContext
from auditor.claims import Claim, claims_table, with_stated_scope, with_stated_times
from auditor.documents import Document, Problem
from auditor.findings import Finding, sort_findings
from auditor.resolve import claims_of
from auditor.ruleset import RuleSet
from auditor.vocabulary import Vocabulary


@dataclass(frozen=True)
class AuditResult:
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...] = ()
    rule_files: tuple[str, ...] = ()
    suppressed: int = 0

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    @cached_property
    def _documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def quote(self, claim: Claim) -> tuple[str, str, str]:
        """The claim's sentence as (before, the claim's own text, after).

        A headline claim (``in_title``) is quoted from the title, every other
        claim from the body; a claim of a document not in this result (one
        from the claims archive) quotes only itself.
        """
        doc = self._documents_by_id.get(claim.doc)
        if doc is None:
            return "", claim.text, ""
        text = (doc.title or "") if claim.in_title else doc.text
        s0, s1 = min(claim.sentence_start, claim.start), max(claim.sentence_end, claim.end)
        return text[s0:claim.start], text[claim.start:claim.end], text[claim.end:s1]

    def sentence(self, claim: Claim) -> str:
        """The claim's sentence on one line."""
        return " ".join("".join(self.quote(claim)).split())


def extract_all(documents: list[Document], vocabulary: Vocabulary) -> list[Claim]:
    """Every claim of ``documents``, each resolved to the quantity it reports."""
    claims: list[Claim] = []
    for doc in documents:
        claims.extend(claims_of(doc, vocabulary))
    return claims


def run_checks(claims: list[Claim], documents: list[Document], ruleset: RuleSet,
               vocabulary: Vocabulary, context: list[Claim] | None = None) -> list[Finding]:
    """Every rule of ``ruleset`` over ``claims`` (and ``context``); findings sorted and stable.

    This is the one place checks run. ``context`` holds claims from elsewhere (the
    archive): they are compared with ``claims``, and only findings that involve at least
    one of ``claims`` are kept (conflicts inside the archive are the archive's business).
    """
    # the checks compare the periods texts state, not a time carried from a paragraph's frame
    # (and the sources and places texts state, not those carried from context)
    claims = with_stated_scope(with_stated_times(claims))
    everything = claims + with_stated_scope(with_stated_times(list(context or ())))
    table = claims_table(everything)
    own = frozenset(c.id for c in claims) if context else None
    ctx = CheckContext(vocabulary, {c.id: c for c in everything}, {d.id: d.text for d in documents},
                       {d.id: d for d in documents}, focus=own)
    # a check whose findings stay within one document sees only the claims under audit
    own_table = claims_table(claims) if context else table
    findings: list[Finding] = []
    for rule in ruleset.rules:
        check = CHECKS[rule.type]
        for f in check.check(own_table if check.LOCAL else table, rule, ctx):
            if own is None or any(c.id in own for c in f.claims):
                findings.append(f)
    return sort_findings(findings)


def audit(documents: list[Document], ruleset: RuleSet, vocabulary: Vocabulary,
          problems: list[Problem] | None = None, baseline: set[str] | None = None,
          claims: list[Claim] | None = None, context: list[Claim] | None = None) -> AuditResult:
    """Extract and resolve (unless ``claims`` are given), check against each other and
    ``context`` (claims from the archive), and drop what is suppressed."""
    documents = sorted(documents, key=lambda d: (d.published or "", d.id))
    if claims is None:
        claims = extract_all(documents, vocabulary)
    findings = run_checks(claims, documents, ruleset, vocabulary, context)
    return finish(documents, claims, findings, ruleset, problems, baseline)


def finish(documents: list[Document], claims: list[Claim], findings: list[Finding], ruleset: RuleSet,
           problems: list[Problem] | None = None, baseline: set[str] | None = None) -> AuditResult:
    """The result of a run: findings minus those a document's ignore marker or the baseline suppresses."""
    ignores = {d.id: set(d.ignore) for d in documents}
    kept, suppressed = [], 0
    for f in findings:
        if any(f.rule in ignores.get(c.doc, ()) or "all" in ignores.get(c.doc, ()) for c in f.claims) \
                or (baseline and f.fingerprint in baseline):
            suppressed += 1
            continue
        kept.append(f)
    return AuditResult(tuple(documents), tuple(claims), tuple(kept), tuple(problems or ()),
                       ruleset.files, suppressed)
