"""Long BI export (CSV) with months as numeric codes in a 'Period' column (202404 .. 202411), numerator, denominator and value."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

MONTHS = (202404, 202405, 202406, 202407, 202408, 202409, 202410, 202411)
NAMES = ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar")
RAG: dict[str, Rag | None] = {"G": "green", "A": "amber", "R": "red", "": None}
PLACE = "Stockport"

# measure id, measure, kind ('pct': value = 100 * num / den; 'rate': per 100,000 of den;
# 'count': value only), target, per month (numerator, denominator) or value, published RAG letters
MEASURES: tuple[tuple[object, ...], ...] = (
    ("BCF_2A", "Older people (65+) still at home 91 days after discharge into reablement (%)", "pct", 82,
     ((88, 106), (91, 110), (84, 104), (95, 113), (87, 109), (90, 108), (93, 111), (86, 107)),
     "GGAGAGGA"),
    ("BCF_DIS", "Discharges from acute hospital to the usual place of residence (%)", "pct", 92,
     ((1412, 1533), (1467, 1589), (1398, 1527), (1502, 1620), (1377, 1511), (1449, 1574), (1488, 1610), (1431, 1566)),
     "GGAGAGGA"),
    ("BCF_FALL", "Emergency admissions due to falls, aged 65+ (rate per 100,000)", "rate", 170,
     ((96, 60512), (104, 60512), (99, 60512), (91, 60512), (97, 60512), (108, 60512), (115, 60512), (121, 60512)),
     "GAGGGARR"),
    ("ASC_FPR", "Adult social care contacts resolved at first point of contact (%)", "pct", 70,
     ((1035, 1516), (1102, 1549), (1088, 1572), (1140, 1580), (1013, 1462), (1096, 1544), (1154, 1603), (1121, 1577)),
     "AGAGAGGG"),
    ("ASC_A28", "Care Act assessments completed within 28 days of first contact (%)", "pct", 75,
     ((142, 205), (150, 211), (139, 199), (161, 214), (148, 203), (155, 207), (163, 212), None),
     "RRRGAAG "),
    ("ASC_S60", "Safeguarding enquiries concluded within 60 days (%)", "pct", 80,
     ((61, 79), (58, 74), (66, 81), (70, 84), (63, 77), (69, 82), (72, 86), (75, 89)),
     "AAGGGGGG"),
    ("ASC_NCR", "Patients with no criteria to reside awaiting social care (daily average)", "count", 35,
     (38.4, 36.1, 33.9, 31.2, 34.6, 37.8, 39.5, 41.2),
     "RAGGGRRR"),
    ("ASC_RES", "Permanent admissions to residential and nursing care, aged 65+ (number)", "count", None,
     (22, 19, 25, 21, 18, 24, 20, 23),
     "        "),
    ("ASC_CAR", "Carers' assessments and reviews completed (number)", "count", 60,
     (54, 61, 58, 66, 49, 63, 70, 67),
     "RGAGRGGG"),
    ("ASC_DP", "Adults receiving long-term community support who get a direct payment (%)", "pct", 28,
     ((512, 1940), (518, 1951), (521, 1960), (527, 1968), (530, 1979), (534, 1985), (540, 1994), (546, 2003)),
     "RAAAAAAA"),
)  # fmt: skip

HEADER = ("Place", "Period", "Measure_ID", "Measure", "Numerator", "Denominator", "Value",
          "Target", "RAG")  # fmt: skip


def _label(code: int) -> str:
    """The app's label for a yyyymm month code: 202404 -> 'Apr 2024'."""
    return f"{NAMES[(code % 100 - 4) % 12]} {code // 100}"


def build(path: Path) -> Expected:
    """Imitates a CSV exported from a joint NHS and council Better Care Fund dashboard.

    Health and care BI teams key months as numbers in yyyymm form, the way
    NHS data warehouses and SUS extracts do, and the exported table keeps
    them so: a 'Period' column of 202404, 202405 .. 202411, unquoted, one row
    per measure per month, sorted by measure. Each row has the Numerator and
    Denominator behind a percentage or a rate (empty for plain counts and
    averages), the Value (percentages in points, rates per 100,000), the
    Target and the RAG letter the dashboard's rule gave. One assessment
    measure has a November row with no figures yet; one count has no target
    and no rating. The Place column is the same on every row.

    A careful reader takes 202404 as April 2024 and so on to November 2024,
    the Value as the figure (the numerator and denominator are its working),
    the row's Target and RAG with it, and the row with an empty Value as no
    observation. Nothing is doubtful.
    """
    exp = Expected([])
    rows: list[list[object]] = []
    for code, name, kind, target, figures, rags in MEASURES:
        assert isinstance(figures, tuple) and isinstance(rags, str)
        for month, figure, letter in zip(MONTHS, figures, rags, strict=True):
            goal = "" if target is None else target
            if figure is None:
                rows.append([PLACE, month, code, name, "", "", "", goal, ""])
                continue
            if isinstance(figure, tuple):
                top, bottom = figure
                scale = 100.0 if kind == "pct" else 100_000.0
                value = round(scale * top / bottom, 1)
                rows.append([PLACE, month, code, name, top, bottom, value, goal, letter.strip()])
            else:
                value = float(figure)
                rows.append([PLACE, month, code, name, "", "", figure, goal, letter.strip()])
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    _label(month),
                    value,
                    None,
                    None if target is None else float(str(target)),
                    RAG[letter.strip()],
                )
            )
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return exp
