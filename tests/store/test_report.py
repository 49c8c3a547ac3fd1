"""A run's shareable HTML report: built from a real run log, read back with an HTML parser,
opened by `deskhand logs --report`, and drawn by a real browser (chromium)."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.config import Settings
from app.store.log import RunLog, open_log
from app.store.report import ReportError, render_run, write_run_report
from tests.run_history import HOSTILE, write_history

ROOT = Path(__file__).resolve().parents[2]


class Page(HTMLParser):
    """What a browser would see: the tags, the text, the images' sources, by section."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.images: list[str] = []
        self.text: dict[str, list[str]] = {}
        self._section = "header"
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if tag == "section":
            self._section = found.get("id") or "?"
        if tag == "img":
            self.images.append(found.get("src") or "")

    def handle_data(self, data: str) -> None:
        self.text.setdefault(self._section, []).append(data)

    def section(self, name: str) -> str:
        return " ".join(" ".join(self.text.get(name, [])).split())


@pytest.fixture
def settings(deskhand_home: Path) -> Settings:
    return Settings()


@pytest.fixture
def log(settings: Settings) -> RunLog:
    log = open_log(settings.db_path)
    write_history(log, days=3)
    return log


def escalated_run(log: RunLog) -> int:
    row = log.db.execute("SELECT id FROM runs WHERE cloud_calls > 0 ORDER BY id LIMIT 1").fetchone()
    return int(row[0])


def test_the_report_shows_every_step_call_and_outbound_row_of_the_run(
    log: RunLog, settings: Settings
) -> None:
    run_id = escalated_run(log)
    page = Page(render_run(log, run_id, settings.screenshots_dir))
    run = log.run(run_id)
    assert (
        run is not None and run["task"] in page.section("header") and run["outcome"] in page.section("header")
    )
    steps = log.steps_of(run_id)
    calls = log.calls_of(run_id)
    text = page.section("steps")
    assert text.count("click Submit") == len(steps)
    assert text.count("answer") == len(calls)
    assert all(f"{c['latency_ms']:.0f} ms" in text for c in calls)
    assert "cloud" in text and "this machine" in text
    outbound = log.outbound_of(run_id)
    ledger = page.section("outbound")
    assert outbound and ledger.count("openai · gpt-4o-mini") == len(outbound)
    assert all(row["payload"] in ledger and row["reason"] in ledger for row in outbound)
    assert "No screenshot was saved" in page.section("screens")


def test_prompts_that_carry_html_are_shown_as_text_never_as_markup(log: RunLog, settings: Settings) -> None:
    page_text = render_run(log, escalated_run(log), settings.screenshots_dir)
    page = Page(page_text)
    assert "script" not in page.tags and page.images == []
    assert HOSTILE in page.section("steps")  # the parser unescapes it back to the original text
    assert "&lt;script&gt;alert(&#34;hi&#34;)&lt;/script&gt;" in page_text


def test_the_runs_screenshots_are_embedded_in_the_page(log: RunLog, settings: Settings) -> None:
    run_id = log.recent_runs(1)[0]["id"]
    settings.screenshots_dir.mkdir(parents=True)
    shot = settings.screenshots_dir / f"demo-run-{run_id}.png"
    Image.new("RGB", (64, 48), (10, 200, 30)).save(shot)
    Image.new("RGB", (8, 8)).save(settings.screenshots_dir / f"demo-run-{run_id + 100}.png")
    page = Page(render_run(log, run_id, settings.screenshots_dir))
    assert len(page.images) == 1
    prefix = "data:image/png;base64,"
    assert page.images[0].startswith(prefix)
    assert base64.b64decode(page.images[0][len(prefix) :]) == shot.read_bytes()


def test_an_unknown_run_says_which_runs_exist(log: RunLog, settings: Settings) -> None:
    last = log.recent_runs(1)[0]["id"]
    with pytest.raises(ReportError, match=f"no run 999 in .*the latest run is {last}"):
        render_run(log, 999, settings.screenshots_dir)


def deskhand(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env=dict(os.environ),
    )


def test_deskhand_logs_report_writes_the_page(log: RunLog, tmp_path: Path) -> None:
    run_id = escalated_run(log)
    out = tmp_path / "shared" / "run.html"
    done = deskhand("logs", "--report", str(run_id), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    assert Page(out.read_text(encoding="utf-8")).section("steps").count("click Submit") == len(
        log.steps_of(run_id)
    )
    missing = deskhand("logs", "--report", "4242", "--out", str(tmp_path / "x.html"))
    assert missing.returncode == 2 and "no run 4242" in missing.stderr and not (tmp_path / "x.html").exists()
    stray = deskhand("logs", "--out", str(tmp_path / "y.html"))
    assert stray.returncode == 2 and "--out goes with --report" in stray.stderr


def test_the_report_renders_in_a_browser(
    log: RunLog, settings: Settings, require_chromium: str, tmp_path: Path
) -> None:
    run_id = escalated_run(log)
    out = write_run_report(log, run_id, settings.screenshots_dir, tmp_path / "run.html")
    chosen = os.environ.get("DESKHAND_UI_PNG_DIR")
    png = (Path(chosen) if chosen else tmp_path) / "report.png"
    png.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            require_chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--window-size=1200,1400",
            f"--screenshot={png}",
            out.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    pixels = np.asarray(Image.open(png).convert("RGB")).astype(int)
    # The outcome badge is drawn in the page's "local" green (#2e8b57): the CSS was applied.
    assert (np.abs(pixels - [46, 139, 87]).sum(axis=2) < 30).sum() > 200
