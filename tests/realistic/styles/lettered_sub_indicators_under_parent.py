"""Parent indicator rows ('PI 14') followed by lettered sub-indicators ('14a', '14b'); some parents have figures, some only a name."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    merge,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Housing PIs"
FIRST = 6
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}

# code, indicator, good is, format, 2023/24 outturn, Q1, Q2, Q3, target 2024/25, Q3 RAG, comment.
# A parent row has a code starting 'PI'; a row of Nones after the name is a parent with no figures.
ROWS: tuple[tuple[object, ...], ...] = (
    ("PI 12", "Homelessness approaches to the council", None, "0", 1588, 402, 437, 419, None, None,
     "Demand indicator, no target set."),
    ("12a", "Prevention duty accepted", None, "0", 611, 148, 162, 151, None, None, None),
    ("12b", "Relief duty accepted", None, "0", 472, 121, 133, 127, None, None, None),
    ("PI 13", "Homelessness prevention and relief outcomes", None, None, None, None, None, None, None, None, None),
    ("13a", "Prevention duty ended with accommodation secured for 6 months or more", "High", "0.0%",
     0.583, 0.602, 0.571, 0.594, 0.6, "A", None),
    ("13b", "Relief duty ended with accommodation secured", "High", "0.0%",
     0.342, 0.318, 0.355, 0.367, 0.35, "G", None),
    ("PI 14", "Households in temporary accommodation (at quarter end)", "Low", "0", 211, 224, 238, 246, 200, "R",
     "Continued rise in families approaching after Section 21 notices."),
    ("14a", "Households with dependent children", "Low", "0", 132, 141, 150, 157, 120, "R", None),
    ("14b", "Families with children in bed and breakfast for more than 6 weeks", "Low", "0", 4, 2, 5, 0, 0, "G",
     "All families moved to self-contained accommodation by December."),
    ("14c", "Households placed outside the borough", "Low", "0", 37, 41, 44, "Not available", 30, None,
     "Placement data being reconciled after the move to Jigsaw."),
    ("PI 15", "Void council homes", None, None, None, None, None, None, None, None, None),
    ("15a", "Average days to re-let general needs homes", "Low", "0.0", 34.8, 31.2, 29.6, 30.4, 28, "A", None),
    ("15b", "Average days to re-let sheltered homes", "Low", "0.0", 61.5, 58.0, 66.3, 54.9, 45, "R",
     "Low demand for bedsit schemes at two sites."),
    ("15c", "Rent lost through voids as % of rent roll", "Low", "0.00%", 0.0131, 0.0118, 0.0112, 0.0109, 0.012, "G", None),
    ("PI 16", "Repairs completed within target time", "High", "0.0%", 0.914, 0.927, 0.931, 0.938, 0.95, "A", None),
    ("16a", "Emergency repairs (24 hours)", "High", "0.0%", 0.988, 0.993, 0.996, 0.991, 0.99, "G", None),
    ("16b", "Urgent repairs (5 working days)", "High", "0.0%", 0.902, 0.915, 0.924, 0.93, 0.95, "A", None),
    ("16c", "Routine repairs (28 calendar days)", "High", "0.0%", 0.887, 0.901, 0.898, 0.912, 0.95, "A",
     "New contractor mobilised for routine works in October."),
    ("PI 17", "Tenants satisfied with the overall repairs service (TSM TP02)", "High", "0.0%", 0.712, None, None, None,
     0.75, None, "Tenant Satisfaction Measures survey reported annually."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's housing services performance indicators to its Housing Committee.

    The PI list is numbered, and where a measure is broken down the parts
    follow the parent as lettered sub-indicators: 'PI 14 Households in
    temporary accommodation' with '14a Households with dependent children',
    '14b Families with children in bed and breakfast for more than 6 weeks'
    and '14c Households placed outside the borough'. Parent rows are bold
    and shaded; sub-indicator names are indented. Some parents have figures
    of their own (the total of households in temporary accommodation, all
    repairs, all approaches); others ('PI 13 Homelessness prevention and
    relief outcomes', 'PI 15 Void council homes') are only a heading over
    their parts, their cells empty.

    A careful reader takes each parent with figures and each lettered part
    as an indicator of its own under the code typed ('PI 14', '14a'): the
    2023/24 outturn, the three quarters, the 'Target 2024/25' against the
    2024/25 quarters only and the 'Q3 RAG' against Q3. A parent with no
    figures is no observation. A 'Not available' Q3 is kept as words, a
    real 0 (no families in B&B over six weeks) is a figure, and the
    annual satisfaction measure has only its 2023/24 outturn.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Harlow Council \u2013 Housing Services Performance Indicators")
    sheet["A2"] = (
        "Report to Housing Committee, 6 February 2025 \u2013 Quarter 3 2024/25 (October to December 2024)"
    )
    sheet["A3"] = "Lettered indicators (a, b, c) are parts of the numbered indicator above them."
    sheet["A3"].font = Font(italic=True, size=9)
    merge(sheet, "E4:G4", "2024/25")
    header = ["PI", "Performance indicator", "Good is", "2023/24 outturn", "Q1", "Q2", "Q3",
              "Target 2024/25", "Q3 RAG", "Comments"]  # fmt: skip
    put_row(sheet, 5, 1, header, bold=True)
    for col in "ABCDEFGHIJ":
        fill(sheet, f"{col}5", "FFD9D9D9")
        sheet[f"{col}5"].alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    for i, (code, name, good, fmt, *figures) in enumerate(ROWS):
        row = FIRST + i
        values, target, rag, comment = figures[:4], figures[4], figures[5], figures[6]
        parent = str(code).startswith("PI")
        put_row(sheet, row, 1, [code, name, good, *values, target, rag, comment])
        if parent:
            for col in "ABCDEFGHIJ":
                fill(sheet, f"{col}{row}", "FFDEEAF6")
                sheet[f"{col}{row}"].font = Font(bold=True)
        else:
            sheet[f"B{row}"].alignment = Alignment(indent=2)
            sheet[f"A{row}"].alignment = Alignment(horizontal="right")
        if fmt:
            for col in "DEFGH":
                sheet[f"{col}{row}"].number_format = str(fmt)
        if rag:
            fill(sheet, f"I{row}", FILLS[str(rag)])
            sheet[f"I{row}"].alignment = Alignment(horizontal="center")
        if code == "PI 17":
            for col in "EFG":
                fill(sheet, f"{col}{row}", "FFBFBFBF")
        scale = 100.0 if str(fmt).endswith("%") else 1.0
        tgt = round(float(target) * scale, 6) if isinstance(target, int | float) else None
        for k, value in enumerate(values):
            if value is None:
                continue
            period = PERIODS[k]
            in_year = k > 0
            rating = RAG[str(rag)] if rag and period == "Q3 2024/25" else None
            t = tgt if in_year else None
            if isinstance(value, str):
                exp.observations.append(Obs(str(code), str(name), period, None, value, t, rating))
            else:
                exp.observations.append(
                    Obs(
                        str(code),
                        str(name),
                        period,
                        round(float(str(value)) * scale, 6),
                        None,
                        t,
                        rating,
                    )
                )
        if good and any(v is not None for v in values):
            polarity = "higher_is_better" if good == "High" else "lower_is_better"
            exp.add_meta(str(code), str(name), polarity, None)
    foot = FIRST + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="RAG: G target met; A within 10% of target; R more than 10% off target. PIs 12 and 12a-b are demand measures without targets.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.cell(row=foot + 1, column=1, value="Source: Jigsaw (homelessness), Northgate Housing (voids, repairs).").font = Font(italic=True, size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["J"].width = 50
    save(book, path)
    return exp
