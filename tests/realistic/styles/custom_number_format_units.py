"""Plain numbers whose units show only through custom number formats ('0" days"', '£#,##0.0,,"m"', '0.0"%"')."""

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

SHEET = "Q3 KPIs"
HEAD_ROW = 5
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")

# Format key -> (number format, unit it states, factor from the stored number to the meaning)
FORMATS: dict[str, tuple[str, str | None, float]] = {
    "days": ('0" days"', "days", 1.0),
    "gbp": ("\u00a3#,##0", "\u00a3", 1.0),
    "gbpm": ('\u00a3#,##0.0,,"m"', "\u00a3", 1.0),
    "pts": ('0.0"%"', "%", 1.0),
    "frac": ("0.0%", "%", 100.0),
    "wks": ('0" wks"', "weeks", 1.0),
    "rate": ('#,##0" per 10,000"', "rate", 1.0),
    "count": ("#,##0", None, 1.0),
}

# A 1-tuple is a section row. Otherwise: ref, indicator, format of the figures, Q1..Q4 as
# stored, target as stored, format of the target (None: as the figures), RAG letter, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources",),
    ("RES1", "Council tax collected in year", "frac", 0.291, 0.564, 0.839, None, 0.97, None, "A",
     "Cumulative; 97% is the year-end target."),
    ("RES2", "Average time to process new Housing Benefit claims", "days", 19, 17, 16, None, 20,
     None, "G", None),
    ("RES3", "Capital programme spend to date", "gbpm", 1250000, 4870000, 9315000, None, 18600000,
     None, "R", "Leisure centre scheme slipped to 2025/26."),
    ("RES4", "Sundry debt over 90 days old", "gbp", 412350, 398120, 436904, None, 400000, None, "R",
     "Two commercial rent debts referred to Legal."),
    ("RES5", "Working days lost to sickness per FTE (rolling 12 months)", "days", 9, 10, "n/a",
     None, 8, None, None, "Payroll system change: Q3 figure not yet produced."),
    ("Communities",),
    ("COM1", "Household waste reused, recycled or composted", "pts", 58.1, 57.4, 52.6, None, 85.0,
     "frac", "R", "Target typed as 85% by mistake in the plan; 55% is the Waste Strategy aim."),
    ("COM2", "Missed bin collections", "rate", 41, 38, 44, None, 40, None, "A", None),
    ("COM3", "Fly-tipping incidents cleared within 2 working days", "pts", 96.2, 95.5, 97.0, None,
     95.0, None, "G", None),
    ("COM4", "Disabled facilities grants: approval to completion", "wks", 21, 19, 18, None, 20,
     None, "G", None),
    ("COM5", "Leisure centre visits", "count", 148210, 152904, 139877, None, None, None, None,
     "For information."),
    ("COM6", "Residents satisfied with their local area", "frac", None, None, 0.762, None, 0.8, None,
     "A", "Annual residents' survey, reported in Q3."),
    ("Housing and Planning",),
    ("HP1", "Average time to re-let council homes (standard voids)", "days", 31, 28, 26, None, 28,
     None, "G", None),
    ("HP2", "Rent arrears of current tenants as % of rent due", "pts", 2.4, 2.9, 2.7, None, 2.5,
     None, "A", None),
    ("HP3", "Affordable homes delivered", "count", 38, 54, 17, None, 150, None, "R",
     "Cumulative 109 against a profile of 112."),
    ("HP4", "Major planning applications decided in time", "frac", 1.0, 0.833, 0.889, None, 0.8,
     None, "G", None),
    ("HP5", "Households in temporary accommodation", "rate", 11, 12, 14, None, 10, None, "R",
     "Per 10,000 households."),
    ("HP6", "Homelessness prevention fund spent", "gbpm", 310000, 655000, 1020000, None, 1400000,
     None, "G", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI sheet where the units live in the number formats.

    The performance officer types bare numbers and makes them read well
    with custom number formats instead of a unit column: '0" days"' shows
    19 as '19 days', '\u00a3#,##0' shows 412350 as '\u00a3412,350', the
    millions format '\u00a3#,##0.0,,"m"' shows 1,250,000 as '\u00a31.3m',
    '0.0"%"' shows a typed 58.1 as '58.1%' (the percent sign is literal
    text), '0" wks"' and '#,##0" per 10,000"' likewise, beside ordinary
    '0.0%' rows holding fractions (0.291 shows '29.1%') and plain counts.
    Q1 to Q4 2024/25 headings (Q4 empty), a 'Target 2024/25' column
    formatted like its row, filled RAG letters and comments under shaded
    sections. The recycling target is a fraction (0.55) under '0.0%' beside
    actuals typed in points under '0.0"%"'; one sickness Q3 is 'n/a'; the annual survey
    has only a Q3 figure.

    A careful reader takes each cell as what it shows it means: the
    literal-'%' rows and the fraction rows both in points, money in whole
    pounds (1,250,000, not 1.3), days, weeks and rates as the numbers
    typed; the recycling target 0.55 under '0.0%' is 55.0 points. The
    single target applies to every 2024/25 quarter and the RAG to the
    latest figure. The units are the ones the formats state.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Mid Suffolk District Council \u2013 Key Performance Indicators 2024/25")
    sheet["A2"] = "Quarter 3 (October to December 2024)"
    sheet["A3"] = "Overview and Scrutiny Committee, 20 February 2025"
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Ref", "Indicator", *PERIODS, "Target 2024/25", "RAG", "Comments"]
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
        ref, name, key, q1, q2, q3, q4, target, target_key, rag, comment = spec
        fmt, unit, factor = FORMATS[str(key)]
        figures = (q1, q2, q3, q4)
        put_row(sheet, row, 1, [ref, name, *figures, target, rag, comment])
        for col in range(3, 7):
            sheet.cell(row=row, column=col).number_format = fmt
        t_fmt, _, t_factor = FORMATS[str(target_key or key)]
        sheet.cell(row=row, column=7).number_format = t_fmt
        for col in range(3, 8):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
            sheet[f"H{row}"].alignment = Alignment(horizontal="center")
        goal = num(target)
        goal = None if goal is None else round(goal * t_factor, 6)
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            actual = num(value)
            actual = None if actual is None else round(actual * factor, 6)
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], actual, text_of(value), goal, status)
            )
        exp.add_meta(str(ref), str(name), None, unit)
        row += 1
    notes = (
        "RAG: G \u2013 on or better than target; A \u2013 within 10% of target; R \u2013 more than "
        "10% adrift. Cumulative measures are compared with the profiled target.",
        "Source: service returns to the Performance and Insight team.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 54, "G": 14, "H": 6, "I": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 15
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
