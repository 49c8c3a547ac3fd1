"""An HTML form in Debian's Chromium, as a program that prints what was submitted.

    python web_form.py PAGE        (PAGE: a file name in pages/, e.g. signup.html)

A tiny local HTTP server serves the page and opens it in a real Chromium window on the
current display (not headless: the agent must see and use it as a person would). When the
form is submitted the program prints its fields as `name=value|name=value` in the form's own
order, closes the browser and exits 0; if the browser goes away without a submission it exits
1, like a dialog that was closed. The page calls /ready once it has loaded; the program then
writes its address into the file named by GEN_READY, so the suite starts the agent only on a painted page.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from urllib.parse import parse_qsl, urlsplit

PAGES = Path(__file__).parent / "pages"
THANKS = b"<!doctype html><title>Thank you</title><h1>Thank you</h1>"


class FormServer(ThreadingHTTPServer):
    """Serves one page and remembers the first form submitted to it."""

    def __init__(self, page: Path) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.page = page
        self.submitted: str | None = None
        self.done = threading.Event()


class Handler(BaseHTTPRequestHandler):
    server: FormServer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: stdout is the program's answer and stderr is discarded by the suite."""

    def _reply(self, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _submit(self, query: str) -> None:
        if self.server.submitted is None:
            self.server.submitted = "|".join(f"{k}={v}" for k, v in parse_qsl(query, keep_blank_values=True))
            self.server.done.set()
        self._reply(THANKS)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/ready":
            ready = os.environ.get("GEN_READY")
            if ready:
                # The page's address, so a test can submit to the same server directly.
                Path(ready).write_text(f"http://127.0.0.1:{self.server.server_address[1]}/")
            self._reply(b"", "text/plain")
        elif url.path == "/submit":
            self._submit(url.query)
        elif url.path == "/favicon.ico":
            self.send_error(404)
        else:
            self._reply(self.server.page.read_bytes())

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self._submit(self.rfile.read(length).decode())


def chromium(url: str, profile: str) -> subprocess.Popen[bytes]:
    """Chromium in a fresh profile, one normal window filling the suite's 1024x768 display."""
    argv = [
        shutil.which("chromium") or "chromium",
        f"--user-data-dir={profile}",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-sync",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-features=Translate,MediaRouter,AutofillServerCommunication",
        "--password-store=basic",
        "--force-renderer-accessibility",
        "--window-position=0,0",
        "--window-size=1024,768",
        "--new-window",
        url,
    ]
    if os.geteuid() == 0:
        argv.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    server = FormServer(PAGES / sys.argv[1])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    profile = tempfile.mkdtemp(prefix="gen-chromium-")
    browser = chromium(f"http://127.0.0.1:{server.server_address[1]}/", profile)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        server.done.set()

    signal.signal(signal.SIGTERM, stop)

    def watch() -> None:
        browser.wait()
        server.done.set()

    threading.Thread(target=watch, daemon=True).start()
    server.done.wait()
    if browser.poll() is None:
        browser.terminate()
        try:
            browser.wait(timeout=5)
        except subprocess.TimeoutExpired:
            browser.kill()
    shutil.rmtree(profile, ignore_errors=True)
    if server.submitted is not None:
        print(server.submitted, flush=True)
    sys.exit(0 if server.submitted is not None else 1)


if __name__ == "__main__":
    main()
