"""Figures typed with approximation and estimate marks ('~85%', 'c.120', 'approx. 40', '85% (est.)', 'Est. 42')."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Q3 Performance"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")

# section, then its rows: ref, measure, Q1, Q2, Q3 (as typed), target 2024/25, RAG (Q3), comment
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Leisure", (
        ("LE01", "Visits to council leisure centres (all sites)", 142380, 151904, "c.138,000", 140000, "Amber",
         "Lords Meadow gate system failed in November; Q3 visits counted by hand and estimated."),
        ("LE02", "Leisure memberships paid by direct debit", 6412, 6530, "approx. 6,600", 6500, "Green", None),
        ("LE03", "Children enrolled on swimming lessons", 1840, 1912, "Est. 1,950", 1800, "Green", None),
        ("LE04", "Leisure customers rating their visit good or excellent (%)", "~85%", 87.0, "85% (est.)", 85.0, "Green",
         "Q3 survey closes in January; estimate from responses to date."),
    )),
    ("Environment", (
        ("EN01", "Household waste sent for reuse, recycling and composting (%)", 55.2, "~54%", "52% (est.)", 55.0, "Amber",
         "Q2 and Q3 await Devon County Council's validated tonnages (WasteDataFlow)."),
        ("EN02", "Residual household waste per household (kg)", 98.4, 101.2, "c.104", 100.0, "Amber", None),
        ("EN03", "Missed collections per 100,000 collections", 38, 44, 41, 50, "Green", None),
        ("EN04", "Fly-tipping incidents reported", 52, 47, "approx. 40", None, "n/a", None),
        ("EN05", "Streets at grade B or above for litter (%)", 94.0, 96.0, 95.0, 95.0, "Green", None),
    )),
    ("Communities and housing", (
        ("CH01", "Households prevented from becoming homeless", 37, 41, "Est. 42", 40, "Green", None),
        ("CH02", "Anti-social behaviour incidents reported to the police", "c.120", "c.135", "c.110", None, "n/a",
         "Police figures are rounded by the force before sharing."),
        ("CH03", "Disabled facilities grants completed", 11, 14, 9, 12, "Red", None),
        ("CH04", "Major planning applications determined within 13 weeks (%)", 100.0, 88.9, 92.3, 90.0, "Green", None),
    )),
)  # fmt: skip

_MARKS = re.compile(r"^(?:~|c\.|approx\.|est\.)\s*|\s*\(est\.\)$", re.IGNORECASE)


def _figure(cell: object) -> object:
    """What a reader records from a cell: the number, without its approximation or estimate mark."""
    if not isinstance(cell, str):
        return cell
    text = _MARKS.sub("", cell.strip()).replace(",", "").rstrip("%")
    return float(text)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report with estimated figures.

    Mid Devon District Council style, Quarter 3 to a scrutiny committee:
    Ref, Measure, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled
    'RAG (Q3)' words and Comments, in shaded sections. Where a figure was
    not final when the report went out, officers typed it with a mark:
    '~85%', '~54%', 'c.138,000', 'c.104', 'c.120', 'approx. 6,600',
    'approx. 40', '85% (est.)', '52% (est.)', 'Est. 1,950', 'Est. 42',
    among plain numbers in the same columns. A legend under the table
    says '~', 'c.' and 'approx.' mark an approximate figure and 'est.' an
    estimate to be confirmed at year end; the RAG rates Q3 'including
    estimates'. Police ASB counts come rounded ('c.120') every quarter.

    A careful reader records the figure each cell gives: '~85%' is 85.0,
    'c.138,000' is 138,000, 'Est. 42' is 42. The marks say how sure the
    council is of the number, not which number it reported: there is one
    number in each cell, the legend names the marks, and the sheet rates
    those figures itself, so nothing is doubtful enough to hold the file
    for review (a provisional or estimated figure is still the figure, as
    with 'p' and 'e' flags). The mark is lost in the reading; a reader who
    wants it goes back to the source cell. The target applies to each
    2024/25 quarter; the RAG to Q3; 'n/a' in the RAG column is no rating
    and a blank target no target. No polarity or unit column is given.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Mid Devon District Council")
    sheet["A2"] = (
        "Performance report: Quarter 3 2024/25 \u2013 Community, People and Equalities PDG"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    header = ["Ref", "Measure", *QUARTERS, "Target 2024/25", "RAG (Q3)", "Comments"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    row = 5
    for section, rows in SECTIONS:
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).fill = SECTION
        row += 1
        for ref, name, q1, q2, q3, target, rag, comment in rows:
            put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, rag, comment])
            for col in range(3, 7):
                cell = sheet.cell(row=row, column=col)
                cell.alignment = Alignment(horizontal="right")
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
            if rag in RAG_FILL:
                fill(sheet, f"G{row}", RAG_FILL[str(rag)])
            exp.observations += observed(
                str(ref),
                str(name),
                QUARTERS,
                [_figure(v) for v in (q1, q2, q3)],
                None if target is None else float(str(target)),
                RAG.get(str(rag)),
            )
            row += 1
    row += 1
    legend = (
        "~ / c. / approx. = approximate figure (rounded while the data are validated).",
        "est. = estimate: the final figure will be confirmed in the year-end report.",
        "RAG (Q3) rates the Quarter 3 figure, including estimates, against the 2024/25 target. "
        "n/a = no target set (monitoring only).",
    )
    for j, line in enumerate(legend):
        sheet.cell(row=row + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 13
    sheet.column_dimensions["H"].width = 60
    save(book, path)
    return exp
