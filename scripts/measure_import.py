"""Measure the importer on the realistic fixtures: build each, import it through the command line, compare.

    .venv/bin/python scripts/measure_import.py              # every fixture
    .venv/bin/python scripts/measure_import.py --set dev    # development set only
    .venv/bin/python scripts/measure_import.py --set holdout     # first hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout2    # second hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout3    # third hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout4    # fourth hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout5    # fifth hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout6    # sixth hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout7    # seventh hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout8    # eighth hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout9    # ninth hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout10   # tenth hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout12   # twelfth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout14   # fourteenth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout15   # fifteenth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout16   # sixteenth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout17   # seventeenth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout18   # eighteenth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout19   # nineteenth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout20   # twentieth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout21   # twenty-first batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout22   # twenty-second batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout23   # twenty-third batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout24   # twenty-fourth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout25   # twenty-fifth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout26   # twenty-sixth batch's hold-out set
    .venv/bin/python scripts/measure_import.py --set holdout27   # twenty-seventh batch's hold-out set
    .venv/bin/python scripts/measure_import.py --only pentana_export --verbose
    .venv/bin/python scripts/measure_import.py --formats    # also .ods and .xls via LibreOffice

An observation is *exact* when its period, actual (1e-6 relative), text,
target and published RAG are those a careful reader takes from the sheet;
*missing* when the import has no observation for that indicator and period;
*wrong* when it has one with something different; *spurious* when the import
has an observation the sheet does not hold. "Silently wrong" is wrong plus
spurious. The percentages count only files imported without review. An indicator the sheet
gives once whose figures were stored under two or more indicators is counted apart, as
*split*: each figure may be exact, yet a member's notes and trends attach to one copy only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.realistic import catalogue  # noqa: E402
from tests.realistic.scoring import Outcome, compare  # noqa: E402

TIMEOUT = 300


@dataclass
class Run:
    status: str
    error: str
    export: dict[str, Any] | None
    review: list[str]


def run_cli(python: str, store: Path, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    cmd = [python, str(ROOT / "main.py"), "--data-dir", str(store), *args]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, env=env, cwd=ROOT)


def import_and_export(python: str, store: Path, path: Path, options: Sequence[str]) -> Run:
    """Import one file into a fresh store; the status and, when written, the store's JSON export."""
    try:
        done = run_cli(python, store, ["import", str(path), "--json", *options])
    except subprocess.TimeoutExpired:
        return Run("timeout", f"no answer in {TIMEOUT} s", None, [])
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if "Traceback" in done.stderr or not lines or done.returncode not in (0, 1):
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return Run("crash", f"exit {done.returncode}: {last[:200]}", None, [])
    try:
        report = json.loads(lines[-1])
    except json.JSONDecodeError:
        return Run("crash", "import --json printed no JSON", None, [])
    status = str(report.get("status"))
    error = str(report.get("error") or "")
    review = [str(r) for r in report.get("review") or []]
    if status not in ("imported", "unchanged"):
        return Run(status, error, None, review)
    try:
        out = run_cli(python, store, ["export", "--format", "json", "--out", "-"])
    except subprocess.TimeoutExpired:
        return Run("crash", "export timed out", None, review)
    if out.returncode != 0 or "Traceback" in out.stderr:
        return Run(
            "crash", f"export exit {out.returncode}: {out.stderr.strip()[-200:]}", None, review
        )
    return Run(status, error, json.loads(out.stdout), review)


def measure(fixture: catalogue.Fixture, python: str, work: Path) -> Outcome:
    outcome = Outcome(fixture.name, fixture.holdout, fixture.status)
    folder = work / fixture.name
    folder.mkdir()
    try:
        path, expected = fixture.build(folder)
    except Exception as exc:  # a broken builder is reported, never stops the run
        outcome.status, outcome.note = "build-error", f"{type(exc).__name__}: {exc}"
        return outcome
    outcome.expected = len(expected.observations)
    run = import_and_export(python, folder / "store", path, fixture.options)
    outcome.status = run.status
    outcome.note = run.error or ("; ".join(run.review)[:200] if run.review else "")
    if run.export is None:
        outcome.missing = outcome.expected
        return outcome
    compare(outcome, expected, run.export)
    return outcome


# --- other formats ---------------------------------------------------------------


