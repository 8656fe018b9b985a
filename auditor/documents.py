"""Documents and the readers that make them.

A ``Document`` is the text of one article with what is known about it
(outlet, publication time, title, link). Readers accept ``.txt``, ``.md``
(with optional YAML front matter), ``.html`` (tags stripped) and ``.jsonl``
(one document a line, the contract in DESIGN.md), as files or directories,
and ``-`` for standard input. A document that cannot be read becomes a
``Problem``: the rest of the batch is still read.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from auditor.errors import InputError

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
FRONT_MATTER_FIELDS = ("source", "published", "title", "url", "id")


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    source: str | None = None
    published: str | None = None   # ISO 8601 date or date-time, as given
    title: str | None = None
    url: str | None = None
    path: str | None = None
    ignore: tuple[str, ...] = ()   # rule ids suppressed for this document

    @property
    def published_date(self) -> dt.date | None:
        return parse_published(self.published).date() if self.published else None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Problem:
    """A document that could not be read, and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def parse_published(value: str | dt.date | dt.datetime) -> dt.datetime:
    """A publication time from ISO 8601 text; a bare date means midnight."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"published: {text!r} is not an ISO 8601 date or date-time "
                         f"(e.g. 2020-02-27 or 2020-02-27T18:40:00+03:00)") from None


def normalise_published(value) -> str | None:
    if value is None or value == "":
        return None
    return parse_published(value).isoformat()


def _decode(data: bytes, path: str, limit: int = MAX_DOCUMENT_BYTES) -> str:
    if len(data) > limit:
        raise InputError(f"document is {len(data):,} bytes, over the {MAX_DOCUMENT_BYTES:,}-byte limit")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 text (byte {exc.start})") from None


# libyaml's safe loader when PyYAML was built with it: ten times faster on front matter
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)
_IGNORE_MARK = re.compile(r"<!--\s*auditor:\s*ignore\s+([\w\-, ]+?)\s*-->")


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """Front matter as a dict, the body, and the body's offset in ``text``."""
    m = _FRONT.match(text)
    if not m:
        return {}, text, 0
    try:
        meta = yaml.load(m.group(1), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputError(f"malformed YAML front matter{where}") from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping of fields (source, published, title, url)")
    return meta, text[m.end():], m.end()


_TAG = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]{0,2000}>", re.S | re.I)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: scripts and styles dropped, tags removed."""
    text = _TAG.sub(" ", markup)
    text = html.unescape(text)
    return re.sub(r"[ \t]+", " ", text)


def _ignored_rules(meta: dict, body: str) -> tuple[str, ...]:
    ids: list[str] = []
    raw = meta.get("auditor-ignore") or meta.get("ignore") or []
    if isinstance(raw, str):
        raw = [raw]
    ids.extend(str(x) for x in raw)
    for m in _IGNORE_MARK.finditer(body):
        ids.extend(p.strip() for p in m.group(1).split(",") if p.strip())
    return tuple(sorted(set(ids)))


def _from_mapping(meta: dict, text: str, default_id: str, path: str | None,
                  published: str | None) -> Document:
    unknown_date = meta.get("published", published)
    return Document(
        id=str(meta.get("id") or default_id),
        text=text,
        source=str(meta["source"]) if meta.get("source") else default_id,
        published=normalise_published(unknown_date),
        title=str(meta["title"]) if meta.get("title") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        path=path,
        ignore=_ignored_rules(meta, text),
    )


def read_text_document(data: bytes, path: str, published: str | None = None) -> Document:
    """A ``.txt``, ``.md`` or ``.html`` file as a Document."""
    text = _decode(data, path)
    name = Path(path).name
    stem = Path(path).stem if path != "-" else "stdin"
    if name.lower().endswith((".html", ".htm")):
        text = html_to_text(text)
        meta = {}
    else:
        meta, body, _ = split_front_matter(text)
        text = body
    if not text.strip():
        raise InputError("empty document")
    return _from_mapping(meta, text, stem, path, published)


def read_jsonl_documents(data: bytes, path: str, published: str | None = None, first_line: int = 1
                         ) -> Iterator[Document | Problem]:
    """One document a line: ``{"id", "text", "source"?, "published"?, "title"?, "url"?}``.

    ``first_line``: the line number of ``data``'s first line in the file, for
    a block read from the middle of a large file (messages and default ids
    name the file's own line numbers).
    """
    text = _decode(data, path, limit=50 * MAX_DOCUMENT_BYTES)
    for n, line in enumerate(text.splitlines(), first_line):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise InputError("a line must be a JSON object")
            if not isinstance(obj.get("text"), str):
                raise InputError('a document needs a "text" string')
            doc_id = str(obj.get("id") or f"{Path(path).stem}-{n}")
            yield _from_mapping(obj, obj["text"], doc_id, where, published)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"not JSON ({exc.msg})")
        except InputError as exc:
            yield Problem(where, str(exc))


def expand_paths(paths: Iterable[str]) -> Iterator[str | Problem]:
    """Files under ``paths``: folders recursively, and globs expanded here too
    (``'archive/**/*.md'`` quoted, so the shell's argument limit does not apply).
    What names nothing readable comes out as a ``Problem``."""
    for raw in paths:
        if raw != "-" and not Path(raw).exists() and glob.has_magic(raw):
            found = sorted(p for p in glob.glob(raw, recursive=True) if Path(p).is_file())
            if not found:
                yield Problem(raw, "no file matches this pattern")
            yield from _expand(found)
        else:
            yield from _expand([raw])


def _expand(paths: Iterable[str]) -> Iterator[str | Problem]:
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                yield Problem(raw, f"no documents ({', '.join(SUFFIXES)}) in this directory")
            yield from found
        elif p.is_file():
            yield raw
        else:
            yield Problem(raw, "no such file or directory")


def read_documents(paths: Iterable[str], published: str | None = None,
                   stdin: bytes | None = None) -> tuple[list[Document], list[Problem]]:
    """Every readable document under ``paths``, and a Problem for each one that is not."""
    docs: list[Document] = []
    problems: list[Problem] = []
    if published is not None:
        published = normalise_published(published)
    for item in expand_paths(paths):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        try:
            if item == "-":
                data = stdin if stdin is not None else sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
            else:
                size = Path(item).stat().st_size
                if size > MAX_DOCUMENT_BYTES and not item.lower().endswith(".jsonl"):
                    raise InputError(f"document is {size:,} bytes, over the {MAX_DOCUMENT_BYTES:,}-byte limit")
                data = Path(item).read_bytes()
            if item.lower().endswith(".jsonl"):
                for d in read_jsonl_documents(data, item, published):
                    (problems if isinstance(d, Problem) else docs).append(d)
            else:
                docs.append(read_text_document(data, item, published))
        except InputError as exc:
            problems.append(Problem(item, str(exc)))
        except OSError as exc:
            problems.append(Problem(item, exc.strerror or str(exc)))
    seen: dict[str, int] = {}
    unique = []
    for d in docs:  # two files with the same stem must not share an id
        n = seen.get(d.id, 0)
        seen[d.id] = n + 1
        unique.append(d if n == 0 else Document(**{**d.__dict__, "id": f"{d.id}~{n + 1}"}))
    return unique, problems
