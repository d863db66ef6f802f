"""Measures reported in two or three sub-measure rows, one RAG cell (and sometimes the target) merged down over the group."""

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
    new_book,
    num,
    save,
    text_of,
    title,
)

SHEET = "ASC PH Housing Q2"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
THIS_YEAR = (1, 2, 3, 4)  # the periods the 'Target 2024/25' column is for
HEADINGS = (
    "Ref",
    "Measure",
    "Breakdown",
    "2023/24 outturn",
    "Q1 2024/25",
    "Q2 2024/25",
    "Q3 2024/25",
    "Q4 2024/25",
    "Target 2024/25",
    "RAG",
    "Commentary",
)
COL_FIRST_VALUE, COL_TARGET, COL_RAG, COL_NOTE = 4, 9, 10, 11
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FF8EA9DB")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A part: ref, breakdown (None for a measure of one row), 2023/24 outturn, Q1, Q2 (Q3 and Q4 are
# not yet reported), its own target (None where the target is shared or there is none).
Part = tuple[str, str | None, object, object, object, float | str | None]
# A measure: name, its parts, the target merged over all parts (or None), the RAG letter (merged
# over all parts when there are several), the commentary (merged the same way). A bare string is
# a service section row.
Measure = tuple[str, tuple[Part, ...], float | None, str | None, str]
TABLE: tuple[str | Measure, ...] = (
    "Adult Social Care",
    ("Contacts resolved at the front door without a formal assessment (%)",
     (("ASC 01", None, 68.2, 70.4, 71.9, 70.0),), None, "G",
     "2,214 of 3,079 contacts in Q2 resolved through advice, information or signposting."),
    ("Permanent admissions to residential and nursing care homes, per 100,000 population "
     "(rolling 12 months)",
     (("ASC 02a", "Aged 18 to 64", 15.1, 14.6, 16.2, 14.5),
      ("ASC 02b", "Aged 65 and over", 598.3, 611.0, 624.5, 590.0)), None, "R",
     "24 younger adults and 318 older people admitted in the 12 months to September; 41% of "
     "older people's admissions were straight from a hospital bed."),
    ("Adults receiving long-term support reviewed in the last 12 months (%)",
     (("ASC 03a", "Learning disability", 72.8, 70.1, 73.6, None),
      ("ASC 03b", "Mental health", 61.4, 63.9, 66.2, None),
      ("ASC 03c", "Older people and physical disability", 58.7, 62.0, 64.5, None)), 75.0, "R",
     "Review team at 6.5 of 9 FTE. 312 reviews overdue at 30 September, 118 of them in older "
     "people's services; two agency reviewers start in November."),
    ("Safeguarding enquiries where the person's desired outcomes were achieved (%)",
     (("ASC 04a", "Fully achieved", 64.0, 66.7, 62.9, 65.0),
      ("ASC 04b", "Fully or partly achieved", 93.8, 95.1, 94.3, 95.0)), None, "A",
     "Of 159 concluded enquiries where an outcome was expressed, 100 were fully and 50 partly "
     "achieved."),
    ("Safeguarding concerns received (number)",
     (("ASC 05", None, 2914, 781, 802, "\u2013"),), None, None,
     "Demand measure, no target. 23% of Q2 concerns were raised by care providers."),
    ("Adult social care users who have as much social contact as they would like (%)",
     (("ASC 06", None, 41.3, None, None, 45.0),), None, None,
     "Annual Adult Social Care Survey. The 2024/25 result is expected in October 2025."),
    "Public Health",
    ("Smokers setting a quit date who had quit at 4 weeks",
     (("PH 01a", "Number", 1204, 288, 301, None),
      ("PH 01b", "% of quit dates set", 54.6, 56.3, 52.9, 55.0)), None, "A",
     "Q2: 301 quitters from 569 quit dates set. The pharmacy stop smoking service was paused "
     "for six weeks over the summer."),
    ("Adults in drug treatment who completed it successfully \u2013 opiates (%)",
     (("PH 02", None, 5.2, 5.8, None, 6.0),), None, "A",
     "Q2 NDTMS figures are published in December; the RAG is for Q1."),
    ("Eligible residents who took up an invitation to an NHS Health Check (%)",
     (("PH 03", None, None, 42.1, 45.6, 45.0),), None, "G",
     "New measure from April 2024: 1,387 checks from 3,042 invitations in Q2."),
    "Housing",
    ("Homelessness duties ended with accommodation secured for 6 months or more (%)",
     (("HSG 01a", "Prevention duty", 58.4, 61.2, 63.7, 60.0),
      ("HSG 01b", "Relief duty", 31.0, 33.5, 33.4, 35.0)), None, "A",
     "Prevention: 163 of 256 duties ended with accommodation secured; relief: 100 of 299. Few "
     "private lets are available at Local Housing Allowance rates."),
    ("Council housing repairs completed within target time (%)",
     (("HSG 02a", "Emergency (24 hours)", 98.6, 99.1, 99.4, 99.0),
      ("HSG 02b", "Urgent (7 days)", 91.2, 93.5, 92.0, 95.0),
      ("HSG 02c", "Routine (28 days)", 86.4, 88.1, 89.3, 90.0)), None, "A",
     "Routine repairs backlog down from 1,140 to 860 jobs since June."),
    ("Average days to re-let council homes (general needs)",
     (("HSG 03", None, 38.6, 35.2, "n/a", 30.0),), None, None,
     "Q2 not available: the voids module is being rebuilt after the housing system upgrade."),
    ("Households in temporary accommodation at quarter end (number)",
     (("HSG 04", None, 212, 229, 241, None),), None, None,
     "Includes 37 families in bed and breakfast at 30 September."),
)  # fmt: skip

