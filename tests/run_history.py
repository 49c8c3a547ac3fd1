"""A few days of runs written through the real `RunLog`, for the charts and the report.

`RunLog` stamps every row with the current time, so after writing, each run's rows are moved
back by whole days with plain SQL: the history a person has after a week of use. The runs are
drawn from a seeded random generator (escalations grow rarer day by day, local calls are fast,
cloud calls slow); tests compare what the views show with what SQL computes from the file, so
nothing here is a hard-coded expectation.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.store.log import LMCallRecord, RunLog, StepRecord

#: A prompt that carries HTML, as a screen's text can: every view must show it as text.
HOSTILE = '<script>alert("hi")</script><b>Submit</b> & <img src=x onerror=alert(1)>'


def model_call(rng: random.Random, role: str, cloud: bool, prompt: str) -> LMCallRecord:
    return LMCallRecord(
        role=role,
        runtime="cloud" if cloud else "llama.cpp",
        model="gpt-4o-mini" if cloud else "SmolLM2-135M-Instruct.Q4_1.gguf",
        messages=(
            {"role": "system", "content": f"You are the {role}. Answer in JSON."},
            {"role": "user", "content": prompt},
        ),
        output='{"element": 7}' if role == "grounder" else '{"action": "click", "element": 7}',
        schema={"type": "object"},
        valid=True,
        latency_ms=round(
            rng.uniform(900, 2600) if cloud else rng.uniform(60, 420) * (2 if role == "actor" else 1), 1
        ),
        ttft_ms=None,
        tokens_in=rng.randint(250, 900),
        tokens_out=rng.randint(5, 40),
    )


def write_history(log: RunLog, days: int = 6, seed: int = 7) -> list[int]:
    """Runs over the last `days` days (2 to 4 a day); returns their ids, oldest first."""
    rng = random.Random(seed)
    written: list[tuple[int, int]] = []
    for age in range(days - 1, -1, -1):
        for _ in range(rng.randint(2, 4)):
            run_id = log.start_run("Fill in the sign-up form", model="SmolLM2", dry_run=False, display=":99")
            escalate = rng.random() < 0.15 + 0.1 * age
            steps = rng.randint(2, 4)
            calls_total = cloud_total = 0
            for idx in range(steps):
                calls = [model_call(rng, "grounder", False, f"Which element is {HOSTILE}?")]
                if rng.random() < 0.5:
                    calls.append(model_call(rng, "actor", False, "What next?"))
                decided = "local"
                if escalate and idx == steps - 1:
                    calls.append(model_call(rng, "grounder", True, "Which element is Submit?"))
                    log.ledger(run_id).record_outbound(
                        provider="openai",
                        model="gpt-4o-mini",
                        payload='{"messages": "Which element is [NAME]?"}',
                        allowed=True,
                        policy="ask",
                        reason="the local grounder wavered",
                    )
                    decided = "cloud"
                step = StepRecord(
                    idx, "click Submit", "click", 7, "Submit", decided, "allowed", True, True,
                    "", 12, "Sign up", 0.2, 0.3, 0.05, 0.1,
                )  # fmt: skip
                log.record_step(run_id, step, tuple(calls))
                calls_total += len(calls)
                cloud_total += sum(c.runtime == "cloud" for c in calls)
            log.finish_run(
                run_id,
                outcome="done" if rng.random() < 0.8 else "failed",
                reason="",
                steps=steps,
                lm_calls=calls_total,
                local_calls=calls_total - cloud_total,
                cloud_calls=cloud_total,
                wall_s=rng.uniform(3, 12),
            )
            written.append((run_id, age))
    for run_id, age in written:
        _move_back(log, run_id, age)
    return [run_id for run_id, _ in written]


def _move_back(log: RunLog, run_id: int, age: int) -> None:
    def earlier(stamp: str | None) -> str | None:
        if stamp is None:
            return None
        return (datetime.fromisoformat(stamp) - timedelta(days=age)).isoformat(timespec="milliseconds")

    with log.db.conn:
        for table, key, columns in (
            ("runs", "id", ("started_at", "finished_at")),
            ("steps", "run_id", ("created_at",)),
            ("lm_calls", "run_id", ("created_at",)),
            ("outbound", "run_id", ("at",)),
        ):
            query = f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE {key} = ?"
            for row in log.db.execute(query, [run_id]).fetchall():
                values = [earlier(v) for v in row[1:]]
                sets = ", ".join(f"{c} = ?" for c in columns)
                log.db.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?", [*values, row[0]])
