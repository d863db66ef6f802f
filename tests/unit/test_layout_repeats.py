"""A headline block that repeats indicators of the full table is read once."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows

TABLE = [
    ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "Status"],
    ["H1", "Homes let within 28 days (%)", 81.0, 84.5, 90, None],
    ["H2", "Rent collected (%)", 97.1, 97.9, 98, "Amber"],
    ["H3", "Repairs right first time (%)", 88.0, 91.0, 90, "Green"],
]


def test_uncoded_repeats_of_coded_indicators_are_read_once(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "headlines.xlsx",
        [
            ["At a glance – Quarter 2"],
            ["Measure", "Latest (Q2 2024/25)", "Status"],
            ["Homes let within 28 days (%) *", 84.5, "Red"],
            ["Rent collected (%)", 97.9, "Amber"],
            [],
            ["All measures"],
            *TABLE,
        ],
    )
    assert sorted(i.code or "" for i in parsed.indicators) == ["H1", "H2", "H3"]
    homes = next(i for i in parsed.indicators if i.code == "H1")
    assert [(o.period.label, o.actual, o.rag) for o in homes.observations] == [
        ("Q1 2024/25", 81.0, None),
        ("Q2 2024/25", 84.5, "red"),  # the headline's rating fills the table's gap
    ]
    assert any("read once" in w for w in parsed.warnings)
    assert not parsed.review


def test_a_repeat_with_another_figure_is_doubted(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "differs.xlsx",
        [
            ["Measure", "Q2 2024/25"],
            ["Rent collected (%)", 96.0],
            [],
            *TABLE,
        ],
    )
    assert [r.cell for r in parsed.review] == ["B2"]


def test_an_uncoded_indicator_of_its_own_is_kept(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "own.xlsx",
        [
            *TABLE,
            [None, "Tenancy audits completed", 40, 52, None, None],
        ],
    )
    assert len(parsed.indicators) == 4
