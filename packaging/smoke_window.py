"""Open Deskhand's window the way `deskhand window` does, look at it, close it, say what was seen.

packaging/smoke_test.sh runs this inside the bundle (`deskhand --run-script`), once on Qt's
offscreen platform and once on a real X display, to prove that the bundled Qt, its platform
plugins and the window's modules load. It prints one JSON line and saves a picture of the window.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import app
from app.config import Settings
from app.ui.launch import open_window

#: Long enough for the first paint on a busy 2-core machine.
LOOK_AFTER_MS = 3000


def main(picture: Path) -> int:
    qt = QApplication(sys.argv[:1])
    # Where `app` came from: inside the bundle, not from a source tree that happens to be near.
    seen: dict[str, Any] = {"app": app.__file__}

    def look() -> None:
        shown = [w for w in qt.topLevelWidgets() if w.isVisible() and w.windowTitle()]
        seen.update(platform=qt.platformName(), windows=[w.windowTitle() for w in shown])
        if shown:
            shown[0].grab().save(str(picture))
        qt.quit()

    QTimer.singleShot(LOOK_AFTER_MS, look)
    open_window(Settings())
    print(json.dumps(seen))
    return 0 if seen.get("windows") else 1


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
