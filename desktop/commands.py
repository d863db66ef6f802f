"""What each subcommand does, on top of the store, the importer, analysis and export."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths
from desktop.errors import UserError, one_line

Handler = Callable[..., int]

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.store import Store


@contextlib.contextmanager
def opened_store(data_dir: Path) -> Iterator[Store]:
    """Open (creating or upgrading) the store in ``data_dir``; problems become UserError."""
    from db.store import Store, StoreError

    paths.ensure_private_dir(data_dir)
    try:
        store = Store.open(paths.store_path(data_dir), wait_seconds=lock_wait_seconds())
    except StoreError as err:
        raise UserError(str(err), err.exit_code) from err
    try:
        yield store
    except StoreError as err:
        raise UserError(str(err), err.exit_code) from err
    finally:
        store.close()


def lock_wait_seconds() -> float:
    """How long to wait for another writer: 10 s (CONTRACT.md); tests may shorten it."""
    try:
        return max(0.0, float(os.environ.get("SCRUTINEER_LOCK_WAIT", "10")))
    except ValueError:
        return 10.0


def dispatch(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    from desktop.annotations import AnnotationError

    try:
        return _HANDLERS[args.command](args, data_dir=data_dir, started=started)
    except AnnotationError as err:
        raise UserError(str(err), 1) from err


def _handlers() -> dict[str, Handler]:
    return {
        "gui": cmd_gui,
        "import": cmd_import,
        "list": cmd_list,
        "note": cmd_note,
        "question": cmd_question,
        "export": cmd_export,
        "backup": cmd_backup,
        "restore": cmd_restore,
    }


# --- the window ---------------------------------------------------------------------------


def _no_display() -> bool:
    """On Linux, a window needs X11 or Wayland unless Qt was told to draw offscreen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    screenshot = Path(args.screenshot).resolve() if args.screenshot else None
    if not (args.smoke or screenshot) and _no_display():
        raise UserError(
            "there is no display to open the window on — run it in a desktop session "
            "(or use the command line, --smoke or --screenshot)",
            2,
        )
    from desktop.ui.app import run_gui

    if not args.demo:
        with opened_store(data_dir):
            pass  # create or upgrade the store, with CLI errors, before Qt starts
        return run_gui(
            paths.store_path(data_dir),
            demo=False,
            smoke=args.smoke,
            screenshot=screenshot,
            data_dir=data_dir,
            started=started,
        )
    demo_dir = Path(tempfile.mkdtemp(prefix="scrutineer-demo-"))
    try:
        os.chmod(demo_dir, 0o700)
        seed_demo_store(demo_dir)
        return run_gui(
            paths.store_path(demo_dir),
            demo=True,
            smoke=args.smoke,
            screenshot=screenshot,
            data_dir=demo_dir,
            started=started,
        )
    finally:
        shutil.rmtree(demo_dir, ignore_errors=True)


def seed_demo_store(demo_dir: Path) -> None:
    """A throw-away store holding the bundled sample scorecard."""
    from desktop.scorecard.importer import import_file

    with opened_store(demo_dir) as store:
        report = import_file(store, paths.sample_scorecard())
        if report.status == "refused":
            raise UserError(f"the bundled sample could not be read: {report.error}")


# --- import -------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    from desktop.scorecard.importer import import_file

    refused = 0
    with opened_store(data_dir) as store:
        for name in args.files:
            report = import_file(
                store,
                Path(name),
                sheet=args.sheet,
                area=args.area,
                profile=args.profile,
                password=args.password,
                dry_run=args.dry_run,
                accept=args.accept,
                explain=args.explain,
            )
            shown = {**report.to_json(), "file": name}
            if args.explain and not args.json:
                for line in report.explain:
                    print(line)
            if args.json:
                print(json.dumps(shown, ensure_ascii=False), flush=True)
            else:
                _print_report(shown, dry_run=args.dry_run)
            if args.explain and args.json:
                for line in report.explain:
                    print(line, file=sys.stderr)
            if report.status == "refused":
                refused += 1
                print(f"error: {one_line(report.error or 'refused')}", file=sys.stderr)
            elif report.status == "needs_review":
                refused += 1
                print(
                    f"error: {name} was not imported: {len(report.review)} doubts about how it "
                    "reads — see them with --explain, fix the file, or import it as read with "
                    "--accept",
                    file=sys.stderr,
                )
    return 1 if refused else 0


def _print_report(report: dict[str, object], *, dry_run: bool) -> None:
    status = str(report["status"])
    if status == "refused":
        print(f"refused {report['file']}")
        return
    review = report.get("review") or []
    assert isinstance(review, list)
    if status == "needs_review":
        print(f"needs review {report['file']}: nothing imported, {len(review)} doubts")
        for line in review:
            print(f"  review: {line}")
        return
    verb = "would import" if dry_run and status == "imported" else status
    warnings = report.get("warnings") or []
    assert isinstance(warnings, list)
    print(
        f"{verb} {report['file']}: {report['indicators']} indicators, "
        f"{report['observations']} observations, {len(warnings)} warnings"
    )
    for w in warnings[:50]:
        print(f"  warning: {w}")
    if len(warnings) > 50:
        print(f"  … and {len(warnings) - 50} more warnings")


# --- list ---------------------------------------------------------------------------------

_LETTER = {"red": "R", "amber": "A", "green": "G"}
_ARROW = {"improving": "improving", "worsening": "worsening", "no_change": "no change"}


