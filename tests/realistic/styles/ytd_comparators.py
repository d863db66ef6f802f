"""This quarter beside 'Previous quarter', 'Same quarter last year' and 'Year to date' columns."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# ref, indicator, same quarter last year, previous quarter, this quarter, year to date, target, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS01", "Contacts to the front door progressing to referral", 24.0, 27.5, 31.2, 29.4, 30.0, "Green"),
    ("CS02", "Referrals that were repeat referrals within 12 months", 19.8, 22.1, 23.9, 23.0, 20.0, "Red"),
    ("CS03", "Child protection plans lasting two years or more", 3.1, 2.4, 2.6, 2.5, 3.0, "Green"),
    ("CS04", "Children becoming subject to a plan for a second time", 21.5, 24.8, 25.3, 25.1, 23.0, "Amber"),
    ("CS05", "Early help assessments completed within 45 days", 72.0, 80.4, 84.6, 82.5, 85.0, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a children's services quarterly report with comparison columns.

    Children's social care performance reports put 'This quarter' next to
    'Previous quarter' and 'Same quarter last year', with a cumulative 'Year to
    date' figure, naming the quarter only in the title ('Quarter 2 2024/25').
    A reader places each figure in its own period: the previous quarter is
    Q1 2024/25, the same quarter last year Q2 2023/24, and the year to date at
    the end of Q2 is April to September (H1 2024/25). The RAG is this quarter's.
    """
    book, sheet = new_book("Quarterly Report")
    title(sheet, "A1", "Children's Social Care Performance Report - Quarter 2 2024/25")
    header = ["Ref", "Indicator", "Same quarter last year", "Previous quarter", "This quarter",
              "Year to date", "Target", "RAG"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, last_year, previous, this, ytd, target, rag) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [ref, name, last_year, previous, this, ytd, target, rag])
        t = float(str(target))
        code, nm = str(ref), str(name)
        exp.observations += [
            Obs(code, nm, "Q2 2023/24", float(str(last_year)), None, t),
            Obs(code, nm, "Q1 2024/25", float(str(previous)), None, t),
            Obs(code, nm, "Q2 2024/25", float(str(this)), None, t, RAG[str(rag)]),
            Obs(code, nm, "H1 2024/25", float(str(ytd)), None, t),
        ]
    save(book, path)
    return exp
