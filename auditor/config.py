"""Project configuration, found the way ruff and Vale find theirs (issue 16).

A desk keeps its settings beside its drafts: an ``auditor.toml`` (settings at
the top level) or a ``pyproject.toml`` with a ``[tool.auditor]`` table. The
first such file in the inputs' folder or any folder above it applies (in one
folder, ``auditor.toml`` wins over ``pyproject.toml``, and a
``pyproject.toml`` without ``[tool.auditor]`` is passed over). Paths in it
are relative to the file; a command-line flag replaces the file's value for
that setting. Every setting remembers where its value came from, for
``auditor config``.

    # auditor.toml
    rules = ["rules"]              # rule files or folders, added to the built-ins
    vocabulary = ["vocabulary"]    # vocabulary files or folders extending the built-ins
    builtin-rules = true           # false: only the rules above
    disable = ["same-displacement-figure"]
    fail-on = "warning"            # error | warning | info | never
    store = "archive.duckdb"       # audit against this claims archive
    baseline = "baseline.json"     # suppress the findings listed there
"""

from __future__ import annotations

import glob
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from auditor.errors import ConfigError
from auditor.validate import did_you_mean

CONFIG_FILES = ("auditor.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
# setting → (its kind, its default)
SETTINGS: dict[str, tuple[str, Any]] = {
    "rules": ("paths", ()),
    "vocabulary": ("paths", ()),
    "builtin-rules": ("bool", True),
    "disable": ("names", ()),
    "fail-on": ("fail-on", "error"),
    "store": ("path", None),
    "baseline": ("path", None),
}
DEFAULT = "default"
COMMAND_LINE = "command line"


@dataclass(frozen=True)
class Setting:
    value: Any
    origin: str          # "default", "command line", or "path:line" of the config file


@dataclass(frozen=True)
class Config:
    """The settings that apply to one run, and the file they came from (if any)."""

    path: str | None = None
    settings: dict[str, Setting] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.settings[name].value if name in self.settings else SETTINGS[name][1]


def _resolved(path: Path) -> Path:
    """``path.resolve()``, or the absolute path when links loop (which ``resolve`` raises on):
    such a path is the reader's to skip with a reason, not a reason to stop."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def shown(path: str | Path) -> str:
    """A path as a person reads it: relative to the working folder when below it."""
    path = _resolved(Path(path))
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def start_folder(inputs: Iterable[str]) -> Path:
    """The folder the search starts from: the deepest folder holding every input (stdin: here)."""
    folders = []
    for raw in inputs:
        if raw == "-":
            continue
        p = Path(raw)
        if not p.exists() and glob.has_magic(raw):
            p = Path(raw.split("*")[0].split("?")[0].split("[")[0] or ".")
        p = _resolved(p)
        while not p.exists() and p != p.parent:
            p = p.parent
        folders.append(p if p.is_dir() else p.parent)
    if not folders:
        return Path.cwd().resolve()
    return Path(os.path.commonpath([str(f) for f in folders]))


def find_config(inputs: Iterable[str]) -> Path | None:
    """The first ``auditor.toml``, or ``pyproject.toml`` with ``[tool.auditor]``, from the inputs upward."""
    folder = start_folder(inputs)
    for d in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = d / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_auditor(candidate)):
                return candidate
    return None


def _has_tool_auditor(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False   # not ours to judge: a broken pyproject.toml is some other tool's business
    return isinstance(data.get("tool"), dict) and "auditor" in data["tool"]


def load_config(path: str | Path) -> dict[str, Setting]:
    """The settings of one config file, validated, with paths made relative to it."""
    path = Path(path)
    where = shown(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration: {exc.strerror or exc}", where) from None
    except UnicodeDecodeError:
        raise ConfigError("the configuration is not UTF-8 text", where) from None
    except tomllib.TOMLDecodeError as exc:
        line, col = _toml_position(str(exc))
        raise ConfigError(f"not valid TOML: {str(exc).split(' (at ')[0]}", where, line, col) from None
    section = None
    if path.name == "pyproject.toml":
        section = "tool.auditor"
        data = data.get("tool", {}).get("auditor", {})
        if not isinstance(data, dict):
            raise ConfigError("[tool.auditor] must be a table", where, _line_of(text, "auditor", None))
    out: dict[str, Setting] = {}
    for key, value in data.items():
        line = _line_of(text, key, section)
        if key not in SETTINGS:
            hint = did_you_mean(key, SETTINGS)
            listed = "" if hint else f"; the settings are: {', '.join(SETTINGS)}"
            raise ConfigError(f"unknown setting {key!r}{hint}{listed}", where, line)
        out[key] = Setting(_value(key, value, path.parent, where, line), f"{where}:{line}" if line else where)
    return out


def _value(key: str, value: Any, base: Path, where: str, line: int | None) -> Any:
    kind = SETTINGS[key][0]

    def bad(expected: str) -> ConfigError:
        return ConfigError(f"{key}: expected {expected}, got {value!r}", where, line)

    if kind in ("paths", "names"):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) and v for v in items):
            raise bad("a list of " + ("paths" if kind == "paths" else "rule ids"))
        return tuple(shown(base / v) for v in items) if kind == "paths" else tuple(items)
    if kind == "path":
        if not isinstance(value, str) or not value:
            raise bad("a path")
        return shown(base / value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if value not in FAIL_ON:
        hint = did_you_mean(str(value), FAIL_ON)
        raise ConfigError(f"{key}: expected one of {', '.join(FAIL_ON)}, got {value!r}{hint}", where, line)
    return value


def _toml_position(message: str) -> tuple[int | None, int | None]:
    m = re.search(r"at line (\d+), column (\d+)", message)
    return (int(m.group(1)), int(m.group(2))) if m else (None, None)


def _line_of(text: str, key: str, section: str | None) -> int | None:
    """The line where ``key =`` is set (in ``[section]`` when given): TOML keeps no positions."""
    current = None
    pattern = re.compile(rf"""^\s*(?:"{re.escape(key)}"|'{re.escape(key)}'|{re.escape(key)})\s*=""")
    for n, line in enumerate(text.splitlines(), 1):
        header = re.match(r"^\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            current = header.group(1).replace('"', "").replace(" ", "")
            if section is None and key == "auditor" and current == "tool.auditor":
                return n
            continue
        if current == section and pattern.match(line):
            return n
    return None


def resolve(inputs: Iterable[str], given: dict[str, Any], config_file: str | None = None,
            use_config: bool = True) -> Config:
    """The settings for a run over ``inputs``: defaults, then the config file, then flags ``given``.

    ``config_file`` names the file instead of searching for it; ``use_config``
    false ignores any file (``--no-config``).
    """
    settings = {name: Setting(default, DEFAULT) for name, (_, default) in SETTINGS.items()}
    path = None
    if use_config:
        found = Path(config_file) if config_file else find_config(inputs)
        if config_file and not Path(config_file).is_file():
            raise ConfigError("no such configuration file", config_file)
        if found is not None:
            path = shown(found)
            settings.update(load_config(found))
    for name, value in given.items():
        settings[name] = Setting(tuple(value) if isinstance(value, list) else value, COMMAND_LINE)
    return Config(path, settings)


def describe(config: Config) -> str:
    """What ``auditor config`` prints: each setting, its value, and where it came from."""
    lines = [f"configuration: {config.path or 'none found (defaults and flags only)'}"]
    for name in SETTINGS:
        s = config.settings.get(name, Setting(SETTINGS[name][1], DEFAULT))
        lines.append(f"{name:14} {_show_value(s.value):40} {s.origin}".rstrip())
    return "\n".join(lines) + "\n"


def _show_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return ", ".join(value) if value else "-"
    return str(value)
