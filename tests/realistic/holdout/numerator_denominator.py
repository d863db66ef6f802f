"""Long table with numerator, denominator and the rate, periods written 'Apr-Jun 2024'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# measure, period heading, canonical, numerator, denominator, target, rag
ROWS: tuple[tuple[object, ...], ...] = (
    ("New EHC plans issued within 20 weeks", "Jan-Mar 2024", "Q4 2023/24", 41, 88, 60.0, "Red"),
    ("New EHC plans issued within 20 weeks", "Apr-Jun 2024", "Q1 2024/25", 50, 93, 60.0, "Red"),
    ("New EHC plans issued within 20 weeks", "Jul-Sep 2024", "Q2 2024/25", 57, 90, 60.0, "Amber"),
    ("Care leavers aged 19-21 in education, employment or training", "Jan-Mar 2024", "Q4 2023/24", 118, 203, 60.0, "Amber"),
    ("Care leavers aged 19-21 in education, employment or training", "Apr-Jun 2024", "Q1 2024/25", 121, 198, 60.0, "Green"),
    ("Care leavers aged 19-21 in education, employment or training", "Jul-Sep 2024", "Q2 2024/25", 115, 201, 60.0, "Amber"),
    ("Children adopted within 12 months of the decision", "Apr-Jun 2024", "Q1 2024/25", 7, 11, 75.0, "Red"),
    ("Children adopted within 12 months of the decision", "Jul-Sep 2024", "Q2 2024/25", 9, 12, 75.0, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a children's services data return with numerator and denominator.

    Statutory-return style tables give the count meeting the standard, the
    cohort, and the percentage (to one decimal place, stored rounded as the
    officer typed it), one row per measure and quarter, with the quarter
    written as its months ('Apr-Jun 2024'). The percentage is the actual.
    """
    book, sheet = new_book("Data")
    title(sheet, "A1", "Children and Young People - Performance Data")
    header = ["Measure", "Period", "Numerator", "Denominator", "%", "Target %", "RAG"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for r, (name, heading, label, num, den, target, rag) in enumerate(ROWS):
        rate = round(100.0 * float(str(num)) / float(str(den)), 1)
        put_row(sheet, 4 + r, 1, [name, heading, num, den, rate, target, rag])
        exp.observations.append(
            Obs(None, str(name), str(label), rate, None, float(str(target)), RAG[str(rag)])
        )
    save(book, path)
    return exp
