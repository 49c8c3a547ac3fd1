"""A screenshot goes to the cloud only with the image permission, redacted, and on the record.

A real local HTTP server stands in for the cloud (tests/cloud_server.py) and keeps every
request, so what would arrive is inspected there: the data URI decoded, the PNG's redacted
boxes checked pixel by pixel. The gate, scrubber, redaction and CloudRuntime are the real ones.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.agent.controller import Controller
from app.agent.specialists import Actor, Grounder
from app.agent.steps import Outcome, Task
from app.cli.run import terminal_ask
from app.privacy.gate import Gate, Question
from app.privacy.redact import Screenshot, ScreenText
from app.privacy.scrub import Scrubber
from app.runtimes.base import Message
from app.runtimes.cloud import CloudRuntime, Provider
from app.services.cloud import Escalation
from app.services.run import cloud_tier
from tests.cloud_server import CloudStandIn, cloud_stand_in
from tests.fakes import FakeForm, FakeHands, ListLedger, ScriptedRuntime, no_confirm

SCHEMA = {
    "type": "object",
    "properties": {"element": {"type": "string", "enum": ["Submit", "Clear"]}},
    "required": ["element"],
}
WIDTH, HEIGHT = 1600, 900
#: (text, caption, field, box, blacked out?)
FORM = [
    ("Practice form", "", False, (60, 30, 300, 40), False),
    ("Ada Lovelace", "Name", True, (300, 120, 600, 44), True),
    ("ada@example.com", "Email", True, (300, 200, 600, 44), True),
    ("••••••••", "Password", True, (300, 280, 600, 44), True),
    ("Submit", "", False, (300, 380, 200, 50), False),
]


def drawn_form() -> Screenshot:
    image = Image.new("RGB", (WIDTH, HEIGHT), (236, 236, 236))
    draw = ImageDraw.Draw(image)
    texts = []
    for text, label, field, (x, y, w, h), _ in FORM:
        draw.rectangle((x, y, x + w, y + h), fill="white", outline=(80, 80, 80), width=2)
        draw.text((x + 10, y + 14), text.replace("•", "*"), fill=(10, 10, 10))
        if label:
            draw.text((120, y + 14), label, fill=(10, 10, 10))
        texts.append(ScreenText(text, (x, y, w, h), label, field))
    return Screenshot(np.asarray(image).copy(), tuple(texts))


def question(screen: Screenshot | None) -> tuple[Message, ...]:
    return (Message("system", "Pick one."), Message("user", "Mail jane@example.org: which button?", screen))


def sent_png(request: dict[str, Any]) -> bytes:
    """The PNG in the request's one image part (a data URI), decoded."""
    (image_part,) = [
        p
        for m in request["messages"]
        if isinstance(m["content"], list)
        for p in m["content"]
        if p["type"] == "image_url"
    ]
    url = image_part["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    return base64.b64decode(url.removeprefix("data:image/png;base64,"))


@pytest.fixture
def server() -> Iterator[CloudStandIn]:
    with cloud_stand_in() as state:
        state.reply = lambda _request: '{"element": "Submit"}'
        yield state


def cloud(server: CloudStandIn, gate: Gate) -> CloudRuntime:
    return CloudRuntime(
        Provider("stand-in", server.url, "big-model"), gate=gate, scrubber=Scrubber(), retries=0
    )


def test_with_the_image_permission_the_redacted_screenshot_goes_with_the_text(server: CloudStandIn) -> None:
    ledger = ListLedger()
    completion = cloud(server, Gate("always", ledger, images=True)).complete(
        question(drawn_form()), schema=SCHEMA
    )
    assert completion.json == {"element": "Submit"}
    (request,) = server.requests
    # The form's ada@example.com is learned first (one view per request), so jane is the second.
    system, user = request["messages"]
    assert system == {"role": "system", "content": "Pick one."}
    assert user["content"][0] == {"type": "text", "text": "Mail <EMAIL_2>: which button?"}
    png = sent_png(request)
    picture = Image.open(io.BytesIO(png))
    assert picture.format == "PNG" and picture.size == (1024, round(HEIGHT * 1024 / WIDTH))
    pixels = np.asarray(picture.convert("RGB"))
    factor = 1024 / WIDTH
    for text, _, _, (x, y, w, h), blacked in FORM:
        middle = pixels[
            round(y * factor) + 3 : round((y + h) * factor) - 3,
            round(x * factor) + 3 : round((x + w) * factor) - 3,
        ]
        assert (not middle.any()) == blacked, text
    row = ledger.rows[0]
    assert "base64" not in row["payload"] and "data:image" not in row["payload"]
    assert f"{len(png)} bytes, sha256 {hashlib.sha256(png).hexdigest()}" in row["payload"]
    assert "3 boxes blacked out (NAME, EMAIL, PASSWORD)" in row["payload"]
    assert (row["allowed"], row["status"], row["reason"]) == (True, "answered", "allowed by policy always")


def test_without_the_image_permission_only_text_leaves_and_the_ledger_says_why(server: CloudStandIn) -> None:
    ledger = ListLedger()
    cloud(server, Gate("always", ledger, images=False)).complete(question(drawn_form()), schema=SCHEMA)
    (request,) = server.requests
    assert request["messages"][1] == {"role": "user", "content": "Mail <EMAIL_2>: which button?"}
    assert "image" not in json.dumps(request)
    row = ledger.rows[0]
    assert json.loads(row["payload"]) == request["messages"]
    assert (
        row["reason"]
        == "allowed by policy always; the screenshot stayed on this machine: images are not allowed"
    )


def test_a_request_about_no_screen_is_as_before(server: CloudStandIn) -> None:
    ledger = ListLedger()
    cloud(server, Gate("always", ledger, images=True)).complete(question(None), schema=SCHEMA)
    assert server.requests[0]["messages"][1]["content"] == "Mail <EMAIL_1>: which button?"
    assert ledger.rows[0]["reason"] == "allowed by policy always"


@pytest.mark.parametrize("answer", [True, False])
def test_the_person_asked_sees_the_screenshot_and_a_no_sends_nothing(
    server: CloudStandIn, answer: bool
) -> None:
    ledger = ListLedger()
    asked: list[str] = []
    gate = Gate("ask", ledger, ask=lambda q: asked.append(q) or answer, images=True)
    runtime = cloud(server, gate)
    if answer:
        runtime.complete(question(drawn_form()), schema=SCHEMA)
    else:
        with pytest.raises(Exception, match="the person said no"):
            runtime.complete(question(drawn_form()), schema=SCHEMA)
    (q,) = asked
    assert isinstance(q, Question) and q.provider == "stand-in" and q.image is not None
    assert q.payload == ledger.rows[0]["payload"]  # exactly what the ledger keeps
    kb = round(len(q.image) / 1024)
    assert q.endswith(f"\nA screenshot ({kb} KB, personal text blacked out) would be sent too.")
    assert "jane@example.org" not in q and "<EMAIL_2>" in q
    if answer:
        assert sent_png(server.requests[0]) == q.image  # the image shown is the image sent
    else:
        assert server.requests == [] and ledger.rows[0]["status"] == "blocked"
        assert hashlib.sha256(q.image).hexdigest() in ledger.rows[0]["payload"]


def test_personal_text_in_a_caption_keeps_the_screenshot_home(server: CloudStandIn) -> None:
    form = drawn_form()
    tricky = Screenshot(
        form.pixels, (*form.texts, ScreenText("", (20, 500, 16, 16), "Send receipts to ada@example.com"))
    )
    ledger = ListLedger()
    cloud(server, Gate("always", ledger, images=True)).complete(question(tricky), schema=SCHEMA)
    assert "image" not in json.dumps(server.requests[0])
    assert ledger.rows[0]["reason"].endswith("a caption holds EMAIL and has no box to black out")


def test_two_screenshots_in_one_request_are_a_programming_error(server: CloudStandIn) -> None:
    shot = drawn_form()
    messages = (Message("user", "a", shot), Message("user", "b", shot))
    with pytest.raises(ValueError, match="at most one screenshot"):
        cloud(server, Gate("always", ListLedger(), images=True)).complete(messages)
    assert server.requests == []


def run_with_cloud(
    form: FakeForm, local: ScriptedRuntime, images: bool, server: CloudStandIn, text: str
) -> tuple[Outcome, ListLedger]:
    ledger = ListLedger()
    tier = cloud_tier(
        Escalation("always", Provider("stand-in", server.url, "big"), images=images), ledger, no_confirm
    )  # type: ignore[arg-type]
    assert tier is not None
    controller = Controller(
        screen=form,
        hands=FakeHands(form),
        grounder=Grounder(local),
        actor=Actor(local),
        confirm=no_confirm,
        settle_s=0.0,
        tiers=(tier,),
    )
    outcome = list(controller.run(Task(text)))[-1]
    assert isinstance(outcome, Outcome)
    return outcome, ledger


def filled_form() -> FakeForm:
    form = FakeForm.standard()
    form.widget("Name").value = "Ada Lovelace"
    return form


@pytest.mark.parametrize("images", [True, False])
def test_the_cloud_grounder_is_shown_the_screen_it_decides_on(server: CloudStandIn, images: bool) -> None:
    server.reply = lambda _request: '{"element": "Email"}'
    form = filled_form()
    before = form.observe().image
    name = form.widget("Name").box
    assert before[name.y : name.bottom, name.x : name.right].any()  # the typed name shows
    outcome, ledger = run_with_cloud(
        form, ScriptedRuntime("{not json"), images, server, "Type a@b.c into the e-mail address box"
    )
    assert outcome.status == "done" and outcome.cloud_calls == 1 and len(server.requests) == 1
    if not images:
        assert "image" not in json.dumps(server.requests[0])
        assert ledger.rows[0]["reason"].endswith("images are not allowed")
        return
    pixels = np.asarray(Image.open(io.BytesIO(sent_png(server.requests[0]))).convert("RGB"))
    assert pixels.shape == before.shape
    assert not pixels[name.y : name.bottom, name.x : name.right].any()  # "Name: Ada Lovelace" is gone
    assert "NAME, PASSWORD" in ledger.rows[0]["payload"]


def test_the_cloud_planner_is_shown_the_screen_it_plans_for(server: CloudStandIn) -> None:
    server.reply = lambda _request: json.dumps({"steps": ["Tick I accept the terms", "Click Submit"]})
    form = filled_form()
    outcome, _ = run_with_cloud(
        form, ScriptedRuntime(), True, server, "Sign Ada up after agreeing to the conditions"
    )
    assert outcome.status == "done", outcome.reason
    (request,) = server.requests
    assert sent_png(request).startswith(b"\x89PNG")
    assert form.state["pressed"] == ["Submit"]


class Terminal(io.StringIO):
    """stdin on a terminal whose person reads the screenshot's path from stderr, checks the
    file is there, and answers no."""

    def __init__(self, capsys: pytest.CaptureFixture[str], image: bytes) -> None:
        super().__init__()
        self.capsys = capsys
        self.image = image
        self.seen: list[Path] = []

    def isatty(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> str:
        err = self.capsys.readouterr().err
        match = re.search(r"would be sent: (\S+\.png)", err)
        assert match, err
        path = Path(match.group(1))
        assert path.read_bytes() == self.image
        self.seen.append(path)
        sys.stderr.write(err)  # keep it for the test to read again
        return "n\n"


def test_the_terminal_shows_where_the_screenshot_is_and_removes_it_after(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    image = b"\x89PNG\r\n\x1a\n" + b"0" * 3000
    terminal = Terminal(capsys, image)
    monkeypatch.setattr(sys, "stdin", terminal)
    assert terminal_ask(Question("stand-in", '[{"role": "user"}]', image)) is False
    (path,) = terminal.seen
    assert not path.exists() and not path.parent.exists()
    err = capsys.readouterr().err
    assert "A screenshot (3 KB, personal text blacked out) would be sent too." in err
