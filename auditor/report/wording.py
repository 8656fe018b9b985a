"""How the report says things to an editor in a hurry: headlines, lists, times (issue 16).

Rule messages are templates a desk writes (``rules/packs``); rendered
mechanically they repeat sources ("OSDH, ..., OSDH"), capitalise a hedge
mid-sentence ("report At least 29"), repeat a figure ("22 (22)") and print
raw timestamps. For the rule types whose findings compare figures across
sources or time, the report words the headline of the package's own rules
itself, from the finding's claims; every other message, and every message a
desk wrote for its own rule, is only tidied (spaces, timestamps, first capital).

Which claim a finding is about (its *culprit*) is decided here too, so every
chart and card marks the same one: the later, falling figure for
``monotonic``, the first claim for every other type (the blamed figure of
``agreement``, the part of ``part_whole``, the figure checked by the others).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from auditor.claims import Claim

if TYPE_CHECKING:
    from auditor.audit import AuditResult
    from auditor.findings import Finding

_ISO_TIME = re.compile(r"\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_SPACES = re.compile(r"[ \t]+")
_BEFORE_PUNCT = re.compile(r"\s+([,.;:)])")
# what a draft's flagged figures have done wrong, by the rule type that flagged them
PROBLEMS = {
    "agreement": ("conflicts with other reports", "conflict with other reports"),
    "monotonic": ("conflicts with other reports", "conflict with other reports"),   # a later, lower figure
    "part_whole": ("is more than its whole", "are more than their whole"),
    "arithmetic": ("does not add up", "do not add up"),
    "reference": ("is off the reference figure", "are off the reference figures"),
    "rounding": ("is not a fair rounding", "are not fair roundings"),
    "headline": ("in the headline does not match the body", "in the headline do not match the body"),
    "bounds": ("is outside the plausible range", "are outside the plausible range"),
}
_ORDER = list(PROBLEMS)
_ORDER_OF_PROBLEM = {p: i for i, p in reversed(list(enumerate(PROBLEMS.values())))}


def _rank(kind: str) -> int:
    return _ORDER.index(kind) if kind in _ORDER else len(_ORDER)


def plural(n: int, noun: str) -> str:
    """"1 finding", "2 findings": counts as people write them."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def culprit(f: "Finding") -> Claim | None:
    """The claim the finding is about (see the module docstring)."""
    if not f.claims:
        return None
    return f.claims[-1] if f.rule_type == "monotonic" else f.claims[0]


