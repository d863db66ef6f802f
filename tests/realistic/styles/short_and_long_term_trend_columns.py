"""A performance system report with 'Short term trend' and 'Long term trend' arrow columns."""

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

SHEET = "PI Report"
HEAD_ROW = 5
PERIODS = ("Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
TARGET_FROM = 1  # the 2024/25 target is not the Q3 2023/24 figure's
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"Aim to maximise": "higher_is_better", "Aim to minimise": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
UP, DOWN, FLAT = "\u2191 Improving", "\u2193 Getting worse", "\u2192 No change"

# A 1-tuple is a section row. Otherwise: code, title, aim, Q3 23/24, Q1, Q2, Q3 24/25, target,
# status, short term trend, long term trend, note.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adults, Health and Housing",),
    ("AHH 01", "Adults aged 18-64 whose long-term support needs are met by admission to residential and nursing care homes (per 100,000)", "Aim to minimise",
     14.2, 3.1, 7.4, 10.9, 13.0, "Green", UP, UP, "Cumulative in year."),
    ("AHH 02", "Proportion of older people (65+) still at home 91 days after discharge into reablement (%)", "Aim to maximise",
     81.6, 84.2, 79.8, 77.1, 82.0, "Amber", DOWN, DOWN, None),
    ("AHH 03", "Delayed transfers of care from hospital per 100,000 population (daily average)", "Aim to minimise",
     9.8, 8.6, 8.9, 11.4, 9.0, "Red", DOWN, DOWN, "Winter pressures from December."),
    ("AHH 04", "Households prevented from becoming homeless (%)", "Aim to maximise",
     56.3, 61.0, 58.4, 58.5, 55.0, "Green", FLAT, UP, None),
    ("AHH 05", "Average days in bed and breakfast accommodation (families)", "Aim to minimise",
     27, 19, 24, 31, 28, "Amber", DOWN, DOWN, None),
    ("AHH 06", "Disabled facilities grant adaptations completed", "Aim to maximise",
     61, 48, 55, "n/a", 50, None, "n/a", "n/a", "Q3 data not yet validated by the home improvement agency."),
    ("Children and Families",),
    ("CF 01", "Re-referrals to children's social care within 12 months (%)", "Aim to minimise",
     21.9, 19.4, 18.7, 18.9, 20.0, "Green", FLAT, UP, None),
    ("CF 02", "Child protection plans lasting two years or more (%)", "Aim to minimise",
     3.1, 2.4, 4.6, 5.2, 4.0, "Red", DOWN, DOWN, "Six sibling groups; reviewed by IRO service."),
    ("CF 03", "Single assessments completed within 45 working days (%)", "Aim to maximise",
     82.4, 88.9, 91.2, 90.3, 90.0, "Green", DOWN, UP, None),
    ("CF 04", "EHC plans issued within 20 weeks, excluding exceptions (%)", "Aim to maximise",
     38.5, 46.0, 52.7, 61.3, 60.0, "Green", UP, UP, None),
    ("CF 05", "Care leavers aged 19-21 in education, employment or training (%)", "Aim to maximise",
     None, 52.0, 55.6, 54.1, 58.0, "Amber", DOWN, "No data", "New measure for 2024/25."),
    ("Place and Environment",),
    ("PE 01", "Household waste sent for reuse, recycling and composting (%)", "Aim to maximise",
     47.8, 52.9, 53.4, 48.2, 50.0, "Amber", DOWN, UP, "Seasonal fall in garden waste."),
    ("PE 02", "Residual household waste per household (kg)", "Aim to minimise",
     118.4, 121.0, 119.5, 117.2, 120.0, "Green", UP, UP, None),
    ("PE 03", "Major planning applications determined within 13 weeks or agreed time (%)", "Aim to maximise",
     92.3, 100.0, 87.5, 90.0, 90.0, "Green", UP, DOWN, None),
    ("PE 04", "Principal roads where maintenance should be considered (%)", "Aim to minimise",
     4.0, None, None, 4.0, 4.0, "Green", "n/a", FLAT, "Annual survey, reported at Q3."),
    ("PE 05", "Fly-tipping incidents reported", None,
     1432, 1288, 1351, 1397, None, None, DOWN, UP, "Monitoring only; no target set."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly PI report exported from a performance system.

    Pentana/Covalent-style report used by many councils for overview and
    scrutiny: title 'Corporate Performance Report \u2013 Quarter 3 2024/25',
    Code, PI Title, 'Aim' ('Aim to maximise'/'Aim to minimise'), the same
    quarter last year 'Q3 2023/24', then 'Q1 2024/25', 'Q2 2024/25' and the
    latest 'Q3 2024/25' value, 'Annual Target 2024/25', a filled 'Status'
    word, and two trend columns: 'Short Term Trend' (compared with the last
    quarter) and 'Long Term Trend' (compared with the same quarter last
    year), holding an arrow with a word ('\u2191 Improving', '\u2193 Getting
    worse', '\u2192 No change', 'n/a', 'No data'), then a Note. A key under
    the table explains the trend columns and status words.

    A careful reader takes the four figure columns as observations; the trend
    columns describe the latest value and are not figures or ratings. The
    target is the 2024/25 target (as the key says), so it belongs to the
    2024/25 quarters, not to Q3 2023/24; the status belongs to Q3 2024/25.
    An 'n/a' Q3 is an observation with text and no rating; a road condition
    survey has only annual results in Q3 columns; a new measure has no
    2023/24 figure; fly-tipping has no aim, target or status. 'Aim' states
    polarity; units are only in names.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Management Board, 13 February 2025"
    sheet["A3"] = "Report generated from the performance management system on 28/01/2025"
    sheet["A3"].font = Font(italic=True, size=9)
    heads = [
        "Code",
        "PI Title",
        "Aim",
        *PERIODS,
        "Annual Target 2024/25",
        "Status",
        "Short Term Trend",
        "Long Term Trend",
        "Note",
    ]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, aim, *figures, target, status, short, long_, note = spec
        put_row(sheet, row, 1, [code, name, aim, *figures, target, status, short, long_, note])
        if status:
            fill(sheet, f"I{row}", RAG_FILL[str(status)])
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k >= TARGET_FROM else None
            rag = RAG[str(status)] if status and k == given[-1] else None
            exp.observations.append(
                Obs(str(code), str(name), PERIODS[k], num(value), text_of(value), goal, rag)
            )
        exp.add_meta(str(code), str(name), POLARITY.get(str(aim)), None)
        row += 1
    key = (
        "Key",
        "Status: Green \u2013 on or better than target; Amber \u2013 within 10% of target; "
        "Red \u2013 more than 10% away from target.",
        "Short Term Trend: latest quarter compared with the previous quarter. Long Term Trend: "
        "latest quarter compared with the same quarter last year.",
        "\u2191 Improving  \u2193 Getting worse  \u2192 No change (within 1%)  n/a \u2013 no "
        "comparable data.",
        "Targets shown are the annual 2024/25 targets.",
    )
    for j, line in enumerate(key, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, bold=(line == "Key"))
    sheet.column_dimensions["A"].width = 9
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 16
    for letter in "JK":
        sheet.column_dimensions[letter].width = 18
    sheet.column_dimensions["L"].width = 40
    sheet.row_dimensions[HEAD_ROW].height = 32
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
