"""RAG given only by the fill colour of each quarter's value cell; no RAG column, no key."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)  # fmt: skip

FILLS: dict[str, tuple[str, Rag]] = {
    "R": (RED_FILL, "red"),
    "A": (AMBER_FILL, "amber"),
    "G": (GREEN_FILL, "green"),
}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# ref, measure, target, [(value, colour letter or '')]
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSP1", "Anti-social behaviour incidents reported", 1100.0, ((1203.0, "R"), (1150.0, "A"), (1032.0, "G"))),
    ("CSP2", "Domestic abuse repeat referrals to MARAC (%)", 28.0, ((31.0, "A"), (27.5, "G"), (33.0, "R"))),
    ("CSP3", "Graffiti removed within 5 working days (%)", 95.0, ((97.2, "G"), (96.0, "G"), (91.4, "A"))),
    ("CSP4", "Victims of hate crime offered support (%)", 100.0, ((100.0, ""), (98.0, "A"), (100.0, "G"))),
    ("CSP5", "CCTV cameras operational (%)", 98.0, ((94.0, "R"), (95.5, "A"), (99.1, "G"))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a community safety scorecard coloured by hand.

    Officers often shade each figure's cell red, amber or green instead of
    writing a rating; there is no RAG column and no key, and a cell left
    white has no rating. The standard Office red (FF0000), amber (FFC000) and
    green (00B050) are used.
    """
    book, sheet = new_book("Community Safety")
    title(sheet, "A1", "Community Safety Partnership - Quarter 3 2024/25")
    put_row(sheet, 3, 1, ["Ref", "Measure", "Target", *QUARTERS], bold=True)
    exp = Expected([])
    for r, (ref, name, target, cells) in enumerate(ROWS):
        assert isinstance(cells, tuple)
        put_row(sheet, 4 + r, 1, [ref, name, target, *(v for v, _ in cells)])
        for i, ((value, letter), quarter) in enumerate(zip(cells, QUARTERS, strict=True)):
            rag: Rag | None = None
            if letter:
                rgb, rag = FILLS[letter]
                fill(sheet, sheet.cell(row=4 + r, column=4 + i).coordinate, rgb)
            exp.observations.append(
                Obs(str(ref), str(name), quarter, value, None, float(str(target)), rag)
            )
    save(book, path)
    return exp
