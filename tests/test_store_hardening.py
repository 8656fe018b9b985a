"""Issue 17, item 9: the archive. A damaged store is a one-line error and is never
written to; ingest workers end with their parent, even after kill -9."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def make_store(tmp_path, n=2000) -> Path:
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": f"d{i}", "source": f"Wire {i % 5}",
                                        "text": f"{i} soldiers were killed on Thursday in Idlib. " * 5}) + "\n"
                            for i in range(n)))
    store = tmp_path / "archive.duckdb"
    r = run("ingest", docs, "--store", store, "-q")
    assert r.exit_code == 0, r.output
    return store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_truncated_store_is_refused_and_left_untouched(tmp_path):
    store = make_store(tmp_path)
    with store.open("r+b") as fh:
        fh.truncate(store.stat().st_size // 2)
    before = digest(store)
    r = run("claims", "--store", store, "--format", "jsonl")
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert r.stderr.count("\n") == 1 and "damaged claims store" in r.stderr and "nothing was written" in r.stderr
    (tmp_path / "new.txt").write_text("5 soldiers were killed on Friday.\n")
    r = run("ingest", tmp_path / "new.txt", "--store", store)
    assert r.exit_code == 2 and "damaged claims store" in r.stderr
    (tmp_path / "draft.txt").write_text("5 soldiers were killed on Friday.\n")
    r = run("audit", tmp_path / "draft.txt", "--store", store)
    assert r.exit_code == 2 and "damaged claims store" in r.stderr
    assert digest(store) == before


def test_a_file_that_is_no_database_is_refused(tmp_path):
    store = tmp_path / "archive.duckdb"
    store.write_text("not a database\n" * 1000)
    r = run("ingest", ROOT / "examples", "--store", store)
    assert r.exit_code == 2 and "not a claims store" in r.stderr
    assert store.read_text() == "not a database\n" * 1000


def test_a_store_written_many_times_is_still_whole(tmp_path):
    store = make_store(tmp_path, 300)
    for i in range(4):
        (tmp_path / f"n{i}.txt").write_text(f"{i + 1} soldiers were killed on Friday.\n")
        r = run("ingest", tmp_path / f"n{i}.txt", "--store", store, "-q")
        assert r.exit_code == 0, r.output
    r = run("claims", "--store", store, "--format", "jsonl")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) >= 304


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_ingest_workers_end_when_the_parent_is_killed(tmp_path):
    docs = tmp_path / "many"
    docs.mkdir()
    for i in range(4000):
        (docs / f"d{i}.txt").write_text(f"{i} soldiers were killed on Thursday in Idlib, officials said. " * 40)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "ingest", str(docs), "--store",
                             str(tmp_path / "a.duckdb"), "-j", "2", "-q"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) >= 2, "the pool never started"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
    finally:
        for w in _children(proc.pid) + workers:
            try:
                os.kill(w, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
