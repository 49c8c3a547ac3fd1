"""A run as one shareable HTML page: the task, the outcome, each step, every model call, and
what left the machine (the outbound ledger), with the run's screenshots embedded.

The page is built from `resources/report/run.html.j2` with Jinja2, autoescaping on, because
prompts and answers carry whatever text was on the screen, HTML included. Screenshots are
embedded as data URIs so the file can be mailed or attached on its own. The run log does not
keep a screenshot per step; the page embeds the screenshots saved for the whole run
(`<screenshots folder>/<kind>-run-<id>.png`, which `deskhand demo` writes for its final screen).
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from app import __version__
from app.errors import DeskhandError
from app.store.log import Origin, RunLog

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "report"


class ReportError(DeskhandError, LookupError):
    """There is no such run to report on; the message says where to look."""


def run_screenshots(screenshots_dir: Path, run_id: int) -> list[Path]:
    """The screenshots saved for a run (`<kind>-run-<id>.png`), by name."""
    return sorted(screenshots_dir.glob(f"*-run-{run_id}.png")) if screenshots_dir.is_dir() else []


def _data_uri(png: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode("ascii")


def _messages(raw: str | None) -> list[dict[str, str]]:
    try:
        parsed = json.loads(raw or "[]")
    except json.JSONDecodeError:  # an old or hand-edited row: show it as one message
        return [{"role": "?", "content": str(raw)}]
    return [{"role": str(m.get("role", "?")), "content": str(m.get("content", ""))} for m in parsed]


def _call(row: dict[str, Any]) -> dict[str, Any]:
    cloud = row.get("runtime") == Origin.CLOUD
    return {**row, "messages": _messages(row.get("messages")), "cloud": cloud}


def _who(step: dict[str, Any], calls: list[dict[str, Any]]) -> str:
    """ "code", or the tier with the model(s) that answered: "local: SmolLM2…", "cloud: gpt-…"."""
    tier = str(step["decided_by"])
    models = sorted({c["model"] for c in calls if c["cloud"] == (tier == "cloud")})
    return f"{tier}: {', '.join(models)}" if tier != "code" and models else tier


def _when(stamp: str | None) -> str:
    """A logged UTC timestamp in this machine's time zone, to the second."""
    if not stamp:
        return "—"
    return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def render_run(log: RunLog, run_id: int, screenshots_dir: Path) -> str:
    """The HTML page for run `run_id`; raises ReportError when the log has no such run."""
    run = log.run(run_id)
    if run is None:
        last = log.recent_runs(1)
        hint = f"the latest run is {last[0]['id']}" if last else "the log has no runs yet"
        raise ReportError(f"no run {run_id} in {log.path} ({hint}; `deskhand logs` lists them)")
    calls = [_call(row) for row in log.calls_of(run_id)]
    steps = []
    for step in log.steps_of(run_id):
        own = [c for c in calls if c["step_id"] == step["id"]]
        steps.append({**step, "calls": own, "who": _who(step, own)})
    step_ids = {step["id"] for step in steps}
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = _when
    return env.get_template("run.html.j2").render(
        run=run,
        steps=steps,
        loose_calls=[c for c in calls if c["step_id"] not in step_ids],
        calls=calls,
        outbound=log.outbound_of(run_id),
        screenshots=[(p.name, _data_uri(p)) for p in run_screenshots(screenshots_dir, run_id)],
        version=__version__,
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def write_run_report(log: RunLog, run_id: int, screenshots_dir: Path, out: Path) -> Path:
    """Write run `run_id`'s page to `out` (its folder is created); returns `out`."""
    page = render_run(log, run_id, screenshots_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
