"""A real local HTTP server speaking OpenAI's chat-completions protocol, for tests.

It stands in for the cloud: it counts and keeps every request it receives, and answers with
whatever the test scripts (a reply text, an HTTP error, a delay, a malformed body).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = Callable[[dict[str, Any]], str]


@dataclass
class CloudStandIn:
    url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    reply: Reply = lambda _request: '{"element": "Submit"}'
    status: int = 200
    delay_s: float = 0.0
    malformed: bool = False


def _handler(state: CloudStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append(body)
            state.headers.append(dict(self.headers))
            if state.delay_s:
                time.sleep(state.delay_s)
            if state.status != 200:
                payload = json.dumps({"error": {"message": "server error"}}).encode()
            elif state.malformed:
                payload = b'{"choices": [ this is not json'
            else:
                payload = json.dumps(
                    {
                        "id": "cmpl-test",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body.get("model", "test"),
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": state.reply(body)},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {"prompt_tokens": 40, "completion_tokens": 8, "total_tokens": 48},
                    }
                ).encode()
            try:
                self.send_response(state.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@contextmanager
def cloud_stand_in() -> Iterator[CloudStandIn]:
    state = CloudStandIn()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
