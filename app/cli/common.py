"""Exit codes, and how every command reports a problem it cannot get past."""

from __future__ import annotations

import sys

EXIT_DONE, EXIT_NOT_DONE, EXIT_CONFIG = 0, 1, 2


def fail(message: object, code: int = EXIT_CONFIG) -> int:
    """Say what went wrong on stderr, as `deskhand: ...`, and give the exit code to return."""
    print(f"deskhand: {message}", file=sys.stderr)
    return code
