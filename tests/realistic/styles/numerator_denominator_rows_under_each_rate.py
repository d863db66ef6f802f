"""Each percentage indicator followed by 'Numerator' and 'Denominator' rows of counts."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Scorecard Q3"
HEAD_ROW = 5
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
PART = Font(italic=True, size=9, color="FF595959")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a section row. A rate: ref, name, "%", (numerators), (denominators), target,
# RAG, comment, labels for its two count rows. A rate's quarter is worked out from its
# counts (one decimal place); a count of None leaves that quarter blank, "n/a" writes n/a.
# A count measure: ref, name, unit, (values), target, RAG, comment.
Spec = tuple[object, ...]
ROWS: tuple[Spec, ...] = (
    ("Adult Social Care",),
    (
        "ASC01",
        "Safeguarding enquiries where the person's desired outcomes were fully or partially met",
        "%",
        (88, 97, 91, None),
        (97, 106, 101, None),
        90,
        "G",
        None,
        ("Numerator", "Denominator"),
    ),
    (
        "ASC02",
        "Reviews of long-term care completed within 12 months",
        "%",
        (412, 455, 470, None),
        (698, 702, 711, None),
        75,
        "R",
        "Review team carrying two vacancies; agency reviewers from January.",
        ("Numerator", "Denominator"),
    ),
    (
        "ASC03",
        "Older people still at home 91 days after discharge into reablement",
        "%",
        (61, 58, 66, None),
        (74, 71, 80, None),
        82.5,
        "G",
        None,
        ("Numerator", "Denominator"),
    ),
    (
        "ASC04",
        "Permanent admissions to residential and nursing care (65+)",
        "Number",
        (118, 131, 124, None),
        None,
        None,
        "Information only; rate per 100,000 reported annually.",
    ),
    ("ASC05", "Carers' assessments completed", "Number", (286, 301, 274, None), 1200, "A", None),
    ("Children's Services",),
    (
        "CS01",
        "Child and family assessments completed within 45 working days",
        "%",
        (512, 498, 530, None),
        (571, 566, 602, None),
        90,
        "A",
        None,
        ("Numerator", "Denominator"),
    ),
    (
        "CS02",
        "Re-referrals to children's social care within 12 months",
        "%",
        (104, 118, 97, None),
        (512, 540, 488, None),
        20,
        "G",
        "Lower is better.",
        ("Numerator", "Denominator"),
    ),
    (
        "CS03",
        "Children in care with an up-to-date health assessment",
        "%",
        (301, "n/a", 322, None),
        (352, "n/a", 361, None),
        90,
        "A",
        "Q2 not available: health provider's system migration.",
        ("Numerator", "Denominator"),
    ),
    (
        "CS04",
        "Education, Health and Care Plans issued within 20 weeks (excluding exceptions)",
        "%",
        (46, 58, None, None),
        (97, 103, None, None),
        60,
        "A",
        "Q3 figure awaiting SEND team validation; RAG shown is Q2.",
        ("Numerator", "Denominator"),
    ),
    (
        "CS05",
        "Children in care (snapshot at quarter end)",
        "Number",
        (412, 419, 427, None),
        None,
        None,
        None,
    ),
    ("Housing and Communities",),
    (
        "HC01",
        "Homelessness cases where homelessness was prevented",
        "%",
        (118, 131, 132, None),
        (211, 224, 236, None),
        55,
        "G",
        None,
        ("No. of households prevented", "Out of households owed a prevention duty"),
    ),
    (
        "HC02",
        "Households in temporary accommodation",
        "Number",
        (176, 189, 204, None),
        160,
        "R",
        "Rising demand from private rented sector evictions.",
    ),
    (
        "HC03",
        "Disabled Facilities Grant adaptations completed within 26 weeks",
        "%",
        (38, 41, 35, None),
        (52, 50, 49, None),
        75,
        "A",
        None,
        ("No. completed in 26 weeks", "Out of all completed"),
    ),
    (
        "HC04",
        "Library visits (physical)",
        "Number",
        (98211, 104376, 91052, None),
        380000,
        "G",
        "Cumulative 293,639 against a profile of 285,000.",
    ),
    (
        "HC05",
        "Food premises broadly compliant at last inspection",
        "%",
        (1342, 1351, 1360, None),
        (1431, 1436, 1442, None),
        95,
        "A",
        None,
        ("No. broadly compliant", "Out of premises rated"),
    ),
)


def _rate(num: object, den: object) -> object:
    if num is None or den is None:
        return None
    if isinstance(num, str) or isinstance(den, str):
        return "n/a"
    assert isinstance(num, int) and isinstance(den, int)
    return round(num / den * 100, 1)


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly corporate scorecard with the counts behind rates.

    Unitary councils that report to a Corporate Overview and Scrutiny
    Committee often print, under every percentage measure, the two counts it
    is worked out from, so members can see that 88% is 88 of 97 cases:
    an italic 'Numerator' row and a 'Denominator' row (or, in the housing
    team's part, 'No. of households prevented' / 'Out of households owed a
    prevention duty'), with no reference and the counts under each quarter.
    Count measures have no such rows. Columns: Ref, Indicator, Unit,
    'Q1 2024/25'..'Q4 2024/25' (Q4 blank), 'Target 2024/25', a filled
    G/A/R letter and Comments, under shaded service rows.

    A careful reader takes one observation per quarter for each indicator
    row, the rate as points with the year's target and the RAG on the
    latest quarter given; the count rows under a rate are its workings,
    not indicators. An 'n/a' Q2 (with 'n/a' counts), an EHCP rate whose Q3
    is blank so its RAG falls to Q2, information-only counts without target
    or RAG. Units from the Unit column; polarity is not stated (one comment
    says 'Lower is better', a remark, not a column).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "Corporate Overview and Scrutiny Committee, 20 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Rates are shown with the numerator and denominator they are calculated from."
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Ref", "Indicator", "Unit", *(p.split()[0] + " 2024/25" for p in PERIODS),
             "Target 2024/25", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, unit = str(spec[0]), str(spec[1]), str(spec[2])
        if unit == "%":
            nums, dens, target, rag, note, labels = spec[3:9]
            assert isinstance(nums, tuple) and isinstance(dens, tuple)
            assert isinstance(labels, tuple)
            values: tuple[object, ...] = tuple(_rate(n, d) for n, d in zip(nums, dens, strict=True))
        else:
            values, target, rag, note = spec[3:7]  # type: ignore[assignment]
            nums = dens = labels = ()  # a count has no count rows under it
        put_row(sheet, row, 1, [code, name, unit, *values, target, rag, note])
        for col in range(4, 9):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            cell.number_format = "0.0" if unit == "%" else "#,##0"
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
            sheet[f"I{row}"].alignment = Alignment(horizontal="center")
        tgt = float(target) if isinstance(target, int | float) else None
        exp.observations += observed(
            code, name, PERIODS, values, tgt, RAG[str(rag)] if rag else None
        )
        exp.add_meta(code, name, None, "%" if unit == "%" else "number")
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(top=THIN)
        row += 1
        for label, counts in zip(labels, (nums, dens)[: len(labels)], strict=True):
            sheet.cell(row=row, column=2, value=f"    {label}").font = PART
            for j, count in enumerate(counts):
                if count is not None:
                    cell = sheet.cell(row=row, column=4 + j, value=count)
                    cell.font = PART
                    cell.alignment = Alignment(horizontal="center")
                    cell.number_format = "#,##0"
            row += 1
    notes = (
        "RAG: G on or better than target; A within 5% of target; R more than 5% from target. "
        "RAG is for the latest quarter reported.",
        "Numerator / denominator rows give the counts each rate is calculated from; they are "
        "not separate measures.",
        "n/a \u2013 not available this quarter.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 7, "B": 66, "C": 8, "H": 10, "I": 6, "J": 50}.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 10
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
