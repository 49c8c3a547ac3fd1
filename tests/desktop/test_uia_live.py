"""UI Automation read for real: Notepad on a Windows desktop (the Windows workflow's `uia` job).

Skipped everywhere else. The tree it reads is also written in the recorder's format to
`$UIA_RECORD_DIR` (when set), so a recorded tree from a real Windows can replace the
hand-written fixtures that `test_uia.py` converts on Linux.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.desktop.elements import Box, Role
from app.desktop.perception.uia import UiaSource, record_desktop

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="UI Automation exists only on Windows")


def test_notepad_is_read_with_its_text_area_and_menus() -> None:
    notepad = subprocess.Popen(["notepad.exe"])
    try:
        deadline = time.monotonic() + 20
        reading = None
        while time.monotonic() < deadline:
            reading = UiaSource().read(Box(0, 0, 4096, 4096))
            if any(w.title.endswith("Notepad") for w in reading.windows):
                break
            time.sleep(0.5)
        assert reading is not None and any(w.title.endswith("Notepad") for w in reading.windows)
        roles = {e.role for e in reading.elements if e.window.endswith("Notepad")}
        assert Role.TEXT_FIELD in roles, roles  # Windows Server 2022's Notepad: an Edit control
        assert Role.MENU_ITEM in roles, roles
        if out := os.environ.get("UIA_RECORD_DIR"):
            windows = [w.to_json() for w in record_desktop()]
            Path(out).mkdir(parents=True, exist_ok=True)
            (Path(out) / "uia_notepad.json").write_text(
                json.dumps({"recorded": "Windows workflow, notepad.exe", "windows": windows}, indent=1),
                encoding="utf-8",
            )
    finally:
        notepad.kill()
