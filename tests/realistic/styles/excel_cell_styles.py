"""Ratings shown with Excel's built-in Good / Neutral / Bad cell styles; figures as percent cells."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

# Excel's 'Good, Bad and Neutral' styles: fill and font colours
STYLES: dict[str, tuple[str, str, Rag]] = {
    "Bad": ("FFFFC7CE", "FF9C0006", "red"),
    "Neutral": ("FFFFEB9C", "FF9C5700", "amber"),
    "Good": ("FFC6EFCE", "FF006100", "green"),
}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# code, measure, number format, target, Q1, Q2, style of the Q2 cell
ROWS: tuple[tuple[object, ...], ...] = (
    ("HR1", "Staff appraisals completed", "0%", 0.95, 0.41, 0.78, "Neutral"),
    ("HR2", "Staff turnover (rolling 12 months)", "0.0%", 0.12, 0.131, 0.127, "Neutral"),
    ("HR3", "Mandatory training completed", "0%", 0.9, 0.84, 0.93, "Good"),
    ("HR4", "Posts filled by agency workers", "0.0%", 0.05, 0.071, 0.083, "Bad"),
    ("HR5", "Working days lost to sickness per FTE", "0.00", 2.2, 2.31, 2.58, "Bad"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an HR dashboard coloured with Excel's Good / Neutral / Bad styles.

    Rather than the saturated red, amber and green, many officers rate a
    figure by applying Excel's built-in 'Good', 'Neutral' and 'Bad' cell
    styles (pale green, pale yellow and pale red fills with dark text). Only
    the latest quarter is rated. The percentages are calculated cells holding
    fractions shown through '0%' and '0.0%' formats.
    """
    book, sheet = new_book("Workforce")
    title(sheet, "A1", "Workforce Dashboard 2024/25")
    put_row(sheet, 3, 1, ["Code", "Measure", "Target", *QUARTERS], bold=True)
    exp = Expected([])
    for r, (code, name, fmt, target, q1, q2, style) in enumerate(ROWS):
        row = 4 + r
        put_row(sheet, row, 1, [code, name, target, q1, q2])
        for col in (3, 4, 5):
            sheet.cell(row=row, column=col).number_format = str(fmt)
        fill_rgb, font_rgb, rag = STYLES[str(style)]
        cell = sheet.cell(row=row, column=5)
        cell.fill = PatternFill(fill_type="solid", start_color=fill_rgb, end_color=fill_rgb)
        cell.font = Font(color=font_rgb)
        scale = 100.0 if "%" in str(fmt) else 1.0
        t = round(float(str(target)) * scale, 6)
        exp.observations += [
            Obs(str(code), str(name), QUARTERS[0], round(float(str(q1)) * scale, 6), None, t),
            Obs(str(code), str(name), QUARTERS[1], round(float(str(q2)) * scale, 6), None, t, rag),
        ]
        if scale == 100.0:
            exp.add_meta(str(code), str(name), None, "%")
    save(book, path)
    return exp
