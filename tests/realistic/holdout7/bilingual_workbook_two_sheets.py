"""A Welsh council workbook holding the same scorecard twice: a 'Cymraeg' sheet and an 'English' sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

STATUS_CY: dict[str, str] = {"green": "Gwyrdd", "amber": "Ambr", "red": "Coch"}
STATUS_EN: dict[str, str] = {"green": "Green", "amber": "Amber", "red": "Red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# code, Welsh name, English name, Q1, Q2, Q3, target 2024/25, status (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("PAM/001",
     "Nifer y diwrnodau gwaith a gollwyd oherwydd absenoldeb salwch fesul gweithiwr yn y chwarter",
     "Working days lost to sickness absence per employee in the quarter",
     2.6, 2.4, 2.9, 2.6, "amber"),
    ("PAM/012",
     "Canran yr aelwydydd y llwyddwyd i'w hatal rhag bod yn ddigartref",
     "Percentage of households successfully prevented from becoming homeless",
     58.3, 61.9, 66.4, 60.0, "green"),
    ("PAM/015",
     "Nifer cyfartalog y diwrnodau calendr i ddarparu Grant Cyfleusterau i'r Anabl",
     "Average calendar days taken to deliver a Disabled Facilities Grant",
     241.0, 226.0, 252.0, 200.0, "red"),
    ("PAM/023",
     "Canran y sefydliadau bwyd sy'n cyrraedd safonau hylendid bwyd",
     "Percentage of food establishments which meet food hygiene standards",
     96.1, 96.4, 96.0, 95.0, "green"),
    ("PAM/030",
     "Canran y gwastraff a ailddefnyddiwyd, a ailgylchwyd neu a gompostiwyd",
     "Percentage of municipal waste reused, recycled or composted",
     67.2, 68.9, 63.5, 64.0, "amber"),
    ("PAM/035",
     "Nifer cyfartalog y diwrnodau gwaith i glirio achosion o dipio anghyfreithlon",
     "Average working days taken to clear fly-tipping incidents",
     1.8, 2.1, 1.6, 3.0, "green"),
    ("DSB/TAI04",
     "Cartrefi'r cyngor yn wag ar ddiwedd y chwarter",
     "Council homes empty at the end of the quarter",
     143.0, 131.0, 118.0, 100.0, "red"),
    ("DSB/CC02",
     "Canran y galwadau i'r ganolfan gyswllt a atebwyd o fewn 60 eiliad",
     "Percentage of contact centre calls answered within 60 seconds",
     71.4, 77.0, 74.9, 80.0, "amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county council's quarterly performance workbook published in both languages.

    Welsh councils publish under the Welsh Language Standards, and a common
    way is one workbook with the whole scorecard twice: a 'Cymraeg' sheet
    ('Cod', 'Mesur', 'Chwarter 1 2024-25', 'Targed 2024-25', 'Statws' with
    Gwyrdd/Ambr/Coch) and an 'English' sheet with the same codes, figures
    and layout in English. A careful reader sees one scorecard, not two: each
    code's figures once, for its quarter, with the 2024/25 target and the
    status for the latest quarter (the English names are used here; the code
    ties the two sheets together).
    """
    book, cy = new_book("Cymraeg")
    en = book.create_sheet("English")
    title(cy, "A1", "Cyngor Sir Ddinbych - Adroddiad Perfformiad Chwarterol 2024-25")
    title(en, "A1", "Denbighshire County Council - Quarterly Performance Report 2024-25")
    cy["A2"] = "Mesurau Atebolrwydd y Cyhoedd (PAM) a mesurau lleol"
    en["A2"] = "Public Accountability Measures (PAM) and local measures"
    put_row(cy, 4, 1, ["Cod", "Mesur", "Chwarter 1 2024-25", "Chwarter 2 2024-25",
                       "Chwarter 3 2024-25", "Targed 2024-25", "Statws"], bold=True)  # fmt: skip
    put_row(en, 4, 1, ["Code", "Measure", "Quarter 1 2024-25", "Quarter 2 2024-25",
                       "Quarter 3 2024-25", "Target 2024-25", "Status"], bold=True)  # fmt: skip
    exp = Expected([])
    for i, (code, name_cy, name_en, q1, q2, q3, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(cy, row, 1, [code, name_cy, q1, q2, q3, target, STATUS_CY[str(status)]])
        put_row(en, row, 1, [code, name_en, q1, q2, q3, target, STATUS_EN[str(status)]])
        rag: Rag = "green" if status == "green" else "amber" if status == "amber" else "red"
        exp.observations += observed(
            str(code), str(name_en), QUARTERS, (q1, q2, q3), float(str(target)), rag
        )
    foot = 5 + len(ROWS) + 1
    cy.cell(row=foot, column=1, value="Mae'r statws yn cymharu ffigur Chwarter 3 â'r targed.")
    en.cell(row=foot, column=1, value="Status compares the Quarter 3 figure with the target.")
    cy.cell(row=foot + 1, column=1, value="This information is also available in English.")
    en.cell(row=foot + 1, column=1, value="Mae'r wybodaeth hon ar gael yn Gymraeg hefyd.")
    for sheet in (cy, en):
        for r in (foot, foot + 1):
            sheet.cell(row=r, column=1).font = Font(italic=True, size=9)
        sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
