"""The background helper: when the app closes under a running task, where garbage is freed."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from collections.abc import Callable, Generator, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from pytestqt.qtbot import QtBot

from surveyapp.sync.client import SyncClient, SyncStopped
from surveyapp.ui.tasks import Cancelled, Task, TaskRunner
from tests.local_http import connecting_to, dropping_packets


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


def test_cancel_ends_a_sync_still_connecting_to_an_address_that_drops_packets(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    """A sync to an address that neither takes the connection nor refuses it (here a server
    whose queue of connections is full, so the laptop's are dropped) ends at once when the
    app closes or Cancel is pressed: before, the process waited out the 10 s connect time-out."""

    with dropping_packets() as port:
        url = f"http://127.0.0.1:{port}"

        def sync(task: Task) -> object:
            with SyncClient(url, "t", timeout=30) as client:
                task.on_cancel(client.stop)
                return client.health()

        task = tasks.network("sync", sync)
        try:
            qtbot.waitUntil(lambda: connecting_to(port), timeout=5000)
            with qtbot.waitSignal(task.failed, timeout=20000) as failed:
                cancelled = time.monotonic()
                task.cancel()
                assert tasks.wait(20000)
                took = time.monotonic() - cancelled
            assert took < 1, f"the sync ran {took:.1f} s after Cancel"
            assert isinstance(failed.args[0], SyncStopped)
        finally:
            tasks.wait()


def test_a_read_then_write_task_writes_on_the_writer_thread_what_it_read(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    """The slow read beside the survey's writes, the short write on their thread, one task."""
    threads: dict[str, int] = {}

    def read(_task: Task) -> str:
        threads["read"] = threading.get_ident()
        return "read"

    def write(_task: Task, value: str) -> str:
        threads["write"] = threading.get_ident()
        return f"{value}, then written"

    writer = tasks.write("an edit", lambda _task: threading.get_ident())
    with qtbot.waitSignal(writer.finished, timeout=5000) as edit:
        pass
    task = tasks.read_then_write("import", read, write)
    with qtbot.waitSignal(task.finished, timeout=5000) as done:
        pass
    assert done.args == ["read, then written"]
    assert threads["write"] == edit.args[0] != threads["read"]


def test_a_cancel_as_the_read_ends_means_no_write(qtbot: QtBot, tasks: TaskRunner) -> None:
    written: list[str] = []

    def read(task: Task) -> str:
        task.cancel()  # Cancel pressed as the last byte was read
        return "read"

    task = tasks.read_then_write("import", read, lambda _task, value: written.append(value))
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        pass
    assert isinstance(failed.args[0], Cancelled) and written == []
    assert tasks.wait(5000) and written == []


def test_what_a_failed_tasks_frames_held_is_let_go_before_the_gui_hears_of_it(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    """Cancelled at 300 MB of OSM XML, the reading's error took its frames, with a gigabyte of
    node positions, to the GUI thread: the window froze for half a second freeing them."""

    class Positions:
        pass

    held: list[weakref.ref[Positions]] = []

    def reads(_task: Task) -> None:
        positions = Positions()
        held.append(weakref.ref(positions))
        raise ValueError("cancelled half-way")

    task = tasks.read("read a file", reads)
    alive: list[bool] = []
    task.failed.connect(lambda _error: alive.append(held[0]() is not None))
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        pass
    assert alive == [False] and str(failed.args[0]) == "cancelled half-way"


def test_garbage_a_task_makes_due_is_freed_on_the_gui_thread(
    qtbot: QtBot, tasks: TaskRunner, app_gc: None
) -> None:
    """A collection a worker set off freed the Qt objects the garbage held there, a dialog's
    views among them, whose timers Qt stops on their own thread only: the app crashed (a
    segmentation fault after the settings dialog and its Choose…, while an offline area was
    prepared)."""

    class Dialog:  # a window's Python side, in a cycle as its slots often make it
        def __init__(self) -> None:
            self.me = self
            self.view = QObject()
            self.timer = QTimer(self.view)

    freed_on: list[str] = []
    gc.collect()
    dialog = Dialog()
    weakref.finalize(dialog, lambda: freed_on.append(threading.current_thread().name))
    del dialog

    def allocates(_task: Task) -> int:  # as a preparation reading OSM data does
        kept: list[list[int]] = []
        for _ in range(100):
            kept.extend([] for _ in range(2_000))
            time.sleep(0.005)
        return len(kept)

    task = tasks.read("allocate", allocates)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: bool(freed_on), timeout=20_000)
    assert freed_on == [threading.main_thread().name]


def test_a_result_is_let_go_on_the_gui_thread_once_its_handlers_are_done(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    """What a task returns (an export's outcome, a file read whole) reaches the GUI thread as
    the one Python object the worker made, and is freed there as soon as the handlers of
    ``finished`` are done with it: before ``done``, and never by the worker that made it. (It
    went wrapped for a queued Qt signal, a copy Qt let go after ``done``, while the worker that
    emitted it held it too; the worker was still inside that emit as the GUI thread read the
    result when the app once ended with a segmentation fault, at the end of an export.)"""

    class Outcome:  # a frozen result; a few hold a file's worth of rows
        def __init__(self, rows: int) -> None:
            self.rows = list(range(rows))

    freed: dict[int, tuple[str, bool]] = {}
    ended: set[int] = set()
    runs = 200

    def makes(i: int) -> Callable[[Task], Outcome]:
        def run(_task: Task) -> Outcome:
            outcome = Outcome(100_000 if i % 50 == 0 else i)
            weakref.finalize(
                outcome, lambda: freed.setdefault(i, (threading.current_thread().name, i in ended))
            )
            return outcome

        return run

    started = [
        [tasks.read, tasks.write, tasks.network][i % 3](f"task {i}", makes(i)) for i in range(runs)
    ]
    read: list[int] = []
    for i, task in enumerate(started):
        task.finished.connect(lambda outcome: read.append(len(outcome.rows)))
        task.done.connect(lambda i=i: ended.add(i))
    qtbot.waitUntil(lambda: len(ended) == runs, timeout=30_000)
    assert tasks.wait(5000)
    qtbot.waitUntil(lambda: len(freed) == runs, timeout=5000)
    late = {i: how for i, how in freed.items() if how != (threading.main_thread().name, False)}
    assert late == {}, (
        f"{len(late)} of {runs} results freed late or off the GUI thread, as {set(late.values())}"
    )
    assert sorted(read) == sorted(100_000 if i % 50 == 0 else i for i in range(runs))


def test_progress_arrives_in_order_before_the_result_under_many_values(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    """Thousands of progress values from several tasks at once, reported and yielded, arrive
    each in its task's order, all before ``finished``, and ``done`` last; a handler that lets
    the event loop run (a message box would) does not let a later value overtake."""
    count = 3000

    def yields(_task: Task) -> Generator[int, None, int]:
        yield from range(count)
        return count

    def reports(task: Task) -> int:
        for value in range(count):
            task.report(value)
        return count

    started = [tasks.read("yields", yields), tasks.network("reports", reports)]
    started += [tasks.write("yields", yields), tasks.network("reports", reports)]
    heard: list[list[object]] = [[] for _ in started]
    for task, events in zip(started, heard, strict=True):

        def progress(value: int, events: list[object] = events) -> None:
            events.append(value)
            if value % 500 == 0:
                QCoreApplication.processEvents()  # a nested event loop, as a dialog's

        task.progress.connect(progress)
        task.finished.connect(lambda value, events=events: events.append(("finished", value)))
        task.done.connect(lambda events=events: events.append("done"))
    qtbot.waitUntil(lambda: all(events[-1:] == ["done"] for events in heard), timeout=60_000)
    for events in heard:
        assert events == [*range(count), ("finished", count), "done"]
