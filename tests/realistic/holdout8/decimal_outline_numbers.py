"""Outline numbers as references (1.1, 1.2, '1.10', 2.3: some numbers, some text) under numbered priority rows."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Council Plan KPIs"
HEADINGS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
BAND = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# A priority row: (number as typed, its title). An indicator row: (reference as typed, the
# code a reader takes, measure, Q1, Q2, Q3, target, status for Q3).
ROWS: tuple[tuple[object, ...], ...] = (
    (1, "A strong and sustainable local economy"),
    (1.1, "1.1", "Business rates collected in year (cumulative %)", 29.8, 57.2, 84.1, 83.5, "Green"),
    ("1.2", "1.2", "New business start-ups supported by the growth hub", 41, 37, 52, 45, "Green"),
    (1.5, "1.5", "Town centre vacancy rate (%)", 12.4, 12.9, 13.6, 11.0, "Red"),
    ("1.10", "1.10", "Apprenticeship starts with the council and its contractors", 6, 11, 9, 10, "Amber"),
    ("2.", "Healthy, safe and independent residents"),
    (2.1, "2.1", "Adults who are physically active (%)", 61.3, 62.0, 62.4, 63.0, "Amber"),
    (2.3, "2.3", "Average days to complete a disabled facilities grant adaptation", 148, 139, 131, 120, "Amber"),
    ("2.4", "2.4", "Households in temporary accommodation per 1,000 households", 1.3, 1.4, 1.2, 1.5, "Green"),
    (3, "A clean and green borough"),
    (3.1, "3.1", "Household waste reused, recycled or composted (%)", 47.9, 49.2, 43.1, 46.0, "Amber"),
    (3.2, "3.2", "Fly-tipping incidents removed within 2 working days (%)", 92.5, 95.4, 96.2, 95.0, "Green"),
    ("3.12", "3.12", "Tonnes of CO2 emitted from council buildings and fleet", 1184, 1035, 1296, 1250, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly Council Plan performance table to Cabinet.

    The plan is numbered like an outline: priority 1, its outcomes 1.1, 1.2
    and so on, and the performance table keeps those numbers as the
    measures' references, only for the outcomes that have a measure, so the
    numbers skip (1.1, 1.2, 1.5, 1.10). Some were typed as numbers (1.1,
    2.3), some as text ('1.2', and '1.10', which Excel would otherwise show
    as 1.1); each priority has a shaded row with its number ('1', '2.',
    '3') and title. The figures beside them include small decimals (2.4's
    1.3 households per 1,000) that look like outline numbers too.

    A careful reader takes each outline number as the measure's reference,
    exactly as shown ('1.10' is not 1.1), and the priority rows as headings,
    not measures. The Target applies to all three quarters; the status is
    Q3's.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Stevenage Borough Council \u2013 Council Plan 2024-2027: performance measures"
    )
    sheet["A2"] = "Quarter 3 2024/25 (October to December 2024)"
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, 4, 1, ["No.", "Performance measure", *HEADINGS, "Target", "Status"], bold=True)
    exp = Expected([])
    for i, row_values in enumerate(ROWS):
        row = 5 + i
        if len(row_values) == 2:
            put_row(sheet, row, 1, list(row_values), bold=True)
            for col in range(1, 8):
                sheet.cell(row=row, column=col).fill = BAND
            continue
        typed, code, name, q1, q2, q3, target, status = row_values
        put_row(sheet, row, 1, [typed, name, q1, q2, q3, target, status])
        exp.observations += observed(
            str(code), str(name), HEADINGS, (q1, q2, q3), float(str(target)), RAG[str(status)]
        )
    foot = 5 + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="Numbers follow the Council Plan's priorities and outcomes. "
               "Status: Green at or better than target, Amber within 10%, Red more than 10% off.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 66
    save(book, path)
    return exp
