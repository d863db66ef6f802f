"""Columns that break each period's figure down by parts of the area: the whole is read."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout import area_parts
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

TITLE = "Barnsley Metropolitan Borough Council - Quarterly Performance 2024/25"
Q2, Q3 = "Quarter 2 (Jul-Sep)", "Quarter 3 (Oct-Dec)"


def _banded(
    areas: list[str], figures: list[list[CellValue]], title: str = TITLE
) -> list[list[CellValue]]:
    """A period heading typed once over each run of ``areas``; rows of two quarters."""
    width = len(areas)
    band: list[CellValue] = [None, None, Q2, *[None] * (width - 1), Q3, *[None] * (width - 1)]
    rows: list[list[CellValue]] = [
        [title],
        [],
        band,
        ["Ref", "Measure", *areas, *areas, "Target"],
    ]
    names = ("Rent collected (%)", "Days to re-let voids", "Repairs right first time (%)")
    for i, (name, row) in enumerate(zip(names, figures, strict=False)):
        rows.append([f"HN0{i + 1}", name, *row])
    return rows


def _read(rows: list[list[CellValue]], area: str | None = None) -> ParsedScorecard:
    sheet = Sheet("Housing", rows)
    book = Workbook(path="/tmp/housing.xlsx", format="xlsx", sheets=[sheet])
    return detect(book, area=area, explaining=True)


def _series(read: ParsedScorecard) -> dict[str, list[tuple[str, float | None]]]:
    return {i.name: [(o.period.label, o.actual) for o in i.observations] for i in read.indicators}


RATES: list[list[CellValue]] = [
    [97.8, 96.1, 98.4, 97.4, 98.2, 96.9, 98.8, 98.0, 98.0],
    [31.4, 38.2, 27.9, 32.6, 29.8, 41.5, 26.3, 33.1, 30.0],
    [88.1, 84.7, 90.2, 87.6, 86.4, 83.9, 89.1, 86.3, 90.0],
]


@pytest.mark.parametrize(
    "areas",
    [
        ["North", "Central", "South", "Borough"],
        ["Area 1", "Area 2", "Area 3", "Borough-wide"],
        ["Locality A", "Locality B", "Locality C", "All localities"],
        ["North East", "North West", "South", "Council-wide"],
        ["West Area", "East Area", "Mid", "Whole council"],
        ["Ward 1", "Ward 2", "Ward 3", "Total"],
        ["North", "Central", "South", "Barnsley"],  # the council's name from the title
    ],
)
def test_the_whole_areas_column_is_each_periods_figure(areas: list[str]) -> None:
    read = _read(_banded(areas, RATES))
    assert _series(read)["Rent collected (%)"] == [("Q2 2024/25", 97.4), ("Q3 2024/25", 98.0)]
    assert _series(read)["Days to re-let voids"] == [("Q2 2024/25", 32.6), ("Q3 2024/25", 33.1)]
    assert read.indicators[0].observations[0].target == 98.0
    assert read.indicators[0].observations[1].cell == "J5"  # the file's cell, not the copy's
    assert not read.review
    said = " ".join(read.explain)
    assert f"'{areas[3]}' column of each period" in said
    assert f"'{areas[0]}', '{areas[1]}', '{areas[2]}' set aside" in said


def test_the_whole_printed_first_and_parts_left_blank_or_dashed() -> None:
    figures: list[list[CellValue]] = [
        [97.4, 97.8, None, 98.4, 98.0, 98.2, 96.9, 98.8, 98.0],
        [58, "-", "-", "-", 64, "-", "-", "-", 50],
    ]
    read = _read(_banded(["Borough", "North", "Central", "South"], figures))
    assert _series(read) == {
        "Rent collected (%)": [("Q2 2024/25", 97.4), ("Q3 2024/25", 98.0)],
        "Days to re-let voids": [("Q2 2024/25", 58.0), ("Q3 2024/25", 64.0)],
    }
    assert not read.review


def test_named_towns_beside_a_whole_that_adds_up_are_parts() -> None:
    counts: list[list[CellValue]] = [
        [142, 201, 118, 466, 126, 188, 97, 417, None],
        [12, 30, 9, 51, 14, 22, 8, 44, None],
        [88.1, 84.7, 90.2, 87.6, 86.4, 83.9, 89.1, 86.3, 90.0],
    ]
    read = _read(_banded(["Wath", "Maltby", "Dinnington", "Borough"], counts))
    assert _series(read)["Rent collected (%)"] == [("Q2 2024/25", 466.0), ("Q3 2024/25", 417.0)]
    assert not read.review


def test_named_towns_beside_a_whole_that_does_not_add_up_go_to_review() -> None:
    odd: list[list[CellValue]] = [
        [142, 201, 118, 900, 126, 188, 97, 20, None],
        [12, 30, 9, 2, 14, 22, 8, 300, None],
    ]
    read = _read(_banded(["Wath", "Maltby", "Dinnington", "Borough"], odd))
    assert read.review
    assert read.review[0].cell == "C3"  # the period's heading over the columns
    assert "'Borough' was read as the whole area" in read.review[0].reason


def test_parts_with_no_whole_go_to_review_naming_the_heading() -> None:
    read = _read(_banded(["North", "South", "East", "West"], RATES))
    assert read.review
    assert read.review[0].cell == "C3"
    assert "no column is headed as the whole area" in read.review[0].reason


def test_area_names_one_part_to_read_instead() -> None:
    read = _read(_banded(["North", "Central", "South", "Borough"], RATES), area="North")
    assert _series(read)["Rent collected (%)"] == [("Q2 2024/25", 97.8), ("Q3 2024/25", 98.2)]


def test_areas_over_the_periods_read_alike() -> None:
    rows: list[list[CellValue]] = [
        [TITLE],
        [None, None, "North", None, "South", None, "Borough", None],
        ["Ref", "Measure", *["Q2 2024/25", "Q3 2024/25"] * 3],
        ["HN01", "Rent collected (%)", 97.8, 98.2, 98.4, 98.8, 97.4, 98.0],
        ["HN02", "Days to re-let voids", 31.4, 29.8, 27.9, 26.3, 32.6, 33.1],
    ]
    read = _read(rows)
    assert _series(read)["Days to re-let voids"] == [("Q2 2024/25", 32.6), ("Q3 2024/25", 33.1)]
    assert not read.review


def test_one_heading_row_with_the_period_in_the_title() -> None:
    rows: list[list[CellValue]] = [
        ["Housing performance by area - Quarter 3 2024/25"],
        [],
        ["Ref", "Measure", "North", "Central", "South", "District", "Target"],
        ["HN01", "Rent collected (%)", 98.2, 96.9, 98.8, 98.0, 98.0],
        ["HN02", "Days to re-let voids", 29.8, 41.5, 26.3, 33.1, 30.0],
    ]
    read = _read(rows)
    assert _series(read)["Rent collected (%)"] == [("Q3 2024/25", 98.0)]
    assert read.indicators[0].observations[0].target == 98.0


def test_regions_beside_england_are_comparators_not_parts() -> None:
    rows: list[list[CellValue]] = [
        [TITLE],
        ["Ref", "Measure", "Borough", "North East", "England"],
        ["HN01", "Rent collected (%)", 97.4, 96.0, 95.5],
        ["HN02", "Days to re-let voids", 32.6, 35.0, 36.1],
    ]
    read = _read(rows)
    assert not any("set aside" in line for line in read.explain)


def test_a_whole_that_sums_up_other_breakdowns_is_read() -> None:
    figures: list[list[CellValue]] = [
        [91.0, 93.2, 92.1, 92.3, 94.0, 93.1, 95.0],
        [88.0, 90.0, 89.0, 87.5, 89.5, 88.4, 90.0],
    ]
    read = _read(_banded(["Boys", "Girls", "All pupils"], figures))
    assert _series(read)["Rent collected (%)"] == [("Q2 2024/25", 92.1), ("Q3 2024/25", 93.1)]
    assert not read.review


def test_names_no_rule_knows_under_each_period_go_to_review_not_refused() -> None:
    figures: list[list[CellValue]] = [
        [91.0, 93.2, 92.3, 94.0, 95.0],
        [88.0, 90.0, 87.5, 89.5, 90.0],
    ]
    read = _read(_banded(["Boys", "Girls"], figures, title="Attendance report 2024/25"))
    assert read.review
    assert read.review[0].cell == "C3"
    assert "'Boys', 'Girls'" in read.review[0].reason


def test_area_chooses_a_part_of_a_single_period() -> None:
    rows: list[list[CellValue]] = [
        [TITLE],
        [None, None, "Q3 2024/25", None, None, None],
        ["Ref", "Measure", "North", "South", "Borough", "Target"],
        ["HN01", "Rent collected (%)", 98.2, 98.8, 98.0, 98.0],
        ["HN02", "Days to re-let voids", 29.8, 26.3, 33.1, 30.0],
    ]
    assert _series(_read(rows))["Rent collected (%)"] == [("Q3 2024/25", 98.0)]
    south = _read(rows, area="south")
    assert _series(south)["Rent collected (%)"] == [("Q3 2024/25", 98.8)]
    assert south.area == "South"
    assert not any("is not needed" in w for w in south.warnings)


def test_a_whole_beside_one_other_heading_breaks_nothing_down() -> None:
    rows: list[list[CellValue]] = [
        [TITLE],
        [None, None, "Q2 2024/25", None, "Q3 2024/25", None],
        ["Ref", "Measure", "Completed", "Total", "Completed", "Total"],
        ["HN01", "Repairs", 45, 50, 48, 52],
        ["HN02", "Inspections", 12, 20, 15, 21],
    ]
    with pytest.raises(ScorecardError) as refused:
        _read(rows)
    assert "area" not in str(refused.value)


def test_counts_of_ratings_are_no_parts_of_an_area() -> None:
    rows: list[list[CellValue]] = [
        ["Corporate Performance Report - Quarter 2 2024/25"],
        ["Performance summary Q2 2024/25"],
        ["Portfolio", "Green", "Amber", "Red", "Data only", "Total"],
        ["Resources", 1, 1, 1, 0, 3],
    ]
    assert area_parts.view(Sheet("Summary", rows), [], None, placed=frozenset()) is None


def test_the_councils_name_among_other_councils_is_no_whole() -> None:
    rows = _banded(["Barnsley", "Rotherham", "Sheffield", "Doncaster"], RATES)
    assert area_parts.view(Sheet("Housing", rows), [], None) is None
    read = _read(rows)  # held for review, the council's own column read
    assert _series(read)["Rent collected (%)"] == [("Q2 2024/25", 97.8), ("Q3 2024/25", 98.2)]
    assert read.review[0].cell == "C3"
    with_average = _banded(["Barnsley", "Rotherham", "Sheffield", "SY average"], RATES)
    assert area_parts.view(Sheet("Housing", with_average), [], None, placed=frozenset()) is None


def test_names_under_one_period_go_to_review_but_months_under_a_year_do_not() -> None:
    rows: list[list[CellValue]] = [
        ["Attendance report"],
        [None, None, "Q3 2024/25", None],
        ["Ref", "Measure", "Boys", "Girls"],
        ["AT1", "Attendance (%)", 91.0, 93.2],
        ["AT2", "Persistent absence (%)", 18.0, 16.5],
    ]
    read = _read(rows)
    assert [r.cell for r in read.review] == ["C2"]
    months: list[list[CellValue]] = [
        ["Collection"],
        [None, None, "Cumulative to end of month - 2024/25", None],
        ["Ref", "Measure", "Apr", "May"],
        ["RB1", "Council tax collected (%)", 10.4, 19.8],
    ]
    assert area_parts.view(Sheet("Collection", months), [], None, placed=frozenset()) is None


def test_a_long_table_with_a_period_column_reads_the_whole() -> None:
    rows: list[list[CellValue]] = [
        ["Housing by area"],
        ["Indicator", "Quarter", "North", "South", "East", "West", "Council-wide"],
        ["Rent (%)", "Q1 2024/25", 97.0, 98.0, 96.0, 95.5, 96.6],
        ["Rent (%)", "Q2 2024/25", 97.5, 98.1, 96.2, 95.9, 96.9],
    ]
    read = _read(rows)
    assert _series(read) == {"Rent (%)": [("Q1 2024/25", 96.6), ("Q2 2024/25", 96.9)]}
    assert not read.review


def _table_lines(read: ParsedScorecard) -> list[str]:
    """The --explain lines that name the table's place, its rows and its columns."""
    starts = ("table on", "  heading row", "  row")
    return [line for line in read.explain if line.startswith(starts) or " -> " in line]