def convert(files: Sequence[Path], fmt: str, outdir: Path, profile: Path) -> str:
    """Convert with LibreOffice headless in one call; '' or why it failed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return "soffice not found"
    outdir.mkdir(exist_ok=True)
    cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
           "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)]  # fmt: skip
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        return "soffice timed out"
    return "" if done.returncode == 0 else done.stderr.strip()[-200:]


def _observation_set(export: dict[str, Any]) -> set[tuple[object, ...]]:
    found: set[tuple[object, ...]] = set()
    for ind in export.get("indicators", []):
        for obs in ind.get("observations", []):
            source = obs.get("source") or {}
            found.add((ind.get("code"), ind.get("name"), ind.get("polarity"), ind.get("unit"),
                       obs["period"], obs.get("actual"), obs.get("actual_text"), obs.get("target"),
                       obs.get("rag"), source.get("sheet"), source.get("cell")))  # fmt: skip
    return found


def measure_formats(fixtures: Sequence[catalogue.Fixture], python: str, work: Path) -> list[str]:
    """Import each .xlsx fixture's .ods and .xls conversions and compare with the .xlsx import."""
    built: dict[str, tuple[catalogue.Fixture, Path]] = {}
    for fixture in fixtures:
        if not fixture.filename.endswith(".xlsx"):
            continue
        folder = work / "formats" / fixture.name
        folder.mkdir(parents=True)
        try:
            path, _ = fixture.build(folder)
        except Exception as exc:
            print(f"{fixture.name}: build failed: {exc}")
            continue
        built[fixture.name] = (fixture, path)
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        print(line, flush=True)

    same = total = alike_refused = 0
    for fmt in ("ods", "xls"):
        outdir = work / "formats" / f"as-{fmt}"
        why = convert([p for _, p in built.values()], fmt, outdir, work / "lo-profile")
        if why:
            say(f"{fmt}: conversion failed: {why}")
            continue
        for name, (fixture, path) in sorted(built.items()):
            total += 1
            other = outdir / f"{path.stem}.{fmt}"
            if not other.is_file():
                say(f"{name:<28} {fmt}: not converted")
                continue
            base = import_and_export(
                python, work / "formats" / name / f"store-xlsx-{fmt}", path, fixture.options
            )
            conv = import_and_export(
                python, work / "formats" / name / f"store-{fmt}", other, fixture.options
            )
            if base.status != conv.status:
                say(
                    f"{name:<28} {fmt}: status {conv.status} (xlsx {base.status}) {conv.error[:80]}"
                )
                continue
            if base.export is None or conv.export is None:
                same += 1
                alike_refused += 1
                say(f"{name:<28} {fmt}: same status {conv.status}")
                continue
            a, b = _observation_set(base.export), _observation_set(conv.export)
            if a == b:
                same += 1
                say(f"{name:<28} {fmt}: identical ({len(a)} observations)")
            else:
                say(
                    f"{name:<28} {fmt}: DIFFERENT: {len(a - b)} only in xlsx, {len(b - a)} only in {fmt}"
                )
                for item in sorted(map(str, b - a))[:3]:
                    say(f"{'':<30}{fmt} has {item}")
    say(
        f"formats: {same}/{total} conversions import the same as the .xlsx "
        f"({same - alike_refused} with identical observations, {alike_refused} refused alike)"
    )
    return lines


# --- report ----------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"


HEAD = (
    f"{'fixture':<28} {'set':<4} {'expected':<12} {'got':<12} {'obs':>4} {'exact':>5} "
    f"{'miss':>4} {'wrong':>5} {'spur':>4} {'meta':>5}  note"
)


def print_row(o: Outcome, verbose: bool) -> None:
    meta = f"{o.meta_right}/{o.meta_expected}" if o.meta_expected else "-"
    print(f"{o.name:<28} {'hold' if o.holdout else 'dev':<4} {o.expected_status:<12} {o.status:<12} "
          f"{o.expected:>4} {o.exact:>5} {o.missing:>4} {o.wrong:>5} {o.spurious:>4} {meta:>5}  {o.note[:70]}",
          flush=True)  # fmt: skip
    if verbose:
        for line in o.details:
            print(f"    {line}", flush=True)


