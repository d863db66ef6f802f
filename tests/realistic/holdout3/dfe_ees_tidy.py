"""Explore education statistics tidy CSV: time_period 202324, geographic levels, measures across."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from tests.realistic.kit import Expected, Obs

AREA = "Sheffield"

COLUMNS = ("time_period", "time_identifier", "geographic_level", "country_code", "country_name",
           "region_code", "region_name", "old_la_code", "new_la_code", "la_name", "school_type",
           "num_schools", "enrolments", "sess_overall_percent", "sess_authorised_percent",
           "sess_unauthorised_percent", "enrolments_pa_10_exact_percent")  # fmt: skip

MEASURES = COLUMNS[11:]
YEARS = (("202324", "2023/24 (AY)"), ("202223", "2022/23 (AY)"))

REGIONS = (
    ("E12000001", "North East", (
        ("840", "E06000047", "County Durham"), ("841", "E06000005", "Darlington"),
        ("390", "E08000037", "Gateshead"), ("805", "E06000001", "Hartlepool"),
        ("806", "E06000002", "Middlesbrough"), ("391", "E08000021", "Newcastle upon Tyne"),
        ("392", "E08000022", "North Tyneside"), ("929", "E06000057", "Northumberland"),
        ("807", "E06000003", "Redcar and Cleveland"), ("393", "E08000023", "South Tyneside"),
        ("808", "E06000004", "Stockton-on-Tees"), ("394", "E08000024", "Sunderland"))),
    ("E12000003", "Yorkshire and The Humber", (
        ("370", "E08000016", "Barnsley"), ("380", "E08000032", "Bradford"),
        ("381", "E08000033", "Calderdale"), ("371", "E08000017", "Doncaster"),
        ("811", "E06000011", "East Riding of Yorkshire"),
        ("810", "E06000010", "Kingston upon Hull, City of"), ("382", "E08000034", "Kirklees"),
        ("383", "E08000035", "Leeds"), ("812", "E06000012", "North East Lincolnshire"),
        ("813", "E06000013", "North Lincolnshire"), ("815", "E06000065", "North Yorkshire"),
        ("372", "E08000018", "Rotherham"), ("373", "E08000019", AREA),
        ("384", "E08000036", "Wakefield"), ("816", "E06000014", "York"))),
)  # fmt: skip

# Sheffield's own rows, written out so the expectation can be checked by eye.
OURS: dict[str, tuple[object, ...]] = {
    "202324": (172, 78514, 7.46, 5.02, 2.44, 21.63),
    "202223": (173, 78102, 7.71, 5.19, 2.52, 22.87),
}


def _figures(rng: random.Random, year: str, scale: int) -> tuple[object, ...]:
    """Plausible absence figures for an area of about `scale` pupils."""
    overall = round(rng.uniform(6.4, 8.1) - (0.2 if year == "202324" else 0.0), 2)
    authorised = round(overall * rng.uniform(0.62, 0.72), 2)
    pupils = scale + rng.randrange(-900, 900)
    return (
        max(1, pupils // rng.randrange(380, 520)),
        pupils,
        overall,
        authorised,
        round(overall - authorised, 2),
        round(rng.uniform(17.5, 25.0), 2),
    )


def build(path: Path) -> Expected:
    """Imitates a data file from the Department for Education's explore education statistics.

    DfE open data files are tidy CSVs to the department's standard: the first
    columns are always time_period (202324 for the 2023/24 academic year),
    time_identifier ('Academic year'), geographic_level ('National',
    'Regional', 'Local authority'), the country, region and local authority
    codes and names (old three-digit and new nine-character LA codes), a
    filter column, then one column per measure in snake_case. England, the
    regions and every LA are in the same file, the latest year first. The
    reading is for --area Sheffield: its six measures in two academic years,
    named as the file names them; the England and region rows are only
    comparators. The LA names include DfE's 'Kingston upon Hull, City of'.
    """
    rng = random.Random(2324)
    rows: list[list[object]] = []
    exp = Expected([])
    for year, label in YEARS:
        lead = [year, "Academic year"]
        england = _figures(rng, year, 7_418_000)
        rows.append([*lead, "National", "E92000001", "England", "", "", "", "", "", "Total",
                     *england])  # fmt: skip
        for region_code, region, las in REGIONS:
            size = 381_000 if region == "North East" else 806_000
            rows.append([*lead, "Regional", "E92000001", "England", region_code, region, "", "",
                         "", "Total", *_figures(rng, year, size)])  # fmt: skip
            for old, new, la in las:
                figures = (
                    OURS[year] if la == AREA else _figures(rng, year, rng.randrange(9_000, 120_000))
                )
                rows.append([*lead, "Local authority", "E92000001", "England", region_code, region,
                             old, new, la, "Total", *figures])  # fmt: skip
                if la == AREA:
                    for measure, value in zip(MEASURES, figures, strict=True):
                        exp.observations.append(Obs(None, measure, label, float(str(value))))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return exp
