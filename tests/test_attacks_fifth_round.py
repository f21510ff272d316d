"""The attacker's fourth round on issue #14: each finding as a user (or a script) meets it, run
as a real process where the finding was a process behaviour."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.answers import AnswerFile
from app.storage.client_store import ClientStore
from tests.store_access import PASSPHRASE
from tests.test_client_store_erasure import write_autosave

# -- 1: erasure finds autosaves under every name the client's records hold ----------------------


def test_erasing_a_renamed_client_removes_autosaves_under_their_earlier_name(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        keep = store.add_client("Karin Lund")
        sam = store.import_answers(
            AnswerFile(language="sv", respondent={"name": "Sam Lindqvist"}, answers={"competency.seo": 2})
        )
        store.edit_client(sam, name="Zlatan Quux")
        write_autosave(tmp_path, "  sam  LINDQVIST ", None, "a2")  # the job seeker's own, unlinked
        write_autosave(tmp_path, "Zlatan Quux", None, "z1")
        write_autosave(tmp_path, "Karin Lund", None, "k1")
        erasure = store.erase_client(sam)
        assert sorted(p.name for p in erasure.autosaves_removed) == [
            "a2.json",
            "a2.json.bak",
            "z1.json",
            "z1.json.bak",
        ]
        assert [c.id for c in store.clients()] == [keep]
    left = sorted(p.name for p in (tmp_path / "autosave").iterdir())
    assert left == ["k1.json", "k1.json.bak"]
    assert "Lindqvist" not in json.dumps([p.read_text() for p in (tmp_path / "autosave").iterdir()])
