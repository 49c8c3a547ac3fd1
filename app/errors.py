"""One family for the problems a person can act on.

Every error that a command or the window shows instead of a traceback derives from
`DeskhandError`: a missing display, an unusable model file, a database that cannot be written, an
incomplete cloud provider, a sandbox that did not start. Its message says what happened and what
to do next, so each entry point catches this one class and shows the message as it is. Anything
else that escapes is a programming error and keeps its traceback.

The module imports nothing, so every layer may derive from it.
"""

from __future__ import annotations


class DeskhandError(Exception):
    """A problem the person can act on; the message says what happened and what to do."""


class ConfigError(DeskhandError):
    """A settings file or value is unusable; the message names it and how to fix it."""
