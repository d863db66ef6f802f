"""A long table whose 'Period' column each service typed its own way, some cells real Excel dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "KPI data"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red", "G": "green",
                       "A": "amber", "R": "red"}  # fmt: skip
HEADER = ("Service", "Measure ID", "Measure", "Frequency", "Period", "Value", "Target", "RAG",
          "Notes")  # fmt: skip
FIRST = 5


def _month(year: int, month: int) -> dt.datetime:
    return dt.datetime(year, month, 1)


# service, measure id, measure, frequency, then rows of
# (period as typed, its label, value, target, RAG as typed, note)
MEASURES: tuple[tuple[object, ...], ...] = (
    ("Adult Social Care", "ASC01",
     "Permanent admissions to residential and nursing care, aged 65+ (per 100,000)", "Quarterly", (
        ("2023-24", "2023/24", 598.2, 610, "Green", "Annual outturn"),
        ("Quarter 1 24/25", "Q1 2024/25", 141.7, 150, "Green", None),
        ("Quarter 2 24/25", "Q2 2024/25", 163.9, 150, "Amber", None),
    )),
    ("Adult Social Care", "ASC02",
     "Adults in receipt of long-term support reviewed in the last 12 months (%)", "Monthly", (
        (_month(2024, 7), "Jul 2024", 61.4, 70, "Red", None),
        (_month(2024, 8), "Aug 2024", 63.0, 70, "Red", None),
        ("Sep-24", "Sep 2024", 65.8, 70, "Amber", "Review team back to full strength"),
    )),
    ("Children's Services", "CSC03", "Child protection plans lasting two years or more (%)",
     "Quarterly", (
        ("Apr\u2013Jun 2024", "Q1 2024/25", 3.1, 4, "G", None),
        ("Jul\u2013Sep 2024", "Q2 2024/25", 4.6, 4, "A", None),
    )),
    ("Children's Services", "CSC07",
     "Care leavers aged 19-21 in education, employment or training (%)", "Quarterly", (
        ("2023-24", "2023/24", 54.0, 55, "A", "Annual outturn"),
        ("Q2 2024/25", "Q2 2024/25", 57.3, 58, "A", None),
    )),
    ("Education and SEND", "SEN01",
     "New Education, Health and Care Plans issued within 20 weeks (%)", "Half-yearly", (
        ("Oct 23 - Mar 24", "H2 2023/24", 38.5, 60, "R", None),
        ("Apr 24 - Sep 24", "H1 2024/25", 47.2, 60, "R", "Recovery plan agreed with DfE"),
    )),
    ("Highways", "HWY02", "Category 2 potholes repaired within 28 days (%)", "Monthly", (
        ("Jul 2024", "Jul 2024", 88.6, 90, "Amber", None),
        ("Aug 2024", "Aug 2024", 91.2, 90, "Green", None),
        (_month(2024, 9), "Sep 2024", 92.5, 90, "Green", None),
    )),
    ("Highways", "HWY05", "Street lights repaired within 5 working days (%)", "Quarterly", (
        ("Q1 24/25", "Q1 2024/25", 93.0, 95, "Amber", None),
        ("Q2 24/25", "Q2 2024/25", 96.4, 95, "Green", None),
    )),
    ("Highways", "HWY09", "People killed or seriously injured in road traffic collisions",
     "Annual (calendar year)", (
        (2022, "2022", 287, None, None, "DfT STATS19, published September 2023"),
        (2023, "2023", 301, None, None, "DfT STATS19, published September 2024"),
    )),
    ("Environment", "ENV01", "Household waste sent for reuse, recycling and composting (%)",
     "Quarterly", (
        ("2023/24", "2023/24", 44.6, 47, "Amber", "Annual outturn, validated"),
        ("Q1 2024-25", "Q1 2024/25", 48.9, 47, "Green", "Provisional"),
    )),
    ("Corporate", "REV01", "Council tax collected, cumulative from 1 April (%)", "Monthly (YTD)", (
        ("Apr-Aug 2024", "Apr 2024\u2013Aug 2024", 47.1, 47.5, "Amber", None),
        ("Apr-Sep 2024", "H1 2024/25", 56.4, 56.6, "Amber", None),
    )),
    ("Corporate", "CUS01", "Customer calls answered within 3 minutes (%)", "Monthly", (
        ("August 2024", "Aug 2024", 71.8, 80, "Red", None),
        ("Sept 2024", "Sep 2024", 78.3, 80, "Amber", None),
    )),
    ("Corporate", "HR01", "Working days lost to sickness absence per FTE (rolling 12 months)",
     "Monthly", (
        ("12 months to Aug 24", "Sep 2023\u2013Aug 2024", 10.9, 9.5, "Red", None),
        ("12 months to Sep 24", "Oct 2023\u2013Sep 2024", 10.7, 9.5, "Red", None),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's corporate KPI data sheet gathered from service returns.

    Cheshire East Council style: the corporate performance team keeps one
    long table, a row per measure per period (Service, Measure ID, Measure,
    Frequency, Period, Value, Target, RAG, Notes), into which each service
    pastes its own rows. Nobody agreed how to write the period, so the
    column holds 'Quarter 2 24/25', 'Q2 2024/25', 'Q1 24/25', 'Q1 2024-25',
    'Apr\u2013Jun 2024' and 'Jul\u2013Sep 2024', '2023-24' and '2023/24',
    'Apr 24 - Sep 24' and 'Oct 23 - Mar 24' for half years, 'Jul 2024',
    'August 2024', 'Sept 2024' and 'Sep-24' typed as text, real Excel dates
    (the first of the month, shown 'Jul-24' where Excel converted what was
    typed), bare calendar years typed as numbers (2022, 2023) for road
    casualties, 'Apr-Aug 2024' and 'Apr-Sep 2024' for cumulative council
    tax and '12 months to Aug 24' for rolling sickness; RAG words and
    letters; a title, a refresh line and a footer.

    A careful reader labels each row's period by what it says: quarters
    as 'Q2 2024/25' however written ('Jul\u2013Sep 2024' is Q2 2024/25),
    '2023-24' as the financial year 2023/24 (the notes say annual outturn),
    a date or 'Sep-24' as that month, 'Apr 24 - Sep 24' as H1 2024/25 and
    'Oct 23 - Mar 24' as H2 2023/24, a bare 2023 beside 'Annual (calendar
    year)' as the calendar year 2023, 'Apr-Aug 2024' as April to August
    2024 and 'Apr-Sep 2024' as the first half, and '12 months to Sep 24' as
    October 2023 to September 2024. Each row's target and RAG are its own.
    The road casualty counts have neither. No polarity or unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Cheshire East Council \u2013 Corporate KPI data 2024/25")
    sheet["A2"] = (
        "Refreshed 14/10/2024 for the Quarter 2 Corporate Performance Report. One row per "
        "measure per period; services enter their own rows."
    )
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, 4, 1, HEADER, bold=True)
    last = 4 + sum(len(rows) for *_, rows in MEASURES if isinstance(rows, tuple))
    sheet.auto_filter.ref = f"A4:I{last}"
    exp = Expected([])
    row = FIRST
    for service, code, name, frequency, rows in MEASURES:
        assert isinstance(rows, tuple)
        for typed, label, value, target, rag, note in rows:
            put_row(
                sheet, row, 1, [service, code, name, frequency, typed, value, target, rag, note]
            )
            if isinstance(typed, dt.datetime):
                sheet.cell(row=row, column=5).number_format = "mmm-yy"
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    str(label),
                    float(value),
                    None,
                    float(target) if target is not None else None,
                    RAG[str(rag)] if rag is not None else None,
                )
            )
            row += 1
    sheet.cell(row=row + 1, column=1, value="OFFICIAL \u2013 for internal use").font = Font(
        size=8, italic=True
    )
    widths = {"A": 20, "B": 11, "C": 64, "D": 20, "E": 18, "F": 9, "G": 9, "H": 7, "I": 40}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "A5"
    save(book, path)
    return exp
