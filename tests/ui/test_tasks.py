"""The background helper when the app closes under a running task."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from surveyapp.ui.tasks import Task, TaskRunner


@pytest.mark.parametrize("kind", ["function", "generator"])
def test_a_task_outliving_the_window_ends_quietly(
    qtbot: QtBot, tasks: TaskRunner, capfd: pytest.CaptureFixture[str], kind: str
) -> None:
    """Closed during a sync that waits for a server, the app's objects are deleted while the
    sync's thread still runs; when the answer comes at last, the thread ends without a word
    (it printed "RuntimeError: Signal source has been deleted" tracebacks on stderr)."""
    answer = threading.Event()

    def waits(task: Task) -> str:
        answer.wait(10)
        return "late"

    def steps(task: Task) -> Iterator[int]:
        yield 1
        answer.wait(10)
        yield 2

    task = tasks.network("sync", waits if kind == "function" else steps)
    if kind == "generator":
        with qtbot.waitSignal(task.progress, timeout=5000):
            pass
    shiboken6.delete(task)  # what closing the app does to the objects it leaves behind
    answer.set()
    assert tasks.wait(5000)
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err, err
    assert "Traceback" not in err, err


def test_cancel_ends_a_wait_no_step_would_end(tasks: TaskRunner) -> None:
    """A task blocked where it cannot look at ``cancelled`` (a request to a server that does not
    answer) is woken by what it registered with ``on_cancel``; one registered after the cancel
    runs at once."""
    registered, woken = threading.Event(), threading.Event()
    late: list[str] = []

    def waits(task: Task) -> bool:
        task.on_cancel(woken.set)
        registered.set()
        ended = woken.wait(30)
        task.on_cancel(lambda: late.append("called"))
        return ended

    task = tasks.network("sync", waits)
    assert registered.wait(5)
    task.cancel()
    assert tasks.wait(5000)
    assert woken.is_set() and late == ["called"]
