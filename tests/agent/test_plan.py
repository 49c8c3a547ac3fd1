"""How a task sentence becomes goals code can ground."""

from __future__ import annotations

import pytest

from app.agent.plan import Intent, KindHint, parse_task, split_clauses


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("Click the Submit button", [(Intent.CLICK, "Submit", "", KindHint.BUTTON)]),
        ("press OK", [(Intent.CLICK, "OK", "", KindHint.ANY)]),
        ("Type Alice into the Name field", [(Intent.TYPE, "Name", "Alice", KindHint.FIELD)]),
        (
            "Enter alice@example.com in the e-mail box.",
            [(Intent.TYPE, "e-mail", "alice@example.com", KindHint.FIELD)],
        ),
        ("Fill the email with bob@example.com", [(Intent.TYPE, "email", "bob@example.com", KindHint.ANY)]),
        (
            "Choose Canada from the Country dropdown",
            [(Intent.SELECT, "Country", "Canada", KindHint.DROPDOWN)],
        ),
        ("Set Country to Japan", [(Intent.FILL, "Country", "Japan", KindHint.ANY)]),
        ("Tick Subscribe to newsletter", [(Intent.CHECK, "Subscribe to newsletter", "", KindHint.ANY)]),
        ("untick the terms checkbox", [(Intent.UNCHECK, "terms", "", KindHint.CHECKBOX)]),
        (
            "select the I accept the terms checkbox",
            [(Intent.CHECK, "I accept the terms", "", KindHint.CHECKBOX)],
        ),
    ],
)
def test_single_clauses(task: str, expected: list[tuple[Intent, str, str, KindHint]]) -> None:
    goals = parse_task(task)
    assert [(g.intent, g.target, g.value, g.hint) for g in goals] == expected


def test_a_multi_step_task_keeps_its_order() -> None:
    goals = parse_task("Type Alice into Name, tick Subscribe to newsletter and then press Submit")
    assert [(g.intent, g.target) for g in goals] == [
        (Intent.TYPE, "Name"),
        (Intent.CHECK, "Subscribe to newsletter"),
        (Intent.CLICK, "Submit"),
    ]


def test_quoted_values_are_never_split() -> None:
    (goal,) = parse_task('Type "Tom, and then Jerry" into Name')
    assert goal.value == "Tom, and then Jerry"


def test_an_and_without_a_verb_stays_in_its_clause() -> None:
    assert split_clauses("Click Salt and Pepper") == ["Click Salt and Pepper"]


def test_a_task_no_pattern_knows_is_one_unknown_goal_for_the_actor() -> None:
    (goal,) = parse_task("Get the terms sorted")
    assert goal.intent is Intent.UNKNOWN and goal.raw == "Get the terms sorted"


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("Press button Apply", [(Intent.CLICK, "Apply", "", KindHint.BUTTON)]),
        ("Open the link Pricing", [(Intent.CLICK, "Pricing", "", KindHint.LINK)]),
        ("Type report.pdf in the textbox", [(Intent.TYPE, "", "report.pdf", KindHint.FIELD)]),
        ("Call it summary.txt", [(Intent.TYPE, "", "summary.txt", KindHint.FIELD)]),
        ("Enter kim as the user name", [(Intent.TYPE, "user name", "kim", KindHint.ANY)]),
        ("Focus the search box, type cats", [(Intent.TYPE, "search", "cats", KindHint.FIELD)]),
        ("Pick Large", [(Intent.CLICK, "Large", "", KindHint.ANY)]),
        ("Choose Small as the size", [(Intent.SELECT, "size", "Small", KindHint.ANY)]),
        (
            "Set Name to Grace Hopper, Email to grace@navy.mil and City to Arlington",
            [
                (Intent.FILL, "Name", "Grace Hopper", KindHint.ANY),
                (Intent.FILL, "Email", "grace@navy.mil", KindHint.ANY),
                (Intent.FILL, "City", "Arlington", KindHint.ANY),
            ],
        ),
        (
            "Type Ada in First name, Lovelace in Last name",
            [
                (Intent.TYPE, "First name", "Ada", KindHint.ANY),
                (Intent.TYPE, "Last name", "Lovelace", KindHint.ANY),
            ],
        ),
        (
            "Tick Cheese and Olives",
            [(Intent.CHECK, "Cheese", "", KindHint.ANY), (Intent.CHECK, "Olives", "", KindHint.ANY)],
        ),
        ("Discard the draft", [(Intent.ANSWER, "Discard the draft", "", KindHint.ANY)]),
        ("Give it another go", [(Intent.ANSWER, "Give it another go", "", KindHint.ANY)]),
    ],
)
def test_the_forms_people_use(task: str, expected: list[tuple[Intent, str, str, KindHint]]) -> None:
    assert [(g.intent, g.target, g.value, g.hint) for g in parse_task(task)] == expected


