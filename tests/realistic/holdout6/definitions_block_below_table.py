"""A public health scorecard with a 'Definitions' block under the table: each code with a sentence full of figures."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import BOLD, Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# code, indicator, Q1, Q2, Q3, target, RAG rating (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("PH01", "NHS Health Checks offered to the eligible population (%)", 5.4, 5.1, 4.8, 5.0, "Amber"),
    ("PH02", "NHS Health Checks received by the eligible population (%)", 2.6, 2.4, 2.5, 2.5, "Green"),
    ("PH03", "Adults in drug treatment leaving successfully (opiate users, %)", 4.9, 5.3, 5.6, 6.0, "Amber"),
    ("PH04", "Adults in alcohol treatment leaving successfully (%)", 37.2, 35.0, 33.1, 38.0, "Red"),
    ("PH05", "Smokers setting a quit date who have quit at 4 weeks (%)", 54.0, 57.5, 59.2, 55.0, "Green"),
    ("PH06", "New birth visits by a health visitor within 14 days (%)", 91.3, 88.7, 90.4, 90.0, "Green"),
    ("PH07", "Infants totally or partially breastfed at 6-8 weeks (%)", 46.8, 47.9, None, 50.0, None),
    ("PH08", "Sexual health clinic attendances seen within 48 hours (%)", 97.0, 98.2, 98.6, 95.0, "Green"),
    ("PH09", "Children in Reception measured by the NCMP", 2814.0, 4.0, 11.0, None, None),
    ("PH10", "Mothers smoking at time of delivery (%)", 9.8, 10.4, 10.9, 9.0, "Red"),
)  # fmt: skip

DEFINITIONS = (
    (
        "PH01",
        "Number of people aged 40 to 74 offered a Health Check in the quarter as a "
        "percentage of the eligible population (approximately 152,300 people in 2024/25). "
        "The target of 5% a quarter equates to 20% of the eligible population over the year.",
    ),
    (
        "PH02",
        "Number of people aged 40 to 74 who received a Health Check in the quarter as a "
        "percentage of the eligible population; the national ambition is 75% take-up over 5 years.",
    ),
    (
        "PH03",
        "Opiate clients who left treatment successfully and did not re-present within 6 "
        "months, as a percentage of all opiate clients in treatment (rolling 12 months).",
    ),
    (
        "PH04",
        "Alcohol-only clients who left treatment successfully and did not re-present within "
        "6 months, as a percentage of all alcohol-only clients in treatment (rolling 12 months).",
    ),
    (
        "PH05",
        "Self-reported 4-week quitters as a percentage of people setting a quit date; quit "
        "status is checked 25 to 42 days after the quit date.",
    ),
    (
        "PH06",
        "Babies receiving a new birth visit within 14 days of birth; visits between 15 and "
        "30 days are reported separately and are not counted here.",
    ),
    (
        "PH07",
        "Infants totally or partially breastfed at the 6-8 week review as a percentage of "
        "infants due a review. Q3 data are not published until March.",
    ),
    (
        "PH08",
        "Attendances at the integrated sexual health service offered an appointment within "
        "2 working days (48 hours) of first contact.",
    ),
    (
        "PH09",
        "Count of Reception-year children (aged 4-5) weighed and measured in the quarter; most "
        "measurement takes place in the summer term (Q1), so quarterly counts vary widely. No target.",
    ),
    (
        "PH10",
        "Women known to be smokers at the time of delivery per 100 maternities; the England "
        "average in 2023/24 was 7.4%.",
    ),
)

NOTES = (
    "1. RAG rating: Green = target met; Amber = within 10% of target; Red = more than 10% "
    "from target. The rating is for the most recent quarter.",
    "2. Figures for Q3 2024/25 (October-December 2024) are provisional and may change.",
    "3. Sources: OHID Fingertips, NDTMS, local provider returns.",
)


def build(path: Path) -> Expected:
    """Imitates a county council public health quarterly performance report to a health scrutiny committee.

    Public health scorecards carry a 'Definitions' block under the table:
    each indicator's code in the first column and a sentence defining it,
    usually merged across the width of the table, full of numbers (ages
    40 to 74, 14 days, 6 months, 152,300 people, 75% over 5 years), then
    a 'Notes' block numbered 1., 2., 3. A careful reader takes the figures
    from the table only: the three quarters with the single target, the
    RAG rating for the latest quarter (the notes say so), a blank Q3 cell
    as no figure yet, and the definitions and notes as words about the
    indicators, not more rows of the table. The Reception count has no
    target and no rating.
    """
    book, sheet = new_book("PH Scorecard")
    title(sheet, "A1", "Nottinghamshire County Council - Public Health Performance Scorecard")
    sheet["A2"] = "Quarter 3 2024/25 (data to 31 December 2024)"
    header = ["Code", "Indicator", *QUARTERS, "Target", "RAG rating"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, q1, q2, q3, target, rag) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [code, name, q1, q2, q3, target, rag])
        if code == "PH09":
            sheet.cell(row=row, column=3).number_format = "#,##0"
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2, q3),
            None if target is None else float(str(target)),
            RAG[str(rag)] if rag else None,
        )  # fmt: skip
    row = 5 + len(ROWS) + 1
    sheet.cell(row=row, column=1, value="Definitions").font = BOLD
    for code, text in DEFINITIONS:
        row += 1
        sheet.cell(row=row, column=1, value=code)
        sheet.cell(row=row, column=2, value=text).alignment = Alignment(wrap_text=True)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        sheet.row_dimensions[row].height = 30
    row += 2
    sheet.cell(row=row, column=1, value="Notes").font = BOLD
    for note in NOTES:
        row += 1
        sheet.cell(row=row, column=1, value=note).font = Font(size=9)
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp
