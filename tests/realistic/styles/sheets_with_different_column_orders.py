"""A sheet per service, each laid out by its own service: columns in a different order under different words."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

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

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {
    "R": "red",
    "A": "amber",
    "G": "green",
    "Red": "red",
    "Amber": "amber",
    "Green": "green",
}
FILLS = {"red": RED_FILL, "amber": AMBER_FILL, "green": GREEN_FILL}

# code, indicator, target, Q1, Q2, Q3, RAG letter
WASTE: tuple[tuple[object, ...], ...] = (
    ("WR1", "Household waste reused, recycled or composted (%)", 52.0, 55.1, 54.3, 48.7, "A"),
    ("WR2", "Residual household waste collected per household (kg per quarter)", 105.0, 101.2, 99.8, 108.4, "A"),
    ("WR3", "Missed bin collections per 100,000 scheduled", 45, 38, 52, 61, "R"),
    ("WR4", "Reported fly-tips removed within 1 working day (%)", 95.0, 96.8, 97.2, 95.4, "G"),
    ("WR5", "Streets inspected meeting the litter standard (%)", 92.0, 93.0, None, 91.4, "A"),
)  # fmt: skip

# ref, performance measure, Q1, Q2, Q3, annual target, status
PLANNING: tuple[tuple[object, ...], ...] = (
    ("PL01", "Major applications determined within 13 weeks or an agreed extension (%)", 100.0, 83.3, 100.0, 70.0, "Green"),
    ("PL02", "Minor applications determined within 8 weeks or an agreed extension (%)", 78.4, 81.9, 74.0, 80.0, "Amber"),
    ("PL03", "Other applications determined within 8 weeks or an agreed extension (%)", 88.7, 90.3, 91.5, 90.0, "Green"),
    ("PL04", "Appeals allowed against the council's refusal (%)", 25.0, 33.3, 40.0, 30.0, "Red"),
    ("PL05", "Enforcement investigations closed within 12 weeks (%)", 61.4, 58.0, 66.7, 75.0, "Red"),
)  # fmt: skip

# measure, ref, Q1, Q2, Q3, trend, RAG status, target 2024/25, comments
HOUSING: tuple[tuple[object, ...], ...] = (
    ("Homelessness prevented where the prevention duty ended (%)", "HS1", 54.2, 49.8, 57.6, "Improving", "Amber", 60.0, None),
    ("Households in temporary accommodation at quarter end", "HS2", 87, 96, 104, "Worsening", "Red", 80, "Two hotels block-booked since November."),
    ("Average days to re-let council homes", "HS3", 34.5, 29.1, 27.8, "Improving", "Green", 30.0, None),
    ("Disabled facilities grants approved", "HS4", 18, 22, 19, "Declining", "Green", 15, None),
    ("Empty homes brought back into use", "HS5", 4, 7, 3, "Declining", "Red", 6, "Owner engagement paused while the officer post was vacant."),
)  # fmt: skip


def _top(sheet: Worksheet, service: str) -> None:
    title(sheet, "A1", "Teignbridge District Council")
    sheet["A2"] = f"{service} \u2013 performance indicators, Quarter 3 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)


def _head(sheet: Worksheet, row: int, header: list[str]) -> None:
    put_row(sheet, row, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=row, column=col).alignment = Alignment(wrap_text=True, horizontal="center")


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly scorecard assembled from each service's own sheet.

    When a performance officer gathers the quarter's returns into one
    workbook, each service's sheet keeps the layout its manager uses:
    'Waste & Recycling' puts the Target before the quarters ('Q1 24/25'..)
    and ends with a RAG letter; 'Planning' puts 'Annual target' after the
    quarters ('Q1 2024/25'..) and a 'Status' word; 'Housing' leads with the
    measure and then its ref, heads the quarters 'Qtr 1 2024/25'.., and has
    a 'Trend' word before the 'RAG status', with 'Target 2024/25' last but
    one and comments after it. One street cleanliness survey was not done
    in Q2 (blank).

    A careful reader reads each sheet by its own headings: every quarter is
    an observation with that row's target, and the RAG, Status or RAG status
    rates Q3. The trend word describes the direction of travel and is no
    figure.
    """
    book, waste = new_book("Waste & Recycling")
    exp = Expected([])

    _top(waste, "Waste and Recycling")
    _head(waste, 4, ["Code", "Indicator", "Target", "Q1 24/25", "Q2 24/25", "Q3 24/25", "RAG"])
    for i, (code, name, target, q1, q2, q3, rag) in enumerate(WASTE):
        r = 5 + i
        put_row(waste, r, 1, [code, name, target, q1, q2, q3, rag])
        fill(waste, f"G{r}", FILLS[RAG[str(rag)]])
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[str(rag)]
        )
    waste.cell(
        row=5 + len(WASTE) + 1,
        column=1,
        value="WR5: the Q2 cleanliness survey tranche was not carried out.",
    ).font = Font(italic=True, size=9)
    waste.column_dimensions["B"].width = 60

    planning = book.create_sheet("Planning")
    _top(planning, "Planning and Development")
    _head(
        planning,
        4,
        ["Ref", "Performance measure", *QUARTERS, "Annual target", "Status"],
    )
    for i, (ref, name, q1, q2, q3, target, status) in enumerate(PLANNING):
        r = 5 + i
        put_row(planning, r, 1, [ref, name, q1, q2, q3, target, status])
        fill(planning, f"G{r}", FILLS[RAG[str(status)]])
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[str(status)]
        )
    planning.column_dimensions["B"].width = 66

    housing = book.create_sheet("Housing")
    _top(housing, "Housing Services")
    header = [
        "Measure",
        "Ref",
        "Qtr 1 2024/25",
        "Qtr 2 2024/25",
        "Qtr 3 2024/25",
        "Trend",
        "RAG status",
        "Target 2024/25",
        "Comments",
    ]
    _head(housing, 4, header)
    for i, (name, ref, q1, q2, q3, trend, rag, target, note) in enumerate(HOUSING):
        r = 5 + i
        put_row(housing, r, 1, [name, ref, q1, q2, q3, trend, rag, target, note])
        fill(housing, f"G{r}", FILLS[RAG[str(rag)]])
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[str(rag)]
        )
    housing.cell(
        row=5 + len(HOUSING) + 1,
        column=1,
        value="Trend compares Quarter 3 with Quarter 2.",
    ).font = Font(italic=True, size=9)
    housing.column_dimensions["A"].width = 60
    housing.column_dimensions["I"].width = 50
    save(book, path)
    return exp
