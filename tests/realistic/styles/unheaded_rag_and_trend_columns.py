"""Narrow unheaded columns after each quarter holding its R/A/G letter and a trend arrow."""

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

SHEET = "Q3 dashboard"
HEAD_ROW = 4
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"High is good": "higher_is_better", "Low is good": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
SECTION = PatternFill(fill_type="solid", start_color="FFD0E8E4", end_color="FFD0E8E4")
UP, DOWN, SAME = "\u2191", "\u2193", "\u2192"
# Quarter, its value column, its RAG column, its arrow column (None: Q1 has no arrow).
QUARTERS = (("Q1 2024/25", 5, 6, None), ("Q2 2024/25", 7, 8, 9), ("Q3 2024/25", 10, 11, 12))
NCOL = 13

# A 1-tuple is a section row. Otherwise: ref, indicator, polarity, target 2024/25,
# (Q1 value, RAG), (Q2 value, RAG, arrow), (Q3 value, RAG, arrow), comments.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Health and Wellbeing",),
    (
        "HW1",
        "Adults (18+) physically active for 150 minutes a week (%)",
        "High is good",
        65.0,
        (63.1, "A"),
        (64.0, "A", UP),
        (65.4, "G", UP),
        "Active Lives survey, rolling 12 months.",
    ),
    (
        "HW2",
        "Stop smoking service quitters at 4 weeks",
        "High is good",
        600,
        (132, "A"),
        (149, "A", UP),
        (171, "G", UP),
        "Cumulative 452 against a profile of 450.",
    ),
    (
        "HW3",
        "NHS Health Checks delivered to the eligible population (%)",
        "High is good",
        10.0,
        (2.1, "R"),
        (4.6, "A", UP),
        (7.0, "A", UP),
        "Cumulative; GP practice uptake uneven.",
    ),
    (
        "HW4",
        "Delayed transfers of care from hospital (average daily beds)",
        "Low is good",
        12,
        (14.2, "R"),
        (11.8, "G", DOWN),
        (13.1, "A", UP),
        "Arrow shows the figure rose; performance worsened.",
    ),
    (
        "HW5",
        "Leisure centre memberships",
        "High is good",
        None,
        (8412, None),
        (8530, None, UP),
        (8498, None, SAME),
        "Information only.",
    ),
    ("Children and Young People",),
    (
        "CYP1",
        "Early Help assessments completed within 45 days (%)",
        "High is good",
        85.0,
        (79.6, "A"),
        (83.2, "A", UP),
        (88.1, "G", UP),
        None,
    ),
    (
        "CYP2",
        "Children subject to a child protection plan for a second or subsequent time (%)",
        "Low is good",
        20.0,
        (24.3, "R"),
        (21.0, "A", DOWN),
        (18.7, "G", DOWN),
        None,
    ),
    (
        "CYP3",
        "Care leavers aged 19-21 in education, employment or training (%)",
        "High is good",
        55.0,
        (52.4, "A"),
        ("n/a", None, None),
        (56.9, "G", UP),
        "Q2 not collected: caseworker system upgrade.",
    ),
    (
        "CYP4",
        "Pupils persistently absent from school (%)",
        "Low is good",
        18.0,
        (19.5, "A"),
        (17.2, "G", DOWN),
        (None, None, None),
        "Autumn term data published in March.",
    ),
    (
        "CYP5",
        "Young people not in education, employment or training aged 16-17 (%)",
        "Low is good",
        3.5,
        (4.8, "R"),
        (5.9, "R", UP),
        (3.3, "G", DOWN),
        "Q2 high every year while September destinations are confirmed.",
    ),
    ("Safer and Stronger Communities",),
    (
        "SSC1",
        "Anti-social behaviour incidents reported to the council",
        "Low is good",
        None,
        (611, None),
        (702, None, UP),
        (544, None, DOWN),
        "Data only.",
    ),
    (
        "SSC2",
        "Domestic abuse cases reviewed at MARAC within 28 days (%)",
        "High is good",
        90.0,
        (92.5, "G"),
        (88.0, "A", DOWN),
        (90.0, "G", UP),
        None,
    ),
    (
        "SSC3",
        "Residents satisfied with their local area as a place to live (%)",
        "High is good",
        80.0,
        (None, None),
        (None, None, None),
        (76.0, "A", None),
        "Annual residents' survey, reported in Q3 only.",
    ),
    (
        "SSC4",
        "Graffiti removed within 5 working days (%)",
        "High is good",
        95.0,
        (96.4, "G"),
        (97.1, "G", UP),
        (91.8, "A", DOWN),
        "Contractor staff shortage in December.",
    ),
    (
        "SSC5",
        "Licensing applications processed within statutory timescales (%)",
        "High is good",
        100.0,
        (100.0, "G"),
        (98.7, "A", DOWN),
        (100.0, "G", UP),
        None,
    ),
)


