"""Two district councils sharing services: per quarter an Adur and a Worthing column, one shared target."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, merge, new_book, put_row, save, title

AREA = "Worthing"
COUNCILS = ("Adur", "Worthing")
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# ref, measure, shared target, Q1 (Adur, Worthing), Q2 (Adur, Worthing), Q2 status (Adur, Worthing)
ROWS: tuple[tuple[object, ...], ...] = (
    ("RB1", "Average days to process new Housing Benefit claims", 20.0,
     (17.4, 21.9), (16.8, 19.5), ("G", "G")),
    ("RB2", "Average days to process Housing Benefit change events", 8.0,
     (6.2, 8.7), (5.9, 8.1), ("G", "A")),
    ("RB3", "Council Tax Reduction new claims processed within 14 days (%)", 85.0,
     (88.1, 82.4), (90.3, 84.0), ("G", "A")),
    ("RB4", "New business rates accounts set up within 10 working days (%)", 90.0,
     (93.0, 87.2), (91.5, 88.9), ("G", "A")),
    ("WS1", "Household waste sent for reuse, recycling and composting (%)", 45.0,
     (43.8, 36.2), (45.9, 37.4), ("G", "R")),
    ("WS2", "Missed bin collections per 100,000 collections", 60.0,
     (48.0, 71.0), (52.0, 64.0), ("G", "A")),
    ("HO1", "Households in temporary accommodation (snapshot at quarter end)", None,
     (198.0, 389.0), (207.0, 402.0), (None, None)),
    ("HO2", "Homelessness preventions (households)", 60.0,
     (38.0, 64.0), (41.0, 58.0), ("R", "A")),
    ("PL1", "Minor planning applications decided within 8 weeks or agreed time (%)", 80.0,
     (91.0, 84.0), (87.0, 79.0), ("G", "A")),
    ("CU1", "Attendances at Worthing Theatres and Museum", 90000.0,
     ("n/a", 88412.0), ("n/a", 97030.0), (None, "G")),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates the joint performance report of Adur and Worthing councils.

    Adur District Council and Worthing Borough Council share one officer
    organisation and report their services side by side: a merged quarter
    heading over one column per council, a single target that both councils
    set, and a status per council for the latest quarter. The file covers two
    councils, so it is imported for one of them (--area Worthing): a careful
    reader takes Worthing's column under each quarter, with the shared target
    and Worthing's Q2 status; Adur's figures belong to the other council.
    Temporary accommodation has no target (a demand measure); the theatres
    are Worthing's alone, so Adur's cells say 'n/a'.
    """
    book, sheet = new_book("Joint KPIs")
    title(sheet, "A1", "Adur & Worthing Councils - Joint Performance Report, Quarter 2 2024/25")
    sheet["A2"] = "Shared services delivered for both councils. Targets are agreed jointly."
    merge(sheet, "D4:E4", QUARTERS[0])
    merge(sheet, "F4:G4", QUARTERS[1])
    merge(sheet, "H4:I4", "Q2 status")
    header = ["Ref", "Measure", "Target (both councils)", *COUNCILS, *COUNCILS, *COUNCILS]
    put_row(sheet, 5, 1, header, bold=True)
    exp = Expected([])
    mine = COUNCILS.index(AREA)
    for i, (ref, name, target, q1, q2, status) in enumerate(ROWS):
        assert isinstance(q1, tuple) and isinstance(q2, tuple) and isinstance(status, tuple)
        put_row(sheet, 6 + i, 1, [ref, name, target, *q1, *q2, *status])
        tgt = None if target is None else float(str(target))
        for label, pair in zip(QUARTERS, (q1, q2), strict=True):
            rating = status[mine] if label == QUARTERS[-1] else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    label,
                    float(str(pair[mine])),
                    None,
                    tgt,
                    None if rating is None else RAG[str(rating)],
                )
            )
    foot = 7 + len(ROWS)
    sheet.cell(row=foot, column=1, value="Status: G = on target, A = within 10%, R = off target.")
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp
