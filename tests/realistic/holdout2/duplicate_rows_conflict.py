"""Doubtful: the same indicator pasted twice, its two rows disagreeing about one quarter."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# code, indicator, target, Q1, Q2
ROWS: tuple[tuple[object, ...], ...] = (
    ("WR01", "Residual household waste per household (kg)", 110.0, 118.0, 112.0),
    ("WR02", "Missed bins put right within 48 hours (%)", 95.0, 96.2, 97.1),
    ("WR03", "Garden waste subscriptions", 21000.0, 20480.0, 20950.0),
    ("WR02", "Missed bins put right within 48 hours (%)", 95.0, 96.2, 93.4),
    ("WR04", "Bulky waste collections made on the agreed day (%)", 98.0, 99.1, 98.7),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a waste services scorecard assembled by copying rows from team returns.

    When a scorecard is put together from several teams' returns, a row is
    sometimes pasted twice, and one copy updated while the other is not: here
    WR02 appears twice with the same Q1 figure but different Q2 figures (97.1
    and 93.4). A reader cannot tell which is right; the file goes to review at
    the second copy's Q2 cell (E7).
    """
    book, sheet = new_book("Waste")
    title(sheet, "A1", "Waste and Recycling Scorecard - Q2 2024/25")
    put_row(sheet, 3, 1, ["Code", "Indicator", "Target", *QUARTERS], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Waste!E7"])
    seen: set[str] = set()
    for i, (code, name, target, q1, q2) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, target, q1, q2])
        t = float(str(target))
        if code in seen:
            continue
        seen.add(str(code))
        exp.observations.append(Obs(str(code), str(name), QUARTERS[0], float(str(q1)), None, t))
        if code != "WR02":  # its Q2 figure is the doubt
            exp.observations.append(Obs(str(code), str(name), QUARTERS[1], float(str(q2)), None, t))
    sheet.column_dimensions["B"].width = 50
    save(book, path)
    return exp
