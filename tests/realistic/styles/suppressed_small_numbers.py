"""Small numbers suppressed for disclosure: '<5', '*', 'c', '[c]', 'x', '~' among ordinary counts and rates."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
UNIT = {"No.": "number", "%": "%", "Rate": "rate"}

# ref, indicator, measure, Q1, Q2, Q3, target, RAG (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CYP01", "Children looked after at the quarter end", "No.", 38, 41, 40, None, None),
    ("CYP02", "Children looked after per 10,000 population aged under 18", "Rate", 49.3, 53.2, 51.9, None, None),
    ("CYP03", "Children who became the subject of a child protection plan in the quarter", "No.", 7, "<5", 9, None, None),
    ("CYP04", "Child protection plans starting in the quarter that were a second or subsequent plan", "No.", "<5", "<5", 0, None, None),
    ("CYP05", "Care leavers aged 17 to 21 in suitable accommodation", "%", 92.0, "c", 95.0, 90.0, "G"),
    ("CYP06", "First-time entrants to the youth justice system aged 10 to 17", "No.", "<5", 0, "<5", 5.0, "G"),
    ("CYP07", "First-time entrants per 100,000 young people aged 10 to 17", "Rate", "c", 0.0, "c", None, None),
    ("CYP08", "Looked after children with an up-to-date health assessment", "%", "x", 83.3, 87.8, 90.0, "A"),
    ("CYP09", "Emergency hospital admissions for injuries to children aged 0 to 14", "No.", 21, "*", 16, None, None),
    ("CYP10", "Pupils in Rutland schools permanently excluded", "No.", "[c]", "[c]", 0, None, None),
    ("CYP11", "Young people aged 16 and 17 whose education or training activity is not known", "%", 1.8, 0.9, "~", 2.0, "G"),
    ("CYP12", "Eligible two-year-olds taking up a funded early education place", "%", 88.0, 91.2, 90.5, 85.0, "G"),
    ("CYP13", "Education, Health and Care Plans issued within 20 weeks", "%", 100.0, "c", 87.5, 60.0, "G"),
)  # fmt: skip

FOOTNOTES = (
    "Suppression of small numbers",
    "To protect the identity of children and families, counts of 1 to 4 are shown as <5. "
    "A rate or percentage from which a suppressed count could be worked out is shown as c.",
    "Figures taken from national releases keep the publisher's symbols: [c] confidential (DfE), "
    "* suppressed by NHS England (1 to 7 admissions), x not available (health assessments were "
    "not recorded while the case management system was replaced in Q1), ~ less than 0.5%.",
    "A zero is shown as 0 and is not suppressed.",
)


def build(path: Path) -> Expected:
    """Imitates a small unitary council's children and young people report with suppressed figures.

    A council with few children in its care cannot publish exact small counts
    without identifying families, so its quarterly report suppresses them:
    '<5' for a count of 1 to 4 (its own rule) and 'c' for a percentage or
    rate that would reveal one, while figures lifted from national releases
    keep their publishers' symbols ('[c]' from DfE, '*' from NHS England's
    hospital data, 'x' for not available, '~' for less than 0.5%). A
    footnote under the table explains every symbol; a zero is a real zero.

    A careful reader keeps every suppressed cell as what it says (no figure,
    the symbol kept as text), reads 0 as a count of nought, takes the single
    Target column for every quarter, the RAG as Q3's (given even where Q3's
    count is '<5'), and the unit from the Measure column.
    """
    book, sheet = new_book("CYP Q3")
    title(sheet, "A1", "Rutland County Council - Children and Young People Performance, Q3 2024/25")
    sheet["A2"] = "Published version: small numbers suppressed (see notes below the table)."
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Indicator", "Measure", *QUARTERS, "Target", "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, unit, q1, q2, q3, target, rag) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, unit, q1, q2, q3, target, rag])
        for col in range(3, 9):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        t = float(target) if isinstance(target, float) else None
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), t, RAG.get(str(rag))
        )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
    foot = 5 + len(ROWS) + 1
    for j, line in enumerate(FOOTNOTES):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(bold=j == 0, size=9)
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
