"""Deskhand: a private desktop agent run by small local language models.

The package is laid out as the architecture guide describes: `agent` (the loop), `runtimes`
(language-model backends), `desktop` (screen, mouse, keyboard), `store` (SQLite run log),
`privacy`, `config`, and `cli`/`main` on top. Heavy libraries are imported lazily so that
`deskhand --version` stays instant.

OpenMP's wait policy is chosen here, once per process, before llama.cpp or torch loads libgomp
(they share it, and it reads the environment once). llama.cpp built on OpenMP makes every op
barrier of a token an OpenMP barrier, so the policy decides how fast it decodes. Figures from
`python -m bench.runtime_threads` (Deskhand in-process against raw llama-cpp-python in a clean
child, 2 threads, built-in model, interleaved, medians of 3-5 pairs; load average alongside):

- A run (model, OCR) keeps OpenMP's default: idle threads spin about 3 ms, then sleep. Under
  `OMP_WAIT_POLICY=PASSIVE` (what every process had before) each of the hundreds of barriers a
  token crosses was a futex sleep and wake-up: 29.8 and 39.6 tok/s against 106.8 and 110.1 clean
  (ratio 0.28, 0.36, load 1.4-1.9); 33.6 against 60.7 (0.55, load 5.0). With the default:
  132.8 against 134.9 (0.985, load 1.6) and 110.2 against 106.7 (1.03, load 1.4; PASSIVE right
  after: 32.2 against 114.6, 0.28, load 1.6; OCR 0.65 s after a call, 0.69 s idle, either
  way); on a busier machine 73.8/92.6, 60.5/89.4, 9.8/11.4
  (0.80, 0.68, 0.86, load 2.6-5.2), where both sides run the same policy and the gap is noise
  or in-process overhead still to explain. OCR of the fixed 1024x768 form straight after a
  model call took what it took idle (0.57 vs 0.59 s at load 1.6; 0.73 vs 0.77 s at load 2.6):
  a 3 ms spin ends before ONNX Runtime's pass starts (the 0.6-0.8 s OCR after a call came with
  ACTIVE, a 5-minute spin), so no thread split between llama.cpp and OCR is needed.
  Rejected: a shorter spin (`GOMP_SPINCOUNT` 10000, about 0.1 ms) decoded 14-19 tok/s where
  the default did 22-86 in round robins of clean processes at load 4.5-6.5 (a thread that
  sleeps sooner loses its core); PASSIVE itself won one of those round robins (44 vs 22) and
  lost the other (38 vs 86). One llama.cpp thread decoded 79-82 tok/s there whatever the policy
  (no barriers), a candidate for a busy machine that `app.runtimes.llama` does not take yet.
- Training (torch, LoRA) keeps PASSIVE: a forward+backward pass took a median 1.93 and 1.52 s
  under PASSIVE against 3.28 and 1.82 s with the default, interleaved at load 3.3-4.5. A training
  process is `deskhand train ...` or a child started inside `app.services.training.child_environment()`.

Variables already set by the person win (setdefault), so any of this can be overridden.
"""

import os
import sys
from pathlib import Path


def _training_process() -> bool:
    """`deskhand train ...`, or a child started for training (it inherits the policy)."""
    return Path(sys.argv[0]).name == "deskhand" and sys.argv[1:2] == ["train"]


if _training_process():
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"
