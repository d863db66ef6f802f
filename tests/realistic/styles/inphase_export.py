"""InPhase measure data export: monthly rows, R/A/G letters, 'Bigger is Better' polarity."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

LETTER: dict[str, Rag | None] = {"R": "red", "A": "amber", "G": "green", "": None}
MONTHS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024")

# name, polarity word, target, monthly values, monthly statuses
MEASURES: tuple[tuple[object, ...], ...] = (
    ("Delayed transfers of care attributable to adult social care (per 100,000)",
     "Smaller is Better", 2.6, (3.1, 2.9, 2.4, 2.2), ("R", "A", "G", "G")),
    ("Proportion of older people still at home 91 days after reablement",
     "Bigger is Better", 82.0, (79.5, 80.2, 83.0, 84.1), ("A", "A", "G", "G")),
    ("Number of people waiting for a social work assessment", "Smaller is Better", 1200.0,
     (1700.0, 1650.0, 1540.0, 1480.0), ("R", "R", "R", "A")),
    ("Percentage of safeguarding enquiries where the risk was reduced or removed",
     "Bigger is Better", 90.0, (91.0, 93.0, 89.0, 92.0), ("G", "G", "A", "G")),
)  # fmt: skip

POLARITY = {"Bigger is Better": "higher_is_better", "Smaller is Better": "lower_is_better"}


def build(path: Path) -> Expected:
    """Imitates a spreadsheet export of a performance dashboard such as InPhase.

    Modelled on the shape of monthly measure exports from performance
    dashboard products rather than on one product's exact columns: one row
    per measure per month with the month written 'Apr 2024', actual and
    target side by side, the status as an R/A/G letter standing for its
    coloured dot, and the measure's polarity in words ('Bigger is Better' /
    'Smaller is Better'). A two-line title sits above.
    """
    book, sheet = new_book("Measures")
    title(sheet, "A1", "Adult Social Care - Monthly Measures")
    sheet["A2"] = "Exported from InPhase 05/08/2024"
    put_row(sheet, 4, 1, ["Measure", "Period", "Actual", "Target", "Status", "Polarity"], bold=True)
    exp = Expected([])
    row = 5
    for name, polarity, target, values, statuses in MEASURES:
        assert (
            isinstance(values, tuple) and isinstance(statuses, tuple) and isinstance(target, float)
        )
        for month, value, status in zip(MONTHS, values, statuses, strict=True):
            put_row(sheet, row, 1, [name, month, value, target, status, polarity])
            exp.observations.append(
                Obs(None, str(name), month, value, None, target, LETTER[status])
            )
            row += 1
        exp.add_meta(None, str(name), POLARITY[str(polarity)], None)
    save(book, path)
    return exp
