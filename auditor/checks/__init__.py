"""Rule types, one module each, registered by name in a plain dict.

Each module has the same shape (after yamllint's rules): a docstring that
is its documentation (*What it checks*, *Why it matters*, *Example*), a
``TYPE`` name, an ``Options`` pydantic model for its own YAML keys, a
``DEFAULT_MESSAGE`` template, and ``check(claims, rule, context)`` that
yields findings.
"""

from __future__ import annotations

from types import ModuleType

from auditor.checks import agreement, monotonic, part_whole

CHECKS: dict[str, ModuleType] = {
    agreement.TYPE: agreement,
    part_whole.TYPE: part_whole,
    monotonic.TYPE: monotonic,
}


def get(type_name: str) -> ModuleType:
    try:
        return CHECKS[type_name]
    except KeyError:
        raise KeyError(f"unknown rule type {type_name!r}; known: {', '.join(sorted(CHECKS))}") from None
