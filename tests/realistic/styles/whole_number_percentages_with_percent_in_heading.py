"""Percentages typed as plain numbers (85, 92.5); the '%' only in the name, a heading or a Unit column."""

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

SHEET = "Customer KPIs"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days", "\u00a3": "\u00a3"}
SECTION = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")

# A 1-tuple is a section row. Otherwise: code, measure, unit, Q1, Q2, Q3, target, RAG, comment.
# Every figure is typed as a plain number with the General format: 85 means 85%.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Contact Centre",),
    ("CC1", "% of calls answered within 20 seconds", None, 71, 64.5, 78, 80, "Amber",
     "New starters signed off in November."),
    ("CC2", "Calls received", "No.", 48213, 51904, 44870, None, None, "Information only."),
    ("CC3", "Abandoned calls (%)", None, 6.2, 8.9, 4.8, 5, "Green", None),
    ("CC4", "Webchats handled", "No.", 3120, 3544, 2987, None, None, None),
    ("CC5", "Customers satisfied with their contact (post-call survey)", "%", 88, 86, 91, 85,
     "Green", None),
    ("Revenues and Benefits",),
    ("RB1", "Council tax collected", "%", 29.4, 57.1, 84.3, 84.8, "Amber", "Cumulative."),
    ("RB2", "Business rates collected", "%", 31, 58.6, 86.2, 85.5, "Green", "Cumulative."),
    ("RB3", "New benefit claims processed (days)", "Days", 19.2, 17.5, 16.1, 18, "Green", None),
    ("RB4", "Benefit claims processed accurately", "%", 97, 98.5, 96, 98, "Amber", None),
    ("RB5", "Council tax reduction claimants", "No.", 9412, 9388, 9457, None, None,
     "Information only."),
    ("Digital and Complaints",),
    ("DC1", "Transactions completed online", "%", 62, 64, "n/a", 65, None,
     "Web analytics unavailable after the platform upgrade."),
    ("DC2", "Stage 1 complaints answered within 10 working days", "%", 82.5, 90, 93.3, 90,
     "Green", None),
    ("DC3", "Stage 2 complaints received", "No.", 14, 9, 11, None, None, None),
    ("DC4", "Freedom of Information requests answered in 20 working days", "%", 92.5, 89, None,
     90, "Red", "Q3 figure being validated."),
    ("DC5", "Complaints upheld or partly upheld by the Ombudsman", "No.", 1, 0, 2, 0, "Red", None),
)  # fmt: skip


# Second sheet: every measure a percentage, the unit only in the quarter headings 'Q1 (%)'.
HOUSING: tuple[tuple[object, ...], ...] = (
    ("HO1", "Homelessness cases prevented or relieved", 58, 61.5, 63, 60, "Green"),
    ("HO2", "Rent collected from council tenants", 96.8, 97.4, 98.1, 98.5, "Amber"),
    ("HO3", "Repairs completed right first time", 84, 81, 79.5, 85, "Red"),
    ("HO4", "Tenants satisfied with the repairs service", 90, None, 92, 90, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's customer services quarterly KPI sheet typed by hand.

    Kept by a Customer Services manager for the Resources Overview and
    Scrutiny Panel: Code, Measure, Unit ('%', 'No.', 'Days'), 'Q1', 'Q2',
    'Q3', 'Target', a filled RAG word and comments, under yellow service
    rows, with a red note under the title 'Percentages are shown as whole
    numbers (e.g. 85 = 85%)'. Every percentage is typed as a plain number
    (71, 64.5, 92.5) in the General format, never as 0.71 or with a percent
    format; the unit stands only in the Unit column, or, where the Unit cell
    was left blank, in the measure's own name ('% of calls answered within
    20 seconds', 'Abandoned calls (%)'). Counts (calls received, webchats,
    claimants, complaints) sit in the same columns as the percentages.

    A careful reader takes 71 under a '%' measure as 71 per cent, 71.0 in
    points, and a count as a count; units from the Unit column, and '%' for
    the two measures whose names carry it. Quarters are Q1-Q3 2024/25 from
    the title; the single target applies to each quarter and the RAG to the
    latest figure (FOI's Q3 is blank, so its RAG falls on Q2). Online
    transactions' Q3 is 'n/a', unrated. Information-only counts have no
    target. No polarity stated.

    A second sheet, 'Housing KPIs', has no Unit column: Ref, Measure, 'Q1
    (%)', 'Q2 (%)', 'Q3 (%)', 'Target (%)', RAG; its plain numbers (58,
    96.8) are per cent by the headings, unit '%' for each. The satisfaction
    survey was not run in Q2 (blank).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Customer Services \u2013 Key Performance Indicators 2024/25, Quarter 3")
    sheet["A2"] = "Resources Overview and Scrutiny Panel, 28 January 2025"
    sheet["A3"] = "Percentages are shown as whole numbers (e.g. 85 = 85%)."
    sheet["A3"].font = Font(italic=True, color="FFC00000")
    heads = ["Code", "Measure", "Unit", "Q1", "Q2", "Q3", "Target", "RAG", "Comment"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(horizontal="center")
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, unit, q1, q2, q3, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        goal = float(target) if isinstance(target, int | float) else None
        exp.observations += observed(
            str(code), str(name), PERIODS, (q1, q2, q3), goal, RAG[str(rag)] if rag else None
        )
        unit_word = UNIT[str(unit)] if unit else ("%" if "%" in str(name) else None)
        exp.add_meta(str(code), str(name), None, unit_word)
        row += 1
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["I"].width = 50
    other = book.create_sheet("Housing KPIs")
    title(other, "A1", "Housing Options and Landlord Services \u2013 Quarter 3 2024/25")
    heads2 = ["Ref", "Measure", "Q1 (%)", "Q2 (%)", "Q3 (%)", "Target (%)", "RAG"]
    put_row(other, 3, 1, heads2, bold=True)
    for k, spec in enumerate(HOUSING):
        code, name, q1, q2, q3, target, rag = spec
        put_row(other, 4 + k, 1, list(spec))
        fill(other, f"G{4 + k}", RAG_FILL[str(rag)])
        goal = float(target) if isinstance(target, int | float) else None
        exp.observations += observed(
            str(code), str(name), PERIODS, (q1, q2, q3), goal, RAG[str(rag)]
        )
        exp.add_meta(str(code), str(name), None, "%")
    other.column_dimensions["B"].width = 50
    save(book, path)
    return exp
