"""Issue 15's understanding rules, as a reader would state them: given a task and a screen,
these are the goals, the element code grounds, and the model picks that are not acted on."""

from __future__ import annotations

import pytest

from app.agent import grounding, meaning
from app.agent.plan import Intent, parse_task
from app.agent.specialists import Actor, Grounder
from app.agent.steps import Box, Element, ElementKind
from app.desktop.elements import Role
from tests.fakes import ScriptedRuntime

_BROWSER = "Sign up \u2013 Nimbus - Chromium"


def _e(
    id_: int,
    kind: ElementKind,
    name: str,
    y: int = 300,
    *,
    h: int = 24,
    role: Role | None = None,
    checked: bool | None = None,
    window: str = "",
) -> Element:
    return Element(id_, kind, name, Box(300, y, 120, h), role=role, checked=checked, window=window)


def _goals(task: str) -> list[tuple[Intent, str, str]]:
    return [(g.intent, g.target, g.value) for g in parse_task(task)]


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("Name the layer Background", [(Intent.TYPE, "layer", "Background"), (Intent.ANSWER, "ok", "")]),
        ("I need 3 copies", [(Intent.FILL, "copies", "3"), (Intent.ANSWER, "ok", "")]),
        (
            "Save it as minutes-final.txt",
            [(Intent.TYPE, "file name", "minutes-final.txt"), (Intent.ANSWER, "save", "")],
        ),
        ("Export it as WebP", [(Intent.SELECT, "", "WebP"), (Intent.ANSWER, "ok", "")]),
        (
            "stop sending usage statistics, then ok",
            [(Intent.UNCHECK, "sending usage statistics", ""), (Intent.ANSWER, "ok", "")],
        ),
        (
            "I'd like olives and ham please",
            [(Intent.CHECK, "olives", ""), (Intent.CHECK, "ham", ""), (Intent.ANSWER, "ok", "")],
        ),
        ("Oops, go back to editing", [(Intent.ANSWER, "go back to editing", "")]),
        (
            "Search for wireless headphones",
            [(Intent.TYPE, "search", "wireless headphones"), (Intent.KEY, "", "enter")],
        ),
        ("Sign in with Google", [(Intent.CLICK, "Sign in with Google", "")]),
        (
            "Turn off email notifications, let only followers see my posts and save",
            [
                (Intent.UNCHECK, "email notifications", ""),
                (Intent.CLICK, "only followers", ""),
                (Intent.ANSWER, "save", ""),
            ],
        ),
        # A task that says how to end ends so: no OK is added.
        ("Call it summary.txt and press OK", [(Intent.TYPE, "", "summary.txt"), (Intent.CLICK, "OK", "")]),
    ],
)
def test_value_phrasings_become_goals_code_can_ground(
    task: str, expected: list[tuple[Intent, str, str]]
) -> None:
    assert _goals(task) == expected


def test_a_form_given_as_a_list_of_values_puts_each_in_the_field_its_shape_names() -> None:
    assert _goals(
        "Sign up as Ada Lovelace, ada@example.org, password Engine1843, and agree to the terms"
    ) == [
        (Intent.TYPE, "name", "Ada Lovelace"),
        (Intent.TYPE, "email", "ada@example.org"),
        (Intent.TYPE, "password", "Engine1843"),
        (Intent.ANSWER, "agree to the terms", ""),
        (Intent.ANSWER, "sign up", ""),
    ]
    assert _goals(
        "Send it to Alan Turing, 2 Bletchley Road, Milton Keynes, MK3 6EB, United Kingdom, overnight, "
        "then continue to payment"
    ) == [
        (Intent.TYPE, "name", "Alan Turing"),
        (Intent.TYPE, "street", "2 Bletchley Road"),
        (Intent.TYPE, "city", "Milton Keynes"),
        (Intent.TYPE, "zip", "MK3 6EB"),
        (Intent.FILL, "country", "United Kingdom"),
        (Intent.CLICK, "overnight", ""),
        (Intent.ANSWER, "continue to payment", ""),
    ]


def test_words_are_read_as_a_person_reads_them() -> None:
    boxes = [
        _e(1, ElementKind.CHECKBOX, "Light", role=Role.RADIO_BUTTON),
        _e(2, ElementKind.CHECKBOX, "Dark", role=Role.RADIO_BUTTON),
        _e(3, ElementKind.CHECKBOX, "Save automatically every 5 minutes"),
        _e(4, ElementKind.CHECKBOX, "Send anonymous usage statistics"),
    ]
    clickable = (ElementKind.CHECKBOX,)
    assert grounding.by_words("autosave", boxes, clickable) == boxes[2]
    assert grounding.by_words("sending usage statistics", boxes, clickable) == boxes[3]
    assert grounding.by_words("dark theme", boxes, clickable) == boxes[1]
    rows = [_e(1, ElementKind.LABEL, "Select items from the list below."), _e(2, ElementKind.LABEL, "item7")]
    assert grounding.by_words("item42", rows, (ElementKind.LABEL,)) is None


