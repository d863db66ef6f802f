"""Resources scorecard in accounting style: '(1,234)' negatives, '-' for nil, £k in a heading."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, merge, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# Excel's own accounting format (brackets for negatives, a dash for zero) and a
# plain custom one a finance officer types in.
ACCOUNTING = '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)'
BRACKETS = "#,##0;(#,##0)"
ONE_DP = "0.0"

# A cell is written as given: an int/float is a number (shown through `fmt`),
# a str is typed text. Each cell is (written, fmt, actual, actual_text).
Cell = tuple[object, str | None, float | None, str | None]


def _n(value: float, fmt: str = BRACKETS) -> Cell:
    return (value, fmt, float(value), None)


def _t(text: str, actual: float | None) -> Cell:
    """Text typed into the cell; `actual` is what a reader takes from it (None: a marker)."""
    return (text, None, actual, None if actual is not None else text)


# ref, measure, Q1, Q2, Q3, target (a cell too), RAG (Q3)
ROWS: tuple[tuple[str, str, Cell | None, Cell | None, Cell | None, Cell | None, str | None], ...] = (
    ("RES01", "Revenue budget: forecast outturn variance", _n(1250), _n(-340), _t("(1,015)", -1015.0),
     _n(0, ACCOUNTING), "Green"),
    ("RES02", "Capital programme: forecast slippage", _n(2410), _n(3975), _n(4120), _n(2000), "Red"),
    ("RES03", "Savings delivered against the 2024/25 plan", _n(1180), _n(2305), _n(3010), _n(3600),
     "Amber"),
    ("RES04", "General fund reserves: net movement in year", _n(-2150, ACCOUNTING), _t("(3,400)", -3400.0),
     _t("(3,875)", -3875.0), _n(-4000, ACCOUNTING), "Green"),
    ("RES05", "Sundry debt over 90 days old", _n(1426), _n(1388), _n(1512), _n(1200), "Red"),
    ("RES06", "Treasury investment income above budget", _n(96, ACCOUNTING), _n(0, ACCOUNTING),
     _n(112, ACCOUNTING), _n(100, ACCOUNTING), "Green"),
    ("RES07", "Collection fund surplus / (deficit)", _t("-", None), _n(-412), _t("(388)", -388.0),
     _n(0, ACCOUNTING), "Amber"),
    ("RES08", "Council tax collected in year (%)", _n(29.4, ONE_DP), _n(56.8, ONE_DP), _n(84.1, ONE_DP),
     _n(96.5, ONE_DP), "Amber"),
    ("RES09", "Invoices paid within 30 days (%)", _n(94.1, ONE_DP), _n(95.3, ONE_DP), _n(96.0, ONE_DP),
     _n(95.0, ONE_DP), "Green"),
    ("RES10", "Small business rate relief recovered after review", _t("-", None), _t("-", None),
     _n(38, ACCOUNTING), None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a resources directorate scorecard kept by a finance team.

    Finance officers format money the accountant's way: a negative figure in
    brackets, through the number format ('#,##0;(#,##0)' or Excel's own
    accounting format, whose zero shows as '-') or typed as text '(1,015)'
    when pasted from the ledger report. The measure column is headed
    'Measure (£k unless stated)', so money is in thousands of pounds. A
    reader takes '(1,015)' as -1015 and a cell holding 0 that shows '-' as 0;
    a text '-' typed by hand ('nil / not available', says the key) is not a
    number: it is kept as the marker, as the cell gives no figure. The targets are in the same
    style; one measure has neither target nor rating. RAG is Q3's.
    """
    book, sheet = new_book("Q3 Scorecard")
    title(sheet, "A1", "Resources Directorate Corporate Scorecard 2024/25 - Quarter 3")
    sheet["A2"] = (
        "Figures in brackets are negative (an underspend, a deficit or a fall in reserves)."
    )
    header = ["Ref", "Measure (£k unless stated)", *QUARTERS, "Target 2024/25", "RAG"]
    merge(sheet, "C3:E3", "Quarterly position")
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for r, (ref, name, q1, q2, q3, target, rag) in enumerate(ROWS):
        row = 5 + r
        put_row(sheet, row, 1, [ref, name])
        for col, cell in enumerate((q1, q2, q3, target), start=3):
            if cell is None:
                continue
            written, fmt, _, _ = cell
            sheet.cell(row=row, column=col, value=written)
            if fmt is not None:
                sheet.cell(row=row, column=col).number_format = fmt
        sheet.cell(row=row, column=7, value=rag)
        goal = None if target is None else target[2]
        for period, cell in zip(QUARTERS, (q1, q2, q3), strict=True):
            if cell is None:
                continue
            _, _, actual, text = cell
            last = period == QUARTERS[-1]
            exp.observations.append(
                Obs(ref, name, period, actual, text, goal, RAG[rag] if last and rag else None)
            )
        if name.endswith("(%)"):
            exp.add_meta(ref, name, None, "%")
    foot = 5 + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="- = nil / not available")
    sheet.cell(
        row=foot + 1, column=1, value="Source: finance ledger (period 9) and revenues system"
    )
    sheet.column_dimensions["B"].width = 48
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 14
    save(book, path)
    return exp
