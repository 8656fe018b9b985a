"""What every rule type shares: selecting claims, keys, and making findings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

import pandas as pd

from auditor.claims import Claim, format_interval
from auditor.findings import Finding
from auditor.vocabulary import Vocabulary

if TYPE_CHECKING:
    from auditor.ruleset import Rule, Selector

# a rule's key names → columns of the claims table
KEY_COLUMNS = {"thing": ["thing_key"], "when": ["when_start", "when_end"], "where": ["where"],
               "measure": ["measure"], "source": ["source"], "according_to": ["according_to"],
               "unit": ["unit"], "kind": ["kind"]}
# fields compared loosely: an unknown (null) place is compatible with any
LOOSE_KEYS = {"where"}


@dataclass(frozen=True)
class CheckContext:
    vocabulary: Vocabulary
    claims_by_id: dict[str, Claim]
    texts: dict[str, str]          # document id → text, for quoting sentences

    def sentence_of(self, c: Claim) -> str:
        return self.texts.get(c.doc, "")[c.sentence_start:c.sentence_end]

    def claims(self, frame: pd.DataFrame) -> list[Claim]:
        return [self.claims_by_id[i] for i in frame["id"]]


def select(frame: pd.DataFrame, selector: "Selector", vocab: Vocabulary) -> pd.DataFrame:
    """The claims a rule's ``where:`` selects (things include their descendants)."""
    mask = pd.Series(True, index=frame.index)
    for name in type(selector).model_fields:
        wanted = getattr(selector, name)
        if wanted is None:
            continue
        wanted_set = {str(w) for w in wanted}
        if name == "thing":
            lowered = {w.lower() for w in wanted_set}
            col = frame["thing_class"].map(
                lambda t: any(a in lowered for a in vocab.thing_ancestors(t)) if t else False)
            col |= frame["thing_key"].map(lambda t: bool(t) and t.lower() in lowered)
            mask &= col
        else:
            mask &= frame[name].astype(object).isin(wanted_set)
    return frame[mask]


def group_columns(rule: "Rule") -> list[str]:
    cols: list[str] = []
    for k in rule.key:
        if k not in LOOSE_KEYS:
            cols.extend(KEY_COLUMNS[k])
    return cols


def groups(frame: pd.DataFrame, rule: "Rule") -> Iterable[tuple[tuple, pd.DataFrame]]:
    """Claims sharing the rule's key; rows with a missing key field never group."""
    cols = group_columns(rule)
    if frame.empty:
        return []
    usable = frame.dropna(subset=[c for c in cols if c != "when_end"]) if cols else frame
    if not cols:
        return [((), usable)]
    out = []
    for key, g in usable.groupby(cols, sort=True, dropna=False):
        out.append((key if isinstance(key, tuple) else (key,), g))
    return out


def places_compatible(a: Claim, b: Claim, rule: "Rule") -> bool:
    if "where" not in rule.key:
        return True
    return a.where is None or b.where is None or a.where == b.where


def describe(c: Claim) -> str:
    return format_interval(c.low, c.high, c.low_inclusive, c.high_inclusive)


def claim_vars(c: Claim) -> dict[str, Any]:
    """What a message template sees of a claim."""
    d = c.to_dict()
    d["interval"] = describe(c)
    d["authority"] = c.authority
    return d


def make_finding(rule: "Rule", claims: Iterable[Claim], explanation: str,
                 severity: str | None = None, key: tuple = (), message: str | None = None,
                 **variables: Claim) -> Finding:
    """A finding whose message is the rule's template (or a fixed ``message``)."""
    claims = tuple(claims)
    if message is None:
        msg_vars = {name: claim_vars(c) for name, c in variables.items()}
        msg_vars["claims"] = [claim_vars(c) for c in claims]
        message = rule.render_message(**msg_vars)
    return Finding(rule=rule.id, severity=severity or rule.severity,
                   message=message, claims=claims,
                   explanation=explanation, rule_type=rule.type,
                   key=tuple("" if k is None or k != k else str(k) for k in key))
