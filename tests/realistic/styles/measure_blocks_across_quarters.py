"""Columns grouped by measure: merged 'Actual' over Q1..Q4, then 'Target' over Q1..Q4, then 'RAG' over Q1..Q4."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import BOLD, Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Council Plan KPIs"
YEAR = "2024/25"
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": "FFFF0000", "A": "FFFFC000", "G": "FF92D050"}
BLOCK_FILL = {"Actual": "FFDDEBF7", "Target": "FFEDEDED", "RAG": "FFFFF2CC"}
SECTION_FILL = "FF1F4E78"
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = 5  # the first of the two heading rows
ACTUAL, TARGET, STATUS, COMMENTS = 4, 8, 12, 16  # first column of each block
PERCENT = "0.0%"

# a section name, or: ref, indicator, good is, percent?, actuals Q1..Q4, targets Q1..Q4,
# RAG letters Q1..Q4, comment. Percentages are stored as fractions under '0.0%'.
ROWS: tuple[object, ...] = (
    "A thriving economy",
    ("CP01", "Business rates collected in year (cumulative)", "Higher", True,
     (0.296, 0.571, None, None), (0.29, 0.57, 0.84, 0.98), ("G", "G", None, None),
     "On profile at the half year."),
    ("CP02", "Working-age residents claiming out-of-work benefits", "Lower", True,
     (0.034, 0.036, None, None), (0.035, 0.035, 0.035, 0.035), ("G", "A", None, None),
     "Small rise in line with the region."),
    ("CP03", "Businesses supported by the Growth Hub", "Higher", False,
     (46, 83, None, None), (40, 80, 120, 160), ("G", "G", None, None), None),
    "Homes and neighbourhoods",
    ("CP04", "Affordable homes completed (cumulative)", "Higher", False,
     (37, 83, None, None), (40, 90, 140, 200), ("A", "A", None, None),
     "Two schemes slipped into Q3 because of contractor delays."),
    ("CP05", "Homelessness cases prevented or relieved", "Higher", True,
     (0.532, 0.578, None, None), (0.6, 0.6, 0.6, 0.6), ("R", "A", None, None), None),
    ("CP06", "Households in temporary accommodation at quarter end", "Lower", False,
     (112, 124, None, None), ("-", "-", "-", "-"), (None, None, None, None),
     "Data only \u2013 no target set."),
    ("CP07", "Household waste sent for reuse, recycling and composting", "Higher", True,
     (0.523, None, None, None), (0.5, 0.5, 0.48, 0.46), ("G", None, None, None),
     "Q2 figure not yet available (county waste data published in December)."),
    ("CP08", "Fly-tipping incidents cleared within 2 working days", "Higher", True,
     (0.914, 0.887, None, None), (0.9, 0.9, 0.9, 0.9), ("G", "A", None, None), None),
    "Health and wellbeing",
    ("CP09", "Adults with a learning disability in paid employment", "Higher", True,
     ("Data not available", 0.061, None, None), (0.06, 0.06, 0.065, 0.065),
     (None, "G", None, None), "Q1 not reported: new case management system."),
    ("CP10", "Leisure centre visits (cumulative)", "Higher", False,
     (286412, 551980, None, None), (275000, 560000, 820000, 1100000), ("G", "A", None, None),
     None),
    ("CP11", "Residents who feel they belong to their local area", "Higher", True,
     (None, None, None, None), (None, None, None, 0.7), (None, None, None, None),
     "Annual residents' survey, reported at Q4."),
    "A well-run council",
    ("CP12", "Working days lost to sickness absence per FTE (cumulative)", "Lower", False,
     (2.4, 5.1, None, None), (2.25, 4.5, 6.75, 9.0), ("A", "R", None, None),
     "Long-term absence up; wellbeing plan agreed in September."),
    ("CP13", "Stage 1 complaints answered within 10 working days", "Higher", True,
     (0.942, 0.958, None, None), (0.95, 0.95, 0.95, 0.95), ("A", "G", None, None), None),
    ("CP14", "Freedom of Information requests answered within 20 working days", "Higher", True,
     (0.873, 0.901, None, None), (0.9, 0.9, 0.9, 0.9), ("A", "G", None, None), None),
)  # fmt: skip


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def _points(value: object, percent: object) -> float:
    return round(float(str(value)) * 100, 6) if percent else float(str(value))


def build(path: Path) -> Expected:
    """Imitates a unitary council's Council Plan KPI tracker kept by measure blocks through the year.

    Bracknell Forest Council style, the corporate performance team's year
    sheet at Quarter 2: two heading rows, 'Ref', 'Indicator', 'Good is' and
    'Comments' merged down both, and the figures grouped by what they are
    rather than by quarter: 'Actual' merged over bare Q1 Q2 Q3 Q4, then
    'Target' merged over Q1..Q4, then 'RAG' merged over Q1..Q4, each block
    shaded its own colour. The year is in the title. Targets are set for all
    four quarters at the start of the year (profiled for cumulative
    measures, '-' for a data-only measure, only Q4 for an annual survey);
    actuals and ratings are filled as the quarters are reported, so Q3 and
    Q4 are empty. The recycling rate is a quarter in arrears (Q2 empty), and
    one Q1 says 'Data not available'. Percentages are fractions under a
    '0.0%' format.

    A careful reader takes each quarter's actual with the target and the
    filled RAG letter of the same quarter from the other blocks: the
    targets differ by quarter and each quarter has its own rating, so no
    single target or rating column applies to the row. A quarter with a
    target but no actual is no observation; 'Data not available' is kept as
    the text of that quarter, with its target and no rating. The quarters
    are of 2024/25 (the title). 'Good is' gives each indicator's polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Bracknell Forest Council")
    sheet["A2"] = f"Council Plan {YEAR} \u2013 key performance indicators, position at Quarter 2"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Executive, 19 November 2024. Q3 and Q4 to be completed as reported."
    sheet["A3"].font = Font(italic=True)
    labels = {1: "Ref", 2: "Indicator", 3: "Good is", COMMENTS: "Comments"}
    for col, text in labels.items():
        sheet.cell(row=HEAD, column=col, value=text).font = BOLD
        sheet.merge_cells(start_row=HEAD, start_column=col, end_row=HEAD + 1, end_column=col)
    for first, block in ((ACTUAL, "Actual"), (TARGET, "Target"), (STATUS, "RAG")):
        sheet.cell(row=HEAD, column=first, value=block)
        sheet.merge_cells(start_row=HEAD, start_column=first, end_row=HEAD, end_column=first + 3)
        put_row(sheet, HEAD + 1, first, QUARTERS, bold=True)
        for col in range(first, first + 4):
            for r in (HEAD, HEAD + 1):
                sheet.cell(row=r, column=col).fill = _fill(BLOCK_FILL[block])
                sheet.cell(row=r, column=col).alignment = Alignment(horizontal="center")
        sheet.cell(row=HEAD, column=first).font = BOLD
    exp = Expected([])
    row = HEAD + 2
    for item in ROWS:
        if isinstance(item, str):
            cell = sheet.cell(row=row, column=1, value=item)
            cell.font = Font(bold=True, color="FFFFFFFF")
            for col in range(1, COMMENTS + 1):
                sheet.cell(row=row, column=col).fill = _fill(SECTION_FILL)
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, good, percent, actuals, targets, rags, comment = item
        assert isinstance(actuals, tuple) and isinstance(targets, tuple)
        assert isinstance(rags, tuple)
        put_row(sheet, row, 1, [ref, name, good])
        put_row(sheet, row, ACTUAL, actuals)
        put_row(sheet, row, TARGET, targets)
        put_row(sheet, row, STATUS, rags)
        if comment:
            sheet.cell(row=row, column=COMMENTS, value=comment)
        for k in range(4):
            for first in (ACTUAL, TARGET):
                cell = sheet.cell(row=row, column=first + k)
                if isinstance(cell.value, float | int):
                    plain = "#,##0" if isinstance(cell.value, int) else "0.0#"
                    cell.number_format = PERCENT if percent else plain
                cell.alignment = Alignment(horizontal="right")
            letter = rags[k]
            cell = sheet.cell(row=row, column=STATUS + k)
            cell.alignment = Alignment(horizontal="center")
            if letter:
                cell.fill = _fill(RAG_FILL[str(letter)])
        for col in range(1, COMMENTS + 1):
            sheet.cell(row=row, column=col).border = GRID
        code, nm = str(ref), str(name)
        for k, quarter in enumerate(QUARTERS):
            value = actuals[k]
            if value is None:
                continue
            goal = targets[k]
            target = _points(goal, percent) if isinstance(goal, float | int) else None
            rag = RAG[str(rags[k])] if rags[k] else None
            period = f"{quarter} {YEAR}"
            if isinstance(value, str):
                exp.observations.append(Obs(code, nm, period, None, value, target, rag))
            else:
                exp.observations.append(
                    Obs(code, nm, period, _points(value, percent), None, target, rag)
                )
        if any(value is not None for value in actuals):
            exp.add_meta(code, nm, POLARITY[str(good)], None)
        row += 1
    notes = (
        "RAG: G = on or better than target; A = within 10% of target; R = more than 10% off target.",
        "Cumulative measures are compared with the profiled target for the quarter.",
    )
    for j, text in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=text).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["P"].width = 48
    sheet.freeze_panes = sheet.cell(row=HEAD + 2, column=3)
    save(book, path)
    return exp
