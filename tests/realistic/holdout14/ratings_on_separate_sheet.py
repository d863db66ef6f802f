"""Figures on one sheet; each indicator's quarterly RAG on a 'RAG status' sheet keyed by code, in another order."""

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
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
STATUS_HEAD_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# the figures sheet, in the services' order:
# code, indicator, service, unit, Q1, Q2, Q3, target 2024/25, comment
DATA: tuple[tuple[object, ...], ...] = (
    ("HS01", "Households prevented from becoming homeless through council intervention", "Housing", "No.", 48, 55, 51, 45, None),
    ("HS02", "Households in bed and breakfast accommodation at the end of the quarter", "Housing", "No.", 14, 19, 23, 10,
     "Rising demand from private rented sector evictions."),
    ("HS03", "Average days to re-let council homes (excluding major works)", "Housing", "Days", 31.4, 28.9, 26.5, 28.0, None),
    ("HS04", "Council homes with a valid gas safety certificate", "Housing", "%", 99.8, 100.0, 99.6, 100.0,
     "7 properties where access was refused; legal action under way."),
    ("EN01", "Household waste sent for reuse, recycling and composting", "Environment", "%", 45.2, 46.8, 41.3, 46.0,
     "Garden waste tonnage falls in the autumn."),
    ("EN02", "Missed bin collections per 100,000 collections", "Environment", "No.", 38, 44, 57, 50,
     "New rounds introduced on 4 November."),
    ("EN03", "Fly-tips removed within 2 working days", "Environment", "%", 91.5, 93.0, 94.6, 90.0, None),
    ("EN04", "Electric vehicle charge points installed in council car parks (cumulative)", "Environment", "No.", None, 12, 18, None,
     "New indicator from Q2."),
    ("PL01", "Major planning applications determined in 13 weeks or an agreed time", "Planning", "%", 87.5, 90.0, 100.0, 80.0, None),
    ("PL02", "Non-major planning applications determined in 8 weeks or an agreed time", "Planning", "%", 84.2, 81.7, 79.9, 85.0,
     "Two planning officer vacancies."),
    ("CU01", "Calls to the customer service centre answered within 60 seconds", "Customer Services", "%", 72.6, 69.1, 76.2, 80.0, None),
    ("CU02", "Complaints responded to within 10 working days", "Customer Services", "%", 88.0, 91.3, "Awaiting data", 90.0,
     "Q3 report from the complaints system not yet run."),
    ("RV01", "Council Tax Reduction claims processed within 14 days", "Revenues and Benefits", "%", 82.3, 85.0, 87.4, 85.0, None),
    ("RV02", "Average days to process Housing Benefit changes of circumstance", "Revenues and Benefits", "Days", 8.2, 7.5, 6.9, 8.0, None),
)  # fmt: skip

