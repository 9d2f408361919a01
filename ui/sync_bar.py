"""Sync in the desktop: a round with the central server in the background, on a schedule (every 2 minutes),
soon after each change made here, and on demand (F5, or the status bar's button); and what the status bar says
of it (online or not, the last successful sync, what waits, what was refused, a clock that is off).

A round runs on a thread of its own, never on the GUI thread and never on the writer thread the clerk's work
goes through: a slow or dead server costs the clerk nothing. One round at a time; a request made while one runs
is served by one more round after it. Errors are never modal: a line in the status bar and its tooltip, in the
user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from caseapp.errors import CaseAppError
from caseapp.services import sync
from caseapp.services.database import Database
from ui.format import local_time
from ui.sync_problems_dialog import reason_text

SCHEDULE_MS = 120_000           # a round every 2 minutes
AFTER_WRITE_MS = 3_000          # and this long after a change made here (changes made together go together)


@dataclass(frozen=True)
class RoundResult:
    """What one round did, or why it failed; and where sync stands after it."""
    status: sync.SyncStatus
    report: sync.SyncReport | None
    error: str | None


class SyncController(QObject):
    """Runs sync rounds in the background and tells the GUI thread how each went."""

    finished = Signal(object)          # RoundResult, on the GUI thread
    started = Signal()

    def __init__(self, db: Database, language: str, parent: QObject | None = None, *,
                 round_work: Callable[[], sync.SyncReport] | None = None) -> None:
        super().__init__(parent)
        self.db, self.language = db, language
        self._round = round_work or (lambda: sync.sync(db, language=language))
        self._lock = threading.Lock()
        self._running = False
        self._again = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(SCHEDULE_MS)
        self.timer.timeout.connect(self.request)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_WRITE_MS)
        self._soon.timeout.connect(self.request)
        self.finished.connect(self._after_round, Qt.ConnectionType.QueuedConnection)
        self.rounds = 0

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """The schedule, and a first round now."""
        self.timer.start()
        self.request()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        self._soon.stop()

    def after_write(self) -> None:
        """A change was made here: a round soon (several changes in a row go in one)."""
        if not self._stopped:
            self._soon.start()

    def request(self) -> None:
        """A round now, or right after the one that runs."""
        if self._stopped:
            return
        with self._lock:
            if self._running:
                self._again = True
                return
            self._running = True
        self.started.emit()
        threading.Thread(target=self._work, name="caseapp-sync", daemon=True).start()

    def _work(self) -> None:
        report, error = None, None
        try:
            report = self._round()
        except CaseAppError as exc:
            error = exc.render(self.language)
        except Exception as exc:  # noqa: BLE001 - a bug in a round must not end the schedule; shown, not raised
            error = repr(exc)
        try:
            status = sync.status(self.db)
        except Exception:  # noqa: BLE001 - the database closing under us at exit
            return
        self.finished.emit(RoundResult(status, report, error))

    def _after_round(self, result: RoundResult) -> None:
        self.rounds += 1
        with self._lock:
            self._running = False
            again, self._again = self._again, False
        if again:
            self.request()


class SyncStatusBar(QWidget):
    """The status bar's part: a line of what sync stands at, and a button for a round now (F5 too)."""

    pulled = Signal(object)            # sync.Changes of a round that brought something

    def __init__(self, controller: SyncController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.setObjectName("syncStatus")
        self.label = QLabel(self.tr("Sync: …"))
        self.label.setObjectName("syncLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QToolButton()
        self.button.setObjectName("syncNow")
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("F5: sync with the central server now"))
        self.button.clicked.connect(controller.request)
        QShortcut(QKeySequence("F5"), window, activated=controller.request)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        controller.started.connect(lambda: self.button.setEnabled(False))
        controller.finished.connect(self.show_result)
        self.last: RoundResult | None = None

    def show_result(self, result: RoundResult) -> None:
        self.last = result
        self.button.setEnabled(True)
        status = result.status
        parts = []
        if result.error is None:
            parts.append(self.tr("● Online"))
        else:
            parts.append(self.tr("○ Offline"))
        synced = status.last_pull_at
        if synced:
            parts.append(self.tr("last sync %1").replace("%1", local_time(synced)))
        parts.append(self.tr("%1 waiting").replace("%1", f"{status.pending:,}"))
        if status.refused:
            parts.append(self.tr("⚠ %1 refused").replace("%1", f"{len(status.refused):,}"))
        if status.clock_off and status.clock_offset_ms is not None:
            minutes = round(abs(status.clock_offset_ms) / 60_000)
            parts.append(self.tr("⚠ this computer's clock is %1 min off").replace("%1", str(minutes)))
        self.label.setText(" · ".join(parts))
        tips = []
        if result.error:
            tips.append(result.error)
        for refusal in status.refused[:5]:
            reason = reason_text(refusal.reason, refusal.detail, refusal.kind)
            tips.append(self.tr("Refused: %1").replace("%1", reason))
        tips.append(self.tr("Server: %1").replace("%1", status.server_url or "-"))
        self.label.setToolTip("\n".join(tips))
        if result.report is not None and (result.report.pulled or result.report.changes.streams):
            self.pulled.emit(result.report.changes)
