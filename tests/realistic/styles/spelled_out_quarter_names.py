"""Quarter headings written in words, each typed by a different officer ('Quarter One 2024/25', 'Qtr Three 24/25')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Qtr 3 2024-25"
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
HEADINGS = (
    "Quarter One 2024/25",
    "Second Quarter 2024-25",
    "Qtr Three 24/25",
    "Quarter Four 2024/25",
)
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# section, then rows of: ref, indicator, Q1, Q2, Q3 (Q4 not yet reported), target, RAG, comment
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Housing", (
        ("HSG01", "Rent collected as a percentage of rent due (%)", 97.2, 98.1, 98.6, 98.5, "G", None),
        ("HSG02", "Average days to re-let a general needs void", 34, 31, 29, 28, "A", "Two long-term voids needing structural work let in October."),
        ("HSG03", "Responsive repairs completed within target time (%)", 88.5, 90.3, 93.1, 92.0, "G", None),
        ("HSG04", "Homelessness cases prevented or relieved (%)", 52.0, 49.6, 47.3, 55.0, "R", "Rising demand from private rented sector evictions."),
        ("HSG05", "Households in temporary accommodation at quarter end", 41, 45, 52, None, None, "Monitoring only - no target set."),
    )),
    ("Environment and Planning", (
        ("ENV01", "Household waste sent for reuse, recycling and composting (%)", 52.4, 51.8, 46.2, 50.0, "A", "Seasonal fall in garden waste tonnage."),
        ("ENV02", "Missed bin collections per 100,000 collections", 48, 55, 71, 60, "R", "Crew shortages on the rural rounds in November."),
        ("ENV03", "Fly-tipping incidents removed within 2 working days (%)", 91.0, 94.2, 95.5, 90.0, "G", None),
        ("PLN01", "Major planning applications determined within 13 weeks or agreed time (%)", 75.0, 100.0, 66.7, 60.0, "G", None),
        ("PLN02", "Minor and other planning applications determined within 8 weeks or agreed time (%)", 81.3, 78.9, 84.0, 85.0, "A", None),
    )),
    ("Corporate", (
        ("COR01", "Working days lost to sickness absence per FTE (rolling 12 months)", 9.2, 8.9, 8.7, 8.5, "A", None),
        ("COR02", "Customer calls answered within 60 seconds (%)", 71.4, 76.2, 82.5, 80.0, "G", None),
        ("COR03", "Freedom of Information requests answered within 20 working days (%)", 93.0, 88.0, "tbc", 90.0, None, "Q3 figure awaiting validation."),
        ("COR04", "Invoices paid within 30 days (%)", 96.8, 97.4, 97.9, 97.0, "G", None),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate performance report to cabinet.

    The report is a spreadsheet rolled forward through the year, each
    quarter's column added by whichever officer compiled that quarter, so
    the headings are written in words in the form each of them chose:
    'Quarter One 2024/25', 'Second Quarter 2024-25', 'Qtr Three 24/25', and
    the template's 'Quarter Four 2024/25' column still empty. A single
    Target (the 2024/25 target) and a RAG letter follow, then comments;
    shaded section rows group the indicators. One count is monitored
    without a target or rating, and one Q3 figure is 'tbc' with no rating.

    A careful reader takes the three headings as Q1, Q2 and Q3 of 2024/25
    however they are worded (the year written 2024/25, 2024-25 or 24/25),
    the empty Quarter Four column as no figures, the target for every
    quarter in its row, the RAG letter as the rating of Q3, and 'tbc' as a
    marker kept as text. Nothing on the sheet is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Bassetlaw District Council")
    sheet["A2"] = "Corporate Performance Indicators 2024/25 \u2013 Cabinet, 4 February 2025"
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Performance indicator", *HEADINGS, "Target", "RAG", "Comments"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    row = 5
    for section, rows in SECTIONS:
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
        row += 1
        for ref, name, q1, q2, q3, target, rag, comment in rows:
            put_row(sheet, row, 1, [ref, name, q1, q2, q3, None, target, rag, comment])
            goal = None if target is None else float(str(target))
            status = None if rag is None else RAG[str(rag)]
            exp.observations += observed(
                str(ref), str(name), PERIODS, (q1, q2, q3, None), goal, status
            )
            row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: G on or better than target; A within 10% of "
               "target; R more than 10% worse than target. Quarter Four figures are reported "
               "at year end.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 62
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 14
    sheet.column_dimensions["I"].width = 48
    sheet.row_dimensions[4].height = 32
    save(book, path)
    return exp
