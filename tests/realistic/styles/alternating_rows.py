"""Two rows per indicator, 'Actual' then 'Target', months across."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

MONTHS = ("Apr-24", "May-24", "Jun-24", "Jul-24")
LABELS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024")

# indicator, actuals by month (None: not yet in), targets by month
ROWS: tuple[tuple[str, tuple[float | None, ...], tuple[float, ...]], ...] = (
    ("Reablement: still at home 91 days after discharge (%)",
     (82.0, 84.5, 79.0, None), (85.0, 85.0, 85.0, 85.0)),
    ("Care Act assessments completed within 28 days (%)",
     (61.0, 66.0, 70.5, 72.0), (70.0, 70.0, 75.0, 75.0)),
    ("People waiting for an assessment",
     (412.0, 398.0, 377.0, 351.0), (400.0, 380.0, 360.0, 340.0)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a monthly adult social care tracker kept by a business intelligence team.

    Trackers like this give each indicator two rows: the indicator's name
    with 'Actual' beside it, then a row with 'Target' beside it and the name
    left blank, months across. Targets change during the year (a
    trajectory), so each month's target is the one under it.
    """
    book, sheet = new_book("ASC tracker")
    title(sheet, "A1", "Adult Social Care monthly tracker 2024/25")
    put_row(sheet, 3, 1, ["Indicator", "Measure", *MONTHS], bold=True)
    exp = Expected([])
    row = 4
    for name, actuals, targets in ROWS:
        put_row(sheet, row, 1, [name, "Actual", *actuals])
        put_row(sheet, row + 1, 1, [None, "Target", *targets])
        for label, actual, target in zip(LABELS, actuals, targets, strict=True):
            if actual is not None:
                exp.observations.append(Obs(None, name, label, actual, None, target))
        row += 2
    save(book, path)
    return exp
