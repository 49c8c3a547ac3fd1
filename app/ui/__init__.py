"""The Deskhand window: give a task, watch each step, stop it, approve what leaves the machine.

The only package that imports PySide6. The agent runs in a worker thread (`worker.py`) and
reaches the window by Qt signals only; `launch.py` is the door the `deskhand` command opens,
and it imports no Qt until the window is really wanted.
"""
