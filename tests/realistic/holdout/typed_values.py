"""Figures typed the way people type them: '1,234', '12.5 days', '£12,345', '54%', 'n/a', '*', '-', 'TBC'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

# code, measure, target cell, (Q1 cell, Q1 actual, Q1 text), (Q2 ...), unit the cells state
ROWS: tuple[tuple[object, ...], ...] = (
    ("RV1", "Business rates accounts in arrears", "1,100",
     ("1,234", 1234.0, None), ("1,087", 1087.0, None), None),
    ("RV2", "Average time to process new benefit claims", "18 days",
     ("12.5 days", 12.5, None), ("21 days", 21.0, None), "days"),
    ("RV3", "Council Tax arrears written off", "£15,000",
     ("£12,345", 12345.0, None), ("£16,210", 16210.0, None), "£"),
    ("RV4", "Customers satisfied with the revenues service", "75%",
     ("54%", 54.0, None), ("n/a", None, "n/a"), "%"),
    ("RV5", "Households evicted for rent arrears", "0",
     ("*", None, "*"), ("6", 6.0, None), None),
    ("RV6", "Discretionary housing payment applications decided in 10 days", "90%",
     ("-", None, "-"), ("TBC", None, "TBC"), "%"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a revenues and benefits scorecard filled in by hand as text.

    When a scorecard is filled in by several officers, figures arrive as text
    with thousands separators, units and currency signs, and with markers for
    no figure: 'n/a' (not applicable), '*' (suppressed, fewer than five), '-'
    (no figure this quarter) and 'TBC' (to be confirmed). The markers are kept
    as text, never read as zero.
    """
    book, sheet = new_book("Revenues & Benefits")
    title(sheet, "A1", "Revenues and Benefits Scorecard 2024/25")
    put_row(sheet, 3, 1, ["Code", "Measure", "Target", "Q1 2024/25", "Q2 2024/25"], bold=True)
    exp = Expected([])
    for r, (code, name, target, q1, q2, unit) in enumerate(ROWS):
        assert isinstance(q1, tuple) and isinstance(q2, tuple)
        put_row(sheet, 4 + r, 1, [code, name, target, q1[0], q2[0]])
        goal = float(
            str(target).replace(",", "").replace("£", "").replace("%", "").replace(" days", "")
        )
        for quarter, (_, actual, text) in zip(("Q1 2024/25", "Q2 2024/25"), (q1, q2), strict=True):
            exp.observations.append(Obs(str(code), str(name), quarter, actual, text, goal))
        exp.add_meta(str(code), str(name), None, None if unit is None else str(unit))
    save(book, path)
    return exp
