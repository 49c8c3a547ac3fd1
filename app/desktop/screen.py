"""Perception: the screen becomes the numbered elements the agent reasons about.

`ScreenReader.observe` asks the accessibility tree first (`app.desktop.perception`: role, name,
value and states of every widget a program publishes), then reads pixels only where the tree
leaves something out: `grab` takes the screenshot (mss), OCR (RapidOCR 3 on ONNX Runtime, with
the PP-OCRv6 models its wheel ships, so reading never downloads) reads the windows of programs
that publish no tree, and `app.desktop.layout` finds their widgets.
Without any tree it reads the whole screen from pixels, as it always has, and says why in the
observation's notes. `ElementTracker` keeps element ids stable from one frame to the next.
Only this module reads the screen.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from app.desktop.display import DisplayError
from app.desktop.elements import Box, Element, Observation
from app.desktop.layout import INK_DELTA, Image, TextLine, detect_elements
from app.desktop.perception.base import Reading, Source, SourceError
from app.desktop.perception.bus import why_no_tree
from app.desktop.perception.merge import merge
from app.errors import DeskhandError

NO_DISPLAY_HINT = "no X display: set DISPLAY, or use `deskhand demo`, which starts its own virtual display"


@dataclass(frozen=True)
class PerceptionTimings:
    """Seconds spent in each stage of the last `ScreenReader` call."""

    #: The screenshot and the window title.
    grab_s: float = 0.0
    ocr_s: float = 0.0
    layout_s: float = 0.0
    #: Reading the accessibility tree.
    tree_s: float = 0.0


def grab() -> Image:
    """A screenshot of the primary monitor as RGB pixels (H, W, 3).

    The primary monitor is the one whose top-left is (0, 0) for the mouse, so element boxes are
    click coordinates as they are.
    """
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        raise DisplayError(NO_DISPLAY_HINT)
    import mss

    factory = getattr(mss, "MSS", None) or mss.mss  # `mss.mss` is deprecated from mss 10
    try:
        with factory() as shooter:
            monitors = shooter.monitors
            shot = shooter.grab(monitors[1] if len(monitors) > 1 else monitors[0])
    except Exception as e:  # mss raises its own ScreenShotError, or Xlib errors below it
        raise DisplayError(f"{NO_DISPLAY_HINT} ({e})") from e
    bgra = np.frombuffer(shot.bgra, dtype=np.uint8).reshape(shot.height, shot.width, 4)
    return np.asarray(cv2.cvtColor(bgra, cv2.COLOR_BGRA2RGB))


def active_window_title() -> str:
    """The title of the active window, else of the topmost named window; "" when unknown.

    Only a hint for the model, so it never raises: no display, no Xlib, no name all give "".
    """
    if not os.environ.get("DISPLAY"):
        return ""
    try:
        from Xlib import X, display

        conn = display.Display()
    except Exception:
        return ""
    try:
        root = conn.screen().root
        active = root.get_full_property(conn.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
        if active is not None and active.value and active.value[0]:
            title = _window_name(conn, conn.create_resource_object("window", active.value[0]))
            if title:
                return title
        # Without a window manager (Xvfb) nothing sets _NET_ACTIVE_WINDOW: take the topmost
        # mapped, ordinary top-level window (query_tree lists them bottom to top).
        for window in reversed(root.query_tree().children):
            attrs = window.get_attributes()
            if attrs.map_state != X.IsViewable or attrs.override_redirect:
                continue
            for candidate in (window, *window.query_tree().children):
                title = _window_name(conn, candidate)
                if title:
                    return title
        return ""
    except Exception:
        return ""
    finally:
        conn.close()


@dataclass(frozen=True)
class XWindow:
    """A mapped top-level X window: its title, its program (WM_CLASS) and where it is."""

    title: str
    program: str
    box: Box


def x_windows() -> list[XWindow] | None:
    """The viewable top-level windows, bottom to top; None when X cannot be asked."""
    if not os.environ.get("DISPLAY"):
        return None
    try:
        from Xlib import X, display

        conn = display.Display()
    except Exception:
        return None
    try:
        root = conn.screen().root
        found = []
        for window in root.query_tree().children:
            attrs = window.get_attributes()
            if attrs.map_state != X.IsViewable or attrs.override_redirect:
                continue
            geometry = window.get_geometry()
            origin = window.translate_coords(root, 0, 0)
            title, program = "", ""
            for candidate in (window, *window.query_tree().children):
                title = title or _window_name(conn, candidate)
                wm_class = candidate.get_wm_class()
                program = program or (wm_class[1] if wm_class else "")
            box = Box(-origin.x, -origin.y, geometry.width, geometry.height)
            if box.w > 1 and box.h > 1:
                found.append(XWindow(title, program, box))
        return found
    except Exception:
        return None
    finally:
        conn.close()


def _window_name(conn: Any, window: Any) -> str:
    utf8 = window.get_full_property(conn.intern_atom("_NET_WM_NAME"), conn.intern_atom("UTF8_STRING"))
    if utf8 is not None and utf8.value:
        value = utf8.value
        return str(value.decode("utf-8", "replace") if isinstance(value, bytes) else value)
    name = window.get_wm_name()
    if isinstance(name, bytes):
        return name.decode("latin-1")
    return str(name or "")


# --- OCR output -------------------------------------------------------------------------------


def _points_box(points: Iterable[Sequence[float]]) -> Box:
    xs, ys = zip(*((float(p[0]), float(p[1])) for p in points), strict=True)
    x0, y0 = round(min(xs)), round(min(ys))
    return Box(x0, y0, max(1, round(max(xs)) - x0), max(1, round(max(ys)) - y0))


def lines_from_rapidocr(output: Any, gray: Image) -> list[TextLine]:
    """RapidOCR's output (`boxes`, `txts`, `scores` and per line its characters in
    `word_results`, each `(char, score, box)`) as `TextLine`s.

    The recogniser sometimes drops the space between English words ("Iaccepttheterms"), so
    spaces are put back where the pixels show a word gap between two recognised characters;
    the spaces it did read stay.
    """
    if getattr(output, "boxes", None) is None or getattr(output, "txts", None) is None:
        return []
    chars_of = output.word_results if len(output.word_results) == len(output.txts) else ()
    lines: list[TextLine] = []
    for n, (points, raw, score) in enumerate(zip(output.boxes, output.txts, output.scores, strict=True)):
        box = _points_box(points)
        text = str(raw)
        chars = [c for c in (chars_of[n] if chars_of else ()) if c and c[2] is not None]
        if chars:
            pieces = [(_points_box(b), str(c)) for c, _, b in chars]
            if "".join(p for _, p in pieces) == "".join(text.split()):
                box, pieces, spaced = _drop_leading_marks(box, pieces, _spaced(text, pieces))
                text = _restore_spaces(gray, box, pieces, spaced) or text
            else:
                text = _restore_spaces(gray, box, pieces) or text
        text = " ".join(text.split())
        if text:
            lines.append(TextLine(box, text, float(score)))
    return lines


#: Ticks and boxes PP-OCRv6 reads into the line of the caption beside them ("✓I accept the
#: terms"); the check box they belong to must stay a widget of its own for the layout.
CHECK_MARKS = frozenset("✓✔✗✘☐☑☒□■")


def _drop_leading_marks(
    box: Box, pieces: list[tuple[Box, str]], spaced: set[int]
) -> tuple[Box, list[tuple[Box, str]], set[int]]:
    """The line without the check marks it starts with: its box begins at the first letter."""
    cut = 0
    while cut < len(pieces) and pieces[cut][1] in CHECK_MARKS:
        cut += 1
    if cut == 0 or cut == len(pieces):
        return box, pieces, spaced
    left = pieces[cut][0].x
    return (
        Box(left, box.y, box.right - left, box.h),
        pieces[cut:],
        {n - cut for n in spaced if n > cut},
    )


def _spaced(text: str, pieces: Sequence[tuple[Box, str]]) -> set[int]:
    """Indexes of the pieces the recogniser's own text puts a space before; its characters
    are the pieces' in order."""
    before: set[int] = set()
    index, gap = 0, False
    for char in text:
        if char.isspace():
            gap = True
            continue
        if gap and index:
            before.add(index)
        index, gap = index + 1, False
    return before


