"""The one background helper: run a function or a generator off the GUI thread.

Results, progress and errors arrive as signals on the GUI thread. Everything that writes to the
database runs on one worker thread (``write``), so SQLite sees one writer at a time; reads that
take a while (a full list of 100,000 cameras, a 12-MP photo) run on a shared pool (``read``).
Only plain values cross threads: the functions open their own session and return frozen data.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


# A full garbage collection holds the GIL for 100-300 ms with a GUI's worth of objects; run on
# a worker thread in the middle of an import it stalls the window just as long. So collections
# stop at the younger generations, and the full one runs when the app is idle.
#
# And every collection runs on the GUI thread: one a worker set off freed whatever Qt objects
# the garbage it found held (a closed dialog's views, say) on that worker, and Qt, which stops
# an object's timers on its own thread only, crashed the app (a segmentation fault after the
# settings dialog and its Choose…, while an offline area was being prepared). Python then
# collects nothing by itself: the GUI thread looks every COLLECT_MS whether the young
# generations are due.
YOUNG_THRESHOLDS = (2000, 20, 10**9)
COLLECT_MS = 100
IDLE_COLLECT_MS = 10_000
BACKGROUND_NICE = 10


class _GuiThreadCollector(QObject):
    """Runs the young generations' collections on the GUI thread, as Python would have run
    them on whichever thread allocated at the time."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self, interval=COLLECT_MS)
        self._timer.timeout.connect(self.collect)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect(self) -> None:
        young, older = YOUNG_THRESHOLDS[:2]
        allocated, young_collections, _ = gc.get_count()
        if allocated >= young:
            gc.collect(1 if young_collections >= older else 0)


_collector: list[_GuiThreadCollector] = []  # one for the app, made on the GUI thread


def quiet_garbage_collection() -> tuple[int, int, int]:
    """Freeze what start-up made, leave full collections to idle moments, collect on the GUI
    thread only and hand the interpreter over to the GUI thread sooner; returns the old
    thresholds (``loud_garbage_collection`` puts them back).

    Called by the composition root once the window is up, on the GUI thread.
    """
    old = gc.get_threshold()
    # A worker running Python makes the GUI thread wait for the interpreter at every call back
    # from Qt, up to the switch interval each time: 1 ms instead of 5 keeps frames short.
    sys.setswitchinterval(0.001)
    gc.collect()
    gc.freeze()  # start-up's objects live as long as the app: never scan them again
    gc.set_threshold(*YOUNG_THRESHOLDS)
    if not _collector:
        _collector.append(_GuiThreadCollector())
    _collector[0].start()
    return old


def loud_garbage_collection(old: tuple[int, int, int]) -> None:
    """Python's own collections again, with the thresholds ``quiet_garbage_collection`` gave."""
    if _collector:
        _collector[0].stop()
    gc.set_threshold(*old)
    gc.unfreeze()


def collecting_on_gui_thread() -> bool:
    """Whether ``quiet_garbage_collection`` is in force."""
    return bool(_collector) and _collector[0].running


class _Interaction:
    """When the volunteer last moved the map: background Python makes way until a moment after.

    A worker running Python takes the interpreter from the GUI thread at every call back from
    Qt; while the map is dragged or zoomed, workers pause between their steps instead (tiles
    then render, and street names are looked up, as soon as the hand stops).
    """

    until = 0.0


def make_way(seconds: float = 0.25) -> None:
    """The volunteer is moving the map: pause background steps for ``seconds`` (GUI thread)."""
    _Interaction.until = time.monotonic() + seconds


def wait_for_quiet() -> None:
    """Sleep (without the interpreter) while the volunteer is moving the map (worker thread)."""
    while time.monotonic() < _Interaction.until:
        time.sleep(0.02)


class Cancelled(Exception):
    """Raised inside a task's function by ``Task.check()`` after ``Task.cancel()``."""


