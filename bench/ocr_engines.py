"""OCR engines side by side on the practice form: RapidOCR 3 (what Deskhand reads with) against
rapidocr-onnxruntime 1.4 (what it read with until issue 17), same screenshots, same moment.

    python -m bench.ocr_engines [--rounds 4] [--repeat 5] [--out bench/results/ocr-rapidocr3.json]

The practice form is shown on a private Xvfb twice (blank, then filled in and ticked) and
grabbed. Each engine then reads both screenshots in a clean child process of its own (a fresh
interpreter: models loaded once, one untimed warm-up read, then `--repeat` timed reads), the
engines taking turns for `--rounds` rounds, so that the load of this shared machine falls on both
alike. Quality is the practice form's widgets that `app.desktop.layout` finds from each engine's
lines (the checks of tests/desktop/test_screen.py) and the captions read word for word. The old
engine is optional: without rapidocr-onnxruntime installed only the new one is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from app.desktop.elements import ElementKind
from app.desktop.layout import TextLine, detect_elements
from app.desktop.screen import _points_box, _restore_spaces, lines_from_rapidocr, ocr_engine

RESULTS = Path(__file__).resolve().parent / "results"
ENGINES = ("rapidocr-onnxruntime-1.4", "rapidocr-3")
CAPTIONS = (
    "Practice form", "Name:", "Email:", "Password:", "Country:", "Subscribe to newsletter",
    "I accept the terms", "Submit", "Clear", "Delete", "Result:",
)  # fmt: skip


def grab_screens(folder: Path) -> dict[str, Path]:
    """The practice form blank and filled in ("Alice Smith", the terms ticked), as PNG files."""
    from app.desktop.practice import PracticeApp
    from app.desktop.sandbox import VirtualDisplay
    from app.desktop.screen import grab

    shots: dict[str, Path] = {}
    with (
        VirtualDisplay(size=(1024, 768)) as display,
        PracticeApp(folder / "state.json", display=display.display).start() as app,
    ):
        time.sleep(0.5)
        shots["blank"] = _save(folder / "blank.png", grab())
        for command in (
            ["mousemove", "57", "337", "click", "1"],
            ["mousemove", "367", "150", "click", "1"],
            ["type", "--delay", "20", "alice@example.com"],
            ["mousemove", "367", "100", "click", "1"],
            ["type", "--delay", "20", "Alice Smith"],
            ["mousemove", "600", "600", "click", "1"],
        ):
            subprocess.run(["xdotool", *command], check=True, env={**os.environ, "DISPLAY": display.display})
        deadline = time.monotonic() + 10
        while not (app.state().get("terms") and app.state().get("name") == "Alice Smith"):
            if time.monotonic() > deadline:
                raise RuntimeError(f"the practice form never took the input: {app.state()}")
            time.sleep(0.1)
        time.sleep(0.3)
        shots["filled"] = _save(folder / "filled.png", grab())
    return shots


def _save(path: Path, rgb: np.ndarray) -> Path:
    cv2.imwrite(str(path), np.ascontiguousarray(rgb[:, :, ::-1]))
    return path


def _old_lines(engine: Any, bgr: np.ndarray, gray: np.ndarray) -> list[TextLine]:
    """rapidocr-onnxruntime 1.4's rows as Deskhand turned them into lines until issue 17."""
    rows, _ = engine(bgr, use_cls=False, return_word_box=True)
    lines = []
    for row in rows or ():
        box = _points_box(row[0])
        text = str(row[1])
        if len(row) >= 5 and row[3] and row[4]:
            pieces = [(_points_box(b), str(c)) for b, c in zip(row[3], row[4], strict=False)]
            text = _restore_spaces(gray, box, pieces) or text
        text = " ".join(text.split())
        if text:
            lines.append(TextLine(box, text, float(row[2])))
    return lines


def child(engine_name: str, shots: dict[str, str], repeat: int) -> dict[str, Any]:
    """One engine in this (fresh) process: load time, read times and what it read."""
    started = time.perf_counter()
    if engine_name == ENGINES[0]:
        from rapidocr_onnxruntime import RapidOCR

        old = RapidOCR()

        def read(bgr: np.ndarray, gray: np.ndarray) -> list[TextLine]:
            return _old_lines(old, bgr, gray)
    else:
        new = ocr_engine()

        def read(bgr: np.ndarray, gray: np.ndarray) -> list[TextLine]:
            out = new(bgr, use_cls=False, return_word_box=True, return_single_char_box=True)
            return lines_from_rapidocr(out, gray)

    load_s = time.perf_counter() - started
    figures: dict[str, Any] = {"load_s": round(load_s, 3), "screens": {}}
    for name, path in shots.items():
        bgr = cv2.imread(path)
        gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
        rgb = np.ascontiguousarray(bgr[:, :, ::-1])
        first = time.perf_counter()
        lines = read(bgr, gray)
        warm_s = time.perf_counter() - first
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            read(bgr, gray)
            times.append(time.perf_counter() - t)
        figures["screens"][name] = {
            "first_read_s": round(warm_s, 3),
            "read_s": [round(x, 3) for x in times],
            "quality": quality(name, rgb, lines),
        }
    return figures


