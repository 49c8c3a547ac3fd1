"""Ending the helper programs the desktop package starts (Xvfb, the practice app) politely."""

from __future__ import annotations

import subprocess


def terminate(proc: subprocess.Popen[bytes] | None, timeout_s: float = 5.0) -> None:
    """Ask `proc` to exit, and kill it if it has not within `timeout_s`."""
    if proc is None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
