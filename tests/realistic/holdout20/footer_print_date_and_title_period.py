"""A report whose quarter is in its title while the print footer carries the date it was printed."""

from __future__ import annotations

from datetime import datetime
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

SHEET = "Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
# 2023/24 outturn, 'Previous quarter', 'This quarter' as the title's Quarter 2 2024/25 fixes them.
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FFA6A6A6")
GOOD_IS = {"Higher": "higher_is_better", "Lower": "lower_is_better"}

# A 1-tuple is a portfolio row. Otherwise: code, indicator, good is, outturn 2023/24,
# previous quarter, this quarter, target 2024/25, RAG (this quarter), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Communities and Housing",),
    ("CH01", "Households in temporary accommodation (snapshot at quarter end)", "Lower", 84, 91,
     97, 80, "Red", "Rise in private rented sector evictions; two additional units leased."),
    ("CH02", "Homelessness cases prevented or relieved (%)", "Higher", 61.2, 58.4, 63.0, 60,
     "Green", None),
    ("CH03", "Disabled Facilities Grants completed", None, 118, 27, 31, None, None,
     "Information only."),
    ("CH04", "Average days to process Disabled Facilities Grants (referral to approval)",
     "Lower", 112, 104, 121, 100, "Red", "OT assessment waits at the county council."),
    ("CH05", "Anti-social behaviour cases closed within 60 days (%)", "Higher", 86.5, 88.0,
     "Not yet available", 85, None, "Case system upgrade; Q2 figure to follow."),
    ("Environment and Place",),
    ("EP01", "Household waste sent for reuse, recycling and composting (%)", "Higher", 47.9,
     51.3, 49.6, 50, "Amber", "Q2 figure provisional pending county council tonnage."),
    ("EP02", "Residual household waste per household (kg)", "Lower", 468, 118, 120, 115,
     "Amber", None),
    ("EP03", "Missed bin collections per 100,000 collections", "Lower", 46.0, 39.5, 37.2, 45,
     "Green", None),
    ("EP04", "Fly-tipping incidents removed within 3 working days (%)", "Higher", 93.8, 95.1,
     96.4, 95, "Green", None),
    ("EP05", "Major planning applications determined in time (%)", "Higher", 92.3, 100.0, 87.5,
     90, "Amber", "1 of 8 decided outside agreed extension."),
    ("EP06", "Minor planning applications determined in time (%)", "Higher", 84.7, 81.9, 88.2,
     85, "Green", None),
    ("EP07", "Land charges searches returned within 10 working days (%)", "Higher", None, 97.6,
     98.9, 95, "Green", "New measure 2024/25."),
    ("Resources",),
    ("RS01", "Undisputed invoices paid within 30 days (%)", "Higher", 96.1, 94.8, 97.3, 95,
     "Green", None),
    ("RS02", "Sundry debt collected within 30 days of invoice (%)", "Higher", 81.5, 78.2, 76.9,
     80, "Amber", "Two large NHS invoices queried."),
    ("RS03", "Average days to process new Housing Benefit claims", "Lower", 17.6, 16.2, 15.4, 18,
     "Green", None),
    ("RS04", "Working days lost to sickness per FTE (rolling 12 months)", "Lower", 8.9, 9.3,
     None, 8.5, None, "Q2 figure delayed by payroll system change."),
    ("RS05", "Freedom of Information requests answered within 20 working days (%)", "Higher",
     89.2, 91.4, 93.0, 90, "Green", None),
    ("RS06", "Stage 1 complaints responded to within 10 working days (%)", "Higher", 74.1, "n/a",
     82.6, 85, "Amber", "Q1 not reported: complaints system migration."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance report printed for O&S.

    The kind of Excel report a shire district's performance officer keeps
    and prints for the Overview and Scrutiny Committee agenda pack: the title
    cell names the period ('Corporate Performance Report \u2013 Quarter 2
    2024/25 (July to September 2024)'), the figure columns are relative:
    '2023/24 outturn', 'Previous quarter', 'This quarter', then 'Target
    2024/25', a filled RAG word and a comment, under shaded portfolio rows
    and a 'Good is' Higher/Lower column. The page header carries only the
    council's name; the page footer says 'Printed 14/11/2024' on the left,
    'Page &P of &N' in the centre and Excel's '&D' print date on the right,
    and the workbook's properties say it was created on 14 November 2024 \u2013
    the day the agenda was printed, in the quarter after the one reported.

    A careful reader dates the columns by the title: 'This quarter' is
    Q2 2024/25, 'Previous quarter' Q1 2024/25, the outturn 2023/24. The
    print date names no period. The target names 2024/25, so the outturn
    has none; the RAG belongs to This quarter. 'Not yet available' is ASB
    Q2 text, 'n/a' complaints Q1 text; sickness Q2 is blank and unrated;
    DFG completions are information only. Polarity from 'Good is'.
    """
    book, sheet = new_book(SHEET)
    book.properties.creator = "Performance and Insight Team"
    book.properties.created = datetime(2024, 11, 14, 9, 32, 0)
    book.properties.title = "Corporate Performance Report"
    title(
        sheet,
        "A1",
        "Corporate Performance Report \u2013 Quarter 2 2024/25 (July to September 2024)",
    )
    sheet["A2"] = "Overview and Scrutiny Committee \u2013 Appendix A"
    sheet["A3"] = (
        "RAG compares this quarter with the 2024/25 target. Green: target met; Amber: within 5%; "
        "Red: more than 5% away."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Code", "Indicator", "Good is", "2023/24 outturn", "Previous quarter",
             "This quarter", "Target 2024/25", "RAG", "Comment"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, good, outturn, prev, this, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in (3, 4, 5, 6, 7, 8):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        values = (outturn, prev, this)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            goal = num(target) if k > 0 else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(code), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            )
        exp.add_meta(str(code), str(name), GOOD_IS.get(str(good)), None)
        row += 1
    notes = (
        "Source: service returns to the Performance and Insight Team; cumulative measures run "
        "from 1 April.",
        "Contact: performance@council.example.gov.uk",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    sheet.oddHeader.center.text = "&BMid Wessex District Council"
    sheet.oddFooter.left.text = "Printed 14/11/2024"
    sheet.oddFooter.center.text = "Page &P of &N"
    sheet.oddFooter.right.text = "&D &T"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    widths = {"A": 7, "B": 62, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 8, "I": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