def join_words(items: Iterable[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``; repeats dropped, order kept."""
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    if len(seen) <= 1:
        return "".join(seen)
    return ", ".join(seen[:-1]) + " and " + seen[-1]


def figure(c: Claim) -> str:
    """The claim as stated, lower-case mid-sentence: "at least 29", "nine", "849,000"."""
    text = " ".join(c.text.split())
    first = text.split(" ", 1)[0]
    # "At least" → "at least"; an acronym or a name ("UN", "Nine" as a word number stays lower too)
    return text[:1].lower() + text[1:] if first[:1].isupper() and not first.isupper() else text


def short_time(value: str | None, other: str | None = None) -> str:
    """``2020-02-27T20:00:00+03:00`` → ``20:00`` when ``other`` is the same day, else ``2020-02-27 20:00``."""
    if not value:
        return "undated"
    m = _ISO_TIME.match(value)
    if not m:
        return value
    if other and other[:10] == value[:10]:
        return m.group(2)
    return f"{m.group(1)} {m.group(2)}"


def tidy(message: str) -> str:
    """A rendered rule message, made readable: single spaces, times for people, a capital first."""
    text = _ISO_TIME.sub(lambda m: f"{m.group(1)} {m.group(2)}", message)
    text = _SPACES.sub(" ", " ".join(text.split("\n"))).strip()
    text = _BEFORE_PUNCT.sub(r"\1", text)
    return text[:1].upper() + text[1:]


def _what(c: Claim) -> str:
    return " ".join(x for x in (c.thing, c.measure) if x)


def _who(c: Claim) -> str:
    return c.source or c.doc


def _by_value(claims: Sequence[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.low, c.high, c.text))


def headline(f: "Finding", reword: bool = True) -> str:
    """The finding in one sentence: worded from its claims for the comparing types (when
    ``reword``), else its message tidied."""
    c = culprit(f)
    others = [o for o in f.claims if o is not c]
    if c is None or not others or not reword:
        return tidy(f.message)
    what = _what(c)
    if f.rule_type == "agreement" and f.severity != "error" and f.message.startswith("Sources differ"):
        how = "slightly (within tolerance)" if "slightly" in f.message else "(their ranges overlap)"
        on = f" on {what}" if what else ""
        outlets = {_who(o) for o in f.claims}
        if len(outlets) == 1:     # one outlet quoting two sources: name the sources
            quoted = join_words(f"{figure(o)} ({o.authority})" for o in _by_value(f.claims))
            return tidy(f"{_who(c)} quotes figures{on} that differ {how}: {quoted}.")
        spread = join_words(figure(o) for o in _by_value(f.claims))
        return tidy(f"{join_words(_who(o) for o in f.claims)} differ {how}{on}: {spread}.")
    if f.rule_type == "agreement":
        sources = join_words(_who(o) for o in others)
        verb = "says" if len({_who(o) for o in others}) == 1 else "say"
        return tidy(f"{_who(c)} says {figure(c)}{' ' + what if what else ''}; {sources} {verb} "
                    f"{join_words(figure(o) for o in _by_value(others))}.")
    if f.rule_type == "monotonic":
        earlier = others[0]
        then, now = short_time(earlier.published, c.published), short_time(c.published, earlier.published)
        if _who(earlier) != _who(c):    # the source's figure, as two outlets carried it
            then, now = f"{_who(earlier)}, {then}", f"{_who(c)}, {now}"
        return tidy(f"{_possessive(c.authority)} figure for {what or 'this count'} fell from "
                    f"{figure(earlier)} ({then}) to {figure(c)} ({now}).")
    if f.rule_type == "part_whole":
        whole = others[0]
        return tidy(f"{_who(c)} counts {figure(c)} {c.thing or ''} among {figure(whole)} "
                    f"{whole.thing or ''}: the part is more than the whole.")
    return tidy(f.message)


def _possessive(name: str) -> str:
    """"The Daily Ledger's", "Turkish officials'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def document_name(doc) -> str:
    """A document as a person names it: its file's name (``06-ledger-draft.md``), else its id."""
    path = getattr(doc, "path", None)
    if path and path != "-":
        name = re.sub(r":\d+$", "", path.replace("\\", "/")).rsplit("/", 1)[-1]
        return f"{name} ({doc.id})" if path.lower().endswith(".jsonl") or re.search(r":\d+$", path) else name
    return doc.id


def summary_lines(result: "AuditResult") -> list[dict]:
    """The report's first lines: per document whose figures are in question, what is wrong.

    Only the most serious severity present counts (errors when there are
    any), so the first line is about what must be fixed. Each line names the
    document, how many of its figures are in question, what they did wrong
    and the figures themselves.
    """
    top = next((s for s in ("error", "warning") if any(f.severity == s for f in result.findings)), None)
    if top is None:
        return []
    docs = {d.id: d for d in result.documents}
    per_doc: dict[str, dict[str, tuple[Claim, list[str]]]] = {}
    for f in result.findings:
        c = culprit(f)
        if f.severity != top or c is None:
            continue
        key = c.id or f"{c.doc}:{c.start}"
        claims = per_doc.setdefault(c.doc, {})
        claims.setdefault(key, (c, []))[1].append(f.rule_type)
    lines: list[dict[str, Any]] = []
    for doc_id, claims in per_doc.items():
        # each figure counts once, under the first of its problems in PROBLEMS' order
        problem_of = {key: PROBLEMS.get(min(ks, key=_rank), ("breaks a rule", "break rules"))
                      for key, (_, ks) in claims.items()}
        counts: dict[tuple[str, str], int] = {}
        for problem in sorted(problem_of.values(), key=lambda p: _ORDER_OF_PROBLEM.get(p, 99)):
            counts[problem] = counts.get(problem, 0) + 1
        n = len(claims)
        parts = [f"{k} {one if k == 1 else many}" for (one, many), k in counts.items()]
        if len(parts) == 1:
            one, many = next(iter(counts))
            text = f"{n} figure {one}" if n == 1 else f"{n} figures {many}"
        else:
            text = f"{n} figures in question: " + ", ".join(parts)
        figures = [c for c, _ in sorted(claims.values(), key=lambda v: (v[0].start, v[0].end))]
        doc = docs.get(doc_id)
        lines.append({"doc": document_name(doc) if doc else doc_id, "n": n, "severity": top, "text": text,
                      "figures": [figure(c) for c in figures]})
    lines.sort(key=lambda x: (-x["n"], x["doc"]))
    return lines
