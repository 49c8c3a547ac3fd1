"""Parser specialist benchmark: the built-in model vs the model with the shipped adapter.

    python -m bench.parser [--held-out 60] [--seen 24]

Both read the same tasks through the same `Parser` (prompt and per-step schema); the only
difference is the LoRA adapter. The tasks come from `app.training.parser_corpus`: the held-out
phrasing families (polite, target-first, narrative), which the adapter never saw, and, apart, a
few new cases of the trained families. Figures per model: exact goal match (every goal's action,
target and value, in order), target and value accuracy (per expected goal, by position), usable
answers, latency and tokens out. Prints JSON, writes bench/results/parser-eval.json and copies
the held-out figures into the adapter's card. Records the load average (2 shared cores).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from app.agent.parser import ADAPTER_PATH, Parser
from app.runtimes.llama import LlamaRuntime
from app.training.parser_corpus import FAMILIES, HELD_OUT, ParserCase, generate
from scripts.train_parser import CARD_PATH, SEED, base_model, elements_of

RESULTS = Path(__file__).resolve().parent / "results" / "parser-eval.json"


def score(runtime: LlamaRuntime, cases: list[ParserCase]) -> dict[str, Any]:
    parser = Parser(runtime)
    exact = usable = targets = values = 0
    expected_goals = expected_values = 0
    latencies: list[float] = []
    tokens: list[int] = []
    by_family: dict[str, list[bool]] = defaultdict(list)
    misses: list[dict[str, Any]] = []
    for case in cases:
        parsed = parser.parse(case.task, elements_of(case))
        if parsed.answer is not None:
            latencies.append(parsed.answer.completion.latency_s)
            tokens.append(parsed.answer.completion.tokens_out)
        want = [(g.action, g.target, g.value) for g in case.goals]
        got = [(g.intent.value, g.target, g.value) for g in parsed.goals or ()]
        usable += parsed.goals is not None
        expected_goals += len(want)
        expected_values += sum(1 for w in want if w[2])
        for i, w in enumerate(want):
            if i < len(got):
                targets += got[i][1] == w[1]
                values += bool(w[2]) and got[i][2].casefold() == w[2].casefold()
        hit = got == want
        exact += hit
        by_family[case.family].append(hit)
        if not hit and len(misses) < 8:
            text = parsed.answer.completion.text if parsed.answer else ""
            misses.append({"task": case.task, "want": want, "got": got or parsed.reason, "answer": text})
    n = len(cases)
    return {
        "cases": n,
        "exact_goal_match": round(exact / n, 3),
        "target_accuracy": round(targets / expected_goals, 3),
        "value_accuracy": round(values / expected_values, 3) if expected_values else None,
        "usable_answers": round(usable / n, 3),
        "median_latency_s": round(statistics.median(latencies), 3) if latencies else None,
        "p90_latency_s": round(statistics.quantiles(latencies, n=10)[-1], 3) if len(latencies) > 1 else None,
        "mean_tokens_out": round(statistics.mean(tokens), 1) if tokens else None,
        "exact_by_family": {f: round(sum(h) / len(h), 3) for f, h in sorted(by_family.items())},
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--held-out", type=int, default=60)
    args.add_argument("--seen", type=int, default=24)
    args.add_argument(
        "--models",
        nargs="+",
        choices=("base", "specialist"),
        default=["base", "specialist"],
        help="score only these (the other's figures already in the results file are kept)",
    )
    opts = args.parse_args(argv)
    base = base_model()
    # Seeds apart from training's (SEED), so even the "seen" cases are new sentences and screens.
    held_out = generate(opts.held_out, families=sorted(HELD_OUT), seed=SEED + 101)
    trained = [f.name for f in FAMILIES if f.name not in HELD_OUT]
    seen = generate(opts.seen, families=trained, seed=SEED + 202) if opts.seen else []
    load_before = os.getloadavg()
    report: dict[str, Any] = {
        "base_model": base.name,
        "adapter": ADAPTER_PATH.name,
        "load_average_before": load_before,
    }
    for label, lora in (("base", None), ("specialist", ADAPTER_PATH)):
        runtime = LlamaRuntime(base, lora_path=lora)
        try:
            parser_scores = {"held_out_families": score(runtime, held_out)}
            if seen:
                parser_scores["trained_families_new_cases"] = score(runtime, seen)
        finally:
            runtime.close()
        report[label] = parser_scores
    report["load_average_after"] = os.getloadavg()
    if RESULTS.is_file() and set(opts.models) != {"base", "specialist"}:
        report = {**json.loads(RESULTS.read_text(encoding="utf-8")), **report}
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if CARD_PATH.is_file() and {"base", "specialist"} <= report.keys():
        card = json.loads(CARD_PATH.read_text(encoding="utf-8"))
        card["eval"] = {
            k: {m: v for m, v in report[k]["held_out_families"].items() if m != "misses"}
            for k in ("base", "specialist")
        }
        card["eval"]["source"] = "bench/results/parser-eval.json (python -m bench.parser)"
        CARD_PATH.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
