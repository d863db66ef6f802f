"""A status written as a short sentence is rated by the status phrase leading it, never
through a negation, and held for review where it leads with none or says two things."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse import ratings
from desktop.scorecard.parse.status_sentences import lead
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("On track to meet the annual target", "green"),
        ("Currently on track for year end", "green"),
        ("Target met", "green"),
        ("Target achieved in all three months", "green"),
        ("Target exceeded by a wide margin this year", "green"),
        ("Exceeded target by 4%", "green"),
        ("Performing above target this quarter", "green"),
        ("Likely to achieve target by March", "green"),
        ("Expected to meet the target by year end", "green"),
        ("At risk \u2013 slightly below the quarterly profile", "amber"),
        ("Some slippage but expected to recover by year end", "amber"),
        ("Slightly below target owing to staff sickness", "amber"),
        ("May not achieve the target if demand continues to rise", "amber"),
        ("Unlikely to achieve target by year end", "red"),
        ("Not on track \u2013 see commentary", "red"),
        ("Is not on track this quarter", "red"),
        ("Off track following the contractor change", "red"),
        ("Target not met \u2013 recovery plan in place", "red"),
        ("Will not be met this year", "red"),
        ("Won\u2019t be met this year", "red"),
        ("Not expected to meet the target", "red"),
        ("No target set \u2013 figure for information", "none"),
        ("Data not yet available", "none"),
    ],
)
def test_a_sentence_is_rated_by_the_phrase_leading_it(text: str, said: str) -> None:
    assert lead(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Not currently on track",  # a negation is never passed over to reach 'on track'
        "Unlikely to be on track by March",
        "Recovery plan agreed with the contractor",
        "See commentary",
        "Improving since the last quarter",
    ],
)
def test_a_sentence_led_by_no_status_phrase_says_nothing(text: str) -> None:
    assert lead(text) is None
    assert ratings.parse_rag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "On track for Q3 but unlikely to achieve the annual target",
        "Target met in Q2 but off track in Q3",
        "Some slippage and target not met last quarter",
    ],
)
def test_a_sentence_naming_two_ratings_is_mixed_and_rates_nothing(text: str) -> None:
    assert lead(text) == "mixed"
    assert ratings.parse_rag(text) is None


def test_a_rating_before_a_separator_keeps_its_reason_whatever_it_says() -> None:
    # 'At risk' with its reason after the dash: the reason says why, it is no second rating
    assert ratings.parse_rag("At risk \u2013 target not met last quarter") == "amber"


def test_a_negated_rating_in_the_reason_does_not_make_it_mixed() -> None:
    assert lead("On track, and no longer at risk") == "green"


def test_the_sentences_are_rated_through_parse_rag() -> None:
    assert ratings.parse_rag("Unlikely to achieve target by year end") == "red"
    assert ratings.parse_rag("Performing above target this quarter") == "green"
    assert ratings.says_not_rated("No target set, figure for information")
    assert not ratings.says_not_rated("On track to meet the annual target")


HEAD = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "Status"]


def _statuses(tmp_path: Path, statuses: list[str]):  # type: ignore[no-untyped-def]
    rows = [HEAD] + [
        [f"K{n}", f"Measure {n} (%)", 80 + n, 81 + n, 85, status]
        for n, status in enumerate(statuses, start=1)
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    read = {
        i.code: next(o.rag for o in i.observations if o.period.label == "Q2 2024/25")
        for i in parsed.indicators
    }
    return parsed, read


def test_a_status_column_of_sentences_reads_each_rating(tmp_path: Path) -> None:
    parsed, read = _statuses(
        tmp_path,
        [
            "Remains on track to hit the year-end target",
            "Unlikely to meet target due to demand",
            "At risk of missing the target in Q4",
            "Target achieved",
            "No target agreed for this year",
            "Behind schedule \u2013 see note",
        ],
    )
    assert not parsed.review
    assert read == {
        "K1": "green",
        "K2": "red",
        "K3": "amber",
        "K4": "green",
        "K5": None,
        "K6": "red",
    }


@pytest.mark.parametrize(
    "status",
    ["Not currently on track", "On track for Q2 but unlikely to meet the annual target"],
)
def test_a_sentence_the_importer_cannot_rate_goes_to_review_naming_the_cell(
    tmp_path: Path, status: str
) -> None:
    parsed, read = _statuses(tmp_path, ["Target met", status])
    assert read["K1"] == "green"
    assert read["K2"] is None
    assert any(item.cell == "F3" for item in parsed.review)


def test_a_long_paragraph_is_commentary_not_a_status() -> None:
    text = (
        "On track overall, although the service has seen a rise in demand since the autumn "
        "and the new case system went live in November, which slowed the team for a while"
    )
    assert lead(text) is None
    assert lead(text[:60]) == "green"
