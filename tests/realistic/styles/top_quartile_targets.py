"""Doubtful: targets in benchmarking terms, 'Top quartile (\u2265 92.1%)' beside 'Upper quartile' with no number."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

YEARS = ("2022/23", "2023/24")
SHEET = "Benchmarked KPIs"
FIRST_ROW = 5

# ref, indicator, target as written, (number, polarity the words state), 2022/23, 2023/24, benchmark source
ROWS: tuple[tuple[object, ...], ...] = (
    ("BK01", "Major planning applications decided within 13 weeks or agreed time (%)",
     "Top quartile (\u2265 92.1%)", (92.1, "higher_is_better"), 88.0, 93.5, "DLUHC P151, English districts"),
    ("BK02", "Household waste sent for reuse, recycling and composting (%)",
     "Above England average (41.7%)", (41.7, "higher_is_better"), 39.8, 40.9, "Defra LA collected waste"),
    ("BK03", "Council tax collected in year (%)",
     "Upper quartile", (None, None), 97.1, 97.4, "DLUHC QRC4"),
    ("BK04", "Average days to process new Housing Benefit claims",
     "Top quartile (\u2264 15.0 days)", (15.0, "lower_is_better"), 19.2, 16.4, "DWP SHBE speed of processing"),
    ("BK05", "Sickness absence days per FTE employee",
     "Better than statistical neighbours", (None, None), 9.6, 8.9, "CIPFA nearest neighbours"),
    ("BK06", "Non-major planning applications decided within 8 weeks or agreed time (%)",
     "Top 25% of English districts (\u2265 90.4%)", (90.4, "higher_is_better"), 86.2, 91.0, "DLUHC P151"),
    ("BK07", "Residual household waste per household (kg)",
     "Below England average (492 kg)", (492.0, "lower_is_better"), 455.3, 448.1, "Defra LA collected waste"),
    ("BK08", "Households in temporary accommodation per 1,000 households",
     "Better than regional average (1.6)", (1.6, None), 1.9, 2.2, "DLUHC H-CLIC, South East"),
)  # fmt: skip

NO_NUMBER = [f"{SHEET}!C{FIRST_ROW + i}" for i, r in enumerate(ROWS) if r[3] == (None, None)]


def build(path: Path) -> Expected:
    """Imitates a district council's benchmarked KPI set with targets stated as positions.

    Councils that aim at benchmarked performance write their targets as a
    position among other councils: 'Top quartile', 'Above England average',
    'Better than statistical neighbours', usually with the threshold that
    position meant at the last publication in brackets. A careful reader
    takes the printed number as the target ('Top quartile (\u2265 92.1%)' is
    92.1; '(492 kg)' is 492) and the words' direction where they state one
    ('\u2265', 'Above' higher is better; '\u2264', 'Below' lower; 'Better than' says
    nothing on its own). 'Upper quartile' (C7) and 'Better than statistical
    neighbours' (C9) print no number: the target exists but its value is
    not on the sheet, and the store has nowhere to keep the words, so
    importing would quietly leave those measures without a target, which a
    reader of the imported figures could not tell from 'no target set'. That
    is doubtful enough to ask: the file goes to review at those cells, and
    the observations are what --accept should give.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Benchmarked Key Performance Indicators - Annual Outturns")
    sheet["A2"] = (
        "Targets reflect the council's ambition to be a top-performing district. "
        "Figures in brackets are the threshold at the latest benchmark publication."
    )
    put_row(sheet, 4, 1, ["Ref", "Indicator", "Target", *YEARS, "Benchmark source"], bold=True)
    exp = Expected([], status="needs_review", review_cells=NO_NUMBER)
    for i, (ref, name, written, meaning, y1, y2, source) in enumerate(ROWS):
        put_row(sheet, FIRST_ROW + i, 1, [ref, name, written, y1, y2, source])
        assert isinstance(meaning, tuple)
        number, polarity = meaning
        target = None if number is None else float(str(number))
        for year, value in zip(YEARS, (y1, y2), strict=True):
            exp.observations.append(Obs(str(ref), str(name), year, float(str(value)), None, target))
        exp.add_meta(str(ref), str(name), None if polarity is None else str(polarity), None)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 38
    save(book, path)
    return exp
