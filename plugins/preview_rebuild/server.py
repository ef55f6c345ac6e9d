"""`invoke serve`'s Pelican, run so that stopping the preview stops every process it started.

`pelican --autoreload --listen` is three processes: Pelican's own, which only waits, and two
children it forks (multiprocessing), one rebuilding and one serving the port. (During a build
the rebuilding one forks worker_pool's workers too; they never hold the port, which the
serving child opens after both were forked, and they stop at the end of every build.) Pelican
stops its children only when its own process ends by an exception. A signal that ends it at
once (SIGTERM's default), or one that reaches `invoke` alone (SIGTERM, SIGHUP, SIGINT sent to
its PID), leaves both children running, and the port served, with nobody to stop them.

So Pelican runs in a process group of its own (a new session on POSIX;
CREATE_NEW_PROCESS_GROUP on Windows), and however `invoke serve` ends (Ctrl-C, SIGTERM,
SIGHUP, the command returning), the whole group is stopped and waited for. Only a SIGKILL of
`invoke` itself, which no program can see, leaves the group to be stopped by hand.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

# How long the group has to end after it is asked to, before it is killed.
GRACE_SECONDS = 5.0
WINDOWS = sys.platform == "win32"


class Stopped(Exception):
    """`invoke serve` was asked to stop by a signal (SIGTERM, SIGHUP)."""


def run_in_own_group(command: Sequence[str], cwd: Path | None = None) -> int:
    """Run `command` (a list of arguments, never a shell string) in `cwd` until it ends or this
    process is stopped; either way, stop every process of its group. Its exit status, or 0
    when it was stopped from outside."""
    process = start(command, cwd)
    try:
        with stop_signals(raise_stopped):
            return process.wait()
    except (KeyboardInterrupt, Stopped):
        return 0
    finally:
        with stop_signals(signal.SIG_IGN):  # a second signal must not cut the clean-up short
            stop_group(process)


def start(command: Sequence[str], cwd: Path | None) -> subprocess.Popen:
    if WINDOWS:
        return subprocess.Popen(list(command), cwd=cwd,
                                creationflags=subprocess.CREATE_NEW_PROCESS_GROUP)
    return subprocess.Popen(list(command), cwd=cwd, start_new_session=True)


def raise_stopped(number: int, _frame: FrameType | None) -> None:
    raise Stopped(signal.Signals(number).name)


@contextmanager
def stop_signals(handler: Callable | int) -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP (which by default end this process at once, without
    running any `finally`) go to `handler`; the previous handlers come back afterwards."""
    numbers = [signal.SIGTERM] if WINDOWS else [signal.SIGTERM, signal.SIGHUP]
    previous = {number: signal.signal(number, handler) for number in numbers}
    try:
        yield
    finally:
        for number, before in previous.items():
            signal.signal(number, signal.SIG_DFL if before is None else before)


def stop_group(process: subprocess.Popen) -> None:
    """Ask the group to end, wait for it, and kill what is left after GRACE_SECONDS."""
    if WINDOWS:
        stop_windows_group(process)
        return
    group = process.pid  # a new session's leader: its PID is the group's ID
    signal_group(group, signal.SIGTERM)
    if not group_ended(process, group, GRACE_SECONDS):
        signal_group(group, signal.SIGKILL)
        group_ended(process, group, GRACE_SECONDS)


def signal_group(group: int, number: int) -> None:
    try:
        os.killpg(group, number)
    except ProcessLookupError:
        pass  # every process of the group has already ended


def group_ended(process: subprocess.Popen, group: int, seconds: float) -> bool:
    """Whether every process of `group` has ended within `seconds` (our child is reaped)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        process.poll()
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def stop_windows_group(process: subprocess.Popen) -> None:
    """CTRL_BREAK_EVENT reaches every process of the group; then `taskkill /T` ends the tree
    of whatever is still running."""
    if process.poll() is None:
        process.send_signal(signal.CTRL_BREAK_EVENT)
        try:
            process.wait(timeout=GRACE_SECONDS)
            return
        except subprocess.TimeoutExpired:
            pass
    subprocess.run(["taskkill", "/PID", str(process.pid), "/T", "/F"],
                   capture_output=True, check=False)
    process.wait()
