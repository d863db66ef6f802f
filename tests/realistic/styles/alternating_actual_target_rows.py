"""Two rows per measure, 'Actual' then 'Target', months across as 'Apr-24' text headings."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

MONTHS = ("Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24")
LABELS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024")

# ref, measure, actuals by month (None: not yet reported), targets by month
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC01", "New requests for support resolved at first contact (%)",
     (41.2, 43.8, 44.0, 46.1, 45.3, 47.9), (45.0, 45.0, 45.0, 47.0, 47.0, 47.0)),
    ("ASC02", "People waiting for a Care Act assessment",
     (612.0, 598.0, 571.0, 560.0, 544.0, 530.0), (600.0, 580.0, 560.0, 540.0, 520.0, 500.0)),
    ("ASC03", "Delayed transfers of care attributable to social care (days)",
     (312.0, 298.0, 355.0, 301.0, 287.0, None), (300.0, 300.0, 300.0, 300.0, 300.0, 300.0)),
    ("ASC04", "Reviews of long-term support completed in year (%)",
     (6.1, 12.4, 19.0, 24.8, 30.2, 36.5), (8.3, 16.7, 25.0, 33.3, 41.7, 50.0)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an adult social care monthly performance pack with Actual/Target row pairs.

    NHS and council integrated performance reports often lay each measure out
    as two rows: the first carries the reference, the name and the word
    'Actual', the second the word 'Target' (the monthly profile, set for the
    whole year ahead), with the reference and name merged down over both
    rows. Month headings are typed text such as 'Apr-24'. A month whose
    actual is not yet in has no observation, even though its target is set.
    """
    book, sheet = new_book("ASC Monthly")
    title(sheet, "A1", "Adult Social Care - Monthly Performance 2024/25")
    sheet["A2"] = "Data as at 14/10/2024"
    put_row(sheet, 4, 1, ["Ref", "Measure", None, *MONTHS], bold=True)
    exp = Expected([])
    for i, (ref, name, actuals, targets) in enumerate(ROWS):
        top = 5 + 2 * i
        assert isinstance(actuals, tuple) and isinstance(targets, tuple)
        put_row(sheet, top, 1, [ref, name, "Actual", *actuals])
        put_row(sheet, top + 1, 3, ["Target", *targets])
        sheet.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
        sheet.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
        for label, actual, target in zip(LABELS, actuals, targets, strict=True):
            if actual is not None:
                exp.observations.append(Obs(str(ref), str(name), label, actual, None, target))
    sheet.column_dimensions["B"].width = 55
    save(book, path)
    return exp
