"""A quarter's own figure and the year to date typed in one cell ('389 (801 YTD)'): the
quarter takes the first, April to the quarter's end the marked one; cells not read so exactly
are asked about at the cell, and brackets holding anything else are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.queries import load_indicators
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout import to_date_cells
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows, figures

QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]
HALF = "H1 2024/25"  # April to September: the year to date at Q2
NINE = "Apr 2024\u2013Dec 2024"  # the year to date at Q3


def _sheet(
    tmp_path: Path,
    cells: list[tuple[str, list[object], object, object]],
    headings: list[str] | None = None,
    notes: tuple[str, ...] = (),
    judged: tuple[str, str] = ("Quarterly target", "RAG"),
) -> ParsedScorecard:
    """A scorecard of quarter columns, a target and a rating: (name, cells, target, RAG)."""
    rows: list[list[object]] = [["Neighbourhoods performance report"]]
    rows.append(["Ref", "Measure", *(headings or QUARTERS), *judged])
    for i, (name, values, target, rag) in enumerate(cells):
        rows.append([f"N{i + 1}", name, *values, target, rag])
    rows.extend([[note] for note in notes])
    return detect_rows(tmp_path / "to_date_cells.xlsx", rows)


def _observation(parsed: ParsedScorecard, name: str, label: str):  # type: ignore[no-untyped-def]
    indicator = next(i for i in parsed.indicators if i.name == name)
    return next(o for o in indicator.observations if o.period.label == label)


@pytest.mark.parametrize(
    ("q2", "q3"),
    [
        ("389 (801 YTD)", "356 (1,157 YTD)"),
        ("389 (YTD 801)", "356 (YTD: 1,157)"),
        ("389 / YTD 801", "356 / YTD 1,157"),
        ("389 [801 year to date]", "356 [year to date 1,157]"),
        ("389 (cumulative 801)", "356 (cum. 1,157)"),
        ("389 (801 to date)", "356; 1,157 YTD"),
        ("801 YTD (389 in quarter)", "1,157 YTD (356 in quarter)"),
    ],
)
def test_the_quarter_takes_its_own_figure_and_the_year_to_date_the_marked_one(
    tmp_path: Path, q2: str, q3: str
) -> None:
    parsed = _sheet(tmp_path, [("Anti-social behaviour incidents", [412, q2, q3], 400, "Red")])
    assert not parsed.review
    assert sorted(figures(parsed)["Anti-social behaviour incidents"]) == [
        (NINE, 1157.0),
        (HALF, 801.0),
        ("Q1 2024/25", 412.0),
        ("Q2 2024/25", 389.0),
        ("Q3 2024/25", 356.0),
    ]
    # the quarterly target and the rating go with the quarter's own figure, not the year to date
    latest = _observation(parsed, "Anti-social behaviour incidents", "Q3 2024/25")
    assert (latest.target, latest.rag) == (400.0, "red")
    for label in (HALF, NINE):
        so_far = _observation(parsed, "Anti-social behaviour incidents", label)
        assert (so_far.target, so_far.rag, so_far.cell) == (
            None,
            None,
            "D3" if label == HALF else "E3",
        )


def test_a_blank_latest_quarter_leaves_the_rating_on_the_quarter_before(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path, [("Abandoned vehicles investigated", [57, "63 (120 YTD)", None], 60, "G")]
    )
    assert not parsed.review
    assert _observation(parsed, "Abandoned vehicles investigated", "Q2 2024/25").rag == "green"
    assert _observation(parsed, "Abandoned vehicles investigated", HALF).rag is None


def test_at_the_first_quarter_the_same_figure_twice_is_read_once(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path, [("Fly-tips cleared", ["412 (412 YTD)", "389 (801 YTD)", None], None, None)]
    )
    assert not parsed.review
    assert sorted(figures(parsed)["Fly-tips cleared"]) == [
        (HALF, 801.0),
        ("Q1 2024/25", 412.0),
        ("Q2 2024/25", 389.0),
    ]


def test_at_the_first_quarter_two_different_figures_are_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(tmp_path, [("Fly-tips cleared", ["412 (450 YTD)", 389, None], None, None)])
    assert [item.cell for item in parsed.review] == ["C3"]
    assert "year to date" in parsed.review[0].reason


def test_a_year_s_column_gives_no_year_to_date_to_count_up_to(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [("Fly-tips cleared", [3104, "1,204 (2,391 YTD)"], None, None)],
        headings=["2023/24", "2024/25"],
    )
    assert [item.cell for item in parsed.review] == ["D3"]
    assert "no quarter or month" in parsed.review[0].reason


def test_a_quarter_written_with_one_year_is_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [("Fly-tips cleared", [412, "389 (801 YTD)"], None, None)],
        headings=["Q1 2024/25", "Q2 2024"],
    )
    assert any(item.cell == "D3" and "from January" in item.reason for item in parsed.review)


def test_a_year_to_date_in_other_units_is_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(tmp_path, [("Repeat victims", [18, "21 (19.6% YTD)", 20], 20, None)])
    assert [item.cell for item in parsed.review] == ["D3"]
    assert "other units" in parsed.review[0].reason


def test_a_cumulative_figure_from_another_start_is_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path, [("Homes improved", [22, "31 (4,512 cumulative since 2019)", 27], 25, None)]
    )
    assert [item.cell for item in parsed.review] == ["D3"]
    assert "marked as the year to date" in parsed.review[0].reason


def test_a_row_named_cumulative_is_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path, [("Homes delivered (cumulative)", [41, "80 (121 YTD)", None], 40, None)]
    )
    assert [item.cell for item in parsed.review] == ["D3"]
    assert "name says" in parsed.review[0].reason


def test_a_year_to_date_column_disagreeing_with_the_cell_is_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [("Fly-tips cleared", [412, "389 (801 YTD)", 790], None, None)],
        headings=["Q1 2024/25", "Q2 2024/25", "Q2 2024/25 YTD"],
    )
    assert any(item.cell == "D3" for item in parsed.review)


def test_a_target_marked_for_the_year_to_date_goes_with_the_latest_one(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [("Fly-tips cleared", [412, "389 (801 YTD)", "356 (1,157 YTD)"], 1200, "A")],
        judged=("YTD target", "RAG"),
    )
    assert not parsed.review
    nine = _observation(parsed, "Fly-tips cleared", NINE)
    assert (nine.target, nine.rag) == (1200.0, "amber")
    assert _observation(parsed, "Fly-tips cleared", HALF).target is None
    latest = _observation(parsed, "Fly-tips cleared", "Q3 2024/25")
    assert (latest.target, latest.rag) == (None, None)


def test_a_note_saying_the_rating_compares_the_year_to_date(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [("Fly-tips cleared", [412, "389 (801 YTD)", "356 (1,157 YTD)"], 400, "G")],
        notes=("RAG compares the year to date figure with the profile.",),
        judged=("Target", "RAG"),
    )
    assert not parsed.review
    assert _observation(parsed, "Fly-tips cleared", NINE).rag == "green"
    latest = _observation(parsed, "Fly-tips cleared", "Q3 2024/25")
    assert (latest.target, latest.rag) == (400.0, None)


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("45% (n=11)", 45.0),  # a base
        ("62.5% (5/8)", 62.5),  # the counts behind it
        ("389 (YTD)", None),  # no second figure: as before, asked about
    ],
)
def test_brackets_without_a_figure_marked_to_date_are_read_as_before(
    tmp_path: Path, cell: str, read: float | None
) -> None:
    parsed = _sheet(tmp_path, [("Young people in education", [40, 41, cell], 50, None)])
    assert not any(p in (HALF, NINE) for p, _ in figures(parsed)["Young people in education"])
    if read is None:
        assert [item.cell for item in parsed.review] == ["E3"]
    else:
        assert not parsed.review
        assert ("Q3 2024/25", read) in figures(parsed)["Young people in education"]


def test_last_year_in_brackets_is_not_a_year_to_date(tmp_path: Path) -> None:
    parsed = _sheet(tmp_path, [("Fly-tips cleared", [412, "389 (2023/24: 371)", 356], None, None)])
    assert not any(p in (HALF, NINE) for p, _ in figures(parsed)["Fly-tips cleared"])


@pytest.mark.parametrize(
    ("text", "own", "so_far"),
    [
        ("389 (801 YTD)", "389", "801"),
        ("41 / YTD 79", "41", "79"),
        ("1,187, YTD 2,391", "1,187", "2,391"),
        ("12 [year to date: 30]", "12", "30"),
        ("45% (52% YTD)", "45%", "52%"),
        ("n/a (YTD 120)", "n/a", "120"),
    ],
)
def test_a_cell_split_into_its_own_figure_and_the_year_to_date(
    text: str, own: str, so_far: str
) -> None:
    assert to_date_cells.split(text) == to_date_cells.Pair(own, so_far)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("47.2% (45.9%)", None),  # no mark
        ("45% (n=11)", None),
        ("Q3 2024/25 YTD figure awaited", None),  # words, not a figure with another
        ("YTD 801 (389)", None),  # the figure to date first, the other unmarked: as before
        ("389 (801 YTD) (2023/24: 700)", to_date_cells.DOUBT),
        ("389 (801 YTD to end of Nov)", to_date_cells.DOUBT),
    ],
)
def test_cells_not_split(text: str, said: object) -> None:
    assert to_date_cells.split(text) == said


def test_the_file_is_imported_with_each_year_to_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Neighbourhoods performance report \u2013 Quarter 2 2024/25"],
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Quarterly target", "RAG"],
        ["CS01", "Fixed penalty notices issued", 145, "162 (307 YTD)", 150, "Green"],
        ["CS02", "Licensing applications on time (%)", 97.3, 98.1, 100, "Amber"],
    ]
    path = tmp_path / "scorecard.xlsx"
    detect_rows(path, rows)  # writes the workbook
    store = Store.open(tmp_path / "scrutineer.sqlite")
    try:
        report = import_file(store, path)
        assert report.status == "imported", report.review
        with store.read_session() as session:
            (notices,) = [i for i in load_indicators(session) if i.code == "CS01"]
        read = {(o.period.label, o.actual, o.target, o.rag) for o in notices.observations}
        assert read == {
            ("Q1 2024/25", 145.0, 150.0, None),
            ("Q2 2024/25", 162.0, 150.0, "green"),
            (HALF, 307.0, None, None),
        }
    finally:
        store.close()


def test_a_cell_not_read_exactly_holds_the_file_naming_it(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Quarterly target", "RAG"],
        [
            "CS01",
            "Fixed penalty notices issued",
            145,
            "162 (4,007 cumulative since 2019)",
            150,
            "G",
        ],
    ]
    path = tmp_path / "scorecard.xlsx"
    detect_rows(path, rows)
    store = Store.open(tmp_path / "scrutineer.sqlite")
    try:
        report = import_file(store, path)
        assert report.status == "needs_review"
        assert len(report.review) == 1 and "!D2" in report.review[0]
        with store.read_session() as session:
            assert load_indicators(session) == []
    finally:
        store.close()
