"""No status column: the latest month is coloured red/amber/green by Excel conditional-formatting rules."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Waste dashboard"
HEADINGS = ("Oct 2024", "Nov 2024", "Dec 2024")
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}

# code, indicator, polarity, target, Oct, Nov, Dec
HIGHER: tuple[tuple[object, ...], ...] = (
    ("WE01", "Household waste sent for reuse, recycling and composting (%)", 45.0, 44.1, 42.8, 40.9),
    ("WE02", "Missed bins put right by the next working day (%)", 95.0, 96.2, 94.8, 93.1),
    ("WE03", "Fly-tips cleared within 2 working days (%)", 90.0, 91.5, 92.0, 94.4),
    ("WE04", "Garden waste subscriptions held", 52000, 51210, 51388, 51402),
    ("WE05", "Streets at an acceptable standard for litter (%)", 92.0, 93.0, None, 92.0),
)  # fmt: skip
LOWER: tuple[tuple[object, ...], ...] = (
    ("WE06", "Missed collections per 100,000 collections", 60, 58, 71, 84),
    ("WE07", "Residual household waste per household (kg)", 38.0, 37.2, 36.9, 39.1),
    ("WE08", "Average days to remove an abandoned vehicle", 5.0, 4.2, 3.8, 3.1),
    ("WE09", "Complaints about the waste service", 150, 163, 141, None),
)  # fmt: skip
# satisfaction is rated against fixed thresholds (4.0 and 3.5), not a target
SATISFACTION = (
    "WE10",
    "Resident satisfaction with waste collection (score out of 5)",
    4.1,
    3.9,
    3.7,
)


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb, bgColor=rgb)


def _higher(value: float, target: float) -> Rag:
    return "green" if value >= target else "amber" if value >= target * 0.95 else "red"


def _lower(value: float, target: float) -> Rag:
    return "green" if value <= target else "amber" if value <= target * 1.05 else "red"


def build(path: Path) -> Expected:
    """Imitates a monthly waste and environment dashboard rated by conditional formatting.

    Instead of a status column, the officer who built the workbook set
    conditional-formatting rules on the latest month's column: each figure
    is compared with the target in its row (green at or better than target,
    amber within 5%, red further away; the comparison turned round for the
    lower-is-better rows) and the satisfaction score with fixed thresholds
    (green 4.0 and over, amber 3.5 to 4.0). Excel colours the cells when the
    file is opened; nothing in the cells says the rating. A key above the
    table says what the colours mean, and a 'Polarity' column says which way
    is better.

    A careful reader, seeing the colours, takes them as the December RAG of
    each row. The complaints figure for December is missing, so no rule
    colours it and the row has no rating (November is not in the rated
    column). One street-cleanliness figure equals its target exactly: green.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Wiltshire Council \u2013 Waste and Environment monthly dashboard")
    sheet["A2"] = (
        "Latest month shaded: green = target met; amber = within 5% of target; "
        "red = more than 5% off target. Satisfaction: green 4.0+, amber 3.5-3.99, red below 3.5."
    )
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, 4, 1, ["Code", "Indicator", "Polarity", "Target", *HEADINGS], bold=True)
    exp = Expected([])
    row = 5
    groups = (("Higher is better", HIGHER, _higher), ("Lower is better", LOWER, _lower))
    for polarity, rows, rate in groups:
        first = row
        for code, name, target, *months in rows:
            put_row(sheet, row, 1, [code, name, polarity, target, *months])
            found = observed(str(code), str(name), HEADINGS, months, float(str(target)))
            dec = months[-1]
            if dec is not None:
                found[-1] = replace(found[-1], rag=rate(float(str(dec)), float(str(target))))
            exp.observations += found
            exp.add_meta(str(code), str(name), POLARITY[polarity], None)
            row += 1
        rng = f"G{first}:G{row - 1}"
        better, worse = (">=", "<") if polarity == "Higher is better" else ("<=", ">")
        factor = "0.95" if polarity == "Higher is better" else "1.05"
        cell, tgt = f"G{first}", f"$D{first}"
        rules = (
            (f"AND(ISNUMBER({cell}),{cell}{better}{tgt})", GREEN_FILL),
            (
                f"AND(ISNUMBER({cell}),{cell}{worse}{tgt},NOT({cell}{worse}{tgt}*{factor}))",
                AMBER_FILL,
            ),
            (f"AND(ISNUMBER({cell}),{cell}{worse}{tgt}*{factor})", RED_FILL),
        )
        for formula, rgb in rules:
            sheet.conditional_formatting.add(
                rng, FormulaRule(formula=[formula], fill=_fill(rgb), stopIfTrue=True)
            )
    code, name, *months = SATISFACTION
    put_row(sheet, row, 1, [code, name, "Higher is better", None, *months])
    found = observed(str(code), str(name), HEADINGS, months)
    dec = float(str(months[-1]))
    sat: Rag = "green" if dec >= 4.0 else "amber" if dec >= 3.5 else "red"
    found[-1] = replace(found[-1], rag=sat)
    exp.observations += found
    exp.add_meta(str(code), str(name), "higher_is_better", None)
    cell = f"G{row}"
    for formula, rgb in (
        (f"AND(ISNUMBER({cell}),{cell}>=4)", GREEN_FILL),
        (f"AND(ISNUMBER({cell}),{cell}>=3.5,{cell}<4)", AMBER_FILL),
        (f"AND(ISNUMBER({cell}),{cell}<3.5)", RED_FILL),
    ):
        sheet.conditional_formatting.add(
            cell, FormulaRule(formula=[formula], fill=_fill(rgb), stopIfTrue=True)
        )
    sheet.cell(
        row=row + 2,
        column=1,
        value="Source: Waste management system (Whitespace), street cleansing inspections, resident panel.",
    )
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 17
    save(book, path)
    return exp
