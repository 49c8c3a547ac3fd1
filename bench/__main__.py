"""Deskhand's benchmarks in one command: the task suite under four baselines, runtime figures,
start-up times, the step budget on real dialogs; JSON and PNG plots in bench/results/.

    python -m bench              # full: every task, every baseline
    python -m bench --quick      # under 5 minutes: a slice of tasks, floor and model baselines
    python -m bench --tasks form-click-submit,web-type-first --baselines floor --no-runtime

Benchmarks print figures; they never fail on a timing. The exit code is 0 unless the benchmark
itself could not run (no Xvfb, no model file, a practice program that will not start).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bench import tasks as suite_tasks
from bench.runtime import SHIPPED_THREADS
from bench.suite import BASELINES, run_suite, summarize

RESULTS = Path(__file__).resolve().parent / "results"
#: What the figures are held against (issue #3), with the figure each goal reads.
GOALS = {
    "suite_success": 0.85,
    "local_share": 1.0,
    "decide_median_s": 0.5,
    #: A model decision (grounder or actor), on the practice suite and on real dialogs (issue 18).
    "model_decide_median_s": 0.5,
    "generalization_decide_median_s": 0.5,
    "observe_median_s": 0.6,
    "step_median_s": 1.5,
    "runtime_ratio": 0.97,
    #: Decode through Deskhand in its shipped environment over raw llama.cpp in a clean process.
    "clean_decode_ratio": 0.9,
    "decode_share_of_bound": 0.8,
    "version_s": 0.3,
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a slice of tasks, floor and model, fewer repeats"
    )
    parser.add_argument(
        "--tasks", default=None, help="comma-separated task ids (default: all, or the quick slice)"
    )
    parser.add_argument("--baselines", default=None, help=f"comma-separated, from: {', '.join(BASELINES)}")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each task per baseline")
    parser.add_argument("--runtime-repeat", type=int, default=None, help="repeats of each runtime figure")
    parser.add_argument("--no-runtime", action="store_true", help="skip the runtime and start-up figures")
    parser.add_argument(
        "--no-runtime-cache", action="store_true", help="skip bench/runtime_cache.py's figures"
    )
    parser.add_argument(
        "--no-step-budget", action="store_true", help="skip the step budget on the generalization dialogs"
    )
    parser.add_argument("--no-plots", action="store_true", help="write the JSON only")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON and plots")
    parser.add_argument("--list", action="store_true", help="list the tasks and exit")
    parser.add_argument("--replot", type=Path, default=None, metavar="JSON", help="redraw a result's plots")
    return parser.parse_args(argv)


def goals(figures: dict[str, Any]) -> dict[str, Any]:
    """Each goal with the measured figure and whether it is met (None when not measured)."""
    model = figures.get("agent", {}).get("baselines", {}).get("model", {})
    runtime = figures.get("runtime", {})
    start = figures.get("startup", {})
    measured = {
        "suite_success": model.get("success_rate"),
        "local_share": model.get("local_share"),
        "decide_median_s": (model.get("step_split_median_s") or {}).get("decide_s"),
        "model_decide_median_s": model.get("model_decide_median_s"),
        "generalization_decide_median_s": (figures.get("step_budget") or {}).get("model_decide_median_s"),
        "observe_median_s": (model.get("step_split_median_s") or {}).get("observe_s"),
        "step_median_s": model.get("step_total_median_s"),
        "runtime_ratio": (runtime.get("runtime_vs_raw") or {}).get("ratio"),
        "clean_decode_ratio": ((runtime.get("threads") or {}).get("runtime_vs_clean") or {}).get("ratio"),
        "decode_share_of_bound": (runtime.get("bandwidth_bound") or {}).get("share_of_bound"),
        "version_s": (start.get("deskhand_version") or {}).get("median_s"),
    }
    out = {}
    for name, goal in GOALS.items():
        value = measured[name]
        higher_is_better = name in (
            "suite_success",
            "local_share",
            "runtime_ratio",
            "clean_decode_ratio",
            "decode_share_of_bound",
        )
        met = None if value is None else (value >= goal if higher_is_better else value < goal)
        out[name] = {
            "goal": goal,
            "value": value,
            "met": met,
            "better": "higher" if higher_is_better else "lower",
        }
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # A killed benchmark still closes its display, programs and browsers (the `with` blocks).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.list:
        for t in suite_tasks.TASKS:
            print(f"{t.id:28} {t.program:5} {t.kind:11} {t.text}")
        return 0
    chosen = (
        suite_tasks.by_id(args.tasks)
        if args.tasks
        else (suite_tasks.by_id(suite_tasks.QUICK) if args.quick else list(suite_tasks.TASKS))
    )
    baselines = (args.baselines or ("floor,model" if args.quick else ",".join(BASELINES))).split(",")
    unknown = [b for b in baselines if b not in BASELINES]
    if unknown:
        print(f"unknown baseline(s): {', '.join(unknown)}; pick from {', '.join(BASELINES)}", file=sys.stderr)
        return 2
    runtime_repeat = args.runtime_repeat or (2 if args.quick else 5)

    from app.desktop.sandbox import VirtualDisplay
    from app.runtimes.llama import LlamaRuntime
    from bench import runtime as rt

    started = time.perf_counter()
    path = rt.builtin_model()
    figures: dict[str, Any] = {
        "date": date.today().isoformat(),
        "started": datetime.now().isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "machine": rt.machine(),
    }
    needs_model = any(b != "floor" for b in baselines) or not args.no_runtime
    runtime = LlamaRuntime(path, threads=SHIPPED_THREADS) if needs_model else None

    args.out.mkdir(parents=True, exist_ok=True)
    stem = figures["date"] + ("-quick" if args.quick else "")
    partial = args.out / f"{stem}.partial.jsonl"
    partial.write_text("", encoding="utf-8")

    def keep(baseline: str, record: dict[str, Any]) -> None:
        with partial.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"baseline": baseline, **record}) + "\n")

    print(f"suite: {len(chosen)} tasks x {len(baselines)} baselines x {args.repeat}", flush=True)
    with VirtualDisplay(size=(1024, 768)), tempfile.TemporaryDirectory(prefix="bench-state-") as state_dir:
        runs = run_suite(
            chosen, baselines, runtime, Path(state_dir), args.repeat, lambda s: print(s, flush=True), keep
        )
    figures["agent"] = {
        "tasks": len(chosen),
        "task_ids": [t.id for t in chosen],
        "programs": sorted({t.program for t in chosen}),
        "repeat": args.repeat,
        "max_steps": 12,
        "baselines": {b: summarize(rs) for b, rs in runs.items()},
        "runs": runs,
    }
    if not args.no_runtime:
        assert runtime is not None
        print("runtime figures", flush=True)
        figures["runtime"] = rt.runtime_figures(
            runtime, path, runtime_repeat, lambda s: print(s, flush=True), not args.no_runtime_cache
        )
        print("start-up", flush=True)
        figures["startup"] = rt.startup(max(3, runtime_repeat))
    if not args.no_step_budget and runtime is not None:
        from bench import step_budget

        print("step budget on the generalization dialogs", flush=True)
        dialogs = step_budget.GENERALIZATION_QUICK if args.quick else [t.id for t in step_budget.DIALOG_TASKS]
        with VirtualDisplay(size=(1024, 768)):
            rows, success = step_budget.generalization(dialogs, runtime)
        figures["step_budget"] = {
            **step_budget.summarize(rows),
            "success": success,
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        }
    figures["goals"] = goals(figures)
    figures["bench_process_peak_rss_mb"] = rt.self_peak_rss_mb()
    figures["bench_wall_s"] = round(time.perf_counter() - started, 1)
    figures["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]

    out = args.out / f"{stem}.json"
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if not args.no_plots:
        from bench.plots import draw_all

        figures["plots"] = [str(p) for p in draw_all(figures, args.out, stem)]
        out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    summary = {
        "json": str(out),
        "success": {b: s["success_rate"] for b, s in figures["agent"]["baselines"].items()},
        "goals": {k: (v["value"], v["met"]) for k, v in figures["goals"].items()},
        "wall_s": figures["bench_wall_s"],
    }
    partial.unlink(missing_ok=True)
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
