"""A Quarter 2 report built from a yearly template: Q3, Q4 and 'Year end' are formulas over blank inputs showing 0, 0.0% or #DIV/0!."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, fill, new_book, put_row, save, title

SHEET = "Scorecard"
INPUT = "Input"
FIRST = 6
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
QCOLS = ("F", "G", "H", "I")  # Q1..Q4 on the scorecard
NUM = ("C", "E", "G", "I")  # numerator (or count) per quarter on the input sheet
DEN = ("D", "F", "H", "J")  # denominator per quarter on the input sheet

# ref, measure, unit, good is, quarterly target, kind, Q1 (num, den), Q2 (num, den), comment.
# kind: 'pct' = ROUND(num/den,3), 'pct0' = IFERROR(…,0), 'avg' = ROUND(num/den,1),
# 'avg0' = IFERROR(…,0), 'rate' = IFERROR(ROUND(num/den*100000,1),0), 'count' = the input.
ROWS: tuple[tuple[object, ...], ...] = (
    ("PL01", "Major planning applications determined within 13 weeks or agreed time", "%", "High", 0.9,
     "pct", (9, 10), (11, 12), None),
    ("PL02", "Minor planning applications determined within 8 weeks or agreed time", "%", "High", 0.85,
     "pct0", (58, 67), (71, 79), None),
    ("PL03", "Planning appeals allowed", "%", "Low", 0.3, "pct", (1, 4), (0, 3),
     "No appeals allowed in Q2 (3 dismissed)."),
    ("ES01", "Fly-tipping incidents reported", "Number", None, None, "count", (312, None), (287, None), None),
    ("ES02", "Fly-tipping incidents removed within 2 working days", "%", "High", 0.95,
     "pct0", (295, 312), (279, 287), None),
    ("ES03", "Missed bin collections per 100,000 collections", "Rate", "Low", 50,
     "rate", (214, 452300), (236, 455800), None),
    ("RB01", "Average days to process new Housing Benefit claims", "Days", "Low", 20,
     "avg0", (4872, 261), (4410, 252), None),
    ("RB02", "Average days to process changes of circumstances", "Days", "Low", 8,
     "avg", (9362, 1510), (None, None), "Q2 figure awaited from the Northgate report."),
    ("HS01", "Families with children in bed and breakfast for more than 6 weeks", "Number", "Low", 0,
     "count", (1, None), (0, None), None),
    ("HS02", "Households prevented from becoming homeless", "Number", "High", 90,
     "count", (84, None), (97, None), None),
    ("HR01", "Working days lost to sickness absence per FTE (in quarter)", "Days", "Low", 2,
     "avg0", (1281, 610), (1165, 613), None),
    ("LS01", "Visits to leisure centres", "Number", "High", 180000,
     "count", (182340, None), (201115, None), "Summer holiday activity programme."),
)  # fmt: skip

ERROR = "#DIV/0!"


def _formula(kind: str, row: int, q: int) -> str:
    n, d = f"{INPUT}!{NUM[q]}{row}", f"{INPUT}!{DEN[q]}{row}"
    return {
        "pct": f"ROUND({n}/{d},3)",
        "pct0": f"IFERROR(ROUND({n}/{d},3),0)",
        "avg": f"ROUND({n}/{d},1)",
        "avg0": f"IFERROR(ROUND({n}/{d},1),0)",
        "rate": f"IFERROR(ROUND({n}/{d}*100000,1),0)",
        "count": f"{n}",
    }[kind]


def _result(kind: str, pair: tuple[object, object] | None) -> object:
    """What the template's formula shows for one quarter's inputs (None = blank input)."""
    num, den = pair if pair else (None, None)
    if kind == "count":
        return num if num is not None else 0
    n = float(str(num)) if num is not None else 0.0
    d = float(str(den)) if den is not None else 0.0
    if d == 0:
        return ERROR if kind in ("pct", "avg") else 0
    if kind.startswith("pct"):
        return round(n / d, 3)
    if kind.startswith("avg"):
        return round(n / d, 1)
    return round(n / d * 100000, 1)


def _year_end(kind: str, pairs: list[tuple[object, object] | None]) -> tuple[str, object]:
    """What the 'Year end' formula shows: the sum, or sum over sum, of whatever has been entered."""
    nums = [float(str(p[0])) for p in pairs if p and p[0] is not None]
    dens = [float(str(p[1])) for p in pairs if p and p[1] is not None]
    if kind == "count":
        return "", sum(nums)
    if not dens:
        return "", ERROR
    ratio = sum(nums) / sum(dens)
    if kind.startswith("pct"):
        return "", round(ratio, 3)
    if kind.startswith("avg"):
        return "", round(ratio, 1)
    return "", round(ratio * 100000, 1)


def _status(good: object, latest: object, target: object) -> object:
    if isinstance(latest, str):
        return latest
    assert isinstance(latest, int | float) and isinstance(target, int | float)
    if good == "High":
        return "Green" if latest >= target else "Amber" if latest >= target * 0.95 else "Red"
    return "Green" if latest <= target else "Amber" if latest <= target * 1.05 else "Red"


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly scorecard kept in a yearly Excel template.

    The performance team builds one workbook a year: services type their
    numerators and denominators into an 'Input' sheet, and the 'Scorecard'
    sheet works out every quarter and a 'Year end' column with formulas. At
    Quarter 2 nothing has been entered for Q3 and Q4, so the template shows
    what its formulas give over blank cells: 0 for counts, 0.0% or 0.0 where
    the formula is wrapped in IFERROR, and '#DIV/0!' where it is not. The
    'Year end' column already shows the sum, or sum over sum, of Q1 and Q2.
    The 'Status' formula rates the quarter named in the 'Reporting quarter'
    cell (2). The workbook is saved with its formula results.

    A careful reader takes Q1 and Q2 2024/25 only: the title and the
    reporting-quarter cell say the report is at Quarter 2, so the zeros and
    '#DIV/0!' under Q3 and Q4 are the template's, not figures, and 'Year
    end' is not an outturn while the year is half gone (it is Q1 and Q2
    added up) and is not taken. In the quarters that have happened the
    figures stand as shown: a planning appeals rate of 0.0% and no families
    in bed and breakfast (0) are real results typed into the inputs, and a
    Q2 benefits figure not yet entered shows '#DIV/0!', kept as the words of
    that quarter with no status. The 'Quarterly target' applies to both
    quarters, the status word to Q2.
    """
    book, sheet = new_book(SHEET)
    inputs = book.create_sheet(INPUT)
    title(sheet, "A1", "Newark and Sherwood District Council \u2013 Performance Scorecard 2024/25")
    sheet["A2"] = "Quarter 2 (July to September 2024) \u2013 Cabinet, 12 November 2024"
    sheet["A3"] = "Reporting quarter:"
    sheet["C3"] = 2
    sheet["C3"].font = Font(bold=True)
    fill(sheet, "C3", "FFFFFF99")
    header = ["Ref", "Measure", "Unit", "Good is", "Quarterly target", "Q1", "Q2", "Q3", "Q4",
              "Year end", "Status", "Comments"]  # fmt: skip
    put_row(sheet, 5, 1, header, bold=True)
    for col in "ABCDEFGHIJKL":
        fill(sheet, f"{col}5", "FF1F4E78")
        sheet[f"{col}5"].font = Font(bold=True, color="FFFFFFFF")
        sheet[f"{col}5"].alignment = Alignment(horizontal="center", wrap_text=True)
    title(inputs, "A1", "Input sheet \u2013 enter figures in the yellow cells only")
    put_row(inputs, 5, 1, ["Ref", "Measure", "Q1 numerator", "Q1 denominator", "Q2 numerator",
                           "Q2 denominator", "Q3 numerator", "Q3 denominator", "Q4 numerator",
                           "Q4 denominator"], bold=True)  # fmt: skip
    inputs["A3"] = "For counts enter the quarter's figure as the numerator."
    formulas: dict[str, tuple[str, object]] = {}
    exp = Expected([])
    for i, (ref, name, unit, good, target, kind, q1, q2, comment) in enumerate(ROWS):
        row = FIRST + i
        k = str(kind)
        put_row(
            sheet,
            row,
            1,
            [ref, name, unit, good, target, None, None, None, None, None, None, comment],
        )
        put_row(inputs, row, 1, [ref, name])
        pairs: list[tuple[object, object] | None] = [q1, q2, None, None]  # type: ignore[list-item]
        for q, pair in enumerate(pairs):
            for col, value in zip((NUM[q], DEN[q]), pair or (None, None), strict=True):
                if k == "count" and col == DEN[q]:
                    fill(inputs, f"{col}{row}", "FFBFBFBF")
                    continue
                fill(inputs, f"{col}{row}", "FFFFFF99")
                if value is not None:
                    inputs[f"{col}{row}"] = value
            shown = _result(k, pair)
            formulas[f"{QCOLS[q]}{row}"] = (_formula(k, row, q), shown)
        _, year_end = _year_end(k, pairs)
        if k == "count":
            year_formula = f"SUM(F{row}:I{row})"
        else:
            nums = ",".join(f"{INPUT}!{c}{row}" for c in NUM)
            dens = ",".join(f"{INPUT}!{c}{row}" for c in DEN)
            scale_f = "*100000" if k == "rate" else ""
            digits = 3 if k.startswith("pct") else 1
            year_formula = f"ROUND(SUM({nums})/SUM({dens}){scale_f},{digits})"
        formulas[f"J{row}"] = (year_formula, year_end)
        fmt = {"%": "0.0%", "Days": "0.0", "Rate": "0.0"}.get(str(unit), "#,##0")
        for col in "EFGHIJ":
            sheet[f"{col}{row}"].number_format = fmt
            sheet[f"{col}{row}"].alignment = Alignment(horizontal="right")
        q2_shown = _result(k, q2)  # type: ignore[arg-type]
        status: object = None
        if target is not None:
            status = _status(good, q2_shown, target)
            op = ">=" if good == "High" else "<="
            tol = "0.95" if good == "High" else "1.05"
            latest = f"CHOOSE($C$3,F{row},G{row},H{row},I{row})"
            sheet[f"K{row}"] = 0
            formulas[f"K{row}"] = (
                f'IF({latest}{op}E{row},"Green",IF({latest}{op}E{row}*{tol},"Amber","Red"))',
                status,
            )
        scale = 100.0 if unit == "%" else 1.0
        tgt = round(float(str(target)) * scale, 6) if target is not None else None
        for q, period in enumerate(QUARTERS):
            shown = _result(k, pairs[q])
            rag = RAG.get(str(status)) if q == 1 else None
            if isinstance(shown, str):
                exp.observations.append(Obs(str(ref), str(name), period, None, shown, tgt, rag))
            else:
                actual = round(float(str(shown)) * scale, 6)
                exp.observations.append(Obs(str(ref), str(name), period, actual, None, tgt, rag))
        if good:
            polarity = "higher_is_better" if good == "High" else "lower_is_better"
            units = {"%": "%", "Days": "days", "Number": "number", "Rate": "rate"}
            exp.add_meta(str(ref), str(name), polarity, units[str(unit)])
        else:
            exp.add_meta(str(ref), str(name), None, "number")
        for col in "FGHIJ":
            sheet[f"{col}{row}"] = 0  # replaced by the formula and its saved result below
    foot = FIRST + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="Status compares the reporting quarter with the quarterly target: Green met, Amber within 5%, Red more than 5% adrift.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.cell(row=foot + 1, column=1, value="Template v3 \u2013 do not overwrite formulas. Q3 and Q4 complete automatically when the Input sheet is filled in.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["L"].width = 44
    inputs.column_dimensions["B"].width = 60
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, object]]) -> None:
    """Put each formula with its saved result into the scorecard's sheet XML, as Excel saves them."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _patch(data.decode("utf-8"), formulas).encode("utf-8")
            elif info.filename == "xl/workbook.xml":
                data = data.replace(b' fullCalcOnLoad="1"', b"")
            zf.writestr(info, data)


def _patch(xml: str, formulas: dict[str, tuple[str, object]]) -> str:
    for ref, (formula, result) in formulas.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
        match = pattern.search(xml)
        assert match, ref
        attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
        if isinstance(result, str):
            kind = ' t="e"' if result.startswith("#") else ' t="str"'
            value = escape(result)
        else:
            kind, value = "", repr(float(str(result)))
        new = f'<c r="{ref}"{attrs}{kind}><f>{escape(formula)}</f><v>{value}</v></c>'
        xml = xml[: match.start()] + new + xml[match.end() :]
    return xml
