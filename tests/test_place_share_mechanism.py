"""A later figure the text places inside the place the earlier one names is that place's share, not a fall.

Mechanism (monotonic's falls): over every dev events set, falls whose two figures the texts place in two
named places (a province after its country) were 0 right / 2 wrong, besides 3 right / 0 wrong for falls
within one place. A later, lower figure placed in a province of the earlier figure's country is no fall of
the country's toll; a later, lower figure of the same place still is.
"""

from __future__ import annotations

from pathlib import Path

from auditor.run import AuditRun, run_audit


def _write(folder: Path, docs: dict[str, tuple[str, str, str]]) -> Path:
    folder.mkdir()
    for name, (source, published, text) in docs.items():
        (folder / f"{name}.md").write_text(f"---\nsource: {source}\npublished: {published}\n---\n{text}\n")
    return folder


def _rules(folder: Path) -> list[str]:
    return [f.rule for f in run_audit(AuditRun((str(folder),))).result.findings
            if f.severity in ("error", "warning")]


def test_a_later_lower_figure_of_one_province_is_no_fall_of_the_nations_toll(tmp_path):
    folder = _write(tmp_path / "e", {
        "one": ("Wire One", "2024-05-14T09:00:00Z",
                "The Health Ministry said 90 people were killed in China by the quake."),
        "two": ("Wire One", "2024-05-16T09:00:00Z",
                "The Health Ministry said 40 people were killed in Sichuan by the quake."),
    })
    assert "toll-never-falls" not in _rules(folder)


def test_a_later_lower_figure_of_the_same_place_is_still_a_fall(tmp_path):
    folder = _write(tmp_path / "e", {
        "one": ("Wire One", "2024-05-14T09:00:00Z",
                "The Health Ministry said 90 people were killed in China by the quake."),
        "two": ("Wire One", "2024-05-16T09:00:00Z",
                "The Health Ministry said 40 people were killed in China by the quake."),
    })
    assert "toll-never-falls" in _rules(folder)


def test_a_later_lower_figure_of_the_country_after_its_provinces_is_still_a_fall(tmp_path):
    folder = _write(tmp_path / "e", {
        "one": ("Wire One", "2024-05-14T09:00:00Z",
                "The Health Ministry said 140 people were killed in Sichuan by the quake."),
        "two": ("Wire One", "2024-05-16T09:00:00Z",
                "The Health Ministry said 90 people were killed in China by the quake."),
    })
    assert "toll-never-falls" in _rules(folder)
