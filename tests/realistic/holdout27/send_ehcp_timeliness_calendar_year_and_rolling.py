"""SEND measures by published calendar year (SEN2) beside the council's rolling 12 months and months, with England and statistical neighbours."""

from __future__ import annotations

from datetime import datetime
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
    save,
    title,
)

SHEET = "EHCP performance"
BAND_ROW = 7
HEAD_ROW = 8
MONTHS = (datetime(2024, 8, 1), datetime(2024, 9, 1), datetime(2024, 10, 1))
# The value columns in order: two published calendar years, two 2023 comparators (not the
# council's figures), the rolling 12 months to October 2024 and three months.
PERIODS: tuple[str | None, ...] = ("2022", "2023", None, None, "Nov 2023\u2013Oct 2024",
                                   "Aug 2024", "Sep 2024", "Oct 2024")  # fmt: skip
ROLLING = 4  # the column the RAG rates
HEADINGS: tuple[object, ...] = ("Ref", "Measure", "2022", "2023", "England 2023",
                                "Statistical neighbours 2023", "Rolling 12 months to Oct 2024",
                                *MONTHS, "Target", "RAG (rolling 12 months)", "Commentary")  # fmt: skip
COL_FIRST_VALUE = 3
COL_TARGET, COL_RAG, COL_NOTE = 11, 12, 13
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
DASH = "\u2013"
HEAD = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
BAND = PatternFill(fill_type="solid", start_color="FF5B2180", end_color="FF5B2180")
COMPARATOR = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
SECTION = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
THIN = Side(style="thin", color="FFA6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, measure, kind (p: percentage in points, stored as
# a fraction; n: number), the eight value cells as typed (2022, 2023, England 2023, statistical
# neighbours 2023, rolling 12 months to Oct 2024, Aug, Sep, Oct 2024; None: blank), target as
# typed, RAG word (None: blank), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("New education, health and care (EHC) plans",),
    ("SEND01", "New EHC plans issued within 20 weeks, excluding exceptions (%)", "p",
     (38.4, 46.9, 50.3, 55.1, 58.2, 71.4, 63.0, 66.7), 60.0, "Amber",
     "Improving since the recovery plan added four EHC coordinators in March, but still short "
     "of target. Calendar year 2024 will be published by the DfE in June 2025."),
    ("SEND02", "New EHC plans issued within 20 weeks, including exceptions (%)", "p",
     (36.0, 44.1, 49.2, 53.8, 55.6, 68.6, 60.9, 63.9), DASH, None,
     "Context: the national headline measure excludes exceptions."),
    ("SEND03", "New EHC plans issued (number)", "n",
     (512, 604, DASH, DASH, 689, 35, 46, 72), DASH, None, None),
    ("SEND04", "Requests for an EHC needs assessment received (number)", "n",
     (798, 921, DASH, DASH, 1046, 48, 97, 118), DASH, None,
     "Requests continue to rise; August is low every year while schools are closed."),
    ("SEND05", "Decisions on whether to carry out an EHC needs assessment made within 6 weeks "
     "(%)", "p",
     (80.2, 85.3, DASH, DASH, 90.4, 92.1, 90.0, 87.4), 90.0, "Green",
     "Not published nationally, so there are no comparators."),
    ("Reviewing and amending plans",),
    ("SEND06", "Annual reviews completed within 12 months of the previous review (%)", "p",
     ("n/a", 41.2, DASH, DASH, 52.7, 38.5, 49.0, 57.3), 75.0, "Red",
     "Recorded from January 2023, when the case management system was replaced, so 2022 is not "
     "available. An annual review recovery team started in September."),
    ("SEND07", "Amended plans issued within 4 weeks of the annual review decision (%)", "p",
     (None, None, DASH, DASH, None, None, 44.0, 51.6), 80.0, None,
     "New measure from September 2024; not rated until there is a rolling 12-month figure."),
    ("Disagreement resolution and the SEND Tribunal",),
    ("SEND08", "Mediation cases held (number)", "n",
     (61, 88, DASH, DASH, 97, 7, 8, 11), DASH, None, None),
    ("SEND09", "SEND Tribunal appeals registered (number)", "n",
     (48, 71, DASH, DASH, "TBC", 6, 9, "TBC"), DASH, None,
     "October registrations from HMCTS are awaited, so the rolling figure is not yet "
     "confirmed."),
    ("SEND10", "SEND Tribunal appeals decided in favour of the family, in whole or in part (%)",
     "p", (93.8, 96.0, 98.3, DASH, 95.2, None, None, None), DASH, None,
     "Not reported monthly: too few decisions each month."),
    ("Experience of families",),
    ("SEND11", "Parents and carers satisfied with the EHC needs assessment process (annual "
     "survey) (%)", "p",
     (None, 52.0, DASH, DASH, None, None, None, None), 60.0, None,
     "Annual survey, autumn 2023 (212 responses). Not rated: no rolling figure. The 2024 survey "
     "closes in December."),
)  # fmt: skip

