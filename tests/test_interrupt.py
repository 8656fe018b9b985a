"""An interrupted run (SIGTERM or SIGINT mid-batch) leaves earlier outputs intact and says so."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT

ARTICLE = (ROOT / "examples" / "idleb" / "02-afp-2200.md").read_text(encoding="utf-8").split("---", 2)[2]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_batch_keeps_previous_output(tmp_path, sig):
    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for n in range(6000):
            fh.write(json.dumps({"id": f"d{n}", "text": ARTICLE, "source": f"S{n % 7}",
                                 "published": "2020-02-27"}) + "\n")
    out = tmp_path / "findings.json"
    earlier = subprocess.run([sys.executable, "-m", "auditor", "audit", str(ROOT / "examples" / "idleb"),
                              "-o", str(out), "--fail-on", "never"], capture_output=True, text=True)
    assert earlier.returncode == 0, earlier.stderr
    previous = out.read_bytes()         # an earlier run's report, which the interrupted run would replace
    # a background shell starts children with SIGINT ignored (and Python keeps it so):
    # give the run the disposition a terminal would
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "audit", str(batch), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.0)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert out.read_bytes() == previous
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".findings.json")]
