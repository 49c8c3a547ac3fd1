"""The parser corpus: varied screens and phrasings, goals the parser accepts, a split by family."""

from __future__ import annotations

import json

from app.agent.parser import Parser
from app.training.parser_corpus import FAMILIES, HELD_OUT, generate, split
from scripts.train_parser import elements_of
from tests.fakes import ScriptedRuntime


def test_every_goal_names_an_element_on_its_screen_and_values_come_from_the_task() -> None:
    for case in generate(400, seed=1):
        names = {item.name for item in case.screen}
        for goal in case.goals:
            assert goal.target in names, (case.task, goal)
            assert goal.value.casefold() in case.task.casefold(), (case.task, goal)


def test_each_label_reads_back_as_its_goals_through_the_parser() -> None:
    """Training teaches answers the parser accepts: the target is nameable, the action suits
    its kind, the value is in the task. One kind it refuses: a target the task does not name in
    words, a synonym or the meaning map (the corpus ends "Contact them as Maria Lopez,
    ravi@navy.mil" with its submit button, "Forget it" means Don't Save); the shipped adapter
    was trained before that rule, and such readings go on to the next tier (a retrained adapter
    should learn from a corpus without them)."""
    parser = Parser(ScriptedRuntime())
    cases = generate(300, seed=2)
    refused = 0
    for case in cases:
        named = parser.nameable(elements_of(case), case.task)
        label = parser.label([(g.action, g.target, g.value) for g in case.goals])
        goals, reason = parser.read(json.loads(label), named, case.task)
        if goals is None:
            assert reason.startswith("the task does not name"), (case.task, reason)
            refused += 1
            continue
        assert [(g.intent.value, g.target, g.value) for g in goals] == [
            (g.action, g.target, g.value) for g in case.goals
        ]
    assert refused < len(cases) // 6, refused  # 37 of 300 when the rule came in


def test_the_corpus_is_varied() -> None:
    cases = generate(330, seed=3)
    assert {c.family for c in cases} == {f.name for f in FAMILIES}
    assert len({c.layout for c in cases}) >= 12
    assert len({c.task for c in cases}) >= 300
    names = {item.name for c in cases for item in c.screen}
    # One control, several toolkits' captions: a label's colon, a placeholder, plain.
    assert {"Email", "Email:", "Enter email"} & names and len(names) > 150


def test_the_split_is_by_phrasing_family() -> None:
    train, held_out = split(120, 30, seed=4)
    assert not {c.family for c in train} & HELD_OUT
    assert {c.family for c in held_out} == HELD_OUT
    assert split(120, 30, seed=4) == (train, held_out), "the same seed makes the same corpus"


def test_meaning_family_answers_dialogs_by_their_own_buttons() -> None:
    cases = [c for c in generate(200, families=["by_meaning"], seed=5) if c.layout == "unsaved"]
    discards = [c for c in cases if c.task.startswith(("Discard", "Throw away"))]
    assert discards, "the unsaved-changes dialog is answered by meaning"
    for case in discards:
        assert case.goals[0].target in {"Don't Save", "Discard", "Close without saving", "Don't save"}
