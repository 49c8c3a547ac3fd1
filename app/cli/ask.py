"""`deskhand ask`: a question answered by the local model from the screen or a folder, with sources.

    deskhand ask "QUESTION" [--about screen|PATH] [--json] [--escalate never|ask|always] [--db PATH]

The flow (the index, the sources, the model, the cloud gate, the log) is `app.services.ask`; this
module prints its events. The answer is written as it is generated, then the sources: `[1]
file:12-18` for each passage the answer cites; when the model cites none (the built-in model
seldom does), the passages that hold the answer's words, or else all it was given, said so.
With `--json`, stdout is one JSON object once the answer is done. Exit code 0 with an answer,
1 when there is none (nothing matched, the model failed), 2 for a usage or configuration problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.cli.common import EXIT_DONE, EXIT_NOT_DONE
from app.config import Settings

if TYPE_CHECKING:
    from app.services.ask import AskResult, AskStarted


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "ask",
        help="answer a question from the screen or a folder of documents, citing the sources",
        description="Answer QUESTION with the local model from a folder of documents (plain text, "
        "Markdown, PDF; indexed on this machine, SQLite FTS5) or from what is on the screen, "
        "citing the passages it used. Nothing leaves the machine unless --escalate allows it.",
        epilog='example: deskhand ask "How long is the warranty?" --about ~/Documents/manuals',
    )
    parser.add_argument("question", help="what you want to know")
    parser.add_argument(
        "--about",
        default="screen",
        metavar="screen|PATH",
        help="where the answer comes from: `screen` (the default: what is on the display now) "
        "or a folder or file of documents",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object with the answer and sources"
    )
    parser.add_argument(
        "--escalate",
        choices=("never", "ask", "always"),
        default="never",
        help="may a cloud model answer instead: never (default), ask each time, always",
    )
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help="run log database to use")
    parser.set_defaults(handler=cmd_ask)


def cmd_ask(settings: Settings, args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from app.cli.run import terminal_ask
    from app.services.ask import AnswerPiece, AskStarted, ask
    from app.services.cloud import CloudChoice

    about: Path | Literal["screen"] = "screen" if args.about == "screen" else Path(args.about)
    cloud = CloudChoice(args.escalate)
    events = ask(settings, args.question, about=about, cloud=cloud, permission=terminal_ask)
    result: AskResult | None = None
    for event in events:
        if isinstance(event, AskStarted):
            if not args.json:
                _started(event)
        elif isinstance(event, AnswerPiece):
            if not args.json:
                print(event.text, end="", flush=True)
        else:
            result = event
    if result is None:  # the service always ends with a result; a missing one is a bug
        raise RuntimeError("ask ended without a result")
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        _finished(result)
    return EXIT_DONE if result.error is None else EXIT_NOT_DONE


def _started(event: AskStarted) -> None:
    """What the sources are, on stderr (stdout is the answer and its citations)."""
    update = event.update
    if update is not None:
        print(
            f"{event.about}: {update.files} files, {update.passages} passages "
            f"({update.added} new, {update.changed} changed, {update.removed} gone)",
            file=sys.stderr,
        )
        for skipped in update.skipped:
            print(f"  skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    else:
        print(f"{event.about}: {len(event.sources)} elements", file=sys.stderr)


def _finished(result: AskResult) -> None:
    for notice in result.notices:
        print(f"deskhand: {notice}", file=sys.stderr)
    if result.error is not None:
        if result.answer:
            print()
        print(f"deskhand: no answer: {result.error}", file=sys.stderr)
        if not result.sources:
            return
    print("\n")
    shown = result.cited_sources or result.sources
    print(
        {
            "model": "Sources:",
            "words": "Sources (the model cited none; these hold the answer's words):",
            "none": "The answer cites no source and none holds its words; it was given:",
        }[result.cited_by]
    )
    for source in shown:
        print(f"  [{source.number}] {source.where}")
