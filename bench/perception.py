"""Perception figures on programs nobody here wrote: accessibility tree, pixels, and both (issue 14).

    python -m bench.perception [--looks 3] [--only WORD] [--out FILE] [--plot FILE]

Each program runs alone on a private Xvfb whose session and accessibility buses the virtual
display starts. `perception_programs/truths.json` lists, per program, the widgets a person can
act on, written by hand from the program's source or documentation before Deskhand's reading was
looked at: role, name, and the states a person sees. Per program and per reader this prints:

- recall: the share of those widgets found with the right name and the right role (elements
  from a tree) or the kind the agent grounds (elements from pixels, which know no roles);
- name accuracy: of the widgets a reader found by role alone (as many as it reported of that
  role, at most), the share it also named right;
- state accuracy: the share of the truth's states read back right (a widget not found, or a
  state the reader cannot tell, as pixels cannot tell focus, counts wrong);
- observe: the median seconds of one look, and elements per second of that look.

Readers: "tree" (the AT-SPI2 source alone), "pixels" (OCR and rectangles alone: today's reader
before issue 14, the "before" figures), "merged" (what `ScreenReader.observe()` does now: the
tree, pixels where it has nothing). Figures never fail; the JSON keeps each miss's reason.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
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
from app.desktop.practice import CHROMIUM_FLAGS, chromium_binary
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader

SCREEN = (1024, 768)
HERE = Path(__file__).parent / "perception_programs"
TRUTHS = HERE / "truths.json"
PYTHON = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "python"
#: Chromium publishes its tree only to an assistive technology it has noticed; until Deskhand
#: is one without flags, the benchmark asks for the tree on the command line.
CHROMIUM_A11Y = ("--force-renderer-accessibility",)
READERS = ("tree", "pixels", "merged")
#: The kind the agent grounds for each role: what a pixel element is judged by.
KIND_OF_ROLE = {
    "button": ElementKind.BUTTON,
    "toggle button": ElementKind.BUTTON,
    "text field": ElementKind.FIELD,
    "password field": ElementKind.FIELD,
    "spin button": ElementKind.FIELD,
    "slider": ElementKind.FIELD,
    "check box": ElementKind.CHECKBOX,
    "radio button": ElementKind.CHECKBOX,
    "combo box": ElementKind.DROPDOWN,
    "link": ElementKind.LINK,
}


@dataclass(frozen=True)
class Widget:
    """One widget of the truth: what it is, what it is called, and what a person sees of it."""

    role: str
    name: str
    states: tuple[tuple[str, bool], ...] = ()

    @property
    def kind(self) -> ElementKind:
        return KIND_OF_ROLE.get(self.role, ElementKind.LABEL)


@dataclass(frozen=True)
class Program:
    """A program of the benchmark: how to start it and the widgets it shows."""

    name: str
    toolkit: str
    command: tuple[str, ...]
    widgets: tuple[Widget, ...]
    screen: tuple[int, int] = SCREEN


def load_truths(path: Path = TRUTHS) -> list[Program]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Program(
            name,
            entry["toolkit"],
            tuple(entry["command"]),
            tuple(Widget(w["role"], w["name"], tuple(w.get("states", {}).items())) for w in entry["widgets"]),
            tuple(entry.get("screen", SCREEN)),
        )
        for name, entry in data["programs"].items()
    ]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace(":", " ").split())


def _state(element: Element, name: str) -> bool | None:
    if name == "checked":
        return element.checked
    if element.states is None:
        return None
    value = getattr(element.states, name)
    return value if isinstance(value, bool) else None


def _role_matches(widget: Widget, element: Element) -> bool:
    # An element read from pixels has no role: its kind is what is judged.
    return str(element.role) == widget.role if element.role is not None else element.kind is widget.kind


def score(truth: Sequence[Widget], elements: Sequence[Element]) -> dict[str, Any]:
    """Recall (name and role), name accuracy, state accuracy and misses of one look."""
    found, states_right, states_total = 0, 0, 0
    by_role: dict[str, list[int]] = {}
    misses = []
    for widget in truth:
        named = [e for e in elements if _norm(widget.name) in (_norm(e.name), _norm(e.text))]
        right = [e for e in named if _role_matches(widget, e)]
        tally = by_role.setdefault(widget.role, [0, 0])
        tally[1] += 1
        if right:
            found += 1
            tally[0] += 1
        else:
            got = ", ".join(f"{e.role or e.kind.value}" for e in named) or "nothing by that name"
            misses.append(f"{widget.role} {widget.name!r}: {got}")
        for state, value in widget.states:
            states_total += 1
            seen = _state(right[0], state) if right else None
            states_right += seen is value
            if right and seen is not value:
                misses.append(f"{widget.role} {widget.name!r}: {state} read {seen}, is {value}")
    role_found = 0
    for role, (_, total) in by_role.items():
        probe = Widget(role, "")
        role_found += min(total, sum(1 for e in elements if _role_matches(probe, e)))
    return {
        "recall": round(found / len(truth), 3),
        "name_accuracy": round(min(1.0, found / role_found), 3) if role_found else None,
        "state_accuracy": round(states_right / states_total, 3) if states_total else None,
        "states": [states_right, states_total],
        "by_role": by_role,
        "misses": misses,
    }


def _looks(look: Callable[[], Sequence[Element]], n: int) -> tuple[Sequence[Element], float]:
    times: list[float] = []
    elements: tuple[Element, ...] = ()
    for _ in range(n):
        start = time.perf_counter()
        elements = tuple(look())
        times.append(time.perf_counter() - start)
    return elements, statistics.median(times)


def _command(program: Program, tmp: Path) -> list[str]:
    files = tmp / "files"
    files.mkdir(exist_ok=True)
    for name in ("notes.txt", "report.odt"):
        (files / name).write_text("benchmark file\n", encoding="utf-8")
    words = {"{python}": str(PYTHON), "{here}": str(HERE), "{files}": str(files)}
    command = []
    for part in program.command:
        if part == "{chromium}":
            browser = chromium_binary()
            if browser is None:
                raise RuntimeError("chromium is not installed: apt-get install chromium")
            command += [
                browser,
                *CHROMIUM_FLAGS,
                *CHROMIUM_A11Y,
                f"--user-data-dir={tmp / 'profile'}",
                "--window-position=0,0",
                f"--window-size={program.screen[0]},{program.screen[1]}",
            ]
            continue
        for word, value in words.items():
            part = part.replace(word, value)
        command.append(f"file://{part}" if part.endswith(".html") else part)
    return command


def _wait_until_shown(reader: ScreenReader, truth: Sequence[Widget], timeout_s: float = 30.0) -> None:
    """Until a truth widget's name is on screen, then a little longer (pages paint in steps)."""
    names = {_norm(w.name) for w in truth}
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        obs = reader.observe()
        if any(_norm(e.name) in names or _norm(e.text) in names for e in obs.elements):
            break
        time.sleep(0.3)
    time.sleep(1.0)


