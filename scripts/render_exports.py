"""Render the sample's exports as a clerk would see them: briefings (whole scorecard, one
meeting, exempt) and the tracker, to .docx/.xlsx, then PDF with LibreOffice and PNG pages.

    .venv/bin/python scripts/render_exports.py OUT_DIR [--docs]

Needs LibreOffice (soffice) and poppler's pdftoppm. With --docs, the briefing's front page
and first indicator page are copied to docs/briefing-front.png and docs/briefing-page.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from db.store import Store  # noqa: E402
from desktop import annotations as an  # noqa: E402
from desktop.catalogue import load_views  # noqa: E402
from desktop.export import documents, paper  # noqa: E402
from desktop.export.gather import gather  # noqa: E402
from desktop.scorecard.importer import import_file  # noqa: E402
from desktop.ui.chart_source import default_source  # noqa: E402

SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"
MEETING = "People Scrutiny Committee, 12 March 2026"


def build_store(path: Path) -> Store:
    store = Store.open(path)
    report = import_file(store, SAMPLE)
    assert report.status == "imported", report.error
    with store.session() as s:
        ids = {v.code or v.name: v.id for v in load_views(s)}
        meeting = an.add_meeting(
            s, MEETING, committee="People Scrutiny Committee", held_on=dt.date(2026, 3, 12)
        )
        for code in ("CS01", "CS06", "CS02"):
            an.add_agenda_item(s, meeting.id, ids[code])
        asked = an.add_question(
            s,
            ids["CS06"],
            "Why are re-referrals rising again this quarter?",
            addressed_to="Director of Children's Services",
            meeting_id=meeting.id,
            status="asked",
        )
        an.answer_question(s, asked.id, "An audit of the front door is under way; results in May.")
        an.add_question(
            s,
            ids["CS01"],
            "What is the plan to bring the assessments back within timescale?",
            addressed_to="Head of Early Help",
            meeting_id=meeting.id,
        )
        an.add_note(s, ids["CS02"], "Good progress; ask about the reintegration pilot.")
        an.add_note(s, ids["CS06"], "Named family in a case review", exempt=True)
        an.add_action(
            s,
            "Report back on the re-referral audit",
            indicator_id=ids["CS06"],
            meeting_id=meeting.id,
            owner="Head of Service",
            due_date=dt.date(2026, 5, 14),
        )
        paper.save_standing(
            s,
            author="Alex Morgan, Scrutiny Officer",
            contact="scrutiny@example.gov.uk, 01234 567890",
            exempt_paragraph="2",
        )
        paper.save_meeting(
            s,
            meeting.id,
            agenda_item="7",
            purpose="To consider the third-quarter performance of children's services and "
            "agree the questions members will put to the director.",
        )
    return store


def render(out_dir: Path, *, docs: bool) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        store = build_store(Path(work) / "scrutineer.sqlite")
        charts = default_source()
        made: list[Path] = []
        try:
            for name, meeting, exempt in (
                ("briefing-whole", None, False),
                ("briefing-meeting", MEETING, False),
                ("briefing-exempt", None, True),
            ):
                with store.read_session() as s:
                    data = gather(s, meeting=meeting, include_exempt=exempt)
                target = out_dir / f"{name}.docx"
                documents.write("docx", data, target, charts=charts)
                made.append(target)
            with store.read_session() as s:
                data = gather(s, include_exempt=True)
            tracker = out_dir / "tracker-exempt.xlsx"
            documents.write("xlsx", data, tracker)
            made.append(tracker)
        finally:
            close = getattr(charts, "close", None)
            if callable(close):
                close()
        store.close()
    for path in made:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(path)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        pdf = path.with_suffix(".pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(pdf.with_suffix(""))],
                       check=True)  # fmt: skip
    if docs:  # the meeting's front page, and its first indicator page with action points
        pages = sorted(out_dir.glob("briefing-meeting-*.png"))
        pdf = out_dir / "briefing-meeting.pdf"
        texts = [
            subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           check=True, capture_output=True, text=True).stdout
            for n in range(1, len(pages) + 1)
        ]  # fmt: skip
        page = next(i for i, text in enumerate(texts) if "Action points" in text)
        shutil.copy(pages[0], REPO / "docs" / "briefing-front.png")
        shutil.copy(pages[page], REPO / "docs" / "briefing-page.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", action="store_true")
    args = parser.parse_args()
    render(args.out, docs=args.docs)


if __name__ == "__main__":
    main()
