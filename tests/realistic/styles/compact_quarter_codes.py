"""Quarter columns headed with compact finance-system codes ('2023/24 Q4', '24/25 Q1', 'Q3-24/25')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save

SHEET = "KPI_Export"
# heading as the export wrote it -> the period it names
COLUMNS = (
    ("2023/24 Q4", "Q4 2023/24"),
    ("24/25 Q1", "Q1 2024/25"),
    ("24/25 Q2", "Q2 2024/25"),
    ("24/25 Q3", "Q3 2024/25"),
)
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# kpi code, kpi, unit, Q4 23/24, Q1, Q2, Q3 24/25, target 24/25, RAG (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("HT_KPI_01", "Category 1 highway defects repaired within 24 hours", "%", 97.1, 98.3, 96.0, 94.4, 98, "A"),
    ("HT_KPI_02", "Category 2 highway defects repaired within 28 days", "%", 81.6, 84.9, 87.2, 88.8, 85, "G"),
    ("HT_KPI_03", "Potholes repaired", "No.", 6204, 4877, 3102, 5561, None, None),
    ("HT_KPI_04", "Traffic signal faults attended within 2 hours", "%", 91.0, 88.5, 84.7, 79.2, 90, "R"),
    ("HT_KPI_05", "Street works permit applications determined within 5 days", "%", 99.2, 99.6, 99.4, 99.7, 99, "G"),
    ("HT_KPI_06", "Bus services running on time (non-frequent services)", "%", 78.4, 80.2, 79.1, 76.3, 82, "R"),
    ("HT_KPI_07", "Concessionary bus pass journeys", "No.", 1018420, 1102336, 1087905, 1064118, 1050000, "G"),
    ("HT_KPI_08", "Average days to process a blue badge application", "Days", 17.5, 14.2, 12.8, 13.9, 14, "G"),
    ("HT_KPI_09", "Winter gritting routes treated before the forecast frost", "%", 98.0, None, None, 96.5, 100, "A"),
    ("HT_KPI_10", "Penalty charge notices cancelled on informal challenge", "%", 18.9, 21.5, 19.6, 17.2, 20, "G"),
    ("HT_KPI_11", "Pupils completing Bikeability cycle training", "No.", 412, 1386, 977, 508, 600, "R"),
)  # fmt: skip

UNIT = {"%": "%", "No.": "number", "Days": "days"}


def build(path: Path) -> Expected:
    """Imitates a unitary council's highways and transport KPIs downloaded from its BI tool.

    The corporate data warehouse writes quarters the way the finance
    system codes them: the year first, then the quarter. The export's
    earliest column came from last year's extract and is headed
    '2023/24 Q4', the three for this year '24/25 Q1', '24/25 Q2' and
    '24/25 Q3'; the target column is 'Target 24/25' and the rating column
    'RAG Q3-24/25'. A Unit column says which lines are percentages, counts
    and days. Pothole repairs are counted with no target or rating, and the
    gritting routes are only measured in the winter quarters (Q1 and Q2
    blank).

    A careful reader takes Q4 2023/24 and Q1 to Q3 2024/25; the target
    names 2024/25, so it applies to this year's quarters and not to last
    year's Q4; the RAG rates Q3 2024/25.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Highways & Transport KPIs"
    sheet["A1"].font = Font(bold=True, size=12)
    sheet["A2"] = (
        "Source: Corporate Data Warehouse | Refreshed 14/01/2025 06:02 | Filter: Directorate = Place"
    )
    sheet["A2"].font = Font(italic=True, size=9, color="FF595959")
    header = [
        "KPI Code",
        "KPI",
        "Unit",
        *(h for h, _ in COLUMNS),
        "Target 24/25",
        "RAG Q3-24/25",
    ]
    put_row(sheet, 4, 1, header, bold=True)
    band = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=4, column=col)
        cell.fill = band
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    periods = [p for _, p in COLUMNS]
    exp = Expected([])
    for i, (code, name, unit, q4, q1, q2, q3, target, rag) in enumerate(ROWS):
        r = 5 + i
        put_row(sheet, r, 1, [code, name, unit, q4, q1, q2, q3, target, rag])
        if unit == "No.":
            for letter in "DEFGH":
                sheet[f"{letter}{r}"].number_format = "#,##0"
        c, n = str(code), str(name)
        if q4 is not None:
            exp.observations.append(Obs(c, n, periods[0], float(str(q4))))
        this_year = observed(
            c,
            n,
            periods[1:],
            (q1, q2, q3),
            None if target is None else float(str(target)),
            RAG.get(str(rag)),
        )
        exp.observations += this_year
        exp.add_meta(c, n, None, UNIT[str(unit)])
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp
