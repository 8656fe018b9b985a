"""Ingest on a dask.distributed cluster: extraction spread over machines, Parquet out.

``ingest_dask(paths, out_dir, vocabulary, scheduler)`` sends chunks of work
to the cluster's workers (the vocabulary is scattered to every worker once),
and each task writes its documents and claims as one Parquet partition under
``out_dir``: ``documents/part-NNNNNN.parquet`` and ``claims/part-NNNNNN.parquet``,
written under a temporary name and renamed, so a partition is whole or
absent. Workers read the files themselves (they must see the same paths);
documents of a JSONL file or stdin are read here and sent with the task.

``out_dir`` mirrors the input of the last run: partitions are numbered in
input order, re-running rewrites them, and partitions beyond the last one
written are removed. Load the result into a claims store with
``ClaimStore.import_parquet(out_dir)``, or query it with DuckDB directly.

Needs the ``dask`` extra (``dask[distributed]`` and ``pyarrow``).
"""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path
from typing import Callable, Iterable

from auditor.batch import Item, _chunks, iter_source_items
from auditor.documents import Problem
from auditor.errors import InputError
from auditor.store import IngestStats
from auditor.vocabulary import Vocabulary

CHUNK = 256
_PART = re.compile(r"^part-(\d{6})\.parquet$")


def _write_parquet(frame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    frame.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def _task(index: int, chunk: list[Item], vocab: Vocabulary, out_dir: str,
          published: str | None) -> tuple[int, int, list[Problem]]:
    """On a worker: read, extract, and write partition ``index``."""
    import pandas as pd

    from auditor import batch
    from auditor.store import DOCUMENT_COLUMNS, claims_frame

    batch._init_worker(vocab, published)
    results = batch._work(chunk)
    docs = [(d, cs) for d, cs in results if not isinstance(d, Problem)]
    problems = [d for d, _ in results if isinstance(d, Problem)]
    name = f"part-{index:06d}.parquet"
    documents = pd.DataFrame({
        "id": [d.id for d, _ in docs], "content_hash": [d.content_hash for d, _ in docs],
        "source": [d.source for d, _ in docs], "published": [d.published for d, _ in docs],
        "title": [d.title for d, _ in docs], "url": [d.url for d, _ in docs],
        "path": [d.path for d, _ in docs], "ignore": [",".join(d.ignore) for d, _ in docs],
        "text": [d.text for d, _ in docs],
    }, columns=list(DOCUMENT_COLUMNS))
    for col in DOCUMENT_COLUMNS:
        documents[col] = documents[col].astype("string")
    claims = [c for _, cs in docs for c in cs or ()]   # None: stored already (never here: no known hashes)
    _write_parquet(claims_frame(claims).convert_dtypes(), Path(out_dir) / "claims" / name)
    _write_parquet(documents, Path(out_dir) / "documents" / name)
    return len(docs), len(claims), problems


def ingest_dask(paths: Iterable[str], out_dir: str, vocab: Vocabulary, scheduler: str | None,
                published: str | None = None, on_problem: Callable[[Problem], None] | None = None,
                chunk_size: int = CHUNK, client=None) -> IngestStats:
    """Extract everything under ``paths`` on the cluster at ``scheduler``; Parquet into ``out_dir``."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--engine dask needs dask.distributed: pip install 'auditor[dask]'") from None
    if client is None and not scheduler:
        raise InputError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    report = on_problem or (lambda p: None)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out_dir}: with --engine dask, --store names a folder of Parquet partitions")
    for sub in ("claims", "documents"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    own = client is None
    if own:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise InputError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
    stats = IngestStats()
    try:
        vocab_future = client.scatter(vocab, broadcast=True)
        items = iter_source_items(paths, published, report)
        written = 0
        # a bounded window of tasks: the client never holds the whole archive
        window = max(4, 2 * sum(client.nthreads().values()))
        chunks = enumerate(_chunks(items, chunk_size))
        pending = []
        for index, chunk in itertools.islice(chunks, window):
            pending.append(client.submit(_task, index, chunk, vocab_future, str(out), published, pure=False))
        while pending:
            fut = pending.pop(0)
            n_docs, n_claims, problems = fut.result()
            for p in problems:
                report(p)
            stats.added += n_docs
            stats.claims += n_claims
            stats.problems += len(problems)
            written += 1
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(client.submit(_task, nxt[0], nxt[1], vocab_future, str(out), published,
                                             pure=False))
        for sub in ("claims", "documents"):   # partitions of an earlier, longer run
            for f in (out / sub).iterdir():
                m = _PART.match(f.name)
                if m and int(m.group(1)) >= written:
                    f.unlink()
    finally:
        if own:
            client.close()
    return stats
