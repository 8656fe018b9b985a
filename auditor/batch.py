"""Batches: thousands of documents read and extracted in parallel, in a stable order.

Extraction is CPU-bound pure Python, so the work goes to processes, not
threads: a ``ProcessPoolExecutor`` whose workers each receive the vocabulary
once (``initializer``) and then chunks of work items (file paths, blocks of
JSONL lines, or documents already in memory). Results come back chunk by
chunk in the order the chunks were submitted, with at most a few chunks in
flight, so memory stays flat and the output is the same, claim for claim
and in the same order, as a serial run. A file that cannot be read, or a
document whose extraction fails, becomes a ``Problem``; the rest of the
batch goes on.

For the store (``ingest_paths``) the workers do all the per-document work,
reading and parsing included, and send back plain columns
(``store.DocumentRows``): the parent shares the cores with them, so what it
does per claim is time taken from extraction.

A progress bar goes to stderr when stderr is a terminal.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator, Sequence, Sized, TextIO

from auditor.claims import Claim, SharedText, with_doc_id
from auditor.documents import (
    MAX_DOCUMENT_BYTES,
    Document,
    Problem,
    bounded_lines,
    expand_paths,
    jsonl_document,
    normalise_published,
    read_bounded,
    read_input_bytes,
    read_jsonl_documents,
    read_text_document,
)
from auditor.errors import InputError
from auditor.vocabulary import Vocabulary


@dataclass(frozen=True)
class JsonlBlock:
    """Lines of a JSONL file, parsed into documents by the worker that gets them."""

    path: str
    first_line: int        # line number of the first line in the file
    data: bytes
    lines: int


Item = str | Document | JsonlBlock   # a path to read, a document already read, or JSONL lines
Known = dict[tuple[str | None, str], str]   # (source, id) → content hash of a stored document
# each document with its claims: None for a document in ``Known`` (not extracted again),
# none for a problem
Chunk = list[tuple[Document | Problem, list[Claim] | None]]

DEFAULT_CHUNK = 32
PARALLEL_FROM = 200            # fewer documents than this: a pool costs more than it saves

_VOCAB: Vocabulary | None = None
_PUBLISHED: str | None = None
_KNOWN: Known = {}   # stored already, unchanged: not extracted again


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:     # not on Linux
        return max(1, os.cpu_count() or 1)


# -- the worker side ---------------------------------------------------------------

def _init_worker(vocab: Vocabulary, published: str | None, known: Known | None = None,
                 in_pool: bool = False) -> None:
    global _VOCAB, _PUBLISHED, _KNOWN
    if in_pool:
        # Ctrl-C reaches the whole process group: the parent alone decides what to do,
        # and a worker told to stop (SIGTERM) stops, whatever handler the parent had
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        end_with_parent()
    _VOCAB, _PUBLISHED, _KNOWN = vocab, published, known or {}
    # compile the vocabulary's patterns once per worker, not once per chunk
    for name in ("hedge_pattern", "vague_pattern", "measure_pattern", "thing_pattern",
                 "place_pattern", "source_pattern", "hedge_by_phrase"):
        getattr(vocab, name, None)


def end_with_parent(poll_seconds: float = 1.0) -> None:
    """Make this worker process end when its parent does (issue 17: after ``kill -9`` of
    an ingest, its pool workers lived on). On Linux the kernel sends SIGTERM at once
    (``PR_SET_PDEATHSIG``); everywhere, a daemon thread also checks every
    ``poll_seconds`` that the parent is still the one that started the worker."""
    import multiprocessing
    import threading

    started_by = multiprocessing.parent_process()
    parent = started_by.pid if started_by is not None else os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM, 0, 0, 0)      # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:        # the parent died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(poll_seconds)
            if os.getppid() != parent:
                os._exit(1)
    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def _read_item(item: Item) -> list[Document | Problem]:
    if isinstance(item, Document):
        return [item]
    if isinstance(item, JsonlBlock):
        try:
            return list(read_jsonl_documents(item.data, item.path, _PUBLISHED, item.first_line))
        except InputError as exc:
            return [Problem(f"{item.path}:{item.first_line}", str(exc))]
    try:
        data = read_input_bytes(item)     # held to the per-document limit while reading (issue 17)
        if item.lower().endswith(".jsonl"):
            return list(read_jsonl_documents(data, item, _PUBLISHED))
        return [read_text_document(data, item, _PUBLISHED)]
    except InputError as exc:
        return [Problem(item, str(exc))]
    except OSError as exc:
        return [Problem(item, exc.strerror or str(exc))]
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:   # one bad document, not the batch
        return [Problem(item, f"unreadable ({type(exc).__name__}: {exc})")]


def _work(chunk: Sequence[Item]) -> Chunk:
    from auditor.resolve import claims_of

    assert _VOCAB is not None, "worker not initialised"
    out: Chunk = []
    for item in chunk:
        for doc in _read_item(item):
            if isinstance(doc, Problem):
                out.append((doc, []))
                continue
            if _KNOWN and _KNOWN.get((doc.source, doc.id)) == doc.content_hash:
                out.append((doc, None))    # stored already, unchanged: the store skips it
                continue
            try:
                out.append((doc, claims_of(doc, _VOCAB)))
            except Exception as exc:   # one bad document must not sink the batch
                out.append((Problem(doc.path or doc.id, f"extraction failed: {type(exc).__name__}: {exc}"), []))
    return out


def _work_rows(chunk: Sequence[Item]):
    """``_work`` for the store: documents and claims as plain columns (``DocumentRows``).

    Building the columns here, in the worker, spares the parent (which shares
    the cores with the workers) unpickling one ``Claim`` object per claim.
    """
    from auditor.store import DocumentRows

    out = _work(chunk)
    problems = [doc for doc, _ in out if isinstance(doc, Problem)]
    return problems, DocumentRows.from_pairs((d, cs) for d, cs in out if not isinstance(d, Problem))


# -- the parent side ---------------------------------------------------------------

class Progress:
    """A one-line progress bar on a terminal; silent elsewhere."""

    def __init__(self, total: int | None, stream: TextIO | None = None, enabled: bool | None = None,
                 label: str = "documents") -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total, self.done, self.label = total, 0, label
        self.start = time.monotonic()
        self._last = 0.0

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        finished = self.total is not None and self.done >= self.total
        if self.enabled and (now - self._last > 0.1 or finished):
            self._last = now
            rate = self.done / max(now - self.start, 1e-9)
            if self.total:
                width = 30
                filled = min(width, int(width * self.done / self.total))
                line = f"[{'#' * filled}{'.' * (width - filled)}] {self.done:,}/{self.total:,}"
            else:
                line = f"{self.done:,}"
            self.stream.write(f"\r{line} {self.label} ({rate:,.0f}/s)")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _weight(item: Item) -> int:
    return item.lines if isinstance(item, JsonlBlock) else 1


def _work_chunks(items: Iterable[Item], size: int) -> Iterator[tuple[list[Item], int]]:
    """Chunks of about ``size`` documents, each with its count of documents (a JSONL block
    counts as its lines), which the progress bar advances by."""
    chunk: list[Item] = []
    weight = 0
    for item in items:
        chunk.append(item)
        weight += _weight(item)
        if weight >= size:
            yield chunk, weight
            chunk, weight = [], 0
    if chunk:
        yield chunk, weight


def _ready() -> None:
    """A task that does nothing: waiting for it means a worker is up."""


def start_pool(vocab: Vocabulary, jobs: int | None = None) -> ProcessPoolExecutor:
    """Worker processes for ``iter_extract(pool=...)``, started now (issue 17).

    Where processes are forked, a worker begins as a copy of its parent, and
    each one's resident memory counts every page of the parent again: started
    before the parent reads a batch's documents, the workers hold only the
    program and the vocabulary. For documents already read (no ``published``
    default, nothing ``known``); the caller shuts the pool down (``stop_pool``).
    """
    jobs = default_jobs() if not jobs or jobs < 1 else jobs
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(vocab, None, None, True))
    for fut in [pool.submit(_ready) for _ in range(jobs)]:
        fut.result()
    return pool


def stop_pool(pool: ProcessPoolExecutor, now: bool = False) -> None:
    """Shut ``pool`` down: ``now`` (interrupted, abandoned) stops its workers instead of
    waiting for their queued chunks; nothing they hold has been written anywhere."""
    if not now:
        pool.shutdown(wait=True)
        return
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        proc.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def iter_extract(items: Iterable[Item], vocab: Vocabulary, jobs: int | None = None,
                 chunk_size: int = DEFAULT_CHUNK, published: str | None = None,
                 progress: bool | None = None, known: Known | None = None,
                 work: Callable = _work, pool: ProcessPoolExecutor | None = None) -> Iterator:
    """Read and extract ``items`` (paths or documents), chunk by chunk, in input order.

    ``items`` may be a lazy iterable: it is consumed a few chunks ahead of
    the results. ``jobs``: worker processes (default: every core this
    process may use); 1 runs in this process. The vocabulary goes to each
    worker once. A document whose id and content hash are in ``known``
    comes back with ``None`` for claims: it is not extracted again.
    ``work`` turns a chunk into its result in the workers (``_work``, or
    ``_work_rows`` for the store). ``pool``: workers ``start_pool`` started
    (of ``jobs`` processes) to use instead of new ones; its owner shuts it down.
    """
    published = normalise_published(published) if published is not None else None
    jobs = default_jobs() if not jobs or jobs < 1 else jobs
    chunks = _work_chunks(items, max(1, chunk_size))
    first = list(itertools.islice(chunks, 2))
    chunks = itertools.chain(first, chunks)
    bar = Progress(len(items) if isinstance(items, Sized) else None, enabled=progress)
    try:
        if jobs == 1 or len(first) <= 1:
            _init_worker(vocab, published, known)
            for chunk, n in chunks:
                result = work(chunk)
                bar.advance(n)
                yield result
            return
        own = pool is None
        if pool is None:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                       initargs=(vocab, published, known, True))
        try:
            in_flight: deque[tuple[Future, int]] = deque()
            todo = chunks
            for chunk, n in todo:   # keep a few chunks per worker queued, no more
                in_flight.append((pool.submit(work, chunk), n))
                if len(in_flight) >= 3 * jobs:
                    break
            while in_flight:
                fut, n = in_flight.popleft()
                result = fut.result()
                nxt = next(todo, None)
                if nxt is not None:
                    in_flight.append((pool.submit(work, nxt[0]), nxt[1]))
                bar.advance(n)
                yield result
        except BaseException:
            stop_pool(pool, now=True)     # interrupted (Ctrl-C, SIGTERM) or abandoned
            raise
        if own:
            stop_pool(pool)
    finally:
        bar.close()


class _UniqueIds:
    """Two documents with the same id get ``id~2``, ``id~3`` (as ``read_documents`` does).

    For the store (``rows``) a document is its (source, id), as the store keys
    it: only a repeat of both is renamed, so documents of two sources that
    share an id are stored beside each other under that id, in one run as in two.
    """

    def __init__(self) -> None:
        self.seen: dict = {}

    def __call__(self, doc: Document, claims: list[Claim] | None) -> tuple[Document, list[Claim] | None]:
        n = self.seen.get(doc.id, 0)
        self.seen[doc.id] = n + 1
        if n == 0:
            return doc, claims
        return self.rename(doc, claims, f"{doc.id}~{n + 1}")

    @staticmethod
    def rename(doc: Document, claims: list[Claim] | None, new_id: str) -> tuple[Document, list[Claim] | None]:
        return replace(doc, id=new_id), None if claims is None else with_doc_id(claims, doc.id, new_id)

    def rows(self, rows, vocab: Vocabulary):
        """``rows`` (``DocumentRows``) with repeated ids renamed; unchanged when none repeats."""
        renames = {}
        for i, row in enumerate(rows.documents):
            key = (row[2], row[0])      # (source, id): DOCUMENT_COLUMNS order
            n = self.seen.get(key, 0)
            self.seen[key] = n + 1
            if n:
                renames[i] = f"{row[0]}~{n + 1}"
        if not renames:
            return rows
        return self._renamed(rows, renames, vocab)

    def _renamed(self, rows, renames: dict[int, str], vocab: Vocabulary):
        """Rare: rebuild ``rows`` through ``Document`` and ``Claim`` values, renaming as ``rename``."""
        from auditor.store import DOCUMENT_COLUMNS, DocumentRows

        claims = [Claim(*values) for values in zip(*rows.claims)]
        pairs, start = [], 0
        for i, (row, n) in enumerate(zip(rows.documents, rows.counts)):
            fields = dict(zip(DOCUMENT_COLUMNS, row))
            del fields["content_hash"]
            fields["ignore"] = tuple(x for x in fields["ignore"].split(",") if x)
            doc = Document(**fields)
            cs = None if n is None else claims[start:start + n]
            start += n or 0
            if i in renames:
                if cs is None:     # "known" was about another document of that id: extract it
                    from auditor.resolve import claims_of
                    cs = claims_of(doc, vocab)
                doc, cs = self.rename(doc, cs, renames[i])
            pairs.append((doc, cs))
        return DocumentRows.from_pairs(pairs)


def iter_documents(paths: Iterable[str], vocab: Vocabulary, jobs: int | None = None,
                   chunk_size: int = DEFAULT_CHUNK, published: str | None = None,
                   progress: bool | None = None,
                   on_problem: Callable[[Problem], None] | None = None,
                   known: Known | None = None
                   ) -> Iterator[list[tuple[Document, list[Claim] | None]]]:
    """Every document under ``paths`` with its claims, in batches, read in the workers.

    Unreadable files and failed documents go to ``on_problem`` and are
    skipped. Ids are made unique across the whole run, as in ``read_documents``.
    """
    report = on_problem or (lambda p: None)
    published = normalise_published(published) if published is not None else None
    items = iter_source_items(paths, published, report, chunk_size)
    unique = _UniqueIds()
    for chunk in iter_extract(items, vocab, jobs, chunk_size, published, progress, known):
        batch = []
        for doc, claims in chunk:
            if isinstance(doc, Problem):
                report(doc)
                continue
            new_doc, claims = unique(doc, claims)
            if claims is None and new_doc.id != doc.id:   # renamed: "known" was about another document
                from auditor.resolve import claims_of
                new_doc, claims = unique.rename(doc, claims_of(doc, vocab), new_doc.id)
            batch.append((new_doc, claims))
        yield batch


def iter_source_items(paths: Iterable[str], published: str | None,
                      report: Callable[[Problem], None], block_lines: int = DEFAULT_CHUNK) -> Iterator[Item]:
    """Work items under ``paths``: file paths and blocks of JSONL lines for workers to read, stdin's document."""
    for item in expand_paths(paths):
        if isinstance(item, Problem):
            report(item)
        elif item == "-":
            try:
                yield read_text_document(read_input_bytes("-"), "-", published)
            except InputError as exc:
                report(Problem("-", str(exc)))
        elif item.lower().endswith(".jsonl"):
            yield from _jsonl_stream(item, published, report, block_lines)   # one file, many documents
        else:
            yield item


