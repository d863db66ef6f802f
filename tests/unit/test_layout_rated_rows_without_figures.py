"""A rating on a row that gives no figure in any period ('Red' beside blank quarters) has
nothing to attach to: it is named in the import report, never dropped without a word, since a
member looking for the reds would otherwise miss it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows


def _rows(c2_rating: object) -> list[list[object]]:
    return [
        ["Quarterly performance 2024/25"],
        [],
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"],
        ["C1", "Children in care per 10,000", 61.2, 63.4, 60, "Amber"],
        ["C2", "Care leavers in education (%)", None, None, 65, c2_rating],
        ["C3", "Adoptions within 18 months (%)", 55, 58, 60, "Amber"],
        ["C4", "Visits within timescale (%)", 88, 91, 90, "Green"],
    ]


def test_a_rating_on_a_row_without_figures_is_said(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "kpis.xlsx", _rows("Red"))
    said = [w for w in parsed.warnings if "gives no figure" in w]
    assert said == [
        "Scorecard!F5: 'Red' rates a row that gives no figure — the rating is not imported"
    ]
    rated = {(i.code, o.period.label): o.rag for i in parsed.indicators for o in i.observations}
    assert rated[("C1", "Q2 2024/25")] == "amber" and rated[("C4", "Q2 2024/25")] == "green"
    assert not any(code == "C2" for code, _ in rated)


def test_a_row_marked_not_rated_or_words_that_are_no_rating_say_nothing(tmp_path: Path) -> None:
    for said in ("n/a", "Not rated", "See commentary", None):
        parsed = detect_rows(tmp_path / "kpis.xlsx", _rows(said))
        assert not [w for w in parsed.warnings if "gives no figure" in w], said