def print_table(outcomes: Sequence[Outcome], verbose: bool, rows: bool = True) -> dict[str, Any]:
    """Print the per-fixture rows (unless already printed) and the totals; the totals as a dict."""
    if rows:
        print(HEAD)
        print("-" * len(HEAD))
        for o in outcomes:
            print_row(o, verbose)
    clean = [o for o in outcomes if o.imported_without_review]
    expected = sum(o.expected for o in clean)
    exact = sum(o.exact for o in clean)
    silently = sum(o.wrong + o.spurious for o in clean)
    involved = expected + sum(o.spurious for o in clean)
    right_status = sum(1 for o in outcomes if _status_agrees(o))
    crashed = sum(1 for o in outcomes if o.status in ("crash", "timeout", "build-error"))
    doubtful_imported = sum(
        1 for o in outcomes if o.expected_status == "needs_review" and o.imported_without_review
    )
    summary = {
        "files": len(outcomes),
        "status_as_expected": right_status,
        "crashed": crashed,
        "imported_without_review": len(clean),
        "doubtful_files_imported_without_review": doubtful_imported,
        "observations_expected_in_those": expected,
        "exact": exact,
        "silently_wrong": silently,
        "exact_pct": round(100.0 * exact / expected, 2) if expected else None,
        "silently_wrong_pct": round(100.0 * silently / involved, 2) if involved else None,
        "exact_over_all_files": sum(o.exact for o in outcomes),
        "observations_expected_all_files": sum(o.expected for o in outcomes),
        "meta_right": sum(o.meta_right for o in outcomes),
        "meta_expected": sum(o.meta_expected for o in outcomes),
        "indicators_split": sum(o.split for o in outcomes),
    }
    print()
    print(f"files: {len(outcomes)}, status as expected: {right_status}, crashed: {crashed}, "
          f"imported without review: {len(clean)} (of which expected to need review: {doubtful_imported})")  # fmt: skip
    print(f"in files imported without review: {expected} observations expected, exact {exact} "
          f"({_pct(exact, expected)}), silently wrong {silently} ({_pct(silently, involved)} of {involved})")  # fmt: skip
    all_exact, all_expected = sum(o.exact for o in outcomes), sum(o.expected for o in outcomes)
    print(f"over all files: exact {all_exact} of {all_expected} ({_pct(all_exact, all_expected)}); "
          f"polarity/unit right {summary['meta_right']}/{summary['meta_expected']}; "
          f"indicators stored split in two or more: {summary['indicators_split']}")  # fmt: skip
    return summary


def _status_agrees(o: Outcome) -> bool:
    if o.expected_status == "imported":
        return o.imported_without_review
    return o.status == o.expected_status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--set",
        choices=("all", "dev", *catalogue.HOLDOUT_SETS),
        default="all",
        help="dev: the development set; holdout, holdout2 to holdout10, holdout12, holdout14 to holdout27: the hold-out draws",
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="measure these fixtures only")
    parser.add_argument("--formats", action="store_true", help="also compare .ods/.xls conversions")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every difference")
    parser.add_argument(
        "--json-out", type=Path, help="write the per-fixture outcomes and totals here"
    )
    parser.add_argument(
        "--python", default=sys.executable, help="the interpreter that runs main.py"
    )
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--list", action="store_true", help="list the fixtures and stop")
    args = parser.parse_args(argv)
    if args.list:
        for f in catalogue.FIXTURES:
            extra = " ".join(f.options)
            print(f"{f.name:<30} {f.set_name:<8} {f.status:<12} {f.filename:<36} {extra}")
            print(f"{'':<40}{f.style}\n{'':<40}imitates: {f.practice}")
        return 0

    fixtures = list(catalogue.FIXTURES)
    if args.set == "dev":
        fixtures = catalogue.development()
    elif args.set in catalogue.HOLDOUT_SETS:
        fixtures = catalogue.holdout(args.set)
    if args.only:
        unknown = set(args.only) - {f.name for f in catalogue.FIXTURES}
        if unknown:
            print(
                f"error: no fixture called {', '.join(sorted(unknown))} — see tests/realistic/catalogue.py",
                file=sys.stderr,
            )
            return 2
        fixtures = [f for f in fixtures if f.name in args.only]

    with tempfile.TemporaryDirectory(prefix="measure-import-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(HEAD)
        print("-" * len(HEAD), flush=True)
        outcomes = []
        for fixture in fixtures:
            outcomes.append(measure(fixture, args.python, work))
            print_row(outcomes[-1], args.verbose)
        summary = print_table(outcomes, args.verbose, rows=False)
        format_lines = measure_formats(fixtures, args.python, work) if args.formats else []
    if args.json_out:
        data = {
            "summary": summary,
            "fixtures": [vars(o) for o in outcomes],
            "formats": format_lines,
        }
        args.json_out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
