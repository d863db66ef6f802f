"""Analysis over the real public files: every imported series is assessed without error."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from desktop.cli import run

REAL = [
    ("lgbf__new_bnch_data_Jan20.xlsx", "Aberdeen City"),
    ("lgbf__Scottish_Averages.csv", None),
    ("lgbf__Family_Averages.csv", "Family Group 1"),
    ("trafford__active_adults.csv", "Trafford"),
    ("trafford__children_dental_decay.csv", "Trafford"),
    ("trafford__neet.csv", "Trafford"),
    ("oflog__ASC_data.csv", "Enfield"),
    ("defra__Flytipping_LA_incidents_actions_2012-13_to_2017-18.xlsx", "Adur"),
    ("defra__Flytipping_national_2007-08_to_2017-18.xlsx", None),
]

pytestmark = pytest.mark.corpus


def test_real_files_import_and_analyse(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    for name, area in REAL:
        argv = ["--data-dir", data, "import", str(corpus / "real" / name), "--json"]
        if area:
            argv += ["--area", area]
        assert run(argv) == 0, capsys.readouterr().err
        report = json.loads(capsys.readouterr().out)
        assert report["status"] == "imported", (name, report["error"])
        assert report["observations"] > 0, name
    assert run(["--data-dir", data, "list", "--json"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    items = json.loads(captured.out)
    assert len(items) > 200
    counts = collections.Counter(flag["rule"] for item in items for flag in item["flags"])
    with capsys.disabled():
        print(f"\nflags over {len(items)} real indicators: {dict(sorted(counts.items()))}")
    # public benchmark files carry no polarity or targets: the checks must say so, not crash
    assert counts["polarity_missing"] > 0
    assert all(item["latest"] is None or item["latest"]["period"] for item in items)
