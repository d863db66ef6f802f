"""A sheet of formulas whose saved results include #DIV/0!, #N/A and #VALUE! beside ordinary figures."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Customer & Revenues"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
ERRORS = ("#DIV/0!", "#N/A", "#VALUE!")
FIRST = 5  # first indicator row

# A figure is a number, a text, or (formula, saved result); a result is a number or an error.
# ref, indicator, polarity (for the status formula), percent?, Q1, Q2, Q3, target
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS01", "Calls answered within 60 seconds", "high", True,
     ("ROUND(2841/3510,3)", 0.809), ("ROUND(2604/3377,3)", 0.771), ("ROUND(2990/3562,3)", 0.839), 0.9),
    ("CS02", "Stage 2 complaints upheld", "low", True,
     ("ROUND(3/11,3)", 0.273), ("ROUND(0/0,3)", "#DIV/0!"), ("ROUND(2/9,3)", 0.222), 0.25),
    ("CS03", "New benefit claims \u2013 average days to process", "low", False, 17.2, 18.9, 16.5, 20),
    ("CS04", "Council tax collected in year (cumulative)", "high", True, 0.291, 0.574, 0.853,
     ("NA()", "#N/A")),
    ("CS05", "Customer contacts completed through web forms", "high", True,
     ("ROUND(5120/6400,3)", 0.8), ("ROUND(5533/6732,3)", 0.822), ("NA()", "#N/A"), 0.8),
    ("CS06", "Switchboard calls handled", None, False, "tbc", 9874, ("31502-C10-D10", "#VALUE!"), None),
    ("CS07", "Visitors seen within 15 minutes at the Contact Centre", "high", True, 0.92, 0.94, 0.88, 0.9),
    ("CS08", "Discretionary housing payment decisions within 10 working days", "high", True,
     ("ROUND(88/96,3)", 0.917), ("ROUND(101/107,3)", 0.944), ("ROUND(73/81,3)", 0.901), 0.9),
)  # fmt: skip


def _result(cell: object) -> object:
    return cell[1] if isinstance(cell, tuple) else cell


def _status(polarity: object, latest: object, target: object) -> object:
    """What the sheet's status formula saved: an error passes through, else G/A/R."""
    for value in (latest, target):
        if isinstance(value, str):
            return value if value in ERRORS else "#VALUE!"
    assert isinstance(latest, float | int) and isinstance(target, float | int)
    if polarity == "high":
        return "G" if latest >= target else "A" if latest >= target * 0.95 else "R"
    return "G" if latest <= target else "A" if latest <= target * 1.05 else "R"


def build(path: Path) -> Expected:
    """Imitates a district council's customer services and revenues quarterly sheet built of formulas.

    Officers often type the calculation into the cell ('=2841/3510' kept as
    '=ROUND(2841/3510,3)'), leave '=NA()' as a placeholder for a figure not
    yet in so that charts skip it, and derive the status and the change on
    last quarter with formulas. The saved workbook then shows Excel's error
    values where a calculation failed: '#DIV/0!' for a quarter with no stage
    2 complaints at all, '#N/A' for the missing web figure and a target not
    yet agreed, '#VALUE!' where a quarter's figure is worked back from the
    year to date and an earlier quarter says 'tbc'. The errors pass on into
    the change and status formulas of the same row.

    A careful reader takes what each cell shows: a number where a number was
    saved (percentages shown through '0.0%'), and the error code as the
    text of that quarter where the cell shows one, since it stood there
    instead of a figure. A target cell showing '#N/A' is no target, and a
    status showing an error is no rating. The change column is arithmetic,
    not an observation.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Bolsover District Council \u2013 Customer Services and Revenues")
    sheet["A2"] = (
        "Quarterly performance 2024/25, Quarter 3. Status: G target met, A within 5%, R missed."
    )
    header = ["Ref", "Indicator", *QUARTERS, "Target", "Change on last quarter", "Status"]
    put_row(sheet, 4, 1, header, bold=True)
    formulas: dict[str, tuple[str, object]] = {}
    exp = Expected([])
    for i, (ref, name, polarity, percent, q1, q2, q3, target) in enumerate(ROWS):
        row = FIRST + i
        cells = {"C": q1, "D": q2, "E": q3, "F": target}
        put_row(sheet, row, 1, [ref, name])
        for col, cell in cells.items():
            if cell is None:
                continue
            if isinstance(cell, tuple):
                formulas[f"{col}{row}"] = (str(cell[0]), cell[1])
                sheet[f"{col}{row}"] = 0  # replaced by the formula and its saved result below
            else:
                sheet[f"{col}{row}"] = cell
            sheet[f"{col}{row}"].number_format = "0.0%" if percent else "0.0"
        latest, before, tgt = _result(q3), _result(q2), _result(target)
        if isinstance(latest, float | int) and isinstance(before, float | int):
            change: object = round(float(latest) - float(before), 6)
        else:
            change = next(v for v in (latest, before) if isinstance(v, str))
        formulas[f"G{row}"] = (f"E{row}-D{row}", change)
        sheet[f"G{row}"] = 0
        sheet[f"G{row}"].number_format = "+0.0%;-0.0%;0.0%" if percent else "+0.0;-0.0;0.0"
        status: object = None
        if polarity is not None:
            status = _status(polarity, latest, tgt)
            formulas[f"H{row}"] = (
                f'IF(E{row}{">=" if polarity == "high" else "<="}F{row},"G",'
                f"IF(E{row}{'>=' if polarity == 'high' else '<='}F{row}*"
                f'{"0.95" if polarity == "high" else "1.05"},"A","R"))',
                status,
            )
            sheet[f"H{row}"] = 0
        scale = 100.0 if percent else 1.0
        target_value = round(float(tgt) * scale, 6) if isinstance(tgt, float | int) else None
        for k, cell in enumerate((q1, q2, q3)):
            shown = _result(cell)
            if shown is None:
                continue
            if isinstance(shown, float | int):
                obs = Obs(str(ref), str(name), QUARTERS[k], round(float(shown) * scale, 6))
            else:
                obs = Obs(str(ref), str(name), QUARTERS[k], None, str(shown))
            rag = RAG.get(str(status)) if k == 2 else None
            exp.observations.append(
                Obs(obs.code, obs.name, obs.period, obs.actual, obs.actual_text, target_value, rag)
            )
    foot = FIRST + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="Figures calculated from the Civica and telephony returns; CS04 target to be agreed by Cabinet.").font = Font(size=9, italic=True)  # fmt: skip
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, object]]) -> None:
    """Put each formula with its saved result into the sheet XML, as Excel saves them."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _patch(data.decode("utf-8"), formulas).encode("utf-8")
            zf.writestr(info, data)


def _patch(xml: str, formulas: dict[str, tuple[str, object]]) -> str:
    for ref, (formula, result) in formulas.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
        match = pattern.search(xml)
        assert match, ref
        attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
        if isinstance(result, str):
            kind = ' t="e"' if result in ERRORS else ' t="str"'
            value = escape(result)
        else:
            kind, value = "", repr(float(str(result)))
        new = f'<c r="{ref}"{attrs}{kind}><f>{escape(formula)}</f><v>{value}</v></c>'
        xml = xml[: match.start()] + new + xml[match.end() :]
    return xml
