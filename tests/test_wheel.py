"""rules/ and templates/ are found from a built wheel installed elsewhere."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT


def test_wheel_carries_rules_and_templates(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist),
                            str(ROOT)], capture_output=True, text=True)
    if build.returncode != 0:
        pytest.fail(build.stdout[-2000:] + build.stderr[-2000:])
    (wheel,) = dist.glob("auditor-*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    assert (target / "auditor" / "rules" / "packs" / "tolls.yaml").is_file()
    assert (target / "auditor" / "templates" / "report.html.j2").is_file()
    assert (target / "auditor" / "starter" / "pack" / "auditor.toml").is_file()     # auditor init's pack
    assert (target / "auditor" / "gazetteer_index.json.gz").is_file()               # the world's places
    assert (target / "auditor" / "units_index.json").is_file()                      # what pint says of our units
    env = {**os.environ, "PYTHONPATH": str(target)}
    work = tmp_path / "elsewhere"
    work.mkdir()
    r = subprocess.run([sys.executable, "-m", "auditor", "audit", str(ROOT / "examples" / "idleb"), "-o", "r.html"],
                       cwd=work, env=env, capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    show = "import auditor, auditor.resources as r; print(auditor.__file__, r.rules_dir())"
    import_path = subprocess.run([sys.executable, "-c", show],
                                 cwd=work, env=env, capture_output=True, text=True).stdout
    assert str(target) in import_path and str(ROOT / "rules") not in import_path
    assert "part-exceeds-whole" in (work / "r.html").read_text()
    r = subprocess.run([sys.executable, "-m", "auditor", "init", "desk"], cwd=work, env=env,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "auditor", "rules", "test", "rules/desk.yaml"], cwd=work / "desk",
                       env=env, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.splitlines()[-1] == "2 of 2 examples passed", r.stdout + r.stderr
