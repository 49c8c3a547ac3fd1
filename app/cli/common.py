"""Exit codes, how every command reports a problem it cannot get past, and shared flag types."""

from __future__ import annotations

import argparse
import sys

EXIT_DONE, EXIT_NOT_DONE, EXIT_CONFIG = 0, 1, 2


def fail(message: object, code: int = EXIT_CONFIG) -> int:
    """Say what went wrong on stderr, as `deskhand: ...`, and give the exit code to return."""
    print(f"deskhand: {message}", file=sys.stderr)
    return code


#: More rows than any log holds; a larger count means "all of them".
_ALL_ROWS = 2**31 - 1


def count(text: str) -> int:
    """A `--last N` count: a whole number of at least 1; a huge one means all."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return min(value, _ALL_ROWS)
