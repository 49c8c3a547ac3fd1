"""The scrubber on a corpus nobody may tune on: figures only, never a line.

`python -m bench.privacy_blind holdout12 holdout13 [--out F]` prints, per split, recall per
kind, precision (overall and per kind found) and clean lines changed (overall and by the kinds
found on them), as `bench.privacy` does (and pooled over all the splits named), but never what
was missed or damaged: a never-tuned split stays never-tuned only while no one reads its misses. The splits
measured here are kept out of `bench.privacy`'s SPLITS, whose --details prints lines.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bench.privacy import ROOT, load, measure, publish


def figures(*splits: str) -> dict[str, object]:
    """The splits' aggregate figures (pooled over their lines), without missed values or
    damaged lines."""
    result = measure(load(*(ROOT / "tests" / "privacy" / f"{split}_corpus.json" for split in splits)))
    return {
        "lines": result.lines,
        "recall_overall": result.recall_overall,
        "recall": result.recall,
        "precision": result.precision,
        "clean_lines": result.clean_lines,
        "clean_damaged": result.clean_damaged,
        "clean_damaged_by_kind": result.clean_damaged_by_kind,
        "precision_by_kind": result.precision_by_kind,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="+", help="corpus names, e.g. holdout12")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    report: dict[str, object] = {split: figures(split) for split in args.splits}
    if len(args.splits) > 1:
        report["pooled"] = figures(*args.splits)
    report["load_average"] = round(os.getloadavg()[0], 2)
    publish(report, args.out)


if __name__ == "__main__":
    main()
