"""A RAG column headed only by a symbol ('\u25cf') and a direction column headed only '\u2195'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# code, indicator, target, Q1, Q2, rating, direction
ROWS: tuple[tuple[object, ...], ...] = (
    ("LS01", "Library visits per 1,000 population", 950.0, 912.0, 968.0, "Green", "\u2191"),
    ("LS02", "Leisure centre memberships", 14500.0, 13870.0, 14020.0, "Amber", "\u2191"),
    ("LS03", "Museum and gallery visits", 42000.0, 39800.0, 35100.0, "Red", "\u2193"),
    ("LS04", "Sports pitch bookings cancelled by the council (%)", 2.0, 1.4, 1.5, "Green", "\u2192"),
    ("LS05", "Residents satisfied with parks and open spaces (%)", 80.0, 78.0, 77.0, "Amber", "\u2193"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a culture and leisure scorecard laid out for print.

    Reports designed for the page label narrow columns with a symbol instead
    of a word: the rating column is headed '\u25cf' (it shows a coloured dot in
    print) and holds the rating words, the direction column is headed '\u2195'
    and holds arrows. The rating, as usual, is the latest quarter's.
    """
    book, sheet = new_book("Culture and Leisure")
    title(sheet, "A1", "Culture, Leisure and Libraries - Quarter 2 2024/25")
    header = ["Code", "Indicator", "Target", *QUARTERS, "\u25cf", "\u2195"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, target, q1, q2, rating, direction) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, target, q1, q2, rating, direction])
        t = float(str(target))
        exp.observations += [
            Obs(str(code), str(name), QUARTERS[0], float(str(q1)), None, t),
            Obs(str(code), str(name), QUARTERS[1], float(str(q2)), None, t, RAG[str(rating)]),
        ]
    sheet.column_dimensions["B"].width = 52
    save(book, path)
    return exp
