"""Outcome rows ('Outcome 1: Children and young people are safe') with their own overall rating over the measures."""

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
)

SHEET = "Q2 Scorecard"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
HEADINGS = ("Ref", "Measure", "Q2 2023/24", "Q1 2024/25", "Q2 2024/25", "Target", "Status",
            "Direction of travel", "Commentary")  # fmt: skip
PERIODS = ("Q2 2023/24", "Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF3F2A56", end_color="FF3F2A56")
OUTCOME = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
THIN = Side(style="thin", color="FFA6A6A6")

# An outcome row: ("outcome", its title, its overall rating, the judgement written beside it).
# A measure row: ref, measure, Q2 2023/24, Q1 2024/25, Q2 2024/25, target ('\u2013' none,
# 'TBC' not yet set), status of the latest quarter given, direction of travel, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("outcome", "Outcome 1: Children and young people are safe", "Amber",
     "Early help and assessment timeliness strong; repeat child protection plans are the main concern."),
    ("CS01", "Re-referrals to children's social care within 12 months of a previous referral (%)",
     24.1, 21.8, 23.0, 22.0, "Amber", "Improving",
     "143 of 622 referrals in the quarter were re-referrals."),
    ("CS02", "Child and family assessments completed within 45 working days (%)",
     81.2, 88.4, 90.1, 85.0, "Green", "Improving", None),
    ("CS03", "Children becoming subject to a child protection plan for a second or subsequent time (%)",
     22.7, 25.3, 26.9, 20.0, "Red", "Declining",
     "18 of 67 new plans were repeat plans; a multi-agency audit of these cases reports in December."),
    ("CS04", "Child protection visits completed within 10 working days (%)",
     87.5, 91.2, 89.0, 90.0, "Amber", "Improving", None),
    ("CS05", "Contacts received by the Children's Front Door",
     4812, 5106, 4977, "\u2013", None, None, "Demand measure; 37% of contacts came from the police."),
    ("outcome", "Outcome 2: Children in care and care leavers have stable homes and good futures",
     "Amber", "Care leavers' outcomes above target; placement stability has fallen for two quarters."),
    ("CS06", "Children looked after with three or more placements in the last 12 months (%)",
     9.4, 10.8, 11.6, 10.0, "Red", "Declining",
     "61 of 526 children; shortage of local foster carers for teenagers."),
    ("CS07", "Children looked after with an up-to-date health assessment (%)",
     86.0, 88.7, None, 90.0, "Amber", None,
     "Q2 figure awaited from the health provider; status is for Q1."),
    ("CS08", "Care leavers aged 19 to 21 in education, employment or training (%)",
     52.3, 56.1, 57.4, 55.0, "Green", "Improving", None),
    ("CS09", "Care leavers aged 19 to 21 in suitable accommodation (%)",
     90.2, 91.5, 89.9, 88.0, "Green", "No change", None),
    ("outcome", "Outcome 3: Children with special educational needs and disabilities get the right help at the right time",
     "Red", "Plans are still too slow despite improvement since last year; recovery plan in place."),
    ("CS10", "New Education, Health and Care plans issued within 20 weeks, excluding exceptions (%)",
     38.2, 44.6, 41.0, 60.0, "Red", "Improving",
     "112 of 273 plans issued in time; educational psychology capacity is the main delay."),
    ("CS11", "Annual reviews of EHC plans completed within 12 months (%)",
     None, None, 63.5, "TBC", None, None,
     "New measure from Q2 2024/25; the target will be set once a baseline is established."),
    ("CS12", "Requests for an EHC needs assessment received",
     312, 287, 344, "\u2013", None, None, "Demand measure; up 10% on the same quarter last year."),
    ("outcome", "Outcome 4: Children and young people attend school and achieve well", "Amber",
     "Attendance improving; the September rise in young people whose activity is not known is seasonal."),
    ("CS13", "Pupils persistently absent from school (%)",
     "n/a", 18.9, 17.6, 17.0, "Amber", None,
     "Now taken from the DfE daily attendance data; no comparable figure for Q2 2023/24."),
    ("CS14", "16 and 17 year olds not in education, employment or training, or whose activity is not known (%)",
     6.1, 5.2, 7.8, 5.5, "Red", "Declining",
     "Seasonal: 412 of 5,283 young people, most not yet confirmed under the September Guarantee."),
    ("CS15", "Pupils attending a school judged good or outstanding (%)",
     88.4, 89.1, 89.1, 90.0, "Amber", "Improving",
     "Two primary schools moved from Requires Improvement to Good in September."),
)  # fmt: skip


