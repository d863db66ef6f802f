"""Which way is good, written in the brackets an indicator's name ends with."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.parse.cells import polarity_from_name
from desktop.scorecard.read.grid import Sheet, Workbook


def test_any_polarity_phrase_in_trailing_brackets() -> None:
    assert polarity_from_name("Staff turnover (%) (aim to minimise)") == "lower_is_better"
    assert polarity_from_name("Training completed (aim to maximise)") == "higher_is_better"
    assert polarity_from_name("Waste per household (smaller is better)") == "lower_is_better"
    assert polarity_from_name("Complaints (aim to reduce) (%)") == "lower_is_better"


def test_one_word_or_no_polarity_in_brackets_is_part_of_the_name() -> None:
    assert polarity_from_name("Knife crime (low)") == "unknown"
    assert polarity_from_name("Apprenticeships (target)") == "unknown"
    assert polarity_from_name("Fly-tipping (data only)") == "unknown"
    assert polarity_from_name("Rent collected (%)") == "unknown"


def test_brackets_that_disagree_give_none() -> None:
    assert polarity_from_name("Voids (aim to minimise) (aim to maximise)") == "unknown"


def test_a_table_reads_the_polarity_from_the_name() -> None:
    sheet = Sheet(
        "KPIs",
        [
            ["Ref", "KPI", "Q1 2024/25", "Target"],
            ["CH 02", "Staff turnover (%) (aim to minimise)", 3.1, 3.0],
            ["CH 05", "Employees completing mandatory training (aim to maximise)", 72.0, 90],
        ],
    )
    read = detect(Workbook(path="/tmp/kpis.xlsx", format="xlsx", sheets=[sheet]))
    assert [i.polarity for i in read.indicators] == ["lower_is_better", "higher_is_better"]