def _restore_spaces(
    gray: Image, box: Box, pieces: Sequence[tuple[Box, str]], spaced: Collection[int] = ()
) -> str:
    x0 = max(0, box.x)
    crop = gray[max(0, box.y) : box.bottom, x0 : box.right].astype(np.int16)
    if crop.size == 0:
        return ""
    inked = np.flatnonzero((np.abs(crop - np.median(crop)) > INK_DELTA).any(axis=0))
    blank_runs = np.diff(inked) - 1
    # At screen font sizes letters sit 0-3 px apart and words 5+; 0.2 of the line height
    # separates the two from 10 pt up to headings.
    wide = blank_runs >= max(4.0, 0.2 * box.h)
    gaps = (x0 + inked[:-1][wide] + 1 + blank_runs[wide] / 2).tolist()
    out = [pieces[0][1]]
    for n, ((prev_box, prev), (cur_box, cur)) in enumerate(pairwise(pieces), start=1):
        left, right = prev_box.center[0], cur_box.center[0]
        gap = n in spaced or any(left < g < right for g in gaps)
        if gap and not prev.endswith(" ") and not cur.startswith(" "):
            out.append(" ")
        out.append(cur)
    return "".join(out)


# --- ids across frames ------------------------------------------------------------------------


class ElementTracker:
    """Gives an element the id it had in the previous frame, so "#7" keeps meaning one thing.

    A new element takes the id of the previous frame's element of the same kind whose box
    overlaps it best (IoU >= `min_iou`); anything else gets an id never used before.
    """

    def __init__(self, min_iou: float = 0.5) -> None:
        self.min_iou = min_iou
        self._previous: tuple[Element, ...] = ()
        self._next_id = 1

    def assign(self, elements: Sequence[Element]) -> tuple[Element, ...]:
        pairs = sorted(
            (
                (new.box.iou(old.box), n, old.id)
                for n, new in enumerate(elements)
                for old in self._previous
                if old.kind == new.kind
            ),
            reverse=True,
        )
        ids: dict[int, int] = {}
        taken: set[int] = set()
        for iou, n, old_id in pairs:
            if iou < self.min_iou:
                break
            if n not in ids and old_id not in taken:
                ids[n] = old_id
                taken.add(old_id)
        result = []
        for n, element in enumerate(elements):
            if n not in ids:
                ids[n] = self._next_id
                self._next_id += 1
            result.append(replace(element, id=ids[n]))
        self._previous = tuple(result)
        return self._previous

    def reset(self) -> None:
        """Forget the previous frame (ids already handed out stay used)."""
        self._previous = ()


