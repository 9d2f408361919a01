"""Start the Qt application over an opened database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from caseapp.domain.clock import SYSTEM_CLOCK
from caseapp.errors import CancelledError
from caseapp.services import backup, maintenance, settings
from caseapp.services.files import remove_stale_parts
from caseapp.services.database import Database
from ui.errors import install_excepthook, message_for, present
from ui.i18n import install_language
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.printing import documents_folder, use_documents_folder
from ui.setup_wizard import DEMO, JOIN, FirstRunDialog
from ui.tasks import IdleWatch, ProgressTask, TaskRunner


def demo_notice(result) -> str:
    """The sign-in notice after the demo office was made (a ``demo.DemoResult``); the sign-in screen of a
    demo database names its users and password itself."""
    return QCoreApplication.translate("App", "Demo data made: %1 cases.").replace("%1", f"{result.cases:,}")


class Application:
    """What the program holds while it runs: the database, the background runner and the main window."""

    def __init__(self, db: Database, language: str) -> None:
        self.db = db
        self.language = language
        self.runner = TaskRunner()
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.idle = IdleWatch(0, self.lock)
        self.auto_lock_ms: int | None = None      # None: the workstation setting (read at each sign-in)
        self.first_run: FirstRunDialog | None = None
        self.backup_checked = False               # the daily backup is looked at once per start
        self.closing = False                      # the program is quitting: background work stops early

    def sign_in(self, notice: str = "", username: str = "") -> None:
        """The login dialog; the main window opens for the user who signed in."""
        if self.db.read_only:
            notice = "\n".join(text for text in (notice, QCoreApplication.translate(
                "App", "This database is open read-only (the file, its folder or the disk may not be written): "
                       "you can sign in and look, but nothing can be changed.")) if text)
        back = maintenance.history_warning(self.db)
        if back is not None:
            notice = "\n".join(text for text in (notice, QCoreApplication.translate(
                "App", "⚠ This database is older than the last change made at this workstation (change %1 of %2): "
                       "it was restored from a backup or lost its last changes. New case numbers continue after "
                       "the ones already handed out. Tell your IT staff before this workstation syncs.")
                .replace("%1", str(back.node_seq)).replace("%2", str(back.remembered))) if text)
        self.login = LoginDialog(self.db, self.runner, self.language, notice, username=username)
        QApplication.instance().setQuitOnLastWindowClosed(True)       # from now on, closing the last window quits
        self.login.accepted.connect(lambda: self.show_main(self.login.actor))
        self.login.rejected.connect(QApplication.instance().quit)
        self.login.show()

    def show_main(self, actor=None) -> None:
        use_documents_folder(settings.get(self.db, "documents_folder"))
        remove_stale_parts(documents_folder(), now=SYSTEM_CLOCK.now().timestamp())    # a killed save's leftovers
        self.window = MainWindow(self.db, self.language, actor=actor, runner=self.runner)
        self.window.signed_out.connect(self._signed_out)
        self.window.settings_saved.connect(self._settings_saved)
        self.window.show()
        if not self.backup_checked:
            self.backup_checked = True
            self._back_up_if_due(self.window)
        self.idle.timeout_ms = (self.auto_lock_ms if self.auto_lock_ms is not None
                                else settings.auto_lock_minutes(self.db) * 60_000)
        self.idle.start()

    def stop(self) -> None:
        """Quitting: a daily backup still copying or checking stops (and is tried again next start); queued
        writes finish."""
        self.closing = True
        self.runner.shutdown()

    def _back_up_if_due(self, window: MainWindow) -> None:
        """The daily backup, in the background (a read: the counter keeps working); said in the status bar."""
        db = self.db

        def done(info) -> None:
            if info is not None and window.isVisible():
                window.statusBar().showMessage(QCoreApplication.translate("App", "Backup made: %1").replace(
                    "%1", str(info.path)), 15_000)

        def failed(exc: BaseException) -> None:
            if window.isVisible():
                window.statusBar().showMessage(QCoreApplication.translate("App", "The daily backup failed: %1")
                                               .replace("%1", message_for(exc)), 60_000)
        def failed_or_closing(exc: BaseException) -> None:
            if not isinstance(exc, CancelledError):
                failed(exc)
        self.runner.read(lambda: backup.backup_if_due(db, lambda: self.closing), done, failed_or_closing)

    def _settings_saved(self, language: str, auto_lock_minutes: int) -> None:
        """A new language takes effect at once: the window is rebuilt in it, for the same user."""
        if self.auto_lock_ms is None:
            self.idle.timeout_ms = auto_lock_minutes * 60_000
            self.idle.stop()
            self.idle.start()
        if language != self.language:
            self.language = language
            install_language(QApplication.instance(), language)
            old, actor = self.window, self.window.actor
            self.show_main(actor)
            old.close()

    def _signed_out(self, username: str = "") -> None:
        self.idle.stop()
        self.window.close()
        self.window = None
        self.sign_in(username=username)

    def lock(self) -> None:
        """Idle at a shared counter: the screen closes and the same user (or another) signs in again."""
        if self.window is not None:
            self._signed_out(self.window.actor.username if self.window.actor else "")

    def first_start(self, cases: int, first_run: str = "ask") -> None:
        """No data yet: ask whether to set up a real office or try the demo (``first_run="demo"``: the demo
        without asking, for scripts and tests). Closing the question quits without writing anything."""
        # between the question and the sign-in no window may be open (the demo's progress appears after a
        # moment): that must not end the program
        QApplication.instance().setQuitOnLastWindowClosed(False)
        if first_run == "demo":
            self.make_demo(cases)
            return
        self.first_run = FirstRunDialog(self.db, self.runner, self.language)

        def chosen() -> None:
            dialog = self.first_run
            if dialog.choice == DEMO:
                self.make_demo(cases)
            elif dialog.choice == JOIN:
                joined = dialog.joined
                self.sign_in(notice=QCoreApplication.translate(
                    "App", "This workstation (%1) joined the office %2 and holds its cases. Sign in with your "
                           "user name and password as at the office's other computers.")
                    .replace("%1", joined.node_id).replace("%2", joined.office_id))
            else:
                info = dialog.result_info
                self.sign_in(notice=QCoreApplication.translate(
                    "App", "%1, workstation %2 is set up. Sign in as the administrator %3 and add the office's "
                           "users (menu: Users and roles).")
                    .replace("%1", info.office.name_mn if self.language == "mn" else info.office.name_en)
                    .replace("%2", info.node_id).replace("%3", info.admin_username),
                    username=info.admin_username)
        self.first_run.accepted.connect(chosen)
        self.first_run.rejected.connect(QApplication.instance().quit)
        self.first_run.show()

    def make_demo(self, cases: int) -> None:
        """The demo office on the writer thread, with delayed progress and Cancel."""
        task = ProgressTask(self.runner, None, QCoreApplication.translate("App", "First start"),
                            QCoreApplication.translate("App", "Preparing demo data for the first start…"),
                            QCoreApplication.translate("App", "Cancel"), delay_ms=0)

        def work(progress, cancelled):
            try:
                from caseapp.services import demo

                return demo_notice(demo.create_demo_workstation(self.db, cases=cases, progress=progress,
                                                                cancelled=cancelled))
            except CancelledError as exc:
                if self.db.is_initialised():          # the office exists; some demo cases may too
                    return message_for(exc)
                raise

        def failed(exc: BaseException) -> None:
            present(exc)
            QApplication.instance().exit(1)
        task.start(work, self.sign_in, failed)
        self._task = task


def start(db: Database, *, language: str = "mn", demo_cases: int = 3000, first_run: str = "demo") -> Application:
    """Sign-in over an initialised database; otherwise the first start (``first_run``: "ask" shows the
    set-up/demo question, "demo" makes the demo office without asking)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("caseapp")
    install_language(app, language)
    application = Application(db, language)
    install_excepthook(lambda: application.window or application.login or application.first_run)
    app.aboutToQuit.connect(application.stop)
    if db.is_initialised():
        application.sign_in()
    else:
        application.first_start(demo_cases, first_run)
    return application


def run(db: Database, *, language: str = "mn", demo_cases: int = 3000, first_run: str = "ask") -> int:
    application = start(db, language=language, demo_cases=demo_cases, first_run=first_run)
    code = QApplication.instance().exec()
    application.runner.shutdown()
    return code
