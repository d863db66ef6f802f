"""Measures of change with negative figures and reduction targets typed as '-5%', '\u22123.0', 'Reduce by 5%', 'at least 10% reduction'."""

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

SHEET = "Climate and resources"
HEAD_ROW = 5
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
# A Ref, B Measure, C Good is, D 2023/24, E Q1, F Q2, G Target 2024/25, H RAG (Q2), I Commentary
LAST_COL = 9
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
GOOD = {"Lower": "lower_is_better", "Higher": "higher_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FF808080")
PCT = "0.0%;-0.0%"
SIGNED_PCT = "+0.0%;-0.0%;0.0%"
BRACKET_PCT = "0.0%;(0.0%)"
RED_PCT = "0.0%;[Red]-0.0%"

# Section rows are a 1-tuple. Otherwise: ref, measure, good is (None: blank), the three values
# as written (2023/24, Q1, Q2; None blank), the number format for the value cells (None: General),
# the target as typed, the target as read (None: no target), RAG word, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Climate emergency",),
    ("CE01", "% change in CO2 emissions from council operations from the 2019/20 baseline", "Lower",
     (-0.314, -0.33, -0.348), RED_PCT, "-35%", -35.0, "Amber",
     "Heat pumps at two leisure centres from September; full-year effect in Q4."),
    ("CE02", "% change in council fleet fuel use on 2023/24", "Lower",
     (None, -0.042, -0.061), SIGNED_PCT, "\u22123.0", -3.0, "Green",
     "Eleven electric vans in service since May."),
    ("CE03", "% change in energy use in council buildings from the 2019/20 baseline", "Lower",
     (-18.2, -19.5, -17.9), None, "Reduce by 20%", -20.0, "Amber",
     "Civic centre heating back on full hours after the boiler repair."),
    ("CE04", "% reduction in street lighting energy use from the 2019/20 baseline", "Higher",
     (52.3, 53.0, 54.1), None, "55%", 55.0, "Amber", "LED replacement 92% complete."),
    ("Housing",),
    ("HO01", "Change in people sleeping rough (single-night count) on the same month last year",
     "Lower", (3, -2, "+1"), None, "0 (no increase)", 0.0, "Red",
     "One more person seen in the September count than in September 2023."),
    ("HO02", "% change in households in temporary accommodation on the same quarter last year",
     "Lower", (0.187, 0.125, 0.081), SIGNED_PCT, "at least 10% reduction", -10.0, "Red",
     "Still rising, but more slowly; new prevention officer from October."),
    ("Workforce and finance",),
    ("WF01", "Reduction in agency spend on the same period 2023/24 (%)", "Higher",
     (None, 8.2, 11.6), None, "at least 10% reduction", 10.0, "Green",
     "Permanent appointments in Planning and Environmental Health."),
    ("WF02", "Change in sickness absence days per FTE on the same quarter last year", "Lower",
     (-0.6, 0.3, -0.2), "0.0;-0.0", "-0.5", -0.5, "Amber", None),
    ("WF03", "Council tax collection rate \u2013 change on the same point last year (percentage points)",
     "Higher", (0.2, -0.4, -0.7), None, "0.0", 0.0, "Red",
     "Cost of living: more residents on instalment plans."),
    ("WF04", "Change in business rates collected on the same point last year (%)", "Higher",
     (None, "+2.1%", "-1.3%"), None, "-", None, None, "Monitored; no target."),
    ("Environment",),
    ("EN01", "% change in residual household waste per household on 2023/24", "Lower",
     (None, -0.032, -0.026), BRACKET_PCT, "-5%", -5.0, "Amber", None),
    ("EN02", "% change in fly-tipping incidents on the same quarter last year", "Lower",
     (0.221, 0.143, -0.06), PCT, "Reduce by 5%", -5.0, "Green",
     "First fall for three years; CCTV at the two worst sites."),
    ("EN03", "Change in the claimant count on the same month last year", None,
     (None, 85, 40), "+#,##0;-#,##0", None, None, None, "Context measure."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's climate, housing and resources scorecard to its scrutiny committee.

    Lancaster City Council style: measures of change, some from a baseline
    ('% change in CO2 emissions ... from the 2019/20 baseline'), some on
    the same period last year ('Change in people sleeping rough ... on the
    same month last year'), some written as a reduction ('Reduction in
    agency spend ... (%)'). Columns Ref, Measure, 'Good is', '2023/24',
    'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', filled 'RAG (Q2)' words
    and commentary. Figures are negative where things fell: fractions under
    '0.0%;[Red]-0.0%', '+0.0%;-0.0%', '0.0%;(0.0%)' (a fall shown
    '(3.2%)'), plain points (-18.2), a count typed '+1', text '+2.1%' and
    '-1.3%'. Targets typed every way: '-35%', '\u22123.0' (a true minus),
    'Reduce by 20%', '55%', '0 (no increase)', 'at least 10% reduction',
    '-0.5', '0.0', '-' for none, and blank.

    A careful reader takes the figures with their sign, percentages in
    points (-0.314 -> -31.4; '(3.2%)' -> -3.2; '+1' -> 1). A target worded
    as a reduction on a measure of change is a negative change: 'Reduce by
    20%' on CE03 is -20, 'at least 10% reduction' on HO02 is -10, 'Reduce
    by 5%' on EN02 is -5, '0 (no increase)' is 0. But on WF01, whose
    figures are themselves the reduction (8.2% smaller), the same words 'at
    least 10% reduction' are +10. 'Target 2024/25' names its year, so the
    2023/24 figures have no target; the RAG is Q2's as published (HO01 is
    Red with +1 against 0). Polarity as the 'Good is' column states it:
    Lower for changes where a fall is good, Higher for the reduction,
    collection-rate and business-rates rows; EN03's blank gives none. No
    units are expected: no column states them.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Lancaster City Council \u2013 Climate, Housing and Resources Scorecard")
    sheet["A2"] = (
        "2024/25 Quarter 2 (July \u2013 September 2024) \u2013 Budget and Performance Panel"
    )
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = (
        "A negative figure is a fall. Targets for measures of change are the change sought by "
        "31 March 2025."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", "Good is", "2023/24", "Q1 2024/25", "Q2 2024/25",
              "Target 2024/25", "RAG (Q2)", "Commentary"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(top=THIN, bottom=THIN)

    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=str(spec[0]))
            cell.font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, values, fmt, typed, target, status, comment = spec
        assert isinstance(values, tuple)
        put_row(sheet, row, 1, [ref, name, good, *values, typed, status, comment])
        for col in range(4, 8):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        if fmt is not None:
            for col in range(4, 7):
                sheet.cell(row=row, column=col).number_format = str(fmt)
        if status is not None:
            rating = sheet.cell(row=row, column=8)
            rgb = RAG_FILL[str(status)]
            rating.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            rating.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")

        code, nm = str(ref), str(name)
        in_percent = fmt is not None and "%" in str(fmt)
        goal = None if target is None else float(str(target))
        given = [(p, v) for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for i, (period, value) in enumerate(given):
            rag = RAG[str(status)] if i == len(given) - 1 and status is not None else None
            actual: float | None
            if isinstance(value, str):
                actual, text = float(value.rstrip("%")), None
            else:
                actual, text = num(value), text_of(value)
                if in_percent and actual is not None:
                    actual = round(actual * 100, 6)
            exp.observations.append(
                Obs(code, nm, period, actual, text, None if period == "2023/24" else goal, rag)
            )
        exp.add_meta(code, nm, GOOD[str(good)] if good else None, None)
        row += 1

    notes = (
        "Key: Green \u2013 target met or bettered; Amber \u2013 moving the right way but short of "
        "target; Red \u2013 moving the wrong way.",
        "CO2 figures use the 2024 BEIS/DESNZ conversion factors; Q2 is provisional.",
        "Source: Climate Emergency team, Housing Options, HR and Revenues, October 2024.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 62, "C": 9, "D": 10, "E": 10, "F": 10, "G": 20, "H": 9, "I": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
