"""Annual tenant and resident survey results: '% satisfied', '7.2/10', '7.4 out of 10', an index, a score."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, merge, new_book, put_row, save, title

YEARS = ("2022/23", "2023/24", "2024/25")

# ref, measure, (cell, value) per survey year (None: not in that year's survey), target
# (cell, value) for 2024/25, respondents 2024/25; a float cell under 1 is a percent-formatted share
ROWS: tuple[tuple[object, ...], ...] = (
    ("TP01", "Tenants satisfied with the overall service from the council as landlord",
     ((0.680, 68.0), (0.712, 71.2), (0.739, 73.9)), (0.75, 75.0), 1126),
    ("TP02", "Tenants satisfied that their home is well maintained",
     ((0.665, 66.5), (0.694, 69.4), (0.701, 70.1)), (0.72, 72.0), 1119),
    ("TP03", "Tenants satisfied with the overall repairs service in the last 12 months",
     (None, (0.728, 72.8), (0.757, 75.7)), (0.75, 75.0), 804),
    ("TP05", "Tenants satisfied that their home is safe",
     ((0.774, 77.4), (0.793, 79.3), (0.788, 78.8)), (0.80, 80.0), 1121),
    ("TP06", "Tenants satisfied that the council listens to their views and acts upon them",
     (("Not asked", None), (0.581, 58.1), (0.602, 60.2)), (0.62, 62.0), 1098),
    ("TP09", "Complainants satisfied with the approach to complaint handling",
     (None, (0.304, 30.4), (0.337, 33.7)), (0.35, 35.0), 181),
    ("RS1", "Overall satisfaction with the way the council runs things (mean score)",
     (("6.8/10", 6.8), ("7.0/10", 7.0), ("7.2/10", 7.2)), ("7.5/10", 7.5), 2014),
    ("RS2", "Satisfaction with the local area as a place to live (average score)",
     (("7.4 out of 10", 7.4), ("7.3 out of 10", 7.3), ("7.6 out of 10", 7.6)),
     ("7.5 out of 10", 7.5), 2014),
    ("RS3", "Residents who agree the council provides value for money (%)",
     (("41%", 41.0), ("44%", 44.0), ("47%", 47.0)), ("50%", 50.0), 1987),
    ("RS4", "Customer Satisfaction Index (0-100)", ((74.6, 74.6), (76.1, 76.1), (77.8, 77.8)),
     (78.0, 78.0), 2014),
    ("RS5", "Repairs service Net Promoter Score", ((12, 12.0), (18, 18.0), (21, 21.0)),
     (25, 25.0), 803),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a council landlord's annual survey results report to a housing scrutiny panel.

    Council landlords publish their Tenant Satisfaction Measures (the TP
    codes of the Regulator of Social Housing's perception survey) beside
    results of their own resident survey. The TSMs are percentage cells
    ('71.2%' formatted from 0.712); the resident survey reports mean scores
    typed as '7.2/10' or '7.4 out of 10', a share typed as '41%', a 0-100
    index and a Net Promoter Score, with targets written the same way. The
    survey is annual, so the columns are survey years. A careful reader takes
    each score as the number before '/10' or 'out of 10', each percentage in
    points, the 2024/25 target for 2024/25 only, 'Not asked' as words for
    that year, an empty cell as a question not yet in that year's survey,
    and the respondent count as the survey's base, not a result.
    """
    book, sheet = new_book("Survey results")
    title(sheet, "A1", "Tenant and Resident Survey Results 2022/23 to 2024/25")
    sheet["A2"] = ("Annual perception survey (fieldwork October-December). TSM questions "
                   "follow the Regulator of Social Housing's required wording.")  # fmt: skip
    put_row(sheet, 4, 1, ["Ref", "Survey measure"], bold=True)
    merge(sheet, "C4:E4", "Survey year")
    put_row(sheet, 4, 6, ["Target 2024/25", "Respondents 2024/25"], bold=True)
    put_row(sheet, 5, 3, list(YEARS), bold=True)
    for letter in ("A", "B", "F", "G"):
        sheet.merge_cells(f"{letter}4:{letter}5")
    exp = Expected([])
    for i, (ref, name, cells, target, base) in enumerate(ROWS):
        assert isinstance(cells, tuple) and isinstance(target, tuple)
        r = 6 + i
        shown = [None if c is None else c[0] for c in cells]
        put_row(sheet, r, 1, [ref, name, *shown, target[0], base])
        for col in range(3, 7):
            cell = sheet.cell(row=r, column=col)
            if isinstance(cell.value, float) and cell.value < 1:
                cell.number_format = "0.0%"
        sheet.cell(row=r, column=7).number_format = "#,##0"
        for year, given in zip(YEARS, cells, strict=True):
            if given is None:
                continue
            text, value = given
            said = float(str(target[1])) if year == YEARS[-1] else None
            words = str(text) if value is None else None
            exp.observations.append(Obs(str(ref), str(name), year, value, words, said))
    sheet.cell(row=7 + len(ROWS), column=1,
               value="TP = Tenant Satisfaction Measure. Scores are means on a 0-10 scale. "
               "Respondents = people answering the question in 2024/25.")  # fmt: skip
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
