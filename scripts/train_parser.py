"""Rebuild the parser specialist's adapter: synthetic corpus -> LoRA on the built-in model.

    .venv/bin/python -m scripts.train_parser [--examples 260] [--epochs 1]

Writes resources/adapters/parser-smollm2-135m.gguf and its card (parser-smollm2-135m.json: the
base model's SHA-256, the corpus, the hyperparameters, the date and the training time);
`python -m bench.parser` then adds the evaluation on held-out phrasing families to the card.
The examples are rendered by `app.agent.parser.Parser` itself, so training sees exactly the
prompt a run sends. Training runs with OpenMP's passive waiting (faster on a busy CPU).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.agent.parser import ADAPTER_PATH, Parser
from app.agent.steps import Box, Element, ElementKind
from app.config import Settings
from app.runtimes.base import Completion, Message
from app.runtimes.catalog import catalog_entries, entry_path, load_catalog
from app.training.examples import ChatExample
from app.training.finetune import FineTuneConfig, prepare
from app.training.parser_corpus import HELD_OUT, ParserCase, split

CARD_PATH = ADAPTER_PATH.with_suffix(".json")
SEED = 7


def base_model() -> Path:
    """The built-in model file, found as the product finds it (the catalog's fallback)."""
    catalog = load_catalog()
    return entry_path(catalog_entries(catalog)[str(catalog["fallback"])], Settings().models_dir)


def elements_of(case: ParserCase) -> list[Element]:
    """A corpus screen as perception would give it (boxes do not matter to the parser)."""
    return [
        Element(i, ElementKind(item.kind), item.name, Box(0, 30 * i, 100, 24))
        for i, item in enumerate(case.screen)
    ]


def example_of(parser: Parser, case: ParserCase, index: int) -> ChatExample:
    named = parser.nameable(elements_of(case), case.task)
    messages = parser.messages(case.task, named)
    return ChatExample(
        prompt=tuple(m.as_dict() for m in messages),
        answer=parser.label([(g.action, g.target, g.value) for g in case.goals]),
        role="parser",
        schema=parser.schema(named),
        call_id=index,
        run_id=0,
        source="synthetic",
        extra={"family": case.family, "layout": case.layout},
    )


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--examples", type=int, default=260)
    args.add_argument("--epochs", type=int, default=1)
    args.add_argument("--rank", type=int, default=8)
    args.add_argument("--lr", type=float, default=2e-3)
    args.add_argument("--estimate-only", action="store_true", help="time a few passes and stop")
    opts = args.parse_args(argv)
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    base = base_model()
    train, _ = split(opts.examples, 0, seed=SEED)
    parser = Parser(_NoModel())
    examples = [example_of(parser, case, i) for i, case in enumerate(train)]
    config = FineTuneConfig(
        rank=opts.rank,
        alpha=2.0 * opts.rank,
        epochs=opts.epochs,
        max_examples=opts.examples,
        max_tokens=512,
        learning_rate=opts.lr,
    )
    run = prepare(base, examples, config)
    print(
        json.dumps({"examples": run.examples, "left_out": run.left_out, "estimate_s": round(run.estimate_s)}),
        flush=True,
    )
    if opts.estimate_only:
        return 0
    ADAPTER_PATH.parent.mkdir(parents=True, exist_ok=True)
    result = run.run(ADAPTER_PATH)
    card = {
        "adapter": ADAPTER_PATH.name,
        "base_model": base.name,
        "base_sha256": sha256(base),
        "date": datetime.date.today().isoformat(),
        "data": {
            "corpus": "app.training.parser_corpus (synthetic; no benchmark task)",
            "seed": SEED,
            "examples": result.examples,
            "families": dict(Counter(c.family for c in train)),
            "held_out_families": sorted(HELD_OUT),
        },
        "config": {
            "rank": config.rank,
            "alpha": config.alpha,
            "epochs": config.epochs,
            "lr": config.learning_rate,
            "target_modules": list(config.target_modules),
        },
        "train_s": round(result.train_s, 1),
        "final_loss": round(result.final_loss, 4),
        "device": result.device,
        "load_average": os.getloadavg(),
        "rebuild": "python -m scripts.train_parser",
    }
    CARD_PATH.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2))
    return 0


class _NoModel:
    """The parser renders prompts and schemas without a model; training never asks it."""

    name = "none"
    model = "none"

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 64,
        temperature: float = 0.0,
    ) -> Completion:
        raise AssertionError("rendering training examples asks no model")


if __name__ == "__main__":
    sys.exit(main())
