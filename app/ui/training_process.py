"""Fine-tuning for the window runs in a child process, so the window never waits on it.

In the window's own process a training thread is not enough: loading the base model for
training makes Python collect garbage over the millions of objects torch and transformers
bring, 0.4 to 0.9 s at a time with the GIL held, and importing torch holds it while its
libraries load; the window froze for that long although the work ran in another thread. A
child process leaves the window's interpreter alone, and gives the gigabytes that training
takes back to the system when it ends.

The child (`child_main`, started with multiprocessing's "spawn", which every platform has)
runs the training service's `specialize` and speaks over a Pipe; `specialize_in_child` is the
parent's side and takes the same callbacks, so the caller cannot tell the difference:

    child -> parent   ("said", line) ("step", done, total, loss) ("confirm", seconds, examples)
                      then one of ("done", Specialized | None) ("failed", message) ("cancelled", message)
    parent -> child   "yes" / "no" (the answer to "confirm"), "cancel" (at any time)

No Qt here: the child imports this module and should not load Qt's libraries for nothing.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from app.config import Settings
from app.errors import DeskhandError
from app.services.training import (
    FineTuneConfig,
    Specialized,
    TrainingCancelled,
    TrainingError,
    check_train_extra,
    child_environment,
    specialize,
)

#: How often the parent looks at the pipe and at the cancel flag, in seconds.
POLL_S = 0.1


class StageFailed(TrainingError):
    """The child reported a failure; the message says what went wrong and what to do."""


def child_main(conn: Connection, settings: Settings, cluster_id: int, config: FineTuneConfig | None) -> None:
    """The child process: `specialize`, with its callbacks over `conn`."""

    def confirm(seconds: float, examples: int) -> bool:
        conn.send(("confirm", seconds, examples))
        return bool(conn.recv() == "yes")  # "no", or a "cancel" sent while the question was open

    def cancelled() -> bool:  # the parent sends nothing else while training runs
        return bool(conn.poll() and conn.recv() == "cancel")

    try:
        result = specialize(
            settings,
            cluster_id,
            config=config,
            confirm=confirm,
            say=lambda line: conn.send(("said", line)),
            on_step=lambda done, total, loss: conn.send(("step", done, total, loss)),
            cancelled=cancelled,
        )
    except TrainingCancelled as exc:
        conn.send(("cancelled", str(exc)))
    except DeskhandError as exc:
        conn.send(("failed", str(exc)))
    except Exception as exc:  # a programming error: the traceback goes to the child's stderr
        traceback.print_exc()
        conn.send(("failed", f"internal error: {type(exc).__name__}: {exc}"))
    else:
        conn.send(("done", result))
    finally:
        conn.close()


def specialize_in_child(
    settings: Settings,
    cluster_id: int,
    *,
    config: FineTuneConfig | None,
    confirm: Callable[[float, int], bool],
    say: Callable[[str], None],
    on_step: Callable[[int, int, float], None],
    cancelled: Callable[[], bool],
) -> Specialized | None:
    """The training service's `specialize` in a child process. The callbacks run in the caller's thread;
    `cancelled` is asked while it waits, and once true, the child stops after its current
    training example (raising TrainingCancelled here) or declines at the estimate (None).
    A failure in the child raises StageFailed with the child's message."""
    check_train_extra()  # at once, without starting a process that can only fail
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    # A daemon child ends with the window, wherever it is.
    child = context.Process(
        target=child_main, args=(theirs, settings, cluster_id, config), name="deskhand-training", daemon=True
    )
    with child_environment():  # OpenMP's passive waiting suits training, not the run's decode
        child.start()
    theirs.close()  # the child holds its end; ours sees EOF if the child dies
    try:
        return _relay(ours, child, confirm=confirm, say=say, on_step=on_step, cancelled=cancelled)
    finally:
        ours.close()
        child.join(5.0)
        if child.is_alive():  # it reported and should be ending; do not leave it behind
            child.terminate()


def _relay(
    ours: Connection,
    child: Any,
    *,
    confirm: Callable[[float, int], bool],
    say: Callable[[str], None],
    on_step: Callable[[int, int, float], None],
    cancelled: Callable[[], bool],
) -> Specialized | None:
    cancel_sent = False
    while True:
        if cancelled() and not cancel_sent:
            ours.send("cancel")
            cancel_sent = True
        try:
            if not ours.poll(POLL_S):
                continue
            message = ours.recv()
        except EOFError:
            child.join(5.0)
            raise StageFailed(
                f"the training process ended unexpectedly (exit code {child.exitcode}); "
                "its output above says why"
            ) from None
        kind, *rest = message
        if kind == "said":
            say(rest[0])
        elif kind == "step":
            on_step(*rest)
        elif kind == "confirm":
            ours.send("yes" if not cancelled() and confirm(*rest) else "no")
        elif kind == "cancelled":
            raise TrainingCancelled(rest[0])
        elif kind == "failed":
            raise StageFailed(rest[0])
        else:
            result: Specialized | None = rest[0]
            return result