def _jsonl_stream(path: str, published: str | None, report: Callable[[Problem], None],
                  block_lines: int = DEFAULT_CHUNK) -> Iterator[JsonlBlock | Document]:
    """A JSONL file as blocks of ``block_lines`` lines, for the workers to parse.

    A large archive export is one file: read whole, it would hold every text
    twice in the parent; parsed here, every text would cross to a worker and
    back. Each block carries the line number it starts at, so messages and
    default ids (``<stem>-<line>``) are those of a whole-file read. A UTF-16
    file (rare) is read whole here, as ``read_documents`` does.
    """
    try:
        fh = open(path, "rb")
    except OSError as exc:
        report(Problem(path, exc.strerror or str(exc)))
        return
    with fh:
        head = fh.read(2)
        fh.seek(0)
        if head in (b"\xff\xfe", b"\xfe\xff"):
            try:
                for d in read_jsonl_documents(read_bounded(fh, 50 * MAX_DOCUMENT_BYTES), path, published):
                    if isinstance(d, Problem):
                        report(d)
                    else:
                        yield d
            except InputError as exc:
                report(Problem(f"{path}:1", str(exc)))
            return
        def lines() -> Iterator[bytes]:   # a line over the per-document limit is reported, not read
            for n, line in enumerate(bounded_lines(fh), 1):
                if line is None:
                    too_long = jsonl_document(None, path, n)
                    assert isinstance(too_long, Problem), "a line over the limit is never a document"
                    report(too_long)
                    line = b"\n"
                yield line

        before = 0
        for block in _chunks(lines(), max(1, block_lines)):
            yield JsonlBlock(path, before + 1, b"".join(block), len(block))
            before += len(block)


