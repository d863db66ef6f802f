"""A 'Unit' column (%, No., £k, per 1,000) and shaded portfolio rows across the table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25")
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
UNIT = {"%": "%", "No.": "number", "£k": "£k", "per 1,000": "rate"}
BAND = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")

# portfolio -> rows of (ref, indicator, unit, 2023/24, Q1, Q2, target, status)
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Place and Economy", (
        ("PE1", "Business rates growth", "£k", 410.0, 120.0, 265.0, 500.0, "Amber"),
        ("PE2", "Apprenticeship starts", "No.", 143.0, 40.0, 77.0, 150.0, "Green"),
    )),
    ("People and Communities", (
        ("PC1", "Children subject to a child protection plan", "per 1,000", 41.2, 43.0, 44.8,
         40.0, "Red"),
        ("PC2", "Early help assessments completed on time", "%", 78.0, 81.0, 83.5, 80.0,
         "Green"),
    )),
    ("Corporate", (
        ("CO1", "Sickness absence per employee", "No.", 9.8, 2.4, 4.9, 9.0, "Amber"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a corporate scorecard with a unit column and coloured portfolio bands.

    Many council templates state each measure's unit in its own column ('%',
    'No.', '£k', 'per 1,000') instead of in the name, and split the table by
    portfolio with a dark band of white text across the full width. The band
    rows are section titles (each measure's portfolio), not indicators; the
    unit belongs to the indicator.
    """
    book, sheet = new_book("Scorecard")
    title(sheet, "A1", "Corporate Scorecard - Quarter 2 2024/25")
    header = ["Ref", "Indicator", "Unit", "2023/24 Outturn", *QUARTERS, "2024/25 Target", "Status"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    row = 4
    for section, rows in SECTIONS:
        sheet.cell(row=row, column=1, value=section)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).fill = BAND
            sheet.cell(row=row, column=col).font = Font(bold=True, color="FFFFFFFF")
        row += 1
        for ref, name, unit, outturn, q1, q2, target, status in rows:
            put_row(sheet, row, 1, [ref, name, unit, outturn, q1, q2, target, status])
            t = float(str(target))
            exp.observations += [
                Obs(str(ref), str(name), "2023/24", float(str(outturn))),
                Obs(str(ref), str(name), QUARTERS[0], float(str(q1)), None, t),
                Obs(str(ref), str(name), QUARTERS[1], float(str(q2)), None, t,
                    STATUS[str(status)]),
            ]  # fmt: skip
            exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
            row += 1
    save(book, path)
    return exp