class Task(QObject):
    """A running function: ``progress(object)``, then ``finished(object)`` or ``failed(object)``.

    ``failed`` carries the exception. ``done`` is emitted last, either way.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cancel = threading.Event()
        self._stops: list[Callable[[], None]] = []
        self._stops_lock = threading.Lock()
        self._waiting: deque[tuple[object, Any]] = deque()  # put by the worker, taken by _take
        self._waiting_lock = threading.Lock()
        self.running = True

    def cancel(self) -> None:
        """Ask the function to stop at its next step (generators stop between yields), and
        stop at once what it waits on (``on_cancel``)."""
        with self._stops_lock:
            self._cancel.set()
            stops, self._stops = self._stops, []
        for stop in stops:
            stop()

    def on_cancel(self, stop: Callable[[], None]) -> None:
        """Have ``cancel()`` call ``stop`` (on the cancelling thread; at once when the task is
        cancelled already): for a wait no step ends, such as a request to a server that does
        not answer. Call from the task's own function."""
        with self._stops_lock:
            if not self._cancel.is_set():
                self._stops.append(stop)
                return
        stop()

    def report(self, value: Any) -> None:
        """Send ``value`` as progress (call from the task's own function, on its thread);
        raises Cancelled when the app has closed meanwhile."""
        if not _send(self, _PROGRESS, value):
            raise Cancelled(self.name)

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()

    # How a worker hands progress, the result or the error to the GUI thread: the value waits
    # here, in a queue behind a lock, and the signal that says so carries nothing. Before, each
    # value went as a queued signal's argument: wrapped for Qt on the worker, copied into Qt's
    # event, let go by Qt on the GUI thread after ``done``, while the worker, its own reference
    # still held, could still be inside the emit as the GUI thread read the value (as when the
    # app once ended with a segmentation fault at the end of an export; PySide 6.8 and later
    # have known crashes with signals sent across threads). Now no Python object crosses
    # threads through Qt, the GUI thread takes the values in the order they were put, and a
    # result is freed there, once the handlers of ``finished`` are done with it.
    _posted = Signal()

    def _post(self, entry: list[Any]) -> bool:
        """Queue ``entry`` (worker thread), taking its items: the caller keeps no reference to
        them. False when the task is gone (the app has closed)."""
        if not shiboken6.isValid(self):
            entry.clear()
            return False
        with self._waiting_lock:
            wake = not self._waiting  # else _take is due already, and takes the next
            self._waiting.append(tuple(entry))
            entry.clear()
        if not wake:
            return True
        try:
            self._posted.emit()
        except RuntimeError:
            if shiboken6.isValid(self):
                raise
            return False  # deleted between the look and the emit
        return True

    @Slot()
    def _take(self) -> None:
        """Deliver the next value the worker put, as ``progress``, or as ``finished`` or
        ``failed`` and then ``done`` (GUI thread)."""
        with self._waiting_lock:
            if not self._waiting:
                return
            kind, value = self._waiting.popleft()
            more = bool(self._waiting)
        if more:  # the next one at the next turn of the event loop (a queued connection), one
            self._posted.emit()  # value a turn as before, the window's own events in between
        if kind is _PROGRESS:
            self.progress.emit(value)
            return
        self.running = False
        if kind is _FINISHED:
            self.finished.emit(value)
        else:
            self.failed.emit(value)
        del value
        self.done.emit()


_PROGRESS, _FINISHED, _FAILED = object(), object(), object()


def _send(task: Task, kind: object, value: Any) -> bool:
    """Hand ``value`` to the GUI thread as progress, the result or the error (worker thread);
    False when the task is gone.

    Closing the app deletes its objects while a thread may still wait for a server; the
    answer then has nobody to go to (emitting printed "Signal source has been deleted")."""
    entry = [kind, value]
    del value
    return task._post(entry)


_thread_state = threading.local()


def _background_priority() -> None:
    """Let the window win the CPU over this thread (and the threads it starts) on Linux.

    Two cores, an import's four reader threads and the GUI: without this the GUI thread waits
    its turn behind them for tens of milliseconds. New threads inherit the nice value, so the
    importer's own workers are lowered too.
    """
    if getattr(_thread_state, "lowered", False) or not sys.platform.startswith("linux"):
        return
    _thread_state.lowered = True
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
    except OSError:  # not allowed here: run at the normal priority
        log.debug("cannot lower the priority of a worker thread", exc_info=True)


# Turns an exception into the one the volunteer should read (a damaged or read-only survey, a
# lock held too long), or None to keep it as it is.
Explain = Callable[[BaseException], BaseException | None]


class _Runnable(QRunnable):
    def __init__(
        self,
        task: Task,
        function: Callable[[Task], Any],
        explain: Explain | None = None,
        then: tuple[QThreadPool, Callable[[Task, Any], Any]] | None = None,
    ) -> None:
        super().__init__()
        self.task, self.function, self.explain, self.then = task, function, explain, then
        self.setAutoDelete(True)

    def run(self) -> None:
        _background_priority()
        task = self.task
        outcome: list[Any] = []  # [kind, value], handed to the GUI thread after the try
        try:
            value = self.function(task)
            if isinstance(value, Generator):
                value = _drain(task, value)
            if self.then is not None:  # the task goes on with its next step, elsewhere
                pool, step = self.then
                if task.cancelled:
                    raise Cancelled(task.name)
                pool.start(_Runnable(task, _with(step, value), self.explain))
                return
            outcome = [_FINISHED, value]
            del value  # the GUI thread's reference is the last one: the result is freed there
        except Exception as error:  # delivered to the GUI, which says what went wrong
            if not shiboken6.isValid(task):  # the app has closed: nobody to tell
                log.info("task %s ended after the app closed: %s", task.name, error)
                return
            log.exception("task %s failed", task.name)
            explained = self.explain(error) if self.explain is not None else None
            _drop_frames(error)
            outcome = [_FAILED, explained or error]
            del explained
        finally:  # what the function holds (a file read whole) goes with it, whoever holds this
            self.function = self.then = None  # type: ignore[assignment]
        finished = outcome[0] is _FINISHED
        if not task._post(outcome) and finished:
            log.info("task %s ended after the app closed", task.name)


