"""Worker processes of our own, and the per-item time limit.

``ordered_map`` runs a function over items in worker processes. Each worker is handed its
items ahead, in order: several short ones at a time (up to ``_AHEAD`` units of size, so a
worker never waits for the parent between them), a long one alone. The worker reports when
it starts each item and what it returned, so the parent always knows which item each worker
is on. A worker that dies (a signal, ``os._exit``, a segfault, the OOM killer) costs only the
item it was on, which is retried once in a new worker, alone; the items queued behind it go
back to be handed out again. A worker that overruns the item's time budget is killed and
replaced. Results come out in input order, and items are read only a bounded window ahead
of the output.

Workers print nothing: they ignore SIGINT (Ctrl-C reaches the whole process group; the
parent handles it), die quietly on SIGTERM and SIGHUP, and exit quietly when the parent is
gone. The parent kills its workers whenever it stops early (an exception, Ctrl-C, the
consumer closing the stream).

``AlarmClock`` is the in-process time limit (jobs=1): SIGALRM raises in the main thread at
the next bytecode, which interrupts pure-Python loops, ``time.sleep`` and CPython's ``re``
(it checks for signals while matching). Off the main thread, or where SIGALRM is taken,
there is no limit.
"""
from __future__ import annotations

import collections
import multiprocessing
import os
import signal
import threading
import time
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from .errors import KzeuError

_PARENT_POLL = 0.5      # seconds between a worker's checks that its parent is still there
_STOP_GRACE = 5.0       # seconds a worker gets to exit after being asked to
_WINDOW_PER_JOB = 32    # items read ahead of the output, per worker (bounds memory)
# Size (``size_of``: characters, for texts) of the items a worker may hold at once: short
# ones queue behind each other, a larger one goes to a worker holding nothing. Items queued
# wait in the pipe's buffer (a socket pair's, 200 kB and more), which this keeps well under.
_AHEAD = 20_000
_RING_AGAIN = 1.0       # seconds between alarms once an in-process budget is spent


def time_budget(timeout: float | None, characters: int) -> float | None:
    """Seconds a text of ``characters`` may take: ``timeout`` for up to a million characters,
    as many again per million beyond (long texts are legitimately slower). None: no limit."""
    if not timeout:
        return None
    return timeout * max(1.0, characters / 1_000_000)


def _seconds(budget: float) -> str:
    return f"{budget:.1f}".rstrip("0").rstrip(".")


def timed_out(budget: float) -> str:
    return f"timed out after {_seconds(budget)} s"


# --- the in-process limit (jobs=1) ------------------------------------------------------

class _Overrun(BaseException):
    """Raised by the alarm in the main thread. A BaseException, so that code catching
    Exception (a component's fallback, the per-document error report) does not swallow it."""


class AlarmClock:
    """Runs a call with a time limit in this process, by SIGALRM (see the module's doc)."""

    def __init__(self) -> None:
        self._armed = False

    @staticmethod
    def usable() -> bool:
        return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
                and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))

    def _ring(self, signum, frame) -> None:
        if self._armed:   # a signal already on its way when the call ended does nothing
            raise _Overrun

    def call(self, budget: float | None, function: Callable, item: Any, lost: Callable) -> Any:
        """``function(item)``, or ``lost(item, "timed out after N s")`` once ``budget`` seconds
        have passed. The handler is installed for the call only, and the old one put back."""
        if not budget or not self.usable():
            return function(item)
        previous = signal.signal(signal.SIGALRM, self._ring)
        try:
            try:
                self._armed = True
                # it rings again every second: an _Overrun raised where Python only prints
                # it ("Exception ignored in" a finaliser) does not end the limit
                signal.setitimer(signal.ITIMER_REAL, budget, _RING_AGAIN)
                return function(item)
            finally:
                self._armed = False
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _Overrun:
            return lost(item, timed_out(budget))
        finally:
            signal.signal(signal.SIGALRM, previous)


# --- the worker's side --------------------------------------------------------------------

def _quiet_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        # a handler inherited from the parent (one that raises, to clean up) becomes the
        # default again: the worker just ends. An ignored signal (nohup) stays ignored.
        if number is not None and callable(signal.getsignal(number)):
            signal.signal(number, signal.SIG_DFL)


def _exit_with_parent(parent_pid: int) -> None:
    """A worker whose parent was killed (its pipe may be held open by a sibling) exits too."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(_PARENT_POLL)
        os._exit(0)

    threading.Thread(target=watch, name="kzeu-parent-watch", daemon=True).start()


def _answer(conn, index: int, item: Any, function: Callable, prepare: Callable | None) -> tuple:
    """Prepare, tell the parent the item's clock may start, run; the reply to send."""
    try:
        if prepare is not None:
            item = prepare(item)
        conn.send((index, "started", None))
        return index, "ok", function(item)
    except (OSError, EOFError):
        raise
    except Exception as exc:
        return index, "raised", exc


