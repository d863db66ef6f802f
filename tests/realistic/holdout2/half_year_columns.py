"""Six-monthly figures headed '6 months to Sep 23', '6 months to Mar 24', '6 months to Sep 24'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

STATUS: dict[str, Rag] = {"On target": "green", "Within tolerance": "amber", "Off target": "red"}

HEADINGS = ("6 months to Sep 23", "6 months to Mar 24", "6 months to Sep 24")
LABELS = ("H1 2023/24", "H2 2023/24", "H1 2024/25")

# code, indicator, three half-years, target 2024/25, status (latest)
ROWS: tuple[tuple[object, ...], ...] = (
    ("DC01", "Household planning applications decided in 8 weeks (%)", 84.0, 88.0, 91.0, 90.0, "On target"),
    ("DC02", "Empty homes brought back into use", 31.0, 27.0, 24.0, 30.0, "Off target"),
    ("DC03", "Food premises rated 4 or 5 for hygiene (%)", 93.2, 93.9, 94.1, 95.0, "Within tolerance"),
    ("DC04", "Average days lost to sickness per employee", 4.1, 4.6, 3.9, 4.0, "On target"),
    ("DC05", "Council tax reduction claims processed in 21 days (%)", 78.0, 81.0, 86.0, 90.0, "Within tolerance"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's half-yearly performance report to overview and scrutiny.

    District councils often report twice a year, heading the columns with the
    six months each covers ('6 months to Sep 24'). To a council reader the six
    months to September are the first half of the financial year, and the six
    months to March the second. The target's heading names 2024/25, so it is
    the target of that year's half only; the status rates the latest half.
    """
    book, sheet = new_book("Half Year")
    title(sheet, "A1", "Half-Yearly Performance Report - Overview & Scrutiny Committee")
    header = ["Code", "Indicator", *HEADINGS, "Target 2024/25", "Status"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, *values, target, status) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, *values, target, status])
        for j, (label, value) in enumerate(zip(LABELS, values, strict=True)):
            last = j == len(LABELS) - 1
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    label,
                    float(str(value)),
                    None,
                    float(str(target)) if last else None,
                    STATUS[str(status)] if last else None,
                )
            )
    sheet.column_dimensions["B"].width = 55
    save(book, path)
    return exp