# the ratings sheet, kept by the Corporate Performance Team in short-title order:
# code, short title, Q1, Q2, Q3, assessed by
STATUS: tuple[tuple[object, ...], ...] = (
    ("HS02", "B&B placements", "Red", "Red", "Red", "CPT / Housing"),
    ("CU01", "Call answering", "Red", "Red", "Amber", "CPT"),
    ("RV01", "CTR claims in 14 days", "Amber", "Green", "Green", "CPT"),
    ("CU02", "Complaints response", "Amber", "Green", None, "CPT"),
    ("HS05", "Empty homes back in use", "Amber", "Amber", "Withdrawn", "CPT / Housing"),
    ("EN03", "Fly-tips removed", "Green", "Green", "Green", "CPT"),
    ("HS04", "Gas safety compliance", "Amber", "Green", "Amber", "CPT / Housing"),
    ("RV02", "HB changes", "Amber", "Green", "Green", "CPT"),
    ("HS01", "Homelessness prevention", "Green", "Green", "Green", "CPT / Housing"),
    ("PL01", "Major applications", "Green", "Green", "Green", "CPT / Planning"),
    ("EN02", "Missed bins", "Green", "Green", "Red", "CPT"),
    ("PL02", "Non-major applications", "Amber", "Amber", "Red", "CPT / Planning"),
    ("EN01", "Recycling rate", "Amber", "Green", "Red", "CPT"),
    ("HS03", "Re-let times", "Red", "Amber", "Green", "CPT / Housing"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly KPI workbook whose ratings another team keeps.

    Services enter their figures on a 'Performance data' sheet: Code,
    Indicator, Service, Unit, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25'
    and Comments, in service order. The ratings are not theirs to give:
    the Corporate Performance Team assesses each indicator each quarter
    and keeps its own 'RAG status' sheet in the same workbook, titled for
    2024/25, with PI code, a short title, bare Q1..Q4 columns of filled
    Green/Amber/Red words (Q4 still empty), and who assessed it, sorted by
    short title, not by code. The team's sheet still lists an empty-homes
    indicator the services have dropped (HS05, 'Withdrawn' in Q3) and does
    not yet list the electric vehicle charge points added in Q2 (EN04, no
    target). The Q3 complaints figure had not been run ('Awaiting data'),
    and its Q3 rating is blank.

    A careful reader joins the two sheets on the code: each figure takes
    the rating in its code's row and its quarter's column on the 'RAG
    status' sheet (Q3 there is Q3 2024/25, as its title says), and the
    single 'Target 2024/25' for every quarter. EN04 has no rating; HS05
    gives no observation (no figures); 'Awaiting data' is kept as the Q3
    text with no rating. Units come from the Unit column.
    """
    book, data = new_book("Performance data")
    title(data, "A1", "Test Valley Borough Council \u2013 Corporate KPIs, Quarter 3 2024/25")
    data["A2"] = "Figures as submitted by services, 10 January 2025"
    data["A2"].font = Font(italic=True)
    header = ["Code", "Indicator", "Service", "Unit", *QUARTERS, "Target 2024/25", "Comments"]
    put_row(data, 4, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        cell = data.cell(row=4, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    ratings = {str(rec[0]): rec[2:5] for rec in STATUS}
    exp = Expected([])
    for i, (code, name, service, unit, q1, q2, q3, target, comment) in enumerate(DATA):
        row = 5 + i
        put_row(data, row, 1, [code, name, service, unit, q1, q2, q3, target, comment])
        for col in range(1, len(header) + 1):
            data.cell(row=row, column=col).border = GRID
        for col in range(5, 9):
            cell = data.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
        rated = ratings.get(str(code), (None, None, None))
        for period, value, rating in zip(QUARTERS, (q1, q2, q3), rated, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    num(target),
                    RAG.get(str(rating)),
                )
            )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    widths = {"A": 8, "B": 66, "C": 22, "D": 6, "E": 11, "F": 11, "G": 11, "H": 11, "I": 50}
    for letter, width in widths.items():
        data.column_dimensions[letter].width = width
    data.freeze_panes = "C5"

    status = book.create_sheet("RAG status")
    status["A1"] = "RAG status 2024/25 \u2013 corporate performance indicators"
    status["A1"].font = Font(bold=True, size=12)
    status["A2"] = (
        "Assessed each quarter by the Corporate Performance Team with the service. "
        "Last updated 16/01/2025."
    )
    status["A2"].font = Font(italic=True, size=9)
    head = ["PI code", "Short title", "Q1", "Q2", "Q3", "Q4", "Assessed by"]
    put_row(status, 4, 1, head, bold=True)
    for col in range(1, len(head) + 1):
        cell = status.cell(row=4, column=col)
        cell.fill = STATUS_HEAD_FILL
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center")
    for j, (code, short, r1, r2, r3, who) in enumerate(STATUS):
        row = 5 + j
        put_row(status, row, 1, [code, short, r1, r2, r3, None, who])
        for col in range(1, len(head) + 1):
            status.cell(row=row, column=col).border = GRID
        for col, rating in ((3, r1), (4, r2), (5, r3)):
            cell = status.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if rating in RAG_FILL:
                rgb = RAG_FILL[str(rating)]
                cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
    key = 5 + len(STATUS) + 1
    status.cell(
        row=key,
        column=1,
        value="Green: on or better than target. Amber: within 5% of target. Red: more than 5% "
        "short of target.",
    ).font = Font(size=9)
    status.column_dimensions["A"].width = 9
    status.column_dimensions["B"].width = 28
    for letter in "CDEF":
        status.column_dimensions[letter].width = 10
    status.column_dimensions["G"].width = 16
    save(book, path)
    return exp
