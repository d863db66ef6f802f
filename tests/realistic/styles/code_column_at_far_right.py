"""The indicator's reference code in the last column ('PI ref'), after commentary and owner."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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

SHEET = "Q2 Scorecard"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# A 1-tuple is a section row. Otherwise: indicator, 2023/24 outturn, Q1, Q2, target 2024/25,
# RAG, commentary, responsible officer, PI ref.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Economy and Growth",),
    ("Processing of major planning applications within 13 weeks (%)", 87.5, 100.0, 75.0, 80,
     "Amber", "3 of 4 in time; one delayed by a section 106 agreement.",
     "Head of Planning", "PLN/001"),
    ("Processing of minor planning applications within 8 weeks (%)", 81.2, 84.6, 88.1, 85, "Green",
     None, "Head of Planning", "PLN/002"),
    ("Planning appeals allowed (%)", 28.6, 33.3, 20.0, 30, "Green", None, "Head of Planning",
     "PLN/005"),
    ("Occupancy of council-owned industrial units (%)", 93.0, 94.1, 92.6, 95, "Amber",
     "Two units vacated at Brookfield.", "Estates Manager", "ECD/011"),
    ("Footfall in the town centre (monthly average)", 402118, 415930, "n/a", None, None,
     "Counter at Market Square out of action since August.", "Economic Development Manager",
     "ECD/014"),
    ("Environment",),
    ("Household waste sent for reuse, recycling and composting (%)", 44.1, 47.9, 46.3, 48, "Amber",
     None, "Waste and Recycling Manager", "ENV/020"),
    ("Missed bins per 100,000 collections", 62, 55, 71, 60, "Red",
     "Vehicle breakdowns during the heatwave.", "Waste and Recycling Manager", "ENV/021"),
    ("Fly-tipping incidents reported", 1218, 341, 366, None, None, "Information only.",
     "Street Scene Manager", "ENV/030"),
    ("Food premises rated 4 or 5 for hygiene (%)", 91.4, 92.0, 92.8, 90, "Green", None,
     "Environmental Health Manager", "ENV/041"),
    ("Corporate Health",),
    ("Average working days lost to sickness per FTE (rolling 12 months)", 9.8, 9.4, 10.2, 8.5,
     "Red", "Long-term absence accounts for 62%.", "HR Manager", "CH/101"),
    ("Council tax collected (cumulative %)", 97.1, 29.5, 56.9, 57.4, "Amber", None,
     "Revenues Manager", "CH/110"),
    ("Business rates collected (cumulative %)", 98.3, 31.6, 58.8, 58.0, "Green", None,
     "Revenues Manager", "CH/111"),
    ("Invoices paid within 30 days (%)", 95.2, 96.7, None, 97, "Amber",
     "Q2 figure awaiting reconciliation after the finance system upgrade.", "Finance Manager",
     "CH/120"),
    ("Staff turnover (%)", 12.9, 3.1, 6.4, None, None, "Cumulative; information only.",
     "HR Manager", "CH/125"),
    ("Customer complaints answered within 10 working days (%)", None, 78.0, 86.5, 90, "Amber",
     "New measure from April 2024.", "Customer Services Manager", "CH/130"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance scorecard to Overview and Scrutiny.

    Some councils' scorecards grew from a list of measures typed by name,
    with the performance system's reference added later in a column at the
    far right, after the commentary and the responsible officer: Indicator,
    'Outturn 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', a
    filled RAG word, Commentary, 'Responsible officer', 'PI ref' (codes such
    as 'PLN/001', 'ENV/020', 'CH/110'), under blue section rows.

    A careful reader takes the PI ref as each row's code wherever it sits.
    The outturn is 2023/24 (no target: the target names 2024/25); the
    quarters carry the target and the RAG goes on the latest figure
    (invoices' Q2 is blank, so its RAG falls on Q1). Footfall's Q2 is
    'n/a', unrated; information-only rows have no target. The complaints
    measure is new and has no outturn. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Corporate Performance Scorecard \u2013 Quarter 2 2024/25 (July to September)"
    )
    sheet["A2"] = "Overview and Scrutiny Committee, 12 November 2024"
    sheet["A2"].font = Font(italic=True)
    heads = ["Indicator", "Outturn 2023/24", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "RAG",
             "Commentary", "Responsible officer", "PI ref"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        name, outturn, q1, q2, target, rag, _comment, _owner, ref = spec
        put_row(sheet, row, 1, list(spec))
        if rag:
            fill(sheet, f"F{row}", RAG_FILL[str(rag)])
        sheet.cell(row=row, column=9).font = Font(color="FF595959", size=9)
        exp.observations += observed(str(ref), str(name), ("2023/24",), (outturn,))
        goal = float(target) if isinstance(target, int | float) else None
        exp.observations += observed(
            str(ref), str(name), PERIODS, (q1, q2), goal, RAG[str(rag)] if rag else None
        )
        row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: Green on or better than target; Amber within "
               "10% of target; Red more than 10% off target.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["A"].width = 62
    sheet.column_dimensions["G"].width = 50
    sheet.column_dimensions["H"].width = 28
    sheet.column_dimensions["I"].width = 10
    save(book, path)
    return exp