NOTES = (
    "RAG compares the latest quarter reported with the 2024/25 target. Green: target met or "
    "better; Amber: within 5% of the target; Red: more than 5% away from the target.",
    "Where a measure is reported in more than one row (by age group, client group, type of duty "
    "or priority, or as a number and a percentage), its RAG rating is shown once, merged over "
    "its rows, and covers all of them. A target shown merged applies to every row it covers.",
    "Where the Q2 figure is not yet available the RAG is for Q1. n/a: not available. "
    "\u2013: no target set.",
)


def _value_format(value: object) -> str:
    return "#,##0" if isinstance(value, int) else "0.0"


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's adults, health and housing quarterly report to scrutiny.

    The Quarter 2 2024/25 performance report a metropolitan borough's
    performance and intelligence team takes to the Health and Adult Social
    Care Scrutiny Board: Ref, Measure, Breakdown, '2023/24 outturn',
    'Q1 2024/25'..'Q4 2024/25' (Q3 and Q4 empty), 'Target 2024/25', a
    filled R/A/G letter and Commentary under shaded service rows. Measures
    that are reported in parts take two or three rows, one per sub-measure,
    each with its own ref ('ASC 02a', 'ASC 02b'), a Breakdown cell (age
    group, client group, type of duty, repair priority, or 'Number' and '%
    of quit dates set') and its own figures. The measure's name, its RAG
    letter and its commentary are merged down over the group's rows; for
    the reviews measure the 75% target is merged over its three client
    groups too, elsewhere each part has its own target (or none: the quit
    count). A note under the table says a RAG merged over a measure's rows
    covers all of them and a merged target applies to every row it covers.

    A careful reader takes each part as an indicator of its own (under its
    ref, named by the measure and its breakdown). The merged RAG cell spans
    every row of its group and the note says it covers all of them, so the
    reader records that one rating against each part's latest quarter (Q2
    for every part here), including the quit count, which has no target of
    its own: the Amber is the rating the council published for the measure
    that row belongs to. The rating is not spread back to Q1 or the outturn:
    as with any single RAG column it rates the latest quarter. The merged
    75% applies to each client group's 2024/25 quarters; no 'Target 2024/25'
    applies to a 2023/24 outturn. One-row measures read as usual: the opiate
    measure's blank Q2 leaves Q1 its latest figure and the note puts its
    RAG there; the re-let 'n/a' Q2 is kept as text, unrated; the safeguarding
    concerns count has a dash for its target and no RAG; the social contact
    survey has only its 2023/24 outturn, so its 2024/25 target applies to
    nothing; the health check measure is new this year. Units are only in
    names; there is no polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Adult Social Care, Public Health and Housing \u2013 Quarter 2 2024/25")
    sheet["A2"] = (
        "Northbrook Metropolitan Borough Council \u2013 Health and Adult Social Care Scrutiny "
        "Board, 21 November 2024 \u2013 Appendix A"
    )
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Performance and Intelligence Team. Figures are for the quarter unless stated."
    sheet["A3"].font = Font(size=9, italic=True)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    ncol = len(HEADINGS)
    middle = Alignment(vertical="center", wrap_text=True)
    centre = Alignment(horizontal="center", vertical="center")
    exp = Expected([])
    row = FIRST
    for entry in TABLE:
        if isinstance(entry, str):
            sheet.cell(row=row, column=1, value=entry).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        name, parts, shared_target, rag, note = entry
        top, last = row, row + len(parts) - 1
        for col in range(1, ncol + 1):
            for r in range(top, last + 1):
                sheet.cell(row=r, column=col).border = BOX
        sheet.cell(row=top, column=2, value=name).alignment = middle
        if rag:
            cell = sheet.cell(row=top, column=COL_RAG, value=rag)
            cell.alignment = centre
            cell.font = Font(bold=True)
            colour = RAG_FILL[rag]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        sheet.cell(row=top, column=COL_NOTE, value=note).alignment = middle
        if shared_target is not None:
            cell = sheet.cell(row=top, column=COL_TARGET, value=shared_target)
            cell.number_format = "0.0"
            cell.alignment = centre
        for ref, breakdown, *values, own_target in parts:
            sheet.cell(row=row, column=1, value=ref).alignment = middle
            if breakdown is not None:
                sheet.cell(row=row, column=3, value=breakdown).alignment = middle
            for k, value in enumerate(values):
                if value is None:
                    continue
                cell = sheet.cell(row=row, column=COL_FIRST_VALUE + k, value=value)
                cell.alignment = Alignment(horizontal="right", vertical="center")
                if isinstance(value, int | float):
                    cell.number_format = _value_format(value)
            if own_target is not None:
                cell = sheet.cell(row=row, column=COL_TARGET, value=own_target)
                cell.alignment = centre
                if isinstance(own_target, float):
                    cell.number_format = "#,##0.0" if own_target >= 100 else "0.0"
            target = shared_target if shared_target is not None else num(own_target)
            full = name if breakdown is None else f"{name} \u2013 {breakdown}"
            given = [k for k, v in enumerate(values) if v is not None]
            for k in given:
                value = values[k]
                status = RAG[rag] if rag and k == given[-1] else None
                goal = target if k in THIS_YEAR else None
                exp.observations.append(
                    Obs(ref, full, PERIODS[k], num(value), text_of(value), goal, status)
                )
            row += 1
        if last > top:
            for col in (2, COL_RAG, COL_NOTE) + ((COL_TARGET,) if shared_target else ()):
                sheet.merge_cells(start_row=top, start_column=col, end_row=last, end_column=col)
    for j, line in enumerate(NOTES, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 9, "B": 46, "C": 24, "I": 10, "J": 6, "K": 58}
    for letter in "DEFGH":
        widths[letter] = 10
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
