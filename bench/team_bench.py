"""Team store sync for a committee of 12 members x 2 laptops, against a local PostgreSQL.

A quarter: the officer imports 3,000 observations and pushes them; each member asks 25
questions (300) and the chair records 100 action points; every laptop syncs. The figure
that matters is one laptop bringing in the whole quarter in one sync.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import report
from bench.generate import write_xlsx

MEMBERS = 12
INDICATORS, PERIODS = 250, 12  # 3,000 observations
QUESTIONS_EACH = 25  # 300 questions
ACTIONS = 100


def _timed_sync(store: object) -> float:
    from desktop.team.sync import sync

    start = time.perf_counter()
    sync(store, None)  # type: ignore[arg-type]
    return time.perf_counter() - start


def run(base: Path) -> None:
    from sqlalchemy import text

    from db.store import Store
    from desktop import annotations
    from desktop.scorecard.importer import import_file
    from desktop.team import server
    from desktop.team.sync import link
    from tests.team import pg

    cluster = pg.start_cluster()
    try:
        cluster.create_database("bench")
        with server.connect(server.parse_url(cluster.url("postgres", "bench")), None) as conn:
            server.create_or_upgrade(conn)
            for name in ["officer", *(f"member{i}" for i in range(MEMBERS))]:
                server.set_member(conn, name, part2=True, committees=[])

        def laptop(name: str, member: str) -> Store:
            folder = base / name
            folder.mkdir()
            store = Store.open(folder / "scrutineer.sqlite")
            link(store, cluster.url(member, "bench"), member)
            return store

        officer = laptop("officer", "officer")
        scorecard = base / "quarter.xlsx"
        write_xlsx(scorecard, INDICATORS, PERIODS)
        result = import_file(officer, scorecard)
        assert result.status == "imported", result.error
        push_import = _timed_sync(officer)

        homes = [laptop(f"home{i}", f"member{i}") for i in range(MEMBERS)]
        for store in homes:
            _timed_sync(store)
        for i, store in enumerate(homes):
            with store.session() as session:
                ids = [r[0] for r in session.execute(text("SELECT id FROM indicator LIMIT 50"))]
                for q in range(QUESTIONS_EACH):
                    annotations.add_question(session, ids[q * 2], f"Question {q} from member {i}")
                if i == 0:  # the chair records the action points
                    for a in range(ACTIONS):
                        annotations.add_action(session, f"Action {a}", indicator_id=ids[a % 50])
        pushes = [_timed_sync(store) for store in homes]
        # each member's second laptop brings in the whole quarter in one sync
        chambers = [laptop(f"chamber{i}", f"member{i}") for i in range(MEMBERS)]
        full_pulls = [_timed_sync(store) for store in chambers]
        catch_ups = [_timed_sync(store) for store in homes]
        with chambers[-1].read_session() as session:
            counts = session.execute(
                text(
                    "SELECT (SELECT count(*) FROM observation), (SELECT count(*) FROM question),"
                    " (SELECT count(*) FROM action_point)"
                )
            ).one()
        assert tuple(counts) == (INDICATORS * PERIODS, MEMBERS * QUESTIONS_EACH, ACTIONS), counts

        floor_start = time.perf_counter()
        with server.connect(server.parse_url(cluster.url("member0", "bench")), None) as conn:
            conn.execute(text("SELECT uid, kind, data FROM scrutineer.record")).all()
        floor = time.perf_counter() - floor_start

        report(
            "team: officer pushes 3,000 observations",
            push_import,
            goal="< 2 s",
        )
        report(
            "team: a laptop pulls the whole quarter (3,000 obs, 300 q, 100 actions)",
            max(full_pulls),
            floor=floor,
            goal="< 2 s",
            note=f"median {statistics.median(full_pulls):.2f} s over {MEMBERS} laptops;"
            " floor: reading the rows from the server",
        )
        report(
            "team: 24 laptops sync the meeting's questions and actions",
            sum(pushes) + sum(catch_ups),
            goal="",
            note=f"slowest one {max(pushes + catch_ups):.2f} s",
        )
        for store in [officer, *homes, *chambers]:
            store.close()
    finally:
        pg.remove_cluster(cluster)


def main() -> int:
    from tests.team import pg

    reason = pg.unavailable_reason()
    if reason:
        print(f"team bench skipped: {reason}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="scrutineer-team-bench-") as tmp:
        run(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
