"""One wide year-end table: Q1..Q4 and a '2024/25 annual' column, a Frequency column, annual-only rows."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "2024/25")
ANNUAL = "Reported annually"

# ref, measure, frequency, Q1..Q4, 2024/25 annual, target, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Invoices paid within 30 days (%)", "Monthly",
     96.1, 95.4, 97.0, 96.8, 96.3, 95.0, "Green"),
    ("CP02", "Average days to process Housing Benefit change events", "Monthly",
     6.2, 5.8, 7.9, 8.4, 7.1, 7.0, "Amber"),
    ("CP03", "Household waste reused, recycled or composted (%)", "Quarterly",
     55.8, 53.1, 44.9, 42.7, 49.6, 52.0, "Amber"),
    ("CP04", "Major planning applications determined within 13 weeks or agreed time (%)", "Quarterly",
     88.0, 100.0, 92.3, 85.7, 91.4, 90.0, "Green"),
    ("CP05", "Affordable homes delivered", "Quarterly",
     34.0, 51.0, 22.0, 68.0, 175.0, 200.0, "Red"),
    ("CP06", "Residents satisfied with the way the council runs things (%)", "Annual",
     "Annual", "Annual", "Annual", "Annual", 61.0, 65.0, "Amber"),
    ("CP07", "Gender pay gap (median, %)", "Annual",
     ANNUAL, ANNUAL, ANNUAL, ANNUAL, 4.8, 5.0, "Green"),
    ("CP08", "Carbon emissions from council operations (tCO2e)", "Annual",
     None, None, None, None, 6120.0, 6000.0, "Amber"),
    ("CP09", "Working days lost to sickness absence per FTE", "Quarterly",
     2.1, 2.3, 2.9, 2.6, 9.9, 8.5, "Red"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's year-end corporate performance table.

    The year-end report keeps every measure in one wide table whatever its
    frequency: a 'Frequency' column (Monthly, Quarterly, Annual), a column per
    quarter and a '2024/25 annual' outturn, then one target and one RAG.
    Annual measures fill only the annual column; their quarter cells are left
    blank by some officers and say 'Annual' or 'Reported annually' for others.
    A careful reader takes each quarter figure and the annual outturn as
    figures for their periods, the words as what the cells said, the target
    for every period of the row (as the table gives only one), and the RAG
    for the row's last period column, the year.
    """
    book, sheet = new_book("Year end 2024-25")
    title(sheet, "A1", "Corporate Performance Report - Year End 2024/25")
    sheet["A2"] = (
        "Quarterly and monthly measures show the quarter's figure; the annual column is the year's outturn."
    )
    header = ["Ref", "Measure", "Frequency", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
              "Q4 2024/25", "2024/25 annual", "Target", "RAG"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, frequency, *values, target, rag) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [ref, name, frequency, *values, target, rag])
        exp.observations += observed(
            str(ref), str(name), PERIODS, values, float(str(target)), RAG[str(rag)]
        )
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp
