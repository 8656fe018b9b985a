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
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from auditor.errors import ConfigError, InputError
from auditor.own_files import is_own_report, reads_as_own_report
from auditor.safetext import safe_name, strip_controls, terminal_safe, without_surrogates
from auditor.yamlload import load_yaml_text

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024      # one document: a file, a JSONL line, stdin
MAX_FRONT_MATTER_BYTES = 64 * 1024
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")


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
    encoding: str | None = None    # the encoding guessed for a file that was not UTF-8 (e.g. cp1252)
    # lines of its file before ``text`` (the YAML front matter), so a report can name a claim's line
    # in the file without reading it again; None when the text is not the file's own lines (HTML,
    # JSON Lines, stdin, a document built in memory)
    body_line: int | None = None

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

    def __post_init__(self) -> None:   # printable and storable whatever the file name or the error held
        object.__setattr__(self, "path", safe_name(str(self.path)))
        object.__setattr__(self, "message", terminal_safe(self.message))

    def __str__(self) -> str:
        return terminal_safe(f"{self.path}: {self.message}")


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


def _over(size: int, limit: int = MAX_DOCUMENT_BYTES) -> InputError:
    return InputError(f"document is {'over' if size < 0 else f'{size:,} bytes, over'} the {limit:,}-byte limit")


def read_bounded(fh: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """At most ``limit`` bytes of ``fh``; more is an ``InputError``, found without reading past the limit."""
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise _over(-1, limit)
    return data


def read_input_bytes(path: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a document file or pipe, never more than ``limit`` read."""
    if path == "-":
        return read_bounded(sys.stdin.buffer, limit)
    info = os.stat(path)
    if stat.S_ISREG(info.st_mode):
        if info.st_size > limit:
            raise _over(info.st_size, limit)
    elif not stat.S_ISFIFO(info.st_mode):
        raise InputError("not a regular file or pipe")
    with open(path, "rb") as fh:
        return read_bounded(fh, limit)


def bounded_lines(fh: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> Iterator[bytes | None]:
    """The lines of ``fh``; ``None`` for a line over ``limit`` bytes, which is skipped unread beyond the limit."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            while not line.endswith(b"\n"):        # the rest of the long line, a chunk at a time
                line = fh.readline(1 << 20)
                if not line:
                    break
            yield None
        else:
            yield line


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_text(data: bytes, limit: int = MAX_DOCUMENT_BYTES) -> tuple[str, str | None]:
    """Text of a document's bytes, and the encoding guessed when it was not UTF-8.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 and UTF-32 are read as
    such; anything else is given to charset-normalizer (a Windows-1252 file
    from an old CMS). Only bytes that no plausible encoding decodes are an error.
    """
    if len(data) > limit:
        raise _over(len(data), limit)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), None
            except UnicodeDecodeError:
                raise InputError(f"not valid {codec.upper()} text") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad = exc.start
        if _mostly_utf8(data):
            raise InputError(f"not valid UTF-8 text (byte {bad})") from None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        raise InputError(f"not valid UTF-8 text (byte {bad}), and no other encoding fits") from None
    text = str(best)
    try:        # the detector's name for a Windows-1252 text may be a sibling code page
        if best.encoding != "cp1252" and data.decode("cp1252") == text:
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    return text, best.encoding


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (rather than a legacy encoding): its multi-byte sequences outnumber the bad bytes."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return sum(1 for c in text if ord(c) > 127) - bad > bad


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)
_IGNORE_MARK = re.compile(r"<!--\s*auditor:\s*ignore\s+([\w\-, ]+?)\s*-->")


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """Front matter as a dict, the body, and the body's offset in ``text``."""
    m = _FRONT.match(text)
    if not m:
        return {}, text, 0
    try:    # the rule files' loader and limits: no aliases, no tags, bounded size and depth
        meta = load_yaml_text(m.group(1), None, "front matter", MAX_FRONT_MATTER_BYTES)[0] or {}
    except ConfigError as exc:
        where = f" (line {exc.line + 1})" if exc.line else ""
        raise InputError(f"malformed YAML front matter{where}: {exc.message}") from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping of fields (source, published, title, url)")
    return meta, text[m.end():], m.end()


