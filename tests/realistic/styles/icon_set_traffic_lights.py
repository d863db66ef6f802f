"""No status words: a 'Status' column of ratio formulas and typed 3/2/1 rated by Excel's 3 traffic-light icon sets."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.formatting.rule import FormatObject, IconSet, Rule
from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Q3 Dashboard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
HEADER_ROW = 5

# An icon set's thresholds: the cfvo for the second and third icons as (value, gte).
# Excel shows the first icon below the second threshold, the second icon from it up to the
# third, the third icon from the third up; gte=False makes a threshold 'greater than'.
HIGHER_RULE = ((0.95, True), (1.0, True))  # red < 95% of target <= amber < 100% <= green
LOWER_RULE = ((1.0, False), (1.05, False))  # reversed: green <= 100% < amber <= 105% < red
SERVICE_RULE = ((2.0, True), (3.0, True))  # typed 3/2/1, icon only
LIGHTS: tuple[Rag, Rag, Rag] = ("red", "amber", "green")

# Sections of rows. A row: ref, measure, good is, Q1, Q2, Q3, target, status, icon expected.
# status "ratio": the Status cell is =IF(OR(Fn="",Gn=""),"",Fn/Gn) rated by HIGHER_RULE or
# LOWER_RULE (by 'Good is'); an int: typed by the head of service, rated by SERVICE_RULE.
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Housing and homelessness", (
        ("HH01", "Homelessness cases prevented or relieved (%)", "Higher", 62.4, 58.9, 64.8, 60.0, "ratio", "green"),
        ("HH02", "Average days to re-let council homes (general needs)", "Lower", 31.2, 28.7, 26.4, 27.0, "ratio", "green"),
        ("HH03", "Households in temporary accommodation at quarter end", "Lower", 84, 91, 97, 90, "ratio", "red"),
        ("HH04", "Rent collected as a percentage of rent due (%)", "Higher", 96.1, 97.0, 97.2, 98.0, "ratio", "amber"),
    )),
    ("Revenues and customer services", (
        ("RC01", "Average days to process new Housing Benefit claims", "Lower", 18.2, 19.5, 19.9, 19.0, "ratio", "amber"),
        ("RC02", "Average days to process changes of circumstances", "Lower", 6.1, 5.4, 5.2, 6.0, "ratio", "green"),
        ("RC03", "Calls to the contact centre answered within 2 minutes (%)", "Higher", 71.5, 68.2, 66.5, 70.0, "ratio", "amber"),
        ("RC04", "Customer transactions completed online (%)", "Higher", 58.0, 61.3, 63.9, 60.0, "ratio", "green"),
    )),
    ("Environment", (
        ("EN01", "Household waste sent for reuse, recycling and composting (%)", "Higher", 48.1, 46.0, 41.2, 46.0, "ratio", "red"),
        ("EN02", "Fly-tipping incidents cleared within 5 working days (%)", "Higher", 93.5, 95.8, 94.1, 95.0, "ratio", "amber"),
        ("EN03", "Missed bin collections per 100,000 collections", "Lower", 52, 47, 61, 55, "ratio", "red"),
        ("EN04", "Streets at grade B or above for litter (%)", "Higher", 89.0, 91.0, None, 90.0, "ratio", None),
    )),
    ("Corporate health (status set by the head of service)", (
        ("CH01", "Freedom of Information requests answered within 20 working days (%)", "Higher", 88.0, 91.4, 92.6, 90.0, 3, "green"),
        ("CH02", "Staff sickness absence (average days per FTE, rolling 12 months)", "Lower", 8.9, 9.2, 9.6, 8.5, 1, "red"),
        ("CH03", "Undisputed invoices paid within 30 days (%)", "Higher", 96.8, 95.1, 94.7, 95.0, 2, "amber"),
        ("CH04", "Stage 1 complaints answered within 10 working days (%)", "Higher", 81.0, 84.0, 87.0, 85.0, 3, "green"),
        ("CH05", "Compliments received", "Higher", 112, 98, 131, None, None, None),
    )),
)  # fmt: skip


def icon(value: float, thresholds: tuple[tuple[float, bool], ...], reverse: bool) -> Rag:
    """The light Excel shows for value under a 3-icon rule (3TrafficLights1: red, amber, green)."""
    index = 0
    for k, (limit, gte) in enumerate(thresholds):
        if value >= limit if gte else value > limit:
            index = k + 1
    return (LIGHTS[::-1] if reverse else LIGHTS)[index]


def _sqref(cells: list[str]) -> str:
    """Cells of one column as Excel writes a rule's ranges: runs of rows joined ('H7 H14:H15')."""
    rows = [int(c[1:]) for c in cells]
    runs: list[list[int]] = []
    for r in rows:
        if runs and r == runs[-1][-1] + 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    col = cells[0][0]
    return " ".join(f"{col}{run[0]}" + (f":{col}{run[-1]}" if len(run) > 1 else "") for run in runs)


