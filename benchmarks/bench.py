"""Benchmark: extraction against quantulum3, ingest + audit at archive scale.

One run, one generated corpus (``benchmarks.corpus``), and in one table:

* extraction throughput on one core: auditor, quantulum3, and a bare
  ``re.finditer(r"\\d+")`` scan of the same text (the practical ceiling of a
  pure-Python pass over the text), with auditor's share of that ceiling;
* recall of the planted claims, for both tools, on the same articles;
* the pipeline at each size (1k and 10k documents; 100k with ``--big``, or
  any series with ``--sizes``): ``auditor ingest`` of a JSONL archive into a
  fresh DuckDB store across ``--jobs`` processes, then an audit of drafts
  (copies of archive articles with a wrong toll planted in the lede)
  against the store; wall clock and CPU time, time per document and its
  growth from the smallest size to each larger one, peak RSS of the parent
  and of the largest worker, and the share of planted draft conflicts the
  audit finds;
* optionally (``--full-audit 500,1000``) the in-memory ``audit()`` of the
  whole corpus at once, to show how the checks grow with the number of
  documents;
* alone (``--batch-rss 100``): peak RSS of ``auditor audit FOLDER`` over that
  many MB of generated Markdown files (issue 17: a 100 MB corpus must audit in
  under 1 GiB), run as a user runs it, in a subprocess.

Run from the checkout::

    python -m benchmarks.bench                 # 1k and 10k, 2 jobs
    python -m benchmarks.bench --sizes 1000 --quantulum-docs 20 --no-full-audit
    python -m benchmarks.bench --big           # adds 100k
    python -m benchmarks.bench --pipeline-only --sizes 1000,10000,100000 --corpus-dir /tmp/bench
    python -m benchmarks.bench --batch-rss 100 # only the batch audit of 100 MB of files
    python -m benchmarks.bench --batch-rss 100 --batch-rss-disable same-toll-same-day

Each pipeline size runs in a fresh subprocess, and its corpus is written
beforehand by another, so peak RSS is that size's pipeline alone.
CPU time is reported beside wall clock: on a shared machine wall clock
depends on what else runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import Article, generate, iter_articles, write_jsonl  # noqa: E402

SEED = 20200227


# -- recall -------------------------------------------------------------------------

def recalled(article: Article, spans: list[tuple[int, int, float | None]]) -> int:
    """Planted claims of ``article`` found: a span that overlaps it with the same value.

    Vague planted claims ("hundreds of") have no value: overlap alone counts.
    """
    hits = 0
    for p in article.planted:
        for s, e, v in spans:
            if s < p.end and p.start < e and (p.value is None or (v is not None and abs(v - p.value) < 1e-9)):
                hits += 1
                break
    return hits


def auditor_spans(articles: list[Article], passes: int = 1
                  ) -> tuple[list[list[tuple[int, int, float | None]]], list[tuple[float, float]]]:
    """auditor's claim spans of every article, and (wall, CPU) seconds of each of ``passes`` passes.

    The first pass runs with cold caches (number runs, resolved dates, source names),
    as the first articles of a batch do; the later ones show the steady state of a long batch.
    """
    from auditor.documents import Document
    from auditor.extract import extract_claims
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    docs = [Document(id=a.id, text=a.text, source=a.source, published=a.published) for a in articles]
    extract_claims(docs[0], vocab)                       # patterns compiled before timing
    times = []
    for _ in range(max(1, passes)):
        out = []
        wall, cpu = time.perf_counter(), time.process_time()
        for d in docs:
            out.append([(c.start, c.end, c.value) for c in extract_claims(d, vocab)])
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return out, times


def quantulum_spans(articles: list[Article]) -> tuple[list[list[tuple[int, int, float | None]]], float, float]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
        parser.parse("warm up: 3 people")              # loads its unit tables before timing
        out = []
        wall, cpu = time.perf_counter(), time.process_time()
        for a in articles:
            out.append([(q.span[0], q.span[1], float(q.value)) for q in parser.parse(a.text)])
    return out, time.perf_counter() - wall, time.process_time() - cpu


def digits_scan(articles: list[Article], repeat: int = 5) -> float:
    """CPU seconds of ``re.finditer(r"\\d+")`` over every text (best of ``repeat``)."""
    digits = re.compile(r"\d+")
    best = float("inf")
    for _ in range(repeat):
        cpu = time.process_time()
        for a in articles:
            for _m in digits.finditer(a.text):
                pass
        best = min(best, time.process_time() - cpu)
    return best


# -- the pipeline at one size, in its own process ----------------------------------------

def _draft_of(a: Article):
    """An archive article re-filed by a desk with the lede toll wrong; the wrong figure."""
    from auditor.documents import Document

    lede = a.planted[0]
    wrong = str(max(1, int(lede.value or 30) // 3))   # below exact, "at least", "about" alike
    text = a.text[:lede.start] + wrong + a.text[lede.end:]
    return Document(id=f"draft-{a.id}", text=text, source="Desk draft", published=a.published,
                    title=a.title), wrong


def drafts_for(articles: list[Article], n: int) -> tuple[list, list[str]]:
    """``n`` drafts: archive articles re-filed by a desk with the lede toll wrong."""
    step = max(1, len(articles) // n)
    pairs = [_draft_of(a) for a in articles[::step][:n]]
    return [d for d, _ in pairs], [w for _, w in pairs]


def make_corpus(n: int, n_drafts: int, workdir: str) -> tuple[str, str]:
    """Write the ``n``-article corpus (JSONL) and its drafts (JSON) without holding the corpus.

    The drafts are those of ``drafts_for(generate(n, SEED), n_drafts)``.
    """
    corpus = os.path.join(workdir, f"corpus-{n}.jsonl")
    drafts_path = os.path.join(workdir, f"drafts-{n}-{n_drafts}.json")
    step = max(1, n // n_drafts)
    drafts = []

    def articles():
        for i, a in enumerate(iter_articles(n, SEED)):
            if i % step == 0 and len(drafts) < n_drafts:
                d, wrong = _draft_of(a)
                drafts.append({"document": {**d.__dict__, "ignore": list(d.ignore)}, "wrong": wrong})
            yield a

    write_jsonl(articles(), corpus)
    Path(drafts_path).write_text(json.dumps(drafts), encoding="utf-8")
    return corpus, drafts_path


def run_pipeline(n: int, jobs: int, n_drafts: int, workdir: str) -> dict:
    """Ingest ``n`` generated articles into a fresh store, then audit drafts against it.

    The corpus is written beforehand (``make_corpus``, in another process
    when run from ``main``), so peak RSS is the pipeline's own.
    """
    from auditor.batch import audit_documents, ingest_paths
    from auditor.documents import Document
    from auditor.ruleset import load_ruleset
    from auditor.store import ClaimStore
    from auditor.vocabulary import load_vocabulary

    corpus = os.path.join(workdir, f"corpus-{n}.jsonl")
    drafts_path = os.path.join(workdir, f"drafts-{n}-{n_drafts}.json")
    if not (os.path.exists(corpus) and os.path.exists(drafts_path)):
        make_corpus(n, n_drafts, workdir)
    store_path = os.path.join(workdir, f"archive-{n}.duckdb")
    if os.path.exists(store_path):
        os.remove(store_path)
    saved = json.loads(Path(drafts_path).read_text(encoding="utf-8"))
    drafts = [Document(**{**x["document"], "ignore": tuple(x["document"]["ignore"])}) for x in saved]
    wrong = [x["wrong"] for x in saved]

    t0, c0 = time.perf_counter(), time.process_time()
    vocab = load_vocabulary()
    ruleset = load_ruleset()
    with ClaimStore(store_path) as store:
        stats = ingest_paths([corpus], store, vocab, jobs=jobs, progress=False)
        t1, c1 = time.perf_counter(), time.process_time()
        result = audit_documents(drafts, ruleset, vocab, jobs=1, store=store)
        t2 = time.perf_counter()
        docs, claims = store.counts()
    cpu_parent = time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = 0
    for d, w in zip(drafts, wrong):
        if any(f.rule == "same-toll-same-day" and f.severity == "error"
               and any(c.doc == d.id and c.text.endswith(w) for c in f.claims) for f in result.findings):
            found += 1
    return {
        "n": n, "jobs": jobs, "documents": docs, "claims": claims, "added": stats.added,
        "ingest_s": t1 - t0, "audit_s": t2 - t1, "total_s": t2 - t0,
        "cpu_s": cpu_parent + children.ru_utime + children.ru_stime,
        "cpu_parent_s": cpu_parent, "cpu_parent_ingest_s": c1 - c0,
        "rss_parent_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_mib": children.ru_maxrss / 1024,
        "drafts": len(drafts), "draft_conflicts_found": found,
        "findings": len(result.findings), "store_mib": os.path.getsize(store_path) / 2**20,
        "load_after": os.getloadavg()[0],
    }


def run_full_audit(n: int) -> dict:
    """The checks of ``audit()`` over ``n`` documents at once, timed per rule."""
    from auditor.batch import extract_parallel
    from auditor.checks import CHECKS
    from auditor.checks.base import CheckContext
    from auditor.claims import claims_table
    from auditor.documents import Document
    from auditor.ruleset import load_ruleset
    from auditor.vocabulary import load_vocabulary

    vocab, ruleset = load_vocabulary(), load_ruleset()
    docs = [Document(id=a.id, text=a.text, source=a.source, published=a.published) for a in generate(n, SEED)]
    claims = extract_parallel(docs, vocab)
    cpu = time.process_time()
    table = claims_table(claims)
    extra = {"documents": {d.id: d for d in docs}} \
        if "documents" in getattr(CheckContext, "__dataclass_fields__", {}) else {}
    ctx = CheckContext(vocab, {c.id: c for c in claims}, {d.id: d.text for d in docs}, **extra)
    per_rule = {"(claims table)": (time.process_time() - cpu, 0)}
    for rule in ruleset.rules:
        cpu = time.process_time()
        found = sum(1 for _ in CHECKS[rule.type].check(table, rule, ctx))
        per_rule[rule.id] = (time.process_time() - cpu, found)
    return {"n": n, "claims": len(claims), "per_rule": per_rule,
            "total_s": sum(t for t, _ in per_rule.values())}


def _subprocess(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench", *args], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"benchmark step {args} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- memory of a batch audit -------------------------------------------------------------

def write_corpus_files(megabytes: float, directory: str) -> tuple[int, int]:
    """Markdown files (``corpus.write_files``' format) until they hold ``megabytes`` MB; (files, bytes)."""
    os.makedirs(directory, exist_ok=True)
    target, total, n = int(megabytes * 1_000_000), 0, 0
    for a in iter_articles(10**9, SEED):
        if total >= target:
            break
        data = (f"---\nid: {a.id}\nsource: {a.source}\npublished: {a.published}\n"
                f"title: {json.dumps(a.title)}\n---\n{a.text}").encode("utf-8")
        Path(directory, f"{a.id}.md").write_bytes(data)
        total += len(data)
        n += 1
    return n, total


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and every process below it, from /proc (0 where it is gone)."""
    return _tree_memory_kib(pid)[0]


def _tree_memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of ``pid`` and every process below it, from /proc (0 where it is gone).

    RSS counts a page each forked worker shares with its parent once per process;
    PSS splits a shared page between the processes sharing it, so the tree's PSS is
    the memory it really holds. The target is stated in RSS, the stricter figure.
    """
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    rss = pss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, ()))
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss += int(line.split()[1])
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def run_batch_rss(megabytes: float, jobs: int | None, output: str, keep: str | None = None,
                  cap_mib: float = 2048, disable: tuple[str, ...] = ()) -> dict:
    """``auditor audit FOLDER -o report`` over ``megabytes`` MB of generated files: peak RSS and time.

    The audit runs in a fresh subprocess (``python -m auditor``, this checkout
    first on ``PYTHONPATH``); its peak is the largest process's (getrusage of
    the children: the audit's own process or one of its workers), and the
    process tree's total (RSS, and PSS) is sampled from /proc every 0.2 s. On a shared
    machine the audit is stopped once the tree passes ``cap_mib`` (the result then says
    so). ``disable``: rule ids not run (``--disable``), to measure a size whose time one
    check dominates.
    """
    with tempfile.TemporaryDirectory(prefix="auditor-rss-") as tmp:
        work = keep or tmp
        folder = os.path.join(work, "corpus")
        if keep and os.path.isdir(folder):
            files = len(os.listdir(folder))
            size = sum(f.stat().st_size for f in os.scandir(folder))
        else:
            files, size = write_corpus_files(megabytes, folder)
        report = os.path.join(tmp, f"report.{output}")
        cmd = [sys.executable, "-m", "auditor", "audit", folder, "-o", report, "--quiet"]
        if jobs:
            cmd += ["--jobs", str(jobs)]
        for rule_id in disable:
            cmd += ["--disable", rule_id]
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        tree_peak, tree_pss_peak, over_1gib_s, stopped = 0, 0, None, False
        while proc.poll() is None:
            rss, pss = _tree_memory_kib(proc.pid)
            tree_peak, tree_pss_peak = max(tree_peak, rss), max(tree_pss_peak, pss)
            if over_1gib_s is None and tree_peak >= 1024 * 1024:
                over_1gib_s = time.perf_counter() - t0
            if tree_peak >= cap_mib * 1024:
                proc.terminate()       # its workers end with it (batch.end_with_parent)
                proc.wait()
                stopped = True
            time.sleep(0.2)
        wall = time.perf_counter() - t0
        err = proc.stderr.read().decode("utf-8", "replace")
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode not in (0, 1) and not stopped:
            raise RuntimeError(f"audit exited {proc.returncode}:\n{err[-3000:]}")
        return {"files": files, "bytes": size, "exit": proc.returncode, "wall_s": wall,
                "cpu_s": usage.ru_utime + usage.ru_stime, "rss_max_process_mib": usage.ru_maxrss / 1024,
                "rss_tree_peak_mib": tree_peak / 1024, "pss_tree_peak_mib": tree_pss_peak / 1024,
                "disabled": list(disable), "over_1gib_after_s": over_1gib_s,
                "stopped_at_cap_mib": cap_mib if stopped else None,
                "report_bytes": os.path.getsize(report) if os.path.exists(report) else 0}


