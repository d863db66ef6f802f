"""A long table's next row of the same indicator is read without asking again what its name
has answered: every table must read exactly as it does when each row is read in full."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.rows import RowReader, first_filled
from desktop.scorecard.layout.shapes.long import LongReader
from desktop.scorecard.layout.shapes.named import NamedRows
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

Q = [f"Q{q} 2024/25" for q in range(1, 5)]


def _read(rows: list[list[CellValue]], area: str | None = None) -> ParsedScorecard:
    sheet = Sheet("Scorecard", rows)
    book = Workbook(path="/tmp/scorecard.xlsx", format="xlsx", sheets=[sheet])
    return detect(book, area=area, explaining=True)


def _both(
    monkeypatch: pytest.MonkeyPatch, rows: list[list[CellValue]], area: str | None = None
) -> tuple[str, str, int]:
    """The reading in full and with next rows followed, and how many rows were followed.

    Next rows are followed two ways, which must read alike: lean (``LongReader._read_rows``,
    a sheet without styles) and through ``NamedRows._next_of`` (any sheet).
    """
    followed = in_full = 0
    plain_next, plain_row = NamedRows._next_of, NamedRows._row

    def counting(self: NamedRows, *args: object) -> bool:
        nonlocal followed
        found = plain_next(self, *args)  # type: ignore[arg-type]
        followed += found
        return found

    def in_full_counting(self: NamedRows, *args: object) -> None:
        nonlocal in_full
        in_full += 1
        plain_row(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(NamedRows, "_next_of", counting)
    monkeypatch.setattr(NamedRows, "_row", in_full_counting)
    lean = _repr(_read(rows, area))
    # the data rows under the heading (the first row) that were read lean, not in full
    lean_followed = sum(1 for r in rows[1:] if first_filled(r)) - (in_full - followed)
    followed = 0
    monkeypatch.setattr(LongReader, "_read_rows", RowReader._read_rows)
    fast = _repr(_read(rows, area))
    assert lean == fast
    assert lean_followed == followed
    monkeypatch.setattr(LongReader, "follows_rows", False)
    full = _repr(_read(rows, area))
    return fast, full, followed


def _repr(read: ParsedScorecard) -> str:
    return repr((read.indicators, read.warnings, read.review, read.explain))


def test_an_indicators_rows_one_under_another_read_as_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows: list[list[CellValue]] = [["Portfolio", "Ref", "Indicator", "Quarter", "Actual"]]
    for portfolio in ("Place", "People"):  # the same code again under another portfolio
        rows += [[portfolio, "W1", "Missed bins per 100,000", q, 50.0 + i] for i, q in enumerate(Q)]
    rows += [["People", "W2", "Fly-tips cleared (%)", q, 80.0] for q in Q[:2]]
    rows += [["People", "W2", "Fly-tips cleared (%)", Q[1], 81.0]]  # a second Q2 figure
    fast, full, followed = _both(monkeypatch, rows)
    assert fast == full
    assert followed >= 8  # the second to fourth rows of each run were followed


@pytest.mark.parametrize(
    "between",
    [
        ["England", None, Q[0], 60.0],  # a comparator row under the indicator's
        ["of which: upheld", None, Q[0], 3.0],  # a breakdown row
        ["Total", None, Q[0], 120.0],  # a bare total
        ["Housing", None, None, None],  # a section heading
        [None, None, None, None],  # a blank row
        ["Complaints received", "Number", Q[0], 40.0],  # same name, another measure
    ],
)
def test_rows_of_other_kinds_between_an_indicators_rows_read_as_in_full(
    monkeypatch: pytest.MonkeyPatch, between: list[CellValue]
) -> None:
    heading: list[CellValue] = ["Indicator", "Unit", "Period", "Value"]
    first = [["Complaints received", "%", q, 10.0 + i] for i, q in enumerate(Q[:3])]
    rest = [["Complaints received", "%", q, 20.0] for q in Q[2:]]
    rows: list[list[CellValue]] = [heading, *first, between, *rest]
    rows += [["Stage 2 complaints", "%", q, 5.0] for q in Q]
    fast, full, _ = _both(monkeypatch, rows)
    assert fast == full


def test_cells_written_alike_but_typed_otherwise_read_as_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Quarter", "Value", "Polarity"],
        [1, "Street cleanliness", Q[0], 90.0, "High"],
        [1, "Street cleanliness", Q[1], 91.0, "High"],
        [1.0, "Street cleanliness", Q[2], 92.0, "High"],  # the code a float: another cell
        [1.0, "Street cleanliness ", Q[3], 93.0, "Low"],  # a trailing space; polarity differs
        [1.0, "Street cleanliness", "Q5 2024/25", 94.0, "High"],  # a period not understood
        [1.0, "Street cleanliness", Q[3], "n/a", "High"],  # a figure in words, a repeat
    ]
    fast, full, _ = _both(monkeypatch, rows)
    assert fast == full


def test_money_scaled_and_many_area_rows_read_as_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    money: list[list[CellValue]] = [["Indicator", "Unit", "Quarter", "Actual"]]
    money += [
        ["Overspend", "£k", q, v] for q, v in zip(Q, [850.0, "£1.2m", 900.0, 950.0], strict=True)
    ]
    fast, full, _ = _both(monkeypatch, money)
    assert fast == full
    areas: list[list[CellValue]] = [["Area", "Indicator", "Quarter", "Value"]]
    for area in ("Fife", "Angus", "Scotland"):
        areas += [[area, "Pupils attaining 5+ awards", q, 60.0] for q in Q]
    fast, full, _ = _both(monkeypatch, areas, area="Fife")
    assert fast == full


def test_a_row_named_total_is_asked_again_whether_it_adds_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Quarter", "Value"],
        ["Missed bins", Q[0], 10.0],
        ["Total", Q[0], 99.0],  # adds up nothing above: an indicator called so
        ["Total", Q[1], 99.0],
        ["Total", Q[2], 198.0],  # the two rows above added up
    ]
    fast, full, _ = _both(monkeypatch, rows)
    assert fast == full


@pytest.mark.parametrize(
    "name",
    [
        "● ● Library visits",  # a second marker, taken off on reading the texts back
        "● Library visits",
        "Indicator",  # the heading's words: never stored as read
        "Library visits (a)",
    ],
)
def test_a_first_row_names_its_next_only_as_a_later_row_reads_it(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    rows: list[list[CellValue]] = [["Indicator", "Quarter", "Actual", "Target"]]
    rows += [[name, q, 40.0 + i, 50.0] for i, q in enumerate(Q)]
    rows += [["(a) visits in person", None, None, None]]
    fast, full, _ = _both(monkeypatch, rows)
    assert fast == full


@pytest.mark.parametrize(
    ("name", "unit", "written"),
    [
        ("Staffing levels", "Ratio", ["18:1", "19:1", "20:1", "21:1"]),
        ("Pupils and teachers", "pupils per teacher", ["17.5:1", "17:1", "18:1", "16.5:1"]),
        ("Care staff cover", "Staff-to-resident", ["1:4", "1:5", "1:4", "1:6"]),
    ],
)
def test_each_row_of_an_indicator_is_read_in_the_unit_its_unit_cell_gives(
    monkeypatch: pytest.MonkeyPatch, name: str, unit: str, written: list[str]
) -> None:
    rows: list[list[CellValue]] = [["Indicator", "Unit", "Quarter", "Value"]]
    rows += [[name, unit, q, w] for q, w in zip(Q, written, strict=True)]
    fast, full, followed = _both(monkeypatch, rows)
    assert fast == full
    assert followed == 3
    assert "actual_text='" not in fast  # every row's ratio read as a figure


@pytest.mark.parametrize(
    "polarities",
    [
        ["High", "High", "High", "High"],  # said once: the rows after need no reading
        [None, "Low", "Low", None],  # said on a later row first, then left blank
        ["High", "Low", "High", "Low"],  # each change a doubt naming its own cell
        ["Higher is better", "high", "High", None],  # alike in meaning, written otherwise
        ["n/a", "n/a", "asc", "desc"],  # no polarity until the third row
    ],
)
def test_a_polarity_column_down_an_indicators_rows_reads_as_in_full(
    monkeypatch: pytest.MonkeyPatch, polarities: list[CellValue]
) -> None:
    rows: list[list[CellValue]] = [["Ref", "Indicator", "Quarter", "Value", "Good is"]]
    for code, name in (("R1", "Rent collected (%)"), ("R2", "Repairs on time (%)")):
        rows += [
            [code, name, q, 90.0 + i, said]
            for i, (q, said) in enumerate(zip(Q, polarities, strict=True))
        ]
    fast, full, followed = _both(monkeypatch, rows)
    assert fast == full
    assert followed >= 6


def test_rows_naming_their_indicator_in_fewer_than_three_cells_read_as_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the name and the code fill two cells: whether a row fills a third is asked of each
    rows: list[list[CellValue]] = [["Ref", "Indicator", "Quarter", "Value", "Note"]]
    rows += [
        ["H1", "Homes built", Q[0], 120.0, None],
        ["H1", "Homes built", Q[1], None, None],  # two cells and a period: no figure
        ["H1", "Homes built", Q[2], None, "Figures due in May"],
        ["H1", "Homes built", Q[3], 140.0, None],
        ["H2", None, Q[0], 3.0, None],  # a code alone
        ["H2", None, Q[1], 4.0, None],
        ["H2", None, Q[2], None, None],
    ]
    fast, full, _ = _both(monkeypatch, rows)
    assert fast == full


def test_rows_writing_the_texts_above_hold_the_row_above_s_objects() -> None:
    """A long table's next rows of an indicator keep one copy of its name, code and
    portfolio (the row above's), and read exactly as before."""
    rows: list[list[CellValue]] = [["Portfolio", "Ref", "Indicator", "Quarter", "Actual"]]
    for code, name in (("W1", "Missed bins"), ("W2", "Fly-tips cleared")):
        # texts made afresh for every row, as a reader makes them
        rows += [
            ["".join(["Pla", "ce"]), "".join(code), "".join(name), "".join(q), 50.0 + i]
            for i, q in enumerate(Q)
        ]
    assert rows[6][2] is not rows[7][2]
    read = _read(rows)
    assert [(i.code, i.name) for i in read.indicators] == [
        ("W1", "Missed bins"),
        ("W2", "Fly-tips cleared"),
    ]
    for indicator in read.indicators:
        assert [o.actual for o in indicator.observations] == [50.0, 51.0, 52.0, 53.0]
    # the second indicator's rows after its first (its periods' labels read before)
    for column in (0, 1, 2):
        assert all(rows[r][column] is rows[5][column] for r in range(6, 9))
    assert all(rows[r][3] == Q[(r - 1) % 4] for r in range(1, 9))  # other cells as they were
