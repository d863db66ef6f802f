"""A scorecard whose Target, 'Good is', RAG and comment cells are merged down over the sub-rows of a measure that share them."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

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

SHEET = "People Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
UNIT = {"%": "%", "Number": "number", "Rate": "rate"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")
THIN = Side(style="thin", color="FF808080")
MIDDLE = Alignment(horizontal="center", vertical="center", wrap_text=True)

# A section is a 1-tuple. A group is (good is, target, merged RAG or None, comment, rows), each
# row (ref, measure, unit, 2023/24, Q1, Q2, Q3, own RAG or None). Merged cells span the group's
# rows. Percentages are typed in points; the 18% target over the child protection pair is a
# fraction under '0%'.
GROUPS: tuple[tuple[object, ...], ...] = (
    ("Public Health",),
    ("High", 55, None, "Quit rates for men improved after the pharmacy offer was extended.", (
        ("PH01a", "Smokers setting a quit date who had quit at 4 weeks \u2013 men", "%",
         49.2, 51.8, 54.1, 56.3, "G"),
        ("PH01b", "Smokers setting a quit date who had quit at 4 weeks \u2013 women", "%",
         52.6, 53.0, 50.7, 52.9, "A"),
    )),
    ("High", 90, None, None, (
        ("PH02", "New birth visits by a health visitor within 14 days (%)", "%",
         88.4, 91.2, 89.6, 92.3, "G"),
    )),
    ("High", 50, "A", "All three age groups are below the 50% ambition; GP practices in the "
     "east of the borough are being targeted.", (
        ("PH03a", "Eligible people taking up an NHS Health Check \u2013 aged 40 to 54", "%",
         38.1, 41.5, 44.0, 45.2, None),
        ("PH03b", "Eligible people taking up an NHS Health Check \u2013 aged 55 to 64", "%",
         46.9, 47.3, 48.8, 49.1, None),
        ("PH03c", "Eligible people taking up an NHS Health Check \u2013 aged 65 to 74", "%",
         55.4, 52.0, 53.6, 51.8, None),
    )),
    ("Children's Social Care",),
    ("Low", 0.18, None, "Audit of second plans completed in November.", (
        ("CS01a", "Children becoming subject to a child protection plan for a second or "
         "subsequent time \u2013 number", "Number", 41, 9, 13, 8, None),
        ("CS01b", "Children becoming subject to a child protection plan for a second or "
         "subsequent time \u2013 % of new plans", "%", 21.4, 19.6, 24.1, 16.0, "G"),
    )),
    ("High", 65, None, None, (
        ("CS02", "Care leavers aged 19 to 21 in education, employment or training (%)", "%",
         58.7, 61.0, 63.4, 62.2, "A"),
    )),
    ("Adult Social Care",),
    ("High", 6, None, "Supported internship places filled from September.", (
        ("AS01a", "Adults with a learning disability in paid employment \u2013 men", "%",
         4.8, 5.1, 5.6, 6.2, "G"),
        ("AS01b", "Adults with a learning disability in paid employment \u2013 women", "%",
         3.9, 4.2, 4.4, "Not available", None),
    )),
    ("Low", 560, None, None, (
        ("AS02", "Permanent admissions to residential and nursing care, aged 65+, per 100,000",
         "Rate", 611.8, 142.6, 301.5, 448.9, "A"),
    )),
    ("High", 45, "G", None, (
        ("AS03a", "Adult social care users who have as much social contact as they would like "
         "\u2013 aged 18 to 64", "%", 44.1, 45.8, 46.3, 47.0, None),
        ("AS03b", "Adult social care users who have as much social contact as they would like "
         "\u2013 aged 65 and over", "%", 43.2, 44.9, 45.5, 46.1, None),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's quarterly People directorate scorecard to scrutiny.

    Oldham Council style: Ref, Measure, Unit, 'Good is', '2023/24'
    outturn, Q1/Q2/Q3 2024/25, 'Target 2024/25', 'RAG (Q3)' and Comments,
    under shaded directorate rows. Measures reported for men and women,
    for three age groups, or as a number and a percentage, are typed as
    rows of their own with their own refs ('PH01a', 'PH01b'), and the cells they share are merged
    down over them with Merge & Centre: 'Good is', the target and the
    comment always; the RAG too for the Health Check age groups (one
    Amber) and the social contact age groups (one Green), while other groups rate
    each row. Percentages are typed in points; the child protection target
    is typed '18%' (a fraction under '0%').

    A careful reader takes each row's figures as its own indicator, the
    2023/24 outturn without a target (the target is for 2024/25), and a
    merged cell's value for every row it covers: each sub-row gets the
    target, polarity and, where the RAG is merged, the rating for its Q3.
    One exception a careful reader makes without doubt: the '18%' target
    merged over the child protection number and percentage rows is a
    percentage, so it is the percentage row's target; the number row (Unit
    'Number') has no target, and its blank RAG gives it no rating; 'Good
    is: Low' applies to both. The women's learning disability Q3 says 'Not
    available', kept as text with no rating. Units come from the Unit
    column (Rate for the admissions per 100,000).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Oldham Council \u2013 People Directorate Performance Scorecard")
    sheet["A2"] = "Quarter 3 2024/25 (October to December 2024)"
    sheet["A3"] = "Health and Social Care Scrutiny Board, February 2025"
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", "Unit", "Good is", "2023/24", "Q1 2024/25", "Q2 2024/25",
              "Q3 2024/25", "Target 2024/25", "RAG (Q3)", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = MIDDLE
    exp = Expected([])
    row = FIRST
    for spec in GROUPS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        good, target, group_rag, comment, rows = spec
        assert isinstance(rows, tuple)
        top, bottom = row, row + len(rows) - 1
        sheet.cell(row=top, column=4, value=good)
        sheet.cell(row=top, column=9, value=target)
        if isinstance(target, float):
            sheet.cell(row=top, column=9).number_format = "0%"
        if group_rag is not None:
            sheet.cell(row=top, column=10, value=group_rag)
            _rag_fill(sheet, top, str(group_rag))
        if comment is not None:
            sheet.cell(row=top, column=11, value=comment)
        merged = [4, 9, 11] + ([10] if group_rag is not None else [])
        for col in merged:
            sheet.cell(row=top, column=col).alignment = MIDDLE
            if bottom > top:
                sheet.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        for ref, name, unit, *figures, own_rag in rows:
            put_row(sheet, row, 1, [ref, name, unit, None, *figures])
            if own_rag is not None:
                sheet.cell(row=row, column=10, value=own_rag)
                _rag_fill(sheet, row, str(own_rag))
                sheet.cell(row=row, column=10).alignment = MIDDLE
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).border = Border(top=THIN, bottom=THIN)
            # The merged 18% is a percentage target: it belongs to the percentage row only.
            goal = num(target)
            if isinstance(target, float):
                goal = round(target * 100, 6) if unit == "%" else None
            rating = RAG.get(str(own_rag if own_rag is not None else group_rag))
            given = [(p, v) for p, v in zip(PERIODS, figures, strict=True) if v is not None]
            for k, (period, value) in enumerate(given):
                exp.observations.append(
                    Obs(
                        str(ref),
                        str(name),
                        period,
                        num(value),
                        text_of(value),
                        None if period == "2023/24" else goal,
                        rating if k == len(given) - 1 and period == "Q3 2024/25" else None,
                    )
                )
            exp.add_meta(str(ref), str(name), GOOD[str(good)], UNIT[str(unit)])
            row += 1
    notes = (
        "Where a measure is reported for more than one group, the target, direction and "
        "commentary are shared by its rows.",
        "RAG (Q3): G \u2013 target met; A \u2013 within 10% of target; R \u2013 more than 10% "
        "from target. Sources: Mosaic, LiquidLogic, NHS Digital, local stop smoking service.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    for letter, width in {"A": 7, "B": 66, "C": 8, "D": 8, "I": 10, "J": 8, "K": 46}.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp


def _rag_fill(sheet: Worksheet, row: int, letter: str) -> None:
    rgb = RAG_FILL[letter]
    sheet.cell(row=row, column=10).fill = PatternFill(
        fill_type="solid", start_color=rgb, end_color=rgb
    )
