"""A 'Key headlines' block at the top repeats five indicators' latest figures from the full table below."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Children & Families"
HEADINGS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# code, indicator, target, Q1, Q2, Q3, status (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CF01", "Children in need per 10,000 children aged under 18", None, 348.2, 355.6, 361.0, None),
    ("CF02", "Child and family assessments completed within 45 working days (%)", 90, 87.4, 91.2, 92.8, "Green"),
    ("CF03", "Referrals that were re-referrals within 12 months (%)", 22, 24.1, 23.5, 21.9, "Green"),
    ("CF04", "Child protection plans open for two years or more (%)", 4, 3.1, 4.6, 5.2, "Red"),
    ("CF05", "Children starting a child protection plan for a second or later time (%)", 20, 18.7, 22.4, 20.8, "Amber"),
    ("CF06", "Children looked after per 10,000 children aged under 18", None, 96.4, 97.1, 98.8, None),
    ("CF07", "Children looked after with three or more placements in the last 12 months (%)", 10, 9.4, 10.1, 11.8, "Red"),
    ("CF08", "Care leavers aged 19 to 21 in education, employment or training (%)", 55, 52.3, 54.6, 56.9, "Green"),
    ("CF09", "Initial health assessments held within 20 working days of entering care (%)", 80, 61.5, 70.0, 68.4, "Red"),
    ("CF10", "Social worker posts vacant (%)", 15, 17.2, 16.0, 15.4, "Amber"),
    ("CF11", "New foster carer households approved in the quarter", 6, 2, 4, 3, "Red"),
)  # fmt: skip
HEADLINES = ("CF02", "CF04", "CF07", "CF08", "CF09")


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly children's services report to scrutiny.

    The sheet opens with 'Key headlines': a short block the director picks
    out for the front page, five measures each with its latest figure
    (Quarter 3), its target and its status. Under it comes the full table
    of all eleven measures with three quarters of figures, a Target and a
    Status for the latest quarter. The headline rows repeat the full table's
    names and figures exactly; they carry no code.

    A careful reader takes the full table as the scorecard and the block at
    the top as a summary of it: the five headline figures are the same Q3
    figures, not further observations and not other indicators. The two
    rates per 10,000 are reported for context, with no target or status.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Halton Borough Council \u2013 Children and Families Services")
    sheet["A2"] = "Quarterly performance report 2024/25: Quarter 3 (October to December 2024)"
    sheet["B4"] = "Key headlines \u2013 Quarter 3"
    sheet["B4"].font = Font(bold=True, size=12)
    put_row(sheet, 5, 2, ["Measure", "Latest (Q3)", "Target", "Status"], bold=True)
    by_code = {str(r[0]): r for r in ROWS}
    for i, key in enumerate(HEADLINES):
        _, name, target, _, _, q3, status = by_code[key]
        put_row(sheet, 6 + i, 2, [name, q3, target, status])
    start = 6 + len(HEADLINES) + 2
    sheet.cell(row=start, column=1, value="All measures").font = Font(bold=True, size=12)
    put_row(sheet, start + 1, 1, ["Code", "Measure", *HEADINGS, "Target", "Status"], bold=True)
    exp = Expected([])
    for i, (code, name, target, *quarters, status) in enumerate(ROWS):
        put_row(sheet, start + 2 + i, 1, [code, name, *quarters, target, status])
        goal = None if target is None else float(str(target))
        rag = None if status is None else RAG[str(status)]
        exp.observations += observed(str(code), str(name), HEADINGS, quarters, goal, rag)
    foot = start + 3 + len(ROWS)
    sheet.cell(
        row=foot,
        column=1,
        value="Status is against target for the latest quarter: Green met, Amber within 10%, Red further.",
    ).font = Font(size=9)
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Source: children's social care case management system; workforce figures from HR.",
    ).font = Font(size=9)
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