def extract_parallel(documents: Sequence[Document], vocab: Vocabulary, jobs: int | None = None,
                     chunk_size: int = DEFAULT_CHUNK, progress: bool | None = None,
                     problems: list[Problem] | None = None,
                     pool: ProcessPoolExecutor | None = None) -> list[Claim]:
    """The claims of ``documents`` in the order of ``extract_all``, extracted across cores
    (those of ``pool`` when given: ``start_pool``).

    A document whose extraction fails is reported in ``problems`` and contributes no claims.
    """
    if jobs is None and len(documents) < PARALLEL_FROM:
        jobs = 1
    claims: list[Claim] = []
    shared = SharedText()      # every claim is held to the end of the audit: one copy of repeated texts
    for chunk in iter_extract(list(documents), vocab, jobs, chunk_size, progress=progress, pool=pool):
        for doc, cs in chunk:
            if isinstance(doc, Problem):
                if problems is not None:
                    problems.append(doc)
            else:
                claims.extend(shared.share(cs))
    return claims


def audit_documents(documents: list[Document], ruleset, vocab: Vocabulary,
                    problems: list[Problem] | None = None, baseline: set[str] | None = None,
                    jobs: int | None = None, progress: bool | None = None, store=None,
                    since: str | None = None, pool: ProcessPoolExecutor | None = None):
    """``audit`` with extraction spread across cores, and optionally against a claims store.

    Same result as ``auditor.audit.audit`` whatever ``jobs`` is; with ``store``, the
    archive's claims of the drafts' quantities are audited with them. ``pool``: workers
    started before the documents were read (``start_pool``), for extraction; it is shut
    down when extraction is done.
    """
    from auditor.audit import audit

    problems = list(problems or ())
    documents = sorted(documents, key=lambda d: (d.published or "", d.id))
    claims = extract_parallel(documents, vocab, jobs, progress=progress, problems=problems, pool=pool)
    if pool is not None:
        stop_pool(pool)     # extraction is done: idle workers would hold their memory through the checks
    context = None
    if store is not None:
        from auditor.store import claims_against

        context = claims_against(store, documents, claims, since, ruleset.window_days())
    return audit(documents, ruleset, vocab, problems, baseline, claims=claims, context=context)


