"""A cloud request built from a real screen carries none of the personal data shown on it.

A Tk window (no accessibility tree, so it is read from pixels as many programs are) shows a
name, a phone number and an e-mail address too long for its field: OCR reads only its start
("margaret.hamilt"), which no pattern knows for an address; only the field's caption does.
The real ScreenReader observes it on Xvfb, the real Planner asks the real CloudRuntime, and a
real local HTTP server stands in for the cloud. What the server received is read back: its
text, and its PNG by pixels and by OCR.
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
import time
from collections.abc import Iterator

import numpy as np
import pytest
from PIL import Image

from app.agent.specialists import Planner
from app.desktop.elements import ElementKind, Observation
from app.desktop.perception.bus import program_env
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader
from app.privacy.gate import Gate
from app.privacy.scrub import Scrubber
from app.runtimes.cloud import CloudRuntime, Provider, RemoteRole
from tests.cloud_server import CloudStandIn, cloud_stand_in
from tests.fakes import ListLedger

NAME, EMAIL, PHONE = "Rosalind Achterberg", "margaret.hamilton@example.com", "+44 20 7946 0958"
#: The e-mail field is narrower than its address, so the screen shows only a part of it.
CONTACT_CARD = f"""
import tkinter as t
root = t.Tk(); root.title("Contact card"); root.geometry("+40+40")
font = ("DejaVu Sans", 16)
for row, (caption, value, width) in enumerate(
    [("Name", "{NAME}", 24), ("Email", "{EMAIL}", 15), ("Phone", "{PHONE}", 24)]
):
    t.Label(root, text=caption, font=font).grid(row=row, column=0, padx=12, pady=10, sticky="w")
    entry = t.Entry(root, width=width, font=font)
    entry.insert(0, value)
    entry.xview_moveto(0)
    entry.grid(row=row, column=1, padx=12, pady=10)
t.Button(root, text="Save", font=font).grid(row=3, column=1, pady=10)
root.mainloop()
"""
#: Pieces of the three values that must not leave in any form.
PIECES = ("Rosalind", "Achterberg", "margaret", "hamilt", "example.c", "7946", "0958")


@pytest.fixture
def contact_card(virtual_display: VirtualDisplay) -> Iterator[Observation]:
    python = shutil.which("python3", path="/usr/bin")
    if python is None or subprocess.run([python, "-c", "import tkinter"], capture_output=True).returncode:
        pytest.skip("Debian's python3-tk is not installed (install.sh installs it)")
    window = subprocess.Popen([python, "-c", CONTACT_CARD], env=program_env(), stderr=subprocess.DEVNULL)
    try:
        reader = ScreenReader()
        deadline = time.monotonic() + 20
        observation = reader.observe()
        while not any(e.text == "Save" for e in observation.elements) and time.monotonic() < deadline:
            time.sleep(0.3)
            observation = reader.observe()
        yield observation
    finally:
        window.terminate()
        window.wait(timeout=5)


@pytest.fixture
def server() -> Iterator[CloudStandIn]:
    with cloud_stand_in() as state:
        state.reply = lambda _request: json.dumps({"steps": ["Click Save"]})
        yield state


@pytest.mark.display
def test_a_cloud_plan_from_a_real_screen_carries_no_personal_data(
    contact_card: Observation, server: CloudStandIn
) -> None:
    fields = {e.label: e for e in contact_card.elements if e.kind is ElementKind.FIELD}
    assert set(fields) == {"Name", "Email", "Phone"}, contact_card.elements
    shown = fields["Email"].text
    assert "@" not in shown and EMAIL.startswith(shown[:8]), shown  # OCR saw only its start

    ledger = ListLedger()
    cloud = CloudRuntime(
        Provider("stand-in", server.url, "big"),
        gate=Gate("always", ledger, images=True),
        scrubber=Scrubber(),
        retries=0,
    )
    task = f"Send {NAME}'s card to {EMAIL} and save it"
    answer = Planner(RemoteRole(cloud)).plan(task, contact_card.elements, contact_card)
    assert [g.target for g in answer.goals] == ["Save"], answer.problem

    (request,) = server.requests
    parts = [
        p for m in request["messages"] for p in (m["content"] if isinstance(m["content"], list) else [m])
    ]
    text = json.dumps([p for p in parts if p.get("type") != "image_url"], ensure_ascii=False)
    assert "Screen elements" in text and "<EMAIL_" in text and "<NAME_" in text and "<PHONE_" in text
    assert [piece for piece in PIECES if piece in text] == []
    assert [piece for piece in PIECES if piece in json.dumps(ledger.rows, ensure_ascii=False)] == []

    (image_part,) = [p for p in parts if p.get("type") == "image_url"]
    png = base64.b64decode(image_part["image_url"]["url"].removeprefix("data:image/png;base64,"))
    received = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    assert received.shape == contact_card.image.shape
    for element in fields.values():
        box = element.box
        assert not received[box.y : box.bottom, box.x : box.right].any(), element.label
    read = " ".join(line.text for line in ScreenReader(sources=()).read_text(received))
    assert "Save" in read and "Email" in read  # OCR reads this image; the values are gone from it
    assert [piece for piece in PIECES if piece in read] == []