def report_batch_rss(r: dict) -> None:
    ok = r["rss_tree_peak_mib"] < 1024
    print(f"Batch audit of {r['files']:,} files, {r['bytes'] / 1e6:,.1f} MB (`auditor audit FOLDER`, exit {r['exit']})"
          + (f", rules not run: {', '.join(r['disabled'])}" if r.get("disabled") else ""))
    if r["stopped_at_cap_mib"]:
        print(f"  STOPPED after {r['wall_s']:.1f} s: the process tree passed {r['stopped_at_cap_mib']:,.0f} MiB")
    else:
        print(f"  {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU; report {r['report_bytes'] / 1e6:.1f} MB")
    if r["over_1gib_after_s"] is not None:
        print(f"  passed 1 GiB after {r['over_1gib_after_s']:.0f} s")
    print(f"  peak RSS: largest process {r['rss_max_process_mib']:,.0f} MiB, whole process tree "
          f"{r['rss_tree_peak_mib']:,.0f} MiB (target < 1024 MiB: {'met' if ok else 'NOT met'}); "
          f"whole tree's PSS {r['pss_tree_peak_mib']:,.0f} MiB")


# -- the report --------------------------------------------------------------------------

@dataclass
class Extraction:
    name: str
    docs: int
    wall: float
    cpu: float
    recall: float | None

    @property
    def rate(self) -> float:
        return self.docs / self.cpu if self.cpu else float("inf")


