"""'Below target' beside 'Significantly below target' in one file is the middle level."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.parse.ratings import parse_rag
from tests.helpers.layout_sheets import detect_rows


def _ratings(tmp_path: Path, statuses: list[str]) -> dict[str, str | None]:
    rows: list[list[object]] = [["Ref", "Measure", "Q2 2024/25", "Target", "Status"]]
    for n, status in enumerate(statuses, start=1):
        rows.append([f"M{n}", f"Measure number {n} (%)", 70 + n, 75, status])
    parsed = detect_rows(tmp_path / "g.xlsx", rows)
    assert parsed.review == []
    return {i.code or "": i.observations[0].rag for i in parsed.indicators}


def test_a_plain_phrase_beside_its_stronger_form_is_amber(tmp_path: Path) -> None:
    got = _ratings(tmp_path, ["On target", "Below target", "Well below target", "Below target"])
    assert got == {"M1": "green", "M2": "amber", "M3": "red", "M4": "amber"}


def test_the_plain_phrase_alone_stays_red(tmp_path: Path) -> None:
    got = _ratings(tmp_path, ["On target", "Off target", "Off target"])
    assert got == {"M1": "green", "M2": "red", "M3": "red"}


def test_other_gradings_and_status_words() -> None:
    assert parse_rag("Achieving") == "green"
    assert parse_rag("Not achieving") == "red"
    assert parse_rag("Nearly achieving") == "amber"
    assert parse_rag("Exceeding") == "green"


def test_beside_a_milder_form_the_plain_phrase_stays_red(tmp_path: Path) -> None:
    got = _ratings(tmp_path, ["On target", "Slightly below target", "Below target"])
    assert got == {"M1": "green", "M2": "amber", "M3": "red"}
