"""A KPI scorecard on the first sheet and the service's risk register, scored and rated, on the second."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

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

KPI_SHEET = "KPIs Q2"
RISK_SHEET = "Risk Register"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# code, measure, Q1, Q2, target, RAG (Q2)
KPIS: tuple[tuple[object, ...], ...] = (
    ("ENV01", "Household waste sent for reuse, recycling and composting (%)", 46.2, 47.9, 48.0, "A"),
    ("ENV02", "Bins missed per 100,000 collections", 41, 36, 45, "G"),
    ("ENV03", "Fly-tipping incidents removed within 3 working days (%)", 89.5, 93.1, 95.0, "A"),
    ("ENV04", "Streets at or above grade B for litter (%)", 91.0, 94.0, 92.0, "G"),
    ("ENV05", "Food premises rated 4 or 5 for hygiene (%)", 94.6, 95.2, 95.0, "G"),
    ("ENV06", "High-risk food inspections completed on time (%)", 82.0, 76.5, 100.0, "R"),
    ("ENV07", "Noise complaints with first contact within 5 working days (%)", 97.0, None, 95.0, None),
    ("ENV08", "Abandoned vehicles investigated within 48 hours (%)", 100.0, 98.4, 95.0, "G"),
)  # fmt: skip

# ref, risk, likelihood, impact, score, RAG, owner, controls
RISKS: tuple[tuple[object, ...], ...] = (
    ("ENV-R01", "Loss of the dry recycling contract outlet when the reprocessor's contract ends in March 2025", 3, 4, 12, "Amber",
     "Head of Waste", "Joint procurement with Norfolk Waste Partnership under way; interim outlet agreed to 30 June 2025."),
    ("ENV-R02", "Refuse vehicle fleet breakdowns disrupting collections (11 of 24 vehicles over 7 years old)", 4, 3, 12, "Amber",
     "Fleet Manager", "Two spare vehicles on short-term hire; replacement programme approved by Cabinet 9 July 2024."),
    ("ENV-R03", "Shortage of qualified environmental health officers delays high-risk food inspections", 4, 4, 16, "Red",
     "Environmental Health Manager", "Agency inspector until 31 March 2025; apprentice EHO started September 2024."),
    ("ENV-R04", "Serious injury to a crew member or the public during collections", 2, 5, 10, "Amber",
     "Head of Waste", "Safe systems of work reviewed annually; 98% of crews through refresher training."),
    ("ENV-R05", "Extended Producer Responsibility payments lower than budgeted (\u00a31.1m assumed)", 3, 3, 9, "Amber",
     "Finance Business Partner", "Prudent assumption in the medium term financial plan; monitoring Defra notices."),
    ("ENV-R06", "Data breach from the environmental health case management system", 1, 4, 4, "Green",
     "Information Governance Lead", "System moved to the council's hosted platform; annual penetration test passed."),
)  # fmt: skip

RISK_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}


def build(path: Path) -> Expected:
    """Imitates a district council's environmental services quarterly workbook.

    Service managers send one workbook each quarter: the first sheet is the
    KPI scorecard (Code, Measure, Q1 and Q2 2024/25, Target, RAG for Q2),
    the second is the service's risk register as the corporate risk
    framework asks for it: risk reference, description, likelihood and
    impact scored 1 to 5, their product as the risk score, a RAG band
    coloured in, the risk owner and the controls in place. One measure's Q2
    figure was not ready, so its cell and RAG are blank.

    A careful reader takes the KPI sheet's figures with the target for both
    quarters and the RAG for Q2. The risk register holds no performance
    indicators: its likelihoods, impacts, scores and RAG bands describe
    risks, not results, and give no observations.
    """
    book, sheet = new_book(KPI_SHEET)
    title(sheet, "A1", "Breckland Council - Environmental Services Performance, Quarter 2 2024/25")
    put_row(
        sheet, 3, 1, ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"], bold=True
    )
    exp = Expected([])
    for i, (code, name, q1, q2, target, rag) in enumerate(KPIS):
        put_row(sheet, 4 + i, 1, [code, name, q1, q2, target, rag])
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2), float(str(target)), RAG.get(str(rag))
        )
    sheet.cell(
        row=4 + len(KPIS) + 1,
        column=1,
        value="ENV07: Q2 figure to follow once the new case system report is validated.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 62

    risks = book.create_sheet(RISK_SHEET)
    title(
        risks, "A1", "Environmental Services - Service Risk Register (reviewed 30 September 2024)"
    )
    header = ["Risk ref", "Risk description", "Likelihood (1-5)", "Impact (1-5)", "Risk score",
              "RAG", "Risk owner", "Existing controls"]  # fmt: skip
    put_row(risks, 3, 1, header, bold=True)
    for i, risk in enumerate(RISKS):
        row = 4 + i
        put_row(risks, row, 1, list(risk))
        fill(risks, f"F{row}", RISK_FILL[str(risk[5])])
        for col in (2, 8):
            risks.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    foot = 4 + len(RISKS) + 1
    risks.cell(
        row=foot,
        column=1,
        value="Risk score = likelihood x impact. Red 15-25, Amber 8-14, Green 1-7.",
    ).font = Font(italic=True, size=9)
    risks.column_dimensions["B"].width = 60
    risks.column_dimensions["H"].width = 60
    save(book, path)
    return exp
