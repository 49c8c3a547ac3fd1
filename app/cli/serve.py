"""`deskhand serve`: the local models on an OpenAI-compatible endpoint (app.services.serve).

deskhand serve [--host 127.0.0.1] [--port 8765]
"""

from __future__ import annotations

import argparse
import sys
from functools import partial

from app.cli.common import EXIT_DONE, fail
from app.config import SERVE_HOST, SERVE_PORT, Settings
from app.errors import DeskhandError


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (0-65535; 0 picks a free one)")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "serve",
        help="serve the local models on an OpenAI-compatible endpoint (127.0.0.1 only by default)",
        description="Serve the roles and promoted specialists at http://HOST:PORT/v1 "
        "(GET /v1/models, POST /v1/chat/completions with response_format JSON schemas). "
        "Answers come only from model files on this machine: nothing is forwarded to the cloud "
        "or to a model server. Every call is written to the run log (`deskhand logs`).",
        epilog="example: deskhand serve --port 8765, then point an OpenAI client at "
        "http://127.0.0.1:8765/v1 with model 'actor' (any API key)",
    )
    parser.add_argument(
        "--host",
        default=None,
        help=f"address to listen on (default {SERVE_HOST}); any other address lets other "
        "machines use your models and is only served when named here",
    )
    parser.add_argument(
        "--port", type=_port, default=SERVE_PORT, help=f"port (default {SERVE_PORT}; 0 picks a free one)"
    )
    parser.set_defaults(handler=cmd_serve)


def cmd_serve(settings: Settings, args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from app.services.serve import serve

    try:
        serve(
            settings,
            host=args.host or SERVE_HOST,
            port=args.port,
            explicit_host=args.host is not None,
            ready=partial(print, flush=True),
            warn=lambda warning: print(f"deskhand: warning: {warning}", file=sys.stderr, flush=True),
        )
    except DeskhandError as exc:
        return fail(exc)
    except KeyboardInterrupt:  # Ctrl+C or SIGTERM after the server closed: the way it ends
        pass
    print("stopped serving", flush=True)
    return EXIT_DONE