def build(path: Path) -> Expected:
    """Imitates a unitary council's health and communities dashboard with unheaded flag columns.

    Dashboards printed for a unitary council's Health, Communities and
    Children's scrutiny panel often put, after each quarter's figure, one or
    two narrow columns with no heading at all: the first holding the R/A/G
    letter (on a coloured cell), the second an arrow for the trend since the
    previous quarter (Q1 has only the RAG column). Their heading cells are
    empty, just filled in the heading colour. Ref, Indicator, Polarity
    ('High is good' / 'Low is good'), 'Target 2024/25', then the quarter
    blocks and Comments; a key below the table explains the letters and the
    arrows (the arrow shows the direction the figure moved, not whether it
    improved).

    A careful reader takes each quarter's figure as that quarter, with the
    year's target and the letter in the narrow column after it as that
    quarter's own RAG; the arrows are not figures. Rough edges: an 'n/a' Q2
    with no letter or arrow, a blank Q3 (no observation), a survey reported
    in Q3 only with no arrow, information-only rows with arrows but no target
    or letter. Polarity from its column; no unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Health, Communities and Children \u2013 Performance Dashboard 2024/25")
    sheet["A2"] = "Quarter 3 (October\u2013December 2024). Scrutiny Panel, 4 March 2025."
    sheet["A2"].font = Font(italic=True)
    heads: list[object] = [None] * NCOL
    heads[0:4] = ["Ref", "Indicator", "Polarity", "Target 2024/25"]
    for period, value_col, _rag_col, _arrow_col in QUARTERS:
        heads[value_col - 1] = period
    heads[NCOL - 1] = "Comments"
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, NCOL + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, polarity, target, q1, q2, q3, note = spec
        put_row(sheet, row, 1, [code, name, polarity, target])
        if note:
            sheet.cell(row=row, column=NCOL, value=note)
        pct = "(%)" in str(name)
        sheet.cell(row=row, column=4).number_format = "0.0" if pct else "#,##0"
        for (period, value_col, rag_col, arrow_col), block in zip(
            QUARTERS, (q1, q2, q3), strict=True
        ):
            assert isinstance(block, tuple)
            value, letter = block[0], block[1]
            arrow = block[2] if arrow_col else None
            if value is not None:
                cell = sheet.cell(row=row, column=value_col, value=value)
                cell.number_format = "0.0" if pct or isinstance(value, float) else "#,##0"
                cell.alignment = Alignment(horizontal="center")
            if letter:
                cell = sheet.cell(row=row, column=rag_col, value=letter)
                colour = RAG_FILL[str(letter)]
                cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
                cell.font = Font(bold=True, size=9)
                cell.alignment = Alignment(horizontal="center")
            if arrow and arrow_col:
                cell = sheet.cell(row=row, column=arrow_col, value=arrow)
                cell.alignment = Alignment(horizontal="center")
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
                    RAG[str(letter)] if letter else None,
                )
            )
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = Border(
                bottom=Side(style="thin", color="FFBFBFBF")
            )
        exp.add_meta(str(code), str(name), POLARITY[str(polarity)], None)
        row += 1
    key = (
        "Key",
        "R  Red \u2013 more than 10% worse than target",
        "A  Amber \u2013 within 10% of target",
        "G  Green \u2013 target met or exceeded",
        f"{UP}  figure higher than the previous quarter   {DOWN}  figure lower than the previous "
        f"quarter   {SAME}  no change",
        "Arrows show the direction the figure moved; read them with the polarity column.",
        "n/a \u2013 not available. Blank \u2013 not yet due.",
    )
    for j, line in enumerate(key, start=row + 1):
        cell = sheet.cell(row=j, column=2, value=line)
        cell.font = Font(bold=j == row + 1, size=9)
    widths = {"A": 6, "B": 64, "C": 12, "D": 10, "E": 9, "G": 9, "J": 9, "M": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "FHIKL":
        sheet.column_dimensions[letter].width = 3.5
    sheet.freeze_panes = f"E{HEAD_ROW + 1}"
    save(book, path)
    return exp
