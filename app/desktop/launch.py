"""Start a program by what a person calls it ("the text editor", "the calculator").

Programs announce themselves in freedesktop.org desktop entries (`*.desktop` files under the
XDG data directories): a Name ("Mousepad"), a GenericName ("Text Editor") and Keywords. The
task's phrase is matched against those, never run as a command: the entry's Exec line is split
into an argument list (field codes such as %f dropped) and started without a shell, so no word
of a task can become shell syntax. A launch counts only when a new top-level window appears.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.desktop.screen import XWindow, x_windows

#: Words that say "a program" without naming one ("the calculator app").
_FILLER = frozenset({"the", "a", "an", "app", "application", "program", "programme", "my"})
#: Exec field codes (Desktop Entry Specification, "The Exec key"): files, URLs, icon, name.
_FIELD_CODE = re.compile(r"^%[fFuUdDnNickvm]$")


@dataclass(frozen=True)
class Program:
    """A desktop entry that can be started: what it is called and the argv that starts it."""

    name: str
    generic_name: str
    keywords: tuple[str, ...]
    argv: tuple[str, ...]
    path: Path


@dataclass(frozen=True)
class Found:
    """The program a phrase names, or why there is none to start (`program` None)."""

    program: Program | None
    reason: str


@dataclass(frozen=True)
class Started:
    """A program started: its process id and the new window it showed (None: no window came)."""

    pid: int
    window: XWindow | None


def application_dirs() -> list[Path]:
    """Where desktop entries live, most personal first (XDG Base Directory Specification)."""
    home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    shared = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(d) / "applications" for d in [home, *shared.split(":")] if d]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in _FILLER}


def read_entry(path: Path) -> Program | None:
    """The program a desktop entry starts; None for a hidden, terminal or unstartable one."""
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    if not parser.has_section("Desktop Entry"):
        return None
    entry = parser["Desktop Entry"]
    if (
        entry.get("Type") != "Application"
        or entry.get("Hidden", "false") == "true"
        or entry.get("Terminal", "false") == "true"
    ):
        return None
    try:
        argv = tuple(
            a.replace("%%", "%") for a in shlex.split(entry.get("Exec", "")) if not _FIELD_CODE.match(a)
        )
    except ValueError:
        return None
    if not argv or shutil.which(argv[0]) is None:
        return None
    keywords = tuple(k for k in entry.get("Keywords", "").split(";") if k)
    return Program(entry.get("Name", path.stem), entry.get("GenericName", ""), keywords, argv, path)


def programs(dirs: Iterable[Path] | None = None) -> list[Program]:
    """Every startable program, an entry in a personal directory hiding the shared one's."""
    seen: set[str] = set()
    found: list[Program] = []
    for folder in application_dirs() if dirs is None else dirs:
        for path in sorted(folder.glob("*.desktop")) if folder.is_dir() else ():
            if path.name in seen:
                continue
            seen.add(path.name)
            program = read_entry(path)
            if program is not None:
                found.append(program)
    return found


def _score(phrase: set[str], program: Program) -> int:
    """3: the phrase is the program's name; 2: its generic name; 1: all its words are in the
    name, generic name and keywords together; 0: it does not name this program."""
    if phrase == _words(program.name):
        return 3
    if program.generic_name and phrase == _words(program.generic_name):
        return 2
    described = _words(" ".join([program.name, program.generic_name, *program.keywords]))
    return 1 if phrase <= described else 0


def find(phrase: str, candidates: Sequence[Program] | None = None) -> Found:
    """The one program `phrase` names. Two equally good matches are not guessed between."""
    words = _words(phrase)
    if not words:
        return Found(None, f"{phrase!r} names no program")
    scored = [(s, p) for p in (programs() if candidates is None else candidates) if (s := _score(words, p))]
    if not scored:
        return Found(None, f"no installed program is called {phrase!r}")
    best = max(s for s, _ in scored)
    top = [p for s, p in scored if s == best]
    if len({p.argv for p in top}) > 1:
        names = ", ".join(sorted(p.name for p in top))
        return Found(None, f"several programs are {phrase!r} ({names}): name the one to start")
    how = ("its keywords", "its generic name", "its name")[best - 1]
    return Found(top[0], f"{top[0].name!r} is {phrase!r} by {how} ({top[0].path.name})")


def start(program: Program, *, wait_s: float = 15.0, poll_s: float = 0.2) -> Started:
    """Start `program` (no shell, its own session, detached from our terminal) and wait for a
    top-level window that was not there before."""
    before = set(x_windows() or ())
    process = subprocess.Popen(
        list(program.argv),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        fresh = [w for w in x_windows() or () if w not in before]
        if fresh:
            return Started(process.pid, fresh[-1])
        if process.poll() not in (None, 0):
            break
        time.sleep(poll_s)
    return Started(process.pid, None)
