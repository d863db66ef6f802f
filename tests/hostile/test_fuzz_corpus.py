"""Fuzz: real workbooks from the corpus, mutated at the byte and XML level, fed to the importer.

Hypothesis draws batches of mutations (a real file, a part inside it, and what to do to
that part's XML or to the file's bytes). Each batch is imported by one ``main.py import
--json`` subprocess under a 2 GB address-space cap and a time limit. Every file must end as
imported, unchanged, needs_review or refused with a one-line error; a traceback, a crash
(a missing JSON line, a signal) or a hang fails. ``SCRUTINEER_FUZZ_EXAMPLES`` sets the
number of batches (default 12 of 12 mutations: about 30 s).
"""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.corpus import CORPUS

REPO = Path(__file__).resolve().parents[2]
SEEDS = [
    REPO / "resources" / "sample" / "sample_scorecard.xlsx",
    CORPUS / "edge" / "gen__scorecard_simple.ods",
    CORPUS / "edge" / "gen__wide_periods_merged_two_row_header.xlsx",
    CORPUS / "edge" / "gen__scorecard_rag_fill_only_rgb_theme_indexed.xlsx",
    CORPUS / "edge" / "gen__dimension_claims_A1_XFD1048576.xlsx",
    CORPUS / "edge" / "calamine__number_rows_repeated.ods",
    CORPUS / "edge" / "gen__all_error_types_as_cell_values.xlsx",
    CORPUS / "edge" / "gen__hidden_rows_cols_and_sheets.xlsx",
]
EXAMPLES = int(os.environ.get("SCRUTINEER_FUZZ_EXAMPLES", "12"))
BATCH = 12
MEMORY_CAP = 2 << 30
SECONDS = 240
OUTCOMES = {"imported", "unchanged", "needs_review", "refused"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.corpus,
    pytest.mark.skipif(os.name != "posix", reason="rlimits are POSIX"),
]

# What can be put in place of a piece of XML: the extremes and oddities readers meet.
NASTY = [
    b"",
    b"1e309",
    b"-1e309",
    b"NaN",
    b"1.8e308",
    b"XFD1048576",
    b"A1:XFD1048576",
    b"99999999999",
    b"-1",
    b"\xff\xfe",
    b"&amp;&lt;",
    b"<![CDATA[x]]>",
    b'<c r="A1" t="s"><v>999999</v></c>',
    b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b'table:number-columns-repeated="16384"',
    b'table:number-rows-repeated="1048576"',
    b"\x00",
    b"<",
    b"</sheetData>",
]

mutation = st.fixed_dictionaries(
    {
        "seed": st.integers(0, len(SEEDS) - 1),
        "part": st.integers(0, 1000),
        "level": st.sampled_from(["xml-replace", "xml-delete", "xml-duplicate", "bytes"]),
        "at": st.floats(0, 1),
        "length": st.integers(0, 400),
        "nasty": st.sampled_from(NASTY),
        "noise": st.binary(min_size=1, max_size=16),
    }
)


def _xml_mutated(source: bytes, m: dict[str, object]) -> bytes:
    """Rewrite one part of the package (a valid ZIP again), so the XML readers see the damage."""
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    names = sorted(n for n in parts if n.endswith((".xml", ".rels")))
    if not names:
        return source
    name = names[int(m["part"]) % len(names)]  # type: ignore[call-overload]
    xml = parts[name]
    at = int(float(m["at"]) * len(xml))  # type: ignore[arg-type]
    length = int(m["length"])  # type: ignore[call-overload]
    level = m["level"]
    if level == "xml-replace":
        xml = xml[:at] + bytes(m["nasty"]) + xml[at + length :]  # type: ignore[call-overload]
    elif level == "xml-delete":
        xml = xml[:at] + xml[at + length :]
    else:
        xml = xml[:at] + xml[at : at + length] * 50 + xml[at:]
    parts[name] = xml
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return out.getvalue()


def _mutated(m: dict[str, object]) -> tuple[bytes, str]:
    seed = SEEDS[int(m["seed"])]  # type: ignore[call-overload]
    source = seed.read_bytes()
    if m["level"] == "bytes":
        at = int(float(m["at"]) * len(source))  # type: ignore[arg-type]
        noise = bytes(m["noise"])  # type: ignore[call-overload]
        return source[:at] + noise + source[at + len(noise) :], seed.suffix
    try:
        return _xml_mutated(source, m), seed.suffix
    except zipfile.BadZipFile:
        return source, seed.suffix


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


TALLY: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _needs_corpus() -> None:
    missing = [s for s in SEEDS if not s.is_file()]
    if missing:
        pytest.skip(f"corpus files missing: {missing[0]}")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=st.lists(mutation, min_size=BATCH, max_size=BATCH))
def test_mutated_real_workbooks_end_in_an_outcome(
    batch: list[dict[str, object]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    files = []
    for index, m in enumerate(batch):
        data, suffix = _mutated(m)
        path = folder / f"mutant-{index}{suffix}"
        path.write_bytes(data)
        files.append(path)
    try:
        done = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--data-dir", str(folder / "data"),
             "import", "--json", *map(str, files)],
            capture_output=True, text=True, timeout=SECONDS, preexec_fn=_capped, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        TALLY["hangs"] += 1
        raise
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode in (0, 1), (done.returncode, done.stderr[-2000:])
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [r["file"] for r in reports] == [str(f) for f in files], done.stderr[-2000:]
    for report in reports:
        assert report["status"] in OUTCOMES
        TALLY[report["status"]] += 1
        if report["status"] == "refused":
            assert report["error"] and "\n" not in report["error"]
            assert " — " in report["error"]
            if "please report" in report["error"]:
                TALLY["refused as a bug"] += 1
    TALLY["mutations"] += len(files)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    TALLY["peak MB"] = max(TALLY["peak MB"], peak)


def test_report_the_tally() -> None:
    """Printed with ``pytest -s``: how many mutations were tried and how they ended."""
    print(f"fuzz tally: {dict(TALLY)}")
    assert TALLY["hangs"] == 0
