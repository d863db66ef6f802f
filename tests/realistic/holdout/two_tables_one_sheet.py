"""Two tables on one sheet, each with its own column order and period wording."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import BOLD, Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
STATUS: dict[str, Rag] = {"On track": "green", "At risk": "amber", "Off track": "red"}

# quarterly table: code, measure, Q1, Q2, target, RAG
QUARTERLY: tuple[tuple[object, ...], ...] = (
    ("RB1", "Roads where maintenance should be considered - principal (%)", 3.0, 3.0, 4.0, "Green"),
    ("RB2", "Potholes repaired within 24 hours of report (%)", 91.0, 86.5, 95.0, "Amber"),
    ("RB3", "Bus services running on time (%)", 82.0, 79.5, 85.0, "Amber"),
)
# annual table: measure, ref, target, 2023-24, 2022-23, status
ANNUAL: tuple[tuple[object, ...], ...] = (
    (
        "Killed or seriously injured casualties on the roads",
        "RS1",
        180.0,
        197.0,
        214.0,
        "Off track",
    ),
    ("Concessionary bus journeys", "RS2", 3200000.0, 3104522.0, 2876140.0, "At risk"),
    ("Cycle trips counted at automatic counters", "RS3", 950000.0, 1011873.0, 934551.0, "On track"),
)


def build(path: Path) -> Expected:
    """Imitates a highways and transport sheet holding two tables.

    Service sheets often put the quarterly measures on top and the annual
    measures underneath, separated by a blank row and a sub-title. The
    second table was made by someone else: the measure comes before its
    reference, the target before the figures, the years run newest first and
    are written '2023-24', and the status is in words.
    """
    book, sheet = new_book("Highways & Transport")
    title(sheet, "A1", "Highways and Transport - Quarter 2 2024/25")
    sheet["A3"] = "Quarterly measures"
    sheet["A3"].font = BOLD
    put_row(
        sheet, 4, 1, ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"], bold=True
    )
    exp = Expected([])
    for r, (code, name, q1, q2, target, rag) in enumerate(QUARTERLY):
        put_row(sheet, 5 + r, 1, [code, name, q1, q2, target, rag])
        t = float(str(target))
        exp.observations += [
            Obs(str(code), str(name), "Q1 2024/25", float(str(q1)), None, t),
            Obs(str(code), str(name), "Q2 2024/25", float(str(q2)), None, t, RAG[str(rag)]),
        ]
    top = 5 + len(QUARTERLY) + 2
    sheet.cell(row=top, column=1, value="Annual measures").font = BOLD
    put_row(
        sheet, top + 1, 1, ["Measure", "Ref", "Target", "2023-24", "2022-23", "Status"], bold=True
    )
    for r, (name, ref, target, latest, earlier, status) in enumerate(ANNUAL):
        put_row(sheet, top + 2 + r, 1, [name, ref, target, latest, earlier, status])
        t = float(str(target))
        exp.observations += [
            Obs(str(ref), str(name), "2022/23", float(str(earlier)), None, t),
            Obs(str(ref), str(name), "2023/24", float(str(latest)), None, t, STATUS[str(status)]),
        ]
    save(book, path)
    return exp