def _drop_frames(error: BaseException) -> None:
    """Let go of the frames an error and the errors behind it hold, with what they hold (a file
    half read, its millions of node positions): here, not on the GUI thread it goes to."""
    current: BaseException | None = error
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)  # the lines stay, for a log to print
        current = current.__cause__ or current.__context__


def _with(step: Callable[[Task, Any], Any], value: Any) -> Callable[[Task], Any]:
    """``step(task, value)``, unless the task was cancelled while it waited for its thread."""

    def run(task: Task) -> Any:
        if task.cancelled:
            raise Cancelled(task.name)
        return step(task, value)

    return run


def _drain(task: Task, steps: Generator[Any, None, Any]) -> Any:
    """Run a generator to its end, sending each yield as progress; close it on cancel."""
    try:
        while True:
            if task.cancelled:
                steps.close()
                raise Cancelled(task.name)
            wait_for_quiet()
            if not _send(task, _PROGRESS, next(steps)):
                steps.close()
                raise Cancelled(task.name)
    except StopIteration as stop:
        return stop.value


class TaskRunner(QObject):
    """Starts tasks: ``write`` on the single database-writing thread, ``read`` on a pool,
    ``network`` (a sync, street names asked online) on a thread of its own."""

    def __init__(self, explain: Explain | None = None) -> None:
        super().__init__()
        self._explain = explain
        self._writer = QThreadPool()
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool()
        self._readers.setMaxThreadCount(2)
        self._network = QThreadPool()
        self._network.setMaxThreadCount(2)  # a sync need not wait for street names
        self._tasks: set[Task] = set()  # kept alive until delivered
        self._idle = QTimer(self, singleShot=True, interval=IDLE_COLLECT_MS)
        self._idle.timeout.connect(self._collect_when_idle)

    def write(self, name: str, function: Callable[[Task], Any]) -> Task:
        """Run ``function(task)`` on the writer thread (queued behind earlier writes)."""
        return self._start(self._writer, name, function)

    def read(self, name: str, function: Callable[[Task], Any]) -> Task:
        """Run ``function(task)`` on a reader thread; it must not write to the database."""
        return self._start(self._readers, name, function)

    def read_then_write(
        self, name: str, read: Callable[[Task], Any], write: Callable[[Task, Any], Any]
    ) -> Task:
        """One task in two steps: ``read(task)`` on a reader thread, then ``write(task, value)``
        with what it returned, on the writer thread (queued behind earlier writes).

        For work whose slow part needs no database (reading a big file): the volunteer's edits
        are saved while it runs, and only the short write waits its turn. The value goes from
        one thread to the other without the GUI thread keeping it; after a cancel, no write.
        """
        return self._start(self._readers, name, read, then=(self._writer, write))

    def network(self, name: str, function: Callable[[Task], Any]) -> Task:
        """Run ``function(task)``, which mostly waits for a server, on a thread of its own.

        It may write, in short transactions of its own, as a command beside the app does:
        SQLite's write lock takes turns between them and the writer thread's. On the writer
        thread, the volunteer's edits would wait unsaved behind minutes of waiting for answers.
        """
        return self._start(self._network, name, function)

    def _start(
        self,
        pool: QThreadPool,
        name: str,
        function: Callable[[Task], Any],
        then: tuple[QThreadPool, Callable[[Task, Any], Any]] | None = None,
    ) -> Task:
        task = Task(name)
        task._posted.connect(task._take, Qt.ConnectionType.QueuedConnection)
        self._tasks.add(task)
        task.done.connect(self._idle.start)
        task.done.connect(lambda: self._tasks.discard(task))
        pool.start(_Runnable(task, function, self._explain, then))
        return task

    def _collect_when_idle(self) -> None:
        if collecting_on_gui_thread() and not self._tasks:
            gc.collect()  # ten seconds with nothing running: a short pause nobody sees
            gc.freeze()  # and the survivors are not scanned again by the next one

    def cancel_all(self) -> None:
        """Ask every running task to stop (imports keep what they have imported)."""
        for task in list(self._tasks):
            task.cancel()

    @property
    def busy(self) -> bool:
        """Whether any task has not delivered its result yet."""
        return bool(self._tasks)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the threads are idle (for shutdown and tests); whether they are."""
        # Readers first: a read that ends hands its task's write to the writer.
        pools = (self._readers, self._network, self._writer)
        return all([pool.waitForDone(msecs) for pool in pools])
