"""Portfolio heading rows that carry their red/amber/green tallies, in the text or in the next cells."""

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
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Q3 Performance"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF203764", end_color="FF203764")
SECTION = PatternFill(fill_type="solid", start_color="FFB4C6E7", end_color="FFB4C6E7")
THIN = Side(style="thin", color="FFBFBFBF")

# A section row is ("section", heading text, cells after the heading in columns C, D, E or
# None). Otherwise: code, indicator, Q1, Q2, Q3 2024/25, target, RAG word (Q3), comment.
# Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("section", "Children's Services (1 red, 2 amber, 3 green)", None),
    ("CS01", "Children in care per 10,000 children aged under 18", 71.2, 72.8, 74.1, None, None,
     "Data only. Includes 14 unaccompanied asylum-seeking children."),
    ("CS02", "Child protection plans lasting 2 years or more (%)", 3.1, 2.4, 2.9, 3.0, "Green",
     None),
    ("CS03", "Re-referrals to children's social care within 12 months (%)", 24.6, 22.1, 23.8,
     20.0, "Red", "Audit of re-referrals reported to the Children's Partnership in January."),
    ("CS04", "Single assessments completed within 45 working days (%)", 86.4, 88.9, 91.2, 90.0,
     "Green", None),
    ("CS05", "EHC plans issued within 20 weeks, excluding exceptions (%)", 41.7, 48.3, 55.9, 60.0,
     "Amber", "Educational psychology capacity improving; agency EPs in place to March."),
    ("CS06", "Care leavers aged 19\u201321 in education, employment or training (%)", 58.0, 61.3,
     63.5, 65.0, "Amber", None),
    ("CS07", "Children in care with 3 or more placements in the year (%)", 9.8, "n/a", 8.7, 10.0,
     "Green", "Q2 not reported during the case system upgrade."),
    ("section", "Place \u2013 2 Red / 4 Green", None),
    ("PL01", "Household waste reused, recycled or composted (%)", 52.3, 50.8, 44.1, 50.0, "Red",
     "Seasonal fall in garden waste; Q3 is provisional."),
    ("PL02", "Missed bin collections per 100,000 collections", 38, 42, 61, 50, "Red",
     "Disruption after the round reconfiguration in November."),
    ("PL03", "Principal roads where maintenance should be considered (%)", None, None, 4.0, 5.0,
     "Green", "Annual SCANNER survey result."),
    ("PL04", "Category 2 potholes repaired within 28 days (%)", 91.5, 93.2, 95.8, 90.0, "Green",
     None),
    ("PL05", "Major planning applications determined within 13 weeks or agreed time (%)", 100.0,
     87.5, 92.3, 90.0, "Green", None),
    ("PL06", "Supported bus services running on time (%)", 84.1, 86.0, 85.7, 85.0, "Green", None),
    ("section", "Adults and Health", ("Red 1", "Amber 2", "Green 2")),
    ("AH01", "Adults with a care and support review in the last 12 months (%)", 61.4, 64.0, 66.2,
     75.0, "Red", "Review team recruitment complete; backlog plan agreed."),
    ("AH02", "People discharged home within 24 hours of being medically fit (%)", 78.9, 81.3,
     83.0, 85.0, "Amber", None),
    ("AH03", "Safeguarding enquiries where the person's desired outcomes were achieved (%)", 93.1,
     94.6, 95.2, 95.0, "Green", None),
    ("AH04", "Older people still at home 91 days after discharge into reablement (%)", 80.2, 82.7,
     79.5, 82.0, "Amber", None),
    ("AH05", "Smokers setting a quit date who had quit at 4 weeks (%)", 54.0, 57.3, 58.9, 55.0,
     "Green", None),
    ("AH06", "Contacts to the adult social care front door", 3912, 4108, 4377, None, None,
     "Data only."),
    ("section", "Resources", (0, 1, 3)),
    ("RS01", "Undisputed invoices paid within 30 days (%)", 96.2, 95.8, 97.1, 95.0, "Green", None),
    ("RS02", "Working days lost to sickness absence per FTE (rolling 12 months)", 10.2, 9.8, 9.4,
     9.0, "Amber", None),
    ("RS03", "Freedom of Information requests answered within 20 working days (%)", 91.0, 93.4,
     94.1, 90.0, "Green", None),
    ("RS04", "Customer service calls answered within 2 minutes (%)", 82.5, 85.1, 88.0, 85.0,
     "Green", None),
)  # fmt: skip

COUNT_FILLS = (RED_FILL, AMBER_FILL, GREEN_FILL)


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly corporate performance report to Scrutiny Management Board.

    One table (Ref, Indicator, 'Q1 2024/25'..'Q3 2024/25', Target, a filled
    'RAG' word, Comments) under blue portfolio heading rows that also carry the
    portfolio's tally of ratings, typed a little differently by each
    directorate's performance lead: 'Children's Services (1 red, 2 amber, 3
    green)', 'Place \u2013 2 Red / 4 Green', 'Adults and Health' with 'Red 1',
    'Amber 2', 'Green 2' in the next cells of the heading row, and
    'Resources' with bare counts 0, 1, 3 in red, amber and green filled cells
    after it. A summary line above the table gives the whole report's tally
    and a note says what the heading counts are.

    A careful reader takes the heading rows as portfolio headings only: their
    counts (which agree with the RAG words below them) are not indicators or
    figures, though they sit in the quarter columns. Each indicator row gives
    its quarters, the one target for every quarter and the RAG for Q3. Two
    data-only rows have no target or rating; a placement measure's Q2 is
    'n/a'; the road condition survey gives only a Q3 figure. No polarity or
    unit column. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Corporate Performance Report \u2013 Quarter 3 2024/25 (October to December)"
    )
    sheet["A2"] = "Scrutiny Management Board, 20 February 2025"
    sheet["A3"] = "Summary: 23 indicators \u2013 4 red, 5 amber, 12 green, 2 not rated (data only)."
    sheet["A4"] = (
        "Portfolio heading rows show how many of that portfolio's indicators are rated red, "
        "amber and green at Quarter 3."
    )
    sheet["A4"].font = Font(italic=True, size=9)
    header = ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target", "RAG",
              "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    ncol = len(header)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if spec[0] == "section":
            _, heading, counts = spec
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            sheet.cell(row=row, column=1, value=heading).font = Font(bold=True)
            if isinstance(counts, tuple):
                for offset, count in enumerate(counts):
                    cell = sheet.cell(row=row, column=3 + offset, value=count)
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(horizontal="center")
                    if isinstance(count, int):
                        rgb = COUNT_FILLS[offset]
                        cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            row += 1
            continue
        code, name, *values, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if rag in RAG_FILL:
            cell = sheet.cell(row=row, column=7)
            rgb = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center")
        if isinstance(values[2], int) and values[2] > 1000:
            for col in (3, 4, 5):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    num(target),
                    RAG.get(str(rag)) if period == given[-1] else None,
                )
            )
        row += 1
    notes = (
        "RAG: Green \u2013 on or better than target; Amber \u2013 within 10% of target; Red "
        "\u2013 more than 10% worse than target. Data-only indicators are not rated.",
        "Source: directorate performance returns, January 2025.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 64, "C": 11, "D": 11, "E": 11, "F": 8, "G": 8, "H": 58}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
