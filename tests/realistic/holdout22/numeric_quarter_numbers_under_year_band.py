"""Quarter columns headed by bare numbers 1 to 4 under merged '2023/24' and '2024/25' bands."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Dashboard Q3"
BAND_ROW = 4
SUB_ROW = 5
PERIODS = (
    "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24",
    "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
)  # fmt: skip
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
GREY = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FF808080")

# A 1-tuple is a portfolio row. Otherwise: ref, indicator, the four 2023/24 quarters, the
# four 2024/25 quarters (Q4 not yet reported), target 2024/25, RAG, comments.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Environment and Neighbourhoods",),
    ("EN1", "Household waste sent for reuse, recycling and composting (%)",
     52.1, 55.8, 50.3, 46.9, 53.4, 56.2, 51.0, None, 52, "Amber",
     "Q3 is provisional; garden waste tonnage falls over the winter."),
    ("EN2", "Residual household waste per household (kg)",
     112, 118, 109, 121, 110, 115, 106, None, 115, "Green", None),
    ("EN3", "Fly-tipping incidents removed within 3 working days (%)",
     91.2, 93.5, 94.0, 92.8, 95.1, 96.4, 93.7, None, 95, "Amber", None),
    ("EN4", "Missed bin collections per 100,000 collections",
     48, 52, 61, 57, 44, 39, 58, None, 50, "Red",
     "Round re-organisation from 4 November; missed collections back to normal by mid-December."),
    ("EN5", "Land below grade B for litter (%)",
     4.1, "n/a", 3.8, 5.2, 3.9, 4.4, 4.0, None, 5, "Green",
     "No tranche 2 survey in 2023/24 (staffing)."),
    ("Planning and Economy",),
    ("PE1", "Major planning applications determined within 13 weeks or agreed time (%)",
     87.5, 92.3, 100, 83.3, 90.0, 85.7, 100, None, 90, "Green", "4 of 4 in time."),
    ("PE2", "Minor planning applications determined within 8 weeks or agreed time (%)",
     78.4, 81.0, 84.6, 86.2, 88.1, 85.9, 83.0, None, 85, "Amber", None),
    ("PE3", "Planning appeals allowed (%)",
     28.6, 33.3, 20.0, 25.0, 30.0, 16.7, 22.2, None, 30, "Green", None),
    ("PE4", "Businesses supported through the Growth Hub",
     42, 38, 51, 47, 55, 49, 60, None, 45, "Green", None),
    ("PE5", "Working-age residents claiming out-of-work benefits (%)",
     3.4, 3.5, 3.6, 3.6, 3.7, 3.6, None, None, 3.5, "Amber",
     "DWP data one quarter in arrears; RAG on Quarter 2."),
    ("PE6", "Town centre footfall (visits)",
     1204330, 1311870, 1452960, 1098410, 1187250, 1298640, 1471020, None, None, None,
     "Context only: no target set."),
    ("Resources",),
    ("RS1", "Average days to process new Housing Benefit claims",
     19.2, 21.4, 18.8, 17.5, 16.9, 18.3, 15.2, None, 20, "Green", None),
    ("RS2", "Average days to process Housing Benefit changes of circumstance",
     6.1, 7.4, 5.8, 4.9, 5.2, 6.8, 5.5, None, 7, "Green", None),
    ("RS3", "Working days lost to sickness absence per FTE (in quarter)",
     2.3, 2.1, 2.6, 2.8, 2.4, 2.2, 2.9, None, 2.2, "Red",
     "Seasonal illness and three long-term absences in Waste Services."),
    ("RS4", "Customer calls answered within 60 seconds (%)",
     None, None, None, None, 71.5, 74.8, 79.6, None, 80, "Amber",
     "New measure from April 2024 with the new telephony system."),
    ("RS5", "Stage 1 complaints responded to within 10 working days (%)",
     84.0, 88.2, 86.5, 90.1, 87.7, 89.0, 91.4, None, 90, "Green", None),
    ("RS6", "Freedom of Information requests answered within 20 working days (%)",
     93.1, 95.4, 96.0, 94.7, 96.8, 97.2, 95.9, None, 95, "Green", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance dashboard for scrutiny.

    The kind of dashboard a district council's performance and insight team
    attaches to its quarterly report to the Overview and Scrutiny Committee:
    a two-row heading in which '2023/24' and '2024/25' are merged bands, each
    over four sub-headings that are bare numbers 1, 2, 3 and 4 (typed as
    numbers), with the word 'Quarter' in the cell to their left under the
    'Performance indicator' heading; then 'Target 2024/25', a filled RAG
    word and comments merged over both heading rows. Portfolio rows are
    shaded; the Quarter 4 2024/25 column is still empty and grey (Quarter 3
    report). Notes say the RAG compares the latest 2024/25 quarter with the
    target.

    A careful reader takes each number as the quarter of the year in the band
    above it: Q1 2023/24 .. Q3 2024/25. The target names 2024/25, so it
    belongs to the 2024/25 quarters only; the RAG to the row's latest figure
    (Quarter 2 for the benefits measure reported a quarter in arrears). An
    'n/a' 2023/24 survey quarter, a measure new in 2024/25 and a context-only
    footfall count without target or rating. Units only inside names; no
    polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Dashboard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee, 6 March 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "A4:A5", "Ref")
    sheet["B4"] = "Performance indicator"
    sheet["B4"].font = Font(bold=True)
    sheet["B5"] = "Quarter"
    sheet["B5"].font = Font(bold=True, italic=True)
    sheet["B5"].alignment = Alignment(horizontal="right")
    merge(sheet, "C4:F4", "2023/24")
    merge(sheet, "G4:J4", "2024/25")
    put_row(sheet, SUB_ROW, 3, [1, 2, 3, 4, 1, 2, 3, 4], bold=True)
    merge(sheet, "K4:K5", "Target 2024/25")
    merge(sheet, "L4:L5", "RAG")
    merge(sheet, "M4:M5", "Comments")
    last_col = 13
    for r in (BAND_ROW, SUB_ROW):
        for col in range(1, last_col + 1):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
            if col >= 3:
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = SUB_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, last_col + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        big = any(isinstance(v, int) and v > 10000 for v in figures)
        for col in range(3, 12):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            cell.number_format = "#,##0" if big else "0.0"
        sheet.cell(row=row, column=10).fill = GREY
        if rag:
            fill(sheet, f"L{row}", RAG_FILL[str(rag)])
        code, label = str(ref), str(name)
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k >= 4 else None
            status = RAG[str(rag)] if rag and k == given[-1] and k >= 4 else None
            exp.observations.append(
                Obs(code, label, PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    notes = (
        "Quarter 4 2024/25 will be reported to the June 2025 meeting.",
        "RAG compares the latest 2024/25 quarter with the 2024/25 target. Green: met or better; "
        "Amber: within 5%; Red: more than 5% worse.",
        "n/a: not available.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 64
    for letter in "CDEFGHIJK":
        sheet.column_dimensions[letter].width = 9
    sheet.column_dimensions["M"].width = 50
    sheet.freeze_panes = f"C{SUB_ROW + 1}"
    save(book, path)
    return exp