def test_explain_names_the_files_rows_not_the_copys() -> None:
    # the period band and the area names are two rows in the file, one in the copy read
    lines = _table_lines(_read(_banded(["North", "Central", "South", "Borough"], RATES)))
    assert lines[0].startswith("table on sheet 'Housing' A3:K7:")
    assert lines[1] == "  heading rows 3–4; data rows 5–7"
    assert "  rows 5–7: indicator values" in lines
    assert any(line.startswith("  F4 'Quarter 2 (Jul-Sep)' -> values for Q2") for line in lines)
    over: list[list[CellValue]] = [  # areas over the periods, one title row above
        [TITLE],
        [None, None, "North", None, "South", None, "Borough", None],
        ["Ref", "Measure", *["Q2 2024/25", "Q3 2024/25"] * 3],
        ["HN01", "Rent collected (%)", 97.8, 98.2, 98.4, 98.8, 97.4, 98.0],
        [],
        ["HN02", "Days to re-let voids", 31.4, 29.8, 27.9, 26.3, 32.6, 33.1],
    ]
    lines = _table_lines(_read(over))
    assert lines[1] == "  heading rows 2–3; data rows 4–6"
    assert "  row 4: indicator values" in lines and "  row 6: indicator values" in lines
    assert any(line.startswith("  G3 'Q2 2024/25") for line in lines)


def test_explain_of_one_heading_row_is_unchanged() -> None:
    rows: list[list[CellValue]] = [
        ["Housing performance by area - Quarter 3 2024/25"],
        ["Ref", "Measure", "North", "Central", "South", "District", "Target"],
        ["HN01", "Rent collected (%)", 98.2, 96.9, 98.8, 98.0, 98.0],
        ["HN02", "Days to re-let voids", 29.8, 41.5, 26.3, 33.1, 30.0],
    ]
    lines = _table_lines(_read(rows))
    assert lines[1] == "  heading row 2; data rows 3–4"
    assert "  rows 3–4: indicator values" in lines
