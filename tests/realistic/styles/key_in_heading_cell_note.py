"""A Status column of symbols whose only key is a cell note (comment) on the 'Status' heading cell."""

from __future__ import annotations

from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

SHEET = "Q3 scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
# The key, as the note on the Status heading gives it: '–' is 'no target', so no rating.
SYMBOL: dict[str, Rag | None] = {
    "\u2714": "green",
    "\u25d0": "amber",
    "\u2716": "red",
    "\u2013": None,
}
KEY = (
    "Key:\n"
    "\u2714 on or above target\n"
    "\u25d0 within 5% of target\n"
    "\u2716 more than 5% off target\n"
    "\u2013 no target (data only)\n"
    "Status is for the latest quarter reported."
)
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a portfolio row. Otherwise: ref, indicator, 2023/24 outturn, Q1, Q2, Q3,
# target 2024/25, status symbol, comment, and a tuple of (column letter, note, author) for
# the ordinary notes officers left on figure cells. Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources",),
    ("RES01", "Council tax collected in year (%)", 96.4, 29.1, 56.0, 82.7, 96.5, "\u25d0",
     "Collection slightly behind profile after the November system change.", ()),
    ("RES02", "Business rates collected in year (%)", 98.2, 31.4, 58.9, 85.6, 98.0, "\u2714", None,
     (("F", "Includes the £1.2m backdated payment from the retail park.", "K. Hughes"),)),
    ("RES03", "Invoices paid within 30 days (%)", 92.8, 94.1, 93.6, 95.0, 95.0, "\u2714", None, ()),
    ("RES04", "Average working days lost to sickness per FTE (rolling 12 months)", 10.9, 11.2,
     11.6, 12.1, 9.5, "\u2716", "Stress-related absence up in two directorates.",
     (("E", "Revised from 11.4 reported at Q2 after late returns.", "HR Systems"),)),
    ("RES05", "Stage 1 complaints responded to within 10 working days (%)", 71.3, 78.5, 81.0,
     "Not available", 85.0, None, "Q3 figure delayed by the move to the new case system.", ()),
    ("Place",),
    ("PL01", "Household waste sent for reuse, recycling and composting (%)", 44.1, 47.8, 46.2,
     None, 48.0, None, "Q3 tonnages come from WasteDataFlow in March.",
     (("E", "Provisional \u2013 awaiting validation by the waste team.", "D. Morgan"),)),
    ("PL02", "Missed bins per 100,000 collections", 58, 49, 53, 61, 50, "\u2716",
     "Winter rounds and vehicle breakdowns in December.", ()),
    ("PL03", "Major planning applications determined within 13 weeks or agreed time (%)", 87.5,
     100.0, 80.0, 90.9, 85.0, "\u2714", "10 of 11 in time.", ()),
    ("PL04", "Fly-tipping incidents reported", 2104, 561, 602, 548, None, "\u2013",
     "Reported for information.", ()),
    ("PL05", "Street lights repaired within 7 days (%)", 93.0, 95.2, 91.4, 90.6, 95.0, "\u25d0",
     None, ()),
    ("People",),
    ("PE01", "Households prevented from becoming homeless (%)", 52.6, 55.0, 49.3, 57.8, 55.0,
     "\u2714", None, (("D", "Restated from the H-CLIC return as submitted.", "Housing Options"),)),
    ("PE02", "Households in temporary accommodation (snapshot)", 112, 118, 127, 134, 100,
     "\u2716", "Pressure from private rented sector evictions.", ()),
    ("PE03", "Disabled facilities grants completed", 143, 31, 38, 29, None, "\u2013", None, ()),
    ("PE04", "Leisure centre visits", 812450, 214300, 198760, 187920, 195000, "\u25d0",
     "Pool closed for two weeks in November for repairs.",
     (("F", "Includes the new climbing wall sessions.", "Leisure client team"),)),
    ("PE05", "Library issues (physical and e-loans)", 402113, 101882, 104560, 99411, 100000,
     "\u2714", None, ()),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate scorecard to its overview and scrutiny committee.

    An Excel workbook kept by the performance team (Vale of Glamorgan /
    Cherwell style), one sheet 'Q3 scorecard': Ref, Indicator, 'Outturn
    2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Target 2024/25', a
    Status column of black symbols (\u2714 \u25d0 \u2716 \u2013) and Comments,
    under shaded portfolio rows. The only key to the symbols is the cell
    note (Excel comment, shown by a red corner triangle) on the 'Status'
    heading cell: \u2714 on or above target, \u25d0 within 5% of target,
    \u2716 more than 5% off target, \u2013 no target; status is for the latest
    quarter reported. Officers have left other ordinary notes on figures
    ('Revised from 11.4 reported at Q2', 'Provisional \u2013 awaiting
    validation', 'Includes the \u00a31.2m backdated payment'...). The
    complaints Q3 is 'Not available' with no status; recycling has no Q3
    figure yet; two data-only rows have no target and '\u2013'.

    A careful reader opens the heading's note and maps the symbols by it:
    \u2714 green, \u25d0 amber, \u2716 red, and '\u2013' no rating (no target).
    The status belongs to the latest quarter given in the row (Q3 here for
    every rated row). The notes on figure cells explain figures but do not
    change them: each cell's own value is the observation (the revised
    sickness figure is the one on the sheet; the provisional recycling
    figure is still the Q2 figure). 'Target 2024/25' applies to the three
    2024/25 quarters, not to the 2023/24 outturn. 'Not available' is kept as
    the complaints Q3 text. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee, 11 February 2025"
    sheet["A3"] = "Hover over the red triangles for notes."
    sheet["A3"].font = Font(italic=True, size=9, color="FF7F7F7F")
    heads = ["Ref", "Indicator", "Outturn 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
             "Target 2024/25", "Status", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    key_note = Comment(KEY, "Performance Team")
    key_note.width, key_note.height = 260, 130
    sheet["H5"].comment = key_note
    target_note = Comment("Targets agreed by Cabinet, 20 February 2024.", "Performance Team")
    sheet["G5"].comment = target_note
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, outturn, q1, q2, q3, target, symbol, comment, notes = spec
        put_row(sheet, row, 1, [ref, name, outturn, q1, q2, q3, target, symbol, comment])
        sheet.cell(row=row, column=8).alignment = Alignment(horizontal="center")
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(3, 8):
            value = sheet.cell(row=row, column=col).value
            if isinstance(value, int) and value >= 1000:
                sheet.cell(row=row, column=col).number_format = "#,##0"
        assert isinstance(notes, tuple)
        for letter, text, author in notes:
            sheet[f"{letter}{row}"].comment = Comment(f"{author}:\n{text}", author)
        code, label = str(ref), str(name)
        figures = (outturn, q1, q2, q3)
        given = [k for k, value in enumerate(figures) if value is not None]
        rag = SYMBOL[str(symbol)] if symbol else None
        for k in given:
            value = figures[k]
            goal = num(target) if k > 0 else None
            status = rag if k == given[-1] else None
            exp.observations.append(
                Obs(code, label, PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    sheet.cell(row=row + 1, column=1, value="Source: service returns to the Performance Team.")
    sheet.cell(row=row + 1, column=1).font = Font(size=9)
    widths = {"A": 8, "B": 62, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 8, "I": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
