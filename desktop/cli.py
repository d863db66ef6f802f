"""The command line of CONTRACT.md: parse, dispatch, and turn problems into one-line errors."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desktop import __version__
from desktop.errors import UserError, log_bug, one_line, scrub

COMMANDS = (
    "gui", "import", "list", "note", "question", "export", "answers", "paper", "backup",
    "restore", "team", "sync",
)  # fmt: skip
HELP_HINT = "run 'scrutineer --help' for usage"
_VALUE_OPTIONS = ("--data-dir", "--screenshot")  # global options that take a value


class _Parser(argparse.ArgumentParser):
    """argparse with CONTRACT.md's one-line usage errors (exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{one_line(message)} — {HELP_HINT}", exit_code=2)


def _gui_options(p: argparse.ArgumentParser, *, defaults: bool) -> None:
    kw = {} if defaults else {"default": argparse.SUPPRESS}
    p.add_argument(
        "--demo", action="store_true", help="open a throw-away store with the sample", **kw
    )
    p.add_argument(
        "--smoke", action="store_true", help="build the window offscreen, print timing", **kw
    )
    p.add_argument(
        "--screenshot", metavar="PNG", help="render the main window to PNG and exit", **kw
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="scrutineer",
        description="Read council performance scorecards offline, find what matters, "
        "and carry questions from meeting to meeting.",
    )
    parser.add_argument("--version", action="version", version=f"scrutineer {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where the store lives")
    _gui_options(parser, defaults=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the window (the default)")
    _gui_options(gui, defaults=False)

    imp = sub.add_parser("import", help="import scorecards (.xlsx .xlsm .xls .ods .csv)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--sheet", metavar="NAME", help="read only this sheet")
    imp.add_argument("--area", metavar="NAME", help="the area to import from a many-area file")
    imp.add_argument("--profile", metavar="NAME", help="use a saved column mapping")
    imp.add_argument("--password", metavar="PW", help="password of a protected workbook")
    imp.add_argument("--dry-run", action="store_true", help="read and report, store nothing")
    imp.add_argument("--json", action="store_true", help="one JSON object per file")
    imp.add_argument(
        "--accept", action="store_true", help="import a doubtful reading as read (kept as warnings)"
    )
    imp.add_argument(
        "--explain", action="store_true", help="say how each table was read, column by column"
    )

    lst = sub.add_parser("list", help="list indicators with their latest RAG")
    lst.add_argument("--rag", choices=("red", "amber", "green"))
    lst.add_argument("--portfolio", metavar="NAME")
    lst.add_argument("--json", action="store_true", help="print a JSON array")

    note = sub.add_parser("note", help="add a note to an indicator")
    note.add_argument("indicator", metavar="INDICATOR")
    note.add_argument("text", metavar="TEXT")
    note.add_argument("--period", metavar="LABEL", help='e.g. "Q1 2024/25"')
    note.add_argument("--exempt", action="store_true", help="Part 2: left out of exports")
    note.add_argument("--shared", action="store_true", help="share it with the team")

    q = sub.add_parser("question", help="record a question to raise")
    q.add_argument("indicator", metavar="INDICATOR")
    q.add_argument("text", metavar="TEXT")
    q.add_argument("--to", metavar="WHOM", help="who it is addressed to")
    q.add_argument("--meeting", metavar="NAME", help="the meeting it is for")

    exp = sub.add_parser("export", help="export to JSON, Excel or Word")
    exp.add_argument("--format", required=True, choices=("json", "xlsx", "docx"))
    exp.add_argument("--out", required=True, metavar="PATH", help="file to write; - for stdout")
    exp.add_argument("--include-exempt", action="store_true", help="include Part 2 material")
    exp.add_argument("--meeting", metavar="NAME", help="only this meeting's agenda")

    ans = sub.add_parser("answers", help="apply the answers in a tracker officers filled in")
    ans.add_argument("file", metavar="FILE")
    ans.add_argument("--json", action="store_true", help="print the report as JSON")

    _paper_parser(sub)

    bak = sub.add_parser("backup", help="a consistent copy of the store")
    bak.add_argument("--out", required=True, metavar="FILE")

    res = sub.add_parser("restore", help="replace the store with a backup")
    res.add_argument("file", metavar="FILE")

    from desktop.team.parsers import add_parsers as add_team_parsers

    add_team_parsers(sub)
    return parser


def _paper_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
    paper = sub.add_parser(
        "paper",
        help="set or show the briefing's committee-paper details",
        description="Set the details the Word briefing's front sheet shows, then print them. "
        "With --meeting, the agenda item, purpose and Schedule 12A paragraph are that "
        "meeting's; without it, they are the whole-scorecard briefing's (the paragraph is "
        "then the usual one, used by every meeting that names none). The author and contact "
        'go on every briefing. An empty value ("") forgets one.',
    )
    paper.add_argument("--meeting", metavar="NAME", help="the meeting whose paper this is")
    paper.add_argument("--agenda-item", metavar="TEXT", help='the agenda item number, e.g. "7"')
    paper.add_argument("--purpose", metavar="TEXT", help="the purpose of the paper, in a sentence")
    paper.add_argument("--author", metavar="TEXT", help="the report author (every briefing)")
    paper.add_argument("--contact", metavar="TEXT", help="who to contact (every briefing)")
    paper.add_argument(
        "--exempt-paragraph",
        metavar="N",
        help="the Schedule 12A paragraph(s) exempt material falls under, e.g. 3 or 1,2",
    )
    paper.add_argument("--json", action="store_true", help="print the details as JSON")


def _with_default_command(argv: Sequence[str]) -> list[str]:
    """Insert ``gui`` when no subcommand is named (``gui`` is the default)."""
    args = list(argv)
    i = 0
    while i < len(args):
        token = args[i]
        if token in _VALUE_OPTIONS:
            i += 2
            continue
        if token.startswith("-"):
            i += 1
            continue
        return args if token in COMMANDS else [*args[:i], "gui", *args[i:]]
    if any(a in ("-h", "--help", "--version") for a in args):
        return args
    return [*args, "gui"]


def private_umask() -> None:
    """Everything the app creates (settings, logs, exports) is readable by the user alone.

    Qt rewrites its settings file through a fresh file each time, so a mode set once would
    not last; a umask does. (Windows ignores it: there the profile folder is private.)
    """
    with contextlib.suppress(AttributeError):
        os.umask(0o077)


def run(argv: Sequence[str], *, started: float | None = None) -> int:
    started = time.perf_counter() if started is None else started
    private_umask()
    data_dir: Path | None = None
    try:
        args = build_parser().parse_args(_with_default_command(argv))
        from desktop import paths

        data_dir = paths.resolve_data_dir(args.data_dir)
        from desktop import commands

        return commands.dispatch(args, data_dir=data_dir, started=started)
    except UserError as err:
        print(f"error: {one_line(str(err))}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("error: interrupted — nothing more was changed", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `list --json | head`: the reader has what it wanted
        with contextlib.suppress(OSError, ValueError):  # no second complaint at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: log it, say so in one line
        from desktop import paths

        logs = paths.logs_dir(data_dir) if data_dir else Path.cwd()
        where = log_bug(logs, type(exc), exc, exc.__traceback__)
        hint = f"details were written to {where}" if where else "details could not be logged"
        print(
            f"error: unexpected problem ({type(exc).__name__}: {scrub(str(exc))[:200]}) — "
            f"{hint}; please report it",
            file=sys.stderr,
        )
        return 1
