"""Layout detection over plain Workbook grids: header rows, long and wide tables, sections."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedIndicator, ScorecardError
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook


def book(*sheets: Sheet, path: str = "/tmp/scorecard.xlsx") -> Workbook:
    return Workbook(path=path, format="xlsx", sheets=list(sheets))


def grid(name: str, rows: list[list[CellValue]], **extra: object) -> Sheet:
    return Sheet(name=name, rows=rows, **extra)  # type: ignore[arg-type]


def by_code(indicators: list[ParsedIndicator]) -> dict[str, ParsedIndicator]:
    return {i.code or i.name: i for i in indicators}


WIDE = [
    ["Borough Council performance", None, None, None, None, None, None],
    [None, None, None, None, None, None, None],
    ["Ref", "Indicator", "Target", "Q1 2024/25", "Q2 2024/25", "RAG", "Commentary"],
    ["CS1", "Plans reviewed on time %", 95, 91, 96.5, "G", "Recovered in Q2."],
    ["CS2", "Looked after children per 10,000", 60, "*", None, "Amber", None],
]


def test_header_is_found_below_title_rows() -> None:
    parsed = detect(book(grid("Scorecard", WIDE)))
    assert [i.code for i in parsed.indicators] == ["CS1", "CS2"]


def test_wide_periods_become_one_observation_each() -> None:
    cs1 = by_code(detect(book(grid("Scorecard", WIDE))).indicators)["CS1"]
    assert [(o.period.label, o.actual) for o in cs1.observations] == [
        ("Q1 2024/25", 91.0),
        ("Q2 2024/25", 96.5),
    ]
    assert cs1.observations[0].period.start == dt.date(2024, 4, 1)


def test_single_target_applies_to_every_period_in_the_row() -> None:
    cs1 = by_code(detect(book(grid("Scorecard", WIDE))).indicators)["CS1"]
    assert [o.target for o in cs1.observations] == [95.0, 95.0]


def test_single_rag_and_commentary_belong_to_the_latest_period() -> None:
    cs1 = by_code(detect(book(grid("Scorecard", WIDE))).indicators)["CS1"]
    first, latest = cs1.observations
    assert (first.rag, first.commentary) == (None, None)
    assert (latest.rag, latest.commentary) == ("green", "Recovered in Q2.")


def test_blank_cell_is_no_observation_and_marker_is_kept_as_text() -> None:
    cs2 = by_code(detect(book(grid("Scorecard", WIDE))).indicators)["CS2"]
    assert len(cs2.observations) == 1
    assert (cs2.observations[0].actual, cs2.observations[0].actual_text) == (None, "*")


def test_each_observation_records_sheet_and_cell() -> None:
    cs1 = by_code(detect(book(grid("Scorecard", WIDE))).indicators)["CS1"]
    assert [(o.sheet, o.cell) for o in cs1.observations] == [
        ("Scorecard", "D4"),
        ("Scorecard", "E4"),
    ]


LONG = [
    ["Directorate", "Code", "Measure", "Quarter", "Value", "Target", "Polarity", "England"],
    ["Place", "P1", "Potholes fixed in 28 days %", "Q1 2024/25", 88.0, 90, "High", 85.2],
    ["Place", "P1", "Potholes fixed in 28 days %", "Q2 2024/25", 91.0, 90, "High", 86.0],
    ["People", "A1", "Delayed discharges", "2024-25;Q1", 12, 10, "Low", None],
]


def test_long_layout_groups_rows_by_indicator() -> None:
    parsed = detect(book(grid("Data", LONG)))
    found = by_code(parsed.indicators)
    assert [o.actual for o in found["P1"].observations] == [88.0, 91.0]
    assert found["A1"].observations[0].period.label == "Q1 2024/25"


def test_portfolio_column_and_polarity_column_are_read() -> None:
    found = by_code(detect(book(grid("Data", LONG))).indicators)
    assert (found["P1"].portfolio, found["P1"].polarity) == ("Place", "higher_is_better")
    assert found["A1"].polarity == "lower_is_better"


def test_comparator_column_is_attached_to_its_row() -> None:
    found = by_code(detect(book(grid("Data", LONG))).indicators)
    assert found["P1"].observations[1].comparators == {"England": 86.0}


def test_section_rows_name_the_portfolio_of_the_rows_below() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Q4 2024/25"],
        ["Housing", None, None],
        ["H1", "Re-let days", 29.8],
        ["Environment", None, None],
        ["E1", "Missed bins", 41],
    ]
    found = by_code(detect(book(grid("Scorecard", rows))).indicators)
    assert (found["H1"].portfolio, found["E1"].portfolio) == ("Housing", "Environment")


def test_two_row_header_with_merged_period_over_sub_columns() -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Q1 2024/25", None, None, "Q2 2024/25", None, None],
        [None, None, "Actual", "Target", "RAG", "Actual", "Target", "RAG"],
        ["H1", "Households in temporary accommodation", 412, 380, "Red", 398, 380, "Amber"],
    ]
    sheet = grid("KPIs", rows, merged=[(0, 2, 0, 4), (0, 5, 0, 7)])
    h1 = detect(book(sheet)).indicators[0]
    assert [(o.period.label, o.actual, o.target, o.rag) for o in h1.observations] == [
        ("Q1 2024/25", 412.0, 380.0, "red"),
        ("Q2 2024/25", 398.0, 380.0, "amber"),
    ]


def test_year_above_quarter_headers_combine_into_quarters() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2023/24", None, "2024/25", None],
        [None, "Q3", "Q4", "Q1", "Q2"],
        ["Calls answered %", 80, 81, 82, 83],
    ]
    parsed = detect(book(grid("Trend", rows, merged=[(0, 1, 0, 2), (0, 3, 0, 4)])))
    labels = [o.period.label for o in parsed.indicators[0].observations]
    assert labels == ["Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25"]


def test_percent_formatted_fraction_is_read_in_points() -> None:
    rows: list[list[CellValue]] = [["Indicator", "Q1 2024/25"], ["Care leavers in EET", 0.54]]
    sheet = grid("S", rows, styles={(1, 1): CellStyle(number_format="0%")})
    observation = detect(book(sheet)).indicators[0].observations[0]
    assert observation.actual == 54.0


def test_rag_from_fill_when_the_rag_cell_is_empty() -> None:
    rows: list[list[CellValue]] = [["Indicator", "Q1 2024/25", "Status"], ["Missed bins", 55, None]]
    sheet = grid("S", rows, styles={(1, 2): CellStyle(fill="FF0000")})
    assert detect(book(sheet)).indicators[0].observations[0].rag == "red"


def test_fill_and_text_that_disagree_are_warned() -> None:
    rows: list[list[CellValue]] = [["Indicator", "Q1 2024/25", "RAG"], ["Missed bins", 55, "Green"]]
    sheet = grid("S", rows, styles={(1, 2): CellStyle(fill="FF0000")})
    parsed = detect(book(sheet))
    assert parsed.indicators[0].observations[0].rag == "green"
    assert any("S!C2" in w and "colour" in w for w in parsed.warnings)


def test_polarity_from_words_in_the_name() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2024/25"],
        ["Sickness days (lower is better)", 9.1],
    ]
    assert detect(book(grid("S", rows))).indicators[0].polarity == "lower_is_better"


def test_unit_from_a_value_with_a_unit() -> None:
    rows: list[list[CellValue]] = [["Indicator", "2024/25"], ["Wait", "12 days"]]
    indicator = detect(book(grid("S", rows))).indicators[0]
    assert (indicator.unit, indicator.observations[0].actual) == ("days", 12.0)


def test_one_sheet_per_portfolio_uses_the_sheet_name_and_skips_the_cover() -> None:
    header: list[CellValue] = ["Ref", "Indicator", "Q4 2024/25"]
    sheets = [
        grid("Cover", [["Quarterly report"], ["Prepared by the performance team"]]),
        grid("Place", [header, ["P1", "Potholes", 88]]),
        grid("People", [header, ["A1", "Discharges", 12]]),
    ]
    found = by_code(detect(book(*sheets)).indicators)
    assert (found["P1"].portfolio, found["A1"].portfolio) == ("Place", "People")


def test_hidden_sheet_is_skipped_with_a_warning() -> None:
    header: list[CellValue] = ["Ref", "Indicator", "Q4 2024/25"]
    sheets = [grid("Data", [header, ["P1", "Potholes", 88]]),
              grid("calc", [header, ["X", "Secret", 1]], hidden=True)]  # fmt: skip
    parsed = detect(book(*sheets))
    assert [i.code for i in parsed.indicators] == ["P1"]
    assert any("calc" in w and "hidden" in w for w in parsed.warnings)


def test_unrecognised_column_is_warned_with_its_cell() -> None:
    rows: list[list[CellValue]] = [["Indicator", "Q1 2024/25", "Workings"], ["Calls", 80, "x"]]
    parsed = detect(book(grid("S", rows)))
    assert any("S!C1" in w and "Workings" in w for w in parsed.warnings)


def test_mapping_places_a_column_the_vocabulary_does_not_know() -> None:
    rows: list[list[CellValue]] = [["Thing", "Q1 2024/25"], ["Calls answered", 80]]
    parsed = detect(book(grid("S", rows)), mapping={"0": "name"})
    assert parsed.indicators[0].name == "Calls answered"


def test_definitions_without_values_are_refused() -> None:
    rows: list[list[CellValue]] = [
        ["Measure_code", "Measure", "Polarity", "Description"],
        ["M1", "Pupils achieving grade 5+", "High", "Percentage of pupils"],
    ]
    with pytest.raises(ScorecardError, match="no indicator table found"):
        detect(book(grid("Dictionary", rows)))


def test_single_column_of_numbers_is_refused() -> None:
    with pytest.raises(ScorecardError, match="no indicator"):
        detect(book(grid("S", [[1], [2], [3]])))


AREAS = [
    ["Area", "Period", "Indicator", "Value"],
    ["England", "2023/24", "Active adults %", 66.1],
    ["North West", "2023/24", "Active adults %", 64.0],
    ["Trafford", "2023/24", "Active adults %", 67.7],
    ["Salford", "2023/24", "Active adults %", 60.2],
    ["Bolton", "2023/24", "Active adults %", 61.0],
]


def test_many_areas_without_area_are_refused_naming_some() -> None:
    with pytest.raises(ScorecardError, match=r"3 areas \(Trafford, Salford, Bolton\).*--area"):
        detect(book(grid("S", AREAS)))


def test_chosen_area_is_kept_and_groups_become_comparators() -> None:
    parsed = detect(book(grid("S", AREAS)), area="trafford")
    (indicator,) = parsed.indicators
    (observation,) = indicator.observations
    assert observation.actual == 67.7
    assert observation.comparators == {"England": 66.1, "Regional": 64.0}
    assert parsed.area == "Trafford"


def test_unknown_area_is_refused_listing_some() -> None:
    with pytest.raises(ScorecardError, match="'Leeds' is not in"):
        detect(book(grid("S", AREAS)), area="Leeds")


def test_error_cell_is_a_missing_value_with_a_warning() -> None:
    rows: list[list[CellValue]] = [["Indicator", "Q1 2024/25"], ["Calls", None]]
    parsed = detect(book(grid("S", rows, errors={(1, 1): "#DIV/0!"})))
    observation = parsed.indicators[0].observations[0]
    assert (observation.actual, observation.actual_text) == (None, "#DIV/0!")
    assert any("S!B2" in w for w in parsed.warnings)


def test_measures_across_with_years_down_the_rows() -> None:
    rows: list[list[CellValue]] = [
        ["Fly-tipping incidents, England"],
        [None, "Total incidents", "Highway"],
        ["2016/17", 1_000_000, 500_000],
        ["2017/18", 998_000, ":"],
        ["Source: annual return", None, None],
    ]
    parsed = detect(book(grid("National", rows)))
    found = {i.name: [(o.period.label, o.actual, o.actual_text) for o in i.observations]
             for i in parsed.indicators}  # fmt: skip
    assert found == {
        "Total incidents": [("2016/17", 1_000_000.0, None), ("2017/18", 998_000.0, None)],
        "Highway": [("2016/17", 500_000.0, None), ("2017/18", None, ":")],
    }


def test_area_rows_with_coded_period_columns() -> None:
    rows: list[list[CellValue]] = [
        ["Local Authority", "CHN1 2018-19", "CHN1 2019-20"],
        ["Scotland", 5000.0, 5100.0],
        ["Angus", 4800.0, 4900.0],
        ["Fife", 5200.0, 5300.0],
    ]
    parsed = detect(book(grid("Raw Data", rows)), area="Angus")
    (indicator,) = parsed.indicators
    assert indicator.code == "CHN1"
    assert [(o.period.label, o.actual, o.comparators) for o in indicator.observations] == [
        ("2018/19", 4800.0, {"Scotland": 5000.0}),
        ("2019/20", 4900.0, {"Scotland": 5100.0}),
    ]


def test_quarter_headings_without_a_year_take_the_year_from_the_title() -> None:
    rows: list[list[CellValue]] = [
        ["Performance report 2024/25"],
        ["Indicator", "Q1 Actual", "Q1 Target", "Q2 Actual", "Q2 Target"],
        ["Calls answered %", 80, 85, 84, 85],
    ]
    observations = detect(book(grid("S", rows))).indicators[0].observations
    assert [(o.period.label, o.actual, o.target) for o in observations] == [
        ("Q1 2024/25", 80.0, 85.0),
        ("Q2 2024/25", 84.0, 85.0),
    ]


def test_one_sheet_per_quarter_joins_into_one_series() -> None:
    header: list[CellValue] = ["Ref", "Indicator", "Actual", "Target"]
    sheets = [
        grid("Q1 2024-25", [header, ["C1", "Calls answered %", 80, 85]]),
        grid("Q2 2024-25", [header, ["C1", "Calls answered %", 84, 85]]),
    ]
    (indicator,) = detect(book(*sheets)).indicators
    assert indicator.portfolio is None
    assert [(o.period.label, o.actual) for o in indicator.observations] == [
        ("Q1 2024/25", 80.0),
        ("Q2 2024/25", 84.0),
    ]


def test_undated_latest_column_beside_dated_columns_is_not_imported() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2022/23", "2023/24", "Latest"],
        ["Calls answered %", 80, 84, 84],
    ]
    parsed = detect(book(grid("S", rows)))
    assert [o.period.label for o in parsed.indicators[0].observations] == ["2022/23", "2023/24"]
    assert any("'Latest'" in w for w in parsed.warnings)


def test_dated_target_applies_only_within_its_year() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2023/24 Outturn", "2024/25 Target", "Q1", "Q2"],
        ["Rent collected %", 97, 98, 97.1, 97.5],
    ]
    observations = detect(book(grid("S", rows))).indicators[0].observations
    assert [(o.period.label, o.target) for o in observations] == [
        ("2023/24", None),
        ("Q1 2024/25", 98.0),
        ("Q2 2024/25", 98.0),
    ]


def test_hidden_rows_are_imported_and_flagged() -> None:
    rows: list[list[CellValue]] = [["Indicator", "2024/25"], ["Calls", 80], ["Bins", 41]]
    parsed = detect(book(grid("S", rows, hidden_rows={2})))
    assert len(parsed.indicators) == 2
    assert any("rows 3 are hidden" in w for w in parsed.warnings)


def test_names_in_a_first_column_without_a_heading() -> None:
    rows: list[list[CellValue]] = [
        [None, "Q1 2024/25", "Q2 2024/25"],
        ["Calls answered %", 80, 84],
        ["Missed bins", 41, 39],
    ]
    parsed = detect(book(grid("S", rows)))
    assert [(i.name, len(i.observations)) for i in parsed.indicators] == [
        ("Calls answered %", 2),
        ("Missed bins", 2),
    ]


def test_two_row_quarters_without_a_year_take_the_title_year() -> None:
    rows: list[list[CellValue]] = [
        ["Scorecard 2024/25"],
        ["Ref", "Indicator", "Quarter 1", None, "Quarter 2", None],
        [None, None, "Actual", "Target", "Actual", "Target"],
        ["C1", "Calls answered %", 80, 85, 84, 85],
    ]
    sheet = grid("S", rows, merged=[(1, 2, 1, 3), (1, 4, 1, 5)])
    observations = detect(book(sheet)).indicators[0].observations
    assert [(o.period.label, o.actual, o.target) for o in observations] == [
        ("Q1 2024/25", 80.0, 85.0),
        ("Q2 2024/25", 84.0, 85.0),
    ]


def test_target_with_a_bound_gives_its_number_and_polarity() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Target", "Q1 2024/25"],
        ["Calls answered %", "≥ 95%", 91],
        ["Re-let days", "< 28 days", 30],
    ]
    found = {i.name: i for i in detect(book(grid("S", rows))).indicators}
    calls, relet = found["Calls answered %"], found["Re-let days"]
    assert (calls.observations[0].target, calls.polarity) == (95.0, "higher_is_better")
    assert (relet.observations[0].target, relet.polarity) == (28.0, "lower_is_better")


def test_summary_sheet_beside_portfolio_sheets_is_skipped() -> None:
    header: list[CellValue] = ["Ref", "Indicator", "Q4 2024/25"]
    sheets = [
        grid("Summary", [header, ["P1", "Potholes", 88], ["A1", "Discharges", 12]]),
        grid("Place", [header, ["P1", "Potholes", 88]]),
        grid("People", [header, ["A1", "Discharges", 12]]),
    ]
    parsed = detect(book(*sheets))
    assert sorted((i.code, i.portfolio) for i in parsed.indicators) == [
        ("A1", "People"),
        ("P1", "Place"),
    ]


def test_region_column_of_numbers_is_the_regional_comparator() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Q1 2024/25", "England", "Region"],
        ["Calls answered %", 80, 82.5, 81.0],
    ]
    observation = detect(book(grid("S", rows))).indicators[0].observations[0]
    assert observation.comparators == {"England": 82.5, "Regional": 81.0}


def test_portfolio_written_once_above_its_rows_is_carried_down() -> None:
    rows: list[list[CellValue]] = [
        ["Portfolio", "Ref", "Indicator", "Q1 2024/25"],
        ["Place", "P1", "Potholes", 88],
        [None, "P2", "Street lights", 97],
        ["People", "A1", "Discharges", 12],
        [None, "A2", "Reablement", 81],
    ]
    parsed = detect(book(grid("S", rows, merged=[(1, 0, 2, 0), (3, 0, 4, 0)])))
    assert [(i.code, i.portfolio) for i in parsed.indicators] == [
        ("P1", "Place"), ("P2", "Place"), ("A1", "People"), ("A2", "People")
    ]  # fmt: skip


def test_exempt_and_owner_columns_are_read() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Lead officer", "Part 2", "2024/25"],
        ["Agency spend", "Director of Resources", "Yes", 1.2],
        ["Calls answered %", "Head of Customer Services", "No", 84],
    ]
    found = {i.name: (i.owner, i.exempt) for i in detect(book(grid("S", rows))).indicators}
    assert found == {
        "Agency spend": ("Director of Resources", True),
        "Calls answered %": ("Head of Customer Services", False),
    }


def test_bare_quarter_headings_with_their_months() -> None:
    rows: list[list[CellValue]] = [
        ["Quarterly monitoring 2024/25"],
        ["Indicator", "Q1 (Apr-Jun)", "Q2 (Jul-Sep)"],
        ["Calls answered %", 80, 84],
    ]
    observations = detect(book(grid("S", rows))).indicators[0].observations
    assert [o.period.label for o in observations] == ["Q1 2024/25", "Q2 2024/25"]


def test_one_indicator_per_sheet_with_a_row_per_area() -> None:
    rows: list[list[CellValue]] = [
        ["Persistent absence, secondary (%)"],
        ["LA number", "LA Name", "2022/23", "2023/24"],
        [None, "England", 26.5, 25.6],
        [358, "Trafford", 20.1, 19.8],
        [359, "Wigan", 24.0, 23.1],
    ]
    parsed = detect(book(grid("Absence", rows)), area="Trafford")
    (indicator,) = parsed.indicators
    assert (indicator.name, indicator.code) == ("Persistent absence, secondary (%)", None)
    assert [(o.period.label, o.actual, o.comparators) for o in indicator.observations] == [
        ("2022/23", 20.1, {"England": 26.5}),
        ("2023/24", 19.8, {"England": 25.6}),
    ]


def test_codes_under_indicator_with_names_under_description() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Description", "2024/25"],
        ["NI 192", "% of household waste recycled", 44.2],
        ["ASC1", "Social care-related quality of life", 19.1],
    ]
    found = [(i.code, i.name) for i in detect(book(grid("S", rows))).indicators]
    assert found == [("NI 192", "% of household waste recycled"),
                     ("ASC1", "Social care-related quality of life")]  # fmt: skip


def test_area_matches_without_council_words() -> None:
    rows: list[list[CellValue]] = [
        ["Local authority", "Indicator", "2024/25"],
        ["Trafford Council", "Active adults %", 67.7],
        ["Salford City Council", "Active adults %", 60.2],
    ]
    parsed = detect(book(grid("S", rows)), area="Trafford")
    assert parsed.indicators[0].observations[0].actual == 67.7


def test_a_table_empty_because_its_formulas_kept_no_values_says_so() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Target", "Q1 2024/25"],
        ["CS1", "Plans reviewed on time %", None, None],
    ]
    saved = book(grid("Scorecard", rows))
    with pytest.raises(ScorecardError, match="headings but no values"):
        detect(saved)
    unsaved = book(grid("Scorecard", rows))
    unsaved.formulas_without_values = 2  # set by the reader, whatever its warning says
    with pytest.raises(ScorecardError, match="formulas have no saved values"):
        detect(unsaved)


def test_band_row_and_sub_heading_row_scoring_alike_read_as_two_heading_rows() -> None:
    # a 'Notes' heading added beside the sub-headings makes both rows score 5.7, one of them
    # as 5.699999999999999: the tie goes to the band row, so 'Targets' still heads J and K
    rows: list[list[CellValue]] = [
        [
            "Ref",
            "Indicator",
            "Good is",
            "Performance 2024/25",
            None,
            None,
            "Benchmarking (latest available)",
            None,
            None,
            "Targets",
            None,
            "RAG",
            "Commentary",
            None,
        ],
        [
            None,
            None,
            None,
            "Q1",
            "Q2",
            "Q3",
            "England",
            "Statistical neighbours",
            "Rank",
            "2024/25",
            "2025/26",
            None,
            None,
            "Notes",
        ],
        [
            "ASC1",
            "Adults receiving self-directed support (%)",
            "High",
            91.2,
            91.8,
            92.4,
            92.9,
            93.6,
            "9th of 16",
            93.0,
            94.0,
            "Amber",
            None,
            "Up from 72% last quarter.",
        ],
        [
            "ASC2",
            "Adults in paid employment (%)",
            "High",
            5.1,
            5.4,
            5.8,
            4.8,
            5.0,
            "7th of 16",
            6.0,
            6.5,
            "Amber",
            None,
            "Two new placements.",
        ],
    ]
    merged = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8)]
    merged += [(0, 9, 0, 10), (0, 11, 1, 11), (0, 12, 1, 12)]
    parsed = detect(book(grid("Scorecard", rows, merged=merged)))
    first = by_code(parsed.indicators)["ASC1"]
    assert [o.period.label for o in first.observations] == [
        "Q1 2024/25",
        "Q2 2024/25",
        "Q3 2024/25",
    ]
    assert [o.target for o in first.observations] == [93.0, 93.0, 93.0]
    assert first.observations[-1].rag == "amber"
