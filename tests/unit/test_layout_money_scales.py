"""A money unit with a scale ('£k', '£000', '£m') over figures some of which are typed with
their own ('£1.2m', '£850k'): the indicator's plain figures are scaled by the unit, so one
indicator's figures are all pounds; an indicator whose figures are all plain keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells, values
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("£k", ("£", 3)), ("£000", ("£", 3)), ("£'000s", ("£", 3)), ("£ thousands", ("£", 3)),
     ("£m", ("£", 6)), ("£ millions", ("£", 6)), ("GBP m", ("£", 6)), ("$bn", ("$", 9)),
     ("£", None), ("%", None), ("£ per head", None), ("Number", None)],
)  # fmt: skip
def test_a_money_unit_gives_its_currency_and_scale(
    unit: str, expected: tuple[str, int] | None
) -> None:
    assert values.money_scale(unit) == expected


@pytest.mark.parametrize("word", sorted(vocabulary.SCALE_EXPONENTS))
def test_every_scale_word_scales_a_figure_by_its_power_of_ten(word: str) -> None:
    found = cells.number(f"£2 {word}")
    assert found.value == 2 * 10 ** vocabulary.SCALE_EXPONENTS[word]
    assert found.unit == "£"


@pytest.mark.parametrize("written", ["GBP 1,200", "'£1,200", "€1,200", "$1,200"])
def test_each_currency_the_vocabulary_knows_is_read(written: str) -> None:
    assert cells.number(written).value == 1200


@pytest.mark.parametrize(
    ("unit", "plain", "typed", "pounds"),
    [("£k", 850, "£1.2m", 850_000), ("£000", "850", "£1,200k", 850_000),
     ("£ thousands", 850.5, "£1.2m", 850_500), ("£m", 1.5, "£850k", 1_500_000)],
)  # fmt: skip
def test_plain_figures_of_a_mixed_row_are_scaled_by_its_unit_column(
    tmp_path: Path, unit: str, plain: object, typed: str, pounds: float
) -> None:
    parsed = detect_rows(
        tmp_path / "finance.xlsx",
        [
            ["Finance monitoring 2024/25"],
            ["Indicator", "Unit", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["Forecast overspend", unit, plain, typed, plain],
            ["Savings delivered", "£k", 400, 450, 500],
            ["Invoices paid on time", "%", 96.1, 97.0, 95],
        ],
    )
    assert parsed.review == []
    read = {
        i.name: (i.unit, [(o.period.label, o.actual, o.target) for o in i.observations])
        for i in parsed.indicators
    }
    expected = float(cells.number(typed).value or 0)
    assert read["Forecast overspend"] == (
        "£",
        [("Q1 2024/25", pounds, pounds), ("Q2 2024/25", expected, pounds)],
    )
    # an indicator whose figures are all plain keeps them as written, in its unit
    assert read["Savings delivered"] == (
        "£k",
        [("Q1 2024/25", 400, 500), ("Q2 2024/25", 450, 500)],
    )
    assert read["Invoices paid on time"][0] == "%"


def test_a_long_table_scales_every_row_of_a_mixed_indicator(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Indicator", "Unit", "Period", "Actual", "Target"],
            ["Forecast overspend", "£000", "Q1 2024/25", 850, 900],
            ["Forecast overspend", "£000", "Q2 2024/25", "£1.2m", "£1m"],
            ["Debt outstanding", "£m", "Q1 2024/25", 1.5, 2],
            ["Debt outstanding", "£m", "Q2 2024/25", 1.6, 2],
        ],
    )
    assert parsed.review == []
    read = {
        i.name: (i.unit, [(o.period.label, o.actual, o.target) for o in i.observations])
        for i in parsed.indicators
    }
    assert read == {
        "Forecast overspend": (
            "£",
            [("Q1 2024/25", 850_000, 900_000), ("Q2 2024/25", 1_200_000, 1_000_000)],
        ),
        "Debt outstanding": ("£m", [("Q1 2024/25", 1.5, 2), ("Q2 2024/25", 1.6, 2)]),
    }


def test_a_scale_in_the_name_serves_as_the_unit(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "named.xlsx",
        [
            ["Finance 2024/25"],
            ["Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["Forecast overspend (£m)", 1.5, "£850k"],
            ["Savings delivered (£k)", 400, 450],
        ],
    )
    assert parsed.review == []
    read = {i.name: [o.actual for o in i.observations] for i in parsed.indicators}
    assert read == {
        "Forecast overspend (£m)": [1_500_000, 850_000],
        "Savings delivered (£k)": [400, 450],
    }


@pytest.mark.parametrize("unsure", ["£850", "GBP 850"])
def test_a_currency_without_the_rows_scale_goes_to_review_at_its_cell(
    tmp_path: Path, unsure: str
) -> None:
    parsed = detect_rows(
        tmp_path / "unsure.xlsx",
        [
            ["Finance 2024/25"],
            ["Indicator", "Unit", "Q1 2024/25", "Q2 2024/25"],
            ["Forecast overspend", "£k", unsure, "£1.2m"],
            ["Savings delivered", "£k", 400, 450],
        ],
    )
    assert [item.cell for item in parsed.review] == ["C3"]


@pytest.mark.parametrize(
    ("title", "heading"),
    [("Finance monitoring 2024/25 (£000)", ""), ("Finance monitoring 2024/25", " (£k)"),
     ("Revenue budget £k", "")],
)  # fmt: skip
def test_a_scale_in_the_heading_or_the_title_serves_as_the_unit(
    tmp_path: Path, title: str, heading: str
) -> None:
    parsed = detect_rows(
        tmp_path / "headed.xlsx",
        [
            [title],
            ["Indicator", f"Q1 2024/25{heading}", f"Q2 2024/25{heading}"],
            ["Forecast overspend", 850, "£1.2m"],
            ["Savings delivered", 400, 450],
        ],
    )
    assert parsed.review == []
    read = {i.name: (i.unit, [o.actual for o in i.observations]) for i in parsed.indicators}
    assert read["Forecast overspend"] == ("£", [850_000, 1_200_000])
    assert read["Savings delivered"][1] == [400, 450]


def test_a_rows_own_unit_beats_the_title(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "own_unit.xlsx",
        [
            ["Finance monitoring 2024/25 (£m)"],
            ["Indicator", "Unit", "Q1 2024/25", "Q2 2024/25"],
            ["Forecast overspend", "£k", 850, "£1.2m"],
            ["Invoices paid on time", "%", 96.5, "£1.2m"],
        ],
    )
    read = {i.name: [o.actual for o in i.observations] for i in parsed.indicators}
    assert read["Forecast overspend"] == [850_000, 1_200_000]
    assert read["Invoices paid on time"][0] == 96.5
