"""Three heading rows: the year merged over its quarters, each quarter merged over its columns, then Actual / Target / RAG."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from tests.realistic.kit import Expected, Obs, Rag, merge, new_book, put_row, save, title

SHEET = "Highways & Transport"
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
FIRST_DATA = 7

# ref, measure, unit, [(actual, target, RAG) for Q1..Q4]; Q4 has targets typed in, nothing else yet
ROWS: tuple[tuple[object, ...], ...] = (
    ("HT01", "Category 1 defects made safe within 24 hours", "%",
     ((97.2, 98, "A"), (98.6, 98, "G"), (96.9, 98, "A"), (None, 98, None))),
    ("HT02", "Potholes repaired", "No.",
     ((4120, 3500, "G"), (2875, 2500, "G"), (3910, 4500, "R"), (None, 5000, None))),
    ("HT03", "Street lighting faults repaired within 7 days", "%",
     ((88.4, 90, "A"), (91.7, 90, "G"), (86.0, 90, "A"), (None, 90, None))),
    ("HT04", "Gully cleansing programme completed (cumulative)", "%",
     ((21.5, 25, "R"), (47.0, 50, "A"), (74.8, 75, "A"), (None, 100, None))),
    ("HT05", "Average days to issue a street works permit decision", "Days",
     ((4.6, 5, "G"), (5.2, 5, "A"), (4.8, 5, "G"), (None, 5, None))),
    ("HT06", "Bus services running on time (non-frequent services)", "%",
     ((81.0, 85, "A"), (79.4, 85, "A"), (83.2, 85, "A"), (None, 85, None))),
    ("HT07", "Concessionary bus passes issued within 10 working days", "%",
     ((99.0, 95, "G"), (96.3, 95, "G"), (92.1, 95, "A"), (None, 95, None))),
    ("HT08", "Winter gritting runs completed on time", "%",
     (("Not applicable", None, None), ("Not applicable", None, None), (99.3, 98, "G"), (None, 98, None))),
    ("HT09", "Road traffic collisions resulting in injury", "No.",
     ((112, 120, "G"), (131, 120, "A"), (None, 120, None), (None, 120, None))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's highways and transport quarterly scorecard.

    The performance template has three heading rows above the figures:
    '2024/25' merged across all four quarters, 'Q1' to 'Q4' each merged
    across its three columns, and 'Actual', 'Target' and 'RAG' under every
    quarter; 'Ref', 'Measure' and 'Unit' are merged down the three rows. The
    Q4 targets were typed in at the start of the year, so the Q4 columns
    hold targets but no figures or ratings yet. Gritting is seasonal ('Not
    applicable' in the summer quarters, with no target); the police had not
    yet supplied the Q3 collision figure.

    A careful reader takes the quarters as Q1 to Q3 of 2024/25 from the two
    rows above them, each figure with the target and RAG under the same
    quarter, keeps 'Not applicable' as text, and takes nothing from Q4 or
    the blank Q3 collision cell: a target with no figure is not an
    observation.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Cumberland Council - Highways and Transport Scorecard")
    sheet["A2"] = "Position at the end of Quarter 3 (31 December 2024)"
    for col, label in ((1, "Ref"), (2, "Measure"), (3, "Unit")):
        letter = get_column_letter(col)
        merge(sheet, f"{letter}4:{letter}6", label)
        sheet[f"{letter}4"].alignment = Alignment(horizontal="center", vertical="center")
    last = get_column_letter(3 + 3 * len(QUARTERS))
    merge(sheet, f"D4:{last}4", "2024/25")
    for q, quarter in enumerate(QUARTERS):
        first = 4 + 3 * q
        merge(sheet, f"{get_column_letter(first)}5:{get_column_letter(first + 2)}5", quarter)
        put_row(sheet, 6, first, ["Actual", "Target", "RAG"], bold=True)
    exp = Expected([])
    for i, (ref, name, unit, blocks) in enumerate(ROWS):
        assert isinstance(blocks, tuple)
        cells: list[object] = [ref, name, unit]
        for quarter, (actual, target, rag) in zip(QUARTERS, blocks, strict=True):
            cells += [actual, target, rag]
            if actual is None:
                continue
            number = float(actual) if isinstance(actual, int | float) else None
            text = None if number is not None else str(actual)
            t = None if target is None else float(target)
            exp.observations.append(
                Obs(str(ref), str(name), f"{quarter} 2024/25", number, text, t, RAG.get(str(rag)))
            )
        exp.add_meta(
            str(ref), str(name), None, {"%": "%", "No.": "number", "Days": "days"}[str(unit)]
        )
        put_row(sheet, FIRST_DATA + i, 1, cells)
    foot = FIRST_DATA + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="RAG: G target met; A within 10% of target; R more than 10% from target.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 56
    save(book, path)
    return exp
