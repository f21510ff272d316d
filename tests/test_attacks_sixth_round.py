"""The fifth outside attack (a re-test of the fourth): regressions for what it found."""

from __future__ import annotations

from pathlib import Path

from app.domain.answers import AnswerFile
from app.storage.client_store import ClientStore
from tests.store_access import PASSPHRASE


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
