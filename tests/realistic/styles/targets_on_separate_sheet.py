"""Actuals keyed by PI code on one sheet; each code's 2024/25 target and polarity on a separate 'Targets' sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import BOLD, Expected, Obs, Rag, new_book, num, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
POLARITY = {"Aim to maximise": "higher_is_better", "Aim to minimise": "lower_is_better"}

# PI code, service, indicator, 2023/24 outturn, Q1, Q2, Q3, RAG (Q3)
ACTUALS: tuple[tuple[object, ...], ...] = (
    ("WR01", "Waste and Recycling", "Household waste sent for reuse, recycling and composting (%)", 53.4, 55.1, 54.2, 51.8, "Amber"),
    ("WR02", "Waste and Recycling", "Missed collections per 100,000 collections made", 58.0, 49.0, 61.0, 55.0, "Green"),
    ("WR03", "Waste and Recycling", "Garden waste subscribers at the quarter end", 14210, 14876, 15012, 15030, "Green"),
    ("SS01", "Street Scene", "Fly-tips cleared within 2 working days of being reported (%)", 91.0, 93.5, 89.2, 94.8, "Amber"),
    ("SS02", "Street Scene", "Relevant land and highways with unacceptable levels of litter (%)", 4.0, 3.0, 5.0, 4.0, "Green"),
    ("EH01", "Environmental Health", "Food businesses rated 4 or 5 under the Food Hygiene Rating Scheme (%)", 94.1, 94.6, 95.0, 95.3, "Green"),
    ("EH02", "Environmental Health", "High-risk food hygiene inspections carried out when due (%)", 100.0, 96.0, 100.0, 92.3, "Red"),
    ("EH03", "Environmental Health", "Noise complaints responded to within 5 working days (%)", 88.0, 90.2, 86.5, 91.0, None),
    ("LI01", "Licensing", "Taxi and private hire driver applications decided within 28 days (%)", 82.0, 79.5, 85.0, 88.8, "Green"),
    ("LI02", "Licensing", "Licensed premises inspections carried out", 64, 18, 22, 15, None),
    ("PE01", "Planning Enforcement", "Enforcement complaints given a site visit within 10 working days (%)", None, 72.0, 76.4, 81.0, "Green"),
)  # fmt: skip

# PI code, short name, polarity, 2024/25 target, basis (sorted by code, as the Targets sheet is)
TARGETS: tuple[tuple[object, ...], ...] = (
    ("EH01", "Food hygiene 4 or 5 rated", "Aim to maximise", 95.0, "Corporate Plan 2024-2028"),
    ("EH02", "High-risk food inspections on time", "Aim to maximise", 100.0, "Food Law Code of Practice"),
    ("EH03", "Noise complaints - 5 day response", "Aim to maximise", "TBC", "New service standard being consulted on"),
    ("LI01", "Driver applications in 28 days", "Aim to maximise", 85.0, "Service plan"),
    ("PE01", "Enforcement site visits in 10 days", "Aim to maximise", 80.0, "Local Enforcement Plan"),
    ("SS01", "Fly-tips cleared in 2 days", "Aim to maximise", 95.0, "Service plan"),
    ("SS02", "Litter - unacceptable levels", "Aim to minimise", 4.0, "Corporate Plan 2024-2028"),
    ("WR01", "Recycling rate", "Aim to maximise", 55.0, "Corporate Plan 2024-2028"),
    ("WR02", "Missed collections", "Aim to minimise", 60.0, "Waste contract KPI"),
    ("WR03", "Garden waste subscribers", "Aim to maximise", 15000, "Budget 2024/25 income assumption"),
    ("WR04", "Residual waste per household (kg) - reported annually at Q4", "Aim to minimise", 390.0, "Corporate Plan 2024-2028"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly workbook whose targets live on their own sheet.

    Performance teams often keep a 'Targets' sheet that Cabinet approves
    once a year: each PI code with a short name, whether the aim is to
    maximise or minimise it, the year's target and where the target comes
    from, sorted by code. The quarterly sheet the services fill in carries
    only the codes, the indicators' full names, last year's outturn, the
    quarters so far and a RAG, with a line saying where the targets are.

    A careful reader joins the two sheets on the PI code: each quarter of
    2024/25 takes its code's 2024/25 target, the 2023/24 outturn takes none
    (the target is for 2024/25), and the polarity comes from the Targets
    sheet. A target of 'TBC' is no target; a code with no row on the Targets
    sheet (licensed premises inspections, a count) has no target or
    polarity; WR04 is reported only at year end and gives no observation;
    the RAG is Q3's. Enforcement site visits were first measured in 2024/25
    (blank outturn).
    """
    book, sheet = new_book("Q3 Performance")
    title(
        sheet,
        "A1",
        "Mid Devon District Council - Environment and Regulatory Services, Quarter 3 2024/25",
    )
    sheet["A2"] = "Targets and polarity for each PI are held on the 'Targets' sheet."
    sheet["A2"].font = Font(italic=True)
    header = ["PI Code", "Service", "Performance indicator", "2023/24 Outturn", *QUARTERS, "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    targets = {str(row[0]): row for row in TARGETS}
    exp = Expected([])
    for i, (code, service, name, outturn, q1, q2, q3, rag) in enumerate(ACTUALS):
        put_row(sheet, 5 + i, 1, [code, service, name, outturn, q1, q2, q3, rag])
        ref, nm = str(code), str(name)
        known = targets.get(ref)
        target = num(known[3]) if known else None
        if outturn is not None:
            exp.observations.append(Obs(ref, nm, "2023/24", num(outturn)))
        for label, value in zip(QUARTERS, (q1, q2, q3), strict=True):
            rating = RAG[str(rag)] if rag and label == QUARTERS[-1] else None
            exp.observations.append(Obs(ref, nm, label, num(value), None, target, rating))
        if known:
            exp.add_meta(ref, nm, POLARITY[str(known[2])], None)
    sheet.column_dimensions["C"].width = 70

    sheet2 = book.create_sheet("Targets")
    sheet2["A1"] = "Targets 2024/25 - approved by Cabinet, 16 April 2024"
    sheet2["A1"].font = BOLD
    put_row(
        sheet2,
        3,
        1,
        ["PI Code", "Short name", "Polarity", "2024/25 Target", "Target basis"],
        bold=True,
    )
    for j, row in enumerate(TARGETS):
        put_row(sheet2, 4 + j, 1, list(row))
    sheet2.column_dimensions["B"].width = 45
    sheet2.column_dimensions["E"].width = 40
    save(book, path)
    return exp
