"""The shipped unit index: what pint says of the built-in units, without loading pint."""

from __future__ import annotations

import json
import subprocess
import sys

from auditor import units


def test_the_shipped_index_is_what_pint_says_today():
    """A unit added to units.yaml (or another pint) without ``python -m auditor.units`` fails here."""
    shipped = json.loads(units.INDEX_FILE.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(units.build_index()))


def test_index_and_pint_agree_on_names_and_bases():
    assert units.pint_name("kilometer") == units.ask_pint("kilometer")[0] == "kilometer"
    assert units.base_of("kilometer") == ("meter", 1000.0, 0.0)
    assert units.base_of("USD") is None and units.base_unit_name("USD") == "USD"
    celsius = units.base_of("degree_Celsius")
    assert celsius is not None and celsius[0] == "kelvin" and abs(celsius[2] - 273.15) < 1e-9
    assert units.to_base(5, "kilometer") == 5000.0


def test_a_unit_the_index_lacks_is_asked_of_pint():
    assert "furlong" not in units._shipped()
    assert units.base_of("furlong") is not None and units.base_of("furlong")[0] == "meter"
    assert units.parse_unit("not a unit at all") is None


def test_an_index_from_another_pint_is_not_used(tmp_path, monkeypatch):
    other = tmp_path / "units_index.json"
    other.write_text(json.dumps({"pint": "0.0.1", "units": {"kilometer": ["wrong", None]}}))
    monkeypatch.setattr(units, "INDEX_FILE", other)
    units._shipped.cache_clear()
    try:
        assert units._shipped() == {}
    finally:
        units._shipped.cache_clear()


def test_auditing_built_in_units_and_money_does_not_load_pint(tmp_path):
    """The point of the index: a draft with kilometres, tonnes, degrees, dollars and cents is
    extracted and checked without importing pint (most of a second)."""
    draft = tmp_path / "draft.md"
    draft.write_text("The flood covered 30 km of road and 2,000 hectares of farmland. Aid worth "
                     "$5 million and 300 tonnes of flour arrived; bread rose 20 cents. Highs of 41 °C "
                     "are forecast. At least 12 people died, officials said.\n", encoding="utf-8")
    code = ("import sys\nfrom click.testing import CliRunner\nfrom auditor.cli import cli\n"
            f"claims = CliRunner().invoke(cli, ['claims', {str(draft)!r}, '--format', 'jsonl'])\n"
            "assert claims.exit_code == 0, claims.output\n"
            "for unit in ('kilometer', 'hectare', 'metric_ton', 'degree_Celsius', 'USD', 'USD_cent'):\n"
            "    assert f'\"unit\": \"{unit}\"' in claims.output, (unit, claims.output)\n"
            f"audit = CliRunner().invoke(cli, ['audit', {str(draft)!r}, '--format', 'json'])\n"
            "assert audit.exit_code in (0, 1), audit.output\n"
            "print('pint' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "False"
