"""The Linux bundle's figures: how big it is, packed and unpacked, and how fast it starts.

    python -m bench.packaging dist/deskhand dist/deskhand-VERSION-linux-x86_64.tar.gz [--out FILE]

packaging/build.sh runs it after the smoke test. Every command runs the bundle the way the
smoke test does (env -i, PATH=/usr/bin:/bin, a fresh HOME), so the times include nothing of the
build machine's Python. The same commands through the development virtualenv are timed beside
them, interleaved run by run, because this machine is shared and noisy. Prints JSON; it never
fails on a figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: The development install's command, for comparison.
VENV_DESKHAND = ROOT / ".venv" / "bin" / "deskhand"


def tree_bytes(folder: Path) -> tuple[int, int]:
    """Total size and number of the regular files under `folder` (links are not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def largest_parts(internal: Path, top: int = 10) -> dict[str, int]:
    """The biggest entries of the bundle's `_internal/` folder, in bytes."""
    sizes = {
        entry.name: tree_bytes(entry)[0] if entry.is_dir() else entry.stat().st_size
        for entry in internal.iterdir()
    }
    return dict(sorted(sizes.items(), key=lambda item: -item[1])[:top])


def timed_runs(commands: dict[str, list[str]], repeat: int, home: Path) -> dict[str, dict[str, Any]]:
    """Each command `repeat` times, interleaved, in a bare environment; median and min seconds."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    times: dict[str, list[float]] = {name: [] for name in commands}
    codes: dict[str, int] = {}
    for _ in range(repeat):
        for name, command in commands.items():
            started = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
            times[name].append(time.perf_counter() - started)
            codes[name] = done.returncode
    return {
        name: {
            "median_s": round(statistics.median(values), 4),
            "min_s": round(min(values), 4),
            "runs": len(values),
            "exit_code": codes[name],
        }
        for name, values in times.items()
    }


def measure(bundle: Path, tarball: Path, repeat: int) -> dict[str, Any]:
    program = bundle / "deskhand"
    unpacked, files = tree_bytes(bundle)
    home = Path(tempfile.mkdtemp(prefix="deskhand-bench-home-"))
    version_commands = {"bundle": [str(program), "--version"]}
    models_commands = {"bundle": [str(program), "models"]}
    if VENV_DESKHAND.exists():
        version_commands["venv"] = [str(VENV_DESKHAND), "--version"]
        models_commands["venv"] = [str(VENV_DESKHAND), "models"]
    return {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "platform": platform.platform()},
        "version_output": subprocess.run(
            [str(program), "--version"], capture_output=True, text=True, check=False
        ).stdout.strip(),
        "bundle_bytes": unpacked,
        "bundle_files": files,
        "tarball_bytes": tarball.stat().st_size,
        "largest_parts_bytes": largest_parts(bundle / "_internal"),
        "version_startup": timed_runs(version_commands, repeat, home),
        "models_command": timed_runs(models_commands, max(3, repeat // 3), home),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.packaging", description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/deskhand)")
    parser.add_argument("tarball", type=Path, help="the Linux tarball made from it")
    parser.add_argument("--repeat", type=int, default=9, help="runs of `--version` (default 9)")
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON to this file")
    args = parser.parse_args(argv)
    if not (args.bundle / "deskhand").is_file() or not args.tarball.is_file():
        parser.error(
            f"need a bundle folder with a deskhand program and a tarball; build them first "
            f"with packaging/build.sh (got {args.bundle}, {args.tarball})"
        )
    figures = measure(args.bundle, args.tarball, args.repeat)
    text = json.dumps(figures, indent=2)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