# --- the OCR engine ---------------------------------------------------------------------------

#: The models RapidOCR's wheel ships (PP-OCRv6 small detection and recognition, which read English
#: and keep its word spaces, and the orientation classifier), each passed by path: RapidOCR then
#: opens the file as it is and never tries to download, so OCR works offline and in the bundle.
OCR_MODELS = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}


class OcrError(DeskhandError):
    """The OCR models are missing from the installation."""


def ocr_models_dir() -> Path:
    """The folder of the models inside the installed `rapidocr` package."""
    import rapidocr

    return Path(rapidocr.__file__).resolve().parent / "models"


def ocr_engine() -> Any:
    """A RapidOCR engine on the models of its own wheel; raises OcrError when one is missing."""
    from rapidocr import RapidOCR

    folder = ocr_models_dir()
    # Screen text is upright: the orientation classifier is never run. ONNX Runtime's memory
    # arena keeps the detector's buffers (sized by the screen, the same every read) between
    # reads instead of allocating them anew: 0.64/0.67/0.40 s -> 0.47/0.45/0.31 s a read of the
    # drawn practice form in three interleaved runs at load 2.2-2.5, for 155 MB more RSS
    # (406 -> 561 MB after 10 reads).
    params: dict[str, Any] = {
        "Global.log_level": "error",
        "Global.use_cls": False,
        "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,
    }
    for task, name in OCR_MODELS.items():
        path = folder / name
        if not path.is_file():
            raise OcrError(
                f"the OCR model {path} is missing: reinstall Deskhand's `rapidocr` package "
                "(pip install --force-reinstall 'rapidocr>=3.10')"
            )
        params[f"{task}.model_path"] = str(path)
    return RapidOCR(params=params)


# --- the reader -------------------------------------------------------------------------------


def default_sources() -> list[Source]:
    """The accessibility sources of this system: AT-SPI2 on Linux, UI Automation on Windows."""
    if sys.platform.startswith("linux"):
        from app.desktop.perception.atspi import AtspiSource

        return [AtspiSource()]
    if sys.platform == "win32":
        from app.desktop.perception.uia import UiaSource

        return [UiaSource()]
    return []


