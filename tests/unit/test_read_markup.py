"""Text cells holding HTML rich text are read as the text they show; other text is untouched."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.scorecard.importer import preview
from desktop.scorecard.read.markup import cell_text, is_markup
from desktop.scorecard.read.workbook import read_workbook


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ('<span style="color:green">Green</span>', "Green"),
        ("<div>85.2%</div>", "85.2%"),
        ("<div>&nbsp;</div>", None),
        (
            '<div class="ExternalClassA7E2"><p>Staff&nbsp;in post &amp; agency</p></div>',
            "Staff in post & agency",
        ),
        ("<p>First line</p><p>Second<br>third</p>", "First line\nSecond\nthird"),
        ("Environment &amp; Waste", "Environment & Waste"),
        ("It&#39;s late", "It's late"),
    ],
)
def test_markup_reads_as_its_text(written: str, read: str | None) -> None:
    assert cell_text(written) == read


@pytest.mark.parametrize(
    "text",
    [
        "<5",
        "< 30%",
        "<5 and >2",
        "Target <10 days, actual > 12",
        "R&D spend",
        "Q&A sessions; two held",
        "Fees & charges; &copy without semicolon",
        "<b unclosed",
        "<custom>not a rich-text tag</custom>",
    ],
)
def test_plain_text_is_left_alone(text: str) -> None:
    assert not is_markup(text)
    assert cell_text(text) == text


def _returns(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPI Returns"
    sheet.append(["KPI Ref", "Title", "Period", "Actual", "Target", "RAG Status", "Commentary"])
    sheet.append(
        ["W1", "Recycling &amp; composting (%)", "Q3 2024/25", "<div>48.6%</div>", 50,
         '<span style="color:#ffc000">Amber</span>',
         '<div class="ExternalClass1"><p>Garden&nbsp;waste paused.</p></div>'],
    )  # fmt: skip
    sheet.append(
        ["W2", "Missed bins per 100,000", "Q3 2024/25", "<div>52</div>", 60, "Green", None]
    )
    sheet.append(["W3", "Fly-tips cleared (%)", "Q3 2024/25", "<div>&nbsp;</div>", 95, None, None])
    book.save(path)
    return path


def test_workbook_cells_read_as_text(tmp_path: Path) -> None:
    sheet = read_workbook(_returns(tmp_path / "returns.xlsx")).sheets[0]
    assert sheet.rows[1][1:7] == [
        "Recycling & composting (%)", "Q3 2024/25", "48.6%", 50, "Amber", "Garden waste paused.",
    ]  # fmt: skip
    assert sheet.rows[3][3] is None


def test_html_list_export_is_read_without_review(tmp_path: Path) -> None:
    parsed = preview(_returns(tmp_path / "returns.xlsx"))
    assert parsed.review == []
    got = {
        (i.code, i.name, o.actual, o.rag, o.commentary)
        for i in parsed.indicators
        for o in i.observations
    }
    assert got == {
        ("W1", "Recycling & composting (%)", 48.6, "amber", "Garden waste paused."),
        ("W2", "Missed bins per 100,000", 52.0, "green", None),
    }
