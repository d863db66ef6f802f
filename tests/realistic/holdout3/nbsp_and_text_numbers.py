"""Figures pasted from a web page or PDF: no-break spaces, Unicode minus, '85 %', quote prefixes."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

NBSP, ZWSP, MINUS = "\u00a0", "\u200b", "\u2212"
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# A cell is (as written, actual, quote prefix): str is text, a number is a number.
Cell = tuple[object, float, bool]


def _c(written: object, actual: float, prefix: bool = False) -> Cell:
    return (written, actual, prefix)


# ref, indicator, Q1, Q2, target, status, unit the sheet states
ROWS: tuple[tuple[str, str, Cell, Cell, Cell, str, str | None], ...] = (
    ("HC01", f"Households in temporary accommodation{NBSP}", _c(f"1{NBSP}204", 1204.0),
     _c(f"1{NBSP}187 ", 1187.0), _c(f"1{NBSP}100", 1100.0), "Red", None),
    ("HC02", "Change in people sleeping rough on a year earlier (%)", _c(f"{MINUS}5.2", -5.2),
     _c(f"{MINUS}12.5", -12.5), _c(f"{MINUS}10.0", -10.0), "Green", "%"),
    ("HC03", "Homelessness cases prevented or relieved", _c("61 %", 61.0), _c(f"64.5{NBSP}%", 64.5),
     _c("65 %", 65.0), "Amber", "%"),
    ("HC04", "Affordable homes delivered (cumulative)", _c("46", 46.0, True), _c("112", 112.0, True),
     _c("250", 250.0, True), "Amber", None),
    (f"HC05{NBSP}", "Disabled facilities grants: average days from approval to completion",
     _c(f"86{ZWSP}", 86.0), _c(f"79{ZWSP}", 79.0), _c("90", 90.0, True), "Green", None),
    ("HC06", "Housing benefit new claims: average days to process", _c("18.4 ", 18.4),
     _c(f"17.9{NBSP}", 17.9), _c(20, 20.0), "Green", None),
    ("HC07", "Empty homes brought back into use (cumulative)", _c(f" 23{NBSP}", 23.0),
     _c("31", 31.0, True), _c("60 ", 60.0), "Amber", None),
    ("HC08", "Council housing rent collected", _c(f"97.6{NBSP}%", 97.6), _c(f"98.1{ZWSP}%", 98.1),
     _c("98.5%", 98.5), "Amber", "%"),
    ("HC09", "Anti-social behaviour cases resolved within 28 days (%)", _c(74.2, 74.2),
     _c(" 78.0", 78.0), _c(80, 80.0), "Amber", "%"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a housing scorecard assembled by pasting from the council website and a PDF.

    Copying a table from a web page or a PDF into Excel leaves figures as
    text: thousands separated by a no-break space ('1 204'), trailing and
    leading spaces, zero-width spaces after a number, the Unicode minus sign
    ('−5.2') in place of a hyphen, '85 %' with a space (French-style, from a
    PDF), and numbers that someone 'fixed' by typing an apostrophe first
    (Excel's quote prefix: the cell holds the text '46'). A few cells were
    typed properly as numbers. A reader reads every one of them as the
    number it shows; the status (with a stray no-break space) is Q2's.
    """
    book, sheet = new_book("Sheet1")
    title(sheet, "A1", f"Housing and Communities{NBSP}- Quarterly Performance Indicators 2024/25")
    sheet["A2"] = "Copied from the Performance pages of the council website, 12 November 2024"
    header = ["PI ref", "Indicator", f"Q1{NBSP}2024/25", f"Q2{NBSP}2024/25", "Target", "Status"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for r, (ref, name, q1, q2, target, status, unit) in enumerate(ROWS):
        row = 5 + r
        put_row(sheet, row, 1, [ref, name])
        for col, (written, _, prefix) in enumerate((q1, q2, target), start=3):
            cell = sheet.cell(row=row, column=col, value=written)
            if prefix:
                cell.quotePrefix = True
        sheet.cell(row=row, column=6, value=f"{status}{NBSP}")
        code, indicator = ref.strip(), name.strip()
        exp.observations += [
            Obs(code, indicator, QUARTERS[0], q1[1], None, target[1]),
            Obs(code, indicator, QUARTERS[1], q2[1], None, target[1], RAG[status]),
        ]
        exp.add_meta(code, indicator, None, unit)
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp
