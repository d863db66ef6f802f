"""A PDF appendix converted to Excel: headings split over two rows, figures as text with stray spaces."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

RAG: dict[str, Rag] = {"RED": "red", "AMBER": "amber", "GREEN": "green"}

# ref, indicator (split over two lines), target text, Q1 text, Q2 text, RAG
ROWS: tuple[tuple[str, tuple[str, str], str, str, str, str], ...] = (
    ("E1", ("Major planning applications", "decided within 13 weeks"), "60% ", "72.0% ", " 65.5%", "GREEN"),
    ("E2", ("Householder applications", "decided within 8 weeks"), "80%", "77.1% ", "79.4%", "AMBER"),
    ("E3", ("Planning enforcement cases", "closed within 12 weeks"), "70%", "58.0%", "61.2% ", "RED"),
    ("E4", ("Appeals allowed against", "refusal"), "30%", "25.0%", "22.2%", "GREEN"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a committee appendix that was published as PDF and converted to Excel.

    Councillors often only have the PDF; converting it (Acrobat, Tabula, online
    converters) yields headings broken over two rows ('Q1' above '2024/25'),
    each long indicator name split over two rows with the second row otherwise
    empty, and every figure as text with stray spaces. A reader joins the name
    and reads the text figures as numbers.
    """
    book, sheet = new_book("Table 1")
    sheet["A1"] = "Appendix 2 - Planning Performance"
    put_row(sheet, 3, 1, ["Ref", "Indicator", "Target", "Q1", "Q2", "RAG"])
    put_row(sheet, 4, 1, [None, None, None, "2024/25", "2024/25", None])
    exp = Expected([])
    row = 5
    for ref, (first, second), target, q1, q2, rag in ROWS:
        put_row(sheet, row, 1, [ref, first, target, q1, q2, rag])
        put_row(sheet, row + 1, 2, [second])
        name = f"{first} {second}"
        t = float(str(target).strip().rstrip("%"))
        exp.observations += [
            Obs(str(ref), name, "Q1 2024/25", float(str(q1).strip().rstrip("%")), None, t),
            Obs(
                str(ref),
                name,
                "Q2 2024/25",
                float(str(q2).strip().rstrip("%")),
                None,
                t,
                RAG[str(rag)],
            ),
        ]
        exp.add_meta(str(ref), name, None, "%")
        row += 2
    save(book, path)
    return exp
