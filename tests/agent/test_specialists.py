"""Given a model's reply, each specialist reads it into a typed answer the controller acts on.

The model is scripted (tests/fakes.py); the cloud is the real gated runtime with nobody to ask.
"""

from __future__ import annotations

from app.agent.plan import Intent
from app.agent.specialists import MAX_TYPED, Actor, Grounder, Planner
from app.agent.steps import Box, Element, ElementKind
from app.privacy.gate import Gate
from app.privacy.scrub import Scrubber
from app.runtimes.cloud import CloudRuntime, Provider
from tests.fakes import FakeForm, ListLedger, ScriptedRuntime

ELEMENTS = FakeForm.standard().observe().elements


def test_the_actor_reads_a_click_a_typing_and_done() -> None:
    runtime = ScriptedRuntime(
        {"action": "click", "target": "Submit", "text": ""},
        {"action": "type", "target": "Name", "text": "Ada"},
        {"action": "done", "target": "Submit", "text": ""},
    )
    actor = Actor(runtime)
    click, typing, done = (actor.next_action("sign up", ELEMENTS, []) for _ in range(3))
    assert (click.verb, click.element and click.element.name, click.problem) == ("click", "Submit", "")
    assert (typing.verb, typing.text, typing.problem) == ("type", "Ada", "")
    assert (done.verb, done.element, done.problem) == ("done", None, "")
    assert len(click.records) == 1 and click.records[0].role == "actor"


def test_the_actor_says_why_a_move_cannot_be_made() -> None:
    runtime = ScriptedRuntime("not json", {"action": "type", "target": "Submit", "text": "Ada"})
    actor = Actor(runtime)
    garbage = actor.next_action("sign up", ELEMENTS, [])
    assert garbage.element is None and garbage.problem.startswith("the actor gave no usable answer")
    nonsense = actor.next_action("sign up", ELEMENTS, [])
    assert nonsense.element is not None and nonsense.element.name == "Submit"
    assert nonsense.problem == "typing 'Ada' into button 'Submit' makes no sense"


def test_a_plan_keeps_only_the_commands_code_can_follow() -> None:
    planner = Planner(ScriptedRuntime({"steps": ["Click Submit", "ponder the meaning of life"]}))
    answer = planner.plan("sign up", ELEMENTS)
    assert [g.intent for g in answer.goals] == [Intent.CLICK] and answer.problem == ""
    empty = Planner(ScriptedRuntime({"steps": ["ponder"]})).plan("sign up", ELEMENTS)
    assert empty.goals == () and empty.problem == "the plan had no command code can follow"


def test_a_ticked_box_reads_checked_to_the_model() -> None:
    runtime = ScriptedRuntime({"element": "I agree"})
    box = Element(1, ElementKind.CHECKBOX, "", Box(0, 0, 16, 16), label="I agree", checked=True)
    Grounder(runtime, orders=1).pick("the terms", [box])
    (messages, _schema) = runtime.history[0]
    assert '- checkbox "I agree" (shows "checked")' in messages[-1].content


def test_a_cloud_that_was_not_asked_is_an_unusable_answer_with_the_reason() -> None:
    ledger = ListLedger()
    cloud = CloudRuntime(
        Provider("stand-in", "http://127.0.0.1:9", "big"),
        gate=Gate("ask", ledger, ask=None),
        scrubber=Scrubber(),
    )
    pick = Grounder(cloud, orders=1).pick("the send button", ELEMENTS)
    assert pick.element is None and pick.records == ()
    assert "nobody to ask" in pick.problem
    assert ledger.rows[0]["allowed"] is False


def test_the_actor_asks_for_text_only_when_a_field_can_take_it() -> None:
    buttons = [e for e in ELEMENTS if e.kind is not ElementKind.FIELD]
    runtime = ScriptedRuntime({"action": "click", "target": "Submit", "text": ""})
    Actor(runtime).next_action("send it", buttons, [])
    (_messages, schema) = runtime.history[0]
    assert schema is not None and schema["properties"]["text"]["maxLength"] == 0
    with_fields = Actor.schema({e.name: e for e in ELEMENTS})
    assert with_fields["properties"]["text"]["maxLength"] == MAX_TYPED


def test_a_local_actor_answers_one_of_three_moves_with_only_what_is_read() -> None:
    """A click names an element, a typing a field and its text, done nothing: no narration."""
    schema = Actor.schema({e.name: e for e in ELEMENTS}, moves=True)
    click, typing, done = schema["anyOf"]
    assert set(click["properties"]) == {"action", "target"}
    assert typing["properties"]["target"]["enum"] == ["Name", "Email", "Password"]
    assert typing["properties"]["text"]["minLength"] == 1
    assert set(done["properties"]) == {"action"}
    buttons = {e.name: e for e in ELEMENTS if e.kind is not ElementKind.FIELD}
    assert [m["properties"]["action"]["const"] for m in Actor.schema(buttons, moves=True)["anyOf"]] == [
        "click",
        "done",
    ]
