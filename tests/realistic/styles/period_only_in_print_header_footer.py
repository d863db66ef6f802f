"""'This quarter' and 'Last quarter' columns whose quarter is named only in the sheet's print page header."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Corporate PIs"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
THIS, LAST = "Q3 2024/25", "Q2 2024/25"
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GOOD = {"Bigger is better": "higher_is_better", "Smaller is better": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF2F5496", end_color="FF2F5496")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FF8EA9DB")
PCT = "0.0%"

# A 1-tuple is a service row. Otherwise: code, short name, good is, last quarter, this quarter,
# target, RAG letter, note. A float under 1.5 in a '%' row is a fraction shown through '0.0%'.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Finance and Customer Services",),
    ("FCS 01", "% of council tax collected", "Bigger is better", 0.571, 0.839, 0.845, "A",
     "Cumulative; slightly behind last year's profile."),
    ("FCS 02", "% of NNDR collected", "Bigger is better", 0.594, 0.862, 0.85, "G", None),
    ("FCS 03", "Average days to process new Housing Benefit claims", "Smaller is better", 17.8,
     16.2, 18, "G", None),
    ("FCS 04", "Average days to process change of circumstances", "Smaller is better", 6.9, 9.4,
     7, "R", "Backlog after the annual uprating work."),
    ("FCS 05", "% of calls to the contact centre answered", "Bigger is better", 0.874, 0.812, 0.85,
     "A", None),
    ("Environment",),
    ("ENV 01", "% of household waste recycled and composted", "Bigger is better", 0.483,
     "Not yet available", 0.5, None, "County data due in February."),
    ("ENV 02", "Residual household waste per household (kg)", "Smaller is better", 101.4, 98.7, 100,
     "G", "Quarterly figure, not cumulative."),
    ("ENV 03", "Number of fly-tipping incidents", "Smaller is better", 384, 411, None, None,
     "Data only."),
    ("ENV 04", "% of land and highways with unacceptable litter", "Smaller is better", 0.062,
     0.071, 0.08, "G", None),
    ("Planning and Housing",),
    ("PH 01", "% of major planning applications determined in time", "Bigger is better", 0.75,
     0.6, 0.8, "R", "3 of 5 determined in time; two delayed by statutory consultees."),
    ("PH 02", "% of minor planning applications determined in time", "Bigger is better", 0.882,
     0.854, 0.85, "G", None),
    ("PH 03", "Number of households in temporary accommodation", "Smaller is better", 46, 52, 40,
     "R", None),
    ("PH 04", "Average days to relet council homes (general needs)", "Smaller is better", 34.1,
     29.6, 28, "A", None),
    ("PH 05", "Number of empty homes brought back into use", "Bigger is better", 12, None, 10,
     None, "Figure to follow."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's Pentana-printed quarterly corporate PI report to scrutiny.

    A sheet pasted from a Pentana (Ideagen) report and printed for the
    Overview and Scrutiny Committee pack (Tewkesbury / West Lindsey style):
    Code, PI short name, 'Good is' ('Bigger is better'/'Smaller is
    better'), 'Last quarter', 'This quarter', Target, RAG (filled G/A/R
    letter), Note, under shaded service rows. No cell names a quarter or a
    year: the title is just 'Corporate Performance Indicators'. The period
    is in the sheet's print page header, centred and bold: '&C&BQuarter 3
    2024/25 \u2013 Corporate Performance Report', and the footer says
    '&LPrinted from Pentana' and '&RPage &P of &N'; print titles repeat
    the heading row, landscape, fit to one page wide. Percentages are
    fractions shown through '0.0%'. Recycling this quarter is 'Not yet
    available'; empty homes have no figure this quarter; fly-tipping has no
    target.

    A careful reader takes the header as the period. The sheet was made to
    be printed: the header is on every page of the committee pack, in Page
    Layout view and in print preview, and it is the publisher's own plain
    statement of the quarter; nothing in the cells contradicts it, and
    'This quarter'/'Last quarter' mean nothing without it. Someone who only
    scrolls the grid would not see it, but a careful reader looking for the
    period of undated columns looks there, as the clerk reading the printed
    pack does. So 'This quarter' is Q3 2024/25 and 'Last quarter' Q2
    2024/25. The single Target names no period and applies to both
    quarters; the RAG belongs to This quarter. 'Not yet available' is kept
    as recycling's Q3 text, unrated. Polarity comes from 'Good is';
    percentages are read in points (0.839 -> 83.9).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Indicators")
    sheet["A2"] = "Source: Pentana Performance. Figures are cumulative where stated in the note."
    sheet["A2"].font = Font(italic=True, size=9)
    heads = ["Code", "PI short name", "Good is", "Last quarter", "This quarter", "Target", "RAG",
             "Note"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, good, last, this, target, rag, note = spec
        put_row(sheet, row, 1, [code, name, good, last, this, target, rag, note])
        percent = str(name).startswith("%")
        for col in (4, 5, 6):
            cell = sheet.cell(row=row, column=col)
            if percent and isinstance(cell.value, float):
                cell.number_format = PCT
        if rag:
            fill(sheet, f"G{row}", RAG_FILL[str(rag)])
            sheet.cell(row=row, column=7).alignment = Alignment(horizontal="center")
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)

        def points(value: object, percent: bool = percent) -> object:
            if percent and isinstance(value, float):
                return round(value * 100, 6)
            return value

        goal = num(points(target))
        for period, value, status in ((LAST, last, None), (THIS, this, rag)):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period,
                    num(points(value)),
                    text_of(value),
                    goal,
                    RAG.get(str(status)),
                )
            )
        exp.add_meta(str(code), str(name), GOOD[str(good)], None)
        row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: G on target; A within 10% of target; R more "
               "than 10% from target.").font = Font(size=9)  # fmt: skip
    sheet.oddHeader.center.text = "&BQuarter 3 2024/25 \u2013 Corporate Performance Report"
    sheet.oddFooter.left.text = "Printed from Pentana"
    sheet.oddFooter.right.text = "Page &P of &N"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    widths = {"A": 9, "B": 58, "C": 17, "D": 12, "E": 12, "F": 10, "G": 6, "H": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