def test_a_clause_that_gives_values_is_not_a_bare_answer() -> None:
    """The values go in the fields their shape names, then the form is sent."""
    goals = parse_task("Register as Grace Hopper, grace@navy.mil")
    assert [(g.intent, g.target, g.value) for g in goals] == [
        (Intent.TYPE, "name", "Grace Hopper"),
        (Intent.TYPE, "email", "grace@navy.mil"),
        (Intent.ANSWER, "sign up", ""),
    ]


def test_log_in_as_someone_with_a_password_is_two_fields_and_the_log_in_answer() -> None:
    goals = parse_task("Log in as kim with the password swordfish")
    assert [(g.intent, g.target, g.value) for g in goals] == [
        (Intent.TYPE, "username", "kim"),
        (Intent.TYPE, "password", "swordfish"),
        (Intent.ANSWER, "log in", ""),
    ]


def test_a_clause_that_brings_data_is_not_a_dialog_answer() -> None:
    """ "Register the customer from the notes" is form work for the actor, though "register"
    can answer a dialog; "Register" alone still is an answer."""
    assert [g.intent for g in parse_task("Register the customer from the notes")] == [Intent.UNKNOWN]
    assert [g.intent for g in parse_task("Discard the draft")] == [Intent.ANSWER]


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("Press Enter", [(Intent.KEY, "", "Enter")]),
        ("hit Escape", [(Intent.KEY, "", "Escape")]),
        ("Press Ctrl+S", [(Intent.KEY, "", "Ctrl+S")]),
        ("press ctrl - shift - t", [(Intent.KEY, "", "ctrl+shift+t")]),
        ("press Tab then type x", [(Intent.KEY, "", "Tab"), (Intent.TYPE, "", "x")]),
        ("Press the Delete key", [(Intent.KEY, "", "Delete")]),
        ("Press Enter to accept", [(Intent.KEY, "", "Enter")]),
        ("just hit enter", [(Intent.KEY, "", "enter")]),
        ("Type Ada into Name and press Enter", [(Intent.TYPE, "Name", "Ada"), (Intent.KEY, "", "Enter")]),
        ("Double-click report.txt", [(Intent.DOUBLE_CLICK, "report.txt", "")]),
        ("scroll down", [(Intent.SCROLL, "", "down")]),
        ("Scroll to item42", [(Intent.SCROLL, "item42", "")]),
        ("Launch the calculator", [(Intent.LAUNCH, "calculator", "")]),
        ("Start the text editor app", [(Intent.LAUNCH, "text editor", "")]),
        ("Set the volume slider to 80", [(Intent.FILL, "volume", "80")]),
    ],
)
def test_keys_double_clicks_scrolling_sliders_and_programs(
    task: str, expected: list[tuple[Intent, str, str]]
) -> None:
    assert [(g.intent, g.target, g.value) for g in parse_task(task)] == expected


def test_a_caption_that_is_also_a_key_is_a_button_unless_the_task_says_key() -> None:
    assert [(g.intent, g.target) for g in parse_task("Press Delete")] == [(Intent.CLICK, "Delete")]
    assert [(g.intent, g.target) for g in parse_task("Go to Settings")] == [(Intent.CLICK, "Settings")]
    assert parse_task("Set the volume slider to 80")[0].hint is KindHint.SLIDER


@pytest.mark.parametrize(
    ("task", "intent", "noun"),
    [
        ("Tick all the toppings", Intent.CHECK, "toppings"),
        ("untick everything", Intent.UNCHECK, ""),
        ("turn on all notifications", Intent.CHECK, "notifications"),
        ("check both of them", Intent.CHECK, ""),
        ("tick each option", Intent.CHECK, "option"),
    ],
)
def test_all_every_and_everything_mean_every_box(task: str, intent: Intent, noun: str) -> None:
    (goal,) = parse_task(task)
    assert (goal.intent, goal.every, goal.target) == (intent, True, noun)


def test_a_caption_that_starts_with_all_is_one_box() -> None:
    (goal,) = parse_task("Tick Allergies")
    assert (goal.every, goal.target) == (False, "Allergies")