def measure(program: Program, looks: int) -> dict[str, Any]:
    with VirtualDisplay(size=program.screen) as display, tempfile.TemporaryDirectory() as folder:
        proc = subprocess.Popen(
            _command(program, Path(folder)),
            env=program_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            merged = ScreenReader()
            _wait_until_shown(merged, program.widgets)
            tree = AtspiSource()

            def tree_look() -> Sequence[Element]:
                try:
                    return tree.read(Box(0, 0, *program.screen)).elements
                except SourceError:
                    return ()

            pixels = ScreenReader(sources=())
            out: dict[str, Any] = {"toolkit": program.toolkit, "accessibility": display.accessibility}
            for name, look in (
                ("tree", tree_look),
                ("pixels", lambda: pixels.observe().elements),
                ("merged", lambda: merged.observe().elements),
            ):
                elements, seconds = _looks(look, looks)
                out[name] = {
                    **score(program.widgets, elements),
                    "elements": len(elements),
                    "observe_median_s": round(seconds, 3),
                    "elements_per_s": round(len(elements) / seconds, 1) if seconds else None,
                }
            out["notes"] = list(merged.observe().notes)
            tree.close()
            return out
        finally:
            # Chromium's helpers share its process group: end them all.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)


def summary(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Medians over programs, pooled recall by role, for programs with a tree and without one."""
    groups = {
        "with a tree": [r for r in results.values() if r["toolkit"] != "Tk"],
        "without a tree": [r for r in results.values() if r["toolkit"] == "Tk"],
    }
    out: dict[str, Any] = {}
    for group, rows in groups.items():
        if not rows:
            continue
        out[group] = {}
        for reader in READERS:
            figures = [row[reader] for row in rows]
            found = sum(f[0] for r in figures for f in r["by_role"].values())
            total = sum(f[1] for r in figures for f in r["by_role"].values())
            roles: dict[str, list[int]] = {}
            for r in figures:
                for role, (hit, count) in r["by_role"].items():
                    tally = roles.setdefault(role, [0, 0])
                    tally[0] += hit
                    tally[1] += count
            out[group][reader] = {
                "widgets": total,
                "recall": round(found / total, 3),
                "recall_by_role": {k: round(v[0] / v[1], 3) for k, v in sorted(roles.items())},
                "name_accuracy_median": _median([f["name_accuracy"] for f in figures]),
                "state_accuracy_pooled": _pooled_states(figures),
                "observe_median_s": _median([f["observe_median_s"] for f in figures]),
                "elements_per_s_median": _median([f["elements_per_s"] for f in figures]),
            }
    return out


def _median(values: Sequence[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return round(statistics.median(kept), 3) if kept else None


def _pooled_states(figures: Sequence[dict[str, Any]]) -> float | None:
    right = sum(f["states"][0] for f in figures)
    total = sum(f["states"][1] for f in figures)
    return round(right / total, 3) if total else None


def plot(figures: dict[str, Any], out: Path) -> Path:
    """Recall by role and observe time per program, for each reader."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    results = figures["programs"]
    tree_group = figures["summary"]["with a tree"]
    roles = list(tree_group["merged"]["recall_by_role"])
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(13, 9))
    width = 0.27
    for i, reader in enumerate(READERS):
        values = [tree_group[reader]["recall_by_role"].get(r, 0.0) for r in roles]
        top.bar([x + (i - 1) * width for x in range(len(roles))], values, width, label=reader)
    top.axhline(0.95, color="grey", linestyle="--", linewidth=1)
    top.set_xticks(range(len(roles)), roles, rotation=30, ha="right", fontsize=8)
    top.set_ylabel("recall (right role and name)")
    top.set_title(f"Programs with a tree: recall by role ({figures['load_average']} load)")
    top.legend(fontsize=8)
    names = list(results)
    for i, reader in enumerate(READERS):
        values = [results[p][reader]["observe_median_s"] for p in names]
        bottom.bar([x + (i - 1) * width for x in range(len(names))], values, width, label=reader)
    bottom.axhline(0.2, color="grey", linestyle="--", linewidth=1)
    bottom.set_yscale("log")
    bottom.set_xticks(range(len(names)), names, rotation=35, ha="right", fontsize=7)
    bottom.set_ylabel("observe, median s (log)")
    bottom.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--looks", type=int, default=3, help="looks per reader (the median is kept)")
    parser.add_argument("--only", default="", help="only the programs whose name holds this word")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument("--plot", type=Path, help="draw the figures as a PNG here")
    args = parser.parse_args(argv)
    load_before = [round(x, 2) for x in os.getloadavg()]
    programs = [p for p in load_truths() if args.only.lower() in p.name.lower()]
    results = {p.name: measure(p, args.looks) for p in programs}
    figures = {
        "load_average": load_before,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "looks": args.looks,
        "summary": summary(results),
        "programs": results,
    }
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    if args.plot:
        plot(figures, args.plot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
