"""A sheet whose print area covers only this year's columns; last year's quarters sit to its left, on screen."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties

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

SHEET = "Q3 Scorecard"
HEAD_ROW = 4
PERIODS = (
    "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24",
    "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
)  # fmt: skip
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
OLD = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")

# A 1-tuple is a service row. Otherwise: ref, measure, four quarters 2023/24, three 2024/25,
# target 2024/25, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Customer and Digital Services",),
    ("CDS01", "Calls answered within 60 seconds (%)", 71.2, 66.8, 69.5, 74.0, 78.3, 80.1, 76.9, 80, "Amber",
     "Council tax bills season"),
    ("CDS02", "Online transactions as a share of all transactions (%)", 61.0, 62.4, 63.8, 64.1, 66.5, 67.2, 68.9,
     65, "Green", None),
    ("CDS03", "Stage 1 complaints answered within 10 working days (%)", 83.5, 79.2, 81.0, 85.6, 87.9, 84.4,
     "n/a", 90, None, "Complaints system replaced in December; Q3 not yet reported"),
    ("CDS04", "Website satisfaction score (out of 5)", 3.6, 3.7, 3.7, 3.8, 3.9, 3.8, 4.0, None, None,
     "Monitoring only"),
    ("Revenues and Benefits",),
    ("RB01", "Council tax collected (%)", 29.9, 57.1, 84.6, 97.2, 29.5, 56.8, 84.0, 84.5, "Amber",
     "Cumulative"),
    ("RB02", "Business rates collected (%)", 32.0, 59.8, 86.4, 98.9, 31.4, 60.3, 86.9, 86.0, "Green",
     "Cumulative"),
    ("RB03", "Average days to process new Housing Benefit claims", 22.1, 20.4, 19.8, 18.6, 17.9, 16.5, 18.2,
     18, "Amber", None),
    ("RB04", "Average days to process changes in circumstances", 8.4, 7.9, 9.1, 7.2, 6.8, 6.1, 5.9, 7, "Green",
     None),
    ("RB05", "Discretionary Housing Payment budget committed (%)", 31.0, 58.2, 79.5, 99.1, 28.4, 55.0, None,
     None, None, "Q3 figure awaited from DWP return"),
    ("People and Workforce",),
    ("PW01", "Working days lost to sickness per FTE (rolling 12 months)", 10.4, 10.9, 11.2, 10.8, 10.1, 9.6,
     9.4, 8.5, "Red", None),
    ("PW02", "Staff turnover, rolling 12 months (%)", 13.1, 12.7, 12.2, 11.9, 11.4, 11.8, 12.3, 12, "Amber",
     None),
    ("PW03", "Mandatory training completed (%)", None, None, 72.0, 78.5, 81.3, 85.0, 88.6, 90, "Amber",
     "Recorded from Q3 2023/24"),
    ("PW04", "Agency spend (\u00a3000)", 412, 388, 451, 397, 356, 331, 342, 350, "Green", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly scorecard kept as one running sheet with a print area.

    Performance officers often keep one working sheet across years: last
    year's quarter columns stay on the sheet (shaded grey, under a heading
    '2023/24 \u2013 for comparison'), and the page set up for the committee
    pack is fixed with a print area over this year's quarters, target, RAG
    and comment (G..L), with Ref and Measure repeated on every page as print
    titles. The printed appendix therefore shows only 2024/25, but the
    workbook sent to members and published holds all seven quarters,
    visible on screen, not hidden or grouped.

    A careful reader of the workbook (not of the printout) takes every
    figure on the sheet: the older quarters are labelled by their own
    headings and nothing says they are wrong, only that they are not for
    print. The print area decides what goes on paper, not what the sheet
    says. 'Target 2024/25' names its year, so it belongs to the 2024/25
    quarters; the RAG belongs to the latest figure in the row. 'n/a' is a
    Q3 text, unrated; the DHP row has no Q3, target or rating; the training
    measure starts in Q3 2023/24. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Corporate Scrutiny Committee, 20 February 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["C3"] = "2023/24 \u2013 for comparison (not printed)"
    sheet["C3"].font = Font(italic=True, size=9)
    sheet["G3"] = "2024/25"
    sheet["G3"].font = Font(bold=True)
    heads = ["Ref", "Measure", *PERIODS, "Target 2024/25", "RAG", "Comment"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, target, rag, comment = entry
        put_row(sheet, row, 1, [ref, name, *figures, target, rag, comment])
        for col in range(3, 7):
            sheet.cell(row=row, column=col).fill = OLD
        if rag:
            fill(sheet, f"K{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k >= 4 else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            obs = Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            exp.observations.append(obs)
        row += 1
    last = row - 1
    notes = (
        "RAG compares the Q3 2024/25 figure with the 2024/25 target: Green met; Amber within 5%; "
        "Red more than 5% away.",
        "Columns C to F keep last year's quarters for officers' comparison and sit outside the "
        "print area.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.print_area = f"G3:L{last}"
    sheet.print_title_cols = "A:B"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.oddHeader.center.text = "Corporate Performance Scorecard Q3 2024/25"
    sheet.column_dimensions["B"].width = 52
    sheet.column_dimensions["L"].width = 40
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
