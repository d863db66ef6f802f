"""Each quarter heading over two figures, 'In quarter' and 'Year to date', for measures counted over the year."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import Expected, Obs, merge, new_book, put_row, save, title

SHEET = "Housing & Planning"
QUARTER_HEADINGS = ("Quarter 1 2024/25", "Quarter 2 2024/25", "Quarter 3 2024/25")
IN_QUARTER = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
# April to the end of each quarter: the first quarter, the half year, April to December
TO_DATE = ("Q1 2024/25", "H1 2024/25", "Apr 2024\u2013Dec 2024")

# ref, measure, 2023/24 outturn, (in quarter, year to date) for Q1..Q3
ROWS: tuple[tuple[object, ...], ...] = (
    ("HP01", "Net additional homes completed", 612, ((138, 138), (171, 309), (149, 458))),
    ("HP02", "Affordable homes delivered", 187, ((31, 31), (58, 89), (44, 133))),
    ("HP03", "Major planning applications decided within 13 weeks or agreed time (%)", 91.2,
     ((88.9, 88.9), (93.3, 91.3), (85.7, 89.6))),
    ("HP04", "Households prevented from becoming homeless", 402, ((97, 97), (112, 209), (88, 297))),
    ("HP05", "Disabled facilities grants completed", 164, ((36, 36), (42, 78), (39, 117))),
    ("HP06", "Long-term empty homes brought back into use", 58, ((11, 11), (9, 20), (17, 37))),
    ("HP07", "Households in temporary accommodation (at quarter end)", 148,
     ((152, None), (161, None), (170, None))),
    ("HP08", "Planning appeals allowed (%)", 27.0, ((33.3, 33.3), (20.0, 26.1), (25.0, 25.7))),
)  # fmt: skip

COMMENTS = {
    "HP03": "Two large applications went past the agreed extension in December.",
    "HP07": "Snapshot measure: year to date not applicable.",
}


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly housing and planning report.

    For measures counted over the year (homes built, cases prevented,
    grants completed) the report shows, under each quarter's heading, the
    figure for that quarter alone ('In quarter') and the running total from
    April ('Year to date'); the two percentages are likewise the rate for the
    quarter and the rate for the year so far. Last year's outturn sits at the
    left. The temporary accommodation count is a quarter-end snapshot, so
    its year-to-date cells are left empty.

    A careful reader places each figure on the span it covers: the in-quarter
    figures on their quarters, the year-to-date figures on April to the end
    of the quarter (the first quarter itself, the half year, April to
    December). At Quarter 1 the two figures are the same figure for the
    same span, read once.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Cheltenham Borough Council")
    sheet["A2"] = "Housing and Planning performance 2024/25 \u2013 Quarter 3 (to 31 December 2024)"
    put_row(sheet, 4, 1, ["Ref", "Measure", "2023/24 outturn"], bold=True)
    put_row(sheet, 4, 10, ["Comments"], bold=True)
    for k, heading in enumerate(QUARTER_HEADINGS):
        first = 4 + 2 * k
        left, right = sheet.cell(row=4, column=first), sheet.cell(row=4, column=first + 1)
        merge(sheet, f"{left.coordinate}:{right.coordinate}", heading)
        put_row(sheet, 5, first, ["In quarter", "Year to date"], bold=True)
    for span in ("A4:A5", "B4:B5", "C4:C5", "J4:J5"):
        sheet.merge_cells(span)
        sheet[span.split(":")[0]].alignment = Alignment(vertical="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, outturn, quarters) in enumerate(ROWS):
        row = 6 + i
        assert isinstance(quarters, tuple)
        figures = [v for pair in quarters for v in pair]
        put_row(sheet, row, 1, [ref, name, outturn, *figures, COMMENTS.get(str(ref))])
        code, nm = str(ref), str(name)
        exp.observations.append(Obs(code, nm, "2023/24", float(str(outturn))))
        for k, (in_q, to_date) in enumerate(quarters):
            exp.observations.append(Obs(code, nm, IN_QUARTER[k], float(in_q)))
            if to_date is not None and TO_DATE[k] != IN_QUARTER[k]:
                exp.observations.append(Obs(code, nm, TO_DATE[k], float(to_date)))
    foot = 7 + len(ROWS)
    sheet.cell(
        row=foot, column=1, value="Year to date = 1 April 2024 to the end of the quarter shown."
    )
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["J"].width = 50
    save(book, path)
    return exp
