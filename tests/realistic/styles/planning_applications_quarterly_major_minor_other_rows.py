"""A planning service's quarterly report: each measure merged down over its Major / Minor / Other / All rows."""

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

SHEET = "DM performance Q3"
HEAD_ROW = 7
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
HEADINGS = ("Ref", "Measure", "Application type", *PERIODS, "Target", "RAG", "Commentary")
COL_FIRST_VALUE, COL_TARGET, COL_RAG, COL_NOTE = 4, 9, 10, 11
NCOL = len(HEADINGS)
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FF8EA9DB")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

Part = tuple[str, str | None, tuple[object, ...], object, str | None, str | None]

# A str is a section row. Otherwise (measure as typed in the merged cell, its rows), each row:
# ref, application type (None: blank), 2023/24 and Q1..Q4 2024/25 as typed (None: blank;
# Q4 is not yet reported), target ('-' where none), RAG word (None: not rated), commentary.
# Percentages are typed in points, as the PS1/PS2 spreadsheet gives them.
MEASURES: tuple[str | tuple[str, tuple[Part, ...]], ...] = (
    "Speed and quality of decisions",
    ("Applications decided (number)", (
        ("DM01a", "Major", (38, 9, 11, 8, None), "-", None, None),
        ("DM01b", "Minor", (287, 71, 68, 64, None), "-", None, None),
        ("DM01c", "Other", (812, 214, 198, 176, None), "-", None,
         "Householder applications are 71% of 'Other' decisions this quarter."),
        ("DM01d", "All", (1137, 294, 277, 248, None), "-", None, None),
    )),
    ("Decided within 13 weeks (major) or 8 weeks (minor and other), or an agreed extension "
     "of time (%)", (
        ("DM02a", "Major", (89.5, 88.9, 81.8, 100.0, None), 60, "Green",
         "All eight major decisions in time; six under extension of time agreements."),
        ("DM02b", "Minor", (80.8, 84.5, 77.9, 68.8, None), 70, "Amber",
         "44 of 64 in time. Two planning officer posts vacant since October; an agency "
         "planner started on 6 January."),
        ("DM02c", "Other", (90.1, 92.1, 89.4, 86.9, None), 70, "Green", None),
        ("DM02d", "Non-major (minor and other)", (87.7, 90.2, 86.5, 82.1, None), 70, "Green",
         "The designation measure for non-major development."),
    )),
    ("Decisions overturned at appeal (% of all decisions of that type)", (
        ("DM03a", "Major", (2.6, 0.0, 0.0, None, None), 10, "Green",
         "Reported a quarter in arrears while appeals against Q3 decisions are outstanding: "
         "the RAG is for Q2."),
        ("DM03b", "Non-major", (0.9, 0.7, 1.1, None, None), 10, "Green",
         "Reported a quarter in arrears; the RAG is for Q2."),
    )),
    "Planning appeals",
    ("Appeals allowed (% of appeals decided)", (
        ("DM04a", "Major", (50.0, "n/a", 100.0, "n/a", None), "-", None,
         "Q2: Land east of Mill Lane (120 homes), refused in December 2023, allowed on "
         "appeal in August. n/a: no major appeals decided in the quarter."),
        ("DM04b", "Minor", (28.6, 33.3, 25.0, 40.0, None), "-", None, None),
        ("DM04c", "Other", (23.5, 0.0, 20.0, 16.7, None), "-", None, None),
        ("DM04d", "All", (27.3, 22.2, 30.0, 27.3, None), 30, "Green",
         "3 of 11 appeals allowed in Q3; no costs awarded against the council."),
    )),
    "Enforcement and validation",
    ("Enforcement complaints received (number)", (
        ("DM05", None, (412, 118, 104, 96, None), "-", None, None),
    )),
    ("Enforcement cases closed (number)", (
        ("DM06", None, (398, 109, 121, 88, None), "-", None, None),
    )),
    ("Initial site visit within 10 working days of a complaint (%)", (
        ("DM07", None, (84.2, 88.1, 91.3, 86.5, None), 90, "Amber",
         "One enforcement officer on long-term sick leave in November and December."),
    )),
    ("Enforcement, breach of condition and stop notices served (number)", (
        ("DM08", None, (14, 3, 5, 2, None), "-", None, None),
    )),
    ("Valid applications validated within 5 working days of receipt (%)", (
        ("DM09", None, (None, None, 71.4, 78.9, None), 80, "Amber",
         "New measure from July 2024, when validation moved to the Business Support team."),
    )),
)  # fmt: skip