def _serve(conn, function: Callable, prepare: Callable | None, parent_pid: int) -> None:
    """A worker's loop: (index, item) in; (index, "started", None) then (index, "ok" |
    "raised", value) out; until None."""
    _quiet_signals()
    _exit_with_parent(parent_pid)
    try:
        while (task := conn.recv()) is not None:
            index, item = task
            reply = _answer(conn, index, item, function, prepare)
            try:
                conn.send(reply)
            except (OSError, EOFError):
                raise
            except Exception as exc:   # the result or the exception cannot be pickled
                conn.send((index, "raised", RuntimeError(f"result could not be sent back: {exc!r}")))
    except (OSError, EOFError):   # the parent is gone or closed the pipe
        pass
    except BaseException:   # SystemExit from the function: the parent sees a dead worker
        os._exit(1)
    os._exit(0)   # no interpreter teardown: nothing inherited at fork is flushed twice


# --- the parent's side --------------------------------------------------------------------

class _Task:
    __slots__ = ("index", "item", "budget", "size", "deaths")

    def __init__(self, index: int, item: Any, budget: float | None, size: int):
        self.index, self.item, self.budget, self.size, self.deaths = index, item, budget, size, 0


class _Worker:
    def __init__(self, context, function: Callable, prepare: Callable | None):
        parent_end, child_end = context.Pipe()
        self.process = context.Process(target=_serve, args=(child_end, function, prepare, os.getpid()),
                                       name="kzeu-worker", daemon=True)
        try:
            self.process.start()
        except OSError as exc:   # no more processes or memory
            raise KzeuError(f"cannot start a worker process ({exc.strerror or exc})") from None
        child_end.close()   # so that the parent's end reads EOF when the worker dies
        self.conn = parent_end
        self.tasks: collections.deque[_Task] = collections.deque()   # in order; the first is on
        self.held = 0                      # the tasks' total size
        self.deadline: float | None = None   # of the first task, once it has started

    def may_take(self, task: _Task) -> bool:
        """Whether to queue ``task`` here: always when idle; behind others only when it is
        short and has never killed a worker, and the total stays within ``_AHEAD``."""
        if not self.tasks:
            return True
        return not task.deaths and self.held + task.size <= _AHEAD

    def give(self, task: _Task) -> bool:
        """Hand ``task`` over; False when the worker turns out to be dead already."""
        try:
            self.conn.send((task.index, task.item))
        except (OSError, EOFError):
            return False
        self.tasks.append(task)
        self.held += task.size
        return True

    def note(self, index: int, status: str) -> _Task | None:
        """Take in one message about the first task: "started" starts its clock (None is
        returned); a result ends it (the task is returned)."""
        task = self.tasks[0]
        if task.index != index:
            raise RuntimeError(f"worker pool: item {index} reported while {task.index} was on")
        if status == "started":
            self.deadline = time.monotonic() + task.budget if task.budget else None
            return None
        self.tasks.popleft()
        self.held -= task.size
        self.deadline = None
        return task

    def end(self, kill: bool) -> int | None:
        """Stop the worker (asked, or killed) and return its exit code."""
        if kill:
            self.process.kill()
        self.process.join(_STOP_GRACE)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join()
        self.conn.close()
        return self.process.exitcode


