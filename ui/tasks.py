"""Work off the GUI thread (docs/architecture.md §1).

``TaskRunner.write`` queues a callable on the one background writer thread (database writes never run
concurrently and never on the GUI thread); ``TaskRunner.read`` runs a callable on a small reader pool. Both report
back on the GUI thread with the callable's result or the exception it raised. A long task can take a
``progress(stage, done, total)`` callback and a ``cancelled()`` check; ``ProgressTask`` shows a dialog only if the
work lasts longer than a moment, with Cancel.
"""

from __future__ import annotations

import queue
import threading
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Carries a result from a worker thread to the GUI thread (queued signal)."""
    finished = Signal(object, object)      # callback, value
    progressed = Signal(object, str, int, int)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._writes: queue.Queue = queue.Queue()
        self._writer = threading.Thread(target=self._write_loop, name="caseapp-writer", daemon=True)
        self._writer.start()
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self.pending = 0

    # --- public ---------------------------------------------------------------------------------------------
    def write(self, work: Callable[[], Any], done: Done | None = None, failed: Failed | None = None) -> None:
        self.pending += 1
        self._writes.put((work, done, failed))

    def read(self, work: Callable[[], Any], done: Done | None = None, failed: Failed | None = None) -> None:
        self.pending += 1
        self._readers.start(_ReadJob(self, work, done, failed))

    def report_progress(self, callback: Callable[[str, int, int], None]) -> Callable[[str, int, int | None], None]:
        """A progress function for worker code that calls ``callback`` on the GUI thread."""
        return lambda stage, done, total: self._relay.progressed.emit(callback, stage, done, total or 0)

    def shutdown(self, timeout: float = 30.0) -> None:
        """Finish queued writes (never abandon a write half-way), then stop."""
        self._writes.put(None)
        self._writer.join(timeout)
        self._readers.waitForDone(int(timeout * 1000))

    # --- internals ---------------------------------------------------------------------------------------------
    def _write_loop(self) -> None:
        while True:
            item = self._writes.get()
            if item is None:
                return
            self._run(*item)

    def _run(self, work, done, failed) -> None:
        try:
            value = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread's error handling
            self._relay.finished.emit(failed or _reraise, exc)
        else:
            self._relay.finished.emit(done or (lambda _: None), value)

    def _deliver(self, callback, value) -> None:
        self.pending -= 1
        callback(value)

    @staticmethod
    def _deliver_progress(callback, stage: str, done: int, total: int) -> None:
        callback(stage, done, total)


class _ReadJob(QRunnable):
    """One read on the pool. (One class for all reads: a class made per call left thousands of types behind,
    and PySide6 6.12 aborted tearing them down at exit.)"""

    def __init__(self, runner: TaskRunner, work: Callable[[], Any], done: Done | None, failed: Failed | None) -> None:
        super().__init__()
        self._job = (runner, work, done, failed)

    def run(self) -> None:                   # noqa: D401 - Qt's name
        runner, work, done, failed = self._job
        runner._run(work, done, failed)


def _reraise(exc: BaseException) -> None:
    raise exc


class ProgressTask(QObject):
    """A long operation with a progress dialog that appears after ``delay_ms`` and offers Cancel."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None, title: str, label: str, cancel_text: str,
                 delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.runner = runner
        self.cancel_requested = threading.Event()
        self.dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel_requested.set)
        self.dialog.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dialog.show)
        self._delay_ms = delay_ms

    def start(self, work: Callable[[Callable, Callable], Any], done: Done, failed: Failed) -> None:
        """``work(progress, cancelled)`` runs on the writer thread."""
        progress = self.runner.report_progress(self._progress)
        self._timer.start(self._delay_ms)

        def finish(callback):
            def inner(value):
                self._timer.stop()
                self.dialog.close()
                callback(value)
            return inner
        self.runner.write(lambda: work(progress, self.cancel_requested.is_set), finish(done), finish(failed))

    def _progress(self, stage: str, done: int, total: int) -> None:
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))


class IdleWatch(QObject):
    """Calls ``on_idle`` after ``timeout_ms`` without a key press or mouse action anywhere in the program
    (0 turns it off)."""

    ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, timeout_ms: int, on_idle: Callable[[], None]) -> None:
        super().__init__()
        self.timeout_ms = timeout_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(on_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        if self.timeout_ms > 0:
            self._timer.start(self.timeout_ms)

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched, event) -> bool:      # noqa: N802 - Qt's name
        if event.type() in self.ACTIVITY and self._timer.isActive():
            self._timer.start(self.timeout_ms)
        return False
