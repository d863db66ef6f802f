"""CAMMS/Interplan measure export: one row per measure per reporting period, On track/At risk/Off track."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save

STATUS: dict[str, Rag] = {"On track": "green", "At risk": "amber", "Off track": "red"}

# code, measure, directorate, desired trend, unit, target, [(period heading, actual, status)], comment
MEASURES: tuple[tuple[object, ...], ...] = (
    ("KPI-HS-01", "Average number of days to process new Housing Benefit claims", "Resources",
     "Down", "Days", 20.0,
     (("Quarter 1 2024/25", 18.4, "On track"), ("Quarter 2 2024/25", 21.7, "At risk")),
     "Seasonal peak in claims after the summer."),
    ("KPI-HS-02", "Percentage of Council Tax collected", "Resources", "Up", "%", 97.5,
     (("Quarter 1 2024/25", 29.1, "On track"), ("Quarter 2 2024/25", 56.3, "On track")), None),
    ("KPI-PL-04", "Percentage of major planning applications determined within 13 weeks",
     "Place", "Up", "%", 60.0,
     (("Quarter 1 2024/25", 71.0, "On track"), ("Quarter 2 2024/25", 52.0, "Off track")),
     "Two large applications went to appeal."),
    ("KPI-PL-09", "Number of fly-tipping incidents reported", "Place", "Down", "Number", 450.0,
     (("Quarter 1 2024/25", 482.0, "At risk"), ("Quarter 2 2024/25", 517.0, "Off track")), None),
    ("KPI-PE-02", "Average working days lost to sickness per FTE", "People", "Down", "Days", 2.2,
     (("Quarter 1 2024/25", 2.4, "At risk"), ("Quarter 2 2024/25", 2.1, "On track")), None),
)  # fmt: skip

TREND = {"Up": "higher_is_better", "Down": "lower_is_better"}
UNIT = {"Days": "days", "%": "%", "Number": "number"}
LABEL = {"Quarter 1 2024/25": "Q1 2024/25", "Quarter 2 2024/25": "Q2 2024/25"}


def build(path: Path) -> Expected:
    """Imitates a measure-progress export from a strategy system such as CAMMS (formerly Interplan).

    Modelled on the shape such exports take in council cabinet packs rather
    than on one product's exact columns: each measure once per reporting
    period with code, measure, directorate, responsible officer, frequency,
    the reporting period written out ('Quarter 1 2024/25'), target, actual, a
    status word (On track / At risk / Off track) and the update comment, with
    a 'Desired Trend' Up/Down column and a unit column. No title rows; the
    header is frozen in row 1.
    """
    book, sheet = new_book("Measure Progress")
    header = ["Measure Code", "Measure", "Directorate", "Responsible Officer", "Frequency",
              "Reporting Period", "Desired Trend", "Unit", "Target", "Actual", "Status",
              "Progress Comment"]  # fmt: skip
    put_row(sheet, 1, 1, header, bold=True)
    sheet.freeze_panes = "A2"
    exp = Expected([])
    row = 2
    for code, name, directorate, trend, unit, target, periods, comment in MEASURES:
        assert isinstance(periods, tuple)
        for heading, actual, status in periods:
            put_row(sheet, row, 1, [code, name, directorate, "Head of Service", "Quarterly",
                                    heading, trend, unit, target, actual, status, comment])  # fmt: skip
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    LABEL[heading],
                    actual,
                    None,
                    num(target),
                    STATUS[status],
                )
            )
            row += 1
        exp.add_meta(str(code), str(name), TREND[str(trend)], UNIT[str(unit)])
    save(book, path)
    return exp
