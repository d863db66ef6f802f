"""A hidden helper row of quarter-end dates (30/06/2024 ..) above visible month-name headings 'Jun', 'Sep', 'Dec', 'Mar', the year only in the title."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    num,
    put_row,
    text_of,
    title,
)

SHEET = "Dashboard"
DATE_ROW = 4
HEAD_ROW = 5
DATES = (
    datetime(2024, 6, 30),
    datetime(2024, 9, 30),
    datetime(2024, 12, 31),
    datetime(2025, 3, 31),
)
HEADINGS = ("Jun", "Sep", "Dec", "Mar")
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")

# A 1-tuple is a service row. Otherwise: code, indicator, good is, Jun..Mar, target, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult Social Care",),
    ("ASC 1", "Permanent admissions to care homes aged 65+ per 100,000 (rolling year)", "Lower",
     612.4, 598.0, 571.9, None, 560, "A", None),
    ("ASC 2", "Older people at home 91 days after discharge into reablement (%)", "Higher", 83.1,
     85.6, 86.2, None, 85, "G", None),
    ("ASC 3", "Care Act assessments completed within 28 days (%)", "Higher", 71.4, 68.2, 64.9,
     None, 80, "R", "Occupational therapy waiting list; agency staff from January."),
    ("ASC 4", "People receiving direct payments (%)", "Higher", 27.9, 28.3, "n/a", None, 30, None,
     "Q3 extract failed after the case-management upgrade."),
    ("ASC 5", "Safeguarding enquiries concluded", None, 188, 201, 176, None, None, None,
     "Activity measure; no target."),
    ("Children and Families",),
    ("CF 1", "Re-referrals to children's social care within 12 months (%)", "Lower", 19.8, 21.4,
     18.7, None, 20, "G", None),
    ("CF 2", "Child protection plans lasting 2 years or more (%)", "Lower", 3.1, 2.4, 4.2, None,
     3.5, "R", "Three sibling groups."),
    ("CF 3", "Children in care with 3 or more placements in the year (%)", "Lower", 8.2, 9.0,
     None, None, 10, "G", "Q3 figure awaits validation."),
    ("CF 4", "EHC plans issued within 20 weeks (%)", "Higher", 42.0, 51.5, 58.3, None, 60, "A",
     "Improving after extra educational psychology capacity."),
    ("CF 5", "Care leavers aged 19\u201321 in education, employment or training (%)", "Higher",
     54.0, 56.1, 55.2, None, 60, "R", None),
    ("Public Health and Communities",),
    ("PH 1", "Smoking quitters at 4 weeks", "Higher", 214, 198, 241, None, 200, "G",
     "Quarterly count."),
    ("PH 2", "NHS Health Checks received by eligible population (%)", "Higher", 2.1, 2.3, 2.0,
     None, 2.5, "R", None),
    ("PH 3", "Successful completions of drug treatment (opiates) (%)", "Higher", 4.6, 4.9, 5.3,
     None, 5.0, "G", "Rolling 12 months."),
    ("PH 4", "Library visits (thousands)", "Higher", 161.2, 154.8, 139.5, None, 150, "A",
     "Seasonal dip; two branches closed for refurbishment."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly people-services dashboard kept in Excel.

    Worcestershire / Shropshire style: the workbook's lookups and charts are
    driven by a helper row of real quarter-end dates (30/06/2024,
    30/09/2024, 31/12/2024, 31/03/2025, formatted dd/mm/yyyy) which the
    analyst hides; directly beneath it the visible headings show only the
    month the quarter ends, 'Jun', 'Sep', 'Dec', 'Mar', and the financial
    year appears only in the title 'Quarterly Performance Dashboard 2024/25'.
    A formula in B3 ('=TEXT(F4,"mmmm yyyy")', saved as 'December 2024') reads
    the helper row to say how far the dashboard runs. Code, Indicator, 'Good
    is' Higher/Lower, the four quarter columns (Mar empty), Target, a filled
    R/A/G letter and Comment, under shaded service rows.

    A careful reader, unhiding the row or not, takes 'Jun'..'Dec' as the
    quarters ending then: the title says quarterly, the note under it says
    each column is the quarter ending in the month shown, the hidden dates
    are quarter ends of 2024/25, and rates such as 'rolling year' figures
    are quarter-end positions. So Q1, Q2, Q3 2024/25, not single months.
    The Target applies to every quarter, the RAG to the latest figure (CF 3's
    blank Dec leaves its G on Sep; ASC 4's 'n/a' Dec is unrated). 'Good is'
    gives polarity; ASC 5 states none.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Quarterly Performance Dashboard 2024/25 \u2013 People Directorate")
    sheet["A2"] = "Each column shows the quarter ending in the month named."
    sheet["A2"].font = Font(italic=True, size=9)
    sheet["A3"] = "Data up to:"
    sheet["B3"] = "December 2024"
    sheet["B3"].font = Font(bold=True)
    sheet.cell(row=DATE_ROW, column=1, value="Period end (helper row \u2013 do not delete)")
    for k, when in enumerate(DATES):
        cell = sheet.cell(row=DATE_ROW, column=4 + k, value=when)
        cell.number_format = "dd/mm/yyyy"
    sheet.row_dimensions[DATE_ROW].hidden = True
    heads = ["Code", "Indicator", "Good is", *HEADINGS, "Target", "RAG", "Comment"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, good, *figures, target, rag, comment = entry
        put_row(sheet, row, 1, [code, name, good, *figures, target, rag, comment])
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        exp.add_meta(str(code), str(name), POLARITY[str(good)] if good else None, None)
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    num(target),
                    status,
                )
            )
        row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: G on or better than target; A within 10% of target; R more than 10% from target.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["J"].width = 46
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    book.save(path)
    _write_formula(path, "B3", 'TEXT(F4,"mmmm yyyy")', "December 2024")
    return exp


def _write_formula(path: Path, ref: str, formula: str, shown: str) -> None:
    """Make one cell a text formula saved with its result, as Excel leaves it."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            text = data.decode("utf-8")
            if info.filename == "xl/worksheets/sheet1.xml":
                match = re.search(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)', text)
                assert match, ref
                attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
                new = f'<c r="{ref}"{attrs} t="str"><f>{escape(formula)}</f><v>{escape(shown)}</v></c>'
                text = text[: match.start()] + new + text[match.end() :]
            elif info.filename == "xl/workbook.xml":
                text = text.replace(' fullCalcOnLoad="1"', "")
            zf.writestr(info, text.encode("utf-8"))
