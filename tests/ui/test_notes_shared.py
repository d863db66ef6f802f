"""In a team: "Shared with the team" is saved with a note; notes and questions from another
member say who wrote them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from db.store import Store
from desktop import annotations
from desktop.team import sync as team_sync
from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import (
    controller,
    import_sample,
    open_window,
    red_code,
    select_code,
)


def _shared(path: Path, indicator_id: int) -> list[tuple[str, bool]]:
    with Store.open(path) as fresh, fresh.read_session() as session:
        return [(n.text, n.shared) for n in annotations.list_notes(session, indicator_id)]


def test_ticking_shared_saves_it_with_the_note(qtbot, store: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import_sample(store)
    window: MainWindow = open_window(qtbot, store, data_dir)
    indicator_id = select_code(window, red_code(window))
    pane = controller(window).notes
    assert pane.shared.accessibleName() and not pane.shared.isChecked()
    qtbot.keyClicks(pane.editor, "For the whole committee")
    qtbot.waitUntil(
        lambda: not pane.autosave.timer.isActive() and pane.current_note_id() is not None
    )
    pane.shared.setChecked(True)
    qtbot.waitUntil(
        lambda: _shared(store.path, indicator_id) == [("For the whole committee", True)]
    )
    assert pane.list.item(0).text().startswith("[Shared] For the whole committee")


def test_a_note_from_another_member_names_its_author(qtbot, store: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import_sample(store)
    team_sync.link(store, "postgresql+psycopg://chair@/team?host=/nowhere", "chair")
    with store.session() as session:
        indicator_id = int(session.execute(text("SELECT id FROM indicator LIMIT 1")).scalar_one())
        mine = annotations.add_note(session, indicator_id, "My own note")
        theirs = annotations.add_note(session, indicator_id, "The clerk's note", shared=True)
        asked = annotations.add_question(session, indicator_id, "Why the dip?")
        for kind, row_id in (("note", theirs.id), ("question", asked.id)):
            session.execute(  # as a sync records what it pulled from another member
                text(
                    "INSERT INTO sync_record (kind, row_id, uid, author, revision, local_rev,"
                    " dirty) VALUES (:k, :i, :k || '-' || :i, 'clerk', 1, 1, 0)"
                ),
                {"k": kind, "i": row_id},
            )
    del mine
    window: MainWindow = open_window(qtbot, store, data_dir)
    code = next(v.code for v in window.views.values() if v.id == indicator_id)
    select_code(window, code)
    pane = controller(window).notes
    qtbot.waitUntil(lambda: pane.list.count() == 2)
    titles = sorted(pane.list.item(i).text() for i in range(2))
    assert titles[0].startswith("My own note —") and " by " not in titles[0]
    assert titles[1].startswith("[Shared] The clerk's note — by clerk ")
    questions = controller(window).questions
    qtbot.waitUntil(lambda: questions.list.count() == 1)
    assert questions.list.item(0).text().endswith("Why the dip? (by clerk)")
