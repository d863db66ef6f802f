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
    from desktop.export.data import ExportData
    from desktop.scorecard.importer import ImportReport


@contextlib.contextmanager
def opened_store(data_dir: Path) -> Iterator[Store]:
    """Open (creating or upgrading) the store in ``data_dir``; problems become UserError."""
    from db.store import Store, StoreError

    paths.ensure_private_dir(data_dir)
    try:
        store = Store.open(paths.store_path(data_dir), wait_seconds=lock_wait_seconds())
    except StoreError as err:
        raise UserError(str(err), err.exit_code) from err
    for what, where in (("the data folder", data_dir), ("the store", store.path)):
        warning = paths.wide_permissions(where, what)
        if warning:
            print(warning, file=sys.stderr)
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
    try:
        return _HANDLERS[args.command](args, data_dir=data_dir, started=started)
    except Exception as err:
        # only a command that loaded the annotations can raise their error: the window's
        # start does not import them (nor SQLAlchemy) before its first paint
        annotations = sys.modules.get("desktop.annotations")
        if annotations is not None and isinstance(err, annotations.AnnotationError):
            raise UserError(str(err), 1) from err
        raise


def _handlers() -> dict[str, Handler]:
    return {
        "gui": cmd_gui,
        "import": cmd_import,
        "list": cmd_list,
        "note": cmd_note,
        "question": cmd_question,
        "export": cmd_export,
        "answers": cmd_answers,
        "paper": cmd_paper,
        "backup": cmd_backup,
        "restore": cmd_restore,
        "team": _team("cmd_team"),
        "sync": _team("cmd_sync"),
    }


