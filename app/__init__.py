"""Deskhand: a private desktop agent run by small local language models.

The package is laid out as the architecture guide describes: `agent` (the loop), `runtimes`
(language-model backends), `desktop` (screen, mouse, keyboard), `store` (SQLite run log),
`privacy`, `config`, and `cli`/`main` on top. Heavy libraries are imported lazily so that
`deskhand --version` stays instant.
"""

__version__ = "0.1.0"