def _tally(start: int) -> str:
    """The count of measure ratings under the outcome row at ROWS[start], as the report writes it."""
    counts = {"Green": 0, "Amber": 0, "Red": 0}
    unrated = 0
    for spec in ROWS[start + 1 :]:
        if spec[0] == "outcome":
            break
        status = spec[6]
        if status is None:
            unrated += 1
        else:
            counts[str(status)] += 1
    text = f"{counts['Green']} green, {counts['Amber']} amber, {counts['Red']} red"
    return text + (f", {unrated} not rated" if unrated else "")


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly children's services scorecard to a select committee.

    The scorecard is arranged by the outcomes of the children and young
    people's plan. Each outcome has a full-width row ('Outcome 1: Children
    and young people are safe') shaded lilac, its title merged across the
    reference, measure and figure columns, no figures, its own overall
    rating as a filled word in the Status column (agreed by the leadership
    team, not a sum) and, in the Commentary column, the count of the
    measures' ratings ('1 green, 2 amber, 1 red, 1 not rated') and a short
    judgement. The measures beneath have Ref, Measure (units in the name),
    'Q2 2023/24' (same quarter last year), 'Q1 2024/25', 'Q2 2024/25', one
    Target, a filled Status word, a Direction of travel word and
    Commentary. A key under the table.

    A careful reader takes the measure rows as the observations: Status
    rates the latest quarter given (Q2, or Q1 for health assessments whose
    Q2 is awaited). The Target names no year, so it stands for every
    quarter of its row, last year's included. The outcome rows are
    headings with a rating of their own, not measures with figures, so
    they give no observation; neither does the Direction of travel. The
    demand counts have a dash target and no status; the new annual reviews
    measure has only Q2 and a 'TBC' target (no target); 'n/a' for Q2
    2023/24 is kept as text. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Wealdshire County Council"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (
        "Children's Services Performance Scorecard \u2013 Quarter 2 2024/25 (July to September 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Children and Young People's Select Committee \u2013 14 November 2024 \u2013 Annex A"
    )
    sheet["A3"].font = Font(italic=True)
    sheet["A4"] = (
        "Each outcome carries an overall rating agreed by the Children's Services Leadership Team, "
        "drawing on the measures beneath it and wider evidence."
    )
    sheet["A4"].font = Font(size=9, italic=True)
    put_row(sheet, HEAD_ROW, 1, list(HEADINGS))
    ncol = len(HEADINGS)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for index, spec in enumerate(ROWS):
        if spec[0] == "outcome":
            _, heading, rating, judgement = spec
            sheet.cell(row=row, column=1, value=heading).font = Font(bold=True, color="FF3F2A56")
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = OUTCOME
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            status = sheet.cell(row=row, column=7, value=rating)
            rgb = RAG_FILL[str(rating)]
            status.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            status.font = Font(bold=True)
            status.alignment = Alignment(horizontal="center", vertical="center")
            note = sheet.cell(row=row, column=9, value=f"Overall: {_tally(index)}. {judgement}")
            note.font = Font(bold=True, size=9)
            note.alignment = Alignment(wrap_text=True, vertical="top")
            sheet.row_dimensions[row].height = 30
            row += 1
            continue
        ref, name, *figures, target, rag, _direction, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if 3 <= col <= 8:
                cell.alignment = Alignment(horizontal="center", vertical="top")
            elif col == 9:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            cell = sheet.cell(row=row, column=7)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
        goal = num(target)
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal,
                    RAG[str(rag)] if rag is not None and k == given[-1] else None)
            )  # fmt: skip
        row += 1
    notes = (
        "Status: Green \u2013 target met or exceeded; Amber \u2013 within 5% of target; Red \u2013 "
        "more than 5% from target. Status is for the latest quarter with a figure.",
        "Direction of travel compares the latest quarter with the same quarter last year.",
        "\u2013 no target (demand measure). TBC target to be confirmed. n/a not available.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 62, "C": 11, "D": 11, "E": 11, "F": 9, "G": 10, "H": 12, "I": 58}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
