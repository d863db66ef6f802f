"""Two laptops share an import, questions and notes through a real team store."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import scorecards
from tests.team.helpers import Laptop, set_up_team
from tests.team.pg import Cluster


@pytest.fixture
def laptops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> tuple[Laptop, Laptop]:
    admin = Laptop(tmp_path, "admin", capsys)
    officer = Laptop(tmp_path, "officer", capsys)
    member = Laptop(tmp_path, "member", capsys)
    set_up_team(cluster, team_db, admin, [(officer, "officer", []), (member, "alice", [])])
    return officer, member


def test_an_import_reaches_the_other_laptop_with_its_provenance(
    tmp_path: Path, laptops: tuple[Laptop, Laptop]
) -> None:
    officer, member = laptops
    book = scorecards.wide_quarters(tmp_path / "q4.xlsx")
    officer.ok("import", str(book))
    pushed = officer.sync()
    assert pushed["pushed"] > 0 and pushed["conflicts"] == []
    pulled = member.sync()
    assert pulled["pulled"] == pushed["pushed"]
    mine, theirs = officer.export()["indicators"], member.export()["indicators"]
    assert theirs == mine
    assert theirs[0]["observations"][0]["source"]["file"] == "q4.xlsx"


def test_sync_again_changes_nothing(tmp_path: Path, laptops: tuple[Laptop, Laptop]) -> None:
    officer, member = laptops
    officer.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    officer.sync()
    member.sync()
    assert officer.sync() == {"pushed": 0, "pulled": 0, "conflicts": []}
    assert member.sync() == {"pushed": 0, "pulled": 0, "conflicts": []}


def test_a_question_and_a_shared_note_go_both_ways(
    tmp_path: Path, laptops: tuple[Laptop, Laptop]
) -> None:
    officer, member = laptops
    officer.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    officer.sync()
    member.sync()
    member.ok("question", "AS1", "Why are assessments taking longer?", "--to", "Director")
    member.ok("note", "AS1", "Ask about agency staff", "--shared")
    member.ok("note", "AS1", "My own reminder")
    assert member.sync()["pushed"] == 2  # the private note stays here
    officer.sync()
    exported = officer.export()
    assert [q["text"] for q in exported["questions"]] == ["Why are assessments taking longer?"]
    assert [n["text"] for n in exported["notes"]] == ["Ask about agency staff"]


def test_the_same_file_imported_on_both_laptops_is_not_duplicated(
    tmp_path: Path, laptops: tuple[Laptop, Laptop]
) -> None:
    officer, member = laptops
    book = scorecards.wide_quarters(tmp_path / "q4.xlsx")
    officer.ok("import", str(book))
    member.ok("import", str(book))
    officer.sync()
    result = member.sync()
    assert result["conflicts"] == []
    officer.sync()
    assert officer.export()["indicators"] == member.export()["indicators"]
    assert len(member.export()["indicators"]) == len(scorecards.WIDE_ROWS)


def test_three_stores_one_members_two_laptops_and_another_member(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> None:
    admin, home, chamber, other = (
        Laptop(tmp_path, n, capsys) for n in ("admin", "home", "chamber", "other")
    )
    set_up_team(cluster, team_db, admin, [(home, "bevan", []), (other, "clarke", [])])
    chamber.ok("team", "join", cluster.url("bevan", team_db))
    home.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    home.ok("note", "CS1", "Remember to ask about the March dip")
    home.ok("note", "CS1", "For the committee: the March dip", "--shared")
    home.ok("question", "CS1", "Why did reviews dip in March?")
    home.sync()
    chamber.sync()
    other.sync()
    other.ok("question", "EN1", "Is the new recycling contract live?")
    other.sync()
    chamber.sync()
    home.sync()
    shared = ["For the committee: the March dip"]
    assert [n["text"] for n in chamber.export()["notes"]] == shared
    assert [n["text"] for n in other.export()["notes"]] == shared
    assert len(home.export()["notes"]) == 2
    for laptop in (home, chamber, other):
        questions = sorted(q["text"] for q in laptop.export()["questions"])
        assert questions == ["Is the new recycling contract live?", "Why did reviews dip in March?"]


def test_a_deletion_reaches_the_other_laptop(
    tmp_path: Path, laptops: tuple[Laptop, Laptop]
) -> None:
    from sqlalchemy import text

    from db.store import Store
    from desktop import annotations as an
    from desktop import paths

    officer, member = laptops
    officer.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    officer.ok("question", "CS1", "Keep this one")
    officer.ok("question", "CS1", "Withdrawn before the meeting")
    officer.sync()
    member.sync()
    with Store.open(paths.store_path(officer.dir)) as store, store.session() as session:
        gone = session.execute(
            text("SELECT id FROM question WHERE text = 'Withdrawn before the meeting'")
        ).scalar_one()
        an.delete_question(session, gone)
    assert officer.sync()["pushed"] == 1
    member.sync()
    assert [q["text"] for q in member.export()["questions"]] == ["Keep this one"]
    assert member.sync() == {"pushed": 0, "pulled": 0, "conflicts": []}


def test_a_meetings_paper_details_reach_the_other_laptop(
    tmp_path: Path, laptops: tuple[Laptop, Laptop]
) -> None:
    officer, member = laptops
    officer.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    officer.ok("question", "AS1", "Why longer?", "--meeting", "Scrutiny, 12 March")
    officer.ok("paper", "--meeting", "Scrutiny, 12 March", "--agenda-item", "7",
               "--purpose", "To question the director.", "--author", "A. Clerk")  # fmt: skip
    officer.sync()
    member.sync()
    theirs = member.json("paper", "--meeting", "Scrutiny, 12 March")
    assert (theirs["agenda_item"], theirs["purpose"]) == ("7", "To question the director.")
    assert theirs["author"] is None  # a laptop's standing details stay on it
