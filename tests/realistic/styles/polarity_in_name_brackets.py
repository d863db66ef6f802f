"""No polarity column: many indicator names end with their polarity in brackets."""

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

SHEET = "KPIs"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {
    "(higher is better)": "higher_is_better",
    "(Higher is better)": "higher_is_better",
    "(bigger is better)": "higher_is_better",
    "(lower is better)": "lower_is_better",
    "(Lower is better)": "lower_is_better",
    "(smaller is better)": "lower_is_better",
    "(aim to minimise)": "lower_is_better",
    "(aim to maximise)": "higher_is_better",
}
HEAD = PatternFill(fill_type="solid", start_color="FF833C0B", end_color="FF833C0B")
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a service row. Otherwise: ref, KPI as printed, Q1, Q2, Q3, Q4, target, RAG, comments
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing Services",),
    ("HS 01", "Average days to re-let empty council homes (lower is better)", 31.4, 28.9, 33.0,
     None, 28, "R", "Major voids backlog from the damp and mould programme."),
    ("HS 02", "Rent collected as % of rent due (higher is better)", 96.8, 97.9, 98.4, None, 98.5,
     "A", None),
    ("HS 03", "Emergency repairs completed within 24 hours (%)", 97.2, 98.0, 96.5, None, 98, "A",
     None),
    ("HS 04", "Households in bed and breakfast for more than 6 weeks (aim to minimise)", 4, 7, 2,
     None, 0, "R", "Two families with no suitable self-contained unit."),
    ("HS 05", "Tenants satisfied with the repairs service (Higher is better)", None, 71.0, None,
     None, 75, "A", "Six-monthly survey."),
    ("Environment and Waste",),
    ("EW 01", "Residual household waste per household, kg (smaller is better)", 104.2, 102.9,
     98.7, None, 100, "G", "Estimated pending county tonnage data."),
    ("EW 02", "Household waste sent for reuse, recycling and composting (bigger is better)",
     44.1, 45.6, 41.9, None, 46, "R", None),
    ("EW 03", "Missed collections per 100,000 (lower is better)", 61, 54, 72, None, 60, "R",
     "Snow days in November."),
    ("EW 04", "Streets meeting the cleanliness standard (%)", 94.0, 95.1, "n/a", None, 94, None,
     "Q3 survey postponed to January."),
    ("EW 05", "Fixed penalty notices issued for littering", 188, 214, 167, None, None, None,
     "Monitoring only."),
    ("Corporate Health",),
    ("CH 01", "Working days lost to sickness per FTE (lower is better)", 2.3, 2.1, 2.7, None,
     2.2, "R", None),
    ("CH 02", "Staff turnover (%) (aim to minimise)", 3.1, 2.8, 2.4, None, 3.0, "G", None),
    ("CH 03", "FOI requests answered within 20 working days (%) (higher is better)", 88.6, 91.2,
     93.8, None, 90, "G", None),
    ("CH 04", "Invoices paid within 30 days", 95.3, 96.7, 97.0, None, 95, "G", None),
    ("CH 05", "Employees completing mandatory training (aim to maximise)", 72.0, 79.5, 84.6,
     None, 90, "A", "New learning platform from October."),
)  # fmt: skip


def _polarity(name: str) -> str | None:
    for tail, polarity in POLARITY.items():
        if name.endswith(tail):
            return polarity
    return None


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI monitor where names carry their polarity.

    A district council's KPI monitoring sheet for its Overview and
    Scrutiny Committee, maintained by hand over several years: Ref, KPI,
    Q1-Q4 2024/25 (Q4 empty), 'Target 2024/25', a filled R/A/G letter and
    comments under peach service rows. There is no polarity column: many
    officers instead finished the KPI's name with its polarity in
    brackets, in their own words \u2013 '(lower is better)', '(Higher is
    better)', '(smaller is better)', '(bigger is better)', '(aim to
    minimise)', '(aim to maximise)' \u2013 sometimes after a unit bracket
    ('Staff turnover (%) (aim to minimise)'); other names say nothing.

    A careful reader takes the bracketed words as the indicator's polarity
    and expects it only where it is written; names that say nothing have
    none stated. Names are expected as printed, the codes identify them.
    The target applies to every quarter, the RAG to the latest quarter
    given (the repairs survey has only Q2); streets Q3 is 'n/a' and
    unrated; fixed penalty notices are monitoring only.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Key Performance Indicators 2024/25 \u2013 Quarter 3 monitoring")
    sheet["A2"] = "Overview and Scrutiny Committee \u2013 Appendix B"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "KPI", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
             "Target 2024/25", "RAG", "Comments"]  # fmt: skip
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
        ref, name, q1, q2, q3, q4, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
            sheet[f"H{row}"].alignment = Alignment(horizontal="center")
        goal = float(target) if isinstance(target, int | float) else None
        status = RAG[str(rag)] if rag else None
        code, label = str(ref), str(name)
        exp.observations += observed(code, label, PERIODS, (q1, q2, q3, q4), goal, status)
        exp.add_meta(code, label, _polarity(label), None)
        row += 1
    notes = (
        "RAG: G = target met; A = within 5% of target; R = more than 5% short of target.",
        "Q4 figures will be added for the June meeting.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 70, "G": 10, "H": 6, "I": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
