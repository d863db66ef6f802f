"""A wide KPI extract whose headings are the database's own field names, not report wording."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
UNIT = {"%": "%", "No.": "number", "Days": "days", "Rate": "rate", "GBP": "\u00a3"}
POLARITY = {"H": "higher_is_better", "L": "lower_is_better"}
HEADINGS = (
    "KPI_REF",
    "KPI_DESC",
    "DIRECTORATE",
    "UOM",
    "Q4_2023_24_ACT",
    "Q1_2024_25_ACT",
    "Q1_2024_25_TGT",
    "Q2_2024_25_ACT",
    "Q2_2024_25_TGT",
    "RAG_Q1",
    "RAG_Q2",
    "POLARITY",
    "KPI_COMMENT",
)

# ref, description, directorate, unit, Q4 2023/24 actual, Q1 actual, Q1 target, Q2 actual,
# Q2 target, RAG Q1, RAG Q2, polarity, comment. None is an empty field; "NULL" is what the
# extract writes for a target the system does not hold.
ROWS: tuple[tuple[object, ...], ...] = (
    ("PPL001", "Child protection plans lasting 2 years or more", "People", "%",
     3.1, 2.8, 4.0, 4.6, 4.0, "G", "A", "L", None),
    ("PPL002", "Re-referrals to childrens social care within 12 months", "People", "%",
     21.4, 19.8, 22.0, 23.5, 22.0, "G", "A", "L",
     "Rise linked to domestic abuse notifications"),
    ("PPL003", "Looked after children (snapshot at quarter end)", "People", "No.",
     412, 418, "NULL", 425, "NULL", None, None, None, "Context measure - no target"),
    ("PPL004", "EHC plans issued within 20 weeks excl exceptions", "People", "%",
     48.2, 52.72727273, 60.0, 61.3, 60.0, "R", "G", "H", None),
    ("PPL005", "Delayed discharges from hospital per 100,000 pop 18+", "People", "Rate",
     9.8, 10.4, 9.0, 8.7, 9.0, "A", "G", "L", None),
    ("PLC001", "Household waste reused recycled or composted", "Place", "%",
     41.2, 47.9, 50.0, 49.31034483, 50.0, "A", "A", "H", "Q2 provisional"),
    ("PLC002", "Missed bins per 100,000 collections", "Place", "Rate",
     62.5, 58.1, 60.0, 71.9, 60.0, "G", "R", "L",
     "Round reconfiguration w/c 15 July"),
    ("PLC003", "Major planning apps determined in 13 wks or agreed time", "Place", "%",
     92.0, 100.0, 90.0, 87.5, 90.0, "G", "A", "H", "7 of 8"),
    ("PLC004", "Minor planning apps determined in 8 wks or agreed time", "Place", "%",
     81.3, 78.6, 85.0, 69.2, 85.0, "A", "R", "H", None),
    ("PLC005", "Fly-tipping incidents reported", "Place", "No.",
     612, 655, "NULL", 701, "NULL", None, None, "L", None),
    ("PLC006", "Principal roads where maintenance should be considered", "Place", "%",
     None, None, None, 4.0, 5.0, None, "G", "L", "Annual SCANNER survey"),
    ("RES001", "Council tax collected (cumulative)", "Resources", "%",
     97.1, 28.4, 28.5, 55.9, 56.0, "A", "A", "H", None),
    ("RES002", "Working days lost to sickness per FTE", "Resources", "Days",
     2.6, 2.3, 2.2, 2.5, 2.2, "A", "R", "L", None),
    ("RES003", "Undisputed invoices paid within 30 days", "Resources", "%",
     94.6, 95.2, 95.0, 96.1, 95.0, "G", "G", "H", None),
    ("RES004", "FOI requests answered within 20 working days", "Resources", "%",
     86.0, 83.4, 90.0, "n/a", 90.0, "A", None, "H",
     "Case system migration - Q2 figure not available"),
    ("RES005", "Stage 2 complaints received", "Resources", "No.",
     31, 27, "NULL", 35, "NULL", None, None, None, None),
    ("RES006", "Sundry debt over 90 days", "Resources", "GBP",
     1284511.62, 1190204.18, 1100000, 1152870.4, 1100000, "A", "A", "L", None),
)  # fmt: skip

PERIODS = (
    ("Q4 2023/24", 4, None, None),
    ("Q1 2024/25", 5, 6, 9),
    ("Q2 2024/25", 7, 8, 10),
)


def _num(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _field(value: object) -> str:
    return "" if value is None else str(value)


def build(path: Path) -> Expected:
    """Imitates a unitary council's KPI extract from its performance database, as published.

    The kind of flat file a unitary council's business intelligence team
    pulls from the SQL tables behind its performance system and attaches,
    unchanged, to the quarterly corporate performance report for the
    Overview and Scrutiny Management Committee (some councils publish it as
    'open data'). The headings are the table's field names: KPI_REF,
    KPI_DESC, DIRECTORATE, UOM, Q4_2023_24_ACT, then for each quarter of
    2024/25 an _ACT and a _TGT field, RAG_Q1 and RAG_Q2 (single letters),
    POLARITY (H or L) and KPI_COMMENT. Descriptions are the database's
    abbreviated ones (no apostrophes, 'wks', 'excl'), percentages are in
    points, unrounded where the system computed them; there is no title,
    one row per indicator.

    A careful reader takes Q4_2023_24_ACT as Q4 2023/24 with no target or
    RAG, each quarter's _ACT with that quarter's _TGT and RAG_Qn. 'NULL'
    in a target field is the system's empty value: no target. The roads
    survey is annual and has only Q2. The FOI Q2 is 'n/a' with its target
    and no RAG. Units from UOM (GBP is pounds); polarity from H/L where
    given, none for the context counts with a blank POLARITY.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADINGS)
    exp = Expected([])
    for spec in ROWS:
        writer.writerow([_field(v) for v in spec])
        code, name, _dir, unit, *_rest = spec
        polarity = spec[11]
        for period, act_i, tgt_i, rag_i in PERIODS:
            actual = spec[act_i]
            if actual is None:
                continue
            target = _num(spec[tgt_i]) if tgt_i is not None else None
            letter = spec[rag_i] if rag_i is not None else None
            rag = RAG[str(letter)] if letter else None
            text = None if isinstance(actual, int | float) else str(actual)
            exp.observations.append(
                Obs(str(code), str(name), period, _num(actual), text, target, rag)
            )
        exp.add_meta(
            str(code),
            str(name),
            POLARITY[str(polarity)] if polarity else None,
            UNIT[str(unit)],
        )
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return exp
