"""Safe YAML with positions: the one loader for every YAML the tool reads
(rules, vocabulary, documents' front matter).

Built on PyYAML's composer (C-accelerated where available), which keeps the
line and column of every node. On top of safe loading it rejects what a
rule file never needs and an attacker would use: anchors and aliases
("billion laughs"), any explicit tag (``!!python/object``), duplicate keys
(the second silently wins in plain YAML) and files over a size cap.

``load_yaml`` returns plain data and a ``Positions`` map from a path of keys
and indexes (``("rules", 0, "type")``) to ``(line, col)``, both 1-based, so
validation errors can point at the offending place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from auditor.errors import ConfigError
from auditor.safetext import terminal_safe

MAX_YAML_BYTES = 2 * 1024 * 1024
MAX_YAML_DEPTH = 64          # nested collections; a rule file needs about ten
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq", "tag:yaml.org,2002:timestamp",
}

Path_ = tuple[Any, ...]
_VALUE = "\x00value"   # positions[path + (_VALUE,)] is where the value (not its key) starts


class Positions(dict):
    """``{path: (line, col)}`` with a lookup that falls back to the nearest parent."""

    def value(self, path: Path_) -> tuple[int | None, int | None]:
        """Where the value at ``path`` starts (``find`` gives where its key is)."""
        return self.get(tuple(path) + (_VALUE,)) or self.find(path)

    def find(self, path: Path_) -> tuple[int | None, int | None]:
        path = tuple(path)
        while path:
            if path in self:
                return self[path]
            path = path[:-1]
        return self.get((), (None, None))


class _Loader(yaml.SafeLoader):
    what = "rule files"     # named in messages: "not allowed in front matter"
    depth = 0

    def compose_node(self, parent, index):  # noqa: D401 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ConfigError(f"YAML aliases (*{event.anchor}) are not allowed in {self.what}",
                              None, event.start_mark.line + 1, event.start_mark.column + 1)
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise ConfigError(f"YAML anchors (&{anchor}) are not allowed in {self.what}",
                              None, event.start_mark.line + 1, event.start_mark.column + 1)
        self.depth += 1
        try:
            if self.depth > MAX_YAML_DEPTH:
                raise ConfigError(f"YAML nested more than {MAX_YAML_DEPTH} levels deep",
                                  None, event.start_mark.line + 1, event.start_mark.column + 1)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node: Node, path: Path_, positions: Positions, loader: _Loader) -> Any:
    positions[path] = _pos(node)
    positions[path + (_VALUE,)] = _pos(node)
    if node.tag not in _STANDARD_TAGS:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise ConfigError(f"YAML tag {tag!r} is not allowed (plain values only)", None, *_pos(node))
    if isinstance(node, MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise ConfigError("mapping keys must be plain values", None, *_pos(key_node))
            if key_node.tag == "tag:yaml.org,2002:merge" or key_node.value == "<<":
                raise ConfigError("YAML merge keys (<<) are not allowed: write the keys out",
                                  None, *_pos(key_node))
            key = loader.construct_object(key_node, deep=True)
            if key in out:
                first = positions.get(path + (key,), (None, None))[0]
                raise ConfigError(f"duplicate key {key!r} (first defined on line {first})",
                                  None, *_pos(key_node))
            positions[path + (key,)] = _pos(key_node)
            out[key] = _build(value_node, path + (key,), positions, loader)
            positions[path + (key,)] = _pos(key_node)
        return out
    if isinstance(node, SequenceNode):
        return [_build(item, path + (i,), positions, loader) for i, item in enumerate(node.value)]
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, OverflowError) as exc:   # a timestamp that is no date: 2020-13-45, +99:00
        raise ConfigError(terminal_safe(f"{node.value!r} is not a valid {node.tag.rsplit(':', 1)[-1]}: {exc}", 200),
                          None, *_pos(node)) from None


_CLoader: type[yaml.CSafeLoader] | None = getattr(yaml, "CSafeLoader", None)   # None: PyYAML built without libyaml


def _c_loader(text: str, what: str):
    """libyaml's loader, after its events were checked for what ``_Loader`` refuses while
    composing (anchors, aliases, depth): libyaml composes recursively in C, so depth is
    checked before. Five times faster than ``_Loader`` on a document's front matter."""
    assert _CLoader is not None, "called only where PyYAML has libyaml"
    depth = 0
    for event in yaml.parse(text, Loader=_CLoader):
        mark = event.start_mark
        assert mark is not None     # the parser marks every event it emits
        if isinstance(event, yaml.AliasEvent):
            raise ConfigError(f"YAML aliases (*{event.anchor}) are not allowed in {what}",
                              None, mark.line + 1, mark.column + 1)
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise ConfigError(f"YAML anchors (&{anchor}) are not allowed in {what}",
                              None, mark.line + 1, mark.column + 1)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise ConfigError(f"YAML nested more than {MAX_YAML_DEPTH} levels deep",
                                  None, mark.line + 1, mark.column + 1)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return _CLoader(text)


