"""Besides the Target, 'Green threshold' and 'Red threshold' columns giving the rating bands, and an 'Aim' column."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
HEADINGS = ("Q1 24/25", "Q2 24/25", "Q3 24/25")
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
AIM = {"Maximise": "higher_is_better", "Minimise": "lower_is_better"}

# code, title, aim, Q1, Q2, Q3, target, green threshold, red threshold, status (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("LI033", "Percentage of major planning applications determined within 13 weeks", "Maximise",
     92.3, 88.9, 100.0, 90, 90, 80, "Green"),
    ("LI034", "Percentage of minor planning applications determined within 8 weeks", "Maximise",
     84.1, 79.5, 81.7, 85, 85, 75, "Amber"),
    ("LI041", "Percentage of household waste sent for reuse, recycling and composting", "Maximise",
     53.8, 55.2, 47.9, 52, 52, 48, "Red"),
    ("LI042", "Residual household waste per household (kg)", "Minimise",
     98.4, 101.2, 96.7, 100, 100, 110, "Green"),
    ("LI047", "Number of missed bins per 100,000 collections", "Minimise",
     41, 57, 63, 45, 45, 60, "Red"),
    ("LI050", "Average number of days to re-let council homes (standard voids)", "Minimise",
     24.6, 22.1, 27.3, 25, 25, 30, "Amber"),
    ("LI061", "Percentage of rent collected from current tenants", "Maximise",
     97.2, 98.1, 98.6, 98.5, 98.5, 97.5, "Green"),
    ("LI072", "Working days lost to sickness absence per FTE (rolling 12 months)", "Minimise",
     8.9, 9.4, 9.7, 8.5, 8.5, 9.5, "Red"),
    ("LI080", "Number of visits to leisure centres", "Maximise",
     168402, 171955, 154310, None, None, None, "Data only"),
    ("LI091", "Percentage of FOI requests answered within 20 working days", "Maximise",
     95.8, 93.0, 96.4, 95, 95, 90, "Green"),
    ("LI095", "Percentage of invoices paid within 30 days", "Maximise",
     96.9, "Not collected", 97.8, 98, 98, 95, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a performance-system PI report that prints each indicator's rating bands.

    Reports out of Pentana- or InPhase-style systems often print, beside the
    Target, the thresholds the system rates against: a 'Green threshold'
    (usually the target itself) and a 'Red threshold' (the 'intervention
    level' past which the indicator is Red), with Amber between. A careful
    reader takes the quarters' figures as the observations and the Target
    as their target; the two thresholds are rating bands, not figures and
    not targets, even though they are numbers in the same units. The 'Aim'
    column states polarity (Maximise, Minimise). Status is for Q3. The
    leisure visits are 'Data only': no target, no rating. One invoice
    figure was 'Not collected' in Q2.
    """
    book, sheet = new_book("PI Report")
    title(sheet, "A1", "Rushcliffe Borough Council - Corporate Performance Indicators, Q3 2024/25")
    sheet["A2"] = "Report generated 21/01/2025 09:14. Thresholds as set in the performance system."
    header = ["Code", "Title", "Aim", *HEADINGS, "Target", "Green threshold", "Red threshold",
              "Status"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, aim, q1, q2, q3, target, green, red, status) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [code, name, aim, q1, q2, q3, target, green, red, status])
        tgt = None if target is None else float(str(target))
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2, q3), tgt, RAG.get(str(status))
        )
        exp.add_meta(str(code), str(name), AIM[str(aim)], None)
    foot = 6 + len(ROWS)
    sheet.cell(
        row=foot,
        column=1,
        value="Green: at or better than the green threshold. Red: worse than the red threshold. "
        "Amber: between the two.",
    )
    sheet.column_dimensions["B"].width = 72
    save(book, path)
    return exp
