"""LGPS administration KPIs: each month merged over 'No.' completed and '% in target', service-level days and legal requirements beside a 'Target %'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

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
    save,
    text_of,
    title,
)

SHEET = "Casework Q2"
OTHER_SHEET = "Statutory and employers"
MONTH_HEADINGS = ("July 2024", "August 2024", "September 2024")
MONTHS = ("Jul 2024", "Aug 2024", "Sep 2024")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF3F3151", end_color="FF3F3151")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# Casework table: A Ref, B Process, C Legal requirement, D Service level (working days),
# E..J July/August/September each over 'No.' and '% in target', K Target %, L RAG, M Commentary
CASE_BAND_ROW, CASE_HEAD_ROW = 8, 9
CASE_FIRST_MONTH, CASE_TARGET, CASE_RAG, CASE_NOTE = 5, 11, 12, 13

# A 1-tuple is a section row. Otherwise: ref, process, legal requirement, service level
# (working days), the (no. completed, % completed within the service level) pairs for July,
# August and September (None: blank), target % ('TBC' where none set), RAG letter (None: not
# rated), commentary.
CASEWORK: tuple[tuple[object, ...], ...] = (
    ("Retirements",),
    ("C01", "Retirement estimates for active members", "2 months from request", 10,
     ((118, 92.4), (131, 89.3), (142, 94.4)), 95.0, "A", None),
    ("C02", "Retirements: lump sum paid (active members)", "1 month from retirement", 5,
     ((64, 96.9), (71, 98.6), (58, 100.0)), 95.0, "G", None),
    ("C03", "Deferred benefits brought into payment", "2 months from retirement", 10,
     ((88, 90.9), (93, 93.5), (101, 88.1)), 95.0, "R",
     "Twelve cases waited for bank details; the checklist sent to members has been "
     "shortened."),
    ("Deaths",),
    ("C04", "Deaths: initial letter acknowledging the death", "2 months", 5,
     ((47, 100.0), (39, 97.4), (52, 98.1)), 95.0, "G", None),
    ("C05", "Deaths: dependants' benefits notified", "2 months", 10,
     ((21, 85.7), (18, 88.9), (24, 91.7)), 95.0, "A",
     "22 of 24; two waited for certified marriage certificates."),
    ("Leavers, refunds and transfers",),
    ("C06", "Deferred benefit statements for leavers", "2 months from notification", 30,
     ((212, 71.2), (198, 74.7), (236, 79.2)), 90.0, "R",
     "Leaver backlog from the 2023 employer data cleanse: 1,140 cases at 30 September, down "
     "from 1,610 at 1 July."),
    ("C07", "Refunds of contributions paid", "None set", 10,
     ((36, 97.2), (29, 100.0), (41, 95.1)), 95.0, "G", None),
    ("C08", "Transfers in: quotes", "2 months from request", 10,
     ((15, 86.7), (12, 83.3), (19, 89.5)), 90.0, "A", None),
    ("C09", "Transfers in: transfer values credited", "None set", 10,
     ((6, 83.3), (5, 100.0), (0, "n/a")), 90.0, None,
     "No transfer values received in September; not rated."),
    ("C10", "Transfers out: payments", "6 months from request", 10,
     ((9, 100.0), (11, 90.9), (7, 100.0)), 90.0, "G", None),
    ("C11", "Divorce: cash equivalent and pension sharing information", "3 months", 10,
     ((4, 100.0), (0, "n/a"), (3, 66.7)), 90.0, "R",
     "Small numbers: one of three late in September."),
    ("Joiners and McCloud remedy",),
    ("C12", "New joiners: statutory notification issued", "2 months from joining", 20,
     ((402, 88.3), (356, 91.0), (611, 93.6)), 95.0, "A",
     "September includes 214 school support staff enrolled at the start of term."),
    ("C13", "McCloud remedy: underpin checks completed on retirements", "None set", 20,
     ((None, None), (28, 64.3), (35, 71.4)), "TBC", None,
     "New measure from August 2024; a target will be set once the remedy caseload is known."),
)  # fmt: skip

# Second table: A Ref, B Measure, C Deadline or standard, D..F July/August/September, G Target,
# H RAG, I Commentary
OTHER_FIRST_MONTH = 4
# ref, measure, deadline or standard, Jul, Aug, Sep (None: blank), target ('-' where none),
# RAG letter (None: not rated), commentary
OTHER: tuple[tuple[object, ...], ...] = (
    ("S01", "Annual benefit statements issued to active members by the statutory deadline (%)",
     "31 August", None, 98.7, None, 100.0, "A",
     "19,412 of 19,668 issued by 31 August; 256 waited for 2023/24 year-end data from two "
     "academy trusts."),
    ("S02", "Annual benefit statements issued to deferred members by the statutory deadline (%)",
     "31 August", None, 100.0, None, 100.0, "G", None),
    ("S03", "Employer contributions received by the 19th of the following month (% of "
     "employers)", "19th of following month", 97.9, 98.6, None, 100.0, "A",
     "September's contributions are due by 19 October, after this report was prepared; the "
     "RAG is for August. Two employers paid late in August and were charged interest."),
    ("S04", "Active members registered for online self-service (%)", "\u2013",
     41.2, 42.0, 43.1, 50.0, "R", "Registration drive with the three largest employers in "
     "November."),
    ("S05", "Complaints received", "\u2013", 6, 3, 5, "-", None,
     "Context: 9 of the 14 were about the time taken to pay retirement lump sums."),
    ("S06", "Complaints responded to within 10 working days (%)", "10 working days",
     83.3, 100.0, 80.0, 95.0, "R", "4 of 5 in September."),
    ("S07", "Internal dispute resolution (IDRP) stage 1 applications received", "\u2013",
     1, 0, 2, "-", None, None),
)  # fmt: skip

NOTES = (
    "Casework: 'No.' is the number of cases completed in the month and '% in target' the share "
    "of them completed within the Fund's service level, counted in working days from receipt "
    "of all the information needed.",
    "Legal requirements are those of the Disclosure of Information Regulations 2013 and the "
    "LGPS Regulations 2013.",
    "RAG rates the latest month shown against the target: G \u2013 at or above target; A "
    "\u2013 up to 5 percentage points below; R \u2013 more than 5 points below. n/a = no cases "
    "completed in the month.",
)


def _head(sheet: Worksheet, row: int, col: int, value: object) -> None:
    cell = sheet.cell(row=row, column=col)
    if value is not None:
        cell.value = value
    cell.fill = HEAD_FILL
    cell.font = Font(bold=True, color="FFFFFFFF")
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.border = GRID


def build(path: Path) -> Expected:
    """Imitates an LGPS fund's quarterly administration report to its pension committee and board.

    A county council, as administering authority of a Local Government
    Pension Scheme fund, reports administration performance each quarter
    to its Pension Committee and Local Pension Board. The pensions
    administration team takes the casework figures from the administration
    system's task reports into an Excel appendix: Ref, Process, 'Legal
    requirement' (in words: '2 months from request'), 'Service level
    (working days)' (10, 5, 30), a band per month of the quarter ('July
    2024', 'August 2024', 'September 2024') over 'No.' (cases completed)
    and '% in target' (completed within the service level), 'Target %', a
    filled RAG letter and Commentary under shaded retirement / deaths /
    leavers, refunds and transfers / joiners sections, on a 'Casework Q2'
    sheet. A second sheet, 'Statutory and employers', has one figure a
    month under 'July 2024'..'September 2024', 'Target', RAG and
    Commentary: annual benefit statements by the 31 August deadline
    (August only), employer contributions received by the 19th, online
    registrations, complaints and IDRP applications. Notes above the
    tables say what 'No.' and '% in target' are and how the RAG is set.

    A careful reader takes the percentages as the casework observations,
    one per month, each against the row's 'Target %': the 'No.' beside
    each is the count it is a share of, not a measure of its own, and the
    service-level days and legal requirements are standards, not figures.
    A month with no cases shows 0 and 'n/a' ('n/a' kept, unrated when it is
    the latest). The RAG rates the latest month given: September, or
    August for the benefit statements (their one figure) and for employer
    contributions, whose September is not yet due, as the comment says.
    The McCloud checks are new from August with a 'TBC' target; complaints
    and IDRP applications are counts with a '-' target and no RAG. No unit
    or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Eastshire Pension Fund \u2013 Administration Performance Report")
    sheet["A2"] = (
        "Quarter 2 2024/25 (July to September 2024) \u2013 Pension Committee, 27 November 2024 "
        "and Local Pension Board, 4 December 2024"
    )
    sheet["A2"].font = Font(bold=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.cell(row=CASE_BAND_ROW - 1, column=1, value="Casework service levels").font = Font(
        bold=True, size=12
    )
    for col in range(1, CASE_NOTE + 1):
        _head(sheet, CASE_BAND_ROW, col, None)
        _head(sheet, CASE_HEAD_ROW, col, None)
    singles = {1: "Ref", 2: "Process", 3: "Legal requirement", 4: "Service level (working days)",
               CASE_TARGET: "Target %", CASE_RAG: "RAG", CASE_NOTE: "Commentary"}  # fmt: skip
    for col, head in singles.items():
        sheet.cell(row=CASE_BAND_ROW, column=col, value=head)
        sheet.merge_cells(
            start_row=CASE_BAND_ROW, start_column=col, end_row=CASE_HEAD_ROW, end_column=col
        )
    for k, month in enumerate(MONTH_HEADINGS):
        first = CASE_FIRST_MONTH + 2 * k
        sheet.cell(row=CASE_BAND_ROW, column=first, value=month)
        sheet.merge_cells(
            start_row=CASE_BAND_ROW, start_column=first, end_row=CASE_BAND_ROW, end_column=first + 1
        )
        sheet.cell(row=CASE_HEAD_ROW, column=first, value="No.")
        sheet.cell(row=CASE_HEAD_ROW, column=first + 1, value="% in target")
    exp = Expected([])
    row = CASE_HEAD_ROW + 1
    for spec in CASEWORK:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, CASE_NOTE + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, legal, days, pairs, target, rag, comment = spec
        assert isinstance(pairs, tuple)
        cells: list[object] = [ref, name, legal, days]
        for count, share in pairs:
            cells += [count, share]
        cells += [target, rag, comment]
        for col, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if value is None:
                continue
            cell.value = value
            if 3 <= col <= CASE_RAG:
                cell.alignment = Alignment(horizontal="center", wrap_text=col == 3)
            if isinstance(value, float):
                cell.number_format = "0.0"
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=CASE_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"{get_column_letter(CASE_RAG)}{row}", RAG_FILL[str(rag)])
        given = [k for k, (_, share) in enumerate(pairs) if share is not None]
        for k in given:
            share = pairs[k][1]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    MONTHS[k],
                    num(share),
                    text_of(share),
                    num(target),
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        row += 1

    sheet.cell(
        row=row + 1,
        column=1,
        value="Source: pensions administration system task reports, 8 October 2024.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 6, "B": 48, "C": 18, "D": 11, "K": 9, "L": 7, "M": 50}
    for col in range(CASE_FIRST_MONTH, CASE_TARGET):
        widths[get_column_letter(col)] = 10
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{CASE_HEAD_ROW + 1}"

    sheet = book.create_sheet(OTHER_SHEET)
    title(
        sheet, "A1", "Eastshire Pension Fund \u2013 Statutory Deadlines, Employers and Complaints"
    )
    sheet["A2"] = "Quarter 2 2024/25 (July to September 2024)"
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = NOTES[-1]
    sheet["A3"].font = Font(italic=True, size=9)
    row = 5
    heads = ["Ref", "Measure", "Deadline or standard", *MONTH_HEADINGS, "Target", "RAG",
             "Commentary"]  # fmt: skip
    for col, head in enumerate(heads, start=1):
        _head(sheet, row, col, head)
    row += 1
    for ref, name, standard, *values, target, rag, comment in OTHER:
        cells = [ref, name, standard, *values, target, rag, comment]
        for col, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if value is None:
                continue
            cell.value = value
            if 3 <= col <= 8:
                cell.alignment = Alignment(horizontal="center")
            if isinstance(value, float):
                cell.number_format = "0.0"
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    MONTHS[k],
                    num(values[k]),
                    text_of(values[k]),
                    num(target),
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Source: pensions administration system, employer contribution monitoring and "
        "complaints log, 8 October 2024.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 6, "B": 60, "C": 20, "D": 13, "E": 13, "F": 15, "G": 9, "H": 7, "I": 60}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "C6"
    save(book, path)
    return exp