_TAG = re.compile(r"<(script|style)\b[^>]{0,2000}>|<[^>]{0,2000}>", re.I)
_CLOSE = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I)}


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: scripts and styles dropped, tags removed.

    One pass (issue 17: a regular expression for "<script> up to </script>"
    searched to the end of the page from every unclosed <script>: 1 MB took
    minutes). Once a search for a closing tag fails, none is searched for again.
    """
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()    # no closing tag of these after the current position
    while True:
        m = _TAG.search(markup, pos)
        if m is None:
            out.append(markup[pos:])
            break
        out.append(markup[pos:m.start()])
        out.append(" ")
        pos = m.end()
        name = (m.group(1) or "").lower()
        if name and name not in unclosed:
            close = _CLOSE[name].search(markup, pos)
            if close is None:
                unclosed.add(name)      # kept as text, as an unmatched tag always was
            else:
                pos = close.end()
    text = html.unescape("".join(out))
    return re.sub(r"[ \t]+", " ", text)


def _ignored_rules(meta: dict, body: str) -> tuple[str, ...]:
    ids: list[str] = []
    raw = meta.get("auditor-ignore") or meta.get("ignore") or []
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(x, (str, int, float)) for x in raw):
        raise InputError("ignore: expected a rule id or a list of rule ids")
    ids.extend(str(x) for x in raw)
    for m in _IGNORE_MARK.finditer(body):
        ids.extend(p.strip() for p in m.group(1).split(",") if p.strip())
    return tuple(sorted(set(ids)))


def _field(meta: dict, name: str) -> str | None:
    """A front-matter or JSONL field as text, control characters escaped (a source is printed
    on terminals and in logs); a list or mapping where text belongs is an error."""
    value = meta.get(name)
    if value is None or value == "" or value is False:
        return None
    if isinstance(value, (list, dict)):
        raise InputError(f"{name}: expected text, got a {'list' if isinstance(value, list) else 'mapping'}")
    return safe_name(without_surrogates(str(value)))


def _from_mapping(meta: dict, text: str, default_id: str, path: str | None,
                  published: str | None, encoding: str | None = None, body_line: int | None = None) -> Document:
    unknown_date = meta.get("published", published)
    if isinstance(unknown_date, (list, dict, bool)):
        raise InputError("published: expected an ISO 8601 date or date-time")
    clean = strip_controls(without_surrogates(text))
    if clean != text and clean != text.replace("\r\n", "\n"):
        body_line = None        # not only line ends changed: lines of ``clean`` may not be the file's
    text = clean
    return Document(
        id=_field(meta, "id") or default_id,
        text=text,
        source=_field(meta, "source") or default_id,
        published=normalise_published(unknown_date),
        title=_field(meta, "title"),
        url=_field(meta, "url"),
        path=path,
        ignore=_ignored_rules(meta, text),
        encoding=encoding,
        body_line=body_line,
    )


_OWN_REPORT = "an audit report this program wrote, not a document (write reports outside the folders audited)"


def read_text_document(data: bytes, path: str, published: str | None = None) -> Document:
    """A ``.txt``, ``.md`` or ``.html`` file as a Document. A report this program wrote is none: run
    twice on a folder that holds the first run's report, the second run would audit the findings."""
    text, encoding = decode_text(data)
    path = safe_name(path)
    name = Path(path).name
    stem = Path(path).stem if path != "-" else "stdin"
    body_line = None
    if name.lower().endswith((".html", ".htm")):
        if reads_as_own_report(text, html_file=True):
            raise InputError(_OWN_REPORT)
        text = html_to_text(text)
        meta: dict = {}
    else:
        meta, body, offset = split_front_matter(text)
        if path != "-":
            body_line = text.count("\n", 0, offset)
        text = body
        if reads_as_own_report(text, html_file=False):
            raise InputError(_OWN_REPORT)
    if not text.strip():
        raise InputError("empty document")
    return _from_mapping(meta, text, stem, path, published, encoding, body_line)


