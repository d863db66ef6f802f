"""Contract KPIs by supplier: threshold and target, two quarters' scores, service credits owed, a RAG."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# supplier, contract, KPI ref, KPI, threshold, target, Q1 score, Q2 score, service credit (£), RAG (Q2)
ROWS: tuple[tuple[object, ...], ...] = (
    ("Greenway Environmental Ltd", "Waste Collection and Street Cleansing (CON-0412)", "WC01",
     "Missed collections per 100,000 collections scheduled", 80, 50, 61.0, 47.0, 0, "Green"),
    ("Greenway Environmental Ltd", "Waste Collection and Street Cleansing (CON-0412)", "WC02",
     "Missed collections put right within 24 hours (%)", 90, 95, 93.8, 88.2, 2450.0, "Red"),
    ("Greenway Environmental Ltd", "Waste Collection and Street Cleansing (CON-0412)", "WC03",
     "Relevant land inspected at grade B or above for litter (%)", 88, 92, 91.0, 90.5, 0, "Amber"),
    ("Greenway Environmental Ltd", "Waste Collection and Street Cleansing (CON-0412)", "WC04",
     "Fly-tips on public land removed within 2 working days (%)", 85, 95, 96.4, 97.1, 0, "Green"),
    ("Meridian Facilities Management", "Corporate Buildings FM (CON-0388)", "FM01",
     "Priority 1 reactive repairs attended within 4 hours (%)", 95, 98, 99.0, 96.5, 0, "Amber"),
    ("Meridian Facilities Management", "Corporate Buildings FM (CON-0388)", "FM02",
     "Planned preventative maintenance tasks completed on schedule (%)", 85, 95, 82.7, 84.1, 1180.5, "Red"),
    ("Meridian Facilities Management", "Corporate Buildings FM (CON-0388)", "FM03",
     "Statutory compliance certificates in date (%)", 100, 100, 100.0, 100.0, 0, "Green"),
    ("Castlegate Leisure Trust", "Leisure Centres Management (CON-0290)", "LS01",
     "Leisure centre visits", 210000, 225000, 231412.0, 219870.0, 0, "Amber"),
    ("Castlegate Leisure Trust", "Leisure Centres Management (CON-0290)", "LS02",
     "Customer satisfaction with leisure centres (%)", 80, 85, "Survey in Q2", 87.0, 0, "Green"),
    ("Northpoint IT Services Ltd", "ICT Managed Service (CON-0451)", "ICT01",
     "Core systems availability in service hours (%)", 99.5, 99.8, 99.91, 99.62, 0, "Amber"),
    ("Northpoint IT Services Ltd", "ICT Managed Service (CON-0451)", "ICT02",
     "Priority 1 incidents resolved within 4 hours (%)", 90, 95, 87.5, 83.3, 3400.0, "Red"),
    ("Northpoint IT Services Ltd", "ICT Managed Service (CON-0451)", "ICT03",
     "Service desk calls answered within 30 seconds (%)", 80, 90, 91.2, 92.6, 0, "Green"),
)  # fmt: skip

HEADER = (
    "Supplier",
    "Contract",
    "KPI ref",
    "KPI",
    "Threshold (minimum acceptable)",
    "Target",
    "Q1 24/25 Score",
    "Q2 24/25 Score",
    "Service credit (\u00a3)",
    "RAG",
)


def build(path: Path) -> Expected:
    """Imitates a contract management report on outsourced services to an audit committee.

    Councils monitor outsourced contracts against the KPIs in each contract's
    performance schedule: the supplier and contract, the KPI's reference in
    the schedule, a Threshold (the minimum acceptable level, below which a
    service credit is deducted) and a Target, the score for each quarter, the
    service credit deducted this quarter in pounds and a RAG (Green at or
    better than target, Amber between threshold and target, Red past the
    threshold). A careful reader takes the two scores as the KPI's figures
    and the Target as its target for both quarters; the threshold is a second
    level, not a target, and the service credit is money the supplier owes,
    not a figure of the KPI. The RAG belongs to Q2. The leisure satisfaction
    survey runs once in Q2, so its Q1 cell says so in words. The total of
    service credits under the table is not a KPI.
    """
    book, sheet = new_book("Contract KPIs")
    title(sheet, "A1", "Contract Management - Supplier KPI Performance, Quarter 2 2024/25")
    sheet["A2"] = (
        "KPIs as set out in Schedule 4 (Performance Management Framework) of each contract. "
        "Service credits are deducted from the following month's invoice."
    )
    put_row(sheet, 4, 1, list(HEADER), bold=True)
    exp = Expected([])
    credits = 0.0
    for i, (sup, con, ref, kpi, threshold, target, q1, q2, credit, rag) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [sup, con, ref, kpi, threshold, target, q1, q2, credit, rag])
        sheet.cell(row=row, column=9).number_format = "\u00a3#,##0.00"
        credits += float(str(credit))
        code, name, tgt = str(ref), str(kpi), float(str(target))
        for label, score in zip(QUARTERS, (q1, q2), strict=True):
            latest = label == QUARTERS[-1]
            exp.observations.append(
                Obs(
                    code,
                    name,
                    label,
                    score if isinstance(score, float) else None,
                    None if isinstance(score, float) else str(score),
                    tgt,
                    RAG[str(rag)] if latest else None,
                )
            )
    total_row = 5 + len(ROWS)
    put_row(sheet, total_row, 1, ["Total service credits, Q2 2024/25"], bold=True)
    put_row(sheet, total_row, 9, [credits], bold=True)
    sheet.cell(row=total_row, column=9).number_format = "\u00a3#,##0.00"
    sheet.cell(
        row=total_row + 2,
        column=1,
        value="RAG: Green = target met; Amber = below target but at or above threshold; "
        "Red = below threshold (service credit applies).",
    )
    for col, width in (("A", 30), ("B", 44), ("D", 60)):
        sheet.column_dimensions[col].width = width
    save(book, path)
    return exp