def load_yaml_text(text: str, path: str | None = None, what: str = "rule files",
                   max_bytes: int = MAX_YAML_BYTES, fast: bool = True) -> tuple[Any, Positions]:
    """Parse YAML text into plain data and positions; errors are ConfigError.

    ``what`` names the kind of YAML in messages; ``max_bytes`` is its size cap.
    Parsed with libyaml where PyYAML has it (``fast``; the same limits, and forty
    times faster on a 2 MB rule file); a text libyaml refuses is parsed again by
    PyYAML, so every error is worded and placed as PyYAML does it.
    """
    if len(text) > max_bytes or len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise ConfigError(f"over the {max_bytes:,}-byte limit for {what}", path, 1, 1)
    if fast and _CLoader is not None and not _NON_PRINTABLE.search(text):
        try:
            return _load(text, path, what, True)
        except ConfigError:
            pass
    return _load(text, path, what, False)


_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE    # what PyYAML's reader refuses (libyaml differs)


def _load(text: str, path: str | None, what: str, fast: bool) -> tuple[Any, Positions]:
    try:
        if fast and _CLoader is not None:
            loader = _c_loader(text, what)
        else:
            loader = _Loader(text)
            loader.what = what
    except ConfigError as exc:
        raise ConfigError(exc.message, path, exc.line, exc.col) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        msg = terminal_safe(_plain_yaml_problem((exc.problem or exc.context or "invalid YAML").strip()), 200)
        raise ConfigError(f"invalid YAML: {msg}", path, *((mark.line + 1, mark.column + 1) if mark else ())) from None
    except yaml.reader.ReaderError as exc:     # a control character: checked before parsing
        line, col = _offset_position(text, exc.position)
        raise ConfigError(f"invalid YAML: control character {_char(exc.character)} is not allowed",
                          path, line, col) from None
    except yaml.YAMLError as exc:
        raise ConfigError(terminal_safe(f"invalid YAML: {exc}".splitlines()[0], 200), path) from None
    positions = Positions()
    try:
        node = loader.get_single_node()
        if node is None:
            return None, positions
        return _build(node, (), positions, loader), positions
    except RecursionError:
        raise ConfigError(f"invalid YAML: nested more than {MAX_YAML_DEPTH} levels deep", path, 1, 1) from None
    except ConfigError as exc:
        exc.path = path
        raise ConfigError(exc.message, path, exc.line, exc.col) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        msg = terminal_safe(_plain_yaml_problem((exc.problem or exc.context or "invalid YAML").strip()), 200)
        raise ConfigError(f"invalid YAML: {msg}", path, *((mark.line + 1, mark.column + 1) if mark else ())) from None
    except yaml.reader.ReaderError as exc:
        line, col = _offset_position(text, exc.position)
        raise ConfigError(f"invalid YAML: control character {_char(exc.character)} is not allowed",
                          path, line, col) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        # e.g. a timestamp that is no date (2020-13-45) or an offset of +99:00
        raise ConfigError(terminal_safe(f"invalid YAML: {exc}".splitlines()[0], 200), path) from None
    finally:
        loader.dispose()


def _char(c: Any) -> str:
    code = c if isinstance(c, int) else ord(c)
    return f"U+{code:04X}"


def _offset_position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


_YAML_JARGON = {
    "expected <block end>, but found '<block mapping start>'":
        "this line is indented differently from the lines of its block",
    "expected <block end>, but found '<block sequence start>'":
        "this list item is indented differently from the lines of its block",
    "mapping values are not allowed here": "unexpected ':' (quote a value that contains ': ')",
}


def _plain_yaml_problem(problem: str) -> str:
    """PyYAML's parser words, with the common ones said plainly."""
    for jargon, plain in _YAML_JARGON.items():
        if problem.startswith(jargon):
            return plain
    return problem


def load_yaml(path: str | Path) -> tuple[Any, Positions]:
    """Read and parse a YAML file (see ``load_yaml_text``)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_YAML_BYTES:
            raise ConfigError(f"file is {size:,} bytes, over the {MAX_YAML_BYTES:,}-byte limit for rule files",
                              str(p), 1, 1)
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError("not valid UTF-8 text", str(p)) from None
    except OSError as exc:
        raise ConfigError(exc.strerror or str(exc), str(p)) from None
    return load_yaml_text(text, str(p))
