"""RAG cells that are IF formulas comparing the latest quarter with hidden green and red threshold columns."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    num,
    observed,
    put_row,
    save,
    title,
)

SHEET = "KPIs Q3"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
SECTION = PatternFill(fill_type="solid", start_color="FFEDE2F6", end_color="FFEDE2F6")
THIN = Side(style="thin", color="FFA6A6A6")

# Section rows are a 1-tuple. Otherwise: code, KPI, good performance is, percent?, Q1, Q2, Q3,
# target 2024/25, green threshold, red threshold (the last two hidden), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adults and Health",),
    ("AH01", "Adult social care assessments completed within 28 days", "High", True,
     0.712, 0.748, 0.781, 0.8, 0.8, 0.72, "New triage model from October."),
    ("AH02", "Permanent admissions to care homes, aged 65+, per 100,000 (year to date)", "Low",
     False, 138.4, 281.9, 429.5, 560, 420, 460, "Profiled: 420 green and 460 red at Quarter 3."),
    ("AH03", "Older people at home 91 days after discharge to reablement", "High", True,
     0.844, 0.851, 0.823, 0.82, 0.82, 0.78, None),
    ("AH04", "Carers' assessments completed", "High", False, 212, 236, None, 900, 675, 600,
     "Q3 figure awaited from the carers' centre."),
    ("Children and Families",),
    ("CF01", "Children's social care assessments completed within 45 working days", "High", True,
     0.853, 0.877, 0.902, 0.9, 0.9, 0.85, None),
    ("CF02", "Re-referrals to children's social care within 12 months", "Low", True,
     0.224, 0.198, 0.211, 0.2, 0.2, 0.23, None),
    ("CF03", "Education, health and care plans issued within 20 weeks", "High", True,
     0.412, 0.468, 0.519, 0.6, 0.6, 0.5, "Educational psychology capacity increased in Q3."),
    ("CF04", "Children looked after per 10,000 aged under 18", "Low", False,
     71.2, 72.6, 73.9, None, None, None, "Reported for information; no target set."),
    ("Corporate",),
    ("CO01", "Working days lost to sickness per FTE (rolling 12 months)", "Low", False,
     10.2, 10.6, 11.3, 9.5, 9.5, 10.5, None),
    ("CO02", "Freedom of Information requests answered within 20 working days", "High", True,
     0.901, 0.874, 0.918, 0.9, 0.9, 0.85, None),
    ("CO03", "Stage 2 complaints answered within 20 working days", "High", True,
     0.75, 0.667, "Not available", 0.85, 0.85, 0.75, "Complaints system migration."),
)  # fmt: skip


def _rag(good: object, latest: object, green: object, red: object) -> str:
    """What the status formula saved: blank for no figure, 'n/a' for no thresholds, else G/A/R."""
    if not isinstance(latest, float | int):
        return ""
    if green is None:
        return "n/a"
    assert isinstance(green, float | int) and isinstance(red, float | int)
    if good == "High":
        return "G" if latest >= green else "R" if latest < red else "A"
    return "G" if latest <= green else "R" if latest > red else "A"


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly KPI sheet whose RAG column is worked out by formula.

    Derbyshire County Council style: Code, KPI, 'Good performance is'
    (High/Low), Q1/Q2/Q3 2024/25, 'Target 2024/25', then two hidden
    working columns 'Green threshold' and 'Red threshold' (the tolerances
    agreed with each service: for most the green threshold is the target,
    for the care home admissions the year-to-date profile at Quarter 3),
    then 'RAG' and Commentary. Every RAG cell is a formula such as
    '=IF(NOT(ISNUMBER(F6)),"",IF(H6="","n/a",IF(F6>=H6,"G",IF(F6<I6,"R","A"))))',
    saved with its result, and coloured by conditional formatting; the
    hidden columns show only when a reader unhides them.

    A careful reader takes the three quarters with the 2024/25 target on
    each and the saved RAG letter with Q3, the latest quarter. The hidden
    thresholds are the formula's working figures, not targets and not
    observations. Where Q3 is blank (carers' assessments) or 'Not
    available' (complaints, kept as Q3's text) the formula saved an empty
    string, so no quarter is rated; the looked-after children row, with no
    target or thresholds, saved 'n/a', which is no rating. Percentages are
    stored as fractions under '0.0%' and read in points; polarity comes
    from 'Good performance is'. Nothing on the sheet is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Derbyshire County Council \u2013 Council Plan Key Performance Indicators")
    sheet["A2"] = "Quarter 3 2024/25 (to 31 December 2024)"
    sheet["A3"] = "RAG is calculated against the agreed tolerances for each indicator."
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Code", "KPI", "Good performance is", *QUARTERS, "Target 2024/25",
              "Green threshold", "Red threshold", "RAG", "Commentary"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    formulas: dict[str, tuple[str, str]] = {}
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, good, pct, q1, q2, q3, target, green, red, comment = spec
        put_row(sheet, row, 1, [code, name, good, q1, q2, q3, target, green, red, None, comment])
        for col in range(4, 10):
            sheet.cell(row=row, column=col).number_format = "0.0%" if pct else "#,##0.0"
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        cmp_green, cmp_red = (">=", "<") if good == "High" else ("<=", ">")
        formula = (
            f'IF(NOT(ISNUMBER(F{row})),"",IF(H{row}="","n/a",'
            f'IF(F{row}{cmp_green}H{row},"G",IF(F{row}{cmp_red}I{row},"R","A"))))'
        )
        result = _rag(good, q3, green, red)
        formulas[f"J{row}"] = (formula, result)
        sheet[f"J{row}"] = 0  # replaced by the formula and its saved result below
        sheet[f"J{row}"].alignment = Alignment(horizontal="center")
        scale = 100.0 if pct else 1.0
        figures = [round(v * scale, 6) if isinstance(v, float | int) else v for v in (q1, q2, q3)]
        goal = num(target)
        goal = None if goal is None else round(goal * scale, 6)
        exp.observations += observed(str(code), str(name), QUARTERS, figures, goal, RAG.get(result))
        exp.add_meta(str(code), str(name), GOOD[str(good)], None)
        row += 1
    for letter, rgb in (("G", GREEN_FILL), ("A", AMBER_FILL), ("R", RED_FILL)):
        sheet.conditional_formatting.add(
            f"J{FIRST}:J{row - 1}",
            CellIsRule(
                operator="equal",
                formula=[f'"{letter}"'],
                fill=PatternFill(fill_type="solid", start_color=rgb, end_color=rgb),
            ),
        )
    sheet.cell(row=row + 1, column=1, value="G \u2013 at or better than the green threshold; A \u2013 between the thresholds; R \u2013 worse than the red threshold; n/a \u2013 no target.").font = Font(size=9)  # fmt: skip
    sheet.cell(row=row + 2, column=1, value="Prepared by the Performance and Intelligence Team, January 2025.").font = Font(size=9, italic=True)  # fmt: skip
    for letter, width in {"A": 7, "B": 62, "C": 12, "G": 10, "J": 6, "K": 48}.items():
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["H"].hidden = True
    sheet.column_dimensions["I"].hidden = True
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, str]]) -> None:
    """Put each formula with its saved text result into the sheet XML, as Excel saves them."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                for ref, (formula, result) in formulas.items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
                    match = pattern.search(xml)
                    assert match, ref
                    attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
                    new = f'<c r="{ref}"{attrs} t="str"><f>{escape(formula)}</f><v>{escape(result)}</v></c>'
                    xml = xml[: match.start()] + new + xml[match.end() :]
                data = xml.encode("utf-8")
            zf.writestr(info, data)