def jsonl_document(line: bytes | str | None, path: str, n: int, published: str | None = None) -> Document | Problem:
    """The document on line ``n`` of a JSONL file, or the Problem with it (``None``: a line over the size limit)."""
    path = safe_name(path)
    where = f"{path}:{n}"
    try:
        if line is None:
            raise _over(-1)
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid UTF-8 text (byte {exc.start} of the line)") from None
        if len(line) > MAX_DOCUMENT_BYTES:
            raise _over(-1)
        obj = json.loads(line)
        if not isinstance(obj, dict):
            raise InputError("a line must be a JSON object")
        if not isinstance(obj.get("text"), str):
            raise InputError('a document needs a "text" string')
        return _from_mapping(obj, obj["text"], f"{Path(path).stem}-{n}", where, published)
    except json.JSONDecodeError as exc:
        return Problem(where, f"not JSON ({exc.msg})")
    except RecursionError:
        return Problem(where, "not JSON this program reads (nested too deeply)")
    except InputError as exc:
        return Problem(where, str(exc))


def read_jsonl_documents(data: bytes, path: str, published: str | None = None, first_line: int = 1
                         ) -> Iterator[Document | Problem]:
    """One document a line: ``{"id", "text", "source"?, "published"?, "title"?, "url"?}``.

    ``first_line``: the line number of ``data``'s first line in the file, for
    a block read from the middle of a large file (messages and default ids
    name the file's own line numbers). Lines are split at ``\\n`` only (JSON
    text may hold U+2028), and each is decoded on its own: a bad line is one problem.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):      # UTF-16 or UTF-32: decoded whole
        lines: list = decode_text(data, limit=50 * MAX_DOCUMENT_BYTES)[0].split("\n")
    else:
        lines = data.split(b"\n")
        if lines[0].startswith(b"\xef\xbb\xbf"):
            lines[0] = lines[0][3:]
    for n, line in enumerate(lines, first_line):
        if not line.strip():
            continue
        yield jsonl_document(line, path, n, published)


def iter_jsonl_file(path: str, published: str | None = None) -> Iterator[Document | Problem]:
    """A JSONL file streamed a line at a time; each line is held to the per-document limit."""
    with open(path, "rb") as fh:
        head = fh.read(2)
        fh.seek(0)
        if head in (b"\xff\xfe", b"\xfe\xff"):
            yield from read_jsonl_documents(read_bounded(fh, 50 * MAX_DOCUMENT_BYTES), path, published)
            return
        for n, line in enumerate(bounded_lines(fh), 1):
            if n == 1 and line and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if line is None or line.strip():
                yield jsonl_document(line, path, n, published)


def expand_paths(paths: Iterable[str]) -> Iterator[str | Problem]:
    """Files under ``paths``: folders recursively, and globs expanded here too
    (``'archive/**/*.md'`` quoted, so the shell's argument limit does not apply).
    What names nothing readable comes out as a ``Problem``."""
    for raw in paths:
        if raw != "-" and not Path(raw).exists() and glob.has_magic(raw):
            found = sorted(p for p in glob.glob(raw, recursive=True) if Path(p).is_file() and not is_own_report(p))
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
                           and not any(part.startswith(".") for part in f.relative_to(p).parts)
                           and not is_own_report(str(f)))
            if not found:
                yield Problem(raw, f"no documents ({', '.join(SUFFIXES)}) in this directory")
            yield from found
        elif p.exists():     # a file, or a pipe (``<(curl ...)``); a device is refused when read
            yield raw
        elif p.is_symlink():
            yield Problem(raw, "a symbolic link to nothing readable (it dangles or loops)")
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
            if item != "-" and item.lower().endswith(".jsonl"):
                for d in iter_jsonl_file(item, published):
                    if isinstance(d, Problem):
                        problems.append(d)
                    else:
                        docs.append(d)
            else:
                data = read_input_bytes(item) if stdin is None or item != "-" else stdin
                docs.append(read_text_document(data, item, published))
        except InputError as exc:
            problems.append(Problem(item, str(exc)))
        except OSError as exc:
            problems.append(Problem(item, exc.strerror or str(exc)))
        except (ValueError, TypeError, RecursionError, OverflowError) as exc:  # one bad document, not the batch
            problems.append(Problem(item, f"unreadable ({type(exc).__name__}: {exc})"))
    seen: dict[str, int] = {}
    unique = []
    for d in docs:  # two files with the same stem must not share an id
        n = seen.get(d.id, 0)
        seen[d.id] = n + 1
        unique.append(d if n == 0 else Document(**{**d.__dict__, "id": f"{d.id}~{n + 1}"}))
    return unique, problems
