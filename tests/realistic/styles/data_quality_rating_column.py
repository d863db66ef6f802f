"""A 'Data quality rating' column of Green/Amber/Red about the data's reliability beside the performance 'Q3 RAG'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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

SHEET = "CFS Scorecard Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
COLOUR = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_ROW = 4
WIDTH = 10  # columns A..J

# Sections of (ref, indicator, good is, Q1, Q2, Q3, target 2024/25, Q3 RAG, data quality, commentary)
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Children's social care", (
        ("CSC01", "Re-referrals to children's social care within 12 months of a previous referral (%)",
         "Lower", 21.4, 23.9, 19.8, 20.0, "Green", "Green", None),
        ("CSC02", "Child and family assessments completed within 45 working days (%)",
         "Higher", 84.1, 79.6, 76.2, 85.0, "Red", "Amber",
         "Provisional: Liquidlogic report changed in November and the figure is being revalidated."),
        ("CSC03", "Children becoming subject to a child protection plan for a second or subsequent time (%)",
         "Lower", 18.2, 22.5, 24.1, 20.0, "Red", "Green",
         "Sibling groups of 4 and 5 account for most repeat plans this quarter."),
        ("CSC04", "Child protection visits completed within timescale (%)",
         "Higher", 91.3, 88.7, 93.0, 95.0, "Amber", "Red",
         "Visits entered late on the system count as out of timescale; a manual audit of "
         "November found 96% on time."),
        ("CSC05", "Initial child protection conferences within 15 working days of the strategy discussion (%)",
         "Higher", 78.9, 85.3, 88.0, 85.0, "Green", "Green", None),
        ("CSC06", "Children looked after (rate per 10,000 children aged under 18)",
         None, 71.2, 72.0, 73.4, "n/a", "-", "Green", "Monitored for context; England 2023/24: 70."),
        ("CSC07", "Children looked after with three or more placements in the last 12 months (%)",
         "Lower", 9.8, 10.4, 10.4, 10.0, "Amber", "Amber", None),
        ("CSC08", "Care leavers aged 19-21 in suitable accommodation (%)",
         "Higher", 88.5, 90.1, 91.7, 90.0, "Green", "Red",
         "No contact recorded with 14 care leavers this quarter; they are left out of the figure."),
        ("CSC09", "Care leavers aged 19-21 in education, employment or training (%)",
         "Higher", 52.3, 55.0, 54.1, 60.0, "Red", "Green", None),
        ("CSC10", "Review health assessments for children looked after completed on time (%)",
         "Higher", 83.0, 86.4, None, 90.0, None, "Red",
         "Q3 figure withheld: health provider data not yet reconciled with LCS."),
    )),
    ("Early help, education and youth justice", (
        ("EH01", "Early help assessments closed with the family's needs met (%)",
         "Higher", 74.6, 77.2, 79.9, 75.0, "Green", "Amber", None),
        ("ED01", "New EHC plans issued within 20 weeks, excluding exceptions (%)",
         "Higher", 41.7, 48.2, 57.6, 60.0, "Amber", "Green",
         "Recovery plan on track; 31 of 58 plans in time in December."),
        ("ED02", "Children missing education (number at the end of the quarter)",
         "Lower", 96, 131, 118, None, None, "Amber", None),
        ("YJ01", "First-time entrants to the youth justice system (number in the quarter)",
         "Lower", 11, 9, 14, 12, "Red", "Green", None),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's children and family services scorecard to scrutiny.

    Children's services scorecards built by a business intelligence team
    (Liquidlogic/ChildView data, laid out in Excel for the scrutiny pack)
    often carry, beside the performance rating, the team's own rating of
    how far the data can be trusted. Here 'Q3 RAG' (Green/Amber/Red words,
    filled in their colours) rates the Q3 figure against the 2024/25
    target, and the next column, 'Data quality rating', holds the same
    three words in the same colours about the reliability of the figure:
    the key under the table says which is which. Two portfolio rows
    (merged, shaded) split the table; a 'Good is' column states each
    indicator's polarity; a commentary column quotes figures ('96% on
    time', '31 of 58 plans', 'England 2023/24: 70').

    A careful reader takes Q1-Q3 2024/25 as observations with the row's
    2024/25 target and the 'Q3 RAG' as the published rating of Q3 only. The
    data quality rating is not a performance rating and rates nothing:
    CSC04 is Amber (not Red), CSC08 Green (not Red). CSC10 has no Q3
    figure and no Q3 RAG, only a Red data quality rating: its Q2 figure has
    no rating. CSC06 (rate, 'n/a' target, '-' RAG) and ED02 (blank target
    and RAG) are monitored without a target; the '-' is no rating. A
    figure rated Red for data quality is still the published figure, so it
    is read as it stands. Figures in the commentary are not observations.
    Polarity comes from 'Good is'; units are only in the names, so none
    is recorded.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stockport Council \u2013 Children, Family Services and Education Scorecard")
    sheet["A2"] = (
        "Quarter 3 2024/25 (October to December 2024). Children and Families Scrutiny "
        "Committee, 5 March 2025."
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Indicator", "Good is", *QUARTERS, "Target 2024/25", "Q3 RAG",
              "Data quality rating", "Commentary"]  # fmt: skip
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    for col in range(1, WIDTH + 1):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = HEADER_ROW + 1
    for section, rows in SECTIONS:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=WIDTH)
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        sheet.cell(row=row, column=1).fill = SECTION_FILL
        row += 1
        for ref, name, good, q1, q2, q3, target, rag, quality, comment in rows:
            put_row(sheet, row, 1, [ref, name, good, q1, q2, q3, target, rag, quality, comment])
            for col in range(1, WIDTH + 1):
                sheet.cell(row=row, column=col).border = GRID
            for col in range(4, 8):
                value = sheet.cell(row=row, column=col).value
                sheet.cell(row=row, column=col).number_format = (
                    "0.0" if isinstance(value, float) else "0"
                )
                sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
            for letter, word in (("H", rag), ("I", quality)):
                sheet[f"{letter}{row}"].alignment = Alignment(horizontal="center")
                if word in COLOUR:
                    fill(sheet, f"{letter}{row}", COLOUR[str(word)])
            sheet[f"J{row}"].alignment = Alignment(wrap_text=True, vertical="top")
            goal = float(target) if isinstance(target, int | float) else None
            code, nm = str(ref), str(name)
            exp.observations += observed(code, nm, QUARTERS, (q1, q2, q3), goal, RAG.get(str(rag)))
            if good is not None:
                exp.add_meta(code, nm, POLARITY[str(good)], None)
            row += 1
    notes = (
        "Key",
        "Q3 RAG \u2013 performance in Q3 against the 2024/25 target: Green = target met or "
        "exceeded; Amber = within 5% of target; Red = more than 5% away from target; "
        "- = no target, monitored for context.",
        "Data quality rating \u2013 how reliable the data is, NOT how well we are performing: "
        "Green = validated, complete and timely; Amber = provisional or minor known issues; "
        "Red = significant known issues, use with caution.",
        "Sources: Liquidlogic LCS and EHM, Synergy, ChildView. Data quality ratings are given "
        "by the Business Intelligence team when the quarter is closed.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(bold=j == 0, size=9)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 9
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 11
    sheet.column_dimensions["H"].width = 9
    sheet.column_dimensions["I"].width = 13
    sheet.column_dimensions["J"].width = 50
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp
