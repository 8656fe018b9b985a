"""Where the package's data (``rules/`` and ``templates/``) lives.

In a checkout they sit at the top of the repository (the product card fixes
that layout); in a built wheel they travel inside the package
(``auditor/rules``, ``auditor/templates``, see ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"auditor's {name}/ folder is missing from the installation")


def rules_dir() -> Path:
    """The built-in rules and vocabulary."""
    return _data_dir("rules")


def templates_dir() -> Path:
    """The jinja2 templates of the report."""
    return _data_dir("templates")
