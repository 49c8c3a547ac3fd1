"""Deskhand: a private desktop agent run by small local language models.

The package is laid out as the architecture guide describes: `agent` (the loop), `runtimes`
(language-model backends), `desktop` (screen, mouse, keyboard), `store` (SQLite run log),
`privacy`, `config`, and `cli`/`main` on top. Heavy libraries are imported lazily so that
`deskhand --version` stays instant.
"""

import os

# llama.cpp and torch share one OpenMP runtime (whichever loads first), which reads this once.
# Its default lets idle worker threads spin, and on a CPU that other programs share a spinning
# thread holds the core its partner needs: on a busy 2-core machine a grounder call took a median
# 0.6-1.4 s instead of 0.4 s, and a LoRA training pass 8-10 s instead of 2-4 s.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"