def cmd_list(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    from desktop.catalogue import load_views, summary_dict

    with opened_store(data_dir) as store, store.session() as session:
        views = load_views(session)
    if args.portfolio:
        wanted = args.portfolio.strip().casefold()
        views = [v for v in views if (v.portfolio or "").strip().casefold() == wanted]
    if args.rag:
        views = [v for v in views if v.latest_rag == args.rag]
    if args.json:
        print(json.dumps([summary_dict(v) for v in views], ensure_ascii=False, indent=2))
        return 0
    if not views:
        print("no indicators match" if (args.rag or args.portfolio) else "the store is empty")
        return 0
    for v in views:
        latest = v.latest
        rag = _LETTER.get(v.latest_rag or "", "-")
        value = "no data" if latest is None else _value_text(latest.actual, v.unit)
        target = (
            ""
            if latest is None or latest.target is None
            else (f" vs {_value_text(latest.target, v.unit)}")
        )
        period = "" if latest is None else f" ({latest.period.label})"
        trend = _ARROW.get(v.assessment.direction_previous or "", "")
        flags = ",".join(sorted(v.flag_rules))
        extra = "  ".join(x for x in (trend, f"[{flags}]" if flags else "") if x)
        print(f"{rag}  {v.code or '':<8} {v.name}: {value}{target}{period}  {extra}".rstrip())
    return 0


def _value_text(value: float | None, unit: str | None) -> str:
    """Figures worded as the analysis and the briefing word them (54.0%, £1,234, 12 days)."""
    from desktop.analysis.numbers import finite, fmt_value

    number = finite(value)
    return "-" if number is None else fmt_value(number, unit)


# --- notes and questions -----------------------------------------------------------------


def _resolve_indicator(session: Session, ref: str) -> int:
    from db.queries import find_indicators

    matches = find_indicators(session, ref)
    if not matches:
        raise UserError(f"no indicator '{ref}' — use its code or exact name (see 'list')", 2)
    if len(matches) > 1:
        listed = ", ".join(f"{m.portfolio or ''}/{m.code or m.name}" for m in matches[:8])
        raise UserError(
            f"'{ref}' matches {len(matches)} indicators: {listed} — use PORTFOLIO/CODE", 2
        )
    return matches[0].id


def _resolve_period(session: Session, indicator_id: int, label: str) -> int:
    from db.queries import load_indicators

    records = load_indicators(session, indicator_ids=[indicator_id])
    wanted = " ".join(label.split()).casefold()
    periods = [o.period for r in records for o in r.observations]
    for p in periods:
        if p.label.casefold() == wanted:
            return p.id
    from desktop.scorecard.parse.periods import parse_period

    parsed = parse_period(label)
    for p in periods:
        if parsed and (p.start, p.end, p.kind) == (parsed.start, parsed.end, parsed.kind):
            return p.id
    known = ", ".join(p.label for p in periods[-6:]) or "none"
    raise UserError(f"no period '{label}' for that indicator — its periods include: {known}", 2)


def cmd_note(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    from desktop import annotations

    text = args.text.strip()
    if not text:
        raise UserError("the note is empty — give the text to record", 2)
    with opened_store(data_dir) as store, store.session() as session:
        indicator_id = _resolve_indicator(session, args.indicator)
        period_id = _resolve_period(session, indicator_id, args.period) if args.period else None
        annotations.add_note(session, indicator_id, text, period_id=period_id, exempt=args.exempt)
    print("note recorded" + (" (exempt)" if args.exempt else ""))
    return 0


def cmd_question(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    from desktop import annotations

    text = args.text.strip()
    if not text:
        raise UserError("the question is empty — give the text to record", 2)
    with opened_store(data_dir) as store, store.session() as session:
        indicator_id = _resolve_indicator(session, args.indicator)
        meeting_id = None
        if args.meeting:
            meeting_id = annotations.meeting_by_name(session, args.meeting, create=True).id
        annotations.add_question(
            session,
            indicator_id,
            text,
            addressed_to=(args.to or None),
            meeting_id=meeting_id,
            status="to_raise",
        )
    print("question recorded" + (f" for {args.meeting}" if args.meeting else ""))
    return 0


# --- export, backup, restore --------------------------------------------------------------


def cmd_export(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    from desktop.export.gather import ExportError, gather

    if args.out == "-" and args.format != "json":
        raise UserError(f"--out - writes JSON only — give a file name for {args.format}", 2)
    with opened_store(data_dir) as store, store.session() as session:
        try:
            data = gather(session, include_exempt=args.include_exempt, meeting=args.meeting)
        except ExportError as err:
            raise UserError(str(err), 2) from err
    if args.format == "json":
        from desktop.export.json_export import to_json_text

        text = to_json_text(data)
        if args.out == "-":
            sys.stdout.write(text)
            return 0
        _write_atomically(Path(args.out), text.encode("utf-8"))
    else:
        from desktop.export import documents

        out = Path(args.out)
        documents.write(args.format, data, out)
    print(f"exported {args.format} to {args.out}", file=sys.stderr)
    return 0


def _write_atomically(path: Path, payload: bytes) -> None:
    from desktop.export.documents import replace_atomically

    path = path.expanduser()
    if not path.parent.is_dir():
        raise UserError(f"cannot write {path}: the folder does not exist — create it first", 1)
    replace_atomically(path, payload)


def cmd_backup(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise UserError(f"cannot write {out}: the folder does not exist — create it first", 1)
    with opened_store(data_dir) as store:
        store.backup(out)
    print(f"backed up to {out}")
    return 0


def cmd_restore(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    from db.store import StoreError, restore

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"cannot read {source}: no such file — check the path", 1)
    paths.ensure_private_dir(data_dir)
    try:
        kept = restore(paths.store_path(data_dir), source)
    except StoreError as err:
        raise UserError(str(err), err.exit_code) from err
    print(f"restored from {source}" + (f"; the previous store was kept as {kept}" if kept else ""))
    return 0


_HANDLERS = _handlers()