def ingest_paths(paths: Iterable[str], store, vocab: Vocabulary, jobs: int | None = None,
                 chunk_size: int = DEFAULT_CHUNK, published: str | None = None,
                 progress: bool | None = None, commit_every: int | None = None,
                 on_problem: Callable[[Problem], None] | None = None):
    """Read, extract and write everything under ``paths`` into ``store`` (a ``ClaimStore``)."""
    known = store.known_hashes()
    return store.ingest_rows(iter_rows(paths, vocab, jobs, chunk_size, published, progress, on_problem, known),
                             commit_every=commit_every)


def iter_rows(paths: Iterable[str], vocab: Vocabulary, jobs: int | None = None,
              chunk_size: int = DEFAULT_CHUNK, published: str | None = None,
              progress: bool | None = None, on_problem: Callable[[Problem], None] | None = None,
              known: Known | None = None) -> Iterator:
    """``iter_documents`` as ``DocumentRows``: the same documents and claims, in columns."""
    report = on_problem or (lambda p: None)
    published = normalise_published(published) if published is not None else None
    items = iter_source_items(paths, published, report, chunk_size)
    unique = _UniqueIds()
    for problems, rows in iter_extract(items, vocab, jobs, chunk_size, published, progress, known,
                                       work=_work_rows):
        for p in problems:
            report(p)
        yield unique.rows(rows, vocab)
