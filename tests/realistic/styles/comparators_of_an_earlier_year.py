"""The council's 2023/24 and 2024/25 figures beside England, regional and neighbour benchmarks for earlier years."""

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

SHEET = "ASC outcomes"
YEARS = ("2023/24", "2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}

# ref, measure, good is, 2023/24, 2024/25, target 2024/25, RAG,
# England 2022/23, North West 2023/24, SN avg (2023/24)
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASCOF 1A", "Social care-related quality of life score (out of 24)", "High", 18.9, "Awaiting survey", 19.2, None, 19.0, 18.9, 18.8),
    ("ASCOF 1B", "Service users who have control over their daily life (%)", "High", 76.4, "Awaiting survey", 78.0, None, 77.2, 77.6, 76.9),
    ("ASCOF 1E", "Adults with a learning disability in paid employment (%)", "High", 4.2, 4.9, 5.0, "A", 4.8, 5.6, 4.4),
    ("ASCOF 1G", "Adults with a learning disability living in their own home or with family (%)", "High", 84.1, 85.3, 85.0, "G", 80.5, 84.6, 82.9),
    ("ASCOF 2A(1)", "Younger adults (18-64) whose long-term needs are met by admission to residential or nursing care, per 100,000", "Low", 17.8, 15.6, 15.0, "A", 14.6, 18.3, 16.7),
    ("ASCOF 2A(2)", "Older adults (65+) whose long-term needs are met by admission to residential or nursing care, per 100,000", "Low", 688.2, 641.5, 600.0, "R", 560.8, 655.0, 621.4),
    ("ASCOF 2B(1)", "Older people still at home 91 days after discharge from hospital into reablement (%)", "High", 79.6, 83.8, 82.0, "G", 82.3, 80.9, 81.7),
    ("ASCOF 3A", "Overall satisfaction of people who use services with their care and support (%)", "High", 61.7, 58.9, 64.0, "R", 64.4, 62.8, 63.1),
    ("ASCOF 4A", "Service users who feel safe (%)", "High", 69.3, 71.8, 70.0, "G", 71.0, 70.4, 69.9),
    ("ASC L07", "Safeguarding enquiries where the risk was reduced or removed (%)", "High", 91.5, 93.2, 92.0, "G", "n/a", "n/a", "n/a"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's adult social care outcomes table at year end.

    The performance team reports the council's last two years of Adult
    Social Care Outcomes Framework results, the 2024/25 target and an R/A/G
    letter, then a benchmarking block. Published benchmarks lag: the
    England column is the latest the team had from NHS England when the
    England file was loaded ('England 2022/23'), the North West figure a
    year later ('North West 2023/24') and the CIPFA neighbours' average
    'SN avg (2023/24)', each heading saying its year. Two measures come
    from the annual service user survey whose 2024/25 results had not come
    in ('Awaiting survey') and have no rating; the local safeguarding
    measure has no benchmarks ('n/a'). A 'Good is' column says High or Low.

    A careful reader takes the council's two years as observations, the
    2024/25 target for 2024/25 only (its heading names the year), the RAG
    for 2024/25, and the polarity from 'Good is'. The benchmark columns are
    comparators for the years they name, not the council's figures and not
    targets.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Wirral Council - Adult Social Care and Public Health Committee")
    sheet["A2"] = "Appendix 2: ASCOF outcomes, year end 2024/25 (provisional)"
    merge(sheet, "D4:E4", "Wirral")
    merge(sheet, "H4:J4", "Benchmarks (latest published)")
    header = [
        "Ref",
        "Measure",
        "Good is",
        *YEARS,
        "Target 2024/25",
        "RAG",
        "England 2022/23",
        "North West 2023/24",
        "SN avg (2023/24)",
    ]
    put_row(sheet, 5, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=5, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    for i, (ref, name, good, y1, y2, target, rag, eng, nw, sn) in enumerate(ROWS):
        r = 6 + i
        put_row(sheet, r, 1, [ref, name, good, y1, y2, target, rag, eng, nw, sn])
        if rag is not None:
            fill(sheet, f"G{r}", RAG_FILL[str(rag)])
        code, nm = str(ref), str(name)
        exp.observations.append(Obs(code, nm, YEARS[0], float(str(y1))))
        exp.observations += observed(
            code, nm, YEARS[1:], (y2,), float(str(target)), RAG.get(str(rag))
        )
        exp.add_meta(code, nm, POLARITY[str(good)], None)
    foot = 6 + len(ROWS) + 1
    notes = (
        "RAG: 2024/25 against target. G = target met; A = within 5% of target; R = more than 5% "
        "off target.",
        "Benchmarks are the latest published at the time of writing and are for the years "
        "shown. SN = CIPFA statistical neighbours.",
        "Source: NHS England, Measures from the Adult Social Care Outcomes Framework; "
        "Personal Social Services Adult Social Care Survey.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
