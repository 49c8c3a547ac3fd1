"""The practice web server: serves the practice pages on 127.0.0.1 and records what they report.

The pages (in this folder) are shown in a real browser (Debian's chromium) by
`app.desktop.practice`; after every change each page POSTs its whole state as JSON to `/state`,
and this server writes it atomically to the state file, which is the ground truth benchmarks and
tests check an agent's work against. It listens on a free port of the loopback interface only
and writes that port to `--port-file` once it accepts connections. Standard library only.

Usage: python server.py --state /path/state.json --port-file /path/port
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PAGES = Path(__file__).resolve().parent
#: A page's state is small; anything bigger is not one of ours.
MAX_BODY = 64 * 1024


def write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    """Replace `path` in one step, so a reader never sees a half-written file."""
    fd, tmp = tempfile.mkstemp(prefix=".state-", suffix=".json", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
    os.replace(tmp, path)


#: Requests are handled on threads, so an older report can arrive after a newer one (typing
#: "Ada" once left "Ad" recorded): writes are ordered, and only a newer report is written.
_WRITE_LOCK = threading.Lock()
_newest: dict[str, float] = {}


class Handler(SimpleHTTPRequestHandler):
    """Static files from this folder; POST /state records the page's state."""

    state_path: Path

    def __init__(self, *args: Any, state_path: Path, **kwargs: Any) -> None:
        self.state_path = state_path
        super().__init__(*args, directory=str(PAGES), **kwargs)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        if self.path != "/state" or not 0 < length <= MAX_BODY:
            self.send_error(404 if self.path != "/state" else 413)
            return
        try:
            state = json.loads(self.rfile.read(length))
        except json.JSONDecodeError:
            self.send_error(400, "the state is not JSON")
            return
        if not isinstance(state, dict):
            self.send_error(400, "the state is not a JSON object")
            return
        reported_at = state.pop("reported_at", None)
        with _WRITE_LOCK:
            if isinstance(reported_at, int | float):
                if reported_at <= _newest.get("at", float("-inf")):
                    self.send_response(204)  # an older report overtaken by a newer one
                    self.end_headers()
                    return
                _newest["at"] = reported_at
            write_json_atomically(self.state_path, state)
        self.send_response(204)
        self.end_headers()

    def end_headers(self) -> None:
        # Every start is a fresh page: nothing may come from a cache.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the launcher keeps this program's output only for error reports."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state", type=Path, required=True, help="JSON file mirroring the page")
    parser.add_argument("--port-file", type=Path, required=True, help="where to write the port")
    args = parser.parse_args(argv)
    handler = partial(Handler, state_path=args.state.resolve())
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    port = server.server_address[1]
    tmp = args.port_file.with_suffix(".tmp")
    tmp.write_text(str(port), encoding="utf-8")
    os.replace(tmp, args.port_file)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
