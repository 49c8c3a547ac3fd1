"""What a grounder pick costs and how often it is right, on screens code cannot ground.

    .venv/bin/python -m bench.runtime_grounder [--questions 40] [--seed 7]

The questions are `bench.training`'s synthetic forms (a paraphrase such as "e-mail address" for
a screen that says "Email", kept only when no exact label or all-words match answers it), asked
through the real `Grounder` in both orders on the built-in model, one `LlamaRuntime` as the
agent has it. Per pick: right or not, whether the orders agreed, prompt tokens, prompt tokens
llama.cpp evaluated (the prompt less the prefix it shares with the call before, which
llama-cpp-python keeps in its KV cache), tokens generated and the wall time. Prints JSON with
the load average before and after: the machine is shared, so the token counts (which do not
depend on load) carry the comparison and the times are context.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from typing import Any

from app.agent.specialists import Grounder
from app.runtimes.base import Message
from app.runtimes.llama import LlamaRuntime
from bench.decisions import _shared
from bench.runtime import builtin_model
from bench.suite import median
from bench.training import CONCEPTS, UNSEEN, questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    load_before = [round(x, 2) for x in os.getloadavg()]
    runtime = LlamaRuntime(builtin_model())
    grounder = Grounder(runtime)
    concepts = [c for c in CONCEPTS if c not in UNSEEN]
    asked = questions(random.Random(args.seed), args.questions, concepts, "all")
    rows: list[dict[str, Any]] = []
    previous: list[int] = []
    for q in asked:
        started = time.perf_counter()
        pick = grounder.pick(q.description, q.candidates)
        wall = time.perf_counter() - started
        evaluated = 0
        for record in pick.records:
            tokens = runtime.tokenize(runtime.render([Message.from_dict(m) for m in record.messages])[0])
            evaluated += len(tokens) - _shared(previous, tokens)
            previous = tokens
        rows.append(
            {
                "right": pick.element is not None and pick.element.id == q.target.id,
                "agreed": pick.agreed,
                "calls": len(pick.records),
                "tokens_in": sum(r.tokens_in for r in pick.records),
                "tokens_evaluated": evaluated,
                "tokens_out": sum(r.tokens_out for r in pick.records),
                "wall_s": round(wall, 4),
            }
        )
    runtime.close()
    figures = {
        "load_average_before": load_before,
        "questions": len(rows),
        "seed": args.seed,
        "weights": runtime.weights.name,
        "right": round(sum(r["right"] for r in rows) / len(rows), 3),
        "agreed": round(sum(r["agreed"] for r in rows) / len(rows), 3),
        **{
            f"{k}_median": median([r[k] for r in rows])
            for k in ("tokens_in", "tokens_evaluated", "tokens_out", "wall_s")
        },
        **{f"{k}_total": sum(r[k] for r in rows) for k in ("tokens_in", "tokens_evaluated", "tokens_out")},
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