def _rule(thresholds: tuple[tuple[float, bool], ...], reverse: bool, show: bool) -> Rule:
    cfvo = [FormatObject(type="percent", val=0)]
    for limit, gte in thresholds:
        cfvo.append(FormatObject(type="num", val=limit, gte=None if gte else False))
    icons = IconSet(
        iconSet="3TrafficLights1",
        cfvo=cfvo,
        showValue=None if show else False,
        reverse=True if reverse else None,
    )
    return Rule(type="iconSet", iconSet=icons)


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly dashboard whose only rating is Excel traffic-light icons.

    Many councils' in-house dashboards (the Excel workbook behind a cabinet
    'performance at a glance' report, here an Erewash-style borough) carry
    no status words at all: the 'Status' column holds the latest quarter as
    a proportion of target, =IF(OR(F7="",G7=""),"",F7/G7) shown as '108%',
    and a 3-traffic-light icon set puts a light beside it. Two rules are
    set on the column: for 'Good is: Higher' rows the lights change at 95%
    and 100% of target (Excel's 'green when value >= 1, amber when < 1 and
    >= 0.95'); for 'Good is: Lower' rows the icon order is reversed and the
    thresholds are '> 1' and '> 1.05', so a ratio at or under 1 is green. On
    the corporate health rows the head of service types 3, 2 or 1 in the
    Status cell and a third rule ('Show Icon Only') turns it into a light.
    The saved workbook keeps each formula's calculated value.

    A careful reader, seeing the lights, takes each as the rating of the
    row's Q3 figure, the single target as every quarter's target, and
    'Good is' as the polarity. The expected light is worked out from each
    rule as Excel applies it (``icon``): the first light below the second
    threshold, the second from it up to the third, the third from there up;
    '>=' unless the threshold says '>'; a reversed rule swaps red and
    green. Points worth care: RC03 is exactly 95% of its target (66.5/70)
    and so amber, not red (Excel and LibreOffice agree); no ratio sits
    exactly on a '>' threshold of the reversed rule, where LibreOffice was
    seen to draw the light '>=' gives, not Excel's. EN04 has no Q3 figure
    yet, so its formula shows nothing and no light is drawn (Q2 has no
    rating); compliments have no target and no status.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Erewash Borough Council \u2013 Corporate Performance Dashboard")
    sheet["A2"] = "Quarter 3 2024/25 (October to December 2024)"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Status: the latest quarter as a proportion of target. Lights change at 95% and 100% of "
        "target, or at 100% and 105% where lower is better. Corporate health lights are set by "
        "the head of service."
    )
    sheet["A3"].font = Font(size=9)
    header = ["Ref", "Measure", "Good is", *QUARTERS, "Target 2024/25", "Status"]
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    formulas: dict[str, tuple[str, object]] = {}
    ranges: dict[str, list[str]] = {"Higher": [], "Lower": [], "service": []}
    exp = Expected([])
    row = HEADER_ROW + 1
    for section, rows in SECTIONS:
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, 9):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
        row += 1
        for ref, name, good, q1, q2, q3, target, status, light in rows:
            put_row(sheet, row, 1, [ref, name, good, q1, q2, q3, target])
            for col, value in zip(range(4, 8), (q1, q2, q3, target), strict=True):
                sheet.cell(row=row, column=col).number_format = (
                    "0.0" if isinstance(value, float) else "0"
                )
            cell = sheet.cell(row=row, column=8)
            cell.alignment = Alignment(horizontal="center")
            shown: Rag | None = None
            if status == "ratio":
                f, g = f"F{row}", f"G{row}"
                result: object = "" if q3 is None else float(str(q3)) / float(str(target))
                formulas[f"H{row}"] = (f'IF(OR({f}="",{g}=""),"",{f}/{g})', result)
                cell.value = 0  # replaced by the formula and its saved result below
                cell.number_format = "0%"
                ranges[str(good)].append(f"H{row}")
                if isinstance(result, float):
                    rule = HIGHER_RULE if good == "Higher" else LOWER_RULE
                    shown = icon(result, rule, reverse=good == "Lower")
            elif isinstance(status, int):
                cell.value = status
                ranges["service"].append(f"H{row}")
                shown = icon(float(status), SERVICE_RULE, reverse=False)
            assert shown == light, (ref, shown, light)
            goal = None if target is None else float(str(target))
            found = observed(str(ref), str(name), QUARTERS, (q1, q2, q3), goal)
            if shown is not None:
                found[-1] = replace(found[-1], rag=shown)
            exp.observations += found
            exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
            row += 1
    rules = (
        ("Higher", HIGHER_RULE, False, True),
        ("Lower", LOWER_RULE, True, True),
        ("service", SERVICE_RULE, False, False),
    )
    for key, thresholds, reverse, show in rules:
        sheet.conditional_formatting.add(
            _sqref(ranges[key]), _rule(thresholds, reverse=reverse, show=show)
        )
    foot = row + 1
    sheet.cell(row=foot, column=1, value=(
        "Sources: Northgate housing and revenues systems, telephony reports, Whitespace waste "
        "system, street cleansing inspections (Q3 survey due in February), iTrent, FOI log."
    )).font = Font(size=9, italic=True)  # fmt: skip
    sheet.cell(row=foot + 1, column=1, value="Prepared by the Policy and Performance Team, January 2025.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["G"].width = 15
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
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
            kind, value = ' t="str"', escape(result)
        else:
            kind, value = "", repr(float(str(result)))
        new = f'<c r="{ref}"{attrs}{kind}><f>{escape(formula)}</f><v>{value}</v></c>'
        xml = xml[: match.start()] + new + xml[match.end() :]
    return xml
