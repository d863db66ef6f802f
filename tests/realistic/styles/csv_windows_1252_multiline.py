"""Excel 'CSV (Comma delimited)' saved on Windows: cp1252 '£' and en dashes, commentary with line breaks and commas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

DASH = "\u2013"
HEADINGS = (f"Q1 2024{DASH}25", f"Q2 2024{DASH}25")
LABELS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
WIDTH = 6

# indicator, Q1 and Q2 as Excel displays them, target as displayed, RAG, officer commentary
ROWS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (f"New Housing Benefit claims {DASH} average days to process", "19.4", "17.2", "20", "Green",
     "Improved by 2.2 days.\nTwo assessors back from secondment, overtime ended 31 August."),
    (f"Changes in circumstances {DASH} average days to process", "6.8", "8.9", "8", "Amber",
     'Higher volumes after the rent increase letters, a "peak" is expected again in October.\n'
     "Reviewed weekly by the Benefits Manager."),
    (f"Council Tax Reduction caseload {DASH} working age", "3,118", "3,094", "", "",
     "Contextual measure, no target.\nDown 24 on Q1, in line with the county trend."),
    ("Council Tax payers paying by direct debit (%)", "71.2%", "72.0%", "75.0%", "Amber",
     "Sign-up campaign goes out with the October reminders, and online sign-up is now on the home page."),
    ("Average cost of printing and posting a Council Tax bill (\u00a3)", "\u00a34.21", "\u00a34.08",
     "\u00a34.50", "Green",
     "Print and post contract re-let from 1 July;\nsaving of \u00a30.13 per bill, about \u00a33,900 a year."),
    ("Housing Benefit overpayments recovered in the quarter (\u00a3)", "\u00a338,412", "\u00a341,907",
     "\u00a340,000", "Green",
     f"Quarterly profile of the \u00a3160,000 annual target.\n"
     f"Includes \u00a36,210 recovered through attachment of earnings {DASH} up from \u00a34,980."),
    ("Benefit assessments found correct at first check (%)", "96.1%", "97.4%", "97.0%", "Green",
     "Sample of 10% of assessments, checked by the Quality and Control team."),
    ("Calls to Customer Services answered within 3 minutes (%)", "71.8%", "64.3%", "80.0%", "Red",
     "Summer peak and the new garden waste subscriptions: 9,412 calls in August alone.\n"
     f"Two vacancies, recruitment under way {DASH} interviews on 14 October.\n"
     "Call-back option switched on from 2 September."),
    ("Stage 1 complaints answered within 10 working days (%)", "88.0%", "91.5%", "90.0%", "Green", ""),
    ("Visits to the Marmion House reception desk", "2,764", "2,512", "", "",
     "Continuing move to online forms, see below."),
    ("Online forms submitted through My Tamworth", "11,903", "12,845", "", "",
     f"Up 7.9% on Q1 {DASH} mostly garden waste, bulky waste and Council Tax moves."),
)  # fmt: skip


def _number(shown: str) -> float | None:
    """The figure a reader takes from a cell as Excel displayed it: no '£', no commas, '%' in points."""
    if not shown:
        return None
    return float(shown.replace("\u00a3", "").replace(",", "").removesuffix("%"))


def _pad(cells: list[str]) -> list[str]:
    return cells + [""] * (WIDTH - len(cells))


def build(path: Path) -> Expected:
    """Imitates a scorecard tab saved from Excel on Windows as 'CSV (Comma delimited)'.

    Excel for Windows writes that format in the machine's ANSI code page,
    Windows-1252, not UTF-8: '\u00a3' is the single byte A3 and an en dash
    (pasted into headings and names from the Word report template) is 96.
    Cells are written as displayed ('\u00a34.21', '\u00a338,412', '71.2%',
    '3,118'), every line padded with commas to the sheet's used width, lines
    ending CR LF, and an officer's commentary typed with Alt+Enter keeps its
    line breaks inside the quoted field, along with its commas and doubled
    quotes. The title and a source line sit above and below the table.

    A careful reader decodes the file as Windows-1252, reads each quoted
    commentary as one cell however many lines it spans, takes 'Q1 2024\u201325'
    as Q1 2024/25, figures without '\u00a3' and thousands separators and
    percentages in points, the single Target column for both quarters and the
    RAG for Q2. Contextual measures have neither target nor RAG.
    """
    exp = Expected([])
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        _pad(
            [
                f"Tamworth Borough Council {DASH} Revenues, Benefits & Customer Services "
                f"Scorecard, Quarter 2 2024{DASH}25"
            ]
        )
    )
    writer.writerow(_pad([]))
    writer.writerow(["Performance indicator", *HEADINGS, "Target", "RAG", "Commentary"])
    for name, q1, q2, target, rag, commentary in ROWS:
        writer.writerow([name, q1, q2, target, rag, commentary])
        for label, shown in zip(LABELS, (q1, q2), strict=True):
            exp.observations.append(
                Obs(
                    None,
                    name,
                    label,
                    _number(shown),
                    None,
                    _number(target),
                    RAG[rag] if rag and label == LABELS[-1] else None,
                )
            )
    writer.writerow(_pad([]))
    writer.writerow(
        _pad(
            [
                "Source: Northgate Revenues & Benefits; Mitel contact centre reports. "
                f"Costs in \u00a3, excluding VAT {DASH} prepared by the Corporate Performance Team."
            ]
        )
    )
    path.write_bytes(out.getvalue().encode("cp1252"))
    return exp
