"""Targets typed as text: 'Minimum 98%', 'Maximum 2.5%', 'no more than 110', a '90–95%' band."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# code, measure, target text, (number, band, polarity), Q1, Q2, RAG (Q2)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CT1", "Council Tax Support claims processed accurately", "Minimum 98%", (98.0, None, "higher_is_better"), 98.6, 97.9, "Amber"),
    ("CT2", "Benefit overpayments as a share of expenditure", "Maximum 2.5%", (2.5, None, "lower_is_better"), 2.1, 2.3, "Green"),
    ("CT3", "Customer enquiries resolved at first contact", "80% or above", (80.0, None, "higher_is_better"), 76.0, 82.0, "Green"),
    ("CT4", "Payroll paid accurately and on time", "at least 95%", (95.0, None, "higher_is_better"), 99.2, 99.5, "Green"),
    ("CT5", "Agency staff in post", "no more than 110", (110.0, None, "lower_is_better"), 124.0, 117.0, "Amber"),
    ("CT6", "Stage 1 complaints answered in time", "\u2265 97%", (97.0, None, "higher_is_better"), 91.0, 88.0, "Red"),
    ("CT7", "Telephone calls abandoned", "< 30%", (30.0, None, "lower_is_better"), 34.0, 29.0, "Green"),
    ("CT8", "Average time to process a change of circumstances", "below 28 days", (28.0, None, "lower_is_better"), 25.0, 31.0, "Red"),
    ("CT9", "Budget forecast variance to net budget", "90\u201395%", (None, (90.0, 95.0), "on_target"), 93.1, 96.4, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a corporate services scorecard where targets were typed as words.

    Officers write targets the way the service plan states them: 'Minimum
    98%', 'Maximum 2.5%', '80% or above', 'at least 95%', 'no more than 110',
    '\u2265 97%', '< 30%', 'below 28 days', and a band '90\u201395%' for a measure
    that should stay inside a range. The words say which way is good.
    """
    book, sheet = new_book("Corporate Services")
    title(sheet, "A1", "Corporate Services Scorecard 2024/25")
    put_row(
        sheet, 3, 1, ["Code", "Measure", "Target", "Q1 2024/25", "Q2 2024/25", "RAG"], bold=True
    )
    exp = Expected([])
    for i, (code, name, text, meaning, q1, q2, rag) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, text, q1, q2, rag])
        assert isinstance(meaning, tuple)
        number, band, polarity = meaning
        exp.observations.append(
            Obs(str(code), str(name), "Q1 2024/25", float(str(q1)), None, number, None, band)
        )
        exp.observations.append(
            Obs(
                str(code),
                str(name),
                "Q2 2024/25",
                float(str(q2)),
                None,
                number,
                RAG[str(rag)],
                band,
            )
        )
        exp.add_meta(str(code), str(name), polarity, None)
    save(book, path)
    return exp
