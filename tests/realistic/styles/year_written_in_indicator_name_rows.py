"""Each indicator on a row per year, the year written at the end of its name ('... – 2023/24', '... – 2024/25'), under bare Q1..Q4 columns."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    num,
    save,
    text_of,
    title,
)

SHEET = "Performance Q3"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
HEADINGS = ("Code", "Performance indicator", *QUARTERS, "Target", "RAG", "Comments")
COL_TARGET, COL_RAG, COL_NOTE = 7, 8, 9
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF44546A", end_color="FF44546A")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
LAST_YEAR_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
RULE = Side(style="thin", color="FF7F7F7F")
HAIR = Side(style="hair", color="FFBFBFBF")

# How each officer wrote the year at the end of the name: (last year's row, this year's row).
SUFFIX = {
    "dash": (" \u2013 2023/24", " \u2013 2024/25"),
    "brackets": (" (2023-24)", " (2024-25)"),
    "short": (" - 23/24", " - 24/25"),
}

# A 1-tuple is a service row. Otherwise: code, indicator, how the year is written, last year's
# Q1..Q4 (None: no 2023/24 row), this year's Q1..Q4 (None in a quarter: blank cell), target,
# RAG letter, comment (on this year's row).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Finance and Resources",),
    ("RES 01", "Council tax collected (cumulative %)", "dash",
     (29.1, 56.9, 84.3, 97.2), (28.7, 56.2, 83.5, None), 97.0, "A",
     "0.8 points behind last year at Q3; 1,140 more households are paying by 12 instalments."),
    ("RES 02", "Business rates collected (cumulative %)", "dash",
     (31.4, 58.8, 85.9, 98.1), (30.2, 57.9, 86.4, None), 98.0, "G",
     "Ahead of last year after \u00a3412k was recovered from two large ratepayers."),
    ("RES 03", "Average days to process new Council Tax Reduction claims", "dash",
     (21.4, 19.8, 18.2, 17.5), (18.9, 16.4, None, None), 18.0, "G",
     "Q3 figure is produced after the benefits system's year-end run in January; RAG is for "
     "Q2."),
    ("RES 04", "Undisputed invoices paid within 30 days (%)", "dash",
     (92.3, 93.8, 94.1, 95.0), (95.6, 96.2, 94.9, None), 96.0, "A",
     "1,318 of 1,389 invoices paid on time in Q3; 42 late invoices were from one directorate."),
    ("RES 05", "Working days lost to sickness absence per FTE (rolling 12 months)", "dash",
     (8.4, 8.9, 9.3, 9.1), (8.8, 8.6, 8.2, None), 8.5, "G", None),
    ("Environment and Place",),
    ("ENV 01", "Household waste sent for reuse, recycling and composting (%)", "dash",
     (52.4, 54.1, 47.6, 44.9), (53.8, 55.2, "TBC", None), 52.0, None,
     "Q3 tonnages TBC by the county council as waste disposal authority."),
    ("ENV 02", "Missed bin collections per 100,000 collections", "dash",
     (61.0, 74.0, 88.0, 69.0), (58.0, 52.0, 71.0, None), 60.0, "R",
     "212 collections missed in December while rounds were rescheduled for Christmas."),
    ("ENV 03", "Fly-tipping incidents reported (number)", "dash",
     (287, 312, 264, 241), (301, 336, 279, None), "-", None, "Monitoring only."),
    ("PLA 01", "Major planning applications determined within 13 weeks or agreed time (%)",
     "brackets",
     (80.0, 75.0, 100.0, 85.7), (83.3, "n/a", 90.0, None), 80.0, "G",
     "No major applications were decided in Q2. 9 of 10 were on time in Q3."),
    ("PLA 02", "Minor planning applications determined within 8 weeks or agreed time (%)",
     "brackets",
     (71.2, 74.0, 78.5, 80.3), (82.6, 84.1, 79.8, None), 85.0, "R",
     "Two planning officer posts vacant since October; 47 of 59 minor applications on time."),
    ("Housing and Communities",),
    ("HSG 01", "Homelessness cases prevented or relieved (%)", "dash",
     None, (58.3, 61.7, 64.0, None), 60.0, "G",
     "New indicator from April 2024, so there is no 2023/24 row. 80 of 125 cases in Q3."),
    ("HSG 02", "Households in temporary accommodation at quarter end", "dash",
     (34, 41, 46, 39), (44, 52, 49, None), None, None,
     "Context measure. 11 of the 49 households were families with children."),
    ("LEI 01", "Visits to council leisure centres", "short",
     (118402, 109876, 121553, 131207), (124118, 115390, 119062, None), 120000, "A",
     "Riverside pool closed for three weeks in November for plant repairs."),
    ("COM 01", "Residents satisfied with the way the council runs things (%)", "dash",
     (None, None, 64.0, None), (None, None, 61.0, None), 65.0, "R",
     "Annual residents' survey, reported in Q3: 1,012 responses in October and November 2024."),
)  # fmt: skip

NOTES = (
    "Each indicator is shown on two rows, last year and this year, with the year at the end of "
    "its name; the quarters on each row are that year's (Q1 April\u2013June, Q2 July\u2013"
    "September, Q3 October\u2013December, Q4 January\u2013March).",
    "Target and RAG are for 2024/25 only. RAG compares the latest quarter of 2024/25 with the "
    "target (Green met, Amber within 5%, Red worse), cumulative measures against the target profiled "
    "for the quarter; where Q3 is not yet available the RAG is for Q2.",
)


def _format(value: object) -> str:
    return "#,##0" if isinstance(value, int) else "0.0"


def _put(sheet: Worksheet, row: int, values: tuple[object, ...], italic: bool) -> None:
    for k, value in enumerate(values):
        if value is None:
            continue
        cell = sheet.cell(row=row, column=3 + k, value=value)
        cell.alignment = Alignment(horizontal="right")
        cell.font = Font(italic=italic, color="FF595959" if italic else None)
        if isinstance(value, int | float):
            cell.number_format = _format(value)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance monitoring report to scrutiny.

    A district council's Quarter 3 2024/25 performance monitoring report to
    its Overview and Scrutiny Committee, kept by the policy and performance
    officer as one sheet that grows a row per indicator each year: Code,
    Performance indicator, bare 'Q1'..'Q4', Target, a filled R/A/G letter
    and Comments under shaded service rows. Each indicator appears twice,
    last year's row (grey, italic) above this year's, with the same code on
    both and the year written at the end of the name: 'Council tax collected
    (cumulative %) \u2013 2023/24' and '\u2026 \u2013 2024/25'; the planning officer
    typed '(2023-24)' and '(2024-25)', the leisure officer ' - 23/24' and
    ' - 24/25'. Last year's row has all four quarters and no target or RAG;
    this year's runs to Q3 (Q4 empty) with the target and RAG. Notes under
    the title and the table say so.

    A careful reader takes the year from the end of each name and the
    quarter from the column: Q4 on the 2023/24 row is Q4 2023/24, Q1 on the
    2024/25 row is Q1 2024/25. Both rows are one indicator, its code the
    same and its name the same but for the year, so the reader records one
    series under the code and the name without the year. The Target is on
    this year's row only and applies to its quarters; last year's quarters
    have none. The RAG rates the latest quarter on this year's row: the
    Council Tax Reduction row's blank Q3 leaves Q2 rated, as the note says;
    recycling's 'TBC' Q3 is kept as text and unrated; planning's 'n/a' Q2
    (no major applications decided) is kept as text; the fly-tipping count
    has a '-' target and no RAG; temporary accommodation is context only;
    the homelessness indicator is new and has only a 2024/25 row; the
    residents' survey is annual, one figure a year in the Q3 column. Units
    are only in names; no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Quarterly Performance Monitoring \u2013 Quarter 3 2024/25")
    sheet["A2"] = (
        "Wealdmoor District Council \u2013 Overview and Scrutiny Committee, 11 February 2025 "
        "\u2013 Appendix 1"
    )
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = NOTES[0]
    sheet["A3"].font = Font(size=9, italic=True)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ncol = len(HEADINGS)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, style, last, this, target, rag, note = spec
        assert isinstance(this, tuple)
        before, now = SUFFIX[str(style)]
        first_row = row
        if last is not None:
            assert isinstance(last, tuple)
            grey = Font(italic=True, color="FF595959")
            sheet.cell(row=row, column=1, value=code).font = grey
            sheet.cell(row=row, column=2, value=f"{name}{before}").font = grey
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = LAST_YEAR_FILL
            _put(sheet, row, last, True)
            for k, value in enumerate(last):
                if value is not None:
                    exp.observations.append(
                        Obs(str(code), str(name), f"{QUARTERS[k]} 2023/24", num(value),
                            text_of(value))
                    )  # fmt: skip
            row += 1
        sheet.cell(row=row, column=1, value=code)
        sheet.cell(row=row, column=2, value=f"{name}{now}")
        _put(sheet, row, this, False)
        if target is not None:
            cell = sheet.cell(row=row, column=COL_TARGET, value=target)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(target, int | float):
                cell.number_format = _format(target)
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            colour = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(wrap_text=True)
        given = [k for k, v in enumerate(this) if v is not None]
        for k in given:
            value = this[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(code), str(name), f"{QUARTERS[k]} 2024/25", num(value), text_of(value),
                    num(target), status)
            )  # fmt: skip
        for r in range(first_row, row + 1):
            for col in range(1, ncol + 1):
                top = RULE if r == first_row else HAIR
                sheet.cell(row=r, column=col).border = Border(top=top, bottom=HAIR)
        row += 1
    sheet.cell(row=row + 1, column=1, value=NOTES[1]).font = Font(size=9, italic=True)
    widths = {"A": 9, "B": 66, "C": 10, "D": 10, "E": 10, "F": 10, "G": 10, "H": 6, "I": 60}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
