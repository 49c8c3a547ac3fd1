"""The `deskhand` command as other tools script it: flags, exit codes, the JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.desktop.practice import PracticeApp
from app.desktop.sandbox import VirtualDisplay
from tests.command import SUMMARY_KEYS, deskhand, last_json


def test_version() -> None:
    result = deskhand("--version")
    assert result.returncode == 0 and result.stdout.startswith("deskhand ")


def test_run_without_a_display_says_what_to_do_and_exits_2(deskhand_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    result = deskhand("run", "Click Submit", "--json", env=env)
    assert result.returncode == 2
    summary = last_json(result.stdout)
    assert set(summary) >= SUMMARY_KEYS and summary["outcome"] == "failed"
    assert "no X display" in str(summary["error"]) and "deskhand demo" in str(summary["error"])
    logs = deskhand("logs", env=env)
    assert "Click Submit" in logs.stdout and "no X display" in logs.stdout


def test_bad_usage_exits_2() -> None:
    assert deskhand("run", "x", "--max-steps", "0").returncode == 2
    assert deskhand("frobnicate").returncode == 2


def test_a_broken_database_is_a_configuration_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite" * 50)
    result = deskhand("run", "Click Submit", "--json", "--db", str(bad))
    assert result.returncode == 2
    assert "not a Deskhand database" in str(last_json(result.stdout)["error"])


def test_logs_as_json_lines_and_the_database_path(deskhand_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    deskhand("run", "Click Submit", "--json", env=env)
    path = deskhand("logs", "path")
    assert path.returncode == 0 and path.stdout.strip() == str(deskhand_home / "deskhand.db")
    result = deskhand("logs", "--json")
    assert result.returncode == 0, result.stderr
    (line,) = [json.loads(text) for text in result.stdout.splitlines()]
    assert line["kind"] == "run" and line["run"]["task"] == "Click Submit"
    assert line["run"]["outcome"] == "failed" and line["steps"] == [] and line["calls"] == []
    assert deskhand("logs", "path", "--json").returncode == 2


def test_every_command_shows_an_example_and_the_shell_completes_from_the_parser(tmp_path: Path) -> None:
    commands = ("run", "demo", "models", "logs", "privacy", "keys", "stats", "train", "window", "serve")
    for command in (*commands, "completion"):
        assert "example: deskhand" in deskhand(command, "--help").stdout, command
    for shell, marker in (("bash", "complete "), ("zsh", "#compdef deskhand"), ("powershell", "Register-")):
        script = deskhand("completion", shell)
        assert script.returncode == 0 and marker in script.stdout, shell
    answer = tmp_path / "completions"
    asked = dict(os.environ, _ARGCOMPLETE="1", COMP_LINE="deskhand se", COMP_POINT="11")
    completed = deskhand(env={**asked, "_ARGCOMPLETE_STDOUT_FILENAME": str(answer)})
    assert completed.returncode == 0 and answer.read_text().split() == ["serve"]


def test_models_lists_the_builtin_model_and_flags_broken_files(deskhand_home: Path) -> None:
    models = deskhand_home / "models"
    models.mkdir()
    (models / "broken.gguf").write_text("oops")
    result = deskhand("models")
    assert result.returncode == 0, result.stderr
    assert "SmolLM2-135M-Instruct.Q4_1.gguf" in result.stdout
    assert "quantization: Q4_1" in result.stdout and "context: 8192" in result.stdout
    assert "broken.gguf" in result.stdout and "UNUSABLE" in result.stdout
    assert "actor" in result.stdout


@pytest.mark.display
@pytest.mark.model
def test_run_json_on_a_real_display(virtual_display: VirtualDisplay, practice_app: PracticeApp) -> None:
    dry = deskhand("run", "Type Ada into the Name field", "--json", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert practice_app.state()["name"] == ""
    result = deskhand("run", "Type Ada into the Name field and click Submit", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [json.loads(line) for line in result.stdout.strip().splitlines()]
    summary = lines[-1]
    assert set(summary) == SUMMARY_KEYS
    assert (summary["outcome"], summary["steps"], summary["cloud_calls"]) == ("done", 2, 0)
    assert [line["decided_by"] for line in lines[:-1]] == ["code", "code"]
    assert practice_app.state()["submitted_data"]["name"] == "Ada"
    logs = deskhand("logs", "--last", "1")
    assert "Type Ada into the Name field and click Submit" in logs.stdout and "done" in logs.stdout


@pytest.mark.display
@pytest.mark.model
def test_demo_runs_in_its_own_display_and_saves_a_screenshot(deskhand_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    result = deskhand("demo", env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "DONE" in result.stdout
    shots = list((deskhand_home / "screenshots").glob("demo-run-*.png"))
    assert len(shots) == 1 and shots[0].stat().st_size > 10_000
    assert '"submitted": true' in result.stdout


def run_on_a_terminal(task: str, answer: str) -> tuple[int, str]:
    """`deskhand run TASK` with a real pseudo-terminal as stdin, answering its question."""
    import pty
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "run", task],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=slave,
        cwd=Path(__file__).resolve().parents[1],
        text=True,
    )
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 120
    while b"[y/N]" not in seen and time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            seen += os.read(master, 4096)
    assert b"[y/N]" in seen, seen.decode(errors="replace")
    os.write(master, f"{answer}\n".encode())
    out, _ = proc.communicate(timeout=120)
    os.close(master)
    return proc.returncode, out


@pytest.mark.display
@pytest.mark.model
@pytest.mark.parametrize(("answer", "code", "erased"), [("y", 0, True), ("n", 1, False)])
def test_a_destructive_press_the_task_does_not_name_asks_on_the_terminal(
    virtual_display: VirtualDisplay, answer: str, code: int, erased: bool
) -> None:
    """'Click disk' finds the button *Erase disk* by its caption, but the task never said to
    erase: the person is asked on the terminal, and only a yes presses it (zenity's exit code
    says which button ended the dialog)."""
    dialog = subprocess.Popen(
        [
            "zenity",
            "--question",
            "--text=Erase the whole disk?",
            "--ok-label=Erase disk",
            "--cancel-label=Keep",
        ]
    )
    try:
        time.sleep(2.0)  # zenity paints its window
        returncode, out = run_on_a_terminal("Click disk", answer)
        assert returncode == code, out
        assert "Erase disk" in out and ("DONE" if erased else "REFUSED") in out
        if erased:
            assert dialog.wait(timeout=10) == 0
        else:
            assert dialog.poll() is None
    finally:
        dialog.kill()
        dialog.wait()


@pytest.mark.display
@pytest.mark.model
def test_a_destructive_click_the_task_names_runs_without_a_question(
    virtual_display: VirtualDisplay, practice_app: PracticeApp
) -> None:
    """The task is the consent for what it names (issue 15): no terminal needed."""
    result = deskhand("run", "--json", "Click the Delete button", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert last_json(result.stdout)["outcome"] == "done"
    assert practice_app.state()["deleted"] is True


def test_the_command_loads_no_heavy_library_before_a_command_needs_it() -> None:
    """`deskhand --version` and every command's start stay instant: numpy, Qt, OpenCV, llama.cpp
    and the database library load inside the command that uses them (a re-export once pulled
    numpy and gguf into every start, 1.3 s)."""
    heavy = (
        *("numpy", "gguf", "sqlite_utils", "PySide6", "cv2", "llama_cpp", "sklearn", "torch"),
        *("starlette", "uvicorn", "argcomplete"),
    )
    probe = f"import sys, app.cli; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    )
    assert result.stdout.strip() == "[]", result.stdout
