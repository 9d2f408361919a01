"""Runs ``main.py`` in this process and signs in the way a clerk would, then times the case list.

Started by ``benchmarks/startup.py`` (not meant to be run by hand). It patches two methods of ``ui.app.Application``
so that the sign-in dialog is filled and submitted as soon as it appears and the first page of the case list is
reported when it has arrived; everything else is the real program. Importing ``ui.app`` here before ``main`` does
moves no cost out of the measurement: ``main`` imports the same modules (they are cached).
Prints one JSON line: seconds from the probe's start to the sign-in dialog and to the first page, the times of
list operations, and the peak memory of the process.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
from pathlib import Path  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402

import ui.app as app_module  # noqa: E402

USERNAME, PASSWORD = sys.argv[2], sys.argv[3]
marks: dict[str, float] = {}
timings: dict[str, float] = {}
original_sign_in = app_module.Application.sign_in
original_show_main = app_module.Application.show_main


def sign_in(self, notice: str = "", username: str = "") -> None:
    original_sign_in(self, notice, username)
    marks.setdefault("login_dialog", time.perf_counter() - STARTED)
    self.login.username.setText(USERNAME)
    self.login.password.setText(PASSWORD)
    marks["signed_in_clicked"] = time.perf_counter() - STARTED
    self.login.try_sign_in()


def show_main(self, actor=None) -> None:
    marks.setdefault("signed_in", time.perf_counter() - STARTED)
    original_show_main(self, actor)
    marks.setdefault("main_window_shown", time.perf_counter() - STARTED)
    window = self.window
    window.model.first_page.connect(lambda: first_page(window), type=Qt.ConnectionType.SingleShotConnection)


def first_page(window) -> None:
    marks["first_page"] = time.perf_counter() - STARTED
    window.benchmark_driver = Driver(window)          # kept alive by the window, on the GUI thread
    window.benchmark_driver.start()


class Driver:
    """List operations one after another, each timed from the request to the rows being there.

    Completion is noticed by the model's own signals (a new first page, rows read into the cache), not by a
    busy timer, which would take the interpreter lock a thousand times a second from the reader threads and
    slow down what is measured. Between operations the driver waits, on a slow timer, until the program's
    background reads (queue counts, the list's count) have finished, so each operation is timed alone."""

    def __init__(self, window) -> None:
        from PySide6.QtCore import QTimer

        self.window, self.model = window, window.model
        self.loads = 0
        self.model.first_page.connect(self._loaded)      # the new rows are on screen (the count may follow)
        self.model.dataChanged.connect(lambda *_: self._check())
        self.steps = self._steps()
        self.idle_timer = QTimer(window)
        self.idle_timer.setInterval(20)
        self.idle_timer.timeout.connect(self._when_idle)
        self.pending: tuple[str, float, object] | None = None

    def _loaded(self) -> None:
        self.loads += 1
        self._check()

    def start(self) -> None:
        self.idle_timer.start()

    def _when_idle(self) -> None:
        if self.pending is None and self.window.runner.pending == 0:
            self.idle_timer.stop()
            self._next()

    def _next(self) -> None:
        try:
            name, action, done = next(self.steps)
        except StopIteration:
            self.finish()
            return
        started = time.perf_counter()
        self.pending = (name, started, done)
        action()
        self._check()                       # a row already in the cache is there at once

    def _check(self) -> None:
        if self.pending is None:
            return
        name, started, done = self.pending
        if done():
            timings[name] = time.perf_counter() - started
            self.pending = None
            self.idle_timer.start()

    def _after_load(self):
        """A condition: the next query's first page is on screen."""
        expected = self.loads + 1
        return lambda: self.loads >= expected

    def _row_there(self, row: int):
        return lambda: self.model.case_at(row) is not None

    def _steps(self):
        from PySide6.QtCore import Qt

        window, model, table = self.window, self.model, self.window.table
        total = model.total
        marks["rows"] = total
        first = model.case_at(0)
        for name, row in (("scroll: page down", 40), ("scroll: 10 pages down", 400),
                          ("scroll: jump to the middle", total // 2), ("scroll: jump to the end", total - 1),
                          ("scroll: back to the top", 0)):
            yield name, (lambda r=row: table.scrollTo(model.index(r, 0))), self._row_there(row)
        for column, key in enumerate(("case_number", "registered_on", "citizen", "register_no", "service",
                                      "subject", "state", "due_date")):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                name = f"sort: {key} {'asc' if order == Qt.SortOrder.AscendingOrder else 'desc'}"
                yield name, (lambda c=column, o=order: table.horizontalHeader().setSortIndicator(c, o)), \
                    self._after_load()
        yield ("sort: due_date desc, jump to the middle", lambda: table.scrollTo(model.index(total // 2, 0)),
               self._row_there(total // 2))
        services = window.service_filter
        yield "filter: one service", lambda: services.setCurrentIndex(services.findData(first.service_code)), \
            self._after_load()
        yield "filter: all services again", lambda: services.setCurrentIndex(0), self._after_load()
        states = window.state_filter
        yield "filter: state waiting", lambda: states.setCurrentIndex(states.findData("waiting")), \
            self._after_load()
        yield "filter: all states again", lambda: states.setCurrentIndex(0), self._after_load()
        for key in ("office", "due_today", "due_soon", "overdue", "waiting", "closed", "all"):
            row = next(r for r in range(window.queues.count())
                       if window.queues.item(r).data(Qt.ItemDataRole.UserRole) == key)
            yield f"queue: {key}", (lambda r=row: window.queues.setCurrentRow(r)), self._after_load()
        search = window.search
        for name, text in (("search: register number", first.register_no or ""),
                           ("search: case number", first.case_number),
                           ("search: full name", first.citizen_name),
                           ("search: given-name prefix", first.citizen_name.split()[-1][:4])):
            yield name, (lambda t=text: (search.setText(t), window.apply())), self._after_load()
        yield "search: cleared", lambda: (search.clear(), window.apply()), self._after_load()

    def finish(self) -> None:
        from PySide6.QtWidgets import QApplication

        marks["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"marks": marks, "timings": timings}), flush=True)
        QApplication.instance().exit(0)


app_module.Application.sign_in = sign_in
app_module.Application.show_main = show_main

import main  # noqa: E402

main.exit_now(main.main(["--db", sys.argv[1]]))
