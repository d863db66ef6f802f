"""One 'Latest' figure per row with its own 'Data as at' date, a 'Previous' figure with its date, monthly, quarterly and annual rows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Scorecard"
FIRST = 6
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}


def _d(day: int, month: int, year: int) -> datetime:
    return datetime(year, month, day)


# ref, measure, frequency, good is, percent?, previous, previous as at, latest, data as at,
# target, status, commentary, canonical previous period, canonical latest period
ROWS: tuple[tuple[object, ...], ...] = (
    ("HS01", "Households in temporary accommodation (snapshot at month end)", "Monthly", "Low", False,
     312, _d(31, 8, 2024), 327, _d(30, 9, 2024), 300, "R",
     "Rising demand from private rented sector evictions.", "Aug 2024", "Sep 2024"),
    ("HS02", "Homelessness cases where homelessness was prevented or relieved", "Monthly", "High", True,
     0.61, _d(31, 8, 2024), 0.64, _d(30, 9, 2024), 0.6, "G", None, "Aug 2024", "Sep 2024"),
    ("CS01", "Customer calls answered within 5 minutes", "Monthly", "High", True,
     0.78, _d(31, 8, 2024), 0.83, _d(30, 9, 2024), 0.85, "A",
     "Improved after the new telephony menu went live on 2 September.", "Aug 2024", "Sep 2024"),
    ("WR01", "Missed bin collections per 100,000 collections", "Monthly", "Low", False,
     48, _d(31, 8, 2024), 41, _d(30, 9, 2024), 50, "G", None, "Aug 2024", "Sep 2024"),
    ("HR01", "Working days lost to sickness absence per FTE (rolling 12 months)", "Monthly", "Low", False,
     9.4, _d(31, 7, 2024), 9.7, _d(31, 8, 2024), 8.5, "R",
     "Reported one month in arrears from the payroll system.", "Aug 2023\u2013Jul 2024", "Sep 2023\u2013Aug 2024"),
    ("PL01", "Major planning applications determined within 13 weeks or agreed extension", "Quarterly", "High", True,
     0.88, _d(30, 6, 2024), 0.92, _d(30, 9, 2024), 0.9, "G", None, "Q1 2024/25", "Q2 2024/25"),
    ("CS02", "Stage 1 complaints responded to within 10 working days", "Quarterly", "High", True,
     0.74, _d(30, 6, 2024), 0.81, _d(30, 9, 2024), 0.9, "R",
     "Backlog in Housing Repairs cleared in August.", "Q1 2024/25", "Q2 2024/25"),
    ("ASC02", "Permanent admissions to residential and nursing care (65+) per 100,000 population", "Quarterly", "Low", False,
     148.2, _d(31, 3, 2024), 139.6, _d(30, 6, 2024), 150, "G",
     "Quarter in arrears: Q2 published with the Q3 report.", "Q4 2023/24", "Q1 2024/25"),
    ("CH01", "Re-referrals to children's social care within 12 months", "Quarterly", "Low", True,
     0.214, _d(30, 6, 2024), "Awaited", _d(30, 9, 2024), 0.22, None,
     "Q2 figure delayed by the case management system upgrade.", "Q1 2024/25", "Q2 2024/25"),
    ("EN01", "Household waste sent for reuse, recycling and composting", "Annual", "High", True,
     0.587, _d(31, 3, 2023), 0.596, _d(31, 3, 2024), 0.6, "A",
     "2023/24 figure verified by WasteDataFlow in September 2024.", "2022/23", "2023/24"),
    ("EN02", "Net additional homes delivered", "Annual", "High", False,
     1012, _d(31, 3, 2023), 1147, _d(31, 3, 2024), 1150, "A", None, "2022/23", "2023/24"),
    ("ED01", "Pupils achieving grade 5 or above in English and maths GCSE", "Annual", "High", True,
     0.472, _d(31, 8, 2023), 0.489, _d(31, 8, 2024), 0.5, "A",
     "Provisional 2024 results; validated figures due in February.", "2022/23 (AY)", "2023/24 (AY)"),
    ("TR01", "People killed or seriously injured in road traffic collisions", "Annual", "Low", False,
     189, _d(31, 12, 2022), 176, _d(31, 12, 2023), 180, "G",
     "Calendar year figures from the police STATS19 return.", "2022", "2023"),
    ("CE01", "Residents satisfied with the way the council runs things (Residents' Survey)", "Annual", "High", True,
     0.58, _d(30, 9, 2023), 0.61, _d(30, 9, 2024), 0.6, "G",
     "Survey fieldwork carried out each September.", "2023/24", "2024/25"),
)  # fmt: skip

DOUBT_REF = "CE01"


def build(path: Path) -> Expected:
    """Imitates a unitary council's corporate scorecard in the Pentana 'latest position' layout.

    Each measure has one 'Latest' figure and, beside it, the 'Data as at' date
    that says what the figure is as at, with the 'Previous' figure and its own
    date before it; a Frequency column says Monthly, Quarterly or Annual. The
    title names Quarter 2 2024/25, but the figures are of many periods: a
    monthly measure as at 30/09/2024 is September 2024; a sickness measure
    on a rolling 12 months as at 31/08/2024 (a month in arrears) covers
    September 2023 to August 2024; a quarterly measure as at 30/06/2024 is
    Q1 2024/25 (a quarter in arrears); an annual measure as at 31/03/2024 is
    2023/24, one as at 31/08/2024 (GCSE) the academic year 2023/24 and one
    as at 31/12/2023 (road casualties, the commentary says calendar years)
    the year 2023.

    A careful reader takes both the previous and the latest figure, each at
    the period its own date gives, with the single Target against both and
    the Status letter on the latest only; an 'Awaited' latest is kept as
    words. The doubt is the Residents' Survey: an annual measure dated
    30/09/2024 and 30/09/2023, in the middle of financial years, with
    fieldwork each September. It could be the financial year in which the
    survey fell (2024/25, 2023/24), the calendar year 2024, or a year to
    September. The file is held for review on those two date cells; once
    settled it is listed as the financial years the fieldwork fell in.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Bath and North East Somerset Council \u2013 Corporate Performance Scorecard"
    )
    sheet["A2"] = "Quarter 2 2024/25 (July to September 2024) \u2013 latest available data"
    sheet["A3"] = (
        "Status: G on or better than target; A within 5% of target; R more than 5% off target."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = [
        "Ref",
        "Measure",
        "Frequency",
        "Good is",
        "Previous",
        "Previous as at",
        "Latest",
        "Data as at",
        "Target",
        "Status",
        "Commentary",
    ]
    put_row(sheet, 5, 1, header, bold=True)
    for col in "ABCDEFGHIJK":
        sheet[f"{col}5"].alignment = Alignment(wrap_text=True, vertical="center")
        fill(sheet, f"{col}5", "FFD9E1F2")
    exp = Expected([], status="needs_review")
    for i, row_data in enumerate(ROWS):
        (ref, name, freq, good, pct, prev, prev_at, latest, at, target, status, comment,
         prev_period, latest_period) = row_data  # fmt: skip
        row = FIRST + i
        put_row(
            sheet,
            row,
            1,
            [ref, name, freq, good, prev, prev_at, latest, at, target, status, comment],
        )
        fmt = "0.0%" if pct else ("0.0" if isinstance(prev, float) else "#,##0")
        for col in "EGI":
            sheet[f"{col}{row}"].number_format = fmt
        for col in "FH":
            sheet[f"{col}{row}"].number_format = "dd/mm/yyyy"
            sheet[f"{col}{row}"].alignment = Alignment(horizontal="center")
        if status:
            fill(sheet, f"J{row}", FILLS[str(status)])
            sheet[f"J{row}"].alignment = Alignment(horizontal="center")
        scale = 100.0 if pct else 1.0
        tgt = round(float(str(target)) * scale, 6)
        exp.observations.append(
            Obs(
                str(ref), str(name), str(prev_period), round(float(str(prev)) * scale, 6), None, tgt
            )
        )
        if isinstance(latest, str):
            exp.observations.append(Obs(str(ref), str(name), str(latest_period), None, latest, tgt))
        else:
            rag = RAG[str(status)] if status else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    str(latest_period),
                    round(float(str(latest)) * scale, 6),
                    None,
                    tgt,
                    rag,
                )
            )
        exp.add_meta(
            str(ref), str(name), "higher_is_better" if good == "High" else "lower_is_better", None
        )
        if ref == DOUBT_REF:
            exp.review_cells = [f"{SHEET}!H{row}", f"{SHEET}!F{row}"]
    foot = FIRST + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="'Data as at' is the date the latest figure relates to; annual measures show the end of the period they cover.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.cell(row=foot + 1, column=1, value="Source: Pentana Risk, exported 14 October 2024.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["K"].width = 50
    for col in "FH":
        sheet.column_dimensions[col].width = 12
    sheet.freeze_panes = "C6"
    save(book, path)
    return exp
