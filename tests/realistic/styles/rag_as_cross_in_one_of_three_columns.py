"""The rating marked by an X (or a tick) typed in one of three narrow columns headed R, A and G."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Appendix 1"
BAND_ROW = 5
HEAD_ROW = 6
LATEST, PREVIOUS = "Q3 2024/25", "Q2 2024/25"
COLOURS: tuple[Rag, Rag, Rag] = ("red", "amber", "green")
HEAD_FILLS = (RED_FILL, AMBER_FILL, GREEN_FILL)
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FF808080")

# A 1-tuple is a section row. Otherwise: ref, measure, latest quarter (Q3), previous quarter
# (Q2), target 2024/25, the mark typed in R, A or G as (column index 0-2, mark) or None,
# commentary. Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Education and Family Support",),
    ("EFS01", "Primary school attendance (%)", 94.1, 95.0, 95.0, (1, "X"),
     "Winter illness; attendance officers targeting persistent absence."),
    ("EFS02", "Secondary school attendance (%)", 90.2, 91.8, 92.0, (1, "X"), None),
    ("EFS03", "Fixed-term exclusions (days lost per 1,000 pupils)", 38.6, 31.2, 30.0, (0, "X"),
     "Rise concentrated in two secondary schools; support plans agreed."),
    ("EFS04", "Young people not in education, employment or training at 16 (%)", 1.6, 1.9, 2.0,
     (2, "X"), None),
    ("EFS05", "Free school meals take-up (%)", 86.3, 84.9, None, None, "Monitoring only."),
    ("Social Services and Wellbeing",),
    ("SSW01", "Adult safeguarding enquiries completed within 7 days (%)", 91.4, 89.0, 90.0,
     (2, "\u2713"), None),
    ("SSW02", "Carers offered an assessment (%)", 71.0, 74.5, 80.0, (0, "X"),
     "Vacancies in the carers team; recruitment under way."),
    ("SSW03", "Looked after children with three or more placements in the year (%)", 8.7, 9.3,
     10.0, (2, "X"), None),
    ("SSW04", "Average days to deliver a Disabled Facilities Grant", 208, 236, 200, (1, "x"),
     "Contractor availability improving."),
    ("SSW05", "Reablement: people with reduced or no package after 6 months (%)", "n/a", 63.8,
     65.0, None, "Q3 follow-up data not yet available."),
    ("SSW06", "Delayed transfers of care for social care reasons (per 1,000 adults 75+)", 4.1,
     4.6, 4.0, (1, "X"), None),
    ("Communities",),
    ("COM01", "Household waste reused, recycled or composted (%)", 66.8, 70.2, 70.0, (1, "X"),
     "Seasonal drop in garden waste."),
    ("COM02", "Highways safety inspections completed on time (%)", 98.9, 99.4, 95.0,
     (2, "\u2713"), None),
    ("COM03", "Fly-tipping incidents cleared within 5 working days (%)", 96.2, 97.5, 95.0,
     (2, "X"), None),
    ("COM04", "Number of empty properties brought back into use", 17, 12, 15, (2, "X"), None),
    ("COM05", "Leisure centre visits (thousands)", None, 141.2, None, None,
     "Q3 figure due from the leisure trust in February."),
    ("COM06", "Planning applications determined within 8 weeks (%)", 75.2, 83.0, 80.0,
     (0, "X"), "Validation backlog after staff turnover."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's form-style performance appendix to scrutiny.

    The kind of appendix a Welsh county borough puts in front of its
    Corporate Overview and Scrutiny Committee, built as a form: Ref,
    Measure, 'Quarter 3 2024/25' (latest), 'Quarter 2 2024/25' (previous),
    'Target 2024/25', then three narrow columns 'R', 'A', 'G' under a
    merged 'Status (mark X)' banner with coloured heading cells, the
    officer typing an 'X' (once lower case 'x', twice a tick) in one of
    them; then Commentary. Monitoring-only and unavailable rows have no
    mark; one Q3 is 'n/a', one is blank.

    A careful reader takes the column carrying the mark as the rating of
    the latest quarter (Q3), the single target as applying to both
    quarters, and a row without a mark as unrated. Nothing doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Assessment \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Corporate Overview and Scrutiny Committee \u2013 12 February 2025"
    sheet["A3"] = (
        "Mark X in one status column: R \u2013 off target; A \u2013 off target but within 5%; "
        "G \u2013 on or above target."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    merge(sheet, "C5:D5", "Performance")
    merge(sheet, "F5:H5", "Status (mark X)")
    heads = ["Ref", "Measure", "Quarter 3 2024/25", "Quarter 2 2024/25", "Target 2024/25",
             "R", "A", "G", "Commentary"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for k, rgb in enumerate(HEAD_FILLS):
        cell = sheet.cell(row=HEAD_ROW, column=6 + k)
        cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, latest, previous, target, mark, comment = spec
        put_row(sheet, row, 1, [ref, name, latest, previous, target])
        if comment:
            sheet.cell(row=row, column=9, value=comment)
        rag: Rag | None = None
        if isinstance(mark, tuple):
            index, symbol = mark
            sheet.cell(row=row, column=6 + index, value=symbol)
            rag = COLOURS[index]
        for col in range(1, len(heads) + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            if 6 <= col <= 8:
                cell.alignment = Alignment(horizontal="center")
        goal = num(target)
        if previous is not None:
            exp.observations.append(
                Obs(str(ref), str(name), PREVIOUS, num(previous), text_of(previous), goal)
            )
        if latest is not None:
            exp.observations.append(
                Obs(str(ref), str(name), LATEST, num(latest), text_of(latest), goal, rag)
            )
        else:
            assert rag is None
        row += 1
    sheet.cell(row=row + 1, column=1, value="Source: service performance returns, January 2025.")
    widths = {"A": 8, "B": 60, "C": 12, "D": 12, "E": 11, "F": 4, "G": 4, "H": 4, "I": 55}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
