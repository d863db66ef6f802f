"""A status column filled from an Excel data-validation drop-down ('Achieved' .. 'Not yet due'), with no key on the sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

SHEET = "Corporate KPIs"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
CHOICES = ("Achieved", "Partially achieved", "Not achieved", "Not yet due")
ASSESSMENT: dict[str, Rag | None] = {
    "Achieved": "green",
    "Partially achieved": "amber",
    "Not achieved": "red",
    "Not yet due": None,
}

# ref, KPI, 2023/24 actual, Q1, Q2, Q3, target 2024/25, assessment at Q3
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP1.1", "New homes completed in the borough", 612, 118, 164, 139, 150, "Partially achieved"),
    ("CP1.2", "Affordable homes delivered", 187, 41, 29, 52, 45, "Achieved"),
    ("CP1.3", "Major planning applications determined within 13 weeks or agreed timescale (%)", 92.9, 100, 87.5, 90.0, 90, "Achieved"),
    ("CP2.1", "Undisputed invoices paid within 30 days (%)", 94.2, 95.8, 93.9, 96.4, 97.0, "Partially achieved"),
    ("CP2.2", "Customer calls answered within 3 minutes (%)", 71.5, 66.0, 58.3, 61.2, 75, "Not achieved"),
    ("CP2.3", "Average days to process new housing benefit claims", 21.4, 19.8, 24.6, 26.1, 20, "Not achieved"),
    ("CP3.1", "Residual waste per household (kg)", 436, 109, 112, 104, 105, "Achieved"),
    ("CP3.2", "Carbon emissions from council operations (tonnes CO2e)", 4862, None, None, None, 4500, "Not yet due"),
    ("CP3.3", "Trees planted on council land", 2150, 0, 0, 1840, 2500, "Not yet due"),
    ("CP4.1", "Complaints answered within 10 working days (%)", 81.0, 84.6, 79.2, 88.3, 90, "Partially achieved"),
    ("CP4.2", "Working days lost to sickness per full-time employee", 9.1, 2.3, 2.1, 2.6, 2.0, "Not achieved"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's Corporate Plan KPI monitor kept by service managers.

    The performance team sends the template out each quarter; managers
    type their figures and pick the assessment from a drop-down on the
    'Assessment at Q3' column, an Excel data-validation list of four
    choices (Achieved, Partially achieved, Not achieved, Not yet due) with
    an input message. The sheet prints no key: the only statement of the
    scale is the validation list. The carbon figure is annual and not yet
    measured for 2024/25 ('Not yet due', quarters blank), and tree planting
    happens in the planting season, so it is 'Not yet due' with figures.

    A careful reader takes last year's actual (no target: the target names
    2024/25), the three quarters with the 2024/25 target, and reads the
    assessment as the Q3 rating: Achieved green, Partially achieved amber,
    Not achieved red, and 'Not yet due' as no rating.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tewkesbury Borough Council - Council Plan performance tracker 2024/25")
    sheet["A2"] = "Quarter 3 (October to December 2024) - Overview and Scrutiny Committee"
    header = ["Ref", "KPI", "2023/24 actual", *QUARTERS, "Target 2024/25", "Assessment at Q3"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    for i, (ref, name, last_year, q1, q2, q3, target, assessed) in enumerate(ROWS):
        r = 5 + i
        put_row(sheet, r, 1, [ref, name, last_year, q1, q2, q3, target, assessed])
        code, nm = str(ref), str(name)
        exp.observations.append(Obs(code, nm, "2023/24", float(str(last_year))))
        exp.observations += observed(
            code, nm, QUARTERS, (q1, q2, q3), float(str(target)), ASSESSMENT[str(assessed)]
        )
    last = 4 + len(ROWS)
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(CHOICES) + '"',
        allow_blank=True,
        showDropDown=False,
        showInputMessage=True,
        showErrorMessage=True,
        promptTitle="Assessment",
        prompt="Pick the assessment of the latest quarter against the annual target.",
        errorTitle="Not on the list",
        error="Choose Achieved, Partially achieved, Not achieved or Not yet due.",
    )
    choice.add(f"H5:H{last + 10}")
    sheet.add_data_validation(choice)
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["H"].width = 20
    save(book, path)
    return exp
