"""Progress over a client's assessments: the numbers, and the PDF made from the store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import content
from app.analysis.progress import Assessed, analyse_sessions, compute_progress, progress_over
from app.cli import main
from app.domain.answers import AnswerFile
from app.report.progress import progress_html
from app.storage.answer_files import parse_answer_data
from tests.store_access import PASSPHRASE

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ELIN = EXAMPLES / "sv_career_changer_customer_service.json"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")


def raw_session(
    seo: int, strategy: int, notes: str = "", gap_notes: dict[str, str] | None = None
) -> dict[str, object]:
    data = json.loads(ELIN.read_text(encoding="utf-8"))
    data["answers"]["competency.seo"] = seo
    data["answers"]["competency.strategy_planning"] = strategy
    if notes or gap_notes:
        data["counsellor"] = {"notes": notes, "gap_notes": gap_notes or {}}
    return data


def sessions(*ratings: tuple[int, int]) -> list[tuple[dt.date, AnswerFile]]:
    shipped = content.shipped()
    days = [dt.date(2026, 1, 10), dt.date(2026, 4, 10), dt.date(2026, 9, 10)]
    return [
        (day, parse_answer_data(raw_session(seo, strategy), shipped))
        for day, (seo, strategy) in zip(days, ratings, strict=False)
    ]


def test_changes_since_first_and_previous() -> None:
    shipped = content.shipped()
    dated = sessions((1, 1), (2, 3), (4, 3))
    # Given in any order, the sessions are put oldest first.
    progress = compute_progress(analyse_sessions(list(reversed(dated)), shipped))
    change = {c.id: c for c in progress.changes}
    assert (change["seo"].first, change["seo"].previous, change["seo"].latest) == (1, 2, 4)
    assert (change["seo"].since_first, change["seo"].since_previous) == (3, 2)
    assert (change["strategy_planning"].since_first, change["strategy_planning"].since_previous) == (2, 0)
    assert change["customer_service"].since_first == 0
    assert [c.id for c in progress.changes] == shipped.competency_ids()
    readiness = progress.readiness
    assert readiness[0] < readiness[2]  # higher self-ratings never lower readiness
    assert progress.readiness_since_first == readiness[2] - readiness[0]
    assert progress.readiness_since_previous == readiness[2] - readiness[1]


def test_all_sessions_are_compared_with_the_latest_goal() -> None:
    shipped = content.shipped()
    first = raw_session(1, 1)
    first["answers"]["goals.target_role"] = "social_media_strategist"  # type: ignore[index]
    dated = [
        (dt.date(2026, 1, 1), parse_answer_data(first, shipped)),
        (dt.date(2026, 6, 1), parse_answer_data(raw_session(2, 2), shipped)),
    ]
    analysed = analyse_sessions(dated, shipped)
    assert {s.analysis.profile for s in analysed} == {"social_media_manager"}


def test_an_assessment_whose_answers_fail_the_checks_is_skipped_and_named() -> None:
    shipped = content.shipped()
    (jan, first), (apr, second) = sessions((1, 1), (3, 2))
    assessed = [
        Assessed(apr, second, key=12),  # any order: counted oldest first
        Assessed(dt.date(2026, 2, 1), None, ("assessment 11: competency.seo: 9 is above 5",), key=11),
        Assessed(jan, first, key=10),
    ]
    track = progress_over(assessed, shipped)
    assert [(s.taken_on, s.key) for s in track.sessions] == [(jan, 10), (apr, 12)]
    assert [(s.taken_on, s.key, s.problems) for s in track.skipped] == [
        (dt.date(2026, 2, 1), 11, ("assessment 11: competency.seo: 9 is above 5",))
    ]
    progress = track.progress
    assert progress is not None and len(progress.sessions) == 2
    assert {c.id: c.since_first for c in progress.changes}["seo"] == 2
    nothing = progress_over([Assessed(jan, None, ("broken",))], shipped)
    assert nothing.sessions == [] and nothing.progress is None and len(nothing.skipped) == 1


def test_the_section_shows_only_one_column_set_with_two_sessions_and_a_note_with_one() -> None:
    shipped = content.shipped()
    two = progress_html(analyse_sessions(sessions((1, 1), (3, 2)), shipped), shipped, "en")
    assert "Since first" in two and "Since previous" not in two
    one = progress_html(analyse_sessions(sessions((1, 1)), shipped), shipped, "en")
    assert "This is the first assessment" in one


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def import_session(data_dir: Path, tmp_path: Path, raw: dict[str, object], client: str | None) -> None:
    file = tmp_path / f"s{len(list(tmp_path.glob('s*.json')))}.json"
    file.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    args = ["clients", "import", str(file), "--data-dir", str(data_dir)]
    assert main([*args, "--client", client] if client else args) == 0


def test_clients_report_writes_the_progress_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    first = raw_session(
        1, 1, "First talk: wants to leave customer service.", {"seo": "Read the SEO starter guide"}
    )
    first["saved_at"] = "2026-01-10T10:00:00Z"
    second = raw_session(2, 3, "Took the course.")
    second["saved_at"] = "2026-04-10T10:00:00Z"
    latest = raw_session(4, 3, "Ready to apply for junior roles.")
    latest["saved_at"] = "2026-09-10T10:00:00Z"
    latest["counsellor"]["next_meeting"] = "2026-10-01"  # type: ignore[index]
    first["respondent"] = {"name": "Elin Sjöberg"}
    second["respondent"] = {"name": ""}  # a later file without a name still reports for the client
    latest["respondent"] = {"name": ""}
    import_session(data, tmp_path, first, None)
    import_session(data, tmp_path, second, "1")
    import_session(data, tmp_path, latest, "1")
    # Notes that came inside the files are the files' own, never printed as the counsellor's:
    # the counsellor writes them into the store.
    for args in (
        ["settings", "--counsellor-name", "Eva Holm"],
        ["note", "1", "Ready to apply for junior roles."],
        ["note", "1", "She has two children; keep meetings short.", "--internal"],
    ):
        assert main(["clients", *args, "--data-dir", str(data)]) == 0
    capsys.readouterr()
    out = tmp_path / "progress.pdf"
    assert main(["clients", "report", "1", "-o", str(out), "--lang", "en", "--data-dir", str(data)]) == 0
    assert "wrote" in capsys.readouterr().out
    text = " ".join(pdf_text(out).split())
    assert "Progress" in text and "3 assessments from 10 January 2026 to 10 September 2026" in text
    assert "Readiness since the first assessment (10 January 2026)" in text
    assert "Readiness since the previous assessment (10 April 2026)" in text
    assert "Ready to apply for junior roles." in text  # the counsellor's shared note
    assert "Notes by Eva Holm" in text
    assert "two children" not in text  # an internal note never reaches a PDF
    assert "First talk: wants to leave customer service." not in text  # came with the file
    assert "Read the SEO starter guide" not in text
    assert "+3" in text and "+2" in text
    assert "Elin Sjöberg" in text  # the client's name from the store, on the cover and footers

    sv = tmp_path / "utveckling.pdf"
    assert main(["clients", "report", "1", "-o", str(sv), "--lang", "sv", "--data-dir", str(data)]) == 0
    sv_text = " ".join(pdf_text(sv).split())
    assert "Framsteg" in sv_text and "Sedan första" in sv_text


def test_clients_report_refuses_unknown_client_and_non_pdf_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["clients", "report", "4", "-o", str(tmp_path / "x.pdf"), "--data-dir", str(data)]) == 2
    assert (
        capsys.readouterr().err.strip().splitlines()[-1] == "no client with id 4"
    )  # after the first-use warning
    import_session(data, tmp_path, raw_session(1, 1), None)
    precious = tmp_path / "thesis.docx"
    precious.write_bytes(b"my thesis")
    capsys.readouterr()
    assert main(["clients", "report", "1", "-o", str(precious), "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a PDF" in err
    assert precious.read_bytes() == b"my thesis"


def store_invalid_assessment(data_dir: Path, client_id: int, taken_at: dt.datetime) -> int:
    """An assessment the checks refuse (more online-marketing years than years in all), as a store
    can hold it when it was saved unfinished or the questionnaire changed since."""
    from app.domain.answers import AnswerFile
    from app.storage.client_store import ClientStore

    raw = raw_session(2, 2)
    raw["answers"]["experience.total_years"] = 2  # type: ignore[index]
    raw["answers"]["experience.online_marketing_years"] = 9  # type: ignore[index]
    with ClientStore.open(data_dir, PASSPHRASE) as store:
        return store.add_assessment(client_id, AnswerFile.model_validate(raw), taken_at=taken_at)


def test_clients_report_leaves_out_an_invalid_assessment_and_says_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    first, latest = raw_session(1, 1), raw_session(4, 3)
    first["saved_at"], latest["saved_at"] = "2026-01-10T10:00:00Z", "2026-09-10T10:00:00Z"
    import_session(data, tmp_path, first, None)
    import_session(data, tmp_path, latest, "1")
    bad = store_invalid_assessment(data, 1, dt.datetime(2026, 4, 10, tzinfo=dt.UTC))
    # Notes that came inside the files are the files' own, never printed as the counsellor's:
    # the counsellor writes them into the store.
    for args in (
        ["settings", "--counsellor-name", "Eva Holm"],
        ["note", "1", "Ready to apply for junior roles."],
        ["note", "1", "She has two children; keep meetings short.", "--internal"],
    ):
        assert main(["clients", *args, "--data-dir", str(data)]) == 0
    capsys.readouterr()
    out = tmp_path / "progress.pdf"
    assert main(["clients", "report", "1", "-o", str(out), "--lang", "en", "--data-dir", str(data)]) == 0
    captured = capsys.readouterr()
    assert "wrote" in captured.out
    skipped = captured.err.splitlines()
    assert skipped and all(
        line.startswith(f"not counted in the progress: client 1, assessment {bad}: ") for line in skipped
    )
    assert any("experience.online_marketing_years" in line for line in skipped)
    text = " ".join(pdf_text(out).split())
    assert "2 assessments from 10 January 2026 to 10 September 2026" in text


def test_clients_report_with_no_assessment_that_counts_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.storage.client_store import ClientStore

    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        client = store.add_client("Noor")
    bad = store_invalid_assessment(data, client, dt.datetime(2026, 4, 10, tzinfo=dt.UTC))
    out = tmp_path / "progress.pdf"
    assert main(["clients", "report", str(client), "-o", str(out), "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert f"client {client}, assessment {bad}: " in err and "online_marketing_years" in err
    assert not out.exists()
