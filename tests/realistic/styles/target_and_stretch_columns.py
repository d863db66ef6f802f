"""Beside the council's 'Target 2024/25', a 'Stretch target' and a 'National target' column on each row."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Corporate Plan Q2"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}

# ref, indicator, better if, 2023/24 outturn, Q1, Q2, target, stretch target, national target, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Major planning applications determined within 13 weeks or agreed extension (%)", "Higher",
     91.0, 88.9, 93.3, 90.0, 95.0, 60.0, "Green"),
    ("CP02", "Non-major planning applications determined within 8 weeks or agreed extension (%)", "Higher",
     85.2, 87.4, 89.0, 85.0, 90.0, 70.0, "Green"),
    ("CP03", "Household waste reused, recycled or composted (%)", "Higher",
     32.8, 36.1, 35.4, 35.0, 40.0, 55.0, "Green"),
    ("CP04", "Relevant land with unacceptable levels of litter (%)", "Lower",
     4.1, 3.8, 4.6, 4.0, 3.0, None, "Red"),
    ("CP05", "Households whose homelessness was prevented or relieved (%)", "Higher",
     52.4, 49.0, 53.9, 55.0, 60.0, None, "Amber"),
    ("CP06", "Average days to process new Housing Benefit claims", "Lower",
     19.4, 21.2, 18.7, 20.0, 15.0, None, "Green"),
    ("CP07", "Young people aged 16-17 not in education, employment or training, or not known (%)", "Lower",
     5.6, 5.9, 6.8, 5.5, 4.5, None, "Red"),
    ("CP08", "Calls to the Customer Contact Centre answered (%)", "Higher",
     84.0, 81.3, 86.9, 85.0, "TBC", None, "Green"),
    ("CP09", "Working days lost to sickness absence per FTE (rolling 12 months)", "Lower",
     10.2, 10.5, 10.8, 9.0, 8.0, None, "Red"),
    ("CP10", "Children in care at the end of the quarter", "n/a",
     412, 405, 419, "Data only", None, None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's corporate plan performance report with stretch targets.

    Corporate plans often set each measure a target the council commits to
    and a more ambitious 'stretch target' it aims for, and print a national
    target or threshold beside them where there is one (the government's
    designation thresholds for planning speed, the national recycling
    ambition). The table gives last year's outturn, the two quarters so far
    and a RAG judged against the council's own target, as a note under the
    table says; the stretch target for call answering is still 'TBC'.
    Children in care is reported for information only.

    A careful reader takes 'Target 2024/25' as the target of both quarters of
    2024/25 (not of the 2023/24 outturn), the RAG as the rating of Q2, the
    'Better if' column as each measure's polarity, and leaves the stretch and
    national figures as aspirations and benchmarks, not targets and not
    observations.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Plymouth City Council \u2013 Corporate Plan performance report, Quarter 2 2024/25",
    )
    header = ["Ref", "Indicator", "Better if", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
              "Target 2024/25", "Stretch target", "National target", "RAG"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, entry in enumerate(ROWS):
        ref, name, better, outturn, q1, q2, target, _stretch, _national, rag = entry
        put_row(sheet, 4 + i, 1, list(entry))
        code, nm = str(ref), str(name)
        goal = float(target) if isinstance(target, float) else None
        exp.observations += [
            Obs(code, nm, "2023/24", float(str(outturn))),
            Obs(code, nm, "Q1 2024/25", float(str(q1)), None, goal),
            replace(
                Obs(code, nm, "Q2 2024/25", float(str(q2)), None, goal),
                rag=RAG[str(rag)] if rag else None,
            ),
        ]
        exp.add_meta(code, nm, POLARITY.get(str(better)), None)
    foot = 4 + len(ROWS) + 1
    notes = (
        "RAG is measured against the council's Target: Green met; Amber within 10%; Red more than "
        "10% away. Stretch targets are aspirational and are not used for the RAG.",
        "National target: government planning designation thresholds; Resources and Waste Strategy "
        "recycling ambition of 55% by 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
