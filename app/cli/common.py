"""Exit codes and the Settings every command starts from."""

from __future__ import annotations

EXIT_DONE, EXIT_NOT_DONE, EXIT_CONFIG = 0, 1, 2
