"""A store for the export tests: the bundled sample scorecard plus a meeting, notes, questions."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from db.store import Store
from desktop import annotations as an
from desktop.catalogue import IndicatorView, load_views
from desktop.export.data import ExportData
from desktop.export.gather import gather
from desktop.scorecard.importer import import_file

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample_scorecard.xlsx"
MEETING = "Scrutiny 12 November 2025"
COMMITTEE = "Children and Young People Scrutiny Committee"
EXEMPT_NOTE = "Named family in the Smith case is at risk"
PUBLIC_NOTE = "Good progress; ask about the reintegration pilot."
FORMULA_QUESTION = "=SUM(A1:A3) drove exclusions down?"
ASKED_QUESTION = "Why are re-referrals rising again this quarter?"
ACTION_TEXT = "Report back on the re-referral audit"


@dataclass(frozen=True)
class ExportStore:
    store: Store
    ids: dict[str, int]  # indicator code -> id
    questions: dict[str, str]  # question text -> uid
    actions: dict[str, str]  # action text -> uid

    def data(self, *, include_exempt: bool = False, meeting: str | None = None) -> ExportData:
        with self.store.session() as session:
            return gather(session, include_exempt=include_exempt, meeting=meeting)

    def views(self) -> dict[str, IndicatorView]:
        with self.store.session() as session:
            return {v.code or v.name: v for v in load_views(session)}


_BUILT: list[tuple[bytes, ExportStore]] = []  # built once per run, then copied (imports are slow)


def build(tmp_path: Path) -> ExportStore:
    """The sample imported, with a meeting (agenda CS01), notes, questions and an action."""
    path = tmp_path / "scrutineer.sqlite"
    if _BUILT:
        payload, first = _BUILT[0]
        path.write_bytes(payload)
        return ExportStore(Store.open(path), first.ids, first.questions, first.actions)
    built = _build(path)
    built.store.close()
    _BUILT.append((path.read_bytes(), built))
    return ExportStore(Store.open(path), built.ids, built.questions, built.actions)


def _build(path: Path) -> ExportStore:
    store = Store.open(path)
    report = import_file(store, SAMPLE)
    assert report.status == "imported", report.error
    with store.session() as s:
        ids = {v.code or v.name: v.id for v in load_views(s)}
        meeting = an.add_meeting(s, MEETING, committee=COMMITTEE)
        an.add_agenda_item(s, meeting.id, ids["CS01"])
        asked = an.add_question(
            s,
            ids["CS06"],
            ASKED_QUESTION,
            addressed_to="Director of Children's Services",
            meeting_id=meeting.id,
            status="asked",
        )
        formula = an.add_question(s, ids["CS02"], FORMULA_QUESTION, meeting_id=meeting.id)
        extra = an.add_question(s, ids["HW03"], "+44 calls: who answers them?", status="to_raise")
        an.add_note(s, ids["CS02"], PUBLIC_NOTE)
        an.add_note(s, ids["CS06"], EXEMPT_NOTE, exempt=True)
        action = an.add_action(
            s,
            ACTION_TEXT,
            indicator_id=ids["CS06"],
            meeting_id=meeting.id,
            owner="Head of Safeguarding",
        )
        questions = {q.text: q.uid for q in (asked, formula, extra)}
        return ExportStore(store, ids, questions, {action.text: action.uid})


def png(width: int = 8, height: int = 4) -> bytes:
    """A small valid PNG (a plain grey picture), standing in for a drawn chart."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class FakeCharts:
    """A ChartSource that counts its calls and hands back a fixed picture."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        self.calls.append(view.id)
        return png()