def run_extraction(args, results: dict) -> None:
    """Section 1: extraction on one core, auditor against quantulum3 and a digit scan."""
    articles = generate(args.extract_docs, SEED)
    words = statistics.mean(a.words() for a in articles)
    planted = sum(len(a.planted) for a in articles)
    a_spans, a_times = auditor_spans(articles, args.extract_passes)
    a_wall, a_cpu = min(a_times, key=lambda t: t[1])
    a_recall = sum(recalled(a, s) for a, s in zip(articles, a_spans)) / planted
    rows = [Extraction("auditor", len(articles), a_wall, a_cpu, a_recall)]
    results["extraction_passes_cpu"] = [cpu for _, cpu in a_times]
    q_articles = articles[:args.quantulum_docs]
    q_planted = sum(len(a.planted) for a in q_articles)
    a_recall_q = sum(recalled(a, s) for a, s in zip(q_articles, a_spans)) / max(1, q_planted)
    try:
        q_spans, q_wall, q_cpu = quantulum_spans(q_articles)
        q_recall = sum(recalled(a, s) for a, s in zip(q_articles, q_spans)) / max(1, q_planted)
        rows.append(Extraction("quantulum3", len(q_articles), q_wall, q_cpu, q_recall))
    except ImportError:
        q_recall = None
        print("quantulum3 is not installed (pip install quantulum3): skipped", file=sys.stderr)
    d_cpu = digits_scan(articles)
    rows.append(Extraction(r're.finditer(r"\d+")', len(articles), d_cpu, d_cpu, None))
    results["extraction"] = [r.__dict__ | {"docs_per_s": r.rate} for r in rows]

    print(f"corpus: {len(articles):,} generated articles, {words:.0f} words on average, "
          f"{planted:,} planted claims (seed {SEED}); load average {results['machine']['load_before']:.1f}\n")
    passes = results["extraction_passes_cpu"]
    cold = f", the first at {len(articles) / passes[0]:,.0f} articles/s with cold caches)" if len(passes) > 1 else ")"
    print(f"Extraction, one core (CPU time; auditor: best of {len(passes)} passes over the same articles" + cold)
    print(f"  {'tool':24} {'articles':>8} {'articles/s':>11} {'ms/article':>11} {'recall':>8}")
    for r in rows:
        rec = f"{r.recall:.1%}" if r.recall is not None else "-"
        print(f"  {r.name:24} {r.docs:8,} {r.rate:11,.1f} {1000 / r.rate:11.3f} {rec:>8}")
    if len(rows) == 3:
        print(f"  auditor / quantulum3 throughput: {rows[0].rate / rows[1].rate:,.0f}x "
              f"(target >= 100x); recall on the same {len(q_articles)} articles: "
              f"auditor {a_recall_q:.1%}, quantulum3 {q_recall:.1%}")
    print(f"  auditor's share of the digit-scan ceiling: {rows[0].rate / rows[-1].rate:.1%} "
          f"(target >= 1,000 articles/s on one core: {'met' if rows[0].rate >= 1000 else 'NOT met'})\n")


