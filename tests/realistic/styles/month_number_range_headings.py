"""Finance-style quarter columns headed by month numbers of the financial year ('M1-M3', 'M4 – M6', 'M7-9') and a 'M1-M9 YTD' column."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    num,
    observed,
    put_row,
    save,
    title,
)

SHEET = "M9 Perf"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
# as the finance team typed them: hyphen, spaced en dash, short hyphenated form
HEADINGS = ("M1-M3", "M4 \u2013 M6", "M7-9", "M1-M9 YTD")
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Apr 2024\u2013Dec 2024")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "Days": "days", "No.": "number"}  # '£000' is money in thousands
FORMAT = {"%": "0.0", "Days": "0.0", "No.": "#,##0", "\u00a3000": "#,##0"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
SECTION = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
YTD = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FF8EA9DB")
RULE = Border(bottom=THIN)

# A 1-tuple is a service row. Otherwise: ref, measure, unit, M1-M3, M4-M6, M7-9, M1-M9 YTD,
# target (None: no target), RAG letter, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Finance and Procurement",),
    ("FIN01", "Undisputed invoices paid within 30 days", "%", 96.4, 95.1, 97.3, 96.3, 95, "G",
     None),
    ("FIN02", "Invoices from local small and medium suppliers paid within 10 days", "%",
     78.2, 81.5, 84.0, 81.2, 85, "A", "Up 5.8 points since M1-M3 after the e-invoicing change."),
    ("FIN03", "Sundry debt over 90 days old at period end", "\u00a3000", 1842, 1796, 1911, "n/a",
     1750, "A", "Period-end position, so no YTD figure. \u00a3214k of the balance is one NHS debt."),
    ("FIN04", "Third-party spend through approved contracts", "%", 88.7, 90.2, 91.6, 90.2, 90,
     "G", None),
    ("Revenues and Benefits",),
    ("RB01", "Average days to process new Housing Benefit claims", "Days", 21.4, 19.8, 18.6,
     19.9, 20, "G", None),
    ("RB02", "Average days to process changes in circumstances", "Days", 8.9, 7.6, None, None, 8,
     "G", "M7-9 not available: benefits system upgrade in November. RAG is for M4 \u2013 M6."),
    ("RB03", "Council Tax Reduction claims assessed within 14 days", "%", 82.5, 85.3, 87.9,
     85.2, 90, "A", "2,146 of 2,442 claims assessed in time in M7-9."),
    ("RB04", "Benefit cases checked without financial error", "%", 96.8, 97.5, 95.9, 96.7, 97,
     "A", None),
    ("HR and Organisational Development",),
    ("HR01", "Working days lost to sickness per FTE (annualised)", "Days", 9.2, 8.7, 10.5, 9.5,
     8.5, "R", "Seasonal respiratory illness; 31% of days lost were long-term absence."),
    ("HR02", "Agency workers as a share of the workforce", "%", 11.8, 12.6, 12.1, 12.2, 10, "R",
     "57 agency workers in Adults' Social Care; permanent recruitment campaign from January."),
    ("HR03", "New starters", "No.", 64, 88, 71, 223, None, None,
     "For information. Includes 19 apprentices starting in September."),
    ("Digital and Customer Services",),
    ("DCS01", "Contact centre calls answered within 90 seconds", "%", 71.3, 68.4, 74.9, 71.5,
     80, "A", None),
    ("DCS02", "ICT service desk incidents resolved within the service level", "%", 91.2, 93.5,
     94.1, 92.9, 95, "A", None),
    ("DCS03", "Stage 1 complaints responded to within 10 working days", "%", None, 62.7, 70.4,
     None, 85, "R", "New measure: the complaints system went live in July (M4), so no YTD."),
    ("DCS04", "Callers satisfied with the contact centre (post-call survey)", "%", 84.1, 82.7,
     "TBC", None, 85, None, "M7-9 results TBC: survey supplier changed in November."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a London borough's Resources finance and performance monitor, headed the way the finance team heads columns.

    The monitor goes to Cabinet with the Month 9 budget report. The
    financial year is given once, in the title ('2024/25'), and the
    figure columns are headed by month numbers of that year as the
    finance team writes them: 'M1-M3', 'M4 \u2013 M6' (spaced en dash) and
    'M7-9' for the three quarters, then a shaded 'M1-M9 YTD' column for
    April to December together; a line above the table says M1 is April.
    Then Unit, a plain Target, an R/A/G letter under 'RAG' (a note: it
    rates the latest three months reported) and Commentary, under grey
    service rows. The sundry debt row is a period-end position, so its
    YTD cell says 'n/a'; the changes-in-circumstances figure for M7-9 was
    not available (its RAG is for M4 \u2013 M6, as its comment says); the new
    complaints measure starts at M4 with no YTD; the survey's M7-9 is
    'TBC'; new starters have no target.

    A careful reader places M1-M3, M4 \u2013 M6 and M7-9 on Q1, Q2 and Q3
    2024/25 and 'M1-M9 YTD' on April to December 2024; the target applies
    to every figure of its row; the RAG belongs to the latest quarter
    given, per the note (not to the year to date). 'n/a' and 'TBC' are kept
    as text, unrated. Units come from the Unit column (the \u00a3000 line is
    money in thousands).
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "London Borough of Hartsbury - Resources Directorate Finance and Performance Monitor 2024/25",
    )
    sheet["A2"] = (
        "Month 9 (to 31 December 2024): Cabinet, 11 February 2025; Overview and Scrutiny Committee (Budget Panel), 18 February 2025"
    )
    sheet["A3"] = (
        "Periods are months of the financial year: M1 = April, M12 = March. Each M column shows "
        "the figure for those months; M1-M9 YTD is April to December."
    )
    sheet["A4"] = (
        "RAG rates the latest three months reported against target: G on or better than target, A within 10%, R more than 10% worse."
    )
    for note in ("A3", "A4"):
        sheet[note].font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", "Unit", *HEADINGS, "Target", "RAG", "Commentary"]
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
        ref, name, unit, m3, m6, m9, ytd, target, rag, comment = spec
        figures = (m3, m6, m9, ytd)
        put_row(sheet, row, 1, [ref, name, unit, *figures, target, rag, comment])
        for col in range(4, 9):
            cell = sheet.cell(row=row, column=col)
            cell.number_format = FORMAT[str(unit)]
            cell.alignment = Alignment(horizontal="right")
        sheet.cell(row=row, column=7).fill = YTD
        sheet.cell(row=row, column=3).alignment = Alignment(horizontal="center")
        if rag:
            colour = RAG_FILL[str(rag)]
            rag_cell = sheet.cell(row=row, column=9)
            rag_cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
            rag_cell.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=True, vertical="top")
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = RULE
        status = RAG[str(rag)] if rag else None
        given = [(p, v) for p, v in zip(PERIODS, figures, strict=True) if v is not None]
        # the RAG goes with the latest quarter given, not with the year to date
        latest = max(p for p, v in given if not p.startswith("Apr"))
        for period, value in given:
            exp.observations += observed(
                str(ref),
                str(name),
                (period,),
                (value,),
                num(target),
                status if period == latest else None,
            )
        exp.add_meta(str(ref), str(name), None, UNIT.get(str(unit)))
        row += 1
    sheet.cell(row=row + 1, column=1, value="Source: Oracle Fusion ledger and service systems, extracted 14 January 2025. M7-9 figures are provisional.").font = Font(size=9)  # fmt: skip
    for letter, width in {"A": 7, "B": 58, "C": 6, "H": 8, "I": 6, "J": 60}.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
