"""Rule types, one module each, registered by name in a plain dict.

Each module has the same shape (after yamllint's rules): a docstring that
is its documentation (*What it checks*, *Why it matters*, *Example*), a
``TYPE`` name, ``LOCAL`` (true when its findings never involve claims of
two documents), an ``Options`` pydantic model for its own YAML keys (each
field with a description), a ``DEFAULT_MESSAGE`` template, optionally
``prepare(options, rule_dir)`` that compiles what the rule needs at load
time (raising ``OptionError``), and ``check(claims, rule, context)`` that
yields findings. ``docs/rules.md`` is generated from all of this
(``auditor.checks.docs``).
"""

from __future__ import annotations

from types import ModuleType

from auditor.checks import (
    agreement,
    arithmetic,
    bounds,
    change,
    headline,
    monotonic,
    part_whole,
    reference,
    restatement,
    rounding,
    running_total,
    share,
    share_total,
)

CHECKS: dict[str, ModuleType] = {
    agreement.TYPE: agreement,
    part_whole.TYPE: part_whole,
    monotonic.TYPE: monotonic,
    arithmetic.TYPE: arithmetic,
    bounds.TYPE: bounds,
    reference.TYPE: reference,
    rounding.TYPE: rounding,
    headline.TYPE: headline,
    share.TYPE: share,
    share_total.TYPE: share_total,
    change.TYPE: change,
    running_total.TYPE: running_total,
    restatement.TYPE: restatement,
}


def get(type_name: str) -> ModuleType:
    try:
        return CHECKS[type_name]
    except KeyError:
        raise KeyError(f"unknown rule type {type_name!r}; known: {', '.join(sorted(CHECKS))}") from None