def how_it_died(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {-exitcode}, {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


class _Raised(NamedTuple):
    error: BaseException


class _Pool:
    """The state of one ``ordered_map`` run (see the module's doc)."""

    def __init__(self, function: Callable, prepare: Callable | None, jobs: int, measures: tuple,
                 lost: Callable, context):
        self.function, self.prepare, self.context = function, prepare, context
        self.budget_of, self.size_of = measures
        self.lost = lost
        self.workers: list[_Worker] = []
        try:
            for _ in range(jobs):
                self.workers.append(_Worker(context, function, prepare))
        except BaseException:
            self.close(kill=True)
            raise
        self.window = jobs * _WINDOW_PER_JOB
        self.queue: collections.deque[_Task] = collections.deque()   # waiting for a worker, in input order
        self.done: dict[int, Any] = {}
        self.read = 0           # items taken from the input
        self.given_out = 0      # results yielded
        self.idle_deaths = 0    # workers lost while holding nothing, since the last result

    def run(self, items: Iterator) -> Iterator:
        source = enumerate(items)
        exhausted = False
        while True:
            while self.given_out in self.done:
                result = self.done.pop(self.given_out)
                self.given_out += 1
                if isinstance(result, _Raised):
                    raise result.error
                yield result
            exhausted = self._hand_out(source, exhausted)
            if exhausted and self.given_out == self.read and not self.queue:
                return
            self._wait()

    def _next_task(self, source, exhausted: bool) -> tuple[_Task | None, bool]:
        """The next task to hand out (the first waiting, else a new item within the window),
        and whether the input is spent."""
        if self.queue:
            return self.queue[0], exhausted
        if exhausted or self.read - self.given_out >= self.window:
            return None, exhausted
        entry = next(source, None)
        if entry is None:
            return None, True
        index, item = entry
        self.read += 1
        self.queue.append(_Task(index, item, self.budget_of(item), self.size_of(item)))
        return self.queue[0], exhausted

    def _hand_out(self, source, exhausted: bool) -> bool:
        """Give tasks to the workers that may take them, the least loaded first (retries
        first, then new items); returns whether the input is spent."""
        while True:
            task, exhausted = self._next_task(source, exhausted)
            if task is None:
                return exhausted
            taker = min((w for w in self.workers if w.may_take(task)), key=lambda w: w.held, default=None)
            if taker is None:
                return exhausted
            self.queue.popleft()
            if not taker.give(task):   # the worker died while idle: not the item's fault
                self.queue.appendleft(task)
                self._died(taker)

    def _wait(self) -> None:
        busy = [w for w in self.workers if w.tasks]
        if not busy:   # run() waits only while some item is out with a worker
            raise RuntimeError("worker pool: waiting with no item out")
        deadlines = [w.deadline for w in busy if w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in self.workers], timeout))
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.conn in ready and worker.tasks and self._receive(worker):
                continue
            if worker.conn in ready or worker.process.sentinel in ready:
                self._died(worker)
            elif worker.deadline is not None and now >= worker.deadline:
                self._overran(worker)

    def _receive(self, worker: _Worker) -> bool:
        """Read all the worker has sent; False when its pipe is closed (it died)."""
        try:
            while True:
                index, status, value = worker.conn.recv()
                if worker.note(index, status) is not None:
                    self.done[index] = value if status == "ok" else _Raised(value)
                    self.idle_deaths = 0
                if not worker.tasks or not worker.conn.poll():
                    return True
        except (OSError, EOFError):
            return False

    def _take_back(self, worker: _Worker) -> list[_Task]:
        """The tasks ``worker`` held, the one it was on first; the others go back to be
        handed out again, ahead of new items (they come earlier in the input)."""
        tasks = list(worker.tasks)
        worker.tasks.clear()
        self.queue.extendleft(reversed(tasks[1:]))
        return tasks

    def _died(self, worker: _Worker) -> None:
        tasks = self._take_back(worker)
        exitcode = self._replace(worker)
        if not tasks:
            self.idle_deaths += 1
            if self.idle_deaths > 2 * len(self.workers) + 2:
                raise KzeuError(f"worker processes keep dying while idle ({how_it_died(exitcode)})")
            return
        task = tasks[0]
        task.deaths += 1
        if task.deaths < 2:
            self.queue.appendleft(task)
        else:
            self.done[task.index] = self.lost(
                task.item, f"worker process died ({how_it_died(exitcode)}) twice while extracting it")

    def _overran(self, worker: _Worker) -> None:
        on = worker.tasks[0]
        if worker.conn.poll() and self._receive(worker) and (not worker.tasks or worker.tasks[0] is not on):
            return   # finished just in time
        self._take_back(worker)
        self._replace(worker)
        self.done[on.index] = self.lost(on.item, timed_out(on.budget))

    def _replace(self, worker: _Worker) -> int | None:
        """End ``worker`` and start a fresh one at the end of the list; its exit code."""
        self.workers.remove(worker)
        exitcode = worker.end(kill=True)
        self.workers.append(_Worker(self.context, self.function, self.prepare))
        return exitcode

    def close(self, kill: bool) -> None:
        for worker in self.workers:
            if not kill:
                try:
                    worker.conn.send(None)
                except (OSError, EOFError):
                    pass
        for worker in self.workers:
            worker.end(kill=kill)
        self.workers = []


def ordered_map(function: Callable, items: Iterable, *, jobs: int, lost: Callable[[Any, str], Any],
                budget_of: Callable[[Any], float | None] = lambda item: None,
                size_of: Callable[[Any], int] = lambda item: _AHEAD,
                prepare: Callable[[Any], Any] | None = None) -> Iterator:
    """``function(item)`` for each item, in ``jobs`` worker processes, yielded in input order.

    ``budget_of(item)``: seconds the item may take (None: no limit), counted from when the
    worker has run ``prepare(item)`` (start-up work that is not the item's, such as building
    a pipeline; it returns what ``function`` is given; an exception there counts as the
    function's). ``size_of(item)``: how long the item is (for texts, characters; the default
    gives each item to a worker alone): short ones are handed out several at a time.
    ``lost(item, reason)``: what to yield for an item that timed out or killed its worker
    twice. An exception raised by ``function`` is raised again here, at the item's place in
    the order. ``function`` must be picklable where processes are spawned rather than forked.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = _Pool(function, prepare, jobs, (budget_of, size_of), lost, context)
    finished = False
    try:
        yield from pool.run(iter(items))
        finished = True
    finally:
        pool.close(kill=not finished)
