"""Tableau 'Download > Crosstab' as CSV: UTF-16 LE with a BOM, tab-separated, figures formatted as text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.realistic.kit import Expected, Obs

HEADINGS = ("FY 2023/24 Q3", "FY 2023/24 Q4", "FY 2024/25 Q1", "FY 2024/25 Q2")
LABELS = ("Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25")

# service area, indicator, format ('%', 'n' count, 'd' one decimal), actuals, targets per quarter
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult Social Care", "Care Act assessments completed within 28 days", "%",
     (71.4, 68.9, 74.2, 79.5), (80.0, 80.0, 80.0, 80.0)),
    ("Adult Social Care", "People receiving long-term support", "n",
     (3412.0, 3455.0, 3498.0, 3521.0), (None, None, None, None)),
    ("Adult Social Care", "Safeguarding enquiries concluded", "n",
     (1086.0, 1203.0, 978.0, 1142.0), (None, None, None, None)),
    ("Housing", "Housing register applications", "n",
     (11874.0, 12230.0, 12561.0, 12902.0), (None, None, None, None)),
    ("Housing", "Average days to relet general needs homes", "d",
     (41.3, 38.7, 36.2, 35.8), (35.0, 35.0, 30.0, 30.0)),
    ("Housing", "Rent collected (%)", "%",
     (97.8, 99.1, 95.4, 96.9), (98.0, 98.0, 98.5, 98.5)),
    ("Revenues", "Council tax accounts in arrears", "n",
     (14302.0, 12876.0, 15540.0, None), (13000.0, 13000.0, 13000.0, 13000.0)),
)  # fmt: skip


def _text(value: float | None, kind: str) -> str:
    """How Tableau writes a formatted value in a crosstab download."""
    if value is None:
        return ""
    if kind == "%":
        return f"{value:.1f}%"
    if kind == "d":
        return f"{value:,.1f}"
    return f"{value:,.0f}"


def build(path: Path) -> Expected:
    """Imitates the crosstab a Tableau Server dashboard gives from 'Download > Crosstab'.

    Choosing CSV in Tableau's crosstab download gives a file that is not
    what its .csv name suggests: UTF-16 little-endian with a byte-order mark,
    fields separated by tabs. The worksheet keeps its shape: 'Service Area'
    and 'Indicator' repeated on every row, 'Measure Names' (Actual, Target)
    as a row level, the quarters across as Tableau labels the fiscal
    quarters ('FY 2024/25 Q1'), and every figure written as formatted text
    ('3,412', '71.4%'); a quarter with no figure is empty. A careful reader
    takes each Actual row's figures, the Target row under it as the target
    of the same quarter, numbers without their thousands separators and
    percentages in points. The Q2 arrears count was not yet loaded (empty).
    """
    exp = Expected([])
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n")
    writer.writerow(["Service Area", "Indicator", "Measure Names", *HEADINGS])
    for area, name, kind, actuals, targets in ROWS:
        assert isinstance(actuals, tuple) and isinstance(targets, tuple)
        k = str(kind)
        writer.writerow([area, name, "Actual", *(_text(v, k) for v in actuals)])
        writer.writerow([area, name, "Target", *(_text(t, k) for t in targets)])
        for label, value, target in zip(LABELS, actuals, targets, strict=True):
            if value is not None:
                exp.observations.append(Obs(None, str(name), label, value, None, target))
        if k == "%":
            exp.add_meta(None, str(name), None, "%")
    path.write_bytes(b"\xff\xfe" + out.getvalue().encode("utf-16-le"))
    return exp
