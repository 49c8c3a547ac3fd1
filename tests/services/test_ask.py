"""Ask: `deskhand ask --about DIR` answers from a real folder with the real built-in model and
cites the passages; a permitted cloud answers through the gate (a real HTTP stand-in); the call
is in the run log either way."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.config import Settings
from app.desktop.practice import PracticeApp
from app.services import ask as ask_service
from app.services.ask import (
    ASKED_BY,
    AnswerPiece,
    AskError,
    AskResult,
    AskStarted,
    Source,
    ask,
    cited_numbers,
    supported_by,
)
from app.services.cloud import CloudChoice
from app.store.log import open_log
from tests.cloud_server import cloud_stand_in
from tests.command import deskhand

#: Slow on 2 shared cores: the model's smoke test, its load and one answer, at load 20+.
MODEL_TIMEOUT_S = 900


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "garden").mkdir(parents=True)
    (folder / "garden" / "roses.md").write_text(
        "# Roses\n\nPrune the roses in late February, before the buds open.\n\n"
        "# Tomatoes\n\nWater the tomatoes every morning.\n",
        encoding="utf-8",
    )
    (folder / "boat.txt").write_text("The boat's engine takes two-stroke oil.\n", encoding="utf-8")
    return folder


def sources(*texts: str) -> tuple[Source, ...]:
    return tuple(Source(n, f"f:{n}", text) for n, text in enumerate(texts, start=1))


def test_citations_are_read_from_the_answer_once_each_and_only_for_known_sources() -> None:
    given = sources("a", "b", "c")
    assert cited_numbers("Prune in February [2]. Also [1, 2] and [9].", given) == (2, 1)
    assert cited_numbers("No brackets here", given) == ()


def test_without_citations_the_sources_holding_the_answers_own_words_are_credited() -> None:
    given = sources("Water the tomatoes every morning.", "Prune the roses in late February.")
    assert supported_by("Prune them in late February.", "When do I prune roses?", given) == (2,)
    # Words the answer only repeats from the question credit nothing.
    assert supported_by("You prune roses.", "When do I prune roses?", given) == ()


@pytest.mark.model
def test_deskhand_ask_about_a_folder_answers_with_citations_and_logs_the_call(
    docs: Path, deskhand_home: Path
) -> None:
    done = deskhand("ask", "When should I prune the roses?", "--about", str(docs), timeout=MODEL_TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    # The answer (which may have blank lines of its own), then the sources under their heading.
    answer, cited = re.split(r"\n\n(?=Sources|The model cited|The answer cites)", done.stdout)
    assert answer.strip()
    # Each source is named by its file and lines, and the roses' passage is among them.
    listed = re.findall(r"^  \[(\d)\] (.+):(\d+(?:-\d+)?)$", cited, re.MULTILINE)
    assert listed, done.stdout
    assert (str(docs / "garden" / "roses.md"), "1-3") in {(path, lines) for _, path, lines in listed}
    assert f"{docs}: 2 files" in done.stderr

    log = open_log(Settings().db_path)
    calls = list(log.db.table("lm_calls").rows_where("served_to = ?", [ASKED_BY]))
    assert len(calls) == 1 and calls[0]["role"] == "answerer" and calls[0]["run_id"] is None
    assert "Prune the roses in late February" in calls[0]["messages"]
    assert calls[0]["output"].strip() == answer.strip()


def test_a_question_nothing_in_the_folder_matches_asks_no_model(docs: Path, deskhand_home: Path) -> None:
    done = deskhand("ask", "quantum chromodynamics lattice", "--about", str(docs), "--json")
    assert done.returncode == 1, done.stderr
    result = json.loads(done.stdout)
    assert result["answer"] == "" and result["sources"] == [] and "matches" in result["error"]
    assert not Settings().db_path.exists() or not list(open_log(Settings().db_path).db["lm_calls"].rows)


def test_a_folder_that_does_not_exist_is_a_usage_problem(tmp_path: Path) -> None:
    done = deskhand("ask", "Where?", "--about", str(tmp_path / "nowhere"))
    assert done.returncode == 2 and "does not exist" in done.stderr and "Traceback" not in done.stderr
    with pytest.raises(AskError, match="empty"):
        list(ask(Settings(), "  ", about=tmp_path))


def test_a_permitted_cloud_answers_through_the_gate_and_the_request_is_in_the_ledger(
    docs: Path, deskhand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with cloud_stand_in() as cloud:
        cloud.reply = lambda _request: "Prune them in late February [1]."
        monkeypatch.setenv("DESKHAND_CLOUD_BASE_URL", cloud.url)
        monkeypatch.setenv("DESKHAND_CLOUD_MODEL", "big-model")
        monkeypatch.setenv("DESKHAND_CLOUD_API_KEY", "sk-test")
        events = list(ask(Settings(), "When to prune roses?", about=docs, cloud=CloudChoice("always")))
    started, piece, result = events
    assert isinstance(started, AskStarted) and isinstance(piece, AnswerPiece)
    assert isinstance(result, AskResult) and result.error is None
    assert (result.answer, result.origin, result.cited, result.cited_by) == (
        "Prune them in late February [1].",
        "cloud",
        (1,),
        "model",
    )
    assert result.cited_sources[0].path == docs / "garden" / "roses.md"
    sent = json.dumps(cloud.requests[0]["messages"])
    assert "Prune the roses in late February" in sent
    log = open_log(Settings().db_path)
    assert [row["status"] for row in log.outbound()] == ["answered"]
    calls = list(log.db.table("lm_calls").rows_where("served_to = ?", [ASKED_BY]))
    assert [c["runtime"] for c in calls] == ["cloud"]


class LocalModelReached(Exception):
    """Raised where the local model would load: the refused cloud fell through to it."""


def test_a_refused_cloud_sends_nothing_and_the_local_model_answers_instead(
    docs: Path, deskhand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With "ask" and a person who says no, nothing leaves and the local model is asked next
    (stopped where it would load, to keep this test quick: the real model answers above)."""

    def local_pool(_settings: Settings) -> None:
        raise LocalModelReached

    monkeypatch.setattr(ask_service, "answer_pool", local_pool)
    asked: list[str] = []

    def refuse(question: str) -> bool:
        asked.append(question)
        return False

    with cloud_stand_in() as cloud:
        monkeypatch.setenv("DESKHAND_CLOUD_BASE_URL", cloud.url)
        monkeypatch.setenv("DESKHAND_CLOUD_MODEL", "big-model")
        events = ask(
            Settings(), "When to prune roses?", about=docs, cloud=CloudChoice("ask"), permission=refuse
        )
        with pytest.raises(LocalModelReached):
            list(events)
    assert cloud.requests == [] and len(asked) == 1 and "Prune the roses" in asked[0]
    assert [row["status"] for row in open_log(Settings().db_path).outbound()] == ["blocked"]


@pytest.mark.display
def test_a_question_about_the_screen_gets_the_elements_perception_reads(practice_app: PracticeApp) -> None:
    """The sources of `--about screen` are the practice form's elements, read as a run reads
    them (the model's answer is tested on a folder above)."""
    started = next(ask(Settings(), "Which country is chosen?", about="screen"))
    assert isinstance(started, AskStarted) and started.update is None
    where = " ".join(s.where for s in started.sources)
    assert "Submit" in where and "Country" in " ".join(s.text for s in started.sources)
    assert all(s.path is None and s.where.startswith("screen: ") for s in started.sources)
