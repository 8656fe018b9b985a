"""What a writer may know beyond the ``AuditResult``: the rules that ran, options.

Kept separate so writers stay pure functions of their inputs: nothing here
reads the clock; a generated-at time is passed in by the caller (the CLI
takes it from ``SOURCE_DATE_EPOCH`` or ``--timestamp``) or left out.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class RuleInfo:
    id: str
    type: str
    severity: str
    description: str = ""
    path: str | None = None
    line: int | None = None
    builtin: bool = False       # one of the package's own rules: the report words its headlines


@dataclass(frozen=True)
class ReportContext:
    rules: tuple[RuleInfo, ...] = ()     # every rule that ran, not only those with findings
    generated_at: str | None = None      # ISO 8601, only when asked for
    color: bool = False                  # ANSI colours in the terminal summary
    verbose: bool = False                # the terminal summary quotes each claim
    archive: "ArchiveInfo | None" = None   # the claims archive an audit was checked against (--store)


@dataclass(frozen=True)
class ArchiveInfo:
    """What the report says of an archive the drafts were checked against (``--store``)."""

    path: str
    documents: int                  # documents in the archive
    claims: int                     # claims in the archive
    since: str | None = None        # only stored claims published since then were read
    used: int = 0                   # stored claims that appear in a finding


def rule_infos(ruleset) -> tuple[RuleInfo, ...]:
    """``RuleInfo`` for every rule of a ``RuleSet``, sorted by id."""
    from pathlib import Path

    from auditor.resources import rules_dir

    packs = rules_dir().resolve()

    def builtin(path: str | None) -> bool:
        if not path:
            return False
        return Path(path).resolve().is_relative_to(packs)

    return tuple(sorted((RuleInfo(r.id, r.type, r.severity, r.description, r.path, r.line, builtin(r.path))
                         for r in ruleset.rules), key=lambda r: r.id))


def words_headline(ctx: "ReportContext", rule_id: str) -> bool:
    """Whether the report words a finding's headline itself: for the package's own rules, whose
    templates list sources mechanically; a desk's rule keeps the message its author wrote.
    Without the list of rules (a bare library call), the report words every headline."""
    if not ctx.rules:
        return True
    return any(r.id == rule_id and r.builtin for r in ctx.rules)


def generated_at(now: dt.datetime | None = None) -> str:
    """A generated-at time: ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).isoformat().replace("+00:00", "Z")
        except (ValueError, OverflowError, OSError):
            from auditor.errors import InputError
            raise InputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970") from None
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.replace(microsecond=0).isoformat().replace("+00:00", "Z")
