"""Targets as a range over two columns, 'Target (min)' and 'Target (max)', for measures meant to stay within a band."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Finance KPIs"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
AIM = {
    "Stay within range": "on_target",
    "Higher is better": "higher_is_better",
    "Lower is better": "lower_is_better",
}

# ref, measure, aim, Q1, Q2, Q3, target min, target max, RAG (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("FIN01", "Forecast revenue outturn variance to net budget (%)", "Stay within range", 1.8, 2.6, 1.1, -1.0, 1.0, "A"),
    ("FIN02", "Capital programme spend against the approved profile (%)", "Stay within range", 78.0, 86.5, 93.4, 90.0, 110.0, "G"),
    ("FIN03", "General fund reserves as a share of net revenue budget (%)", "Stay within range", 6.4, 6.1, 5.9, 5.0, 10.0, "G"),
    ("FIN04", "Cash held for liquidity at quarter end (\u00a3m)", "Stay within range", 42.7, 58.3, 61.9, 20.0, 60.0, "A"),
    ("FIN05", "Treasury investments returning at or above SONIA (%)", "Higher is better", 87.0, 91.5, 94.0, 90.0, None, "G"),
    ("FIN06", "Undisputed invoices paid within 30 days (%)", "Higher is better", 93.8, 95.2, 96.4, 95.0, None, "G"),
    ("FIN07", "Sundry debt more than 90 days old (%)", "Lower is better", 18.2, 16.9, 17.5, None, 15.0, "A"),
    ("FIN08", "External borrowing against the operational boundary (%)", "Stay within range", 71.0, 74.2, 76.8, 65.0, 85.0, "G"),
    ("FIN09", "Budget holders' monthly forecasts returned on time (%)", "Higher is better", 81.0, 77.0, 88.0, 95.0, None, "R"),
    ("FIN10", "Pension fund employer contributions received by the 19th (%)", "Higher is better", 100.0, 98.6, None, 99.0, None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly finance and treasury KPIs to audit and governance.

    Several of these measures are meant to stay inside a band, not to rise
    or fall: the budget variance within \u00b11%, capital spend between 90% and
    110% of its profile, reserves between 5% and 10% of the budget, cash
    between \u00a320m and \u00a360m. The sheet gives every target as two
    columns, 'Target (min)' and 'Target (max)', with an 'Aim' column; for a
    measure that should only rise, only the minimum is filled in, and for
    one that should only fall, only the maximum. The R/A/G letter is for
    Q3. The last measure's Q3 figure is not in yet.

    A careful reader keeps both ends of a range as the target band (and the
    aim 'Stay within range'); a lone minimum or maximum is a plain target.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Staffordshire County Council \u2013 Finance and Treasury Management KPIs 2024/25",
    )
    sheet["A2"] = (
        "Audit and Standards Committee, 28 January 2025 \u2013 position at 31 December 2024"
    )
    header = ["Ref", "Measure", "Aim", *QUARTERS, "Target (min)", "Target (max)", "R/A/G"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, aim, q1, q2, q3, low, high, rag) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [ref, name, aim, q1, q2, q3, low, high, rag])
        code, nm = str(ref), str(name)
        both = low is not None and high is not None
        target = None if both else float(str(low if high is None else high))
        found = observed(
            code, nm, QUARTERS, (q1, q2, q3), target, None if rag is None else RAG[str(rag)]
        )
        if both:
            found = [replace(o, band=(float(str(low)), float(str(high)))) for o in found]
        exp.observations += found
        exp.add_meta(code, nm, AIM[str(aim)], None)
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Where the aim is to stay within range, G = inside the range, A = outside it by less than a tenth of its width, R = further out.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 66
    save(book, path)
    return exp
