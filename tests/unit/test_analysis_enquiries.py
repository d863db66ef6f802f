"""Lines of enquiry: each rule's question and the facts that prompted it."""

from __future__ import annotations

from desktop.analysis import Enquiry, Series, assess

from .test_analysis_support import quarter, run_of_quarters, series


def enquiries(s: Series, rule: str) -> list[Enquiry]:
    return [e for e in assess(s).enquiries if e.rule == rule]


def test_persistent_red_names_run_start_and_worse_comparator() -> None:
    points = run_of_quarters([85.0, 50.0, 50.0], start=2024, target=80.0)
    points[-1] = quarter(
        2024, 3, actual=50.0, target=80.0, comparators={"Statistical neighbours": 58.0}
    )
    [enquiry] = enquiries(series(*points), "persistent_red")
    assert enquiry.text == (
        "Red for the second quarter running and worse than Statistical neighbours: what has "
        "changed since Q2 2024/25, and when do you expect it to reach amber?"
    )
    assert "Statistical neighbours: 58%" in enquiry.facts


def test_third_quarter_running() -> None:
    points = run_of_quarters([50.0, 50.0, 50.0], start=2024, target=80.0, commentary="Plan agreed.")
    [enquiry] = enquiries(series(*points), "persistent_red")
    assert enquiry.text.startswith(
        "Red for the third quarter running: what has changed since Q1 2024/25"
    )


def test_newly_red_mentions_previous_rating() -> None:
    points = run_of_quarters([75.0, 50.0], target=80.0)
    [enquiry] = enquiries(series(*points), "newly_red")
    assert "after being amber in Q1 2023/24" in enquiry.text


def test_small_base_asks_how_many_children() -> None:
    s = series(
        quarter(2024, 1, actual=33.3, target=80.0, numerator=2, denominator=6),
        name="Care proceedings for children completed within 26 weeks",
    )
    [enquiry] = enquiries(s, "small_base")
    assert enquiry.text == (
        "The figure rests on 6 cases: how many children does this represent, and is the "
        "trend meaningful at this size?"
    )
    assert enquiry.facts[0].startswith("Based on 6 cases")


def test_rag_mismatch_asks_why_rated() -> None:
    s = series(quarter(2024, 1, actual=54.0, target=80.0, rag_published="green"))
    [enquiry] = enquiries(s, "rag_mismatch")
    assert enquiry.text.endswith("why was it rated green?")


def test_worse_than_last_year() -> None:
    points = run_of_quarters([60.0, 60.0, 60.0, 60.0, 50.0])
    [enquiry] = enquiries(series(*points), "worse_than_last_year")
    assert "(50% against 60%)" in enquiry.text


def test_worse_than_last_year_judged_by_polarity() -> None:
    points = run_of_quarters([60.0, 60.0, 60.0, 60.0, 50.0])
    assert enquiries(series(*points, polarity="lower_is_better"), "worse_than_last_year") == []


def test_target_changed_asks_why() -> None:
    s = series(
        quarter(2023, 4, actual=70.0, target=80.0), quarter(2024, 1, actual=70.0, target=70.0)
    )
    [enquiry] = enquiries(s, "target_changed")
    assert enquiry.text.startswith("The target has changed: why")
    assert "Target lowered" in enquiry.facts[0]


def test_no_commentary_on_red_asks_for_action_plan() -> None:
    [enquiry] = enquiries(
        series(quarter(2024, 1, actual=40.0, target=80.0)), "no_commentary_on_red"
    )
    assert "action plan" in enquiry.text


def test_recovered_asks_what_worked() -> None:
    points = run_of_quarters([50.0, 50.0, 85.0], target=80.0)
    [enquiry] = enquiries(series(*points), "recovered")
    assert enquiry.text.startswith("Out of red after 2 quarters: what worked")


def test_behind_every_comparator_when_not_red() -> None:
    s = series(quarter(2024, 1, actual=81.0, target=80.0, comparators={"England": 90.0}))
    [enquiry] = enquiries(s, "behind_comparators")
    assert enquiry.text.startswith("Worse than England:")


def test_green_and_steady_raises_no_enquiry() -> None:
    points = run_of_quarters([85.0, 85.0, 85.0, 85.0, 85.0], target=80.0, commentary="On track.")
    assert assess(series(*points)).enquiries == ()


def test_unknown_polarity_asks_which_way_is_better() -> None:
    [enquiry] = enquiries(
        series(quarter(2024, 1, actual=1.0), polarity="unknown"), "polarity_missing"
    )
    assert enquiry.text == "Is a higher or a lower figure better for this measure, and why?"
