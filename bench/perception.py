"""Perception figures on programs nobody here wrote: accessibility tree, pixels, and both (issue 14).

    python -m bench.perception [--looks 5] [--out FILE]

Each program runs alone on a private Xvfb whose session and accessibility buses the virtual
display starts. TRUTH lists, per program, the widgets a person can act on, written by hand from
the program's known layout before the reader was tuned: role, the kind the agent grounds,
name, and the states a person sees. Per program and per reader this prints, as JSON:

- recall: the share of those widgets found with the right name and the right role (elements
  from the tree) or kind (elements from pixels, which know no roles);
- state accuracy: the share of the truth's states read back right (a reader that cannot tell
  a state, as pixels cannot tell focus, gets it wrong);
- observe: the median seconds of one look (`ScreenReader.observe`, or the tree's read alone).

Readers: "tree" (the AT-SPI2 source alone), "pixels" (OCR and rectangles, today's reader),
"merged" (what `observe()` does: the tree, pixels where it has nothing). A figure never fails.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.desktop.elements import Box, Element, ElementKind
from app.desktop.perception.atspi import AtspiSource
from app.desktop.perception.base import SourceError
from app.desktop.perception.bus import program_env
from app.desktop.practice import PracticeApp
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader

SCREEN = (1024, 768)


@dataclass(frozen=True)
class Widget:
    """One widget of the truth: what it is, what it is called, and what a person sees of it."""

    role: str
    kind: ElementKind
    name: str
    states: tuple[tuple[str, bool], ...] = ()


B, F, C, D, L = (
    ElementKind.BUTTON,
    ElementKind.FIELD,
    ElementKind.CHECKBOX,
    ElementKind.DROPDOWN,
    ElementKind.LABEL,
)
TK_FORM = (
    "import tkinter as t; r=t.Tk(); r.title('Tk form'); t.Label(r,text='Name').pack(); "
    "t.Entry(r).pack(); t.Checkbutton(r,text='Remember me').pack(); t.Button(r,text='Save').pack(); "
    "r.mainloop()"
)
#: program -> (command, widgets). Written from the programs' documented layouts before tuning.
TRUTH: dict[str, tuple[list[str], list[Widget]]] = {
    "zenity-forms (GTK 3)": (
        [
            "zenity",
            "--forms",
            "--title=Sign up",
            "--text=Your details",
            "--add-entry=Name",
            "--add-password=Password",
            "--add-combo=Country",
            "--combo-values=France|Spain",
        ],
        [
            Widget("text field", F, "Name", (("focused", True), ("enabled", True), ("editable", True))),
            Widget("password field", F, "Password", (("focused", False), ("editable", True))),
            Widget("combo box", D, "Country", (("enabled", True),)),
            Widget("button", B, "Cancel", (("enabled", True),)),
            Widget("button", B, "OK", (("enabled", True),)),
        ],
    ),
    "zenity-question (GTK 3)": (
        ["zenity", "--question", "--title=Delete?", "--text=Delete the file?"],
        [Widget("button", B, "No"), Widget("button", B, "Yes")],
    ),
    "zenity-entry (GTK 3)": (
        ["zenity", "--entry", "--title=Rename", "--text=New name:", "--entry-text=report.txt"],
        [
            Widget("text field", F, "New name", (("editable", True),)),
            Widget("button", B, "Cancel"),
            Widget("button", B, "OK"),
        ],
    ),
    "zenity-checklist (GTK 3)": (
        [
            "zenity",
            "--list",
            "--checklist",
            "--title=Fruit",
            "--text=Pick fruit",
            "--column=Pick",
            "--column=Fruit",
            "TRUE",
            "Apples",
            "FALSE",
            "Pears",
        ],
        [
            Widget("table cell", L, "Apples"),
            Widget("table cell", L, "Pears"),
            Widget("button", B, "Cancel"),
            Widget("button", B, "OK"),
        ],
    ),
    "zenity-scale (GTK 3)": (
        ["zenity", "--scale", "--title=Volume", "--text=Volume", "--value=40"],
        [Widget("slider", F, "Volume"), Widget("button", B, "Cancel"), Widget("button", B, "OK")],
    ),
    "practice form (Qt 6, PySide6)": (
        [],
        [
            Widget("text field", F, "Name", (("focused", True),)),
            Widget("text field", F, "Email"),
            Widget("password field", F, "Password"),
            Widget("combo box", D, "Country"),
            Widget("check box", C, "Subscribe to newsletter", (("checked", False),)),
            Widget("check box", C, "I accept the terms", (("checked", False),)),
            Widget("button", B, "Submit"),
            Widget("button", B, "Clear"),
            Widget("button", B, "Delete"),
        ],
    ),
    "Tk form (no tree)": (
        ["/usr/bin/python3", "-c", TK_FORM],
        [
            Widget("text field", F, "Name"),
            Widget("check box", C, "Remember me", (("checked", False),)),
            Widget("button", B, "Save"),
        ],
    ),
}


def _norm(text: str) -> str:
    return " ".join(text.lower().replace(":", " ").split())


def _state(element: Element, name: str) -> bool | None:
    if name == "checked":
        return element.checked
    if element.states is None:
        return None
    value = getattr(element.states, name)
    return value if isinstance(value, bool) else None


def score(truth: Sequence[Widget], elements: Sequence[Element], by_role: bool) -> dict[str, Any]:
    """Recall (name and role, or kind) and state accuracy of one look."""
    found, states_right, states_total = 0, 0, 0
    misses = []
    for widget in truth:
        named = [e for e in elements if _norm(widget.name) in (_norm(e.name), _norm(e.text))]
        # An element read from pixels has no role: its kind is what is judged.
        right = [
            e for e in named if (str(e.role) == widget.role if by_role and e.role else e.kind is widget.kind)
        ]
        if right:
            found += 1
        else:
            got = ", ".join(f"{e.role or e.kind.value}" for e in named) or "nothing"
            misses.append(f"{widget.role} {widget.name!r}: {got}")
        for state, value in widget.states:
            states_total += 1
            states_right += bool(right) and _state(right[0], state) is value
    return {
        "recall": round(found / len(truth), 3),
        "state_accuracy": round(states_right / states_total, 3) if states_total else None,
        "misses": misses,
    }


def _looks(look: Callable[[], Sequence[Element]], n: int) -> tuple[Sequence[Element], float]:
    times, elements = [], ()
    for _ in range(n):
        start = time.perf_counter()
        elements = tuple(look())
        times.append(time.perf_counter() - start)
    return elements, statistics.median(times)


def measure(program: str, looks: int) -> dict[str, Any]:
    command, truth = TRUTH[program]
    with VirtualDisplay(size=SCREEN) as display, tempfile.TemporaryDirectory() as tmp:
        practice = None
        proc = None
        if command:
            proc = subprocess.Popen(command, env=program_env(), stderr=subprocess.DEVNULL)
        else:
            practice = PracticeApp(Path(tmp) / "state.json", display=display.display).start()
        try:
            merged = ScreenReader()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:  # until the window is painted and published
                obs = merged.observe()
                if score(truth, obs.elements, by_role=False)["recall"] > 0 or obs.source == "pixels":
                    break
                time.sleep(0.3)
            time.sleep(0.5)
            tree = AtspiSource()

            def tree_look() -> Sequence[Element]:
                try:
                    return tree.read(Box(0, 0, *SCREEN)).elements
                except SourceError:
                    return ()

            pixels = ScreenReader(sources=())
            out: dict[str, Any] = {"accessibility": display.accessibility}
            for name, look, by_role in (
                ("tree", tree_look, True),
                ("pixels", lambda: pixels.observe().elements, False),
                ("merged", lambda: merged.observe().elements, True),
            ):
                elements, seconds = _looks(look, looks)
                out[name] = {**score(truth, elements, by_role), "observe_median_s": round(seconds, 3)}
            out["notes"] = list(merged.observe().notes)
            tree.close()
            return out
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=5)
            if practice is not None:
                practice.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--looks", type=int, default=5, help="looks per reader (the median is kept)")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args(argv)
    results = {program: measure(program, args.looks) for program in TRUTH}
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
