"""A target stated as a benchmark position: the number printed with it is the target."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.parse.targets import parse_target
from desktop.scorecard.read.grid import Sheet, Workbook


@pytest.mark.parametrize(
    ("text", "value", "polarity"),
    [
        ("Top quartile (≥ 92.1%)", 92.1, "higher_is_better"),
        ("Top quartile (≤ 15.0 days)", 15.0, "lower_is_better"),
        ("Above England average (41.7%)", 41.7, "higher_is_better"),
        ("Below England average (492 kg)", 492.0, "lower_is_better"),
        ("Better than regional average (1.6)", 1.6, None),
        ("Top 25% of English districts (≥ 90.4%)", 90.4, "higher_is_better"),
        ("Upper quartile [at least 97.5%]", 97.5, "higher_is_better"),
        ("Top quartile: 92.1%", 92.1, None),
        ("England average of 41.7%", 41.7, None),
        ("Above the Wales average: 58%", 58.0, "higher_is_better"),
        ("Median of nearest neighbours = 8.5 days", 8.5, None),
        ("≥ Top quartile (92.1%)", 92.1, "higher_is_better"),
        ("Lower than regional average (1.6)", 1.6, "lower_is_better"),
        ("Overall top quartile (92.1%)", 92.1, None),  # 'Over' here says nothing
    ],
)
def test_the_number_printed_with_a_position_is_the_target(
    text: str, value: float, polarity: str | None
) -> None:
    found = parse_target(text)
    assert found is not None
    assert (found.value, found.polarity) == (value, polarity)


@pytest.mark.parametrize(
    "text",
    [
        "Upper quartile",
        "Better than statistical neighbours",
        "Top 10 nationally",
        "Reduce by 10% (from 120)",  # a number in brackets that is no benchmark's
        "Maintain (95%)",
    ],
)
def test_a_position_without_its_number_or_other_words_give_no_target(text: str) -> None:
    assert parse_target(text) is None


def test_only_the_positions_without_a_number_are_doubted() -> None:
    sheet = Sheet(
        "KPIs",
        [
            ["Ref", "Indicator", "Target", "2023/24"],
            ["B1", "Major applications in time (%)", "Top quartile (≥ 92.1%)", 93.5],
            ["B2", "Council tax collected (%)", "Upper quartile", 97.4],
            ["B3", "Waste per household (kg)", "Below England average (492 kg)", 448.1],
        ],
    )
    read = detect(Workbook(path="/tmp/kpis.xlsx", format="xlsx", sheets=[sheet]))
    assert [(r.sheet, r.cell) for r in read.review] == [("KPIs", "C3")]
    assert "no number" in read.review[0].reason
    targets = {i.code: (i.observations[0].target, i.polarity) for i in read.indicators}
    assert targets["B1"] == (92.1, "higher_is_better")
    assert targets["B3"] == (492.0, "lower_is_better")
    assert targets["B2"][0] is None