def quality(screen: str, rgb: np.ndarray, lines: list[TextLine]) -> dict[str, Any]:
    """The form's widgets found from these lines, and the captions read exactly."""
    elements = detect_elements(rgb, lines)

    def one(kind: ElementKind, name: str) -> Any:
        found = [e for e in elements if e.kind is kind and e.name == name]
        return found[0] if len(found) == 1 else None

    checks: dict[str, bool] = {}
    for name in ("Name", "Email", "Password"):
        checks[f"field {name}"] = one(ElementKind.FIELD, name) is not None
    country = one(ElementKind.DROPDOWN, "Country")
    checks["dropdown Country"] = country is not None and country.text.startswith("Choose")
    for name in ("Subscribe to newsletter", "I accept the terms"):
        box = one(ElementKind.CHECKBOX, name)
        checks[f"checkbox {name}"] = box is not None and (
            screen == "blank" or box.checked is (name == "I accept the terms")
        )
    for caption in ("Submit", "Clear", "Delete"):
        button = one(ElementKind.BUTTON, caption)
        checks[f"button {caption}"] = button is not None and button.text == caption
    if screen == "filled":
        name_field = one(ElementKind.FIELD, "Name")
        email_field = one(ElementKind.FIELD, "Email")
        checks["Name reads 'Alice Smith'"] = name_field is not None and name_field.text == "Alice Smith"
        checks["Email reads 'alice@example.com'"] = (
            email_field is not None and email_field.text == "alice@example.com"
        )
    texts = {line.text for line in lines}
    return {
        "widgets_right": sum(checks.values()),
        "widgets_total": len(checks),
        "missed": sorted(k for k, ok in checks.items() if not ok),
        "captions_exact": sum(c in texts for c in CAPTIONS),
        "captions_total": len(CAPTIONS),
        "lines": sorted(texts),
    }


def version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def run(rounds: int, repeat: int) -> dict[str, Any]:
    engines = [e for e in ENGINES if e != ENGINES[0] or version("rapidocr-onnxruntime")]
    folder = Path(tempfile.mkdtemp(prefix="bench-ocr-"))
    shots = {k: str(v) for k, v in grab_screens(folder).items()}
    load_before = [round(x, 2) for x in os.getloadavg()]
    runs: dict[str, list[dict[str, Any]]] = {e: [] for e in engines}
    for _ in range(rounds):
        for engine in engines:
            out = subprocess.run(
                [sys.executable, "-m", "bench.ocr_engines", "--child", engine, "--repeat", str(repeat)],
                input=json.dumps(shots),
                capture_output=True,
                text=True,
                check=True,
                cwd=Path(__file__).resolve().parents[1],
            )
            runs[engine].append(json.loads(out.stdout.strip().splitlines()[-1]))
    summary: dict[str, Any] = {}
    for engine, results in runs.items():
        summary[engine] = {
            "load_s_median": statistics.median(r["load_s"] for r in results),
            "screens": {
                screen: {
                    "read_s_median": round(
                        statistics.median(t for r in results for t in r["screens"][screen]["read_s"]), 3
                    ),
                    "reads": sum(len(r["screens"][screen]["read_s"]) for r in results),
                    "quality": results[-1]["screens"][screen]["quality"],
                }
                for screen in shots
            },
        }
    if len(engines) == 2:
        old, new = (summary[e]["screens"] for e in engines)
        summary["new_over_old_read_time"] = {
            s: round(new[s]["read_s_median"] / old[s]["read_s_median"], 3) for s in shots
        }
    return {
        "what": __doc__.splitlines()[0] if __doc__ else "",
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": {"cores": os.cpu_count(), "load_average_before": load_before},
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "packages": {p: version(p) for p in ("rapidocr", "rapidocr-onnxruntime", "onnxruntime")},
        "rounds": rounds,
        "repeat_per_round": repeat,
        "engines": summary,
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr_engines", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS / "ocr-rapidocr3.json")
    parser.add_argument("--child", choices=ENGINES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, json.loads(sys.stdin.read()), args.repeat)))
        return
    report = run(args.rounds, args.repeat)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: report[k] for k in ("machine", "load_average_after", "engines")}, indent=2))


if __name__ == "__main__":
    main()