NOTES = (
    "Figures are from the council's quarterly PS1 and PS2 returns to the Ministry of Housing, "
    "Communities and Local Government, produced from the Uniform planning system. 2023/24 "
    "is the full year.",
    "Targets for speed and quality are the government's designation thresholds: at least 60% "
    "of major and 70% of non-major applications decided in time or within an agreed "
    "extension, and no more than 10% of decisions overturned at appeal. Other targets are "
    "local.",
    "RAG (latest quarter reported): Green \u2013 threshold or target met; Amber \u2013 within "
    "10 percentage points; Red \u2013 more than 10 points short. '-' = no target; n/a = none "
    "decided.",
)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly development management report to Planning Committee.

    A district council's 'Development Management Performance' report for
    Quarter 3 2024/25, an appendix to its Planning Committee agenda, built
    from the PS1/PS2 returns the council's Uniform system produces for the
    ministry. As in those returns, every measure is broken down by
    application type: the measure's wording sits in a cell merged down
    over its rows, and each row names the type \u2013 'Major', 'Minor',
    'Other' and, for some measures, 'All' or 'Non-major (minor and
    other)' \u2013 in an 'Application type' column, with its own local code
    (DM01a..DM04d). Counts decided and percentages within time or an agreed
    extension are separate measures, one above the other. Columns: Ref,
    Measure, Application type, '2023/24' (full year), 'Q1 2024/25'..'Q4
    2024/25' (Q4 empty), Target, a filled RAG word and Commentary, under
    shaded section rows; enforcement and validation measures have no type.
    The speed and quality targets are the national designation thresholds
    (60% major, 70% non-major, 10% overturned at appeal); notes above the
    table say so and give the key.

    A careful reader takes each type row as a measure of its own, named by
    the measure and its type joined by ' - ' ('Applications decided
    (number) - Major') and keyed by its code; the merged measure cell is
    the name of every row it covers, not a heading with figures. The Target
    heading names no year, and the thresholds are standing ones, so it is
    on every period in its row, 2023/24 included. The RAG rates the latest
    quarter given: the overturned-at-appeal rows are a quarter in arrears
    (Q3 blank), so their Green is Q2's, as the commentary says. 'n/a' (no
    major appeals decided) is kept as written and unrated; counts and the
    appeals by type are context with a '-' target; validation is new from
    Q2. Units are only in the measures' wording; nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Development Management Performance \u2013 Quarter 3 2024/25")
    sheet["A2"] = (
        "October to December 2024 \u2013 Planning Committee, 19 February 2025 \u2013 Agenda "
        "item 7, Appendix A"
    )
    sheet["A2"].font = Font(bold=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = FIRST
    for item in MEASURES:
        if isinstance(item, str):
            sheet.cell(row=row, column=1, value=item).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        measure, parts = item
        top = row
        cell = sheet.cell(row=row, column=2, value=measure)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.font = Font(bold=True)
        for ref, kind, cells, target, rag, comment in parts:
            sheet.cell(row=row, column=1, value=ref)
            if kind:
                sheet.cell(row=row, column=3, value=kind)
            pct = "%" in measure
            for k, typed in enumerate(cells):
                if typed is None:
                    continue
                cell = sheet.cell(row=row, column=COL_FIRST_VALUE + k, value=typed)
                cell.alignment = Alignment(horizontal="right")
                if isinstance(typed, int | float):
                    cell.number_format = "0.0" if pct else "#,##0"
            cell = sheet.cell(row=row, column=COL_TARGET, value=target)
            cell.alignment = Alignment(horizontal="center")
            if rag:
                cell = sheet.cell(row=row, column=COL_RAG, value=rag)
                cell.alignment = Alignment(horizontal="center")
                fill(sheet, cell.coordinate, RAG_FILL[rag])
            if comment:
                cell = sheet.cell(row=row, column=COL_NOTE, value=comment)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).border = GRID

            name = f"{measure} - {kind}" if kind else measure
            goal = num(target)
            given = [k for k, v in enumerate(cells) if v is not None]
            for k in given:
                typed = cells[k]
                exp.observations.append(
                    Obs(
                        ref,
                        name,
                        PERIODS[k],
                        num(typed),
                        text_of(typed),
                        goal,
                        RAG[rag] if rag and k == given[-1] else None,
                    )
                )
            row += 1
        if row - top > 1:
            sheet.merge_cells(start_row=top, start_column=2, end_row=row - 1, end_column=2)
    sheet.cell(
        row=row + 1,
        column=1,
        value="Major: 10 or more homes, or 1,000 m\u00b2 or more of floorspace, or a site of 1 "
        "hectare or more. Minor: smaller developments. Other: householder, change of use, "
        "advertisement and listed building consents.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 8, "B": 46, "C": 16, "I": 8, "J": 8, "K": 56}
    for letter in "DEFGH":
        widths[letter] = 10
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp
