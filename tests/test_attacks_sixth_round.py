"""The fifth outside attack (a re-test of the fourth): regressions for what it found."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from app.domain.answers import AnswerFile
from app.storage.client_store import STORE_NAME, ClientStore, StoreError
from tests.faults import small_disk
from tests.store_access import PASSPHRASE
from tests.test_client_store_erasure import write_autosave
from tests.test_hostile_processes import smm


def names_in(backup: Path, tmp: Path) -> list[str]:
    """Who a backup holds, read the only way a user can: restored into a scratch folder."""
    folder = tmp / f"look-{backup.name}"
    ClientStore.restore(folder, backup, PASSPHRASE)
    with ClientStore.open(folder, PASSPHRASE) as store:
        return sorted(c.name for c in store.clients())


def test_an_erasure_never_matches_another_stores_backup_by_id(tmp_path: Path) -> None:
    """Elin is client 1 in one store and client 2 in the backup restored over it; the copy the
    restore kept holds her as id 1. Erasing her (2) said "0 backups cleaned" and kept her; erasing
    Joost (1) deleted *her* from that copy. A copy sealed with another store's key cannot be told
    apart by id: the erasure removes it whole and says so."""
    other, mine = tmp_path / "other", tmp_path / "mine"
    with ClientStore.open(other, PASSPHRASE) as store:
        joost, elin_there = store.add_client("Joost Bakker"), store.add_client("Elin Ek")
        for client in (joost, elin_there):
            store.add_assessment(client, AnswerFile())
        store.backup(tmp_path / "other.bak")
    with ClientStore.open(mine, PASSPHRASE) as store:
        store.add_assessment(store.add_client("Elin Ek"), AnswerFile())
    ClientStore.restore(mine, tmp_path / "other.bak", PASSPHRASE)
    [kept] = list((mine / "backups").iterdir())
    assert names_in(kept, tmp_path) == ["Elin Ek"]
    with ClientStore.open(mine, PASSPHRASE) as store:
        erasure = store.erase_client(elin_there)
        assert erasure.backups_removed == [kept] and erasure.backups_rewritten == []
        assert [c.name for c in store.clients()] == ["Joost Bakker"]
    assert not kept.exists()


def test_a_backup_of_this_store_is_still_cleaned_by_id(tmp_path: Path) -> None:
    """The copies this store made itself (a restore of its own backup) keep being rewritten,
    not removed: only the erased client leaves them."""
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        ann, bo = store.add_client("Ann Ek"), store.add_client("Bo Berg")
        for client in (ann, bo):
            store.add_assessment(client, AnswerFile())
        store.backup(tmp_path / "own.bak")
    ClientStore.restore(data, tmp_path / "own.bak", PASSPHRASE)  # keeps the current store: same key
    [kept] = list((data / "backups").iterdir())
    with ClientStore.open(data, PASSPHRASE) as store:
        erasure = store.erase_client(ann)
        assert erasure.backups_rewritten == [kept] and erasure.backups_removed == []
    assert names_in(kept, tmp_path) == ["Bo Berg"]


def test_an_erasure_never_follows_an_autosave_link_out_of_the_data_folder(tmp_path: Path) -> None:
    data, outside = tmp_path / "data", tmp_path / "outside"
    outside.mkdir()
    mine = outside / "elin.json"
    mine.write_text(json.dumps({"respondent": {"name": "Elin Ek"}, "answers": {}}), encoding="utf-8")
    with ClientStore.open(data, PASSPHRASE) as store:
        elin = store.add_client("Elin Ek")
        (data / "autosave").symlink_to(outside, target_is_directory=True)
        store.erase_client(elin)
    assert mine.exists()  # the user's own file elsewhere, reached only through a link: untouched


def test_invisible_characters_do_not_hide_an_autosave_from_erasure(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        elin = store.add_client("Elin Ek")
        for stem, name in (("zwsp", "Elin Ek\u200b"), ("zwj", "Elin \u200dEk"), ("rtl", "\u200fElin Ek")):
            write_autosave(data, name, None, stem)
        write_autosave(data, "Elina Ek", None, "someone-else")
        store.erase_client(elin)
    assert sorted(p.name for p in (data / "autosave").iterdir()) == [
        "someone-else.json",
        "someone-else.json.bak",
    ]


def test_a_store_reached_through_a_link_is_refused_untouched(tmp_path: Path) -> None:
    real, linked = tmp_path / "real", tmp_path / "linked"
    with ClientStore.open(real, PASSPHRASE) as store:
        store.add_client("Elin Ek")
    before = (real / STORE_NAME).read_bytes()
    linked.mkdir(mode=0o700)
    (linked / STORE_NAME).symlink_to(real / STORE_NAME)
    with pytest.raises(StoreError, match="is a symbolic link") as refused:
        ClientStore.open(linked, PASSPHRASE)
    assert refused.value.code == "store_link"
    assert (real / STORE_NAME).read_bytes() == before


def test_a_backup_put_in_place_by_hand_becomes_a_store_no_backup_may_replace(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path / "a", PASSPHRASE) as store:
        store.add_client("Elin Ek")
        store.backup(tmp_path / "a.bak")
    by_hand = tmp_path / "by-hand"
    by_hand.mkdir(mode=0o700)
    shutil.copyfile(tmp_path / "a.bak", by_hand / STORE_NAME)
    with ClientStore.open(by_hand, PASSPHRASE) as store:
        store.add_client("Written Here")
    with (
        ClientStore.open(tmp_path / "b", PASSPHRASE) as other,
        pytest.raises(StoreError, match="is not a client store backup"),
    ):
        other.backup(by_hand / STORE_NAME)
    with ClientStore.open(by_hand, PASSPHRASE) as store:
        assert sorted(c.name for c in store.clients()) == ["Elin Ek", "Written Here"]


def test_an_import_dated_in_the_future_is_refused(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path / "a", PASSPHRASE) as store:
        store.add_assessment(store.add_client("Elin Ek"), AnswerFile(answers={"competency.seo": 2}))
        export = store.export_client(1)
    export["assessments"][0]["taken_at"] = "9999-12-31T00:00:00+00:00"
    file = tmp_path / "export.json"
    file.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    done = smm("clients", "import", file, "--data-dir", tmp_path / "b")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "assessments[0].taken_at" in done.stderr and "9999-12-31" in done.stderr
    assert not (tmp_path / "b").exists()  # refused before a store was made


def test_a_backup_onto_a_full_disk_names_the_backup_not_the_store(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path / "data", PASSPHRASE) as store:
        for i in range(40):
            store.add_assessment(store.add_client(f"Client {i}"), AnswerFile(answers={"competency.seo": 2}))
        with small_disk(tmp_path / "usb", size_kb=40) as disk:
            with pytest.raises(StoreError) as failed:
                store.backup(disk / "records.bak")
            said = failed.value.message()
    assert said.startswith(f"{disk / 'records.bak'}:") and "full" in said, said


def test_an_answer_file_saved_in_the_future_is_dated_today(tmp_path: Path) -> None:
    """A wrong clock where the file was saved: the assessment is dated now, never 9999."""
    with ClientStore.open(tmp_path / "data", PASSPHRASE) as store:
        brought = AnswerFile.model_validate(
            {
                "respondent": {"name": "Elin Ek"},
                "answers": {"competency.seo": 2},
                "saved_at": "9999-12-31T00:00:00+00:00",
            }
        )
        client = store.import_answers(brought)
        [assessment] = store.assessments(client)
    assert assessment.taken_at.date() <= dt.date.today() + dt.timedelta(days=1)


@pytest.mark.parametrize("text", ["\u200b", "\u202e", "\u2800", "\u115f", " \u200d\u2060 "])
def test_a_note_of_invisible_characters_alone_is_refused(tmp_path: Path, text: str) -> None:
    with ClientStore.open(tmp_path / "data", PASSPHRASE) as store:
        client = store.add_client("Elin Ek")
        assessment = store.add_assessment(client, AnswerFile(answers={"competency.seo": 2}))
        with pytest.raises(StoreError, match="a note needs text"):
            store.add_note(assessment, text, internal=True, author="")


@pytest.mark.parametrize(
    ("raw", "swedish"),
    [
        (b"", "ett värde väntades här"),
        (b'{"answers" 1}', "ett kolon väntades här"),
        (b'{"answers": {} "x": 1}', "ett kommatecken eller en avslutande klammer väntades här"),
        (b'{"answers": "abc', "en text avslutas inte med citattecken"),
        (b'{"answers": {}} 2', "mer följer efter slutet av datan"),
    ],
)
def test_broken_json_is_said_in_the_users_language(tmp_path: Path, raw: bytes, swedish: str) -> None:
    """The json module's English ("Expecting value") stood in Swedish and Dutch lines."""
    file = tmp_path / "broken.json"
    file.write_bytes(raw)
    done = smm("analyze", file, env={"LC_ALL": "", "LANG": "sv_SE.UTF-8", "LANGUAGE": ""})
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert swedish in done.stderr and "Expecting" not in done.stderr, done.stderr


def test_restoring_from_a_device_is_refused_in_the_users_language(tmp_path: Path) -> None:
    done = smm(
        "clients", "restore", "/dev/null", "--data-dir", tmp_path / "data",
        env={"LC_ALL": "", "LANG": "sv_SE.UTF-8", "LANGUAGE": "", "SMM_CAREER_PASSPHRASE": PASSPHRASE},
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "not a regular file" not in done.stderr and "kan inte användas" in done.stderr, done.stderr


def test_a_too_long_counsellor_name_is_said_as_what_it_is(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path / "data", PASSPHRASE) as store:
        with pytest.raises(StoreError) as refused:
            store.set_counsellor_name("K" * 500)
        assert refused.value.message().startswith(
            "the counsellor's name may be at most"
        )  # not "a name, e-mail or phone"
        with pytest.raises(StoreError) as refused:
            store.add_client("Elin Ek", phone="0" * 500)
        assert refused.value.message().startswith("the phone number may be at most")