def report_pipeline(pipe: list[dict], jobs: int) -> float | None:
    """Print the pipeline table and the growth of time per document; the growth, smallest to largest."""
    print(f"Ingest + audit against the store ({jobs} jobs, wall clock; CPU is parent + workers)")
    print(f"  {'docs':>7} {'claims':>9} {'ingest s':>9} {'audit s':>8} {'total s':>8} {'ms/doc':>7} "
          f"{'CPU s':>7} {'CPU ms/doc':>10} {'RSS parent':>11} {'RSS worker':>11} {'store MiB':>10} "
          f"{'conflicts found':>16} {'load':>5}")
    for p in pipe:
        print(f"  {p['n']:7,} {p['claims']:9,} {p['ingest_s']:9.2f} {p['audit_s']:8.2f} {p['total_s']:8.2f} "
              f"{1000 * p['total_s'] / p['n']:7.2f} {p['cpu_s']:7.1f} {1000 * p['cpu_s'] / p['n']:10.2f} "
              f"{p['rss_parent_mib']:7.0f} MiB {p['rss_worker_mib']:7.0f} MiB {p['store_mib']:10.1f} "
              f"{p['draft_conflicts_found']:>7}/{p['drafts']:<8} {p.get('load_after', 0):5.1f}")
    growth = None
    if len(pipe) >= 2:
        base = min(pipe, key=lambda p: p["n"])
        for p in sorted(pipe, key=lambda p: p["n"]):
            if p is base:
                continue
            wall = (p["total_s"] / p["n"]) / (base["total_s"] / base["n"]) - 1
            cpu = (p["cpu_s"] / p["n"]) / (base["cpu_s"] / base["n"]) - 1
            print(f"  time per document from {base['n']:,} to {p['n']:,}: {wall:+.1%} wall, {cpu:+.1%} CPU")
            growth = wall
        print(f"  target: grows < +20% from the smallest to the largest size: "
              f"{'met' if growth is not None and growth < 0.2 else 'NOT met'}")
    for p in pipe:
        if p["n"] >= 10_000:
            peak = p["rss_parent_mib"] + jobs * p["rss_worker_mib"]
            extra = " (target <= 15 s)" if p["n"] == 10_000 else ""
            print(f"  {p['n']:,} documents: {p['total_s']:.1f} s{extra}, "
                  f"peak RSS <= {peak:,.0f} MiB parent + {jobs} workers (target < 1024 MiB)")
    return growth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="pipeline sizes, comma-separated")
    ap.add_argument("--big", action="store_true", help="also 100,000 documents")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--extract-docs", type=int, default=2000, help="articles for the one-core extraction runs")
    ap.add_argument("--extract-passes", type=int, default=5,
                    help="passes of auditor over the extraction articles; the best is reported (default 5)")
    ap.add_argument("--quantulum-docs", type=int, default=100, help="articles quantulum3 parses (it is slow)")
    ap.add_argument("--drafts", type=int, default=50)
    ap.add_argument("--full-audit", default="500,1000", help="sizes of the in-memory audit() run ('' for none)")
    ap.add_argument("--no-full-audit", action="store_const", const="", dest="full_audit")
    ap.add_argument("--pipeline-only", action="store_true",
                    help="only the ingest + audit series (no one-core extraction, quantulum3 or in-memory audit)")
    ap.add_argument("--corpus-dir", help="keep the generated corpora here and reuse them (default: a temporary folder)")
    ap.add_argument("--json", help="also write the results here")
    ap.add_argument("--batch-rss", type=float, metavar="MB",
                    help="only this: peak RSS of `auditor audit FOLDER` over MB megabytes of generated files")
    ap.add_argument("--batch-rss-output", default="txt", help="the report's format for --batch-rss (default txt)")
    ap.add_argument("--batch-rss-disable", action="append", default=[], metavar="ID",
                    help="with --batch-rss: do not run this rule (repeatable), for a size one check's time dominates")
    ap.add_argument("--rss-cap", type=float, default=2048,
                    help="with --batch-rss: stop the audit when its processes pass this many MiB (default 2048)")
    ap.add_argument("--pipeline", type=int, help=argparse.SUPPRESS)     # internal: one size, JSON out
    ap.add_argument("--full-audit-one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--make-corpus", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--workdir", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.pipeline:
        print(json.dumps(run_pipeline(args.pipeline, args.jobs, args.drafts, args.workdir)))
        return 0
    if args.full_audit_one:
        print(json.dumps(run_full_audit(args.full_audit_one)))
        return 0
    if args.make_corpus:
        print(json.dumps(make_corpus(args.make_corpus, args.drafts, args.workdir)))
        return 0
    if args.batch_rss:
        r = run_batch_rss(args.batch_rss, args.jobs, args.batch_rss_output, args.corpus_dir, args.rss_cap,
                          tuple(args.batch_rss_disable))
        report_batch_rss(r)
        if args.json:
            Path(args.json).write_text(json.dumps(r, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.big:
        sizes.append(100_000)
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                                 "load_before": os.getloadavg()[0]}}

    if not args.pipeline_only:
        run_extraction(args, results)

    # 2. the pipeline at each size, each in a fresh process (the corpus written by another)
    with tempfile.TemporaryDirectory(prefix="auditor-bench-") as tmp:
        work = args.corpus_dir or tmp
        os.makedirs(work, exist_ok=True)
        pipe = []
        for n in sizes:
            if not os.path.exists(os.path.join(work, f"drafts-{n}-{args.drafts}.json")):
                _subprocess(["--make-corpus", str(n), "--drafts", str(args.drafts), "--workdir", work])
            pipe.append(_subprocess(["--pipeline", str(n), "--jobs", str(args.jobs),
                                     "--drafts", str(args.drafts), "--workdir", work]))
            print(f"  ({n:,} documents: {pipe[-1]['total_s']:.1f} s)", file=sys.stderr)
    results["pipeline"] = pipe
    results["growth"] = report_pipeline(pipe, args.jobs)
    print()

    # 3. the in-memory audit of everything at once
    full_sizes = [int(s) for s in (args.full_audit or "").split(",") if s and not args.pipeline_only]
    if full_sizes:
        full = [_subprocess(["--full-audit-one", str(n)]) for n in full_sizes]
        results["full_audit"] = full
        print("In-memory audit() of the whole corpus at once (checks only, CPU s per rule)")
        rule_ids = list(full[0]["per_rule"])
        print("  " + f"{'rule':34}" + "".join(f"{f['n']:>12,}" for f in full))
        for rid in rule_ids:
            print("  " + f"{rid:34}" + "".join(f"{f['per_rule'][rid][0]:12.2f}" for f in full))
        print("  " + f"{'total':34}" + "".join(f"{f['total_s']:12.2f}" for f in full))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
