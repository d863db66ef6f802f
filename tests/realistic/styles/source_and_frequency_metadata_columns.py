"""'Source' and 'Frequency' metadata columns before a quarterly grid; annual measures have one figure."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Outcomes Framework"
HEAD_ROW = 4
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
FIRST_FIG_COL = 5  # E
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
GREY = PatternFill(fill_type="solid", start_color="FFBFBFBF", end_color="FFBFBFBF")

# A 1-tuple is an outcome row. Otherwise: ref, indicator, source, frequency, 2023/24, Q1, Q2, Q3,
# target, RAG letter, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Outcome 1: People live healthy and independent lives",),
    ("OF1.1", "Healthy life expectancy at birth \u2013 female (years)", "ONS", "Annual",
     61.8, None, None, None, 63.0, "A", "2020-22 estimate published 2024."),
    ("OF1.2", "Adults who are physically active (%)", "Sport England", "Annual",
     64.1, None, None, None, 66.0, "A", "Active Lives survey Nov 2022-23."),
    ("OF1.3", "Smokers setting a quit date who had quit at 4 weeks (%)", "Local", "Quarterly",
     51.9, 55.2, 57.8, 53.4, 55.0, "A", None),
    ("OF1.4", "Delayed discharges \u2013 average daily delayed beds", "NHS England", "Monthly",
     38.6, 34.1, 36.9, 41.7, 35.0, "R", "Monthly figure for the last month of each quarter."),
    ("OF1.5", "Older people still at home 91 days after reablement (%)", "SALT", "Annual",
     83.9, None, None, None, 82.0, "G", "Short and Long Term (SALT) return 2023/24."),
    ("Outcome 2: Children get the best start in life",),
    ("OF2.1", "Pupils meeting the expected standard in RWM at KS2 (%)", "DfE", "Annual",
     58.0, None, None, None, 60.0, "A", "2023/24 academic year, provisional."),
    ("OF2.2", "Children in care with three or more placements in the year (%)", "Local", "Quarterly",
     10.8, 9.6, 10.2, 9.1, 10.0, "G", "Rolling 12 months."),
    ("OF2.3", "Two-year-olds taking up funded early education (%)", "DfE", "Annual",
     72.0, None, None, None, 75.0, "R", None),
    ("OF2.4", "Social care assessments completed within 45 working days (%)", "Local", "Monthly",
     86.2, 89.5, 91.3, "n/a", 90.0, None, "December extract failed; figure to follow."),
    ("OF2.5", "Young people aged 16-17 not in education, employment or training (%)", "DfE", "Quarterly",
     3.9, 4.4, None, 4.1, 4.0, "A", "Not collected in Q2 (September churn)."),
    ("Outcome 3: A thriving and sustainable place",),
    ("OF3.1", "Employment rate, aged 16-64 (%)", "ONS", "Quarterly",
     74.6, 74.9, 75.3, 75.1, 75.0, "G", "Annual Population Survey, rolling year."),
    ("OF3.2", "Net additional dwellings", "Local", "Annual",
     1186, None, None, None, 1250, "A", None),
    ("OF3.3", "Household waste recycled or composted (%)", "Local", "Quarterly",
     44.7, 49.2, 48.1, 42.6, 47.0, "R", "Q3 provisional."),
    ("OF3.4", "Fly-tipping incidents per 1,000 population", "Defra", "Annual",
     13.4, None, None, None, None, None, "Context only."),
    ("OF3.5", "Council tax collected in year (%)", "Local", "Monthly",
     96.9, 29.4, 56.8, 84.1, 84.5, "A", "Cumulative; profile target for December."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's outcomes framework scorecard for an overview and scrutiny board.

    Outcomes frameworks that mix local measures with national returns often
    carry two metadata columns before the figures: 'Source' (Local, ONS,
    DfE, SALT, NHS England, Sport England, Defra) and 'Frequency'
    (Quarterly, Annual, Monthly). The grid is '2023/24' (the last full
    year) then 'Q1 2024/25'..'Q3 2024/25', a 'Target', a filled G/A/R
    letter and a comment, under shaded outcome rows. Annual measures have
    only their 2023/24 figure and grey quarters; monthly measures show the
    quarter-end month in each quarter column. A note says the target applies
    to every figure in the row and the RAG rates the latest figure shown.

    A careful reader ignores the Source and Frequency words as figures: they
    are not periods, portfolios or statuses. The plain 'Target' applies to
    every period in its row (the note says so); the RAG belongs to the
    latest figure given: the 2023/24 figure for annual measures, Q3 for the
    rest. The NEET measure has a blank Q2 (no observation); the 'n/a' Q3 of
    assessments is an observation with text and no rating; the fly-tipping
    context measure has no target or rating. Units are only in names; no
    polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Outcomes Framework Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Figures are the latest available at 31 December 2024."
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", "Source", "Frequency", *PERIODS, "Target", "RAG", "Comment"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    target_col = FIRST_FIG_COL + len(PERIODS)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, source, freq, *figures, target, rag, comment = spec
        put_row(sheet, row, 1, [ref, name, source, freq, *figures, target, rag, comment])
        if freq == "Annual":
            for k in range(1, len(PERIODS)):
                sheet.cell(row=row, column=FIRST_FIG_COL + k).fill = GREY
        if rag:
            fill(sheet, f"J{row}", RAG_FILL[str(rag)])
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(
                    str(ref), str(name), PERIODS[k], num(value), text_of(value), num(target), status
                )
            )
        row += 1
    notes = (
        "Grey cells: annual indicator, no quarterly figure. Annual figures are the latest "
        "published year.",
        "Target is the current target and applies to every figure in the row. RAG rates the "
        "latest figure shown: G on or better than target, A within 5%, R worse.",
        "Source: Local = council systems; SALT = Short and Long Term support return.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 14
    sheet.column_dimensions["D"].width = 11
    sheet.column_dimensions["K"].width = 40
    sheet.freeze_panes = f"E{HEAD_ROW + 1}"
    assert target_col == 9
    save(book, path)
    return exp
