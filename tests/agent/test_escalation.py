"""The router and the cloud consultant in the loop: who answers, why, and the fallbacks.

The local model is scripted (tests/fakes.py); the cloud is a real HTTP server on 127.0.0.1
behind the real gate, scrubber and CloudRuntime.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.agent.controller import Controller, Tier
from app.agent.router import Signals, Thresholds, route
from app.agent.specialists import Actor, Grounder, Planner
from app.agent.steps import Outcome, Step, Task
from app.privacy.gate import Gate, Policy
from app.privacy.scrub import Scrubber
from app.runtimes.cloud import CloudRuntime, Provider
from tests.cloud_server import CloudStandIn, cloud_stand_in
from tests.fakes import FakeForm, FakeHands, ListLedger, ScriptedRuntime, no_confirm


@pytest.fixture
def server() -> Iterator[CloudStandIn]:
    with cloud_stand_in() as state:
        yield state


def cloud_tier(server: CloudStandIn, policy: Policy = "always") -> tuple[Tier, ListLedger]:
    ledger = ListLedger()
    runtime = CloudRuntime(
        Provider("stand-in", server.url, "big"), gate=Gate(policy, ledger), scrubber=Scrubber(), retries=0
    )
    return Tier("cloud", Grounder(runtime, orders=1), Actor(runtime), Planner(runtime)), ledger


def run(
    form: FakeForm, local: ScriptedRuntime, tiers: tuple[Tier, ...], text: str
) -> tuple[list[Step], Outcome]:
    controller = Controller(
        screen=form,
        hands=FakeHands(form),
        grounder=Grounder(local),
        actor=Actor(local),
        confirm=no_confirm,
        settle_s=0.0,
        tiers=tiers,
    )
    items = list(controller.run(Task(text)))
    assert isinstance(items[-1], Outcome)
    return [i for i in items if isinstance(i, Step)], items[-1]


def test_route_table() -> None:
    t = Thresholds()
    assert not route(Signals(True, True, 0, 0), t).escalate
    assert route(Signals(True, False, 0, 0), t).reason == "the local grounder wavered between two answers"
    assert route(Signals(False, True, 0, 0), t).escalate
    assert route(Signals(True, True, 1, 0), t).escalate
    assert not route(Signals(False, False, 3, 5), t).escalate
    assert not route(Signals(True, False, 0, 0), Thresholds(escalate_when_wavering=False)).escalate


def test_a_wavering_grounder_consults_the_cloud_which_decides(server: CloudStandIn) -> None:
    server.reply = lambda _r: '{"element": "Email"}'
    tier, ledger = cloud_tier(server)
    local = ScriptedRuntime({"element": "Name"}, {"element": "Password"})
    steps, outcome = run(FakeForm.standard(), local, (tier,), "Type a@b.c into the e-mail address box")
    assert outcome.status == "done" and outcome.cloud_calls == 1 and outcome.local_calls == 2
    assert steps[0].decided_by == "cloud" and "wavered" in steps[0].route
    assert len(server.requests) == 1 and ledger.rows[0]["status"] == "answered"


def test_a_consistent_local_answer_never_leaves_the_machine(server: CloudStandIn) -> None:
    tier, ledger = cloud_tier(server)
    local = ScriptedRuntime({"element": "Email"}, {"element": "Email"})
    steps, outcome = run(FakeForm.standard(), local, (tier,), "Type a@b.c into the e-mail address box")
    assert outcome.status == "done" and outcome.cloud_calls == 0
    assert server.requests == [] and ledger.rows == []
    assert steps[0].route == "the local answer was consistent"


@pytest.mark.parametrize("failure", [{"status": 500}, {"malformed": True}])
def test_a_failing_cloud_falls_back_to_the_local_answer(
    server: CloudStandIn, failure: dict[str, Any]
) -> None:
    for key, value in failure.items():
        setattr(server, key, value)
    tier, ledger = cloud_tier(server)
    local = ScriptedRuntime({"element": "Email"}, {"element": "Name"})
    form = FakeForm.standard()
    steps, outcome = run(form, local, (tier,), "Type a@b.c into the e-mail address box")
    assert outcome.status == "done" and outcome.cloud_calls == 0
    assert steps[0].decided_by == "local" and "kept the local answer" in steps[0].route
    assert ledger.rows[0]["status"] == "failed"


def test_a_denied_escalation_sends_nothing_and_the_run_goes_on(server: CloudStandIn) -> None:
    tier, ledger = cloud_tier(server, policy="never")
    local = ScriptedRuntime({"element": "Email"}, {"element": "Name"})
    _, outcome = run(FakeForm.standard(), local, (tier,), "Type a@b.c into the e-mail address box")
    assert outcome.status == "done" and server.requests == []
    assert ledger.rows[0]["allowed"] is False


def test_the_llm_plans_and_local_code_executes(server: CloudStandIn) -> None:
    server.reply = lambda _r: json.dumps(
        {"steps": ["Tick I accept the terms", "Type Ada into the Name field", "Click Submit"]}
    )
    tier, _ = cloud_tier(server)
    form = FakeForm.standard()
    steps, outcome = run(form, ScriptedRuntime(), (tier,), "Sign Ada up after agreeing to the conditions")
    assert outcome.status == "done", outcome.reason
    assert [s.decided_by for s in steps] == ["cloud", "code", "code", "code"]
    assert form.widget("I accept the terms").value == "checked" and form.state["pressed"] == ["Submit"]
    assert outcome.cloud_calls == 1 and len(server.requests) == 1


def test_one_escalation_budget_holds_for_every_tier_and_question(server: CloudStandIn) -> None:
    server.reply = lambda _r: '{"element": "Nothing on screen"}'
    first, ledger = cloud_tier(server)
    second, _ = cloud_tier(server)
    # The local grounder wavers between two fields (a field of another kind would be refused as
    # no evidence, and the run would not escalate on a waver at all).
    local = ScriptedRuntime({"element": "Email"}, {"element": "Name"})
    form = FakeForm.standard()
    controller = Controller(
        screen=form,
        hands=FakeHands(form),
        grounder=Grounder(local),
        actor=Actor(local),
        confirm=no_confirm,
        settle_s=0.0,
        tiers=(first, second),
        thresholds=Thresholds(max_escalations_per_run=1),
    )
    items = list(controller.run(Task("Type a@b.c into the e-mail address box")))
    step = next(i for i in items if isinstance(i, Step))
    assert len(server.requests) == 1 and ledger.rows[0]["status"] == "malformed"
    assert step.decided_by == "local" and "escalation budget of 1 per run used" in step.route


def test_a_denied_cloud_is_one_more_reason_on_the_trail(server: CloudStandIn) -> None:
    tier, _ = cloud_tier(server, policy="never")
    local = ScriptedRuntime({"element": "Email"}, {"element": "Name"})
    steps, _ = run(FakeForm.standard(), local, (tier,), "Type a@b.c into the e-mail address box")
    assert steps[0].route.startswith("the local grounder wavered between two answers; cloud: ")
    assert steps[0].route.endswith("; kept the local answer") and len(steps[0].lm_calls) == 2


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(st.text(max_size=60), st.dictionaries(st.text(max_size=8), st.text(max_size=12))),
        min_size=40,
        max_size=40,
    )
)
def test_arbitrary_model_output_never_crashes_the_controller(replies: list[Any]) -> None:
    local = ScriptedRuntime(*replies)
    form = FakeForm.standard()
    controller = Controller(
        screen=form,
        hands=FakeHands(form),
        grounder=Grounder(local),
        actor=Actor(local),
        confirm=no_confirm,
        settle_s=0.0,
    )
    items = list(
        controller.run(Task("Type x into the e-mail address box and then do something clever", max_steps=8))
    )
    assert isinstance(items[-1], Outcome)
    assert items[-1].status in {"done", "failed", "stopped", "refused"}
