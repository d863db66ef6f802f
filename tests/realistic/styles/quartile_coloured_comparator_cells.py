"""England, nearest neighbours and quartile cells shaded by quartile colours beside a separate RAG column against target."""

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
    observed,
    put_row,
    save,
    title,
)

SHEET = "Q2 Scorecard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
# quartile position -> the shade the benchmarking team uses for it
QUARTILE_FILL = {
    "Top": "FF00B050",
    "Upper middle": "FF92D050",
    "Lower middle": "FFFFC000",
    "Bottom": "FFFF0000",
}

# ref, indicator, 2023/24, Q1, Q2, target 2024/25, RAG (Q2), England, neighbours, quartile
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSC01", "Re-referrals to children's social care within 12 months (%)", 19.6, 21.4, 18.9, 20.0, "G", 22.4, 21.1, "Top"),
    ("CSC02", "Child and family assessments completed within 45 working days (%)", 91.2, 78.5, 79.6, 90.0, "R", 82.8, 85.6, "Top"),
    ("CSC03", "Children becoming subject to a child protection plan for a second or subsequent time (%)", 24.8, 22.0, 24.9, 23.0, "A", 23.8, 22.9, "Bottom"),
    ("CSC04", "Child protection plans lasting two years or more at closure (%)", 2.9, 1.8, 3.4, 4.0, "G", 3.9, 4.2, "Upper middle"),
    ("CSC05", "Children looked after per 10,000 children aged under 18", 96.0, 97.5, 99.1, 95.0, "A", 71.0, 88.3, "Bottom"),
    ("CSC06", "Children in care with three or more placements in the last 12 months (%)", 9.1, 8.6, 8.2, 10.0, "G", 10.0, 9.4, "Upper middle"),
    ("CSC07", "Care leavers aged 19-21 in education, employment or training (%)", 49.0, 51.2, 56.0, 55.0, "G", 56.0, 58.7, "Bottom"),
    ("CSC08", "Care leavers aged 19-21 in suitable accommodation (%)", 90.3, 88.9, 84.1, 92.0, "A", 88.0, 89.5, "Lower middle"),
    ("CSC09", "Education, health and care plans issued within 20 weeks (%)", 62.5, 44.0, 39.6, 60.0, "R", 50.3, 47.2, "Top"),
    ("CSC10", "Contacts with a decision on next steps within 1 working day (%)", 93.4, 95.1, 96.7, 95.0, "G", "-", "-", "Local measure"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's children's services quarterly scorecard to scrutiny.

    Beside the council's own figures (last year's outturn, Q1 and Q2 this
    year, the 2024/25 target and an R/A/G letter for Q2 against that
    target) the benchmarking team adds a block headed 'Benchmarking -
    latest published (2023/24)': the England figure, the CIPFA nearest
    neighbours average and the council's quartile position among English
    authorities. The three benchmark cells are shaded in the quartile's
    colour (dark green top, light green upper middle, amber lower middle,
    red bottom), as a key under the table says. The shades are not the
    council's rating: assessments are in the top quartile but rated R
    against the council's own 90% target, and the repeat child protection
    plans and care leavers in work or learning are in the bottom
    quartile but A and G against target. The last measure
    is local and has no comparators.

    A careful reader takes the outturn (no target: the target names
    2024/25) and the two quarters with the target, rates only Q2 by the
    R/A/G letter, and keeps England and the neighbours as comparators and
    the quartile shading as a position, not as any period's rating.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Medway Council - Children's Services Performance Scorecard")
    sheet["A2"] = "Children and Young People Overview and Scrutiny Committee - Quarter 2 2024/25"
    merge(sheet, "H4:J4", "Benchmarking - latest published (2023/24)")
    header = [
        "Ref",
        "Indicator",
        "2023/24 outturn",
        *QUARTERS,
        "Target 2024/25",
        "RAG",
        "England",
        "Nearest neighbours",
        "Quartile position",
    ]
    put_row(sheet, 5, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=5, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    for i, (ref, name, outturn, q1, q2, target, rag, england, nn, quartile) in enumerate(ROWS):
        r = 6 + i
        put_row(sheet, r, 1, [ref, name, outturn, q1, q2, target, rag, england, nn, quartile])
        fill(sheet, f"G{r}", RAG_FILL[str(rag)])
        shade = QUARTILE_FILL.get(str(quartile))
        if shade is not None:
            for letter in "HIJ":
                fill(sheet, f"{letter}{r}", shade)
        code, nm = str(ref), str(name)
        exp.observations.append(Obs(code, nm, "2023/24", float(str(outturn))))
        exp.observations += observed(
            code, nm, QUARTERS, (q1, q2), float(str(target)), RAG[str(rag)]
        )
    foot = 6 + len(ROWS) + 1
    notes = (
        "RAG: performance in Quarter 2 against the 2024/25 target. G = on or better than target; "
        "A = within 10% of target; R = more than 10% from target.",
        "Benchmark shading: the council's 2023/24 quartile among English single-tier and county "
        "councils. Dark green = top quartile; light green = upper middle; amber = lower middle; "
        "red = bottom quartile.",
        "Sources: DfE Children in Need and Children Looked After statistics; DfE SEN2. "
        "Nearest neighbours: CIPFA children's services group.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 64
    save(book, path)
    return exp
