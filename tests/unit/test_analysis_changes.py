"""what_changed() between two issues of a scorecard or two periods, and the RAG roll-ups."""

from __future__ import annotations

from desktop.analysis import Series, assess, flag_counts, rag_counts, rag_counts_by, what_changed

from .test_analysis_support import quarter, series


def one(key: str, *points: object, **fields: object) -> dict[str, Series]:
    return {key: series(*points, key=key, name=f"Indicator {key}", **fields)}  # type: ignore[arg-type]


def test_newly_red_between_issues() -> None:
    before = one("a", quarter(2024, 1, actual=75.0, target=80.0))
    after = one(
        "a", quarter(2024, 1, actual=75.0, target=80.0), quarter(2024, 2, actual=50.0, target=80.0)
    )
    summary = what_changed(before, after)
    assert summary.newly_red == (
        ("a", "Indicator a", "Amber to red: 75% in Q1 2024/25 to 50% in Q2 2024/25."),
    )
    assert summary.worsened == ()


def test_recovered_between_periods_of_one_issue() -> None:
    both = one(
        "a", quarter(2024, 1, actual=50.0, target=80.0), quarter(2024, 2, actual=81.0, target=80.0)
    )
    summary = what_changed(both, both, before_period="Q1 2024/25", after_period="Q2 2024/25")
    assert [item[0] for item in summary.recovered] == ["a"]
    assert summary.recovered[0][2].startswith("Red to green")


def test_worsened_and_improved_by_polarity() -> None:
    before = {
        **one("up", quarter(2024, 1, actual=10.0)),
        **one("down", quarter(2024, 1, actual=10.0)),
    }
    after = {
        **one("up", quarter(2024, 2, actual=12.0), polarity="lower_is_better"),
        **one("down", quarter(2024, 2, actual=8.0), polarity="lower_is_better"),
    }
    summary = what_changed(before, after)
    assert [i[0] for i in summary.worsened] == ["up"]
    assert [i[0] for i in summary.improved] == ["down"]


def test_new_and_withdrawn_indicators() -> None:
    before = one("old", quarter(2024, 1, actual=1.0))
    after = one("fresh", quarter(2024, 2, actual=2.0))
    summary = what_changed(before, after)
    assert summary.new == (("fresh", "Indicator fresh", "First figure: 2% in Q2 2024/25."),)
    assert summary.withdrawn == (
        ("old", "Indicator old", "No figure now; last was 1% in Q1 2024/25."),
    )


def test_targets_changed() -> None:
    before = one("a", quarter(2024, 1, actual=70.0, target=80.0))
    after = one("a", quarter(2024, 2, actual=70.0, target=70.0))
    [(key, _, detail)] = what_changed(before, after).targets_changed
    assert (key, detail) == ("a", "Target 80% in Q1 2024/25, 70% in Q2 2024/25.")


def test_period_missing_from_a_series_counts_as_new() -> None:
    both = one("a", quarter(2024, 2, actual=70.0))
    summary = what_changed(both, both, before_period="Q1 2024/25", after_period="Q2 2024/25")
    assert [i[0] for i in summary.new] == ["a"]


def test_nothing_changed_is_empty() -> None:
    both = one("a", quarter(2024, 1, actual=70.0, target=80.0))
    assert what_changed(both, both).total() == 0


def test_rag_counts_use_published_where_given() -> None:
    assessments = [
        assess(series(quarter(2024, 1, actual=50.0, target=80.0, rag_published="green"))),
        assess(series(quarter(2024, 1, actual=50.0, target=80.0))),
        assess(series(quarter(2024, 1, actual=50.0), polarity="none")),
    ]
    assert rag_counts(assessments) == {"red": 1, "amber": 0, "green": 1, "none": 1}


def test_rag_counts_by_group() -> None:
    red = assess(series(quarter(2024, 1, actual=50.0, target=80.0)))
    green = assess(series(quarter(2024, 1, actual=90.0, target=80.0)))
    counts = rag_counts_by([("Children", red), ("Adults", green), ("Children", green)])
    assert counts["Children"] == {"red": 1, "amber": 0, "green": 1, "none": 0}
    assert list(counts) == ["Children", "Adults"]


def test_flag_counts_once_per_assessment() -> None:
    s = series(
        quarter(2023, 1, actual=1.0), quarter(2023, 4, actual=2.0), quarter(2024, 3, actual=3.0)
    )
    assert flag_counts([assess(s)])["gap_in_series"] == 1


def test_suppressed_figure_counts_as_withdrawn() -> None:
    both = one("a", quarter(2024, 1, actual=70.0), quarter(2024, 2, actual=None, actual_text="*"))
    summary = what_changed(both, both, before_period="Q1 2024/25", after_period="Q2 2024/25")
    assert [i[0] for i in summary.withdrawn] == ["a"]
