"""Hidden columns of working figures (numerators, denominators, a superseded draft, a lookup key)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "PH indicators"
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# columns: A Ref, B Indicator, C lookup key (hidden), then per quarter numerator and
# denominator (hidden) and the published figure, the Q3 draft (hidden) before Q3's working
# figures, then Target and RAG
HEADER = (
    "Ref", "Indicator", "Lookup key",
    "Q1 num", "Q1 den", "Q1 2024/25",
    "Q2 num", "Q2 den", "Q2 2024/25",
    "Q3 draft (9 Jan)", "Q3 num", "Q3 den", "Q3 2024/25",
    "Target", "RAG",
)  # fmt: skip
HIDDEN = ("C", "D", "E", "G", "H", "J", "K", "L")

# ref, indicator, key, ((num, den) or count per quarter), Q3 draft, target, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("PH01", "Smokers setting a quit date who had quit at 4 weeks (%)", "SSS_QUIT4",
     ((142, 268), (131, 270), (155, 289)), 52.1, 50, "G"),
    ("PH02", "Eligible population offered and receiving an NHS Health Check in the quarter (%)", "NHSHC_REC",
     ((2140, 101250), (1985, 101250), (2260, 101250)), None, 2.0, "G"),
    ("PH03", "Opiate users in treatment who completed successfully and did not return (%)", "DRG_OPI",
     ((38, 712), (33, 705), (41, 698)), None, 5.0, "G"),
    ("PH04", "Non-opiate users in treatment who completed successfully and did not return (%)", "DRG_NONOPI",
     ((96, 331), (104, 326), (86, 318)), None, 30, "R"),
    ("PH05", "New birth visits by a health visitor within 14 days (%)", "HV_NBV14",
     ((1298, 1412), (1367, 1480), (1244, 1391)), 88.7, 90, "A"),
    ("PH06", "Infants totally or partially breastfed at 6 to 8 weeks (%)", "BF_68WK",
     ((612, 1305), (655, 1340), (604, 1262)), None, 48, "A"),
    ("PH07", "Attendances at the integrated sexual health service", "ISHS_ATT",
     (6412, 6789, 6150), None, None, None),
    ("PH08", "Children receiving a 2 to 2\u00bd year development review (%)", "HV_2YR",
     ((1189, 1370), (1221, 1402), (1108, 1345)), 83.0, 85, "A"),
    ("PH09", "Older people completing a strength and balance programme", "FALLS_SB",
     (104, 131, 118), None, 120, "A"),
)  # fmt: skip


def _figure(working: object) -> tuple[object, object, float]:
    """A quarter's numerator, denominator and published figure (a percentage to one place)."""
    if isinstance(working, tuple):
        num, den = working
        return num, den, round(100 * num / den, 1)
    assert isinstance(working, int)
    return None, None, float(working)


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly public health indicators sheet to health scrutiny.

    The analyst who keeps the sheet works in it: a lookup key that ties each
    row to the data warehouse, each quarter's numerator and denominator
    beside the published percentage, and the draft Q3 figures sent round
    on 9 January (kept for the three that moved when late records came in). Before the
    sheet goes out those working columns are hidden, not deleted: a reader
    opening it sees Ref, Indicator, the three quarters' figures, the Target
    and the RAG for Q3.

    A careful reader takes only what the visible sheet shows: one figure a
    quarter per indicator, the percentages as published to one decimal
    place, the Target for every quarter and the RAG for Q3. The hidden
    counts, the superseded drafts and the lookup keys are not observations.
    The sexual health attendances are a count with no target or rating.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Worcestershire County Council \u2013 Public Health Outcomes")
    sheet["A2"] = "Quarterly indicator summary 2024/25, Quarter 3 (October to December 2024)"
    put_row(sheet, 4, 1, HEADER, bold=True)
    exp = Expected([])
    for i, (ref, name, key, quarters, draft, target, rag) in enumerate(ROWS):
        row = 5 + i
        assert isinstance(quarters, tuple)
        worked = [_figure(q) for q in quarters]
        (n1, d1, q1), (n2, d2, q2), (n3, d3, q3) = worked
        put_row(
            sheet,
            row,
            1,
            [ref, name, key, n1, d1, q1, n2, d2, q2, draft, n3, d3, q3, target, rag],
        )
        goal = None if target is None else float(str(target))
        for k, (_, _, value) in enumerate(worked):
            latest = RAG[str(rag)] if k == 2 and rag is not None else None
            exp.observations.append(Obs(str(ref), str(name), PERIODS[k], value, None, goal, latest))
    for col in HIDDEN:
        sheet.column_dimensions[col].hidden = True
    sheet.column_dimensions["B"].width = 70
    foot = 6 + len(ROWS)
    sheet.cell(
        row=foot,
        column=1,
        value="RAG: G = target met; A = within 5% of target; R = more than 5% below target.",
    ).font = Font(size=9)
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Sources: stop smoking service returns, NDTMS, health visiting records, ISHS activity.",
    ).font = Font(size=9)
    save(book, path)
    return exp
