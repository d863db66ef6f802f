"""Six-monthly report: 'H1 2023/24', 'H2 2023/24', 'H1 2024/25' columns."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, observed, put_row, save, title

HALVES = ("H1 2023/24", "H2 2023/24", "H1 2024/25")

# indicator, three halves, annual target
ROWS: tuple[tuple[object, ...], ...] = (
    ("Food hygiene inspections completed on time (%)", 81.0, 88.0, 92.5, 95.0),
    ("Noise complaints responded to within 3 working days (%)", 94.0, 91.0, 96.0, 95.0),
    ("Licensing applications processed within 28 days (%)", 72.0, None, 84.0, 85.0),
    ("Pest control visits made within 5 days (%)", 97.0, 98.5, 99.0, 95.0),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a regulatory services report to a licensing or scrutiny committee.

    Some services report every six months, labelling the halves of the
    financial year 'H1' (April-September) and 'H2' (October-March). The
    annual target applies to each half; one half was not reported.
    """
    book, sheet = new_book("Regulatory")
    title(sheet, "A1", "Regulatory Services - six-monthly performance")
    put_row(sheet, 3, 1, ["Indicator", *HALVES, "Target"], bold=True)
    exp = Expected([])
    for r, (name, *values, target) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [name, *values, target])
        exp.observations += observed(None, str(name), HALVES, values, float(str(target)))
    save(book, path)
    assert all(isinstance(o, Obs) for o in exp.observations)
    return exp