def test_a_toggle_button_is_ticked_but_a_plain_button_is_not() -> None:
    screen = [_e(1, ElementKind.BUTTON, "Dark mode", checked=False), _e(2, ElementKind.BUTTON, "Subscribe")]
    kinds = grounding.kinds_for(parse_task("Enable dark mode")[0])
    assert grounding.exact("dark mode", screen, kinds) == screen[0]
    assert grounding.exact("Subscribe", screen, grounding.kinds_for(parse_task("Tick Subscribe")[0])) is None


def test_a_pick_needs_evidence() -> None:
    assert grounding.contradicts("Password", _e(1, ElementKind.FIELD, "File name"))
    assert grounding.contradicts("Extra large", _e(1, ElementKind.CHECKBOX, "Large"))
    assert not grounding.supports("Extra large", _e(1, ElementKind.CHECKBOX, "Small", role=Role.RADIO_BUTTON))
    assert grounding.supports("surname", _e(1, ElementKind.FIELD, "Last name"))
    assert grounding.contradicts("surname", _e(1, ElementKind.FIELD, "First name"))
    assert grounding.contradicts("Address", _e(1, ElementKind.FIELD, "Email"))
    assert not grounding.contradicts("e-mail address", _e(1, ElementKind.FIELD, "Email"))
    assert grounding.contradicts("Airplane mode", _e(1, ElementKind.CHECKBOX, "Dark mode"))
    assert grounding.contradicts("billing address", _e(1, ElementKind.FIELD, "Shipping address"))
    assert not grounding.contradicts("dark theme", _e(1, ElementKind.CHECKBOX, "Dark mode"))
    assert not grounding.contradicts("Remember me", _e(1, ElementKind.CHECKBOX, "Remember my choice"))
    assert not grounding.contradicts("the terms box", _e(1, ElementKind.CHECKBOX, "Terms and conditions"))
    profile = _e(1, ElementKind.DROPDOWN, "Profile visibility")
    assert not grounding.contradicts("who can see my profile", profile)
    assert grounding.supports("night theme", _e(1, ElementKind.CHECKBOX, "Dark mode"))
    assert not grounding.supports("Airplane mode", _e(1, ElementKind.CHECKBOX, "Auto save"))
    assert not grounding.supports("night theme", _e(1, ElementKind.CHECKBOX, "Dark mode"), again=True)
    assert not grounding.supports("Sign in with Google", _e(1, ElementKind.BUTTON, "You"))
    assert grounding.supports("the button that sends the form", _e(1, ElementKind.BUTTON, "Submit"))


def test_the_grounder_answers_none_of_these_when_its_pick_has_no_evidence() -> None:
    screen = [_e(1, ElementKind.FIELD, "File name")]
    pick = Grounder(ScriptedRuntime({"element": "File name"})).pick("Password", screen)
    assert pick.element is None and "nothing on screen is 'Password'" in pick.problem
    assert len(pick.records) == 1


def _chromium_page() -> list[Element]:
    w = _BROWSER
    return [
        _e(1, ElementKind.BUTTON, "Tab search", 6, h=28, window=w),
        _e(2, ElementKind.BUTTON, "Back", 46, h=34, window=w),
        _e(3, ElementKind.FIELD, "Address and search bar", 51, window=w),
        _e(4, ElementKind.BUTTON, "You", 46, h=34, window=w),
        _e(5, ElementKind.LABEL, "You are using an unsupported command-line flag", 108, h=14, window=w),
        _e(6, ElementKind.BUTTON, "Close", 101, h=28, window=w),
        _e(7, ElementKind.FIELD, "Full name", 373, window=w),
        _e(8, ElementKind.BUTTON, "Create account", 619, window=w),
        _e(9, ElementKind.LINK, "Sign in", 665, window=w),
    ]


def test_a_browsers_own_controls_are_not_the_page() -> None:
    page = _chromium_page()
    assert grounding.browser_chrome(page) == {1, 2, 3, 4, 5, 6}
    assert [e.id for e in grounding.candidates(page, (ElementKind.BUTTON, ElementKind.LINK))] == [8, 9]
    # The page's button sends the form; the link beside it goes elsewhere.
    assert grounding.by_meaning("sign up", page) == page[7]
    # A task names the address bar in so many words.
    assert grounding.exact("Address and search bar", page, (ElementKind.FIELD,)) == page[2]


def test_dialog_answers_by_meaning() -> None:
    assert meaning.of_task("Oops, go back to editing") == [meaning.Meaning.CANCEL]
    assert meaning.of_caption("Save changes") is meaning.Meaning.SAVE
    assert meaning.of_caption("Don't save changes") is meaning.Meaning.DONT_SAVE
    assert meaning.of_caption("Finish") is meaning.Meaning.NEXT


def test_the_actor_ticks_nothing_the_task_does_not_speak_of() -> None:
    screen = [
        _e(1, ElementKind.CHECKBOX, "Standard delivery", role=Role.RADIO_BUTTON),
        _e(2, ElementKind.CHECKBOX, "Gift wrap the order"),
    ]
    actor = Actor(
        ScriptedRuntime(
            {"action": "click", "target": "Standard delivery", "text": ""},
            {"action": "click", "target": "Gift wrap the order", "text": ""},
        )
    )
    guess, meant = (actor.next_action("Place the order", screen, []) for _ in range(2))
    assert guess.problem.startswith("nothing on screen does what the task says")
    assert (meant.verb, meant.element, meant.problem) == ("click", screen[1], "")
