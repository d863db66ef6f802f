"""Driving laptops of a team through the real command line."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from desktop import cli
from tests.team.pg import Cluster


class Laptop:
    """One member's data directory, run through ``cli.run`` like the real program."""

    def __init__(self, root: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.dir = root / name
        self.capsys = capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = cli.run(["--data-dir", str(self.dir), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 0, (args, out, err)
        return out

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def sync(self) -> dict[str, Any]:
        result: dict[str, Any] = self.json("sync")
        return result

    def export(self, *extra: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(
            self.ok("export", "--format", "json", "--out", "-", *extra)
        )
        data.pop("exported_at")  # the only thing two exports of the same store differ in
        return data


def set_up_team(
    cluster: Cluster,
    database: str,
    admin: Laptop,
    members: Sequence[tuple[Laptop, str, Sequence[str]]],
) -> None:
    """The council's database administrator creates the team and adds each member (a role
    of its own); each member's laptop joins as that member."""
    admin.ok("team", "create", cluster.url("postgres", database))
    admin.ok("team", "join", cluster.url("postgres", database))
    for laptop, name, options in members:
        admin.ok("team", "member", name, *options)
        laptop.ok("team", "join", cluster.url(name, database))
