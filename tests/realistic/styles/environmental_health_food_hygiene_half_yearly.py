"""Half-yearly environmental health and licensing report: '2023/24 (full year)', 'H1 2023/24 (Apr–Sep 2023)', 'H1 2024/25 (Apr–Sep 2024)'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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

SHEET = "H1 2024-25"
HEAD_ROW = 7
# the figure columns as headed (two lines in one cell) and the periods they are
HEADINGS = (
    "2023/24\n(full year)",
    "H1 2023/24\n(Apr\u2013Sep 2023)",
    "H1 2024/25\n(Apr\u2013Sep 2024)",
)
PERIODS = ("2023/24", "H1 2023/24", "H1 2024/25")
THIS_YEAR = 2  # 'Target 2024/25' is for the 2024/25 half year only
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1E5631", end_color="FF1E5631")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD8E4BC", end_color="FFD8E4BC")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, measure, unit, 2023/24, H1 2023/24, H1 2024/25
# (None: blank), target 2024/25 ('\u2013' where none), RAG word (None: not rated), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Food safety",),
    ("FH01", "Food hygiene interventions due (risk categories A to E)", "No.",
     1184, 571, 602, "\u2013", None,
     "Context: 31 more due than in the first half of last year, mostly new category D and E "
     "businesses."),
    ("FH02", "Food hygiene interventions completed (risk categories A to E)", "No.",
     1103, 528, 566, "\u2013", None, None),
    ("FH03", "Category A premises inspected within 28 days of the due date", "%",
     100.0, 100.0, 100.0, 100.0, "Green", "6 of 6 due."),
    ("FH04", "Category B premises inspected within 28 days of the due date", "%",
     98.1, 96.3, 100.0, 100.0, "Green", "44 of 44 due."),
    ("FH05", "Category C premises inspected within 28 days of the due date", "%",
     92.7, 90.4, 93.1, 95.0, "Amber", "148 of 159 due; the other 11 were inspected in October."),
    ("FH06", "Category D premises inspected within 28 days of the due date", "%",
     81.6, 77.9, 79.4, 90.0, "Red",
     "Lower-risk visits held back while an EHO post was vacant (filled 2 September); 54 "
     "overdue at 30 September."),
    ("FH07", "Category E premises sent an alternative enforcement questionnaire when due", "%",
     88.0, 85.2, 91.5, 90.0, "Green", None),
    ("FH08", "New food businesses given a first inspection within 28 days of starting to trade",
     "%", 76.3, 72.0, 84.6, 85.0, "Amber", "110 of 130 new registrations."),
    ("FH09", "Food businesses broadly compliant (food hygiene rating 3 or above)", "%",
     96.2, 95.8, 96.9, 95.0, "Green", "Position at 30 September: 1,402 of 1,447 rated businesses."),
    ("FH10", "Food businesses rated 5 (very good)", "%",
     73.8, 72.9, 75.1, "\u2013", None, "Context measure."),
    ("FH11", "Businesses satisfied with their inspection (annual survey)", "%",
     94.3, None, None, 90.0, None,
     "Annual survey sent out each March; the 2024/25 result will be in the year-end report."),
    ("Environmental protection and pest control",),
    ("EP01", "Noise service requests received", "No.",
     1092, 641, 668, "\u2013", None,
     "Context: parties and construction noise peak in the summer half."),
    ("EP02", "Noise service requests responded to within 3 working days", "%",
     93.1, 91.4, "TBC", 95.0, None,
     "TBC: response dates are being checked after noise cases moved to the new case "
     "management system in August; the figure will be reported to the next meeting."),
    ("EP03", "Pest control service requests received", "No.",
     1466, 874, 812, "\u2013", None, None),
    ("EP04", "Pest control requests visited within 5 working days", "%",
     97.2, 98.0, 94.6, 95.0, "Amber", "Wasp season: 412 requests in July and August."),
    ("Licensing",),
    ("LI01", "Premises licence and club premises certificate applications determined within 2 "
     "months", "%", 100.0, 100.0, 95.2, 100.0, "Amber",
     "20 of 21; one hearing adjourned at the applicant's request."),
    ("LI02", "Temporary event notices received", "No.", 512, 334, 351, "\u2013", None, None),
    ("LI03", "Street trading consent applications determined within 28 days", "%",
     100.0, 100.0, "n/a", 100.0, None, "No applications received in the half year."),
    ("LI04", "Animal activity licences (boarding, breeding, pet sales) issued within 8 weeks", "%",
     90.9, 87.5, 100.0, 90.0, "Green", None),
    ("Taxi and private hire licensing",),
    ("TX01", "Average working days to issue a new driver licence (complete applications)", "Days",
     14.6, 16.2, 12.1, 15.0, "Green", "Online applications from June have cut the wait."),
    ("TX02", "Licensed drivers with a current enhanced DBS check", "%",
     100.0, 99.6, 100.0, 100.0, "Green",
     "Six-monthly DBS Update Service checks on all 486 licensed drivers."),
    ("TX03", "Driver applications checked against the NR3S national register before decision",
     "%", None, None, 100.0, 100.0, "Green",
     "New measure from April 2024: 138 checks, 1 match referred to the Licensing Sub-Committee."),
    ("TX04", "Vehicles passing their compliance test first time", "%",
     71.2, 73.8, 66.9, 75.0, "Red",
     "Tyre and brake failures up; the vehicle standards have been sent again to all proprietors."),
    ("TX05", "Enforcement checks on licensed vehicles and drivers", "No.",
     214, 98, 127, "\u2013", None, "Context: includes 2 joint operations with the police."),
)  # fmt: skip

NOTES = (
    "Half year = 1 April to 30 September. H1 2023/24 is the same half of last year, shown for "
    "comparison; 2023/24 is the full year.",
    "RAG compares the H1 2024/25 figure with the 2024/25 target: Green \u2013 target met; Amber "
    "\u2013 within 10% of target; Red \u2013 more than 10% short of target.",
    "\u2013 = context measure, no target. n/a = nothing to measure in the period. TBC = to be "
    "confirmed.",
)


def build(path: Path) -> Expected:
    """Imitates a district council's half-yearly environmental health and licensing report.

    A shire district council's Environmental Health and Licensing service
    reports to its Licensing and Regulatory Committee twice a year, at the
    half year and the year end, as an appendix kept in Excel by the service
    manager. This is the half-year report for April to September 2024: Ref,
    Measure, Unit (%, No., Days), '2023/24 (full year)', 'H1 2023/24
    (Apr\u2013Sep 2023)' (the same half last year) and 'H1 2024/25
    (Apr\u2013Sep 2024)', each heading on two lines in one cell, then
    'Target 2024/25', a filled RAG word and Commentary under shaded
    sections: food safety (interventions due and completed, inspections on
    time by Food Law Code of Practice risk category A to E, new businesses,
    broad compliance \u2013 food hygiene rating 3 or above \u2013 and rating
    5), noise and pest control service requests, licensing applications
    determined in time, and taxi and private hire driver and vehicle checks
    (DBS, the NR3S register, vehicle tests). Notes under the title say
    what the halves are and how the RAG is set.

    A careful reader takes the two-line headings as half years of the
    financial year: H1 2023/24 and H1 2024/25, beside the 2023/24 full
    year. The target names 2024/25, so it is on the H1 2024/25 figure only,
    which the RAG rates. Counts due, received and checked are context with
    a '\u2013' target and no RAG; noise response time is 'TBC' and street
    trading 'n/a' for the half (kept as written, unrated); the NR3S check
    is new, with only its H1 2024/25 figure; the annual inspection survey
    has only its 2023/24 figure. The Unit column states units; nothing
    states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Environmental Health and Licensing \u2013 Half-Yearly Performance Report")
    sheet["A2"] = (
        "Half year 1: April to September 2024 \u2013 Licensing and Regulatory Committee, "
        "20 November 2024 \u2013 Appendix 1"
    )
    sheet["A2"].font = Font(bold=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", "Unit", *HEADINGS, "Target 2024/25", "RAG", "Commentary"]
    ncol = len(heads)
    for col, head in enumerate(heads, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=head)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    sheet.row_dimensions[HEAD_ROW].height = 32
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, unit, *values, target, rag, comment = spec
        cells = [ref, name, unit, *values, target, rag, comment]
        for col, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if value is None:
                continue
            cell.value = value
            if 4 <= col <= 8:
                cell.alignment = Alignment(horizontal="center")
            if isinstance(value, float):
                cell.number_format = "0.0"
            elif isinstance(value, int) and value >= 1000:
                cell.number_format = "#,##0"
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=ncol).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(values[k]),
                    text_of(values[k]),
                    goal if k == THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Source: environmental health case management system and licensing register, "
        "extracted "
        "7 October 2024.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 60, "C": 6, "D": 11, "E": 13, "F": 13, "G": 10, "H": 8, "I": 58}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
