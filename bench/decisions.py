"""Tokens per model decision: what a grounder pick or an actor move costs on the practice tasks.

    .venv/bin/python -m bench.decisions [--tasks form-paraphrase-email,desk-paraphrase-night]

Runs the tasks with Deskhand as shipped (the `model` baseline of `bench.suite`, built-in model,
a virtual 1024x768 display) and reads every step the model decided, from the `LMCallRecord`s a
run logs: its calls (a grounder pick asks one or two orders), the prompts' length (`tokens_in`),
the prompt tokens llama.cpp evaluated (the prompt less the prefix it shares with the call before,
which llama-cpp-python keeps in its KV cache; replayed with the runtime's own tokenizer), tokens
generated (`tokens_out`) and the step's decide time. `--ask form:Send the form` adds a task on a
program's default screen in words no pattern understands, which the actor answers. Prints JSON
with per-role medians and totals and the load average before and after (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.agent.steps import Step, Task
from app.runtimes.base import Message
from app.runtimes.llama import LlamaRuntime
from bench import tasks as suite_tasks
from bench.suite import MAX_STEPS, build_controller, median, program_for

#: Tasks whose words match no label, so the model decides: grounder and actor both appear.
DEFAULT_TASKS = "form-paraphrase-email,form-paraphrase-name,desk-paraphrase-night,web-paraphrase-surname"
#: Tasks in words no pattern understands: the actor decides them.
ASKED = ("form:Send the form", "form:Sign me up for the newsletter", "desk:Make Bob Chen a favourite")


def decisions(
    tasks: Sequence[suite_tasks.BenchTask], runtime: LlamaRuntime, state_dir: Path
) -> list[dict[str, Any]]:
    """One row per model-decided step of each task: role, calls, tokens in and out, decide time."""
    from app.desktop.actions import Hands
    from app.desktop.screen import ScreenReader

    screen = ScreenReader()
    controller = build_controller("model", screen, Hands(), runtime)
    rows: list[dict[str, Any]] = []
    previous: list[int] = []
    for task in tasks:
        with program_for(task, state_dir / f"{task.id}.json"):
            screen.tracker.reset()
            steps = [i for i in controller.run(Task(task.text, max_steps=MAX_STEPS)) if isinstance(i, Step)]
        for step in steps:
            if not step.lm_calls:
                continue
            evaluated = 0
            for call in step.lm_calls:
                messages = [Message.from_dict(m) for m in call.messages]
                tokens = runtime.tokenize(runtime.render(messages)[0])
                evaluated += len(tokens) - _shared(previous, tokens)
                previous = tokens
            rows.append(
                {
                    "task": task.id,
                    "role": step.lm_calls[0].role,
                    "calls": len(step.lm_calls),
                    "tokens_in": sum(c.tokens_in for c in step.lm_calls),
                    "tokens_evaluated": evaluated,
                    "tokens_out": sum(c.tokens_out for c in step.lm_calls),
                    "decide_s": round(step.timings.decide_s, 4),
                    "outputs": [c.output for c in step.lm_calls],
                }
            )
    return rows


def _shared(a: Sequence[int], b: Sequence[int]) -> int:
    """How many leading tokens two prompts share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def asked(spec: str, n: int) -> suite_tasks.BenchTask:
    """`program:text` as a task on that program's default screen (never judged a success)."""
    program, _, text = spec.partition(":")
    model = next(t for t in suite_tasks.TASKS if t.program == program and not t.setup)
    return replace(model, id=f"ask-{n}-{program}", text=text.strip(), setup={})


def summarize(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Per role: decisions, calls, and the medians and totals of tokens and decide time."""
    out: dict[str, Any] = {}
    for role in sorted({r["role"] for r in rows}):
        mine = [r for r in rows if r["role"] == role]
        out[role] = {
            "decisions": len(mine),
            "calls": sum(r["calls"] for r in mine),
            "tokens_in_median": median([r["tokens_in"] for r in mine]),
            "tokens_evaluated_median": median([r["tokens_evaluated"] for r in mine]),
            "tokens_out_median": median([r["tokens_out"] for r in mine]),
            "tokens_in_total": sum(r["tokens_in"] for r in mine),
            "tokens_evaluated_total": sum(r["tokens_evaluated"] for r in mine),
            "tokens_out_total": sum(r["tokens_out"] for r in mine),
            "decide_s_median": median([r["decide_s"] for r in mine]),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--tasks", default=DEFAULT_TASKS, help="comma-separated task ids")
    parser.add_argument("--ask", action="append", default=list(ASKED), help="PROGRAM:TEXT, repeatable")
    args = parser.parse_args(argv)
    from app.desktop.sandbox import VirtualDisplay
    from bench.runtime import builtin_model

    load_before = [round(x, 2) for x in os.getloadavg()]
    runtime = LlamaRuntime(builtin_model())  # as shipped: every core but one, the CPU copy
    with VirtualDisplay(size=(1024, 768)), tempfile.TemporaryDirectory(prefix="bench-decisions-") as state:
        chosen = suite_tasks.by_id(args.tasks) + [asked(a, n) for n, a in enumerate(args.ask)]
        rows = decisions(chosen, runtime, Path(state))
    runtime.close()
    figures = {
        "load_average_before": load_before,
        "by_role": summarize(rows),
        "decisions": rows,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
