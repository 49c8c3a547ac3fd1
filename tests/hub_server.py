"""A real local HTTP stand-in for the Hugging Face hub, and a small model file for it to serve.

It answers as huggingface.co does for a large (LFS) file: `HEAD /{repo}/resolve/{rev}/{file}`
is a 302 to a content host (here a second server on another port, so huggingface-hub does not
follow it) carrying `X-Repo-Commit`, `X-Linked-Etag` (the file's SHA-256) and `X-Linked-Size`;
the content host serves the bytes with `Range` support. It also answers the two listing calls
huggingface-hub makes before `snapshot_download` and `list_repo_tree`: `GET /api/models/{repo}/
revision/{rev}` (the commit and the files) and `GET /api/models/{repo}/tree/{rev}` (each file's
size, git id and LFS SHA-256). A test can make the first transfer of a file break off part way,
claim a wrong SHA-256, or slow the transfer down; every request is recorded with its `Range`
header.

While the stand-in runs, `HF_HUB_CACHE` points at a fresh folder (`state.cache`), so nothing a
test pulls reaches the real Hugging Face cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import gguf
import numpy as np

COMMIT = "0123456789abcdef0123456789abcdef01234567"
#: A chat template is what makes a GGUF file usable as a specialist (see validate_model).
CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
)


def small_model(path: Path, floats: int = 400_000) -> bytes:
    """A well-formed llama GGUF with a chat template and an 8k context: what a real download
    would pass validation with, at about 1.6 MB. Returns its bytes."""
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_context_length(8192)
    writer.add_chat_template(CHAT_TEMPLATE)
    writer.add_tensor("w", np.arange(floats, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path.read_bytes()


@dataclass
class HubStandIn:
    url: str = ""
    #: "owner/repo/filename" -> the file's bytes.
    files: dict[str, bytes] = field(default_factory=dict)
    #: "owner/repo/filename" -> the SHA-256 the hub claims (default: the true one).
    claimed_sha256: dict[str, str] = field(default_factory=dict)
    #: The first transfer of each file stops after this many bytes (the connection drops).
    break_after: int | None = None
    #: Seconds to wait between 64 kB pieces of a transfer, so a test can act mid-way.
    piece_delay_s: float = 0.0
    #: (method, path, Range header) of every request, in order.
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)
    #: The Hugging Face cache the tests' pulls fill (HF_HUB_CACHE while the stand-in runs).
    cache: Path = Path()
    _broken: set[str] = field(default_factory=set)
    _blob_url: str = ""

    def add(self, repo: str, filename: str, content: bytes) -> None:
        self.files[f"{repo}/{filename}"] = content

    def sha256(self, key: str) -> str:
        return self.claimed_sha256.get(key) or hashlib.sha256(self.files[key]).hexdigest()

    def ranges(self) -> list[str | None]:
        """The Range header of each transfer (GET of a file's bytes), in order."""
        return [r for m, p, r in self.requests if m == "GET" and p.startswith("/blobs/")]


def _hub_handler(state: HubStandIn) -> type[BaseHTTPRequestHandler]:
    class Hub(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_HEAD(self) -> None:
            self._resolve()

        def do_GET(self) -> None:
            if self.path.startswith("/api/models/"):
                self._list()
            else:
                self._resolve()

        def _list(self) -> None:
            """repo_info (`.../revision/REV`) or list_repo_tree (`.../tree/REV`) of a repo."""
            state.requests.append((self.command, self.path, None))
            owner, repo, kind, *_rest = self.path.split("?")[0].removeprefix("/api/models/").split("/")
            prefix = f"{owner}/{repo}/"
            names = sorted(k.removeprefix(prefix) for k in state.files if k.startswith(prefix))
            if not names:
                body: Any = {"error": "Repository not found"}
                self.send_response(404)
                self.send_header("X-Error-Code", "RepoNotFound")
            elif kind == "revision":
                body = {"id": f"{owner}/{repo}", "sha": COMMIT, "siblings": [{"rfilename": n} for n in names]}
                self.send_response(200)
            else:
                body = [self._tree_entry(prefix + n, n) for n in names]
                self.send_response(200)
            data = json.dumps(body).encode()
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _tree_entry(self, key: str, name: str) -> dict[str, Any]:
            size = len(state.files[key])
            git_id = hashlib.sha1(state.files[key]).hexdigest()
            lfs = {"oid": state.sha256(key), "size": size, "pointerSize": 134}
            return {"type": "file", "path": name, "size": size, "oid": git_id, "lfs": lfs}

        def _resolve(self) -> None:
            state.requests.append((self.command, self.path, self.headers.get("Range")))
            owner, repo, resolve, _rev, *name = self.path.lstrip("/").split("/")
            key = f"{owner}/{repo}/{'/'.join(name)}"
            if resolve != "resolve" or key not in state.files:
                self.send_response(404)
                self.send_header("X-Error-Code", "EntryNotFound")
                self.send_header("X-Repo-Commit", COMMIT)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            digest = state.sha256(key)
            self.send_response(302)
            self.send_header("Location", f"{state._blob_url}/blobs/{key}")
            self.send_header("X-Repo-Commit", COMMIT)
            self.send_header("ETag", '"a-git-sha1-not-a-sha256"')
            self.send_header("X-Linked-Etag", f'"{digest}"')
            self.send_header("X-Linked-Size", str(len(state.files[key])))
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Hub


def _blob_handler(state: HubStandIn) -> type[BaseHTTPRequestHandler]:
    class Blobs(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            wanted = self.headers.get("Range")
            state.requests.append(("GET", self.path, wanted))
            key = self.path.removeprefix("/blobs/")
            content = state.files.get(key)
            if content is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            start = int(wanted.removeprefix("bytes=").split("-")[0]) if wanted else 0
            body = content[start:]
            self.send_response(206 if wanted else 200)
            if wanted:
                self.send_header("Content-Range", f"bytes {start}-{len(content) - 1}/{len(content)}")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", f'"{state.sha256(key)}"')
            self.end_headers()
            if state.break_after is not None and key not in state._broken:
                state._broken.add(key)
                self.wfile.write(body[: state.break_after])
                self.wfile.flush()
                self.close_connection = True
                return
            for i in range(0, len(body), 65536):
                try:
                    self.wfile.write(body[i : i + 65536])
                except (BrokenPipeError, ConnectionResetError):
                    return
                if state.piece_delay_s:
                    time.sleep(state.piece_delay_s)

    return Blobs


@contextmanager
def hub_stand_in() -> Iterator[HubStandIn]:
    """The stand-in hub (`state.url` is its endpoint) and its content host, both on 127.0.0.1,
    with `HF_HUB_CACHE` at a fresh folder meanwhile."""
    cache = tempfile.TemporaryDirectory(prefix="hf-cache-")
    before = os.environ.get("HF_HUB_CACHE")
    os.environ["HF_HUB_CACHE"] = cache.name
    state = HubStandIn(cache=Path(cache.name))
    hub = ThreadingHTTPServer(("127.0.0.1", 0), _hub_handler(state))
    blobs = ThreadingHTTPServer(("127.0.0.1", 0), _blob_handler(state))
    state.url = f"http://127.0.0.1:{hub.server_address[1]}"
    state._blob_url = f"http://127.0.0.1:{blobs.server_address[1]}"
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (hub, blobs)]
    for thread in threads:
        thread.start()
    try:
        yield state
    finally:
        for server in (hub, blobs):
            server.shutdown()
            server.server_close()
        if before is None:
            os.environ.pop("HF_HUB_CACHE", None)
        else:
            os.environ["HF_HUB_CACHE"] = before
        cache.cleanup()
