"""`deskhand train`: turn your own logged model calls into local specialists (S1-S6).

deskhand train                        where the loop stands: dataset, clusters, specialists in service
deskhand train rate RUN good|bad      mark a run for training (a bad run's calls are never learned)
deskhand train export                 S2: curate the run log into a scrubbed dataset + data card
deskhand train cluster                S3+S4: group the examples into tasks; recommend base models
deskhand train specialize CLUSTER     S5+S6: fine-tune a LoRA specialist, score it, promote if better
deskhand train run                    S2..S6 for every cluster that is ready
deskhand train rollback [ID]          take the newest (or the given) specialist out of service

Everything stays on this machine. Fine-tuning needs `pip install 'deskhand[train]'`; it says
how long it will take and asks before it starts (`--yes` to skip the question).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_DONE, EXIT_NOT_DONE, fail
from app.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    train = sub.add_parser("train", help="turn logged model calls into local specialists (fine-tuning)")
    train.set_defaults(handler=lambda settings, _args, _p: cmd_status(settings))
    actions = train.add_subparsers(dest="train_command", metavar="ACTION")

    rate = actions.add_parser("rate", help="mark a run good or bad for training")
    rate.add_argument("run_id", type=int)
    rate.add_argument("rating", choices=("good", "bad", "clear"))
    rate.set_defaults(handler=lambda settings, args, _p: cmd_rate(settings, args.run_id, args.rating))

    export = actions.add_parser("export", help="S2: curate the run log into a scrubbed dataset")
    export.set_defaults(handler=lambda settings, _args, _p: cmd_export(settings))

    cluster = actions.add_parser("cluster", help="S3+S4: group examples into tasks, recommend base models")
    cluster.set_defaults(handler=lambda settings, _args, _p: cmd_cluster(settings))

    for name, text in (
        ("specialize", "S5+S6: fine-tune a specialist for one cluster, promote it if it is better"),
        ("run", "S2..S6: export, cluster, and specialize every ready cluster"),
    ):
        action = actions.add_parser(name, help=text)
        if name == "specialize":
            action.add_argument("cluster", type=int, help="a cluster id from `deskhand train cluster`")
        action.add_argument("--yes", action="store_true", help="do not ask before fine-tuning")
        action.add_argument("--epochs", type=int, default=None, help="training passes (default 2)")
        action.add_argument(
            "--max-examples", type=int, default=None, help="sample the training set down to N (default 400)"
        )
    actions.choices["specialize"].set_defaults(handler=lambda s, args, _p: cmd_specialize(s, args))
    actions.choices["run"].set_defaults(handler=lambda s, args, _p: cmd_run(s, args))

    rollback = actions.add_parser("rollback", help="take a promoted specialist out of service")
    rollback.add_argument("promotion", type=int, nargs="?", default=None, help="its id (default: the newest)")
    rollback.set_defaults(handler=lambda settings, args, _p: cmd_rollback(settings, args.promotion))


def cmd_status(settings: Settings) -> int:
    import json

    from app.training.loop import clusters_dir, dataset_dir
    from app.training.promote import Promotions

    card = dataset_dir(settings) / "data_card.json"
    if card.is_file():
        data = json.loads(card.read_text(encoding="utf-8"))
        print(
            f"dataset: {data['examples']['train']} train / {data['examples']['test']} test examples "
            f"from {data['considered']} logged calls ({dataset_dir(settings)})"
        )
    else:
        print("dataset: none yet (`deskhand train export`)")
    listing = clusters_dir(settings) / "clusters.json"
    if listing.is_file():
        _print_clusters(json.loads(listing.read_text(encoding="utf-8"))["clusters"])
    else:
        print("clusters: none yet (`deskhand train cluster`)")
    try:
        promotions = Promotions(settings.training_dir).all()
    except ValueError as exc:
        return fail(exc)
    print("specialists in service:" if any(p.active for p in promotions) else "specialists in service: none")
    for p in promotions:
        if p.active:
            print(
                f"  #{p.id} {p.role} / cluster {p.cluster} ({p.cluster_name}): accuracy "
                f"{p.accuracy_before:.0%} -> {p.accuracy_after:.0%}, since {p.at}  [{Path(p.adapter).name}]"
            )
    return EXIT_DONE


def _print_clusters(clusters: list[dict[str, Any]]) -> None:
    def share(value: float | None) -> str:
        return "-" if value is None else f"{value:.0%}"

    print("clusters:")
    for c in clusters:
        print(
            f"  {c['id']}: {c['name']} [{c['role']}] "
            f"{c['train_examples']} train / {c['test_examples']} test, "
            f"local success {share(c['local_success_rate'])}, escalated {share(c['escalation_share'])}"
            f" — {'READY' if c['ready'] else 'not ready'}: {c['why']}"
        )


def cmd_rate(settings: Settings, run_id: int, rating: str) -> int:
    from app.main import open_log
    from app.store.db import StoreError

    try:
        open_log(settings).rate_run(run_id, None if rating == "clear" else rating)
    except (StoreError, ValueError, LookupError) as exc:
        return fail(exc)
    print(f"run {run_id}: {'mark cleared' if rating == 'clear' else rating}")
    return EXIT_DONE


def cmd_export(settings: Settings) -> int:
    from app.store.db import StoreError
    from app.training.loop import dataset_dir, export

    try:
        card = export(settings)
    except (FileNotFoundError, StoreError) as exc:
        return fail(exc)
    print(card.markdown().split("\n## Rules")[0].rstrip())
    print(f"\nwritten to {dataset_dir(settings)} (train.jsonl, test.jsonl, data_card.md)")
    return EXIT_DONE


def cmd_cluster(settings: Settings) -> int:
    from dataclasses import asdict

    from app.training.loop import cluster, recommend

    try:
        clusters = cluster(settings)
    except (FileNotFoundError, ValueError, ImportError) as exc:
        return fail(exc)
    _print_clusters([asdict(c) for c in clusters.clusters])
    for cluster_id, ranked in recommend(settings, clusters).items():
        print(f"\nbase models for cluster {cluster_id}:")
        for r in ranked[:3]:
            print(f"  {r.rank}. {r.model}: {r.reason}")
    if not clusters.ready():
        print(f"\nno cluster is ready yet: a cluster needs {settings.min_cluster_examples} training examples")
    return EXIT_DONE


def _ask_estimate(args: argparse.Namespace) -> Any:
    def confirm(seconds: float, examples: int) -> bool:
        print(f"fine-tuning on {examples} examples will take about {max(1, round(seconds / 60))} min here")
        if args.yes:
            return True
        if not sys.stdin.isatty():
            print("not started: no terminal to ask (pass --yes to start without asking)", file=sys.stderr)
            return False
        return input("start? [y/N] ").strip().lower() in ("y", "yes")

    return confirm


def _config(args: argparse.Namespace) -> Any:
    from dataclasses import replace

    from app.training.finetune import FineTuneConfig

    config = FineTuneConfig()
    if args.epochs is not None:
        config = replace(config, epochs=args.epochs)
    if args.max_examples is not None:
        config = replace(config, max_examples=args.max_examples)
    return config


def _specialize(settings: Settings, cluster_id: int, args: argparse.Namespace) -> int:
    from app.runtimes.base import ModelError
    from app.training.loop import specialize

    try:
        done = specialize(settings, cluster_id, config=_config(args), confirm=_ask_estimate(args), say=print)
    except (LookupError, ValueError, FileNotFoundError, ImportError, ModelError) as exc:
        return fail(exc)
    if done is None:
        return EXIT_NOT_DONE
    r = done.result
    print(
        f"cluster {cluster_id}: trained on {r.examples} examples x {r.epochs} epochs in {r.train_s:.0f} s "
        f"({r.device}), adapter {r.adapter.stat().st_size / 1e6:.1f} MB"
    )
    print(f"  current:   {done.current.summary()}")
    print(f"  candidate: {done.candidate.summary()}")
    if done.promotion is not None:
        print(f"promoted as #{done.promotion.id}: {done.verdict.reason}. Undo: deskhand train rollback")
        return EXIT_DONE
    print(f"not promoted: {done.verdict.reason}")
    return EXIT_NOT_DONE


def cmd_specialize(settings: Settings, args: argparse.Namespace) -> int:
    return _specialize(settings, args.cluster, args)


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    for step in (cmd_export, cmd_cluster):
        code = step(settings)
        if code != EXIT_DONE:
            return code
    from app.training.clusters import TaskClusters
    from app.training.loop import clusters_dir

    ready = TaskClusters.load(clusters_dir(settings)).ready()
    if not ready:
        return EXIT_NOT_DONE
    codes = [_specialize(settings, c.id, args) for c in ready]
    return EXIT_DONE if EXIT_DONE in codes else max(codes)


def cmd_rollback(settings: Settings, promotion: int | None) -> int:
    from app.training.promote import Promotions

    try:
        rolled, restored = Promotions(settings.training_dir).rollback(promotion)
    except (LookupError, ValueError) as exc:
        return fail(exc)
    print(f"#{rolled.id} ({rolled.role}, cluster {rolled.cluster}) is out of service")
    if restored is not None:
        print(f"#{restored.id}, which it had replaced, answers that cluster again")
    else:
        print(f"the {rolled.role}'s usual model answers that cluster again")
    return EXIT_DONE
