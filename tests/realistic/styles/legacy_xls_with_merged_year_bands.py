"""An Excel 97-2003 .xls scorecard with '2023/24' and '2024/25' bands merged over their quarter columns."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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
    num,
    put_row,
    text_of,
    title,
)

SHEET = "Scorecard"
BAND_ROW, HEAD_ROW = 4, 5
PERIODS = (
    "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24",
    "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
)  # fmt: skip
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFCCFFCC", end_color="FFCCFFCC")

# A 1-tuple is a section row. Otherwise: ref, indicator, 4 quarters 2023/24, 3 quarters 2024/25,
# target 2024/25, RAG letter, comments
ROWS: tuple[tuple[object, ...], ...] = (
    ("Healthy and Safe Communities",),
    ("HSC1", "Leisure centre visits", 182440, 171905, 158310, 190126, 188502, 176034, 162871, 175000, "R",
     "Quarterly target; learner pool closed for repairs in November"),
    ("HSC2", "Food premises broadly compliant (%)", 94.1, 94.6, 95.0, 95.2, 95.8, 96.0, 95.7, 95, "G", None),
    ("HSC3", "Anti-social behaviour cases closed within 28 days (%)", 72.0, 68.5, 70.2, 74.9, 76.3, 71.0, 66.8, 75, "R",
     "Staff vacancies in the community safety team"),
    ("HSC4", "Licensing applications processed within 10 days (%)", 88.0, 90.3, 91.1, 87.6, 92.4, 93.0, "n/a", 90, None,
     "Q3 not available \u2013 new licensing system"),
    ("Housing",),
    ("HOU1", "Homelessness cases prevented (%)", 58.2, 61.0, 55.4, 59.9, 62.3, 60.1, 57.5, 60, "A", None),
    ("HOU2", "Households in bed and breakfast accommodation", 14, 17, 22, 19, 16, 21, 25, 15, "R",
     "Snapshot at quarter end"),
    ("HOU3", "Average days to relet council homes", 31.5, 29.8, 33.2, 30.0, 27.4, 26.9, None, 28, "G",
     "Q3 figure due end of January"),
    ("HOU4", "Rent collected as % of rent due", 96.8, 97.4, 98.1, 99.2, 97.1, 97.6, 98.3, 98.5, "A", None),
    ("HOU5", "Empty homes brought back into use", None, None, None, None, 6, 11, 9, None, None,
     "New measure 2024/25; information only"),
    ("Corporate",),
    ("COR1", "Council tax collected (%)", 29.8, 57.9, 85.2, 97.9, 30.1, 58.3, 85.9, 85.5, "G", "Cumulative"),
    ("COR2", "Invoices paid within 30 days (%)", 93.4, 95.0, 94.2, 96.1, 96.8, 97.3, 97.0, 97, "G", None),
    ("COR3", "Working days lost to sickness per FTE (rolling 12 months)", 9.6, 9.9, 10.4, 10.2, 9.8, 9.5,
     9.3, 9.0, "A", "Rolling year to the end of each quarter"),
    ("COR4", "Complaints responded to within 15 working days (%)", 81.0, 84.2, 79.6, 86.0, 88.4, 90.2, 91.5, 90, "G",
     None),
)  # fmt: skip


def _convert(xlsx: Path, path: Path) -> None:
    """Save as Excel 97-2003 the way an officer's old template is kept: LibreOffice writes the BIFF8 file."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed to write the .xls fixture"
    with tempfile.TemporaryDirectory() as scratch:
        profile = Path(scratch, "profile").as_uri()
        out = Path(scratch, "out")
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xls",
             "--outdir", str(out), str(xlsx)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.move(str(out / (xlsx.stem + ".xls")), path)


def build(path: Path) -> Expected:
    """Imitates a district council's long-lived .xls performance scorecard for an Overview and Scrutiny Committee.

    Some district councils still circulate the quarterly scorecard as an
    'Excel 97-2003 Workbook' built from a template made years ago: a
    two-row heading with '2023/24' merged over Q1..Q4 and '2024/25' merged
    over Q1..Q3 so that last year's quarters sit beside this year's, then
    'Target 2024/25', a filled R/A/G letter and Comments, under green-shaded
    section rows. A key line and a 'Source' line sit below the table.

    A careful reader dates each quarter column by the band over it (Q1 2023/24
    .. Q4 2023/24, Q1 2024/25 .. Q3 2024/25). The target names 2024/25, so
    it belongs to this year's quarters only; the single R/A/G letter belongs
    to the latest figure in the row (Q2 for the relet time, whose Q3 is
    blank). 'n/a' is licensing's Q3 text, unrated. The new measure has no
    2023/24 figures and no target. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee, 6 March 2025"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, f"C{BAND_ROW}:F{BAND_ROW}", "2023/24")
    merge(sheet, f"G{BAND_ROW}:I{BAND_ROW}", "2024/25")
    heads = ["Ref", "Indicator", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Target 2024/25", "RAG",
             "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, target, rag, comment = entry
        put_row(sheet, row, 1, [ref, name, *figures, target, rag, comment])
        if rag:
            fill(sheet, f"K{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k >= 4 else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            obs = Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            exp.observations.append(obs)
        row += 1
    notes = (
        "Key: G = on or above target; A = within 5% of target; R = more than 5% below target.",
        "Source: service performance returns. Cumulative measures show the year to date.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 55
    sheet.column_dimensions["L"].width = 40
    book.properties.creator = "Performance Team"
    book.properties.created = datetime(2013, 4, 22, 10, 15, 0)
    book.properties.modified = datetime(2025, 2, 24, 16, 40, 0)
    with tempfile.TemporaryDirectory() as scratch:
        xlsx = Path(scratch, path.stem + ".xlsx")
        book.save(xlsx)
        _convert(xlsx, path)
    return exp
