"""Offline guarantee: the main flows run with every network socket refused.

Import, list, note, question, the three exports and the window's smoke run, with
``socket.socket``, ``create_connection`` and ``getaddrinfo`` replaced by functions that
fail the test. (Only the team store's sync, when the user asks for it, may connect.)
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any, NoReturn

import pytest

from desktop.cli import run

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"


class NetworkUsed(AssertionError):
    """Raised in place of any socket the program tries to make."""


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"a network connection was attempted: {args[:2]}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_main_flows_run_with_sockets_disabled(
    offline: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    out = tmp_path / "out"
    out.mkdir()
    steps = [
        ["import", "--json", str(SAMPLE)],
        ["list", "--json"],
        ["note", "CS01", "Ask why the plans are late", "--exempt"],
        ["question", "CS01", "What is the recovery plan?", "--to", "Director"],
        ["export", "--format", "json", "--out", str(out / "all.json"), "--include-exempt"],
        ["export", "--format", "xlsx", "--out", str(out / "tracker.xlsx")],
        ["export", "--format", "docx", "--out", str(out / "briefing.docx")],
        ["backup", "--out", str(out / "copy.sqlite")],
        ["--smoke"],
    ]
    for step in steps:
        assert run(["--data-dir", data, *step]) == 0, (step, capsys.readouterr().err)
    captured = capsys.readouterr()
    assert "smoke ok" in captured.out
    exported = json.loads((out / "all.json").read_text(encoding="utf-8"))
    assert [n["text"] for n in exported["notes"]] == ["Ask why the plans are late"]
    assert {p.name for p in out.iterdir()} == {
        "all.json",
        "tracker.xlsx",
        "briefing.docx",
        "copy.sqlite",
    }
    assert offline == []
