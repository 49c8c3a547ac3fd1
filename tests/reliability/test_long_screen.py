"""A screen or task longer than the model's context: cut by relevance, answered, never a crash.

A probe found that a screen with many elements (a long list, a spreadsheet, a busy web page)
or a very long task went past the built-in model's 2048-token context and raised a traceback.
The specialists now list at most `MAX_CHOICES` elements, the ones sharing most words with the
phrase, in screen order, and quote at most `MAX_NAME_CHARS` of each name.
"""

from __future__ import annotations

import pytest

from app.agent.specialists import MAX_CHOICES, MAX_NAME_CHARS, Actor, Grounder, most_relevant
from app.agent.steps import Box, Element, ElementKind
from app.runtimes.catalog import resolve_role
from app.runtimes.llama import LlamaRuntime
from tests.fakes import ScriptedRuntime

FILLER = "Quarterly inventory reconciliation entry for warehouse aisle"


def busy_screen(n: int = 300) -> list[Element]:
    """`n` buttons with long, alike names, and the one the task means somewhere in the middle."""
    elements = [
        Element(i, ElementKind.BUTTON, f"{FILLER} {i:03d}", Box(10, 10 + 20 * i, 400, 18)) for i in range(n)
    ]
    elements[n // 2] = Element(n // 2, ElementKind.BUTTON, "Export to spreadsheet", Box(10, 10, 200, 18))
    return elements


def test_a_long_screen_keeps_the_relevant_elements_in_screen_order() -> None:
    screen = busy_screen()
    kept = most_relevant(screen, "export the report to a spreadsheet")
    assert len(kept) == MAX_CHOICES
    assert any(e.name == "Export to spreadsheet" for e in kept)
    assert [e.id for e in kept] == sorted(e.id for e in kept)
    assert most_relevant(screen[:5], "anything") == screen[:5]


def test_the_grounder_lists_no_more_than_fits() -> None:
    runtime = ScriptedRuntime({"element": "Export to spreadsheet"}, {"element": "Export to spreadsheet"})
    pick = Grounder(runtime).pick("the export to spreadsheet button", busy_screen())
    assert pick.element is not None and pick.element.name == "Export to spreadsheet"
    messages, schema = runtime.history[0]
    assert schema is not None and len(schema["properties"]["element"]["enum"]) == MAX_CHOICES
    assert messages[-1].content.count("\n- ") <= MAX_CHOICES


def test_a_very_long_name_is_quoted_short_and_still_maps_back() -> None:
    long_name = "Terms " + "and conditions " * 60
    screen = [Element(1, ElementKind.CHECKBOX, "", Box(0, 0, 10, 10), label=long_name)]
    runtime = ScriptedRuntime({"element": long_name[:MAX_NAME_CHARS].strip()})
    pick = Grounder(runtime, orders=1).pick("the terms box", screen)
    assert pick.element is screen[0]


@pytest.fixture(scope="module")
def builtin(tmp_path_factory: pytest.TempPathFactory) -> LlamaRuntime:
    return LlamaRuntime(resolve_role("grounder", tmp_path_factory.mktemp("models")), threads=2)


@pytest.mark.model
def test_the_real_model_answers_on_a_screen_far_past_its_context(builtin: LlamaRuntime) -> None:
    """300 long-named buttons are ~9000 tokens listed in full; the question must still be answered."""
    pick = Grounder(builtin).pick("Export to spreadsheet please", busy_screen())
    assert pick.element is not None, pick.note
    answer = Actor(builtin).next_action("Export the table to a spreadsheet", busy_screen(), [])
    assert "context" not in answer.problem, answer.problem


@pytest.mark.model
def test_a_task_longer_than_the_context_is_an_answer_with_a_reason(builtin: LlamaRuntime) -> None:
    task = "Please click the button that exports everything. " * 400
    answer = Actor(builtin).next_action(task, busy_screen(10), [])
    assert answer.element is None and "context" in answer.problem
