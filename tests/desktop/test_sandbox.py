"""The private virtual display: it starts, points DISPLAY at itself, and cleans up after."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from app.desktop.sandbox import SandboxError, VirtualDisplay
from app.desktop.screen import grab


@pytest.mark.display
def test_virtual_display_sets_and_restores_display(
    require_xvfb: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":4242")
    with VirtualDisplay(size=(640, 480)) as vd:
        assert vd.display.startswith(":")
        assert vd.display != ":4242"
        assert os.environ["DISPLAY"] == vd.display
        assert vd.size == (640, 480)
        sock_path = f"/tmp/.X11-unix/X{vd.display[1:]}"
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.connect(sock_path)
    assert os.environ["DISPLAY"] == ":4242"


@pytest.mark.display
def test_virtual_display_unsets_display_it_did_not_find(
    require_xvfb: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    with VirtualDisplay():
        assert os.environ.get("DISPLAY")
    assert "DISPLAY" not in os.environ


@pytest.mark.display
def test_two_virtual_displays_get_different_numbers(require_xvfb: str) -> None:
    with VirtualDisplay() as first, VirtualDisplay() as second:
        assert first.display != second.display


@pytest.mark.display
def test_screenshots_back_to_back_on_an_empty_display(require_xvfb: str) -> None:
    # Each grab connects and leaves; a display that reset after every last client would refuse
    # the next one.
    with VirtualDisplay(size=(800, 600)):
        shots = [grab() for _ in range(10)]
    assert all(shot.shape == (600, 800, 3) for shot in shots)


def test_missing_xvfb_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SandboxError, match="apt-get install xvfb"):
        VirtualDisplay().start()
