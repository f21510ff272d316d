"""Self-ratings checked against evidence, in the GUI: scenario responses in a random order that
is never what gets saved, the experts' view only after ranking, and an observer's ratings typed
in on the results page or, in counsellor mode, beside the client's."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.cli import main as cli_main
from app.content import Content, shipped
from app.domain.questionnaire import RankQuestion, SingleChoiceQuestion
from app.gui.counsellor import CounsellorView
from app.gui.main import MainWindow
from app.gui.observer_dialog import ObserverDialog
from app.gui.question_widgets import RankInput, SingleChoiceInput, make_input
from app.storage.answer_files import read_answer_file
from app.storage.client_store import ClientStore
from tests.gui.gui_driver import click_box, click_next
from tests.store_access import PASSPHRASE

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHANGER = EXAMPLES / "sv_career_changer_customer_service.json"


@pytest.fixture(scope="module")
def content() -> Content:
    return shipped()


def scenario(content: Content) -> SingleChoiceQuestion:
    return content.questionnaire.scenarios()[0]


def test_scenario_responses_come_in_a_random_order_but_save_their_ids(qtbot: QtBot, content: Content) -> None:
    question = scenario(content)
    orders = set()
    for seed in range(8):
        widget = make_input(question, random.Random(seed))
        assert isinstance(widget, SingleChoiceInput)
        qtbot.addWidget(widget)
        orders.add(tuple(b.text() for b in widget.buttons))
        widget.show()
        best = next(b for b in widget.buttons if b.objectName() == f"{question.id}:acknowledge")
        click_box(qtbot, best)
        assert widget.value() == "acknowledge"
        widget.set_value("hide")
        assert [b.objectName() for b in widget.buttons if b.isChecked()] == [f"{question.id}:hide"]
    assert len(orders) > 1, "the order changes from one showing to the next"
    assert all(sorted(o) == sorted(orders.pop()) for o in list(orders))


def test_the_experts_view_appears_only_after_ranking(qtbot: QtBot, content: Content) -> None:
    question = content.questionnaire.question("success_factors.top3")
    assert isinstance(question, RankQuestion)
    firsts = set()
    for seed in range(6):
        widget = make_input(question, random.Random(seed))
        assert isinstance(widget, RankInput)
        qtbot.addWidget(widget)
        firsts.add(widget.available.item(0).data(Qt.ItemDataRole.UserRole))
    assert firsts != {"multidisciplinary"}, "the experts' first choice is not always on top"
    assert isinstance(widget, RankInput)
    widget.show()
    assert not widget.reveal.isVisible()
    widget.set_value(["passion", "technical_skill"])
    assert not widget.reveal.isVisible()
    widget.set_value(["passion", "technical_skill", "risk_taking"])
    assert widget.reveal.isVisible()
    text = widget.reveal.text()
    assert "1. Multidisciplinary skills, 2. Risk-taking, 3. Mobilising stakeholders" in text
    assert "Social media experience" in text and "doubts" in text
    assert widget.value() == ["passion", "technical_skill", "risk_taking"]


def accept(qtbot: QtBot, dialog: ObserverDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_observer_round_trip_through_the_results_page_the_file_and_the_cli(
    qtbot: QtBot,
    content: Content,
    isolated_user_folders: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = MainWindow(content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.open_answer_file(CHANGER)
    wizard = window.wizard
    assert wizard is not None
    for _ in wizard.section_pages:
        click_next(qtbot, wizard)
    page = wizard.results_page
    assert wizard.currentPage() is page
    own = wizard.answer_file.answers["competency.customer_service"]
    page.ask_observer()
    dialog = page.findChild(ObserverDialog)
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    dialog.name.setText("Eva Holm")
    dialog.set_rating("competency.customer_service", own - 2)
    dialog.set_rating("competency.seo", 2)
    accept(qtbot, dialog)

    analysis = page.analysis
    assert analysis is not None
    row = next(c for c in analysis.competencies if c.id == "customer_service")
    assert row.observer_rating == own - 2 and "observer" in row.flags
    assert row.rating_checked == own - 1
    shown = page.calibration.text()
    assert "Eva Holm" in shown, shown

    saved = tmp_path / "with_observer.json"
    assert wizard.save_as(saved)
    loaded = read_answer_file(saved, content)
    assert loaded.observer is not None
    assert loaded.observer.role == "manager" and loaded.observer.name == "Eva Holm"
    assert loaded.observer.ratings == {"competency.customer_service": own - 2, "competency.seo": 2}
    assert cli_main(["analyze", str(saved)]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert cli == analysis.model_dump(mode="json")
    assert {"competency": "customer_service", "reason": "observer_lower"} in cli["calibration"]["flags"]


def test_the_counsellor_enters_their_ratings_beside_the_clients(
    qtbot: QtBot, content: Content, tmp_path: Path
) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        client = store.add_client("Åsa Öström")
        store.add_assessment(
            client, read_answer_file(CHANGER, content), taken_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
        )
    view = CounsellorView(ClientStore.open(tmp_path, PASSPHRASE), content)
    qtbot.addWidget(view)
    view.show()
    view.select_client(client)
    assert view.your_ratings.isEnabled()
    dialog = view.ask_ratings()
    assert dialog is not None
    assert dialog.role.currentData() == "counsellor"
    own = read_answer_file(CHANGER, content).answers["competency.seo"]
    seo_row = dialog.ratings["competency.seo"]
    assert seo_row.currentData() is None  # nothing entered yet
    dialog.set_rating("competency.seo", min(5, own + 2))
    accept(qtbot, dialog)
    assert view.status.text() == "Your ratings are saved beside the client's."
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        saved = store.assessments(client)[-1].answer_file()
    assert saved.observer is not None and saved.observer.role == "counsellor"
    assert saved.observer.ratings == {"competency.seo": min(5, own + 2)}
    again = view.ask_ratings()
    assert again is not None and again.ratings["competency.seo"].currentData() == min(5, own + 2)
    again.reject()


def test_an_old_file_with_retired_answers_opens_with_a_note(
    qtbot: QtBot, content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    old = json.loads(CHANGER.read_text("utf-8"))
    old["answers"]["background.current_role"] = "Kundtjänstmedarbetare"
    old["answers"]["success_factors.rating.risk_taking"] = 2
    path = tmp_path / "autumn.json"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    window = MainWindow(content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.open_answer_file(path)
    assert window.wizard is not None
    assert "background.current_role" not in window.wizard.answer_file.answers
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("background.current_role, success_factors.rating.risk_taking")
    )
