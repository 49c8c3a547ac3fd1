"""The local SQLite run log: every run, step and model call, committed as it happens."""
