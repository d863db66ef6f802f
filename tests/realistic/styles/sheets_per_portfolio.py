"""A workbook with a RAG summary sheet and one sheet per portfolio."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.realistic.kit import BOLD, Expected, Rag, observed, put_row, save

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# sheet -> rows (ref, measure, target, Q1, Q2, RAG, commentary)
PORTFOLIOS: dict[str, tuple[tuple[object, ...], ...]] = {
    "Adults": (
        ("ASC1", "Permanent admissions to care homes, aged 65+, per 100,000", 560.0, 148.0, 301.0, "Green", None),
        ("ASC2", "People who use services who feel safe", 70.0, 66.0, 67.5, "Amber", "Survey sample small."),
        ("ASC3", "Reablement referrals completed", 900.0, 431.0, 856.0, "Amber", None),
    ),
    "Children": (
        ("CH1", "Care leavers aged 19-21 in suitable accommodation", 90.0, 75.0, 83.0, "Red", "See appendix."),
        ("CH2", "Social care assessments completed within 45 days", 85.0, 75.0, 88.0, "Green", None),
    ),
    "Place": (
        ("PL1", "Highway defects repaired within 20 working days", 90.0, 71.0, 79.0, "Red", "New HAMS system."),
        ("PL2", "Street lights repaired within 7 days", 95.0, 96.0, 97.1, "Green", None),
        ("PL3", "Rights of way issues resolved", 300.0, 142.0, 231.0, "Green", None),
    ),
}  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a quarterly performance workbook with a sheet per cabinet portfolio.

    County councils send cabinet a workbook whose first sheet summarises how
    many measures are Green, Amber and Red in each portfolio (a table of
    counts, not of measures), followed by one sheet per portfolio holding
    that portfolio's measures with the same columns. The summary sheet is not
    a scorecard of its own: 'Adults' there is a portfolio, not an indicator.
    """
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    summary["A1"] = "Quarter 2 2024/25 - Summary of measures by portfolio"
    summary["A1"].font = BOLD
    put_row(summary, 3, 1, ["Portfolio", "Green", "Amber", "Red", "Total"], bold=True)
    exp = Expected([])
    for i, (portfolio, rows) in enumerate(PORTFOLIOS.items()):
        counts = [sum(1 for r in rows if r[5] == word) for word in ("Green", "Amber", "Red")]
        put_row(summary, 4 + i, 1, [portfolio, *counts, len(rows)])
        sheet = book.create_sheet(portfolio)
        sheet["A1"] = f"{portfolio} portfolio - performance measures"
        sheet["A1"].font = BOLD
        header = ["Ref", "Measure", "Target 2024/25", *QUARTERS, "RAG", "Commentary"]
        put_row(sheet, 3, 1, header, bold=True)
        for j, (ref, name, target, q1, q2, rag, comment) in enumerate(rows):
            put_row(sheet, 4 + j, 1, [ref, name, target, q1, q2, rag, comment])
            exp.observations += observed(
                str(ref), str(name), QUARTERS, (q1, q2), float(str(target)), RAG[str(rag)]
            )
    save(book, path)
    return exp
