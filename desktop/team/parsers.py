"""The ``team`` and ``sync`` subcommands' arguments: light, so every start can build the parser."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    team = sub.add_parser("team", help="share this store with a team (PostgreSQL)")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create or upgrade the team schema")
    create.add_argument("url", metavar="URL", help="postgresql+psycopg://OWNER@HOST/DB")
    join = actions.add_parser("join", help="link this store to a team")
    join.add_argument("url", metavar="URL", help="postgresql+psycopg://NAME@HOST/DB")
    join.add_argument("--member", metavar="NAME", help="your member name (database login)")
    st = actions.add_parser("status", help="the team, last sync, changes waiting")
    st.add_argument("--json", action="store_true", help="print a JSON object")
    actions.add_parser("leave", help="unlink this store; local data stays")
    member = actions.add_parser("member", help="(team owner) add or change a member")
    member.add_argument("name", metavar="NAME")
    member.add_argument("--part2", action="store_true", help="may see exempt (Part 2) items")
    member.add_argument(
        "--committee", action="append", default=[], metavar="NAME",
        help="a committee the member belongs to (repeat for several)",
    )  # fmt: skip
    member.add_argument(
        "--password", action="store_true",
        help="ask for a password to set on the member's login",
    )  # fmt: skip
    sy = sub.add_parser("sync", help="push this store's changes, pull everyone else's")
    sy.add_argument("--json", action="store_true", help="print a JSON object")