class ScreenReader:
    """Accessibility tree + pixels -> elements with stable ids. Create one per run and keep it.

    `sources` are read first (default: the system's accessibility tree); pass `()` to read
    pixels only, as the benchmark does for its baseline.
    """

    #: After a source fails, it is asked again only this much later (the pixels serve meanwhile).
    RETRY_S = 10.0

    def __init__(self, sources: Sequence[Source] | None = None) -> None:
        self._ocr: Any = None
        self.tracker = ElementTracker()
        self.timings = PerceptionTimings()
        self.sources = list(default_sources() if sources is None else sources)
        self._failed: dict[int, tuple[float, str]] = {}

    def _engine(self) -> Any:
        if self._ocr is None:
            self._ocr = ocr_engine()
        return self._ocr

    def read_text(self, image: Image) -> list[TextLine]:
        """The OCR lines of an RGB image, with word spaces restored."""
        bgr = np.ascontiguousarray(image[:, :, ::-1])  # RapidOCR takes arrays as OpenCV's BGR
        output = self._engine()(bgr, use_cls=False, return_word_box=True, return_single_char_box=True)
        return lines_from_rapidocr(output, np.asarray(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)))

    def read(self, image: Image, window_title: str = "") -> Observation:
        """Elements of an RGB screenshot from pixels alone; ids continue from the previous call."""
        self.timings = PerceptionTimings()
        elements = self._pixels(image)
        height, width = image.shape[:2]
        return Observation(
            elements=self.tracker.assign(elements),
            size=(width, height),
            window_title=window_title,
            image=image,
        )

    def _pixels(self, image: Image, offset: tuple[int, int] = (0, 0)) -> tuple[Element, ...]:
        start = time.perf_counter()
        lines = self.read_text(image)
        ocr_done = time.perf_counter()
        elements = detect_elements(image, lines)
        self.timings = replace(
            self.timings,
            ocr_s=self.timings.ocr_s + ocr_done - start,
            layout_s=self.timings.layout_s + time.perf_counter() - ocr_done,
        )
        dx, dy = offset
        if dx or dy:
            elements = tuple(
                replace(e, box=Box(e.box.x + dx, e.box.y + dy, e.box.w, e.box.h)) for e in elements
            )
        return elements

    def read_tree(self, screen: Box) -> tuple[Reading | None, list[str]]:
        """The first source that reads, or None, and notes on the sources that could not."""
        notes = []
        for source in self.sources:
            failed = self._failed.get(id(source))
            if failed is not None and time.monotonic() - failed[0] < self.RETRY_S:
                notes.append(failed[1])
                continue
            try:
                reading = source.read(screen)
            except SourceError as e:
                note = f"no {source.name} tree ({e}): read from pixels"
                self._failed[id(source)] = (time.monotonic(), note)
                notes.append(note)
                continue
            self._failed.pop(id(source), None)
            return reading, notes
        return None, notes

    def observe(self) -> Observation:
        """Look at the screen now: the accessibility tree first, pixels where it has nothing."""
        start = time.perf_counter()
        image = grab()
        title = active_window_title()
        grabbed = time.perf_counter() - start
        self.timings = PerceptionTimings(grab_s=grabbed)
        height, width = image.shape[:2]
        screen = Box(0, 0, width, height)
        reading, notes = self.read_tree(screen)
        tree_s = reading.seconds if reading is not None else 0.0
        source = "pixels"
        if reading is None:
            elements = self._pixels(image)
        else:
            windows = x_windows()
            regions, region_notes = _uncovered(reading, windows, screen)
            # X names every window the tree leaves empty; without X the source's notes do.
            notes += region_notes if windows is not None else [*reading.notes, *region_notes]
            if not reading.elements and not regions:
                # No tree and no window to read: the whole screen, exactly as without a tree.
                elements = self._pixels(image)
            else:
                # Each window on its own even when no program publishes a tree: OCR's detector
                # (PP-OCRv6) misses small print in a whole-screen pass that it reads in the
                # window's crop, which it scales up (a Tk button's "Save").
                pixels = [e for box in regions for e in self._pixels(_crop(image, box), (box.x, box.y))]
                elements = tuple(merge(reading.elements, pixels))
                if reading.elements:
                    source = "tree+pixels" if pixels else "tree"
        self.timings = replace(self.timings, grab_s=grabbed, tree_s=tree_s)
        return Observation(
            elements=self.tracker.assign(elements),
            size=(width, height),
            window_title=title,
            source=source,
            notes=tuple(notes),
            image=image,
        )


def _crop(image: Image, box: Box) -> Image:
    return np.ascontiguousarray(image[box.y : box.bottom, box.x : box.right])


def _uncovered(reading: Reading, windows: list[XWindow] | None, screen: Box) -> tuple[list[Box], list[str]]:
    """The screen regions the tree says nothing about, to be read from pixels, and why.

    Each X window that matches no published window with elements (a Tk program, a window
    drawn on a canvas) is one region. Without X's list of windows the whole screen is read.
    """
    if windows is None:
        return [screen], [
            "the display's windows could not be listed: the whole screen is read from pixels too"
        ]
    published = [w for w in reading.windows if w.elements]
    regions: list[Box] = []
    notes: list[str] = []
    for window in windows:
        if any(window.box.iou(w.box) >= 0.5 or (window.title and window.title == w.title) for w in published):
            continue
        box = _clip(window.box, screen)
        if box is None:
            continue
        regions.append(box)
        notes.append(why_no_tree(window.program, window.title))
    return regions, notes


def _clip(box: Box, screen: Box) -> Box | None:
    x0, y0 = max(box.x, screen.x), max(box.y, screen.y)
    x1, y1 = min(box.right, screen.right), min(box.bottom, screen.bottom)
    return Box(x0, y0, x1 - x0, y1 - y0) if x1 - x0 > 8 and y1 - y0 > 8 else None