NOTES = (
    "Calendar-year figures (January to December) are as published by the Department for "
    "Education in 'Education, health and care plans' (SEN2), June 2024, and are the figures "
    "used to compare councils nationally.",
    "Rolling 12 months and monthly figures are from the council's SEND case management system, "
    "to 31 October 2024, and are provisional. Exceptions are those allowed by the SEND "
    "Regulations 2014.",
    "RAG rates the rolling 12 months against the target: Green \u2013 on or better than target; "
    "Amber \u2013 within 5 percentage points; Red \u2013 more than 5 points short. \u2013 : no "
    "target or not published.  n/a: not available.  TBC: to be confirmed.",
)


def build(path: Path) -> Expected:
    """Imitates a SEND performance report to a children and young people scrutiny committee.

    A county or unitary council's SEND performance appendix to its Children
    and Young People Scrutiny Committee, as councils under a SEND written
    statement of action or improvement plan report EHC plan timeliness: the
    20-week measure and its companions for the calendar years the DfE's
    SEN2 release publishes (the figures used to compare councils, with
    England and the statistical neighbour average for 2023 beside them in
    grey), then the council's own provisional figures for the rolling 12
    months to the latest month and the last three months (real dates shown
    'mmm-yy') under a merged 'Local data' band, a Target, a filled RAG word
    headed 'RAG (rolling 12 months)' and Commentary under shaded section
    rows. Percentages are fractions under '0.0%'; comparators not published
    are '\u2013'. Notes above the table give the sources and the RAG rule.

    A careful reader takes 2022 and 2023 as calendar years, the rolling
    column as November 2023 to October 2024 and the month columns as those
    months; England and statistical neighbours are comparators, not the
    council's observations. The single Target column applies to every
    period in its row; '\u2013' is no target. The RAG belongs to the rolling
    12 months, as its heading and the note say, not to October. Unrated: a
    2022 'n/a' (annual reviews recorded from 2023), a tribunal count with a
    'TBC' rolling figure and October, an amended-plans measure new from
    September with no rolling figure, tribunal outcomes not reported
    monthly, and an annual parent survey with one 2023 figure. No polarity
    or unit is stated.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Special Educational Needs and Disabilities (SEND) \u2013 EHC Plan Performance"
    )
    sheet["A2"] = (
        "Children and Young People Scrutiny Committee, 5 December 2024 \u2013 Appendix 1. "
        "Local data to 31 October 2024."
    )
    sheet["A2"].font = Font(italic=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    ncol = len(HEADINGS)
    for col in range(1, ncol + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = BAND if r == BAND_ROW else HEAD
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
    for first, last, text in ((3, 4, "Calendar year (SEN2, published)"),
                              (5, 6, "Comparators (SEN2, 2023)"),
                              (7, 10, "Local data (provisional)")):  # fmt: skip
        sheet.cell(row=BAND_ROW, column=first, value=text)
        sheet.merge_cells(start_row=BAND_ROW, start_column=first, end_row=BAND_ROW, end_column=last)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        if isinstance(heading, datetime):
            cell.number_format = "mmm-yy"
    sheet.row_dimensions[HEAD_ROW].height = 44
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, kind, cells, target, rag, note = spec
        assert isinstance(cells, tuple)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = BOX
        for col in (5, 6):
            sheet.cell(row=row, column=col).fill = COMPARATOR
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        for k, typed in enumerate(cells):
            if typed is None:
                continue
            number = isinstance(typed, int | float)
            value = round(typed / 100, 6) if kind == "p" and number else typed
            cell = sheet.cell(row=row, column=COL_FIRST_VALUE + k, value=value)
            cell.alignment = Alignment(horizontal="right" if number else "center")
            if number:
                cell.number_format = "0.0%" if kind == "p" else "#,##0"
        goal_cell = sheet.cell(row=row, column=COL_TARGET)
        goal: float | None = None
        if isinstance(target, int | float):
            goal = float(target)
            goal_cell.value = round(target / 100, 6)
            goal_cell.number_format = "0%"
            goal_cell.alignment = Alignment(horizontal="right")
        else:
            goal_cell.value = target
            goal_cell.alignment = Alignment(horizontal="center")
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            colour = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(wrap_text=True)
        for k, typed in enumerate(cells):
            period = PERIODS[k]
            if typed is None or period is None:
                continue
            number_read = float(typed) if isinstance(typed, int | float) else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    number_read,
                    None if number_read is not None else str(typed),
                    goal,
                    RAG[str(rag)] if rag and k == ROLLING else None,
                )
            )
        row += 1
    widths = {"A": 8, "B": 52, "C": 9, "D": 9, "E": 10, "F": 13, "G": 13, "H": 9, "I": 9,
              "J": 9, "K": 9, "L": 11, "M": 56}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
