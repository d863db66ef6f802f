"""Survey and casework percentages each beside a 'Base' or 'No. of cases' column, small bases suppressed ('*') or flagged."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import Expected, Rag, new_book, observed, save, title

SHEET = "Feedback & casework"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
FILLS = {"Green": "FF92D050", "Amber": "FFFFC000", "Red": "FFFF0000"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
LOW_BASE_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LAST_COL = 10  # J: RAG (Q3)

# Survey results: percentages stored as fractions under 0.0%, each with its number of responses.
# ref, measure, (Q1 %, base), (Q2 %, base), (Q3 %, base), target (points), RAG (Q3)
SURVEYS: tuple[tuple[object, ...], ...] = (
    ("TS01", "Tenants satisfied with the repair completed (responsive repairs survey)",
     (0.874, 412), (0.859, 388), (0.886, 401), 90.0, "Amber"),
    ("TS02", "New tenants satisfied with their home at sign-up (lettings survey)",
     (0.923, 26), (0.889, 18), (1.0, 7), 90.0, "Green"),
    ("TS03", "Tenants satisfied with the outcome of their anti-social behaviour case",
     (0.583, 12), (0.4, 5), ("*", 3), 65.0, "Not rated"),
    ("TS04", "Tenants satisfied with the way their complaint was handled",
     (0.357, 14), (0.455, 11), (0.333, 9), 50.0, "Red"),
    ("TS05", "Customers satisfied with their completed home adaptation",
     ("*", 4), (1.0, 6), (0.955, 22), 95.0, "Green"),
    ("TS06", "Residents satisfied with the cleanliness of communal areas (estate walkabout survey)",
     (0.712, 118), (0.74, 123), (0.698, 116), 75.0, "Amber"),
)  # fmt: skip

# Casework: percentages typed as points, each with its number of cases; never suppressed.
CASEWORK: tuple[tuple[object, ...], ...] = (
    ("CW01", "Stage 1 complaints responded to within 10 working days",
     (82.1, 134), (88.4, 121), (91.0, 145), 95.0, "Amber"),
    ("CW02", "Stage 2 complaints responded to within 20 working days",
     (75.0, 8), (100.0, 3), (85.7, 7), 95.0, "Amber"),
    ("CW03", "Anti-social behaviour cases closed with a successful outcome",
     (81.0, 42), (76.5, 34), (84.2, 38), 80.0, "Green"),
    ("CW04", "Housing Ombudsman determinations finding maladministration",
     ("n/a", 0), (50.0, 2), ("n/a", 0), None, None),
    ("CW05", "Emergency repairs completed within 24 hours",
     (97.8, 1204), (98.3, 1122), (96.9, 1310), 98.0, "Amber"),
    ("CW06", "Major adaptations completed within 20 weeks of referral",
     (62.5, 16), (71.4, 7), (33.3, 3), 75.0, "Red"),
    ("CW07", "Damp and mould reports inspected within 10 working days",
     (88.2, 51), (93.6, 78), (95.1, 103), 90.0, "Green"),
    ("CW08", "Safeguarding concerns raised by housing staff followed up within 1 working day",
     (100.0, 5), (100.0, 9), (92.3, 13), 100.0, "Amber"),
)  # fmt: skip


def _heading(sheet: Worksheet, row: int, base_word: str) -> None:
    """Two heading rows: Ref, Measure, Target and RAG merged down; each quarter over '%' and its base."""
    for col, text in ((1, "Ref"), (2, "Measure"), (9, "Target 2024/25"), (10, "RAG (Q3)")):
        sheet.cell(row=row, column=col, value=text)
        sheet.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
    for q, quarter in enumerate(QUARTERS):
        col = 3 + 2 * q
        sheet.cell(row=row, column=col, value=quarter)
        sheet.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + 1)
        sheet.cell(row=row + 1, column=col, value="%")
        sheet.cell(row=row + 1, column=col + 1, value=base_word)
    for r in (row, row + 1):
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=r, column=col)
            cell.font = Font(bold=True)
            cell.fill = HEAD_FILL
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _section(sheet: Worksheet, row: int, text: str) -> None:
    sheet.cell(row=row, column=1, value=text).font = Font(bold=True, color="FFFFFFFF", size=12)
    for col in range(1, LAST_COL + 1):
        sheet.cell(row=row, column=col).fill = SECTION_FILL


def build(path: Path) -> Expected:
    """Imitates a stock-holding district council's housing feedback and casework report.

    Stevenage Borough Council style, a quarterly housing report to the
    tenants' and leaseholders' scrutiny panel, with two tables on one sheet
    under purple section rows. 'Transactional surveys': each quarter
    merged over '%' (fractions under a 0.0% format) and 'Base (n)' (the number
    of responses); results from fewer than 5 responses are suppressed as
    '*' and those from 5 to 9 printed in italics 'to be treated with
    caution'. 'Casework': each quarter over '%' (typed as points) and 'No.
    of cases'; casework is never suppressed, cells from fewer than 10 cases
    are shaded grey, and a quarter with no cases says 'n/a' beside a base of
    0. Both tables end with 'Target 2024/25' and a filled 'RAG (Q3)' word
    ('Not rated' where Q3 is suppressed; none for the Ombudsman count,
    which has no target).

    A careful reader takes the percentages as the observations, in points
    (100.0% is 100.0), every quarter with its row's target and the RAG for
    Q3. The base columns are the sizes of the samples behind them, not
    figures of their own: 412, 3 and 1,204 are nobody's observation. '*'
    and 'n/a' stay as what they said. A percentage from 3 cases (CW06 Q3
    33.3, CW02 Q2 100.0) or printed in italics is still the published
    figure; the caution is about reliance, not about what was reported.
    No unit column; nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stevenage Borough Council \u2013 Housing and Investment")
    sheet["A2"] = "Tenant feedback and casework measures, Quarter 3 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Report to the Tenants' and Leaseholders' Scrutiny Panel, 29 January 2025"
    sheet["A3"].font = Font(italic=True)
    exp = Expected([])
    row = 5
    tables = (
        ("Transactional surveys", "Base (n)", SURVEYS, True),
        ("Casework", "No. of cases", CASEWORK, False),
    )
    for section, base_word, rows, is_survey in tables:
        _section(sheet, row, section)
        _heading(sheet, row + 1, base_word)
        row += 3
        for ref, name, *pairs, target, rag in rows:
            sheet.cell(row=row, column=1, value=ref)
            sheet.cell(row=row, column=2, value=name)
            values: list[object] = []
            for q, pair in enumerate(pairs):
                assert isinstance(pair, tuple)
                share, base = pair
                col = 3 + 2 * q
                figure = sheet.cell(row=row, column=col, value=share)
                count = sheet.cell(row=row, column=col + 1, value=base)
                count.number_format = "#,##0"
                if is_survey and isinstance(share, float):
                    figure.number_format = "0.0%"
                    if isinstance(base, int) and base < 10:
                        figure.font = Font(italic=True)
                        count.font = Font(italic=True)
                    values.append(round(share * 100, 1))
                else:
                    if isinstance(share, float):
                        figure.number_format = "0.0"
                    if not is_survey and isinstance(base, int) and base < 10:
                        figure.fill = LOW_BASE_FILL
                        count.fill = LOW_BASE_FILL
                    values.append(share)
            sheet.cell(row=row, column=9, value=target)
            sheet.cell(row=row, column=10, value=rag)
            if rag in FILLS:
                rgb = FILLS[str(rag)]
                sheet.cell(row=row, column=10).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).border = BOX
                if col > 2:
                    sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
            goal = None if target is None else float(str(target))
            exp.observations += observed(
                str(ref), str(name), QUARTERS, values, goal, RAG.get(str(rag))
            )
            row += 1
        if is_survey:
            notes = (
                "Base (n): the number of tenants who answered the question in the quarter.",
                "* Fewer than 5 responses: result not reported. Results in italics are based on 5 "
                "to 9 responses and should be treated with caution.",
            )
        else:
            notes = (
                "No. of cases: the number of cases closed (or due) in the quarter. Shaded: fewer "
                "than 10 cases \u2013 one case can move the percentage by more than 10 points.",
                "n/a: no cases in the quarter. CW04 is reported for information and has no target.",
            )
        for line in notes:
            row += 1
            sheet.cell(row=row, column=1, value=line).font = Font(size=9, italic=True)
        row += 2
    sheet.cell(row=row - 1, column=1, value="RAG: Green at or above target; Amber up to 10 "
               "percentage points below target; Red more than 10 points below.").font = Font(size=9)  # fmt: skip
    sheet.cell(row=row, column=1, value="Source: Housemark STAR transactional surveys (Acuity); "
               "Northgate Housing and Orchard complaints module.").font = Font(size=9)  # fmt: skip
    widths = {"A": 7, "B": 70, "C": 9, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 11, "J": 11}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
