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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import EXIT_DONE, EXIT_NOT_DONE, fail
from app.config import Settings
from app.errors import DeskhandError

if TYPE_CHECKING:  # the service loads scikit-learn and friends: only for the command that needs it
    from app.services import training


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
    from app.services import training

    now = training.status(settings)
    if now.card is not None:
        print(
            f"dataset: {now.card.train} train / {now.card.test} test examples "
            f"from {now.card.considered} logged calls ({now.dataset_dir})"
        )
    else:
        print("dataset: none yet (`deskhand train export`)")
    if now.clusters is not None:
        _print_clusters(now.clusters)
    else:
        print("clusters: none yet (`deskhand train cluster`)")
    if now.specialists_problem is not None:
        return fail(now.specialists_problem)
    print("specialists in service:" if now.specialists else "specialists in service: none")
    for s in now.specialists:
        p = s.promotion
        print(
            f"  #{p.id} {p.role} / cluster {p.cluster} ({p.cluster_name}): accuracy "
            f"{p.accuracy_before:.0%} -> {p.accuracy_after:.0%}, since {p.at}  [{Path(p.adapter).name}]"
        )
    return EXIT_DONE


def _print_clusters(clusters: Sequence[training.Cluster]) -> None:
    def share(value: float | None) -> str:
        return "-" if value is None else f"{value:.0%}"

    print("clusters:")
    for c in clusters:
        print(
            f"  {c.id}: {c.name} [{c.role}] "
            f"{c.train_examples} train / {c.test_examples} test, "
            f"local success {share(c.local_success_rate)}, escalated {share(c.escalation_share)}"
            f" — {'READY' if c.ready else 'not ready'}: {c.why}"
        )


def cmd_rate(settings: Settings, run_id: int, rating: str) -> int:
    from app.services import training

    try:
        training.rate_run(settings, run_id, None if rating == "clear" else rating)
    except DeskhandError as exc:
        return fail(exc)
    print(f"run {run_id}: {'mark cleared' if rating == 'clear' else rating}")
    return EXIT_DONE


def cmd_export(settings: Settings) -> int:
    from app.services import training

    try:
        _print_export(training.export(settings))
    except DeskhandError as exc:
        return fail(exc)
    return EXIT_DONE


def _print_export(done: training.Exported) -> None:
    print(done.overview)
    print(f"\nwritten to {done.folder} (train.jsonl, test.jsonl, data_card.md)")


def cmd_cluster(settings: Settings) -> int:
    from app.services import training

    try:
        _print_found(settings, training.find_tasks(settings))
    except DeskhandError as exc:
        return fail(exc)
    return EXIT_DONE


def _print_found(settings: Settings, found: training.Found) -> None:
    _print_clusters(found.clusters)
    for cluster_id, ranked in found.recommendations.items():
        print(f"\nbase models for cluster {cluster_id}:")
        for r in ranked[:3]:
            print(f"  {r.rank}. {r.model}: {r.reason}")
    if not found.ready:
        print(f"\nno cluster is ready yet: a cluster needs {settings.min_cluster_examples} training examples")


def _ask_estimate(args: argparse.Namespace) -> Callable[[float, int], bool]:
    def confirm(seconds: float, examples: int) -> bool:
        print(f"fine-tuning on {examples} examples will take about {max(1, round(seconds / 60))} min here")
        if args.yes:
            return True
        if not sys.stdin.isatty():
            print("not started: no terminal to ask (pass --yes to start without asking)", file=sys.stderr)
            return False
        return input("start? [y/N] ").strip().lower() in ("y", "yes")

    return confirm


def _config(args: argparse.Namespace) -> training.FineTuneConfig:
    from app.services import training

    return training.fine_tune_config(epochs=args.epochs, max_examples=args.max_examples)


def _print_specialized(cluster_id: int, done: training.Specialized | None) -> int:
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
    from app.services import training

    try:
        done = training.specialize(
            settings, args.cluster, config=_config(args), confirm=_ask_estimate(args), say=print
        )
    except DeskhandError as exc:
        return fail(exc)
    return _print_specialized(args.cluster, done)


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    from app.services import training

    codes: list[int] = []
    try:
        for event in training.run_all(settings, config=_config(args), confirm=_ask_estimate(args), say=print):
            if isinstance(event, training.Exported):
                _print_export(event)
            elif isinstance(event, training.Found):
                _print_found(settings, event)
            elif event.problem is not None:
                codes.append(fail(event.problem))
            else:
                codes.append(_print_specialized(event.cluster.id, event.done))
    except DeskhandError as exc:
        return fail(exc)
    if not codes:
        return EXIT_NOT_DONE
    return EXIT_DONE if EXIT_DONE in codes else max(codes)


def cmd_rollback(settings: Settings, promotion: int | None) -> int:
    from app.services import training

    try:
        done = training.rollback(settings, promotion)
    except DeskhandError as exc:
        return fail(exc)
    rolled, restored = done.rolled, done.restored
    print(f"#{rolled.id} ({rolled.role}, cluster {rolled.cluster}) is out of service")
    if restored is not None:
        print(f"#{restored.id}, which it had replaced, answers that cluster again")
    else:
        print(f"the {rolled.role}'s usual model answers that cluster again")
    return EXIT_DONE
