"""The ``team`` and ``sync`` subcommands of CONTRACT.md."""

from __future__ import annotations

import argparse
import getpass
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy.engine import URL

from db.store import Store
from desktop.errors import UserError
from desktop.team import server
from desktop.team import sync as team_sync

OpenStore = Callable[[Path], AbstractContextManager[Store]]


def _linked_url(store: Store) -> URL:
    return server.parse_url(team_sync.linked_url(store))


def cmd_team(
    args: argparse.Namespace, *, data_dir: Path, started: float, opened_store: OpenStore
) -> int:
    action = args.team_command
    if action == "create":
        url = server.parse_url(args.url)
        with server.connect(url) as conn:
            before = server.schema_revision(conn)
            revision = server.create_or_upgrade(conn)
        verb = (
            "created" if before is None else ("is up to date" if before == revision else "upgraded")
        )
        print(f"team schema {verb} in {server.public_url(url)} ({revision})")
        return 0
    if action == "member":
        return _cmd_member(args, data_dir, opened_store)
    with opened_store(data_dir) as store:
        if action == "join":
            url = server.parse_url(args.url)
            member = args.member or url.username or getpass.getuser()
            server.check_role_name(member)
            url = url.set(username=member)
            with server.connect(url) as conn:
                if server.schema_revision(conn) is None:
                    raise UserError(
                        f"{server.public_url(url)} holds no team yet — ask the team's owner to"
                        " run 'team create URL' first",
                        1,
                    )
                if server.my_grants(conn) is None:
                    raise UserError(
                        f"{member} is not a member of this team — ask the team's owner to run"
                        f" 'team member {member}'",
                        1,
                    )
            team_sync.link(store, server.public_url(url), member)
            print(f"joined {server.public_url(url)} as {member}; run 'sync' to share")
            return 0
        if action == "leave":
            left = team_sync.unlink(store)
            print("left the team; everything stays in this store" if left else "not in a team")
            return 0
        state = team_sync.status(store)
        if args.json:
            print(json.dumps(state.as_json(), ensure_ascii=False))
        elif state.url is None:
            print("not in a team — join one with: team join URL [--member NAME]")
        else:
            print(f"team: {state.url} as {state.member}")
            print(f"last sync: {state.last_sync or 'never'}")
            print(f"changes waiting: {state.waiting}")
            print(f"conflicts not yet seen: {len(state.conflicts)}")
        return 0


def _cmd_member(args: argparse.Namespace, data_dir: Path, opened_store: OpenStore) -> int:
    server.check_role_name(args.name)
    with opened_store(data_dir) as store:
        url = _linked_url(store)
    password = None
    if args.password:
        password = getpass.getpass(f"New password for {args.name}: ")
        if password != getpass.getpass("Again: "):
            raise UserError("the two passwords differ — run the command again", 2)
    with server.connect(url) as conn:
        new = server.set_member(
            conn, args.name, part2=args.part2, committees=args.committee, password=password
        )
    grants = ["Part 2" if args.part2 else "no Part 2"]
    if args.committee:
        grants.append("committees: " + ", ".join(args.committee))
    print(f"{'added' if new else 'changed'} member {args.name} ({'; '.join(grants)})")
    return 0


def cmd_sync(
    args: argparse.Namespace, *, data_dir: Path, started: float, opened_store: OpenStore
) -> int:
    with opened_store(data_dir) as store:
        result = team_sync.sync(store)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print(f"pushed {result.pushed}, pulled {result.pulled}")
        if result.withheld:
            print(
                f"kept here only: {result.withheld} Part 2 or other committees' record(s)"
                " this member may not share"
            )
        for c in result.conflicts:
            print(f"conflict on {c.record} {c.field}: kept {c.kept!r}, other {c.other!r}")
    return 0