def _team(name: str) -> Handler:
    """A team subcommand, imported only when it is run."""

    def handler(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
        from desktop.team import commands as team_commands

        run = getattr(team_commands, name)
        result: int = run(args, data_dir=data_dir, started=started, opened_store=opened_store)
        return result

    return handler


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
    from db.store import StoreError
    from desktop.scorecard.importer import ImportReport, import_file

    worst = 0
    queue = list(args.files)
    waiting: set[str] = set()  # dictionaries read again once the figures after them are in
    _cap_memory()
    try:
        with opened_store(data_dir) as store:
            while queue:
                name = queue.pop(0)
                try:
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
                except StoreError as err:  # the disk filled, the store is busy: this file only
                    report = ImportReport(name, "refused", error=one_line(str(err)))
                    worst = max(worst, err.exit_code)
                if report.awaits_figures and len(args.files) > 1 and name not in waiting:
                    waiting.add(name)
                    queue.append(name)
                    continue
                _show_import(report, name, args)
                if report.status in ("refused", "needs_review"):
                    worst = max(worst, 1)
    except UserError as err:  # the store cannot be opened: every file is refused for it
        if args.json:
            for name in args.files:
                refused = ImportReport(name, "refused", error=one_line(str(err)))
                print(json.dumps({**refused.to_json(), "file": name}), flush=True)
        raise
    return worst


IMPORT_MEMORY_CAP = 6 << 30


def _cap_memory() -> None:
    """A second line behind the readers' own limits: an import never takes the whole machine.

    The address-space cap turns a runaway allocation into a refused file instead of a
    laptop brought to a halt (POSIX only; Windows has no per-process equivalent here).
    """
    if os.environ.get("SCRUTINEER_NO_MEMORY_CAP"):  # the test run imports in-process
        return
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = IMPORT_MEMORY_CAP if hard == resource.RLIM_INFINITY else min(hard, IMPORT_MEMORY_CAP)
    if soft == resource.RLIM_INFINITY or soft > cap:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _show_import(report: ImportReport, name: str, args: argparse.Namespace) -> None:
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
        print(f"error: {one_line(report.error or 'refused')}", file=sys.stderr)
    elif report.status == "needs_review":
        print(
            f"error: {name} was not imported: {len(report.review)} doubts about how it "
            "reads — see them with --explain, fix the file, or import it as read with --accept",
            file=sys.stderr,
        )


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

_LETTER = {"red": "R", "amber": "A", "green": "G"}  # as wording.RAG_LETTERS


def cmd_list(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    from desktop.catalogue import load_summaries, summary_dict

    with opened_store(data_dir) as store, store.session() as session:
        views = load_summaries(session, repair=True)
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
    from desktop.wording import DIRECTION_WORDS

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
        trend = DIRECTION_WORDS.get(v.direction_previous or "", "")
        flags = ",".join(sorted(v.flag_rules))
        extra = "  ".join(x for x in (trend, f"[{flags}]" if flags else "") if x)
        print(f"{rag}  {v.code or '':<8} {v.name}: {value}{target}{period}  {extra}".rstrip())
    return 0


def _value_text(value: float | None, unit: str | None) -> str:
    """Figures worded as the window and the briefing word them (56.4%, £1,234, 9.5 days)."""
    from desktop.wording import format_value

    return "-" if value is None else format_value(value, unit).replace("—", "-")


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
        annotations.add_note(
            session,
            indicator_id,
            text,
            period_id=period_id,
            exempt=args.exempt,
            shared=args.shared,
        )
    kinds = [k for k, on in (("exempt", args.exempt), ("shared", args.shared)) if on]
    print("note recorded" + (f" ({', '.join(kinds)})" if kinds else ""))
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
    elif args.format == "xlsx":
        from desktop.export import documents

        documents.write(args.format, data, Path(args.out))
    else:
        note = _export_briefing(data, Path(args.out))
        print(f"exported {args.format} to {args.out}", file=sys.stderr)
        print(note, file=sys.stderr)
        return 0
    print(f"exported {args.format} to {args.out}", file=sys.stderr)
    return 0


def _export_briefing(data: ExportData, out: Path) -> str:
    """Write the briefing and, where LibreOffice is installed, its tagged PDF as a pair (a
    failed or cancelled PDF never leaves the new briefing beside an earlier PDF); the line
    that says what became of the PDF."""
    from desktop.export import documents
    from desktop.export.pdf import briefing_and_pdf
    from desktop.ui.chart_source import default_source  # the one path that loads Qt

    target = documents.checked(out)
    charts = default_source()
    try:
        payload = documents.briefing_bytes(data, charts=charts)
    finally:
        close = getattr(charts, "close", None)
        if callable(close):
            close()
    return briefing_and_pdf(payload, target).note


def cmd_answers(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    """Apply a returned tracker; exit 1 when any row was refused."""
    from desktop.export.tracker_import import import_tracker

    source = Path(args.file).expanduser()
    with opened_store(data_dir) as store, store.session() as session:
        report = import_tracker(session, source)
    if args.json:
        print(json.dumps(report.as_json(args.file), ensure_ascii=False))
    else:
        print("\n".join(report.lines()))
    if report.refused_rows:
        print(
            f"error: {len(report.refused_rows)} rows of {source.name} were refused"
            " — see the reasons above, correct them and import the file again",
            file=sys.stderr,
        )
        return 1
    return 0


PAPER_LINES = (
    ("agenda_item", "Agenda item"),
    ("purpose", "Purpose"),
    ("author", "Report author"),
    ("contact", "Contact"),
    ("exempt_paragraph", "Schedule 12A paragraph"),
)


PAPER_UNSET = {
    "": "not set (the briefing leaves it for the clerk)",
    "purpose": "not set (the briefing says what it covers)",
    "exempt_paragraph": "not set (the briefing cites Schedule 12A as a whole)",
}


def cmd_paper(args: argparse.Namespace, *, data_dir: Path, started: float) -> int:
    """Set the briefing's committee-paper details given, then print what a briefing will use."""
    from desktop.annotations import meeting_by_name
    from desktop.export import paper

    given = {
        field: getattr(args, field)
        for field, _label in PAPER_LINES
        if getattr(args, field) is not None
    }
    with opened_store(data_dir) as store, store.session() as session:
        meeting = meeting_by_name(session, args.meeting) if args.meeting else None
        try:
            standing = {f: v for f, v in given.items() if f in ("author", "contact")}
            own = {f: v for f, v in given.items() if f not in standing}
            if meeting is None:
                paper.save_standing(session, **given)
            else:
                paper.save_standing(session, **standing)
                paper.save_meeting(session, meeting.id, **own)
        except paper.PaperError as err:
            raise UserError(str(err), 2) from err
        details = paper.effective(session, meeting.id if meeting else None)
    shown = {field: getattr(details, field) for field, _label in PAPER_LINES}
    if args.json:
        print(json.dumps({"meeting": meeting.name if meeting else None, **shown}))
        return 0
    print(f"Paper for: {meeting.name if meeting else 'the whole scorecard'}")
    for field, label in PAPER_LINES:
        print(f"{label}: {shown[field] or PAPER_UNSET.get(field, PAPER_UNSET[''])}")
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
