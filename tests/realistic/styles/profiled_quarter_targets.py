"""Profiled quarterly targets written before each actual: 'Q1 Target | Q1 Actual | Q2 Target | Q2 Actual ...'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")

# code, indicator, (target, actual) for Q1..Q4, annual target, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("EH01", "Visits to council leisure centres",
     ((180000.0, 176412.0), (165000.0, 171950.0), (150000.0, None), (175000.0, None)), 670000.0, "Green"),
    ("EH02", "Library visits (physical)",
     ((62000.0, 64210.0), (58000.0, 57105.0), (55000.0, None), (60000.0, None)), 235000.0, "Amber"),
    ("EH03", "Affordable homes completed",
     ((40.0, 31.0), (55.0, 62.0), (45.0, None), (80.0, None)), 220.0, "Green"),
    ("EH04", "Apprenticeship starts supported by the council",
     ((20.0, 18.0), (35.0, 41.0), (15.0, None), (10.0, None)), 80.0, "Green"),
    ("EH05", "Households prevented from becoming homeless",
     ((90.0, 84.0), (90.0, 71.0), (90.0, None), (90.0, None)), 360.0, "Red"),
    ("EH06", "Average days to process new Housing Benefit claims",
     ((22.0, 23.4), (20.0, 19.6), (20.0, None), (22.0, None)), 21.0, "Green"),
    ("EH07", "Household waste recycled or composted (%)",
     ((54.0, 53.2), (55.0, "Not yet available"), (46.0, None), (44.0, None)), 50.0, None),
    ("EH08", "Food business inspections completed on time (%)",
     ((85.0, 79.0), (85.0, 81.5), (90.0, None), (95.0, None)), 90.0, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an economy and housing scorecard with quarterly profiled targets.

    Where demand is seasonal, services profile the year's target by quarter
    and the scorecard gives each quarter its own target, written before the
    actual ('Q1 Target | Q1 Actual | Q2 Target | Q2 Actual ...'), the later
    quarters' targets filled in already, then the annual target and a status.
    The financial year is named only in the title. A careful reader gives
    each quarter's figure that quarter's own target, not the annual one (for
    which there is no year figure yet), and the status to Q2, the latest
    quarter reported. Recycling figures lag a quarter: its Q2 cell says 'Not
    yet available' (kept as what it said, with Q2's target) and its status
    is blank. Q3 and Q4 have targets only, so no observation.
    """
    book, sheet = new_book("Scorecard")
    title(sheet, "A1", "Economy and Housing - Quarterly Performance 2024/25 (Quarter 2)")
    header = ["Code", "Indicator"]
    for q in ("Q1", "Q2", "Q3", "Q4"):
        header += [f"{q} Target", f"{q} Actual"]
    header += ["Annual target", "Status"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, pairs, annual, status) in enumerate(ROWS):
        assert isinstance(pairs, tuple)
        cells: list[object] = [code, name]
        for target, actual in pairs:
            cells += [target, actual]
        put_row(sheet, 4 + i, 1, [*cells, annual, status])
        given = [(q, t, a) for q, (t, a) in zip(QUARTERS, pairs, strict=True) if a is not None]
        for j, (quarter, target, actual) in enumerate(given):
            rag = STATUS[str(status)] if status is not None and j == len(given) - 1 else None
            if isinstance(actual, float):
                exp.observations.append(
                    Obs(str(code), str(name), quarter, actual, None, target, rag)
                )
            else:
                exp.observations.append(
                    Obs(str(code), str(name), quarter, None, str(actual), target, rag)
                )
    sheet.column_dimensions["B"].width = 48
    save(book, path)
    return exp
