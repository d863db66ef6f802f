"""The JSON export and `list --json` hold to CONTRACT.md's shapes, value by value, on the sample."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import run

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"
POLARITIES = {"higher_is_better", "lower_is_better", "on_target", "none", "unknown"}
RAGS = {"red", "amber", "green", None}
DIRECTIONS = {"improving", "worsening", "no_change", None}


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert run(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    data_dir = str(tmp_path / "data")
    assert run(["--data-dir", data_dir, "import", str(SAMPLE)]) == 0
    assert (
        run(["--data-dir", data_dir, "note", "CS01", "Backlog plan", "--period", "Q2 2025/26"]) == 0
    )
    assert run(["--data-dir", data_dir, "question", "CS01", "When amber?", "--meeting", "M1"]) == 0
    capsys.readouterr()
    return data_dir


def _is_date(text: str) -> bool:
    return dt.date.fromisoformat(text).isoformat() == text


def test_every_observation_has_the_contract_types(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _json(capsys, "--data-dir", data, "export", "--format", "json", "--out", "-")
    assert dt.datetime.fromisoformat(doc["exported_at"]).tzinfo is not None
    seen_text = False
    for ind in doc["indicators"]:
        assert isinstance(ind["name"], str) and ind["name"]
        assert ind["polarity"] in POLARITIES
        assert ind["code"] is None or isinstance(ind["code"], str)
        starts = [o["period_start"] for o in ind["observations"]]
        assert starts == sorted(starts), "observations are ordered by period start"
        for obs in ind["observations"]:
            assert _is_date(obs["period_start"]) and _is_date(obs["period_end"])
            assert obs["period_start"] <= obs["period_end"]
            assert obs["rag"] in RAGS and obs["rag_computed"] in RAGS
            if obs["actual"] is not None:
                assert isinstance(obs["actual"], float)
                assert obs["actual_text"] is None, "actual_text is null whenever a number was read"
            else:
                assert obs["actual_text"], "an observation without a number says what stood there"
                seen_text = True
            for key in ("numerator", "denominator"):
                assert obs[key] is None or isinstance(obs[key], int | float)
            assert all(isinstance(v, float) for v in obs["comparators"].values())
            assert set(obs["source"]) == {"file", "sheet", "cell"}
            assert obs["source"]["file"] == SAMPLE.name
    assert seen_text, "the sample has suppressed values ('*')"
    (note,) = doc["notes"]
    assert note == {
        "indicator": "CS01",
        "period": "Q2 2025/26",
        "text": "Backlog plan",
        "exempt": False,
        "created_at": note["created_at"],
    }
    (question,) = doc["questions"]
    assert question["meeting"] == "M1" and question["indicator"] == "CS01"


def test_quarters_follow_the_financial_year(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _json(capsys, "--data-dir", data, "export", "--format", "json", "--out", "-")
    periods = {
        o["period"]: (o["period_start"], o["period_end"])
        for ind in doc["indicators"]
        for o in ind["observations"]
    }
    assert periods["Q1 2025/26"] == ("2025-04-01", "2025-06-30")
    assert periods["Q3 2023/24"] == ("2023-10-01", "2023-12-31")
    assert periods["Q4 2024/25"] == ("2025-01-01", "2025-03-31")


def test_list_json_matches_the_export(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    listed = _json(capsys, "--data-dir", data, "list", "--json")
    doc = _json(
        capsys, "--data-dir", data, "export", "--format", "json", "--out", "-", "--include-exempt"
    )  # list shows every indicator; the export leaves exempt ones out unless asked
    assert [(i["code"], i["name"]) for i in listed] == [
        (i["code"], i["name"]) for i in doc["indicators"]
    ]
    for item, ind in zip(listed, doc["indicators"], strict=True):
        assert item["direction_previous"] in DIRECTIONS
        assert item["direction_last_year"] in DIRECTIONS
        assert isinstance(item["red_streak"], int) and item["red_streak"] >= 0
        numeric = [o for o in ind["observations"] if o["actual"] is not None]
        if not numeric:
            assert item["latest"] is None
            continue
        latest = numeric[-1]
        assert item["latest"]["period"] == latest["period"]
        assert item["latest"]["actual"] == latest["actual"]
        assert item["latest"]["rag_computed"] == latest["rag_computed"]
        for flag in item["flags"]:
            assert set(flag) == {"rule", "message"} and flag["message"]
    cs01 = next(i for i in listed if i["code"] == "CS01")
    assert cs01["open_questions"] == 1
