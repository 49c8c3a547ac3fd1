"""PNG plots of a benchmark result: success by task kind, the per-step time split, runtime ratios.

matplotlib is a benchmark-only dependency (the `bench` extra), imported here and only here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.suite import SPLIT
from bench.tasks import KINDS


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise RuntimeError("plots need matplotlib: pip install -e '.[bench]'") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def success_by_kind(figures: dict[str, Any], out: Path) -> Path:
    plt = _pyplot()
    agent = figures["agent"]
    baselines = list(agent["baselines"])
    kinds = [
        k
        for k in KINDS
        if any(agent["baselines"][b]["success_by_kind"].get(k) is not None for b in baselines)
    ]
    fig, ax = plt.subplots(figsize=(12, 5))
    width = 0.8 / max(1, len(baselines))
    for i, baseline in enumerate(baselines):
        rates = [agent["baselines"][baseline]["success_by_kind"].get(k) or 0.0 for k in kinds]
        overall = agent["baselines"][baseline]["success_rate"] or 0.0
        ax.bar(
            [x + i * width for x in range(len(kinds))], rates, width, label=f"{baseline} (all: {overall:.2f})"
        )
    ax.axhline(0.85, color="grey", linestyle="--", linewidth=1, label="goal 0.85")
    ax.set_xticks([x + width * (len(baselines) - 1) / 2 for x in range(len(kinds))], kinds, rotation=30)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("success rate")
    ax.set_title(f"Task success by kind ({agent['tasks']} tasks, {agent['repeat']} run(s) each)")
    ax.legend(fontsize=8, loc="upper right")
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def step_split(figures: dict[str, Any], out: Path) -> Path:
    plt = _pyplot()
    baselines = figures["agent"]["baselines"]
    names = list(baselines)
    fig, ax = plt.subplots(figsize=(10, 4))
    left = [0.0] * len(names)
    for part in SPLIT:
        values = [baselines[b]["step_split_median_s"].get(part) or 0.0 for b in names]
        ax.barh(names, values, left=left, label=part.removesuffix("_s"))
        left = [a + b for a, b in zip(left, values, strict=True)]
    for y, b in enumerate(names):
        total = baselines[b]["step_total_median_s"]
        if total is not None:
            ax.text(left[y] + 0.02, y, f"whole step median {total:.2f} s", va="center", fontsize=8)
    ax.axvline(1.5, color="grey", linestyle="--", linewidth=1, label="goal: step 1.5 s")
    ax.set_xlabel("seconds (median of each part over all steps)")
    ax.set_title("Per-step time split: observe / decide / act / verify")
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=5)
    ax.set_xlim(0, max([*left, 1.5]) * 1.35)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def runtime_ratios(figures: dict[str, Any], out: Path) -> Path:
    plt = _pyplot()
    rt = figures["runtime"]
    bars = {
        "runtime / raw\nllama-cpp (tok/s)": (rt["runtime_vs_raw"]["ratio"], 0.97),
        "decode / bandwidth\nbound": (rt["bandwidth_bound"]["share_of_bound"], 0.8),
        "schema / free\n(decode s per token)": (rt["constrained_decoding"]["per_token_ratio"], None),
        "TTFT cached /\nuncached": (
            (rt["prefix_cache"]["ttft_cached_s"] or 0) / (rt["prefix_cache"]["ttft_uncached_s"] or 1),
            None,
        ),
    }
    fig, ax = plt.subplots(figsize=(10, 4.5))
    labels = list(bars)
    values = [v or 0.0 for v, _ in bars.values()]
    ax.bar(labels, values, color=["#2f6fd0", "#2f9f6f", "#d08a2f", "#8a5fd0"])
    for x, (value, goal) in enumerate(bars.values()):
        ax.text(x, (value or 0) + 0.02, f"{value:.3f}" if value is not None else "n/a", ha="center")
        if goal is not None:
            ax.hlines(goal, x - 0.4, x + 0.4, colors="grey", linestyles="--")
            ax.text(x + 0.42, goal, f"goal {goal}", va="center", fontsize=8)
    ax.set_ylabel("ratio")
    ax.set_title(f"Runtime ratios ({rt['model']}, {rt['threads']} threads)")
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def draw_all(figures: dict[str, Any], folder: Path, stem: str) -> list[Path]:
    """Every plot the figures allow, as `<stem>-<plot>.png` in `folder`."""
    drawn = []
    if "agent" in figures:
        drawn.append(success_by_kind(figures, folder / f"{stem}-success-by-kind.png"))
        drawn.append(step_split(figures, folder / f"{stem}-step-split.png"))
    if "runtime" in figures:
        drawn.append(runtime_ratios(figures, folder / f"{stem}-runtime-ratios.png"))
    return drawn
